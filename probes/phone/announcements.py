"""Recognising recorded announcements from what they say.

A prompt or hold announcement is transcribed offline (`pocketsphinx` and the US English
acoustic model and language model shipped inside its wheel; the 8 kHz call audio is
resampled to the model's 16 kHz) and the transcript is matched against phrase rules:
"your call is important", "the estimated wait is ...", "press 1 for a callback".

Only English has a model that ships in a package; for other languages
`make_transcriber` returns None and the listener falls back to timing rules alone
(music, DTMF and turn-taking), so `wait_announced` and `callback_offered` are not
detected there.

PocketSphinx is weak on narrowband synthetic speech: the rules therefore look for
single telling words as well as whole phrases, and a missed phrase only costs the
`wait_announced`/`callback_offered` flags, never the timing of hold or agent.

On the espeak-ng voices of the sandbox and the tests it finds none of them. Tried and
measured (issue 15), none of which helped: default beams instead of the narrow ones
(same gibberish, 0.5 CPU s per s); band-limited resampling (scipy `resample_poly`)
instead of linear interpolation; the model's front end moved to 8 kHz (a copy of the
model with `-upperf 3500`, `samprate=8000`, `nfft=256`: worse); espeak-ng rendered
straight at 16 kHz, full band (still gibberish: the acoustic model does not know
formant-synthesised voices, the sample rate is not the cause); keyword spotting
(`keyphrase`/`kws`): the long phrases never fire even at a 1e-60 threshold, and the
short ones ("in the queue", "called back", "wait time") score as high on menus and
greetings as on the announcements, so no threshold separates them; phone-loop
(`allphone`) decoding: phones unrelated to the text; a JSGF grammar of the phrases in
a loop of filler words: over 10x slower than real time (stopped). It is kept for
recordings of human voices, which the model was trained on (not measured: the tests
have no such recording).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

import numpy as np

WAIT_RULE = re.compile(
    r"\b(estimated|expected|approximate|current)\b.{0,20}\bwait|\bwait(ing)? time|"
    r"\bcallers? ahead\b|\bin (the )?queue\b|\bminutes?\b"
)
CALLBACK_RULE = re.compile(r"\bcall ?back\b|\bcall you back\b|\breturn your call\b")
HOLD_RULE = re.compile(
    r"\bimportant\b|\bplease (continue to )?hold\b|\b(remain|stay) on the line\b|"
    r"\bnext available\b"
)
MENU_RULE = re.compile(r"\bpress\b|\boptions?\b")


@dataclass(frozen=True)
class Reading:
    """What a transcript says, by the phrase rules."""

    text: str
    wait: bool
    callback: bool
    recorded: bool
    """It sounds like a machine: a hold line or a menu."""


def read_transcript(text: str) -> Reading:
    """Apply the phrase rules to a transcript (any case)."""
    low = " ".join(text.lower().split())
    wait = bool(WAIT_RULE.search(low))
    callback = bool(CALLBACK_RULE.search(low))
    recorded = wait or callback or bool(HOLD_RULE.search(low) or MENU_RULE.search(low))
    return Reading(low, wait, callback, recorded)


class Transcriber(Protocol):
    """Offline speech to text for one stretch of call audio."""

    def transcribe(self, pcm: bytes) -> str:
        """Text of 8 kHz s16le mono `pcm` (empty when nothing was recognised)."""
        ...


DECODER_SETTINGS: dict[str, object] = {
    "beam": 1e-30,
    "pbeam": 1e-30,
    "wbeam": 1e-20,
    "maxhmmpf": 3000,
    "topn": 4,
    "fwdflat": False,
    "bestpath": False,
}
"""Narrower beams, one pass: ~4x cheaper than the defaults for the same words on
8 kHz audio (measured on the synthesised announcements)."""
MAX_SECONDS = 10
"""Only the first seconds of a turn are transcribed (announcements say it early)."""


class SphinxTranscriber:
    """PocketSphinx with its bundled US English model; the decoder loads on first use."""

    def __init__(self) -> None:
        self._decoder: object | None = None

    def transcribe(self, pcm: bytes) -> str:
        """Decode one utterance (resampled 8 -> 16 kHz by linear interpolation)."""
        from pocketsphinx import Decoder

        samples = np.frombuffer(pcm, dtype="<i2").astype(np.float32)[: MAX_SECONDS * 8000]
        if samples.size < 800:
            return ""
        if self._decoder is None:
            self._decoder = Decoder(loglevel="FATAL", **DECODER_SETTINGS)
        decoder = self._decoder
        assert isinstance(decoder, Decoder)
        upsampled = np.interp(np.arange(2 * samples.size) / 2.0, np.arange(samples.size), samples)
        decoder.start_utt()
        decoder.process_raw(upsampled.astype("<i2").tobytes(), full_utt=True)
        decoder.end_utt()
        hyp = decoder.hyp()
        return hyp.hypstr if hyp is not None else ""


def make_transcriber(language: str) -> Transcriber | None:
    """The offline transcriber for `language` (ISO 639-1), or None where none ships."""
    if language.lower().split("-")[0] != "en":
        return None
    try:
        import pocketsphinx  # noqa: F401
    except ImportError:
        return None
    return SphinxTranscriber()
