"""The durable email sender: send each due inquiry exactly once (SMTP or contact form).

Every side effect sits between two committed transitions: `planned -> sending`
(with the Message-ID) before the first SMTP byte, `sending -> sent` (with the
server-accept time) after. A run killed in between leaves `sending`, which the
next run marks `uncertain` and does not send again unless `resend_uncertain` is
given (or a reply proves it went out: `probes.email.collecting`). The inquiry as the
attempt keeps it is `probes.email.inquiry_record`; how each send ends in the store,
`probes.email.send_outcomes`.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Mapping
from pathlib import Path

from probes.attempts import AttemptRecord, AttemptState
from probes.base import Status, Target, utcnow
from probes.email.compose import compose, to_mime
from probes.email.inquiry_record import inquiry_data, persona_for, rebuild_inquiry
from probes.email.interface import EmailCampaignSpec, EmailError, OutgoingInquiry, SendError
from probes.email.journal import PROBE_ID, MailJournal, email_part
from probes.email.match import domain_of
from probes.email.schedule import attempt_dir, in_send_window, next_send_window
from probes.email.secrets import resolve_password
from probes.email.send import send_bytes
from probes.email.send_outcomes import SendSummary, after_send_error, mark_sent, record_error
from probes.email.templates import load_templates

Progress = Callable[[str], None] | None
_S = AttemptState


def resume_sending(journal: MailJournal, campaign_id: str) -> list[str]:
    """A run that died mid-send left `sending`: mark those `uncertain`; their ids."""
    marked = []
    for attempt in journal.attempts(campaign_id, [_S.SENDING], PROBE_ID):
        if journal.transition(
            attempt.id,
            [_S.SENDING],
            _S.UNCERTAIN,
            error="interrupted while sending: the message may or may not have gone out",
        ):
            marked.append(attempt.id)
    return marked


async def send_due(
    journal: MailJournal,
    campaign_id: str,
    targets: Mapping[str, Target],
    spec: EmailCampaignSpec,
    evidence_root: Path,
    resend_uncertain: bool = False,
    progress: Progress = None,
) -> SendSummary:
    """Send every due email attempt once; resume marks interrupted sends `uncertain`."""
    say = progress or (lambda _msg: None)
    summary = SendSummary()
    for attempt_id in resume_sending(journal, campaign_id):
        say(f"{attempt_id}: interrupted while sending; marked uncertain (not re-sent)")
        summary.uncertain.append(attempt_id)
    states = [_S.PLANNED] + ([_S.UNCERTAIN] if resend_uncertain else [])
    now = utcnow()
    due = [
        a
        for a in journal.attempts(campaign_id, states, PROBE_ID)
        if a.not_before is None or a.not_before <= now
    ]
    # A bad secret is refused at once, not when the send window opens (a campaign started on a
    # Saturday would otherwise stop on Monday, unattended): the accounts the due inquiries use,
    # each read once.
    passwords = {
        name: resolve_password(spec.accounts[name].smtp)
        for name in {persona_for(spec, attempt).account for attempt in due}
    }
    if due and not in_send_window(spec.settings, now):
        summary.deferred = len(due)
        summary.next_window = next_send_window(spec.settings, now)
        say(f"{len(due)} email(s) wait for the send window ({summary.next_window.isoformat()})")
        return summary
    templates = load_templates(Path(spec.templates_file) if spec.templates_file else None)
    for index, attempt in enumerate(due):
        if index and spec.settings.spread_s:
            await asyncio.sleep(spec.settings.spread_s)
        target = targets.get(attempt.company)
        if target is None:
            say(f"{attempt.id}: company {attempt.company!r} is not in the campaign; skipped")
            continue
        persona = persona_for(spec, attempt)
        account = spec.accounts[persona.account]
        try:
            if attempt.state is _S.UNCERTAIN and email_part(attempt).get("message_id"):
                inquiry = rebuild_inquiry(attempt)
            else:
                template_id = (
                    attempt.data.get("template")
                    or spec.templates[attempt.seq % len(spec.templates)]
                )
                template = templates[str(template_id)]
                inquiry = compose(attempt.id, target, persona, template, spec.product)
        except (EmailError, KeyError) as exc:
            if journal.transition(
                attempt.id, [_S.PLANNED], _S.FAILED, error=f"cannot compose: {exc}"
            ):
                record_error(journal, campaign_id, attempt, Status.ERROR, f"cannot compose: {exc}")
                summary.failed.append(attempt.id)
            continue
        data = b""
        if inquiry.to_addr is not None:
            # Everything that can fail without a network goes before `sending` is committed.
            data = to_mime(inquiry, utcnow())
        sending = {**inquiry_data(inquiry, persona), "sending_at": utcnow().isoformat()}
        if not journal.transition(
            attempt.id, states, _S.SENDING, data={PROBE_ID: sending}, add_try=True
        ):
            continue  # another run took it
        folder = attempt_dir(evidence_root, attempt.id)
        if inquiry.to_addr is None:
            await _send_by_form(
                journal, campaign_id, attempt, target, inquiry, spec, folder, say, summary
            )
            continue
        try:
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "sent.eml").write_bytes(data)
        except OSError as exc:
            journal.transition(
                attempt.id, [_S.SENDING], _S.PLANNED, error=f"cannot write evidence: {exc}"
            )
            summary.retry_later.append(attempt.id)
            continue
        try:
            result = await send_bytes(
                account.smtp,
                passwords[persona.account],
                inquiry.from_addr,
                inquiry.to_addr,
                data,
                attempts=spec.settings.smtp_tries,
                backoff_s=spec.settings.smtp_backoff_s,
                on_retry=functools.partial(_say_about, say, attempt.id),
            )
        except SendError as exc:
            after_send_error(journal, campaign_id, attempt, exc, say, summary)
            continue
        sent = {
            "sent_at": result.accepted_at.isoformat(),
            "channel": "smtp",
            "smtp_response": result.response,
            "smtp_tries": result.tries,
            "sent_eml": str(folder / "sent.eml"),
        }
        mark_sent(journal, attempt.id, sent, result.accepted_at, spec)
        summary.sent.append(attempt.id)
        say(f"{attempt.id}: sent to {inquiry.to_addr} ({result.response[:40]})")
    return summary


def _say_about(say: Callable[[str], None], attempt_id: str, text: str) -> None:
    say(f"{attempt_id}: {text}")


async def _send_by_form(
    journal: MailJournal,
    campaign_id: str,
    attempt: AttemptRecord,
    target: Target,
    inquiry: OutgoingInquiry,
    spec: EmailCampaignSpec,
    folder: Path,
    say: Callable[[str], None],
    summary: SendSummary,
) -> None:
    if not target.website:
        journal.transition(
            attempt.id, [_S.SENDING], _S.FAILED, error="no support address and no website"
        )
        record_error(
            journal,
            campaign_id,
            attempt,
            Status.ABSENT,
            "no support email address and no website with a contact form",
        )
        summary.failed.append(attempt.id)
        return
    from probes.email.form import FormError, submit_contact_form

    try:
        result = await submit_contact_form(target.website, inquiry, folder, spec.host_map)
    except FormError as exc:
        # The form was not submitted: the company offers no way to write (absent),
        # unless it was our browser that failed (error, retried later).
        if exc.ours:
            journal.transition(attempt.id, [_S.SENDING], _S.PLANNED, error=str(exc))
            summary.retry_later.append(attempt.id)
        else:
            journal.transition(attempt.id, [_S.SENDING], _S.FAILED, error=str(exc))
            record_error(journal, campaign_id, attempt, Status.ABSENT, str(exc))
            summary.failed.append(attempt.id)
        say(f"{attempt.id}: contact form: {exc}")
        return
    sent = {
        "sent_at": result.submitted_at.isoformat(),
        "channel": "form",
        "form_url": result.url,
        "form_fields": list(result.fields),
        "screenshot": str(result.screenshot),
        "company_domain": domain_of(target.website),
    }
    mark_sent(journal, attempt.id, sent, result.submitted_at, spec)
    summary.sent.append(attempt.id)
    say(f"{attempt.id}: contact form sent at {result.url}")
