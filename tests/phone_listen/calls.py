"""Synthesised calls with known ground truth, for the listener's tests and benchmark.

Speech is spoken by the sandbox call centre's IVR voice (`flite`'s rms, or espeak-ng
without flite: `sandbox.callcentre.voices`) and by several `espeak-ng` agents, and
converted to 8 kHz by `sox`; ringback, busy tone and hold music are `sox synth`
(chords and a melody, looped like hold music is); silence and line noise are added
where asked. A `CallScript` appends parts to a timeline and notes the events a
perfect listener reports, with the offset where each truly happens.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
import wave
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from probes.dialer import CallEvent, CallEventKind
from probes.phone.hearing import FRAME_S, SAMPLE_RATE_HZ, Hearing
from sandbox.callcentre.voices import IVR_VOICE as IVR_VOICE
from sandbox.callcentre.voices import TRIM_LEADING_SILENCE, Voice, speech_command

RATE = SAMPLE_RATE_HZ
AGENT_VOICES = (("en-us+m3", 150), ("en-gb+f2", 155), ("en-us+f3", 145), ("en+m1", 160))
_NOTES = {
    "C": (("C4", "E4", "G4"), ("E4", "G4", "C5")),
    "F": (("F3", "A3", "C4"), ("A3", "C4", "F4")),
    "G": (("G3", "B3", "D4"), ("B3", "D4", "G4")),
    "Am": (("A3", "C4", "E4"), ("C4", "E4", "A4")),
}


def tools_present() -> bool:
    """Whether espeak-ng and sox are installed (scripts/setup.sh installs both)."""
    return shutil.which("espeak-ng") is not None and shutil.which("sox") is not None


def _cache_dir() -> Path:
    path = Path(tempfile.gettempdir()) / "service-audit-phone-clips"
    path.mkdir(exist_ok=True)
    return path


def _read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path)) as w:
        return np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float32)


def _cached(key: str, make: list[list[str]]) -> np.ndarray:
    """Run the commands (the last writes `{out}`) once per key; return the 8 kHz samples."""
    out = _cache_dir() / (hashlib.sha256(key.encode()).hexdigest()[:20] + ".wav")
    if not out.exists():
        tmp = out.with_suffix(".part.wav")
        raw = out.with_suffix(".raw.wav")
        for cmd in make:
            args = [a.format(out=str(tmp), raw=str(raw)) for a in cmd]
            subprocess.run(args, check=True, capture_output=True, timeout=60)
        tmp.replace(out)
        raw.unlink(missing_ok=True)
    return _read_wav(out)


def speech(text: str, voice: Voice | tuple[str, int]) -> np.ndarray:
    """`text` spoken in `voice` (the call centre's, or espeak-ng's (name, words a
    minute)), at 8 kHz."""
    convert = ["sox", "{raw}", "-r", str(RATE), "-b", "16", "-c", "1", "{out}", "vol", "0.7"]
    if isinstance(voice, Voice):
        render = speech_command(text, voice, Path("{raw}"))
        convert += TRIM_LEADING_SILENCE  # as the call centre does
    else:
        name, speed = voice
        render = ["espeak-ng", "-v", name, "-s", str(speed), "-w", "{raw}", text]
    return _cached("|".join(["speech", *render, *convert]), [render, convert])


def _synth(key: str, effects: list[str]) -> np.ndarray:
    return _cached(key, [["sox", "-n", "-r", str(RATE), "-b", "16", "-c", "1", "{out}", *effects]])


def ringback(seconds: float) -> np.ndarray:
    """North American ringback: 440+480 Hz, 2 s on, 4 s off, cut to `seconds`."""
    on = _synth("ring-on", ["synth", "2", "sine", "440", "sine", "480", "remix", "-", "vol", "0.3"])
    cycle = np.concatenate([on, np.zeros(4 * RATE, dtype=np.float32)])
    reps = int(np.ceil(seconds / 6.0)) + 1
    return np.tile(cycle, reps)[: int(seconds * RATE)]


def busy(seconds: float) -> np.ndarray:
    """Busy tone: 480+620 Hz, 0.5 s on, 0.5 s off."""
    on = _synth(
        "busy-on", ["synth", "0.5", "sine", "480", "sine", "620", "remix", "-", "vol", "0.3"]
    )
    cycle = np.concatenate([on, np.zeros(RATE // 2, dtype=np.float32)])
    return np.tile(cycle, int(np.ceil(seconds)) + 1)[: int(seconds * RATE)]


def music(seconds: float, style: int = 0) -> np.ndarray:
    """Hold music: a chord progression (style 0, 2) or a plucked melody over chords (1)."""
    progression = [("C", "G", "Am", "F"), ("F", "C", "G", "C"), ("Am", "F", "C", "G")][style % 3]
    effects: list[str] = []
    for i, chord in enumerate(progression * 2):
        voicing = _NOTES[chord][i % 2]
        wave_kind = "pluck" if style % 3 == 1 else ("triangle" if style % 3 == 2 else "sine")
        part = ["synth", "0.9"]
        for note in voicing:
            part += [wave_kind, note]
        if effects:
            effects.append(":")
        effects += [*part, "remix", "-", "fade", "0.02", "0.9", "0.05", "vol", "0.25"]
    loop = _synth(f"music|{style}", effects)
    reps = int(np.ceil(seconds * RATE / len(loop))) + 1
    return np.tile(loop, reps)[: int(seconds * RATE)]


def noise(seconds: float, level: float = 0.002, seed: int = 0) -> np.ndarray:
    """Line hiss (white noise; level 0.002 ~ -57 dBFS rms)."""
    rng = np.random.default_rng(seed)
    return (rng.standard_normal(round(seconds * RATE)) * level * 32768).astype(np.float32)


@dataclass
class CallScript:
    """A call's received audio, built part by part, with the true events and DTMF sent."""

    parts: list[np.ndarray] = field(default_factory=list)
    truth: list[CallEvent] = field(default_factory=list)
    dtmf: list[tuple[float, str]] = field(default_factory=list)
    hiss: float = 0.0

    @property
    def now(self) -> float:
        """Seconds of audio so far."""
        return sum(len(p) for p in self.parts) / RATE

    def add(self, samples: np.ndarray) -> float:
        """Append audio; return the offset where it starts."""
        at = self.now
        self.parts.append(samples.astype(np.float32))
        return at

    def silence(self, seconds: float) -> float:
        """Append silence."""
        return self.add(np.zeros(int(seconds * RATE), dtype=np.float32))

    def mark(self, kind: CallEventKind, at_s: float) -> None:
        """Note a true event."""
        self.truth.append(CallEvent(kind=kind, at_s=round(at_s, 3)))

    def press(self, digits: str, after_s: float = 0.6) -> None:
        """The shopper's side sends DTMF `after_s` after the audio so far."""
        self.silence(after_s)
        self.dtmf.append((self.now, digits))

    def samples(self) -> np.ndarray:
        """The whole call, hiss added, clipped to 16 bits."""
        audio = np.concatenate(self.parts) if self.parts else np.zeros(0, dtype=np.float32)
        if self.hiss:
            audio = audio + noise(len(audio) / RATE, self.hiss, seed=len(audio))
        return np.clip(audio, -32768, 32767).astype("<i2")


def play(hearing: Hearing, script: CallScript, they_hung_up: bool = False) -> list[CallEvent]:
    """Feed the call to `hearing` frame by frame, DTMF notes at their offsets; the call
    ends when the script does (`they_hung_up`: ended by the far end)."""
    pcm = script.samples().tobytes()
    step = int(FRAME_S * RATE) * 2
    dtmf = sorted(script.dtmf)
    events: list[CallEvent] = []
    at = 0.0
    for i in range(0, len(pcm) - step + 1, step):
        at = i / 2 / RATE
        while dtmf and dtmf[0][0] <= at:
            hearing.dtmf_sent(dtmf.pop(0)[1], at)
        events.extend(hearing.feed(pcm[i : i + step], at))
    events.extend(hearing.finish(at + FRAME_S, they_hung_up))
    return sorted(events, key=lambda e: e.at_s)


def kinds(events: Sequence[CallEvent]) -> list[str]:
    """The event kinds in order, for readable assertions."""
    return [str(e.kind) for e in events]
