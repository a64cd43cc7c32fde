"""How one send ends in the store: the state it moves to, and the observation a failure leaves.

A send accepted by the server (or the contact form) becomes `sent` with its
deadline, then `awaiting`; an SMTP failure becomes `uncertain`, `failed` (with an
`error` observation) or `planned` again for the next run. `SendSummary` counts
what one `send_due` call did (`probes.email.sending`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from probes.attempts import AttemptRecord, AttemptState
from probes.base import Channel, Observation, Status, utcnow
from probes.email.interface import EmailCampaignSpec, SendError
from probes.email.journal import PROBE_ID, MailJournal

_S = AttemptState


@dataclass
class SendSummary:
    """What one `send_due` call did."""

    sent: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    uncertain: list[str] = field(default_factory=list)
    retry_later: list[str] = field(default_factory=list)
    deferred: int = 0
    next_window: datetime | None = None


def record_error(
    journal: MailJournal, campaign_id: str, attempt: AttemptRecord, status: Status, detail: str
) -> None:
    """An observation for an attempt that ended without sending (ours: error; theirs: absent)."""
    now = utcnow()
    observation = Observation(
        attempt_id=attempt.id,
        company=attempt.company,
        channel=Channel.EMAIL,
        probe_id=PROBE_ID,
        status=status,
        started=now,
        finished=now,
        metrics={},
        detail=detail,
    )
    journal.record(campaign_id, attempt.id, [observation], state=None, replace=True)


def mark_sent(
    journal: MailJournal,
    attempt_id: str,
    sent: Mapping[str, Any],
    sent_at: datetime,
    spec: EmailCampaignSpec,
) -> None:
    """The server (or the form) accepted the inquiry: `sent` with its deadline, then `awaiting`."""
    deadline = sent_at + timedelta(hours=spec.settings.deadline_h)
    journal.transition(attempt_id, [_S.SENDING], _S.SENT, data={PROBE_ID: sent}, deadline=deadline)
    journal.transition(attempt_id, [_S.SENT], _S.AWAITING)


def after_send_error(
    journal: MailJournal,
    campaign_id: str,
    attempt: AttemptRecord,
    exc: SendError,
    say: Callable[[str], None],
    summary: SendSummary,
) -> None:
    """SMTP refused or failed: `uncertain`, `failed` (permanent) or back to `planned` (retry)."""
    if exc.uncertain:
        journal.transition(attempt.id, [_S.SENDING], _S.UNCERTAIN, error=str(exc))
        summary.uncertain.append(attempt.id)
        say(f"{attempt.id}: outcome unknown ({exc}); marked uncertain")
    elif exc.permanent:
        journal.transition(attempt.id, [_S.SENDING], _S.FAILED, error=str(exc))
        record_error(journal, campaign_id, attempt, Status.ERROR, f"SMTP {exc}")
        summary.failed.append(attempt.id)
        say(f"{attempt.id}: {exc}")
    else:
        journal.transition(attempt.id, [_S.SENDING], _S.PLANNED, error=str(exc))
        summary.retry_later.append(attempt.id)
        say(f"{attempt.id}: {exc}; will retry on the next run")
