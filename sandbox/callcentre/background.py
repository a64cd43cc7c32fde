"""The call centre in a background thread with its own event loop (`audit demo`, benchmarks).

`with BackgroundCallCentre(folder) as centre: centre.port` — the port is free and on
loopback; the thread ends when the block does.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from types import TracebackType

from sandbox.callcentre.lines import Lines
from sandbox.callcentre.server import CallCentre, Timeline
from sandbox.callcentre.voices import Voices

START_TIMEOUT_S = 120.0
"""Rendering every prompt (flite, espeak-ng) happens before the first call (slow machines)."""


class BackgroundCallCentre:
    """A `CallCentre` served from its own thread."""

    def __init__(
        self, sounds: Path, timelines: Path | None = None, lines: Lines | None = None
    ) -> None:
        self._sounds = sounds
        self._timelines = timelines
        self._lines = lines
        self._loop: asyncio.AbstractEventLoop | None = None
        self._centre: CallCentre | None = None
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The centre's SIP port on 127.0.0.1."""
        assert self._centre is not None, "call centre not started"
        return self._centre.port

    @property
    def timelines(self) -> list[Timeline]:
        """The ground truth of the calls ended so far (a copy)."""
        assert self._centre is not None
        return list(self._centre.timelines)

    def start(self) -> BackgroundCallCentre:
        """Start the thread; returns once the centre answers calls."""
        self._thread = threading.Thread(target=self._run, name="sandbox-calls", daemon=True)
        self._thread.start()
        if not self._ready.wait(START_TIMEOUT_S) or self._error is not None:
            raise RuntimeError(f"call centre failed to start: {self._error!r}")
        return self

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # reported to the starting thread
            self._error = exc
            self._ready.set()

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        centre = CallCentre(Voices(self._sounds), self._lines, self._timelines)
        await centre.start()
        self._centre = centre
        self._ready.set()
        try:
            await self._stop.wait()
        finally:
            await centre.stop()

    def stop(self) -> None:
        """Stop the centre and wait for its thread."""
        if self._loop is not None and self._stop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(10.0)
        self._thread = None

    def __enter__(self) -> BackgroundCallCentre:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
