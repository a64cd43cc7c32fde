"""What one 20 ms frame of call audio measures: the first stage of `probes.phone.sound`.

`FrameAnalyser.features` measures a frame: its level (dBFS), whether WebRTC's voice
activity detector hears a voice in it (`webrtcvad`, a few microseconds a frame, works at
8 kHz natively), how much of the last 80 ms's energy sits in one or two narrow spectral
peaks, and its log spectrum. The peaks are checked against the call-progress tones
(ringback 440+480 / 400+450 / 425, busy 480+620, dial 350+440) and the DTMF pairs
(`is_tone`, `tone_name`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import webrtcvad

SAMPLE_RATE_HZ = 8000
FRAME_SAMPLES = 160
_FFT_N = 256
_WINDOW = np.hanning(FRAME_SAMPLES).astype(np.float32)
_FREQS = np.fft.rfftfreq(_FFT_N, 1 / SAMPLE_RATE_HZ)
_BAND = (_FREQS >= 200) & (_FREQS <= 3600)
# Tones are measured over 80 ms (4 frames) for 12.5 Hz resolution: ringback's 440 and
# 480 Hz are one bin apart in a single 20 ms frame.
_TONE_FRAMES = 4
_TONE_FFT_N = 1024
_TONE_WINDOW = np.hanning(FRAME_SAMPLES * _TONE_FRAMES).astype(np.float32)
_TONE_FREQS = np.fft.rfftfreq(_TONE_FFT_N, 1 / SAMPLE_RATE_HZ)
_TONE_BAND = (_TONE_FREQS >= 300) & (_TONE_FREQS <= 1700)
SILENCE_DBFS = -48.0
"""Frames quieter than this are silence (G.711 line noise sits near -60 dBFS)."""
_CALL_PROGRESS_PAIRS = ((350.0, 440.0), (440.0, 480.0), (480.0, 620.0), (400.0, 450.0))
"""Dial tone, ringback (North America), busy / reorder, ringback (UK)."""
_SINGLE_TONES_HZ = (400.0, 425.0, 440.0, 450.0)
"""Single-frequency ringback and busy tones (Europe, elsewhere)."""
_DTMF_LOW_HZ = (697.0, 770.0, 852.0, 941.0)
_DTMF_HIGH_HZ = (1209.0, 1336.0, 1477.0, 1633.0)
_HZ_TOLERANCE = 15.0


@dataclass(frozen=True, slots=True)
class FrameFeatures:
    """Measurements of one 20 ms frame."""

    level_dbfs: float
    voiced: bool
    peak_share: float
    """Share of the last 80 ms's energy in its two strongest spectral peaks between 300
    and 1700 Hz (1.0 = pure call-progress or DTMF tones)."""
    peaks_hz: tuple[float, ...]
    log_spectrum: np.ndarray


def _is_call_progress(peaks_hz: tuple[float, ...]) -> bool:
    def near(f: float, table: tuple[float, ...]) -> bool:
        return any(abs(f - t) <= _HZ_TOLERANCE for t in table)

    if len(peaks_hz) == 1:
        return near(peaks_hz[0], _SINGLE_TONES_HZ)
    if len(peaks_hz) != 2:
        return False
    low, high = peaks_hz
    if any(near(low, (a,)) and near(high, (b,)) for a, b in _CALL_PROGRESS_PAIRS):
        return True
    return near(low, _DTMF_LOW_HZ) and near(high, _DTMF_HIGH_HZ)


def tone_name(pcm: bytes) -> str | None:
    """Which tone the first 80 ms of `pcm` (8 kHz s16le) hold: "ringback", "busy", "dial",
    "dtmf", or None (no steady call-progress tone). Single frequencies (400-450 Hz, Europe's
    tones) read as ringback: their busy cadence is too short to follow a menu."""
    n = FRAME_SAMPLES * _TONE_FRAMES
    samples = np.frombuffer(pcm[: 2 * n], dtype="<i2").astype(np.float32) / 32768.0
    samples = np.pad(samples, (0, n - samples.size))
    power = np.abs(np.fft.rfft(samples * _TONE_WINDOW, _TONE_FFT_N)) ** 2
    share, peaks = _peak_share(power * _TONE_BAND, float(power.sum()) + 1e-12)
    if share < 0.85 or not _is_call_progress(peaks):
        return None
    if len(peaks) == 1 or _near_pair(peaks, ((440.0, 480.0), (400.0, 450.0))):
        return "ringback"
    if _near_pair(peaks, ((480.0, 620.0),)):
        return "busy"
    if _near_pair(peaks, ((350.0, 440.0),)):
        return "dial"
    return "dtmf"


def _near_pair(peaks_hz: tuple[float, ...], pairs: tuple[tuple[float, float], ...]) -> bool:
    return len(peaks_hz) == 2 and any(
        abs(peaks_hz[0] - a) <= _HZ_TOLERANCE and abs(peaks_hz[1] - b) <= _HZ_TOLERANCE
        for a, b in pairs
    )


def is_tone(frame: FrameFeatures) -> bool:
    """Whether a frame's last 80 ms hold a steady call-progress or DTMF tone."""
    return frame.peak_share >= 0.85 and _is_call_progress(frame.peaks_hz)


class FrameAnalyser:
    """Measures frames; holds the VAD's state, so one per call."""

    def __init__(self, vad_mode: int = 2) -> None:
        self._vad = webrtcvad.Vad(vad_mode)
        self._recent = np.zeros(FRAME_SAMPLES * _TONE_FRAMES, dtype=np.float32)

    def features(self, pcm: bytes) -> FrameFeatures:
        """Measure one frame of 160 s16le samples (shorter frames are zero-padded)."""
        if len(pcm) != FRAME_SAMPLES * 2:
            pcm = pcm[: FRAME_SAMPLES * 2].ljust(FRAME_SAMPLES * 2, b"\0")
        samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0
        rms = float(np.sqrt(np.mean(samples * samples)) + 1e-9)
        level = 20.0 * np.log10(rms)
        power = np.abs(np.fft.rfft(samples * _WINDOW, _FFT_N)) ** 2
        band = power * _BAND
        self._recent = np.concatenate([self._recent[FRAME_SAMPLES:], samples])
        share = 0.0
        peaks: tuple[float, ...] = ()
        if level > SILENCE_DBFS:
            long_power = np.abs(np.fft.rfft(self._recent * _TONE_WINDOW, _TONE_FFT_N)) ** 2
            total = float(long_power.sum()) + 1e-12
            share, peaks = _peak_share(long_power * _TONE_BAND, total)
        voiced = level > SILENCE_DBFS and self._vad.is_speech(pcm, SAMPLE_RATE_HZ)
        log_spectrum = np.log10(band[_BAND] + 1e-10).astype(np.float32)
        return FrameFeatures(level, voiced, share, peaks, log_spectrum)


def _peak_share(band: np.ndarray, total: float) -> tuple[float, tuple[float, ...]]:
    """Energy share of the two strongest peaks (each +-4 bins) and their frequencies."""
    work = band.copy()
    peaks: list[float] = []
    captured = 0.0
    for _ in range(2):
        i = int(np.argmax(work))
        if work[i] <= 0 or work[i] < 0.05 * total:
            break
        lo, hi = max(0, i - 4), min(len(work), i + 5)
        captured += float(work[lo:hi].sum())
        work[lo:hi] = 0.0
        # Parabolic interpolation sharpens the 31 Hz bins to a few Hz.
        a, b, c = (band[i - 1], band[i], band[i + 1]) if 0 < i < len(band) - 1 else (0, 1, 0)
        denom = a - 2 * b + c
        offset = 0.5 * (a - c) / denom if denom else 0.0
        peaks.append(float((i + offset) * SAMPLE_RATE_HZ / _TONE_FFT_N))
    return captured / total, tuple(sorted(peaks))
