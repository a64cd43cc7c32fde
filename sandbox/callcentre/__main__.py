"""Run the sandbox call centre alone: python -m sandbox.callcentre SOUNDS_DIR TIMELINES_DIR.

Prints `PORT <n>` once it answers calls (SIP over UDP on 127.0.0.1), then serves until
its standard input closes; each call's ground truth goes to TIMELINES_DIR as JSON.
Benchmarks run it in its own process, as a real call centre is, so its clock is never
held up by the dialer's listening.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from sandbox.callcentre.server import CallCentre
from sandbox.callcentre.voices import Voices


async def main(sounds: Path, timelines: Path) -> None:
    """Serve until standard input reaches its end."""
    centre = CallCentre(Voices(sounds), timelines_dir=timelines)
    await centre.start()
    print(f"PORT {centre.port}", flush=True)
    await asyncio.to_thread(sys.stdin.read)
    await centre.stop()


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), Path(sys.argv[2])))
