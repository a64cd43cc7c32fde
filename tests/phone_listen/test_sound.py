"""Frame classification and segments on synthesised call audio."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from probes.phone.hearing import FRAME_S, SAMPLE_RATE_HZ
from probes.phone.segments import Boundary, Segmenter
from probes.phone.sound import Sound, SoundClassifier
from tests.phone_listen.calls import AGENT_VOICES, IVR_VOICE, busy, music, noise, ringback, speech
from tests.phone_listen.scenarios import GREETINGS, MENUS


def labels(samples: np.ndarray) -> Counter[Sound]:
    pcm = np.clip(samples, -32768, 32767).astype("<i2").tobytes()
    step = int(FRAME_S * SAMPLE_RATE_HZ) * 2
    classifier = SoundClassifier()
    out: list[tuple[float, Sound]] = []
    for i in range(0, len(pcm) - step + 1, step):
        out.extend(classifier.push(pcm[i : i + step], i / 2 / SAMPLE_RATE_HZ))
    out.extend(classifier.flush())
    return Counter(label for _, label in out)


def most(counts: Counter[Sound], ignore: Sound | None = Sound.SILENCE) -> Sound:
    return next(label for label, _ in counts.most_common() if label != ignore)


@pytest.mark.parametrize(
    ("audio", "expected"),
    [
        (lambda: speech(MENUS[0], IVR_VOICE), Sound.SPEECH),
        (lambda: speech(GREETINGS[0], AGENT_VOICES[0]), Sound.SPEECH),
        (lambda: speech(GREETINGS[1], AGENT_VOICES[1]), Sound.SPEECH),
        (lambda: music(6.0, 0), Sound.MUSIC),
        (lambda: music(6.0, 1), Sound.MUSIC),
        (lambda: music(6.0, 2), Sound.MUSIC),
        (lambda: ringback(6.0), Sound.TONE),
        (lambda: busy(4.0), Sound.TONE),
    ],
    ids=["ivr", "agent-m3", "agent-f2", "chords", "pluck", "triangle", "ringback", "busy"],
)
def test_sounds_are_told_apart(audio, expected) -> None:
    assert most(labels(audio())) == expected


def test_silence_and_line_noise_are_silence() -> None:
    quiet = labels(np.zeros(SAMPLE_RATE_HZ * 2, dtype=np.float32))
    hiss = labels(noise(3.0, level=0.01))
    assert set(quiet) == {Sound.SILENCE}
    assert most(hiss, ignore=None) == Sound.SILENCE


def test_speech_with_short_pauses_is_one_segment_and_a_long_pause_splits_it() -> None:
    segmenter = Segmenter()
    timeline = [Sound.SPEECH] * 50 + [Sound.SILENCE] * 20 + [Sound.SPEECH] * 50
    timeline += [Sound.SILENCE] * 100 + [Sound.SPEECH] * 30 + [Sound.SILENCE] * 10
    out: list[Boundary] = []
    for i, label in enumerate(timeline):
        out.extend(segmenter.push(i * FRAME_S, label))
    out.extend(segmenter.finish())
    opened = [b.at_s for b in out if b.opened]
    assert [b.kind for b in out] == [Sound.SPEECH] * 4
    assert opened == [0.0, pytest.approx(220 * FRAME_S)]


def test_music_interrupted_by_speech_closes_then_reopens() -> None:
    segmenter = Segmenter()
    timeline = [Sound.MUSIC] * 100 + [Sound.SPEECH] * 60 + [Sound.MUSIC] * 100
    out: list[Boundary] = []
    for i, label in enumerate(timeline):
        out.extend(segmenter.push(i * FRAME_S, label))
    out.extend(segmenter.finish())
    assert [(b.kind, b.opened) for b in out] == [
        (Sound.MUSIC, True),
        (Sound.MUSIC, False),
        (Sound.SPEECH, True),
        (Sound.SPEECH, False),
        (Sound.MUSIC, True),
        (Sound.MUSIC, False),
    ]
