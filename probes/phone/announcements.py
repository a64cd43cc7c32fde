"""Recognising recorded announcements from what they say.

A prompt or hold announcement is transcribed offline (`pocketsphinx` and the US English
acoustic model and language model shipped inside its wheel; the 8 kHz call audio is
resampled to the model's 16 kHz) and the transcript is matched against phrase rules:
"your call is important", "the estimated wait is ...", "press 1 for a callback".

Only English has a model that ships in a package; for other languages
`make_transcriber` returns None and the listener falls back to timing rules alone
(music, DTMF and turn-taking), so `wait_announced` and `callback_offered` are not
detected there.

The model reads human-like voices over the phone well and formant-synthesised ones
not at all. Measured (issue 15) on the sandbox's and the tests' 38 texts (4 wait
announcements, 3 callback offers, 31 menus, greetings, reassurances and closed-hours
messages), each rendered, sent through 8 kHz mu-law and transcribed here: espeak-ng
(en-us, en-us+f3) 0/4 waits, 0/3 callbacks (gibberish transcripts, at any sample rate,
with keyword spotting, phone-loop decoding or a JSGF grammar too); flite's CMU Arctic
voices rms 4/4 and 3/3, awb 4/4 and 3/3, kal16 3/4 and 3/3, slt 1/4 and 0/3; no false
wait or callback on any of the 31 others, for any voice. What made the difference after
the voice: the decoder's default beams (the narrow beams once used here to save CPU
garble rms's transcripts: 3/4 and 1/3 at 0.06 CPU s per s of audio), and callback
rules for the phrasings offers use ("called back", "instead of waiting");
"estimated weight" is the homophone heard under line hiss.
The second and third decoding passes (`fwdflat`, `bestpath`) are off: the same words at
about 0.2 instead of 0.3 CPU s per s of audio. The sandbox call centre and the tests speak
their IVR in awb (sandbox/callcentre/voices.py): rms's smoother spectrum was read as
music in places by probes/phone/sound.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

import numpy as np

WAIT_RULE = re.compile(
    r"\b(estimated|expected|approximate|current)\b.{0,20}\b(wait|weight)|\bwait(ing)? time|"
    # a place in the queue: the model hears "number three in the queue" as "... had the queue"
    r"\bcallers? ahead\b|\b(in|the) queue\b|\bqueue position\b|\bminutes?\b"
)
CALLBACK_RULE = re.compile(
    r"\bcall(ed)? ?(you )?back\b|\breturn your call\b|\binstead of (waiting|holding)\b|"
    # "(to be called) back when an agent is free": the model often mishears "be called"
    r"\bback when (an? |the )?(next )?(agent|advis[eo]r|representative|person)\b|"
    r"\b(keep|keeping|lose|losing) your place\b"
)
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


DECODER_SETTINGS: dict[str, object] = {"fwdflat": False, "bestpath": False}
"""The default beams, one pass (see the module docstring for what was measured)."""
MAX_SECONDS = 20
"""Only the first seconds of a turn are transcribed: enough for an announcement that
follows a menu without a pause (the sandbox's calls have turns of 13 s), and a bound
on the decoder's time (~0.2 CPU s per s)."""


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
