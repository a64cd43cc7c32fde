"""What each 20 ms frame of call audio sounds like: silence, a tone, music or speech.

Two stages, both cheap enough for many calls at once on one core:

1. `probes.phone.frame_features` measures one frame: its level (dBFS), whether
   WebRTC's voice activity detector hears a voice in it (`webrtcvad`, a few microseconds
   a frame, works at 8 kHz natively), how much of its energy sits in one or two narrow
   spectral peaks (tones), and its log spectrum.
2. `SoundClassifier` labels each frame from the features of the last ~1.5 s: a frame
   below the level floor is `SILENCE`; a steady frame whose energy is in call-progress
   frequencies (ringback 440+480 / 400+450 / 425, busy 480+620, dial 350+440) or a DTMF
   pair is `TONE`; otherwise the window decides between `SPEECH` and `MUSIC`:
   speech has syllables (the level dips between them: many low-level frames, a
   4-8 Hz rhythm) and a spectrum that keeps changing, music holds notes (a spectrum
   that stays put for tenths of a second, steady level, little silence inside).

The label of a frame is known ~0.75 s after it arrives (half the window); listeners
stamp events with the frame's own offset, so the lag never shows in the timeline.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from probes.phone.frame_features import SILENCE_DBFS, FrameAnalyser, FrameFeatures, is_tone


class Sound(StrEnum):
    """What a stretch of call audio is."""

    SILENCE = "silence"
    TONE = "tone"
    MUSIC = "music"
    SPEECH = "speech"


CONTEXT_FRAMES = 75
"""Frames of context (1.5 s) around the frame being labelled, half each side."""
_TONE_STEADY_FRAMES = 2
"""A tone frame needs this many frames each side with the same tone (tones are steady)."""


class SoundClassifier:
    """Labels frames from a sliding 1.5 s window; `push` returns labels as they settle."""

    def __init__(self) -> None:
        self._analyser = FrameAnalyser()
        self._frames: deque[FrameFeatures] = deque(maxlen=CONTEXT_FRAMES)
        self._levels: deque[float] = deque(maxlen=CONTEXT_FRAMES)
        self._voiced: deque[float] = deque(maxlen=CONTEXT_FRAMES)
        self._similar: deque[float] = deque(maxlen=CONTEXT_FRAMES)
        """Cosine similarity of each sounding frame's spectrum to the previous one's."""
        self._previous: np.ndarray | None = None
        self._pending: deque[float] = deque()
        self._half = CONTEXT_FRAMES // 2

    def push(self, pcm: bytes, at_s: float) -> list[tuple[float, Sound]]:
        """Add a frame received at `at_s`; return (offset, label) of frames now settled."""
        frame = self._analyser.features(pcm)
        self._frames.append(frame)
        self._levels.append(frame.level_dbfs)
        sounding = frame.level_dbfs > SILENCE_DBFS
        self._voiced.append(float(frame.voiced) if sounding else np.nan)
        similar = np.nan
        if sounding:
            shape = frame.log_spectrum - frame.log_spectrum.mean()
            shape /= float(np.linalg.norm(shape)) + 1e-9
            if self._previous is not None:
                similar = float(shape @ self._previous)
            self._previous = shape
        else:
            self._previous = None  # a new sound after silence is not "change"
        self._similar.append(similar)
        self._pending.append(at_s)
        out: list[tuple[float, Sound]] = []
        if len(self._pending) > self._half:
            centre = len(self._frames) - 1 - self._half
            out.append((self._pending.popleft(), self._label(centre)))
        return out

    def flush(self) -> list[tuple[float, Sound]]:
        """Label the frames still waiting for context (end of call)."""
        out: list[tuple[float, Sound]] = []
        n = len(self._pending)
        for k in range(n):
            centre = len(self._frames) - n + k
            out.append((self._pending.popleft(), self._label(centre)))
        return out

    def _label(self, centre: int) -> Sound:
        frame = self._frames[centre]
        if frame.level_dbfs <= SILENCE_DBFS:
            return Sound.SILENCE
        lo, hi = centre - _TONE_STEADY_FRAMES, centre + _TONE_STEADY_FRAMES + 1
        if (
            lo >= 0
            and hi <= len(self._frames)
            and all(is_tone(self._frames[i]) for i in range(lo, hi))
        ):
            return Sound.TONE
        window = Window(np.array(self._levels), np.array(self._voiced), np.array(self._similar))
        if speech_score(window) > 0.5:
            return Sound.MUSIC if window.held_note(centre) else Sound.SPEECH
        if window.is_noise():
            return Sound.SILENCE
        return Sound.MUSIC


@dataclass(frozen=True)
class Window:
    """Per-frame measurements of ~1.5 s of audio (NaN where a frame is silent)."""

    levels: np.ndarray
    voiced: np.ndarray
    similar: np.ndarray

    @property
    def sounding(self) -> int:
        """Frames above the silence floor."""
        return int(np.count_nonzero(self.levels > SILENCE_DBFS))

    def duty(self) -> float:
        """The VAD's duty cycle among sounding frames."""
        return float(np.nanmean(self.voiced)) if self.sounding else 0.0

    def loud(self) -> float:
        """The window's loud level: its 90th percentile frame level (dBFS)."""
        k = int(0.9 * (len(self.levels) - 1))
        return float(np.partition(self.levels, k)[k])

    def change(self) -> float:
        """1 - mean cosine similarity of consecutive sounding frames' log spectra, over
        frames within 20 dB of the loud level (quieter ones are mostly line noise)."""
        keep = ~np.isnan(self.similar) & (self.levels > self.loud() - 20.0)
        known = self.similar[keep]
        return float(1.0 - known.mean()) if known.size else 0.0

    def dips(self) -> float:
        """Share of frames 15 dB below the window's loud level."""
        return float(np.mean(self.levels < self.loud() - 15.0))

    def held_note(self, centre: int) -> bool:
        """The frame at `centre` holds a note of music that speech is about to follow
        or has just followed: its spectrum barely moves, and neither does one half of
        the window. (At a boundary the whole window would otherwise read as speech.)"""
        local = self.similar[max(0, centre - 1) : centre + 3]
        local = local[~np.isnan(local)]
        if local.size < 2 or float(local.mean()) < 0.85:
            return False
        halves = (
            (self.similar[: centre + 1], self.similar[max(0, centre - 10) : centre + 1]),
            (self.similar[centre:], self.similar[centre + 1 : centre + 11]),
        )
        for half, joint in halves:
            # The note must run on into this frame: no silence between them.
            if np.isnan(joint).any():
                continue
            known = half[~np.isnan(half)]
            if known.size >= 10 and float(1.0 - known.mean()) < 0.15:
                return True
        return False

    def is_noise(self) -> bool:
        """Hiss or line noise: sounding, but with neither voice nor notes."""
        if self.sounding < 5:
            return True
        return self.duty() < 0.5 and self.change() > 0.5


def speech_score(window: Window) -> float:
    """How speech-like (0 or 1) a window is, against music and noise.

    Measured over 1.5 s windows of the synthesised calls (5th-95th percentiles):
    frames 15 dB below the loud level (gaps between syllables) are 0.23-0.55 of
    speech and 0.03-0.08 of music; spectral change is 0.18-0.43 for speech, 0.02-0.09
    for clean music and up to 0.21 for music under line hiss, ~0.8 for noise. So
    the gaps decide, and change and the VAD's duty cycle (noise has none) veto
    silence-edged music and hiss.
    """
    if window.sounding < 5:
        return 0.0
    change = window.change()
    if window.duty() < 0.5 or not 0.12 < change < 0.65:
        return 0.0
    return 1.0 if window.dips() > 0.15 else 0.0
