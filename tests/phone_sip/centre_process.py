"""The sandbox call centre in a process of its own, as a real call centre is.

In the test process the centre would share the dialer's event loop (and its stalls on a
busy machine): a late prompt on one side makes a late key press on the other, and the IVR
then takes a call somewhere its test did not mean to go. `python -m sandbox.callcentre`
serves as `benchmarks/phone_timing.py` runs it; each call's ground truth is read from the
JSON file the centre writes when the call ends, matched by SIP Call-ID.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

from probes.dialer import CallEvent
from sandbox.callcentre.background import START_TIMEOUT_S
from sandbox.callcentre.server import Timeline

POLL_S = 0.1


class CentreProcess:
    """`python -m sandbox.callcentre` on loopback: its SIP port and its calls' ground truth."""

    def __init__(self, sounds: Path, timelines: Path) -> None:
        self.timelines = timelines
        self._process = subprocess.Popen(
            [sys.executable, "-m", "sandbox.callcentre", str(sounds), str(timelines)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline()  # after every sound is rendered
        if not line.startswith("PORT "):
            self.close()
            raise RuntimeError(f"the call centre did not start: {line!r}")
        self.port = int(line.split()[1])

    def _ended(self, call_id: str) -> Timeline | None:
        for path in sorted(self.timelines.glob("*.json")):
            row = json.loads(path.read_text(encoding="utf-8"))
            if row["call_id"] == call_id:
                events = [CallEvent.model_validate(e) for e in row["events"]]
                return Timeline(row["number"], row["company"], call_id, row["started"], events)
        return None

    async def timeline_of(self, call_id: str, timeout_s: float) -> Timeline:
        """The ground truth of call `call_id` once it has ended (at most `timeout_s`)."""
        async with asyncio.timeout(timeout_s):
            while (found := self._ended(call_id)) is None:
                await asyncio.sleep(POLL_S)
        return found

    def close(self) -> None:
        """End the centre (it serves until its standard input closes)."""
        assert self._process.stdin is not None
        self._process.stdin.close()
        try:
            self._process.wait(START_TIMEOUT_S / 4)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
