"""The email part of a run: send what is due, then watch the mailboxes until the deadline."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from audit.email_collect import collect
from audit.email_send import send_due
from probes.base import Target
from probes.email.interface import EmailCampaignSpec
from results.store import Store


@dataclass
class EmailPhaseSummary:
    """Counts from the email phase of a run."""

    sent: int = 0
    failed: int = 0
    uncertain: list[str] = field(default_factory=list)
    deferred: int = 0
    finished: int = 0
    still_open: int = 0
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        """One sentence for the run summary."""
        text = (
            f"email: {self.sent} sent, {self.failed} failed to send, "
            f"{self.finished} finished, {self.still_open} still awaiting a reply"
        )
        if self.deferred:
            text += f", {self.deferred} waiting for the send window"
        if self.problems:
            text += f"; {len(self.problems)} mailbox problem(s), first: {self.problems[0]}"
        if self.uncertain:
            text += (
                f"; {len(self.uncertain)} uncertain (interrupted mid-send, not re-sent: "
                "check the company's inbox or run again with --resend-uncertain)"
            )
        return text


async def send_phase(
    store: Store,
    campaign_id: str,
    targets: Mapping[str, Target],
    spec: EmailCampaignSpec,
    evidence_root: Path,
    resend_uncertain: bool,
    say: Callable[[str], None],
    summary: EmailPhaseSummary,
) -> None:
    """Send every due inquiry exactly once (crash-safe: see `audit.email_send`)."""
    sent = await send_due(
        store.engine,
        campaign_id,
        targets,
        spec,
        evidence_root,
        resend_uncertain=resend_uncertain,
        progress=say,
    )
    summary.sent += len(sent.sent)
    summary.failed += len(sent.failed)
    summary.uncertain.extend(sent.uncertain)
    summary.deferred = sent.deferred


async def watch_phase(
    store: Store,
    campaign_id: str,
    spec: EmailCampaignSpec,
    evidence_root: Path,
    say: Callable[[str], None],
    summary: EmailPhaseSummary,
    until_done: bool = True,
) -> None:
    """Watch the mailboxes (IMAP IDLE) until every inquiry is answered or past its deadline."""
    collected = await collect(
        store.engine, campaign_id, spec, evidence_root, until_done=until_done, progress=say
    )
    summary.finished += len(collected.finished)
    summary.still_open = len(collected.still_open)
    summary.problems.extend(collected.problems)
