"""Telling the IVR's recorded voice from another speaker, by pitch.

A hold announcement can run straight into the agent's first words (a moment of music
between them is too short to be heard as music), so the two read as one turn of speech
that starts with the announcement. What tells them apart is the voice: the call's
recordings are spoken by one voice, heard in every prompt before. Each voiced 40 ms
window gets its pitch (autocorrelation, 60-400 Hz, in semitones); the recorded voice is
the range of pitch of the call's recordings (10th to 90th percentile), and a turn that
starts in that voice and then stays outside its range (by `MIN_APART_ST`, for `HOLD_S` of
voiced speech) changed speaker where the other voice began. Held notes (a pitch that
does not move for `_NOTE_S`: music, which no voice does) are left out. Voices of one
pitch range are not told apart: the turn is then read as before, one speaker.
"""

from __future__ import annotations

import numpy as np

from probes.phone.hearing import SAMPLE_RATE_HZ

_WINDOW = 320
_HOP = 160
_HOP_S = _HOP / SAMPLE_RATE_HZ
_MIN_LAG = SAMPLE_RATE_HZ // 400
_MAX_LAG = SAMPLE_RATE_HZ // 60
_VOICED_R = 0.5
"""Normalised autocorrelation at the period above which a window is voiced."""
_LOUD_DB = -40.0
MIN_APART_ST = 1.5
"""Pitch distance (semitones) outside the recorded voice's range that is another voice."""
HOLD_S = 0.6
"""Voiced speech (in windows) the other voice must keep, to be a new speaker."""
_NOTE_S = 0.12
_PAUSE_S = 0.2
_NOTE_ST = 0.15


def pitch_track(pcm: bytes, start_s: float = 0.0) -> list[tuple[float, float]]:
    """(offset, pitch in semitones above 100 Hz) of each voiced 40 ms window of `pcm`
    (8 kHz s16le), every 20 ms; `start_s` is the offset of `pcm`'s first sample."""
    x = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0
    n = (x.size - _WINDOW) // _HOP + 1
    if n <= 0:
        return []
    frames = x[np.arange(n)[:, None] * _HOP + np.arange(_WINDOW)[None, :]]
    frames = frames - frames.mean(axis=1, keepdims=True)
    energy = (frames * frames).sum(axis=1)
    level = 10.0 * np.log10(energy / _WINDOW + 1e-12)
    spectrum = np.fft.rfft(frames, 2 * _WINDOW)
    ac = np.fft.irfft(np.abs(spectrum) ** 2, 2 * _WINDOW)[:, : _MAX_LAG + 2]
    r = ac / (ac[:, :1] + 1e-12)
    search = r[:, _MIN_LAG : _MAX_LAG + 1]
    best = search.max(axis=1)
    # The shortest lag close to the best one: a period's multiples correlate as well.
    lag = np.argmax(search >= 0.9 * best[:, None], axis=1) + _MIN_LAG
    voiced = (best > _VOICED_R) & (level > _LOUD_DB)
    out: list[tuple[float, float]] = []
    for i in np.flatnonzero(voiced):
        k = int(lag[i])
        a, b, c = r[i, k - 1], r[i, k], r[i, k + 1]
        denom = a - 2 * b + c
        period = k + (0.5 * (a - c) / denom if denom else 0.0)
        hz = SAMPLE_RATE_HZ / max(period, 1.0)
        out.append((start_s + i * _HOP_S, float(12.0 * np.log2(hz / 100.0))))
    return out


def without_held_notes(track: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """`track` without its held notes: runs of `_NOTE_S` or more whose pitch stays within
    `_NOTE_ST` (music holds a note; a voice's pitch always glides)."""
    out: list[tuple[float, float]] = []
    run: list[tuple[float, float]] = []
    for point in [*track, (float("inf"), float("nan"))]:
        if run and point[0] - run[-1][0] <= _HOP_S * 1.5 and abs(point[1] - run[0][1]) <= _NOTE_ST:
            run.append(point)
            continue
        if run and run[-1][0] - run[0][0] < _NOTE_S:
            out.extend(run)
        run = [point]
    return out


class VoiceMemory:
    """The pitch of the call's recorded voice (its prompts and announcements)."""

    def __init__(self) -> None:
        self._pitches: list[float] = []

    def remember(self, pcm: bytes) -> None:
        """Add a stretch known to be the recorded voice."""
        self._pitches.extend(p for _, p in without_held_notes(pitch_track(pcm)))
        del self._pitches[:-3000]

    @property
    def pitch_range(self) -> tuple[float, float] | None:
        """The recorded voice's usual pitch (10th, 90th percentile, semitones above
        100 Hz), once enough of it was heard."""
        if len(self._pitches) < 50:
            return None
        low, high = np.percentile(self._pitches, [10, 90])
        return float(low), float(high)

    def other_voice_from(self, pcm: bytes, start_s: float) -> float | None:
        """Where, in a turn of speech `pcm` starting at `start_s`, a voice other than the
        recorded one takes over (for good), when the turn starts in the recorded voice;
        else None."""
        known = self.pitch_range
        if known is None:
            return None
        track = without_held_notes(pitch_track(pcm, start_s))
        need = max(1, round(HOLD_S / _HOP_S))
        if len(track) < 2 * need:
            return None
        low, high = known[0] - MIN_APART_ST, known[1] + MIN_APART_ST
        other = np.array([not low <= p <= high for _, p in track])
        if other[:need].mean() > 0.3:
            return None  # it does not start in the recorded voice
        for i in range(need, len(track) - need + 1):
            if other[i] and other[i : i + need].mean() >= 0.8 and other[i:].mean() >= 0.7:
                return _after_pause(track, other, i, need)
        return None


def _after_pause(track: list[tuple[float, float]], other: np.ndarray, i: int, need: int) -> float:
    """Where the other voice begins, near window `i`: after the longest pause (`_PAUSE_S`
    or more, unvoiced or music) among its first windows, else at `i` (the recorded voice's
    own last syllables can stray out of its range just before a pause)."""
    best, gap = i, _PAUSE_S
    for j in range(max(i, 1), min(i + need, len(track))):
        if other[j] and track[j][0] - track[j - 1][0] >= gap:
            best, gap = j, track[j][0] - track[j - 1][0]
    return track[best][0]
