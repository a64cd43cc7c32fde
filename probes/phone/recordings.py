"""Recognising a recording played again: hold systems repeat their announcements.

A recording is remembered by its loudness envelope (level in dB per 20 ms frame over
its first `PRINT_S` seconds). A later stretch of speech whose envelope correlates with a
remembered one (Pearson r >= `MATCH_R`, aligned within +-0.5 s: an onset after music or
hiss is found up to a few hundred ms late) is the same recording again: a machine,
whatever the language, without a transcript. A person never says a sentence with the
same rhythm and loudness twice (unrelated sentences correlate at ~0.5 at best).
"""

from __future__ import annotations

import numpy as np

from probes.phone.hearing import FRAME_S, SAMPLE_RATE_HZ

PRINT_S = 2.5
MATCH_R = 0.8
_MIN_S = 1.2
_FLOOR_DBFS = -42.0
"""Quieter frames count as silence (line hiss would otherwise blur the pauses)."""
_SHIFT_FRAMES = 25
_FRAME = int(FRAME_S * SAMPLE_RATE_HZ)


def envelope(pcm: bytes) -> np.ndarray:
    """Level (dBFS, floored) of each 20 ms frame of the first `PRINT_S` seconds."""
    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0
    n = min(len(samples), int(PRINT_S * SAMPLE_RATE_HZ)) // _FRAME
    if n == 0:
        return np.zeros(0, dtype=np.float32)
    frames = samples[: n * _FRAME].reshape(n, _FRAME)
    rms = np.sqrt(np.mean(frames * frames, axis=1)) + 1e-9
    return np.maximum(20.0 * np.log10(rms), _FLOOR_DBFS).astype(np.float32)


def _correlation(a: np.ndarray, b: np.ndarray) -> float:
    best = -1.0
    for shift in range(-_SHIFT_FRAMES, _SHIFT_FRAMES + 1):
        x, y = (a[shift:], b) if shift >= 0 else (a, b[-shift:])
        n = min(len(x), len(y))
        if n * FRAME_S < _MIN_S:
            continue
        x, y = x[:n], y[:n]
        if x.std() < 1e-3 or y.std() < 1e-3:
            continue
        best = max(best, float(np.corrcoef(x, y)[0, 1]))
    return best


class RecordingMemory:
    """The recordings heard so far in one call."""

    def __init__(self) -> None:
        self._prints: list[np.ndarray] = []

    def remember(self, pcm: bytes) -> None:
        """Keep the envelope of a stretch known to be a recording."""
        env = envelope(pcm)
        if len(env) * FRAME_S >= _MIN_S:
            self._prints.append(env)

    def heard_before(self, pcm: bytes) -> bool:
        """Whether `pcm` starts like a recording remembered earlier."""
        env = envelope(pcm)
        return any(_correlation(env, known) >= MATCH_R for known in self._prints)
