"""Collecting replies to sent inquiries: ingest, match and keep observations current.

Each message is stored once (by mailbox and UID) and the attempt's observation
is rebuilt from all its messages. A deadline is judged only from a mailbox read
that began after it: while a mailbox cannot be reached (port closed, login
refused) its attempts stay open, and once it is back, replies that arrived
before a deadline still count. A reply to an `uncertain` inquiry proves that it
went out (`probes.email.proof`). What one `collect` call keeps and does per
attempt is `probes.email.collector`. Sending is `probes.email.sending`.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Mapping
from pathlib import Path

from probes.base import Target, utcnow
from probes.email.collector import Collector, CollectSummary
from probes.email.interface import EmailCampaignSpec
from probes.email.journal import MailJournal
from probes.email.senders import DnsTxt
from probes.email.watch import ImapWatcher, WatchEvent

Progress = Callable[[str], None] | None


async def collect(
    journal: MailJournal,
    campaign_id: str,
    spec: EmailCampaignSpec,
    evidence_root: Path,
    until_done: bool,
    progress: Progress = None,
    *,
    targets: Mapping[str, Target] | None = None,
    stop: asyncio.Event | None = None,
    tick_s: float = 0.5,
    pass_timeout_s: float = 60.0,
    dkim_dns: DnsTxt | None = None,
) -> CollectSummary:
    """Ingest replies for the campaign's sent inquiries and keep observations current.

    With `until_done`, watch (IMAP IDLE) until every open attempt has a human answer
    or a bounce, or is judged past its deadline; otherwise return after one complete
    read of every mailbox. A mailbox that cannot be read for
    `spec.settings.mailbox_patience_s` (one pass: `pass_timeout_s`) is given up on
    (`gave_up`); its attempts stay open for a later `collect`. `dkim_dns` resolves DKIM
    keys (default: DNS; the sandbox and tests give their own).
    """
    say = progress or (lambda _msg: None)
    state = Collector(journal, campaign_id, spec, evidence_root, targets or {}, say, dkim_dns)
    now = utcnow()
    for attempt_id in state.open_ids():
        state.update(attempt_id, now)  # past-deadline ones stay provisional until a read
    accounts = {acc.imap.key(): acc.imap for acc in spec.accounts.values()}
    stop = stop or asyncio.Event()
    synced: set[str] = set()
    loop = asyncio.get_running_loop()
    trouble_since: dict[str, float] = {}
    began = loop.time()

    async def on_event(event: WatchEvent) -> None:
        if event.kind == "connected":
            journal.save_cursor(
                campaign_id, event.account, event.uidvalidity, clock_offset_s=event.clock_offset_s
            )
            state.summary.clock_offsets[event.account] = event.clock_offset_s
        elif event.kind == "problem":
            state.summary.problems.append(event.detail)
            journal.mailbox_problem(campaign_id, event.account, event.detail, utcnow())
            trouble_since.setdefault(event.account, loop.time())
            say(f"{event.account}: {event.detail}")
        elif event.kind == "messages":
            state.refresh_linked()
            touched = {state.ingest(m) for m in event.messages} - {None}
            journal.save_cursor(
                campaign_id,
                event.account,
                event.uidvalidity,
                last_uid=max(m.uid for m in event.messages),
            )
            for attempt_id in sorted(i for i in touched if i is not None):
                state.prove(attempt_id)
                state.update(attempt_id, utcnow())
        elif event.kind == "synced" and event.read_started is not None:
            synced.add(event.account)
            trouble_since.pop(event.account, None)
            state.read(event.account, event.read_started)
        if (until_done and state.all_done()) or (not until_done and synced >= set(accounts)):
            stop.set()

    watchers = {
        key: ImapWatcher(account, start_uid=functools.partial(journal.cursor, campaign_id, key))
        for key, account in accounts.items()
    }

    async def ticker() -> None:
        patience = spec.settings.mailbox_patience_s if until_done else pass_timeout_s
        while not stop.is_set():
            now_mono = loop.time()
            late = [
                a
                for a in accounts
                if (a in trouble_since and now_mono - trouble_since[a] > patience)
                or (not until_done and a not in synced and now_mono - began > pass_timeout_s)
            ]
            if late:
                state.summary.gave_up.extend(sorted(late))
                say(f"gave up reading {', '.join(sorted(late))}; its inquiries stay open")
                stop.set()
                return
            for account in state.waiting_for_a_read(utcnow()):
                watchers[account].poke()  # a deadline passed: read again to judge it
            if until_done and state.all_done():
                stop.set()
            await asyncio.sleep(tick_s)

    if not state.waiting_ids(utcnow()) and until_done:
        return state.summary
    tasks = [asyncio.ensure_future(w.run(on_event, stop)) for w in watchers.values()]
    tick = asyncio.ensure_future(ticker())
    try:
        await asyncio.gather(*tasks)
    finally:
        stop.set()
        tick.cancel()
    state.summary.still_open = state.open_ids()
    return state.summary
