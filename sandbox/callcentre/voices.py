"""The call centre's sounds, rendered once: prompts spoken by flite, music made by sox.

English is spoken by `flite`'s CMU Arctic voices, which pocketsphinx's bundled model
transcribes from 8 kHz call audio (espeak-ng's formant voices it cannot: issue 15,
measured in probes/phone/announcements.py). The IVR is the male `awb`, the agent the
female `slt`, so probes/phone/voice.py tells them apart by pitch. Other languages, and
English when flite is missing, are spoken by espeak-ng (a male IVR and a female agent
again); announcements in espeak-ng are then not recognised, only timed.

Everything is 8 kHz 16-bit mono PCM (what G.711 carries). Renders are cached by
content in a folder, so a second start of the call centre costs nothing.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import wave
from dataclasses import dataclass
from pathlib import Path

from probes.errors import OurSideError
from probes.phone.audio import tone


@dataclass(frozen=True)
class Voice:
    """A speaker: a flite voice for English, an espeak-ng variant for the rest."""

    flite: str
    """CMU Arctic voice of `flite -lv` (English only)."""
    espeak: str
    """espeak-ng variant ("+m3"), appended to the language: other languages, or no flite."""


IVR_VOICE = Voice(flite="awb", espeak="+m3")
"""The recorded-announcement voice."""
AGENT_VOICE = Voice(flite="slt", espeak="+f3")
"""The live agent's voice (another speaker from the menus, higher by about an octave)."""


TRIM_LEADING_SILENCE = ["silence", "1", "0.02", "-50d"]
"""sox effect: start at the first sound (flite leads with 0.2-0.3 s of silence, which
would put the ground truth of a prompt before anyone can hear it)."""


def speech_command(text: str, voice: Voice, out: Path, language: str = "en-us") -> list[str]:
    """The command that speaks `text` into the WAV file `out`: flite for English when it
    is installed, else espeak-ng in `language` (an espeak-ng language, e.g. "de")."""
    if language.lower().startswith("en") and shutil.which("flite") is not None:
        return ["flite", "-voice", voice.flite, "-o", str(out), "-t", text]
    return ["espeak-ng", "-v", language + voice.espeak, "-s", "165", "-w", str(out), text]


_MELODY = "C4 E4 G4 C5 B4 G4 E4 D4 F4 A4 C5 A4 G4 E4 D4 C4".split()  # noqa: SIM905


class SoundError(OurSideError):
    """flite, espeak-ng or sox is missing or failed (run scripts/setup.sh)."""


def _run(args: list[str]) -> None:
    if shutil.which(args[0]) is None:
        raise SoundError(f"{args[0]} is not installed (scripts/setup.sh installs it)")
    done = subprocess.run(args, capture_output=True, timeout=60, check=False)
    if done.returncode != 0:
        raise SoundError(f"{args[0]} failed: {done.stderr.decode(errors='replace')[:200]}")


def read_pcm(path: Path) -> bytes:
    """The PCM frames of a WAV file."""
    with wave.open(str(path), "rb") as wav:
        return wav.readframes(wav.getnframes())


class Voices:
    """Renders and caches the sounds in `folder`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self._memory: dict[str, bytes] = {}

    def _cached(self, key: str, make: object) -> bytes:
        if key in self._memory:
            return self._memory[key]
        path = self.folder / f"{hashlib.sha256(key.encode()).hexdigest()[:20]}.wav"
        if not path.exists():
            tmp = path.with_suffix(".tmp.wav")
            make(tmp)  # type: ignore[operator]
            tmp.replace(path)
        pcm = read_pcm(path)
        self._memory[key] = pcm
        return pcm

    def speech(self, text: str, voice: Voice = IVR_VOICE, language: str = "en-us") -> bytes:
        """`text` spoken by `voice` in `language` (`speech_command`), as 8 kHz PCM."""
        raw_name = "raw.wav"
        command = speech_command(text, voice, Path(raw_name), language)

        def make(out: Path) -> None:
            raw = out.with_suffix(".raw.wav")
            _run([str(raw) if arg == raw_name else arg for arg in command])
            _run(["sox", str(raw), "-r", "8000", "-c", "1", "-b", "16", str(out),
                  *TRIM_LEADING_SILENCE])  # fmt: skip
            raw.unlink(missing_ok=True)

        return self._cached(f"speech|trimmed|{' '.join(command)}", make)

    def music(self) -> bytes:
        """About 5 s of hold music (a plucked melody over a soft pad), to be looped."""

        def make(out: Path) -> None:
            notes = []
            for i, note in enumerate(_MELODY):
                path = out.with_name(f"{out.stem}-n{i}.wav")
                _run(["sox", "-n", "-r", "8000", "-c", "1", "-b", "16", str(path),
                      "synth", "0.3", "pluck", note, "vol", "0.6"])  # fmt: skip
                notes.append(str(path))
            melody = out.with_name(f"{out.stem}-melody.wav")
            _run(["sox", *notes, str(melody)])
            pad = out.with_name(f"{out.stem}-pad.wav")
            _run(["sox", "-n", "-r", "8000", "-c", "1", "-b", "16", str(pad),
                  "synth", "4.8", "sine", "C3", "vol", "0.15"])  # fmt: skip
            _run(["sox", "-m", str(melody), str(pad), str(out)])
            for path_text in [*notes, str(melody), str(pad)]:
                Path(path_text).unlink(missing_ok=True)

        return self._cached("music|v1", make)

    @staticmethod
    def ringback(seconds: float = 2.0) -> bytes:
        """North American ringback (440 + 480 Hz), heard while a transfer rings."""
        return tone((440.0, 480.0), seconds, level=0.15)

    @staticmethod
    def silence(seconds: float) -> bytes:
        """`seconds` of silence."""
        return bytes(2 * int(seconds * 8000))
