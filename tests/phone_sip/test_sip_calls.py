"""Real SIP calls to the sandbox call centre: signalling, DTMF both ways, recording, limits.

The hearing here is a trivial energy detector (tests/phone_sip/energy_hearing.py), so
these tests check the dialer and the call centre; the classifier's events are tested
with the listener in test_listened_calls.py. No assertion reads a duration. Every call
of the module is placed at once (`CALLS`, tests/phone_sip/placed.py); each test reads its
own.
"""

from __future__ import annotations

import wave
from array import array
from collections.abc import AsyncIterator

import pytest

from probes.dialer import CallEventKind, call_metrics
from probes.phone.account import DialPlan, SipAccount
from probes.phone.ivr import IvrScript, IvrStep
from sandbox.callcentre.server import CallCentre
from tests.phone_sip.conftest import (
    BUSY,
    CENTRE_PASSWORD,
    CENTRE_USER,
    CLOSED,
    NO_ANSWER,
    QUICK,
)
from tests.phone_sip.energy_hearing import LanguageHearing
from tests.phone_sip.placed import Dial, PlacedCalls, place

pytestmark = pytest.mark.phone

MENU = IvrScript(
    steps=(IvrStep(wait_for="prompt", timeout_s=10), IvrStep(press="2")),
    max_call_s=14.0,
    stay_after_agent_s=0.5,
)
CALLS = {
    "menu-rfc4733": Dial(QUICK, MENU, DialPlan(dtmf="rfc4733")),
    "menu-inband": Dial(QUICK, MENU, DialPlan(dtmf="inband"), recorded=True),
    "no-key": Dial(QUICK, IvrScript(steps=(), max_call_s=60.0)),
    "wrong-key": Dial(
        QUICK,
        IvrScript(
            steps=(IvrStep(wait_for="prompt", timeout_s=10), IvrStep(press="1")),
            max_call_s=6.0,
        ),
    ),
    "busy": Dial(BUSY, MENU),
    "no-answer": Dial(NO_ANSWER, MENU, DialPlan(ring_timeout_s=1.0)),
    "closed": Dial(CLOSED, IvrScript(max_call_s=60.0)),
    "closed-in-german": Dial(
        CLOSED, IvrScript(max_call_s=60.0), hearing=LanguageHearing, language="de"
    ),
}


@pytest.fixture(scope="module")
async def calls(
    centre: CallCentre, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[PlacedCalls]:
    placed = PlacedCalls.start(centre, CALLS, tmp_path_factory.mktemp("recordings"))
    yield placed
    await placed.close()


def kinds(events: object) -> list[str]:
    return [e.kind.value for e in events]  # type: ignore[attr-defined]


@pytest.mark.parametrize("dtmf", ["rfc4733", "inband"])
async def test_menu_choice_reaches_the_agent(calls: PlacedCalls, dtmf: str) -> None:
    record, truth = await calls(f"menu-{dtmf}")
    got = kinds(truth.events)
    # The centre heard our key, left its menu, put us on hold, and the agent spoke.
    heard = [e.detail for e in truth.events if e.kind is CallEventKind.DTMF_SENT]
    assert heard == ["received 2"], (
        [(e.kind.value, e.at_s, e.detail) for e in record.events],
        [(e.kind.value, e.at_s) for e in truth.events],
    )
    assert got.index("dtmf_sent") < got.index("hold_started") < got.index("agent_answered")
    ours = kinds(record.events)
    assert ours[0] == "dialed" and ours[-1] == "hung_up"
    assert "ivr_prompt" in ours and ours.index("ivr_prompt") < ours.index("dtmf_sent")
    assert record.events[-1].detail == "max call duration"
    assert truth.events[-1].kind is CallEventKind.HUNG_UP and truth.events[-1].detail == "caller"


async def test_no_key_pressed_the_menu_repeats_then_says_goodbye(calls: PlacedCalls) -> None:
    record, truth = await calls("no-key")
    prompts = [e.detail for e in truth.events if e.kind is CallEventKind.IVR_PROMPT]
    assert prompts == ["Hello.", "Press two.", "Press two.", "Press two.", prompts[-1]]
    assert "Goodbye" in prompts[-1]
    assert record.events[-1].detail == "they hung up"
    assert "agent_answered" not in kinds(truth.events)


async def test_wrong_key_is_refused_and_the_menu_repeats(calls: PlacedCalls) -> None:
    _, truth = await calls("wrong-key")
    prompts = [e.detail for e in truth.events if e.kind is CallEventKind.IVR_PROMPT]
    assert prompts[:3] == ["Hello.", "Press two.", "Sorry, that is not a valid option."]
    assert "hold_started" not in kinds(truth.events)


async def test_busy_line(calls: PlacedCalls) -> None:
    record, truth = await calls("busy")
    assert kinds(record.events) == ["dialed", "hung_up"]
    assert record.events[-1].detail.startswith("busy")
    assert "phone.time_to_agent_s" not in call_metrics(record.events)
    assert kinds(truth.events) == ["hung_up"] and truth.events[0].detail == "busy"


async def test_nobody_answers_we_cancel(calls: PlacedCalls) -> None:
    record, truth = await calls("no-answer")
    assert kinds(record.events) == ["dialed", "hung_up"]
    assert record.events[-1].detail.startswith("no answer")
    assert truth.events[-1].detail == "no answer"  # the centre saw our CANCEL


async def test_closed_hours_message_then_they_hang_up(calls: PlacedCalls) -> None:
    record, truth = await calls("closed")
    assert kinds(truth.events) == ["ivr_prompt", "hung_up"]
    assert truth.events[-1].detail == "company"
    assert record.events[-1].detail == "they hung up"
    assert "ivr_prompt" in kinds(record.events)


async def test_recording_holds_both_directions(calls: PlacedCalls) -> None:
    record, _ = await calls("menu-inband")
    assert record.recording_path is not None
    with wave.open(record.recording_path, "rb") as wav:
        assert (wav.getnchannels(), wav.getframerate(), wav.getsampwidth()) == (2, 8000, 2)
        samples = array("h")
        samples.frombytes(wav.readframes(wav.getnframes()))
    heard, sent = samples[0::2], samples[1::2]
    assert max(abs(x) for x in heard) > 1000  # the prompts
    assert max(abs(x) for x in sent) > 1000  # our in-band key


async def test_register_answers_the_registrar_challenge_then_calls(
    guarded_centre: CallCentre, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AUDIT_TEST_SIP_PW", CENTRE_PASSWORD)
    account = SipAccount(
        proxy_port=guarded_centre.port,
        user=CENTRE_USER,
        password_env="AUDIT_TEST_SIP_PW",
        register_first=True,
    )
    registered = len(guarded_centre.registrations)
    record, truth = await place(guarded_centre, Dial(BUSY, MENU), "t/register", account=account)
    assert len(guarded_centre.registrations) == registered + 1  # 401, then accepted
    assert record.events[-1].detail.startswith("busy")  # and the INVITE passed its 407
    assert truth.events[-1].detail == "busy"


async def test_the_hearing_is_made_for_the_language_of_the_call(calls: PlacedCalls) -> None:
    """The request's language reaches the hearing, in its own listening process."""
    german, _ = await calls("closed-in-german")
    said = [e.detail for e in german.events if e.detail.startswith("hearing made for")]
    assert said == ["hearing made for de"]
