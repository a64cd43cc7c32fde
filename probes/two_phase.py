"""Two-phase probes: act now (send an inquiry, place a call), then watch for the company.

Where a one-phase `Probe` returns its observations within one attempt, a
two-phase probe's answer comes hours or days later, across restarts. The runner
drives every two-phase probe the same way (`audit.runner`):

1. `start(ctx, summary)`: act on every due attempt exactly once. Each side
   effect sits between two committed transitions (`planned -> sending` before,
   `sending -> sent` after), so a crash in between is visible (`uncertain`) and
   nothing is done twice;
2. `watch(ctx, summary, until_done)`: follow the started attempts, keep their
   observations current and finish them (`done` / `expired`) once final; with
   `until_done=False`, one pass and return (`audit collect --once`).

The probe keeps its durable state in an `AttemptJournal`, which the store
implements (`results.store.Store`); this layer never imports the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar, Protocol, runtime_checkable

from probes.attempts import AttemptRecord, AttemptState
from probes.base import Channel, Observation, Target


@runtime_checkable
class AttemptJournal(Protocol):
    """What a two-phase probe needs of the store: attempts, one compare-and-swap, observations."""

    def attempts(
        self,
        campaign_id: str,
        states: Sequence[AttemptState] | None = None,
        probe_id: str | None = None,
    ) -> list[AttemptRecord]:
        """A campaign's attempts, optionally only those in `states` of `probe_id`."""
        ...

    def attempt(self, attempt_id: str) -> AttemptRecord:
        """One attempt (KeyError when there is none)."""
        ...

    def transition(
        self,
        attempt_id: str,
        from_states: Iterable[AttemptState],
        to: AttemptState,
        *,
        data: Mapping[str, Any] | None = None,
        deadline: datetime | None = None,
        error: str | None = None,
        add_try: bool = False,
    ) -> bool:
        """Move the attempt to `to` if it is in one of `from_states` (compare-and-swap).

        False when it is not (another run moved it first); raises `IllegalTransition`
        when `to` is not allowed from its state. `data` sections are merged into the
        stored ones.
        """
        ...

    def record(
        self,
        campaign_id: str,
        attempt_id: str,
        observations: Sequence[Observation],
        state: AttemptState | None = ...,
        conn: Any = None,
        replace: bool = False,
    ) -> None:
        """Store observations (with `replace`, instead of the earlier ones); `state=None`
        leaves the attempt's state alone."""
        ...


@dataclass(frozen=True)
class TwoPhaseContext:
    """What one two-phase probe is given for one run of a campaign."""

    journal: AttemptJournal
    campaign_id: str
    targets: Mapping[str, Target]
    evidence_root: Path
    config: Any
    """The campaign's section for this probe (e.g. `email:`), validated by the probe."""
    say: Callable[[str], None] = lambda _message: None
    resend_uncertain: bool = False


@dataclass
class PhaseSummary:
    """What the two phases of one probe did in one run (printed by `audit run`/`collect`)."""

    probe_id: str
    done_word: str = "sent"
    waiting_word: str = "awaiting a reply"
    started: int = 0
    failed: int = 0
    uncertain: list[str] = field(default_factory=list)
    proven: list[str] = field(default_factory=list)
    """Uncertain attempts that a reply proved to have gone out."""
    deferred: int = 0
    finished: int = 0
    still_open: int = 0
    problems: list[str] = field(default_factory=list)
    gave_up: list[str] = field(default_factory=list)
    """What we stopped waiting for because *we* could not reach it (a mailbox): exit 3."""

    def line(self) -> str:
        """One sentence for the run summary."""
        text = (
            f"{self.probe_id}: {self.started} {self.done_word}, {self.failed} failed, "
            f"{self.finished} finished, {self.still_open} still {self.waiting_word}"
        )
        if self.deferred:
            text += f", {self.deferred} waiting for the send window"
        if self.proven:
            text += f", {len(self.proven)} uncertain proven sent by a reply"
        if self.problems:
            text += f"; {len(self.problems)} problem(s), first: {self.problems[0]}"
        if self.gave_up:
            text += f"; gave up on {', '.join(self.gave_up)} (attempts stay open)"
        if self.uncertain:
            text += (
                f"; {len(self.uncertain)} uncertain (interrupted mid-send, not re-sent: "
                "check the company's inbox or run again with --resend-uncertain)"
            )
        return text


@runtime_checkable
class TwoPhaseProbe(Protocol):
    """A probe that acts, then waits for the company across hours or days."""

    id: ClassVar[str]
    channels: ClassVar[tuple[Channel, ...]]

    def summary(self) -> PhaseSummary:
        """An empty summary, worded for this probe ("sent", "awaiting a reply")."""
        ...

    async def start(self, ctx: TwoPhaseContext, summary: PhaseSummary) -> None:
        """Act on every due attempt exactly once (committed before and after each act)."""
        ...

    async def watch(self, ctx: TwoPhaseContext, summary: PhaseSummary, until_done: bool) -> None:
        """Follow started attempts until each is final (or one pass unless `until_done`)."""
        ...
