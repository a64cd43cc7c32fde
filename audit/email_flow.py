"""The durable email driver: send due inquiries, then collect replies until done or deadline.

Every side effect sits between two commits: `sending` (with the Message-ID)
before the first SMTP byte, `sent` (with the server-accept time) after. A run
killed in between leaves `sending`, which the next run marks `uncertain` and
does not send again unless `resend_uncertain` is given.
"""

from __future__ import annotations

import asyncio
import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine

from probes.base import Channel, Evidence, Observation, Status, Target, utcnow
from probes.email.compose import compose, to_mime
from probes.email.ingest import InquiryFacts, analyse, message_row
from probes.email.interface import (
    EmailCampaignSpec,
    EmailError,
    EmailSettings,
    IncomingMessage,
    OutgoingInquiry,
    Persona,
    ReplyClass,
    SendError,
)
from probes.email.match import SentRef, domain_of
from probes.email.observe import ReplyFacts, SentFacts, build_observation
from probes.email.secrets import resolve_password
from probes.email.send import send_bytes
from probes.email.templates import load_templates
from probes.email.watch import ImapWatcher, WatchEvent
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


# -- collecting ------------------------------------------------------------------------
OPEN_STATES = (AttemptState.SENT, AttemptState.AWAITING)


@dataclass
class CollectSummary:
    """What one `collect` call did."""

    ingested: int = 0
    duplicates: int = 0
    unmatched: int = 0
    observations: int = 0
    finished: list[str] = field(default_factory=list)
    still_open: list[str] = field(default_factory=list)
    clock_offsets: dict[str, float | None] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _sent_facts(attempt: journal.EmailAttempt, offset: float | None) -> SentFacts:
    sent_at = datetime.fromisoformat(str(attempt.email["sent_at"]))
    deadline = attempt.deadline or sent_at
    return SentFacts(
        attempt_id=attempt.id,
        company=attempt.company,
        channel=str(attempt.email.get("channel", "smtp")),
        sent_at=sent_at,
        deadline=deadline,
        clock_offset_s=offset,
        sent_evidence=sent_evidence(attempt),
    )


def _reply_facts(row: Mapping[str, Any]) -> ReplyFacts:
    return ReplyFacts(
        uid=row["uid"],
        internaldate=row["internaldate"],
        kind=ReplyClass(row["kind"]),
        from_addr=row["from_addr"],
        subject=row["subject"],
        match_reason=f"{row['match_method']}: {row['match_reason']}",
        reasons=tuple(row["reasons"] or ()),
        answered=row["answered"],
        personalised=row["personalised"],
        agent_named=row["agent_named"],
        eml_path=row["eml_path"],
    )


_NEVER = datetime.min.replace(tzinfo=UTC)


def _sent_ref(attempt: journal.EmailAttempt) -> SentRef:
    e = attempt.email
    sent_at = datetime.fromisoformat(str(e["sent_at"])) if e.get("sent_at") else _NEVER
    return SentRef(
        attempt_id=attempt.id,
        message_id=str(e.get("message_id", "")),
        token=str(e.get("token", "")),
        ref=str(e.get("ref", "")),
        company_domain=str(e.get("company_domain") or domain_of(str(e.get("to_addr") or ""))),
        sent_at=sent_at,
        deadline=attempt.deadline or sent_at,
    )


class _Collector:
    """State of one `collect` call: attempts, refs, and the per-attempt observation update."""

    def __init__(
        self,
        engine: Engine,
        campaign_id: str,
        spec: EmailCampaignSpec,
        evidence_root: Path,
        say: Callable[[str], None],
    ) -> None:
        self.engine = engine
        self.campaign_id = campaign_id
        self.spec = spec
        self.evidence_root = evidence_root
        self.say = say
        self.summary = CollectSummary()
        self.answered: set[str] = set()
        self.reload()

    def reload(self) -> None:
        # Uncertain (and interrupted) sends are matched too: a reply to one proves it went
        # out, and must not be lost as unmatched. Without a send time, they match by
        # Message-ID, token or subject reference only, never by domain.
        known_states = (
            *OPEN_STATES,
            AttemptState.DONE,
            AttemptState.EXPIRED,
            AttemptState.UNCERTAIN,
            AttemptState.SENDING,
        )
        self.attempts = {
            a.id: a
            for a in journal.email_attempts(self.engine, self.campaign_id, known_states)
            if a.email.get("message_id")
        }
        self.refs = [_sent_ref(a) for a in self.attempts.values()]
        self.facts = {
            a.id: InquiryFacts(
                tuple(a.email.get("must_mention", ())), str(a.email.get("first_name", ""))
            )
            for a in self.attempts.values()
        }

    def open_ids(self) -> list[str]:
        return [a.id for a in self.attempts.values() if a.state in OPEN_STATES]

    def account_of(self, attempt: journal.EmailAttempt) -> str:
        name = str(attempt.email.get("account", "default"))
        accounts = self.spec.accounts.get(name) or next(iter(self.spec.accounts.values()))
        return accounts.imap.key()

    def ingest(self, msg: IncomingMessage) -> str | None:
        """Record one message (idempotent); the attempt it belongs to."""
        analysis = analyse(msg, self.refs, self.facts)
        attempt_id = analysis.match.attempt_id
        eml = ""
        if attempt_id is not None:
            folder = attempt_dir(self.evidence_root, attempt_id)
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"reply-{msg.uidvalidity}-{msg.uid}.eml"
            if not path.exists():
                path.write_bytes(msg.raw)
            eml = str(path)
        if journal.record_message(self.engine, message_row(self.campaign_id, msg, analysis, eml)):
            self.summary.ingested += 1
            if attempt_id is None:
                self.summary.unmatched += 1
            return attempt_id
        self.summary.duplicates += 1
        return attempt_id

    def update(self, attempt_id: str, now: datetime, may_expire: bool = True) -> None:
        """Rewrite the attempt's observation from its stored replies; finish it when final.

        `may_expire=False` while a mailbox is still being read: more replies from
        before the deadline may follow, so the deadline must not close it yet.
        """
        attempt = journal.get_attempt(self.engine, attempt_id)
        self.attempts[attempt_id] = attempt
        if attempt.state not in OPEN_STATES or not attempt.email.get("sent_at"):
            return
        if not may_expire and attempt.deadline is not None and now >= attempt.deadline:
            now = attempt.deadline - timedelta(microseconds=1)
        offset = journal.clock_offset(self.engine, self.campaign_id, self.account_of(attempt))
        replies = [_reply_facts(r) for r in journal.messages_for(self.engine, attempt_id)]
        observation, final = build_observation(_sent_facts(attempt, offset), replies, now)
        if any(r.kind in (ReplyClass.HUMAN, ReplyClass.BOUNCE) for r in replies):
            self.answered.add(attempt_id)
        if observation is not None:
            journal.record_observation(self.engine, self.campaign_id, observation)
            self.summary.observations += 1
        if final:
            state = (
                AttemptState.EXPIRED
                if observation is None or observation.status is Status.TIMEOUT
                else AttemptState.DONE
            )
            journal.finish(self.engine, attempt_id, state)
            self.attempts[attempt_id] = journal.get_attempt(self.engine, attempt_id)
            self.summary.finished.append(attempt_id)
            self.say(f"{attempt_id}: finished ({state.value})")

    def all_done(self) -> bool:
        return all(i in self.answered for i in self.open_ids())


async def collect(
    engine: Engine,
    campaign_id: str,
    spec: EmailCampaignSpec,
    evidence_root: Path,
    until_done: bool,
    progress: Progress = None,
    *,
    stop: asyncio.Event | None = None,
    tick_s: float = 1.0,
    pass_timeout_s: float = 60.0,
) -> CollectSummary:
    """Ingest replies for the campaign's sent inquiries and keep observations current.

    With `until_done`, watch (IMAP IDLE) until every open attempt has a human
    answer or a bounce, or is past its deadline; otherwise return after one
    pass over every mailbox (given up after `pass_timeout_s` when a mailbox cannot be
    read; see `problems`). Attempts past their deadline are finished.
    """
    say = progress or (lambda _msg: None)
    state = _Collector(engine, campaign_id, spec, evidence_root, say)
    now = utcnow()
    for attempt_id in state.open_ids():
        deadline = state.attempts[attempt_id].deadline
        if deadline is None or deadline > now:  # past-deadline ones wait for the mailbox sync
            state.update(attempt_id, now)
    accounts = {acc.imap.key(): acc.imap for acc in spec.accounts.values()}
    stop = stop or asyncio.Event()
    synced: set[str] = set()

    async def on_event(event: WatchEvent) -> None:
        if event.kind == "connected":
            journal.save_cursor(
                engine,
                campaign_id,
                event.account,
                event.uidvalidity,
                clock_offset_s=event.clock_offset_s,
            )
            state.summary.clock_offsets[event.account] = event.clock_offset_s
        elif event.kind == "problem":
            state.summary.problems.append(event.detail)
            say(f"{event.account}: {event.detail}")
        elif event.kind == "messages":
            touched = {state.ingest(m) for m in event.messages}
            journal.save_cursor(
                engine,
                campaign_id,
                event.account,
                event.uidvalidity,
                last_uid=max(m.uid for m in event.messages),
            )
            for attempt_id in touched - {None}:
                assert attempt_id is not None
                state.update(attempt_id, utcnow(), may_expire=event.account in synced)
        elif event.kind == "synced":
            synced.add(event.account)
        if (until_done and state.all_done()) or (not until_done and synced >= set(accounts)):
            stop.set()

    began = asyncio.get_running_loop().time()

    async def deadlines() -> None:
        while not stop.is_set():
            if not until_done and asyncio.get_running_loop().time() - began > pass_timeout_s:
                unread = ", ".join(sorted(set(accounts) - synced))
                state.summary.problems.append(f"gave up reading {unread} after {pass_timeout_s} s")
                stop.set()
            now = utcnow()
            # Replies that arrived before a deadline count even when we read them later
            # (after a restart), so nothing is finished until every mailbox was read once.
            waited = asyncio.get_running_loop().time() - began
            if synced >= set(accounts) or waited > pass_timeout_s:
                for attempt_id in state.open_ids():
                    attempt = state.attempts[attempt_id]
                    if attempt.deadline is not None and attempt.deadline <= now:
                        state.update(attempt_id, now)
            if until_done and state.all_done():
                stop.set()
            await asyncio.sleep(tick_s)

    if not state.open_ids() and until_done:
        state.summary.still_open = []
        return state.summary
    watchers = [
        ImapWatcher(account, start_uid=functools.partial(journal.cursor, engine, campaign_id, key))
        for key, account in accounts.items()
    ]
    tasks = [asyncio.ensure_future(w.run(on_event, stop)) for w in watchers]
    ticker = asyncio.ensure_future(deadlines())
    try:
        await asyncio.gather(*tasks)
    finally:
        stop.set()
        ticker.cancel()
    state.summary.still_open = state.open_ids()
    return state.summary
