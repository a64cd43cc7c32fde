"""Real SIP calls to the sandbox call centre: signalling, DTMF both ways, recording, limits.

The hearing here is a trivial energy detector (tests/phone_sip/energy_hearing.py), so
these tests check the dialer and the call centre; the classifier's events are tested
with the listener in test_listened_calls.py. No assertion reads a duration.
"""

from __future__ import annotations

import wave
from array import array
from pathlib import Path

import pytest

from probes.dialer import CallEventKind, CallRecord, CallRequest, call_metrics
from probes.phone.account import DialPlan, SipAccount
from probes.phone.ivr import IvrScript, IvrStep
from probes.phone.sip_dialer import SipDialer
from sandbox.callcentre.server import CallCentre, Timeline
from tests.phone_sip.conftest import (
    BUSY,
    CENTRE_PASSWORD,
    CENTRE_USER,
    CLOSED,
    NO_ANSWER,
    QUICK,
)
from tests.phone_sip.energy_hearing import EnergyHearing

pytestmark = pytest.mark.phone
BOUND_S = 120.0

MENU = IvrScript(
    steps=(IvrStep(wait_for="prompt", timeout_s=10), IvrStep(press="2")),
    max_call_s=14.0,
    stay_after_agent_s=0.5,
)


async def call(
    centre: CallCentre,
    number: str,
    script: IvrScript | None = None,
    plan: DialPlan | None = None,
    recordings: Path | None = None,
    account: SipAccount | None = None,
) -> tuple[CallRecord, Timeline]:
    before = len(centre.timelines)
    dialer = SipDialer(
        account or SipAccount(proxy_port=centre.port),
        EnergyHearing,
        recordings,
        scripts={number: script or MENU},
        plan=plan,
    )
    record = await dialer.place_call(CallRequest(attempt_id="t/1", company="x", number=number))
    timelines = await centre.wait_for_calls(before + 1, BOUND_S)
    return record, timelines[before]


def kinds(events: object) -> list[str]:
    return [e.kind.value for e in events]  # type: ignore[attr-defined]


@pytest.mark.parametrize("dtmf", ["rfc4733", "inband"])
async def test_menu_choice_reaches_the_agent(centre: CallCentre, dtmf: str) -> None:
    record, truth = await call(centre, QUICK, plan=DialPlan(dtmf=dtmf))
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


async def test_no_key_pressed_the_menu_repeats_then_says_goodbye(centre: CallCentre) -> None:
    quiet = IvrScript(steps=(), max_call_s=60.0)
    record, truth = await call(centre, QUICK, script=quiet)
    prompts = [e.detail for e in truth.events if e.kind is CallEventKind.IVR_PROMPT]
    assert prompts == ["Hello.", "Press two.", "Press two.", "Press two.", prompts[-1]]
    assert "Goodbye" in prompts[-1]
    assert record.events[-1].detail == "they hung up"
    assert "agent_answered" not in kinds(truth.events)


async def test_wrong_key_is_refused_and_the_menu_repeats(centre: CallCentre) -> None:
    wrong = IvrScript(
        steps=(IvrStep(wait_for="prompt", timeout_s=10), IvrStep(press="1")),
        max_call_s=6.0,
    )
    _, truth = await call(centre, QUICK, script=wrong)
    prompts = [e.detail for e in truth.events if e.kind is CallEventKind.IVR_PROMPT]
    assert prompts[:3] == ["Hello.", "Press two.", "Sorry, that is not a valid option."]
    assert "hold_started" not in kinds(truth.events)


async def test_busy_line(centre: CallCentre) -> None:
    record, truth = await call(centre, BUSY)
    assert kinds(record.events) == ["dialed", "hung_up"]
    assert record.events[-1].detail.startswith("busy")
    assert "phone.time_to_agent_s" not in call_metrics(record.events)
    assert kinds(truth.events) == ["hung_up"] and truth.events[0].detail == "busy"


async def test_nobody_answers_we_cancel(centre: CallCentre) -> None:
    record, truth = await call(centre, NO_ANSWER, plan=DialPlan(ring_timeout_s=1.0))
    assert kinds(record.events) == ["dialed", "hung_up"]
    assert record.events[-1].detail.startswith("no answer")
    assert truth.events[-1].detail == "no answer"  # the centre saw our CANCEL


async def test_closed_hours_message_then_they_hang_up(centre: CallCentre) -> None:
    record, truth = await call(centre, CLOSED, script=IvrScript(max_call_s=60.0))
    assert kinds(truth.events) == ["ivr_prompt", "hung_up"]
    assert truth.events[-1].detail == "company"
    assert record.events[-1].detail == "they hung up"
    assert "ivr_prompt" in kinds(record.events)


async def test_recording_holds_both_directions(centre: CallCentre, tmp_path: Path) -> None:
    record, _ = await call(centre, QUICK, plan=DialPlan(dtmf="inband"), recordings=tmp_path)
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
    record, truth = await call(guarded_centre, BUSY, account=account)
    assert len(guarded_centre.registrations) == registered + 1  # 401, then accepted
    assert record.events[-1].detail.startswith("busy")  # and the INVITE passed its 407
    assert truth.events[-1].detail == "busy"
