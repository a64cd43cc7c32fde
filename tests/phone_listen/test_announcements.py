"""Announcements: phrase rules on transcripts, offline transcription, repeated recordings."""

from __future__ import annotations

import random
import shutil

import numpy as np
import pytest

from probes.dialer import CallEventKind
from probes.phone.announcements import SphinxTranscriber, make_transcriber, read_transcript
from probes.phone.listener import Listener, make_hearing
from probes.phone.recordings import RecordingMemory
from tests.phone_listen import scenarios
from tests.phone_listen.calls import AGENT_VOICES, IVR_VOICE, kinds, play, speech


@pytest.mark.parametrize(
    ("text", "wait", "callback", "recorded"),
    [
        ("your call is important to us please continue to hold", False, False, True),
        ("the estimated wait time is five minutes", True, False, True),
        ("there are three callers ahead of you", True, False, True),
        ("you are number three in the queue", True, False, True),
        # what the model hears of that sentence in the flite awb voice, at every offset tried
        ("your mom but they had the queue", True, False, True),
        ("the estimated weight by this is five minutes", True, False, True),
        ("to be called back when an agent is free press one", False, True, True),
        # what the model hears when the offer follows a key press or music (flite awb)
        ("the people back when an agent is free press one", False, True, True),
        ("welcome back please hold for the next available agent", False, False, True),
        ("press one instead of waiting on hold", False, True, True),
        ("press one for a callback", False, True, True),
        ("Press 1 and we will CALL YOU BACK", False, True, True),
        ("hello this is sam how can i help you today", False, False, False),
    ],
)
def test_phrase_rules(text: str, wait: bool, callback: bool, recorded: bool) -> None:
    reading = read_transcript(text)
    assert (reading.wait, reading.callback, reading.recorded) == (wait, callback, recorded)


def test_english_gets_the_bundled_model_and_other_languages_timing_rules() -> None:
    assert isinstance(make_transcriber("en"), SphinxTranscriber)
    assert isinstance(make_transcriber("en-GB"), SphinxTranscriber)
    assert make_transcriber("de") is None
    assert make_transcriber("fr") is None


@pytest.mark.slow
def test_the_bundled_model_transcribes_8khz_call_audio() -> None:
    transcriber = SphinxTranscriber()
    assert transcriber.transcribe(b"\0" * 320) == ""  # too short: the model is not loaded
    clip = speech(scenarios.WAIT.format(n=5), IVR_VOICE)
    assert transcriber.transcribe(clip.astype("<i2").tobytes()).strip()


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("flite") is None, reason="flite speaks the IVR (setup.sh)")
@pytest.mark.parametrize(
    ("text", "wait", "callback"),
    [
        (scenarios.WAIT.format(n=5), True, False),
        (scenarios.IMPORTANT + " " + scenarios.WAIT.format(n=3), True, False),
        (scenarios.CALLBACK, False, True),
        ("To be called back when an agent is free, press 1.", False, True),
        ("You are number three in the queue.", True, False),
    ],
)
def test_the_ivr_voice_announcing_a_wait_or_a_callback_is_understood(
    text: str, wait: bool, callback: bool
) -> None:
    # A call's audio starts wherever the frame boundary falls; the recogniser's hypothesis can
    # change with the alignment (on one machine's install, "You are number three in the queue"
    # aligned to the sample is heard "you are bombarded with you", and "... in the queue" at the
    # 27 other offsets of 1-29 ms tried). The announcement must be understood at 4 of 5 offsets.
    clip = speech(text, IVR_VOICE).astype("<i2")
    transcriber = SphinxTranscriber()
    readings = [
        read_transcript(transcriber.transcribe(np.concatenate([np.zeros(8 * ms, "<i2"), clip])))
        for ms in (1, 2, 3, 4, 5)
    ]
    understood = [(r.wait, r.callback) == (wait, callback) for r in readings]
    assert sum(understood) >= 4, [r.text for r in readings]


class ScriptedTranscriber:
    """Stands in for the recogniser's accuracy (not its plumbing): says what was said."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.heard: list[int] = []

    def transcribe(self, pcm: bytes) -> str:
        self.heard.append(len(pcm))
        return self.texts.pop(0) if self.texts else ""


def test_transcribed_announcements_become_wait_and_callback_events() -> None:
    script = scenarios.menu_hold_agent(
        random.Random(11), ring_s=0.0, hold_s=18.0, announce_every_s=3.5, connecting=False
    )
    transcriber = ScriptedTranscriber(
        [
            "for orders press one",
            "the estimated wait time is three minutes",
            "press one for a callback",
        ]
    )
    events = play(Listener(transcriber), script)
    assert kinds(events).count("wait_announced") == 1
    assert kinds(events).count("callback_offered") == 1
    assert all(n > 0 for n in transcriber.heard)
    hold = next(e.at_s for e in events if e.kind == CallEventKind.HOLD_STARTED)
    wait = next(e for e in events if e.kind == CallEventKind.WAIT_ANNOUNCED)
    assert wait.at_s > hold
    # the transcript is kept as evidence on the events of the turn that said it
    assert wait.detail == "heard: the estimated wait time is three minutes"
    prompt = next(e for e in events if e.kind == CallEventKind.IVR_PROMPT)
    assert prompt.detail == "heard: for orders press one"


def test_a_recording_is_recognised_when_played_again_and_a_person_is_not() -> None:
    memory = RecordingMemory()
    announcement = speech(scenarios.IMPORTANT, IVR_VOICE).astype("<i2").tobytes()
    memory.remember(announcement)
    assert memory.heard_before(announcement)
    assert memory.heard_before(b"\0" * 800 + announcement[:-800])  # 50 ms late
    greeting = speech(scenarios.GREETINGS[0], AGENT_VOICES[0]).astype("<i2").tobytes()
    other = speech(scenarios.CONNECTING, IVR_VOICE).astype("<i2").tobytes()
    assert not memory.heard_before(greeting)
    assert not memory.heard_before(other)


NOT_ANNOUNCEMENTS = (
    *scenarios.MENUS,
    scenarios.WELCOME,
    scenarios.CONNECTING,
    scenarios.TRANSFERRING,
    scenarios.CLOSED,
    "Please listen carefully as our menu options have changed.",
)


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_ANNOUNCEMENTS)
def test_menus_and_prompts_are_not_read_as_a_wait_or_a_callback(text: str) -> None:
    pcm = speech(text, IVR_VOICE).astype("<i2").tobytes()
    reading = read_transcript(SphinxTranscriber().transcribe(pcm))
    assert not reading.wait and not reading.callback, reading.text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "voice"), list(zip(scenarios.GREETINGS, AGENT_VOICES, strict=False))
)
def test_agent_greetings_are_not_read_as_a_wait_or_a_callback(
    text: str, voice: tuple[str, int]
) -> None:
    pcm = speech(text, voice).astype("<i2").tobytes()
    reading = read_transcript(SphinxTranscriber().transcribe(pcm))
    assert not reading.wait and not reading.callback, reading.text


@pytest.mark.slow
def test_a_call_with_menus_and_reassurance_only_announces_nothing() -> None:
    script = scenarios.menu_hold_agent(
        random.Random(5), menus=3, hold_s=20.0, announce_every_s=5.0,
        wait_minutes=None, callback=False,
    )  # fmt: skip
    events = play(make_hearing("en"), script)
    assert "agent_answered" in kinds(events)  # the call was heard through to the person
    assert "wait_announced" not in kinds(events)
    assert "callback_offered" not in kinds(events)
