"""Telling the IVR's recorded voice from another speaker, by pitch.

A hold announcement can run straight into the agent's first words (a moment of music
between them is too short to be heard as music), so the two read as one turn of speech
that starts with the announcement. What tells them apart is the voice: the call's
recordings are spoken by one voice, heard in every prompt before. Each voiced 40 ms
window gets its pitch (autocorrelation, 60-400 Hz, in semitones); the recorded voice is
the median pitch of the call's recordings, and a turn that starts in that voice and then
stays in another (`MIN_APART_ST` away, for `HOLD_S` of voiced speech) changed speaker
where the other voice began. Voices of one pitch are not told apart: the turn is then
read as before, one speaker.
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
MIN_APART_ST = 4.0
"""Pitch distance (semitones) between the recorded voice and another speaker."""
HOLD_S = 0.6
"""Voiced speech (in windows) the other voice must keep, to be a new speaker."""


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


class VoiceMemory:
    """The pitch of the call's recorded voice (its prompts and announcements)."""

    def __init__(self) -> None:
        self._pitches: list[float] = []

    def remember(self, pcm: bytes) -> None:
        """Add a stretch known to be the recorded voice."""
        self._pitches.extend(p for _, p in pitch_track(pcm))
        del self._pitches[:-3000]

    @property
    def pitch(self) -> float | None:
        """The recorded voice's median pitch (semitones), once enough of it was heard."""
        return float(np.median(self._pitches)) if len(self._pitches) >= 50 else None

    def other_voice_from(self, pcm: bytes, start_s: float) -> float | None:
        """Where, in a turn of speech `pcm` starting at `start_s`, a voice other than the
        recorded one takes over (for good), when the turn starts in the recorded voice;
        else None."""
        reference = self.pitch
        if reference is None:
            return None
        track = pitch_track(pcm, start_s)
        need = max(1, round(HOLD_S / _HOP_S))
        if len(track) < 2 * need:
            return None
        other = np.array([abs(p - reference) > MIN_APART_ST for _, p in track])
        if other[:need].mean() > 0.3:
            return None  # it does not start in the recorded voice
        for i in range(need, len(track) - need + 1):
            if other[i] and other[i : i + need].mean() >= 0.8 and other[i:].mean() >= 0.7:
                return track[i][0]
        return None
