"""The email probe as a two-phase probe: send what is due, then watch the mailboxes.

`start` sends every due inquiry exactly once (`probes.email.sending`); `watch`
follows the replies until every inquiry is answered or judged past its deadline
(`probes.email.collecting`). The runner drives it like any `TwoPhaseProbe`.
"""

from __future__ import annotations

from typing import ClassVar

from probes.base import Channel
from probes.email.collecting import collect
from probes.email.interface import EmailCampaignSpec
from probes.email.journal import MailJournal
from probes.email.sending import send_due
from probes.errors import OurSideError
from probes.two_phase import PhaseSummary, TwoPhaseContext


def _journal(ctx: TwoPhaseContext) -> MailJournal:
    if not isinstance(ctx.journal, MailJournal):
        raise OurSideError("the store given to the email probe cannot keep mail")
    return ctx.journal


class EmailProbe:
    """Sends an inquiry by SMTP (or the contact form) and times the replies by IMAP."""

    id: ClassVar[str] = "email"
    channels: ClassVar[tuple[Channel, ...]] = (Channel.EMAIL,)

    def summary(self) -> PhaseSummary:
        """An empty summary worded for email."""
        return PhaseSummary(self.id, done_word="sent", waiting_word="awaiting a reply")

    async def start(self, ctx: TwoPhaseContext, summary: PhaseSummary) -> None:
        """Send every due inquiry exactly once; interrupted sends become `uncertain`."""
        spec = EmailCampaignSpec.model_validate(ctx.config)
        sent = await send_due(
            _journal(ctx),
            ctx.campaign_id,
            ctx.targets,
            spec,
            ctx.evidence_root,
            resend_uncertain=ctx.resend_uncertain,
            progress=ctx.say,
        )
        summary.started += len(sent.sent)
        summary.failed += len(sent.failed)
        summary.uncertain.extend(sent.uncertain)
        summary.deferred = sent.deferred

    async def watch(self, ctx: TwoPhaseContext, summary: PhaseSummary, until_done: bool) -> None:
        """Watch (IMAP IDLE) until every inquiry is answered or judged past its deadline."""
        spec = EmailCampaignSpec.model_validate(ctx.config)
        collected = await collect(
            _journal(ctx),
            ctx.campaign_id,
            spec,
            ctx.evidence_root,
            until_done=until_done,
            progress=ctx.say,
            targets=ctx.targets,
        )
        summary.finished += len(collected.finished)
        summary.still_open = len(collected.still_open)
        summary.problems.extend(collected.problems)
        summary.gave_up.extend(collected.gave_up)
        summary.proven.extend(collected.proven)
