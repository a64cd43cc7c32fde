"""The end of a prompt by its sound level: something was heard, then a pause.

This is how a caller knows it is their turn, whatever was said; it needs no idea of
speech or music, so the IVR steps never wait for the listener's verdict.
"""

from __future__ import annotations

from array import array

from probes.phone.hearing import FRAME_S

SOUND_RMS = 300.0
"""A frame louder than this (RMS of s16 samples, about -40 dBFS) is sound."""


def rms(pcm: bytes) -> float:
    """The root mean square of s16le samples."""
    samples = array("h")
    samples.frombytes(pcm)
    if not samples:
        return 0.0
    return float((sum(x * x for x in samples) / len(samples)) ** 0.5)


class PauseAfterSound:
    """Tells when, since `expect()` was called, sound was heard and then `quiet_s` of quiet."""

    def __init__(self) -> None:
        self._quiet_s: float | None = None
        self._sound = False
        self._quiet_since: float | None = None
        self._done = False

    def expect(self, quiet_s: float) -> None:
        """Start listening for the next pause of `quiet_s` after sound."""
        self._quiet_s = quiet_s
        self._sound = False
        self._quiet_since = None
        self._done = False

    def feed(self, pcm: bytes, at_s: float) -> bool:
        """Take one frame; True when this frame completed the pause."""
        if self._quiet_s is None or self._done:
            return False
        if rms(pcm) >= SOUND_RMS:
            self._sound = True
            self._quiet_since = None
            return False
        if not self._sound:
            return False
        if self._quiet_since is None:
            self._quiet_since = at_s
        if at_s + FRAME_S - self._quiet_since >= self._quiet_s - 1e-6:
            self._done = True
            return True
        return False

    def heard(self) -> bool:
        """Whether the pause expected has come."""
        return self._done
