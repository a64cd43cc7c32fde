"""Running a `Hearing` in its own process, so listening never holds up the call.

A listener that transcribes can hold the interpreter for seconds (a speech decoder
in C keeps the GIL); in the dialer's process that would stall RTP, SIP and DTMF and
skew every timestamp. So the hearing lives in a child process: frames, DTMF notes
and the final `finish` go to it in order through a pipe (written by a feeder thread,
so a busy child never blocks the event loop); settled events come back on the loop
as soon as they are sent. The child is made by `factory`, which must be picklable
(a module-level function, class or `functools.partial` of one).
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import queue
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from probes.dialer import CallEvent
from probes.phone.hearing import Hearing

HearingFactory = Callable[[str], Hearing]
"""Makes a fresh `Hearing` for a call in the given language (ISO 639-1, e.g. "de");
picklable: it is called in the child."""
EventSink = Callable[[list[CallEvent]], None]
REAP_S = 5.0
"""How long a closed hearing's process may take to end before it is killed."""
_CONTEXT = multiprocessing.get_context("spawn")


def _serve(conn: Connection, factory: HearingFactory, language: str) -> None:
    """The child: build the hearing, answer each message with the events it settled."""
    try:
        hearing = factory(language)
        conn.send(("ready",))
        while True:
            item = conn.recv()
            if item[0] == "feed":
                if events := hearing.feed(item[1], item[2]):
                    conn.send(("events", [e.model_dump(mode="json") for e in events]))
            elif item[0] == "dtmf":
                hearing.dtmf_sent(item[1], item[2])
            elif item[0] == "finish":
                last = hearing.finish(item[1], item[2])
                conn.send(("finished", [e.model_dump(mode="json") for e in last]))
                return
            else:
                return
    except (EOFError, OSError):
        return
    except Exception as exc:
        with contextlib.suppress(OSError):
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


class HearingWorker:
    """A `Hearing` for a call in `language`, in a child process; `on_events` runs on the
    loop with each batch."""

    def __init__(
        self,
        factory: HearingFactory,
        language: str,
        on_events: EventSink,
        on_error: Callable[[str], None],
    ) -> None:
        self._on_events = on_events
        self._on_error = on_error
        self._loop = asyncio.get_running_loop()
        self._conn, child = _CONTEXT.Pipe()
        self._process = _CONTEXT.Process(
            target=_serve, args=(child, factory, language), daemon=True
        )
        self._process.start()
        child.close()
        self._ready = self._loop.create_future()
        self._finished: asyncio.Future[list[CallEvent]] = self._loop.create_future()
        self._outbox: queue.SimpleQueue[tuple[Any, ...] | None] = queue.SimpleQueue()
        self._feeder = threading.Thread(target=self._feed, name="hearing-feed", daemon=True)
        self._feeder.start()
        self._loop.add_reader(self._conn.fileno(), self._read)

    async def ready(self, timeout_s: float) -> None:
        """Wait until the child has built its hearing (models loaded)."""
        await asyncio.wait_for(asyncio.shield(self._ready), timeout_s)

    def feed(self, pcm: bytes, at_s: float) -> None:
        """Queue one received frame."""
        self._outbox.put(("feed", pcm, at_s))

    def dtmf_sent(self, digits: str, at_s: float) -> None:
        """Queue the note that we sent `digits` (after the frames already queued)."""
        self._outbox.put(("dtmf", digits, at_s))

    async def finish(
        self, at_s: float, they_hung_up: bool = False, timeout_s: float = 120.0
    ) -> list[CallEvent]:
        """Let the hearing hear everything queued, then finish it; its last events."""
        self._outbox.put(("finish", at_s, they_hung_up))
        return await asyncio.wait_for(asyncio.shield(self._finished), timeout_s)

    def _feed(self) -> None:
        while (item := self._outbox.get()) is not None:
            try:
                self._conn.send(item)
            except (OSError, ValueError):
                return
            if item[0] == "finish":
                return

    def _read(self) -> None:
        try:
            while self._conn.poll():
                message = self._conn.recv()
                self._handle(message)
        except (EOFError, OSError):
            self._loop.remove_reader(self._conn.fileno())
            if not self._finished.done():
                self._on_error("the listening process ended unexpectedly")
                self._finished.set_result([])

    def _handle(self, message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind == "ready" and not self._ready.done():
            self._ready.set_result(None)
        elif kind == "events":
            self._on_events([CallEvent.model_validate(e) for e in message[1]])
        elif kind == "finished" and not self._finished.done():
            self._finished.set_result([CallEvent.model_validate(e) for e in message[1]])
        elif kind == "error":
            self._on_error(str(message[1]))
            if not self._ready.done():
                self._ready.set_result(None)
            if not self._finished.done():
                self._finished.set_result([])

    def close(self) -> None:
        """Stop the child and the feeder (after `finish`, or when the call failed).

        Returns at once: the child is joined (killed after `REAP_S`) on a thread of its own,
        not on the event loop every concurrent call shares (a join there held it 0.08 s at the
        median and 0.44 s at most on a loaded machine, 8 hearings).
        """
        self._outbox.put(None)
        with contextlib.suppress(ValueError, OSError):
            self._loop.remove_reader(self._conn.fileno())
        threading.Thread(target=self._reap, name="hearing-reap", daemon=True).start()

    def _reap(self) -> None:
        self._process.join(REAP_S)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(REAP_S)
        self._conn.close()
