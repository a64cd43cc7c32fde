"""Collecting replies to sent inquiries: ingest, match and keep observations current.

Each reply is stored once (by mailbox and UID) and the attempt's observation is
rebuilt from all its replies. Attempts past their deadline are finished only
after every mailbox was read once, so replies that arrived before a deadline
count even when read later (after a restart). Sending is `audit.email_send`.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from audit.email_send import Progress, attempt_dir, sent_evidence
from probes.base import Status, utcnow
from probes.email.ingest import InquiryFacts, analyse, message_row
from probes.email.interface import EmailCampaignSpec, IncomingMessage, ReplyClass
from probes.email.match import SentRef, domain_of
from probes.email.observe import ReplyFacts, SentFacts, build_observation
from probes.email.watch import ImapWatcher, WatchEvent
from results import email_journal as journal
from results.schema import AttemptState

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
