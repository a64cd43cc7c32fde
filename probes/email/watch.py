"""Watching one IMAP mailbox: IDLE in a worker thread (polling fallback), reconnect with backoff.

`ImapWatcher.run()` hands `WatchEvent`s to an async callback: one `connected`
event per (re)connection carrying UIDVALIDITY and the measured clock offset,
then `messages` batches of new mail (UID above the caller's cursor). Bodies
are fetched only up to `max_fetch_bytes`, so a 20 MB message costs 2 MB.
"""

from __future__ import annotations

import asyncio
import contextlib
import imaplib
import io
import re
import select
import ssl
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime

from imap_tools import MailBox, MailBoxUnencrypted

from probes.base import utcnow
from probes.email.interface import ImapAccount, IncomingMessage, WatchError
from probes.email.parse import clean_line, parse_message
from probes.email.secrets import redact, resolve_password

CLOCK_FOLDER = "Audit-Clock"
_CLOCK_PROBE = b"From: clock@audit.invalid\r\nSubject: clock probe\r\n\r\nclock\r\n"
_META = {
    "uid": re.compile(rb"\bUID (\d+)"),
    "size": re.compile(rb"\bRFC822\.SIZE (\d+)"),
    "date": re.compile(rb'\bINTERNALDATE "([^"]+)"'),
}


@dataclass(frozen=True)
class WatchEvent:
    """`connected` (uidvalidity, clock offset), `messages` (a batch), `synced` (caught up:
    every message that arrived before `read_started`, our clock, has been handed over) or
    `problem` (detail)."""

    kind: str
    account: str
    uidvalidity: int = 0
    messages: tuple[IncomingMessage, ...] = ()
    clock_offset_s: float | None = None
    idle: bool = False
    detail: str = ""
    read_started: datetime | None = None


def parse_internaldate(value: str) -> datetime:
    """IMAP INTERNALDATE (`23-Nov-2026 15:04:05 +0000`) as an aware datetime."""
    return datetime.strptime(value.strip(), "%d-%b-%Y %H:%M:%S %z")


@dataclass
class ImapWatcher:
    """One connection to one mailbox; `start_uid(uidvalidity)` says where the caller is."""

    account: ImapAccount
    start_uid: Callable[[int], int]
    use_idle: bool = True
    poll_interval_s: float = 15.0
    idle_renew_s: float = 300.0
    max_fetch_bytes: int = 2_000_000
    fetch_chunk: int = 10
    backoff_s: tuple[float, float] = (0.5, 60.0)
    measure_clock: bool = True
    password: str | None = None
    _stop: threading.Event = field(default_factory=threading.Event, init=False)
    _wake: threading.Event = field(default_factory=threading.Event, init=False)

    async def run(
        self, on_event: Callable[[WatchEvent], Awaitable[None]], stop: asyncio.Event
    ) -> None:
        """Watch until `stop` is set, passing every event to `on_event` (back-pressured)."""
        if self.password is None:
            self.password = resolve_password(self.account) or ""
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[WatchEvent] = asyncio.Queue(maxsize=2)

        def emit(event: WatchEvent) -> None:
            future = asyncio.run_coroutine_threadsafe(queue.put(event), loop)
            while not self._stop.is_set():
                with contextlib.suppress(TimeoutError):
                    future.result(timeout=0.5)
                    return
            future.cancel()

        self._stop.clear()
        worker = threading.Thread(target=self._loop, args=(emit,), daemon=True, name="imap-watch")
        worker.start()
        stopper = asyncio.ensure_future(stop.wait())
        try:
            while True:
                getter = asyncio.ensure_future(queue.get())
                done, _ = await asyncio.wait({getter, stopper}, return_when=asyncio.FIRST_COMPLETED)
                if getter not in done:
                    getter.cancel()
                    break
                await on_event(getter.result())
        finally:
            stopper.cancel()
            self._stop.set()
            await asyncio.to_thread(worker.join, 10.0)

    def poke(self) -> None:
        """Ask the worker to read the mailbox again now (ends IDLE or the polling pause)."""
        self._wake.set()

    # -- worker thread -----------------------------------------------------------
    def _connect(self) -> MailBox | MailBoxUnencrypted:
        cls = MailBox if self.account.tls else MailBoxUnencrypted
        box = cls(self.account.host, self.account.port, timeout=30)
        box.login(self.account.user or "", self.password or "", initial_folder=self.account.folder)
        return box

    def _loop(self, emit: Callable[[WatchEvent], None]) -> None:
        key = self.account.key()
        delay = self.backoff_s[0]
        while not self._stop.is_set():
            try:
                box = self._connect()
            except Exception as exc:  # any failure to connect is retried with backoff
                emit(WatchEvent("problem", key, detail=self._describe("connect", exc)))
                self._stop.wait(delay)
                delay = min(delay * 2, self.backoff_s[1])
                continue
            delay = self.backoff_s[0]
            try:
                self._session(box, emit)
            except Exception as exc:  # connection lost: reconnect
                emit(WatchEvent("problem", key, detail=self._describe("watch", exc)))
                self._stop.wait(delay)
            finally:
                with contextlib.suppress(Exception):
                    box.client.shutdown()

    def _describe(self, what: str, exc: BaseException) -> str:
        text = clean_line(str(exc), 200) or type(exc).__name__
        return redact(f"{what} failed: {type(exc).__name__}: {text}", self.password)

    def _session(
        self, box: MailBox | MailBoxUnencrypted, emit: Callable[[WatchEvent], None]
    ) -> None:
        key = self.account.key()
        status = box.folder.status(self.account.folder, ["UIDVALIDITY"])
        uidvalidity = int(status["UIDVALIDITY"])
        offset = self._clock_offset(box) if self.measure_clock else None
        idle = self.use_idle and "IDLE" in box.client.capabilities
        emit(WatchEvent("connected", key, uidvalidity, clock_offset_s=offset, idle=idle))
        last = self.start_uid(uidvalidity)
        while not self._stop.is_set():
            self._wake.clear()
            read_started = utcnow()  # before the SEARCH: all mail that arrived earlier is in it
            last = self._fetch_new(box, uidvalidity, last, emit)
            emit(WatchEvent("synced", key, uidvalidity, read_started=read_started))
            if idle:
                self._idle_wait(box)
            else:
                self._wake.wait(self.poll_interval_s)
                self._wake.clear()

    def _clock_offset(self, box: MailBox | MailBoxUnencrypted) -> float | None:
        """Server clock minus ours, from the INTERNALDATE of a probe message (±1 s)."""
        client = box.client
        try:
            with contextlib.suppress(imaplib.IMAP4.error):
                client.create(CLOCK_FOLDER)
            before = utcnow()
            typ, _ = client.append(CLOCK_FOLDER, None, None, _CLOCK_PROBE)
            after = utcnow()
            if typ != "OK":
                return None
            client.select(CLOCK_FOLDER)
            typ, data = client.fetch("1:*", "(INTERNALDATE)")
            dates = [
                m.group(1)
                for d in data
                if isinstance(d, bytes)
                for m in [_META["date"].search(d)]
                if m
            ]
            client.store("1:*", "+FLAGS", "(\\Deleted)")
            client.expunge()
            if not dates:
                return None
            server = parse_internaldate(dates[-1].decode())
            ours = before + (after - before) / 2
            # INTERNALDATE is truncated to the second: on average 0.5 s early.
            return round((server - ours).total_seconds() + 0.5, 3)
        finally:
            client.select(self.account.folder)

    def _readable(self, box: MailBox | MailBoxUnencrypted, timeout: float) -> bool:
        sock = box.client.sock
        if isinstance(sock, ssl.SSLSocket) and sock.pending():
            return True
        old = sock.gettimeout()
        sock.settimeout(0)
        try:
            buffered = box.client.file
            if isinstance(buffered, io.BufferedReader) and buffered.peek(1):  # imaplib's buffer
                return True
        except (BlockingIOError, ssl.SSLWantReadError):
            pass
        finally:
            sock.settimeout(old)
        ready, _, _ = select.select([sock], [], [], timeout)
        return bool(ready)

    def _idle_wait(self, box: MailBox | MailBoxUnencrypted) -> None:
        box.idle.start()
        deadline = time.monotonic() + self.idle_renew_s
        try:
            while not self._stop.is_set() and time.monotonic() < deadline:
                if self._wake.is_set():
                    return
                if self._readable(box, 0.25):
                    line = box.client._get_line()  # raises IMAP4.abort on EOF
                    if line.startswith(b"* ") and not line.startswith(b"* OK"):
                        return
        finally:
            box.idle.stop()

    def _fetch_new(
        self,
        box: MailBox | MailBoxUnencrypted,
        uidvalidity: int,
        last: int,
        emit: Callable[[WatchEvent], None],
    ) -> int:
        typ, data = box.client.uid("SEARCH", f"UID {last + 1}:*")
        if typ != "OK":
            raise WatchError(f"UID SEARCH failed: {typ}")
        uids = sorted(int(u) for u in b" ".join(d for d in data if d).split() if int(u) > last)
        for start in range(0, len(uids), self.fetch_chunk):
            chunk = uids[start : start + self.fetch_chunk]
            messages = self._fetch(box, uidvalidity, chunk)
            if messages:
                emit(WatchEvent("messages", self.account.key(), uidvalidity, tuple(messages)))
            last = max(last, *chunk)
        return last

    def _fetch(
        self, box: MailBox | MailBoxUnencrypted, uidvalidity: int, uids: list[int]
    ) -> list[IncomingMessage]:
        spec = f"(UID RFC822.SIZE INTERNALDATE BODY.PEEK[]<0.{self.max_fetch_bytes}>)"
        typ, data = box.client.uid("FETCH", ",".join(map(str, uids)), spec)
        if typ != "OK":
            raise WatchError(f"UID FETCH failed: {typ}")
        out: list[IncomingMessage] = []
        for index, item in enumerate(data):
            if not isinstance(item, tuple):
                continue
            meta = item[0]
            trailer = data[index + 1] if index + 1 < len(data) else b""
            if isinstance(trailer, bytes):
                meta += trailer
            found = {k: rx.search(meta) for k, rx in _META.items()}
            if not (found["uid"] and found["date"]):
                continue
            size = int(found["size"].group(1)) if found["size"] else len(item[1])
            raw = item[1]
            out.append(
                parse_message(
                    raw,
                    account=self.account.key(),
                    uidvalidity=uidvalidity,
                    uid=int(found["uid"].group(1)),
                    internaldate=parse_internaldate(found["date"].group(1).decode()),
                    size=size,
                    truncated=size > len(raw),
                )
            )
        return out
