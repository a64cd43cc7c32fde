"""The durable email sender: send each due inquiry exactly once (SMTP or contact form).

Every side effect sits between two commits: `sending` (with the Message-ID)
before the first SMTP byte, `sent` (with the server-accept time) after. A run
killed in between leaves `sending`, which the next run marks `uncertain` and
does not send again unless `resend_uncertain` is given. Replies are collected
by `audit.email_collect`.
"""

from __future__ import annotations

import asyncio
import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine

from probes.base import Channel, Evidence, Observation, Status, Target, utcnow
from probes.email.compose import compose, to_mime
from probes.email.interface import (
    EmailCampaignSpec,
    EmailError,
    EmailSettings,
    OutgoingInquiry,
    Persona,
    SendError,
)
from probes.email.match import domain_of
from probes.email.secrets import resolve_password
from probes.email.send import send_bytes
from probes.email.templates import load_templates
from results import email_journal as journal
from results.schema import AttemptState

Progress = Callable[[str], None] | None


@dataclass
class SendSummary:
    """What one `send_due` call did."""

    sent: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    uncertain: list[str] = field(default_factory=list)
    retry_later: list[str] = field(default_factory=list)
    deferred: int = 0
    next_window: datetime | None = None


def attempt_dir(evidence_root: Path, attempt_id: str) -> Path:
    """The evidence folder of one attempt (id made safe as a file name)."""
    return evidence_root / re.sub(r"[^A-Za-z0-9._-]+", "_", attempt_id)


def in_send_window(settings: EmailSettings, when: datetime) -> bool:
    """Is `when` on a sending weekday within business hours (in the campaign's timezone)?"""
    local = when.astimezone(ZoneInfo(settings.timezone))
    start, end = settings.business_hours
    return local.weekday() in settings.weekdays and start <= local.hour < end


def next_send_window(settings: EmailSettings, when: datetime) -> datetime:
    """The first moment at or after `when` inside the send window (hour resolution)."""
    probe = when.replace(minute=0, second=0, microsecond=0)
    for _ in range(24 * 8):
        if probe >= when and in_send_window(settings, probe):
            return probe
        probe += timedelta(hours=1)
    return when


def _persona(spec: EmailCampaignSpec, attempt: journal.EmailAttempt) -> Persona:
    wanted = attempt.data.get("persona")
    for persona in spec.personas:
        if wanted in (persona.address, persona.first_name):
            return persona
    return spec.personas[attempt.seq % len(spec.personas)]


def _inquiry_data(inquiry: OutgoingInquiry, persona: Persona) -> dict[str, Any]:
    return {
        "message_id": inquiry.message_id,
        "token": inquiry.token,
        "ref": inquiry.ref,
        "from_addr": inquiry.from_addr,
        "from_name": inquiry.from_name,
        "to_addr": inquiry.to_addr,
        "subject": inquiry.subject,
        "body": inquiry.body,
        "template_id": inquiry.template_id,
        "language": inquiry.language,
        "first_name": inquiry.first_name,
        "must_mention": list(inquiry.must_mention),
        "persona": persona.address,
        "account": persona.account,
    }


def _rebuild(attempt: journal.EmailAttempt) -> OutgoingInquiry:
    e = attempt.email
    return OutgoingInquiry(
        attempt_id=attempt.id,
        company=attempt.company,
        message_id=e["message_id"],
        token=e["token"],
        ref=e["ref"],
        from_addr=e["from_addr"],
        from_name=e["from_name"],
        to_addr=e.get("to_addr"),
        subject=e["subject"],
        body=e["body"],
        template_id=e["template_id"],
        language=e["language"],
        first_name=e["first_name"],
        must_mention=tuple(e.get("must_mention", ())),
    )


def record_error(
    engine: Engine, campaign_id: str, attempt: journal.EmailAttempt, status: Status, detail: str
) -> None:
    """An observation for an attempt that ended without sending (ours: error; theirs: absent)."""
    now = utcnow()
    journal.record_observation(
        engine,
        campaign_id,
        Observation(
            attempt_id=attempt.id,
            company=attempt.company,
            channel=Channel.EMAIL,
            probe_id=journal.PROBE_ID,
            status=status,
            started=now,
            finished=now,
            metrics={},
            detail=detail,
        ),
    )


async def send_due(
    engine: Engine,
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
    for attempt_id in journal.resume_sending(engine, campaign_id):
        say(f"{attempt_id}: interrupted while sending; marked uncertain (not re-sent)")
        summary.uncertain.append(attempt_id)
    states = [AttemptState.PLANNED] + ([AttemptState.UNCERTAIN] if resend_uncertain else [])
    now = utcnow()
    due = [
        a
        for a in journal.email_attempts(engine, campaign_id, states)
        if a.not_before is None or a.not_before <= now
    ]
    if due and not in_send_window(spec.settings, now):
        summary.deferred = len(due)
        summary.next_window = next_send_window(spec.settings, now)
        say(f"{len(due)} email(s) wait for the send window ({summary.next_window.isoformat()})")
        return summary
    templates = load_templates(Path(spec.templates_file) if spec.templates_file else None)
    passwords: dict[str, str | None] = {}
    for index, attempt in enumerate(due):
        if index and spec.settings.spread_s:
            await asyncio.sleep(spec.settings.spread_s)
        target = targets.get(attempt.company)
        if target is None:
            say(f"{attempt.id}: company {attempt.company!r} is not in the campaign; skipped")
            continue
        persona = _persona(spec, attempt)
        account = spec.accounts[persona.account]
        try:
            if attempt.state is AttemptState.UNCERTAIN and attempt.email.get("message_id"):
                inquiry = _rebuild(attempt)
            else:
                template_id = (
                    attempt.data.get("template")
                    or spec.templates[attempt.seq % len(spec.templates)]
                )
                template = templates[str(template_id)]
                inquiry = compose(attempt.id, target, persona, template, spec.product)
        except (EmailError, KeyError) as exc:
            journal.mark_failed(engine, attempt.id, f"cannot compose: {exc}")
            record_error(engine, campaign_id, attempt, Status.ERROR, f"cannot compose: {exc}")
            summary.failed.append(attempt.id)
            continue
        data = b""
        if inquiry.to_addr is not None:
            # Everything that can fail without a network goes before `sending` is committed.
            if persona.account not in passwords:
                passwords[persona.account] = resolve_password(account.smtp)
            data = to_mime(inquiry, utcnow())
        if not journal.mark_sending(
            engine, attempt.id, _inquiry_data(inquiry, persona), from_states=states
        ):
            continue  # another run took it
        folder = attempt_dir(evidence_root, attempt.id)
        if inquiry.to_addr is None:
            await _send_by_form(
                engine, campaign_id, attempt, target, inquiry, spec, folder, say, summary
            )
            continue
        try:
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "sent.eml").write_bytes(data)
        except OSError as exc:
            journal.back_to_planned(engine, attempt.id, f"cannot write evidence: {exc}")
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
            _after_send_error(engine, campaign_id, attempt, exc, say, summary)
            continue
        deadline = result.accepted_at + timedelta(hours=spec.settings.deadline_h)
        journal.mark_sent(
            engine,
            attempt.id,
            {
                "sent_at": result.accepted_at.isoformat(),
                "channel": "smtp",
                "smtp_response": result.response,
                "smtp_tries": result.tries,
                "sent_eml": str(folder / "sent.eml"),
            },
            deadline,
        )
        journal.mark_awaiting(engine, attempt.id)
        summary.sent.append(attempt.id)
        say(f"{attempt.id}: sent to {inquiry.to_addr} ({result.response[:40]})")
    return summary


def _say_about(say: Callable[[str], None], attempt_id: str, text: str) -> None:
    say(f"{attempt_id}: {text}")


def _after_send_error(
    engine: Engine,
    campaign_id: str,
    attempt: journal.EmailAttempt,
    exc: SendError,
    say: Callable[[str], None],
    summary: SendSummary,
) -> None:
    if exc.uncertain:
        journal.mark_uncertain(engine, attempt.id, str(exc))
        summary.uncertain.append(attempt.id)
        say(f"{attempt.id}: outcome unknown ({exc}); marked uncertain")
    elif exc.permanent:
        journal.mark_failed(engine, attempt.id, str(exc))
        record_error(engine, campaign_id, attempt, Status.ERROR, f"SMTP {exc}")
        summary.failed.append(attempt.id)
        say(f"{attempt.id}: {exc}")
    else:
        journal.back_to_planned(engine, attempt.id, str(exc))
        summary.retry_later.append(attempt.id)
        say(f"{attempt.id}: {exc}; will retry on the next run")


async def _send_by_form(
    engine: Engine,
    campaign_id: str,
    attempt: journal.EmailAttempt,
    target: Target,
    inquiry: OutgoingInquiry,
    spec: EmailCampaignSpec,
    folder: Path,
    say: Callable[[str], None],
    summary: SendSummary,
) -> None:
    if not target.website:
        journal.mark_failed(engine, attempt.id, "no support address and no website")
        record_error(
            engine,
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
            journal.back_to_planned(engine, attempt.id, str(exc))
            summary.retry_later.append(attempt.id)
        else:
            journal.mark_failed(engine, attempt.id, str(exc))
            record_error(engine, campaign_id, attempt, Status.ABSENT, str(exc))
            summary.failed.append(attempt.id)
        say(f"{attempt.id}: contact form: {exc}")
        return
    deadline = result.submitted_at + timedelta(hours=spec.settings.deadline_h)
    journal.mark_sent(
        engine,
        attempt.id,
        {
            "sent_at": result.submitted_at.isoformat(),
            "channel": "form",
            "form_url": result.url,
            "form_fields": list(result.fields),
            "screenshot": str(result.screenshot),
            "company_domain": domain_of(target.website),
        },
        deadline,
    )
    journal.mark_awaiting(engine, attempt.id)
    summary.sent.append(attempt.id)
    say(f"{attempt.id}: contact form sent at {result.url}")


def sent_evidence(attempt: journal.EmailAttempt) -> tuple[Evidence, ...]:
    """Evidence of our side: the sent .eml or the form's confirmation screenshot."""
    e = attempt.email
    if e.get("sent_eml"):
        return (Evidence(kind="eml", path=str(e["sent_eml"]), caption="our inquiry as sent"),)
    if e.get("screenshot"):
        return (
            Evidence(
                kind="screenshot", path=str(e["screenshot"]), caption="contact form confirmation"
            ),
        )
    return ()
