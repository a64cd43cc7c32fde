"""The Dovecot rig and the IMAP watcher: quick start/stop, IDLE, polling, reconnect."""

from __future__ import annotations

import asyncio
import imaplib
from pathlib import Path

import pytest

from probes.email.watch import ImapWatcher, WatchEvent
from sandbox.mailrig import DovecotRig

MESSAGE = b"From: a@shop.example\r\nSubject: hello\r\nMessage-ID: <m@shop.example>\r\n\r\nhi\r\n"


def test_rig_starts_and_stops_without_leftovers() -> None:
    with DovecotRig({"quick@audit.test": "pw"}) as rig:
        base = rig.base
        assert base is not None and base.exists()
        client = imaplib.IMAP4("127.0.0.1", rig.port)
        client.login("quick@audit.test", "pw")
        client.logout()
    assert not Path(base).exists()


async def _watch_until(
    watcher: ImapWatcher, seen: list[int], last_subject: str, timeout: float
) -> list[WatchEvent]:
    events: list[WatchEvent] = []
    stop = asyncio.Event()

    async def on_event(event: WatchEvent) -> None:
        events.append(event)
        seen.extend(m.uid for m in event.messages)
        if any(m.subject == last_subject for m in event.messages):
            stop.set()

    await asyncio.wait_for(watcher.run(on_event, stop), timeout)
    return events


@pytest.mark.parametrize("use_idle", [True, False], ids=["idle", "polling"])
async def test_reconnect_after_server_restart(rig: DovecotRig, use_idle: bool) -> None:
    user = "shopper10@audit.test" if use_idle else "shopper11@audit.test"
    account = rig.imap_account(user)
    seen: list[int] = []
    watcher = ImapWatcher(
        account,
        start_uid=lambda _v: max(seen, default=0),
        use_idle=use_idle,
        poll_interval_s=0.2,
        backoff_s=(0.1, 0.5),
        measure_clock=False,
    )
    client = imaplib.IMAP4("127.0.0.1", rig.port)
    client.login(user, rig.users[user])
    client.append("INBOX", None, None, MESSAGE)
    client.logout()

    async def restart_and_append() -> None:
        await asyncio.sleep(0.6)
        await asyncio.to_thread(rig.restart)
        again = imaplib.IMAP4("127.0.0.1", rig.port)
        again.login(user, rig.users[user])
        again.append("INBOX", None, None, MESSAGE.replace(b"hello", b"after restart"))
        again.logout()

    side = asyncio.ensure_future(restart_and_append())
    events = await _watch_until(watcher, seen, "after restart", 20)
    await side
    subjects = [m.subject for e in events for m in e.messages]
    assert subjects == ["hello", "after restart"]  # nothing read twice across the reconnect
    assert sum(e.kind == "connected" for e in events) >= 2  # reconnected
    assert any(e.kind == "problem" for e in events)
    assert all(e.idle is use_idle for e in events if e.kind == "connected")
