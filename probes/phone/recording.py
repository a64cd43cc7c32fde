"""The call's evidence: a stereo WAV, what we heard on the left, what we sent on the right."""

from __future__ import annotations

import wave
from array import array
from pathlib import Path

from probes.phone.hearing import SAMPLE_RATE_HZ


class CallRecording:
    """Both directions of a call, each frame placed at the time it crossed the wire.

    A frame goes where its time says, or right after the previous frame of its
    direction when network jitter made it early: no overlap, gaps stay silent.
    """

    def __init__(self) -> None:
        self._tracks = (array("h"), array("h"))
        self._t0: float | None = None

    def start(self, t0: float) -> None:
        """Time 0 of the recording (the dial), in loop time."""
        self._t0 = t0

    def add(self, direction: int, pcm: bytes, at: float) -> None:
        """Add a frame (direction 0 received, 1 sent) that crossed the wire at loop time `at`."""
        if self._t0 is None:
            return
        track = self._tracks[direction]
        frame = array("h")
        frame.frombytes(pcm)
        position = max(len(track), round((at - self._t0) * SAMPLE_RATE_HZ) - len(frame))
        if position > len(track):
            track.extend(array("h", [0]) * (position - len(track)))
        track.extend(frame)

    @property
    def seconds(self) -> float:
        """The recording's length."""
        return max(len(t) for t in self._tracks) / SAMPLE_RATE_HZ

    def save(self, path: Path) -> Path:
        """Write the stereo WAV (8 kHz, 16-bit) to `path`."""
        left, right = self._tracks
        n = max(len(left), len(right))
        both = array("h", [0]) * (2 * n)
        both[0 : 2 * len(left) : 2] = left
        both[1 : 2 * len(right) : 2] = right
        path.parent.mkdir(parents=True, exist_ok=True)
        with wave.open(str(path), "wb") as out:
            out.setnchannels(2)
            out.setsampwidth(2)
            out.setframerate(SAMPLE_RATE_HZ)
            out.writeframes(both.tobytes())
        return path
