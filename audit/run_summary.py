"""What a run reports: progress as it goes (`RunReporter`) and what it did (`RunSummary`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from probes.two_phase import PhaseSummary
from results.store_attempts import AttemptRow


class RunReporter(Protocol):
    """Receives progress: how many attempts to run and each one's outcome."""

    def total(self, count: int) -> None: ...

    def finished(self, attempt: AttemptRow, outcome: str) -> None: ...

    def note(self, message: str) -> None:
        """A line of news (email sent, reply received); untrusted text already stripped."""


class _SilentReporter:
    def total(self, count: int) -> None:
        pass

    def finished(self, attempt: AttemptRow, outcome: str) -> None:
        pass

    def note(self, message: str) -> None:
        pass


@dataclass
class RunSummary:
    """What one `audit run` did."""

    campaign_id: str
    planned_new: int = 0
    resumed: int = 0
    ran: int = 0
    retried: int = 0
    failed_before: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    failed: int = 0
    two_phase: dict[str, PhaseSummary] = field(default_factory=dict)
    """Probe id -> what its send and watch phases did."""
    missed: list[str] = field(default_factory=list)
    """Scheduled attempts whose slot passed while nothing ran, and where they went."""
    waiting: int = 0
    """Scheduled attempts not due yet when the run ended."""
    next_due: datetime | None = None

    @property
    def email(self) -> PhaseSummary:
        """The email probe's phases (empty when the campaign has none)."""
        return self.two_phase.get("email") or PhaseSummary("email")

    def gave_up(self) -> list[str]:
        """What the two-phase probes stopped waiting for because we could not reach it."""
        return [item for phase in self.two_phase.values() for item in phase.gave_up]
