"""Every sandbox behaviour, called with the real listener, ends in the right events and metrics.

Order and presence only: no assertion reads a duration. The listener is
`probes.phone.listener` (the `listen` work); the steps are a shopper's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.demo_calls import DEMO_CALLS, run_demo_calls
from probes.base import Status
from probes.dialer import CallEventKind, CallRecord, CallRequest, call_metrics, person_reached
from probes.metrics import DIALER_PROBE
from probes.phone.account import DialPlan, SipAccount
from probes.phone.ivr import IvrScript, IvrStep
from probes.phone.probe import default_hearing
from probes.phone.sip_dialer import SipDialer
from probes.phone.spec import PhoneCampaignSpec
from results.store import Store
from sandbox.callcentre.server import CallCentre, Timeline
from sandbox.world import load_world

pytest.importorskip("probes.phone.listener")
pytestmark = pytest.mark.phone
BOUND_S = 180.0
WAIT = IvrStep(wait_for="prompt", timeout_s=15)
UNHEARD = (
    "announcements are recognised only by transcription, and pocketsphinx's bundled model "
    "does not recognise espeak-ng speech at 8 kHz (benchmarks/phone_listen.py)"
)


async def listened_call(
    centre: CallCentre, number: str, steps: tuple[IvrStep, ...]
) -> tuple[CallRecord, Timeline]:
    before = len(centre.timelines)
    account = SipAccount(proxy_port=centre.port)
    dialer = SipDialer(
        account,
        default_hearing(PhoneCampaignSpec(account=account)),
        scripts={number: IvrScript(steps=steps, max_call_s=150, stay_after_agent_s=1)},
        plan=DialPlan(ring_timeout_s=3),
    )
    record = await dialer.place_call(CallRequest(attempt_id="l/1", company="x", number=number))
    timelines = await centre.wait_for_calls(before + 1, BOUND_S)
    return record, timelines[before]


def order(record: CallRecord) -> list[str]:
    return [e.kind.value for e in record.events]


def before(kinds: list[str], *wanted: str) -> bool:
    """Each wanted kind is present, in this order (first occurrences)."""
    positions = [kinds.index(k) for k in wanted if k in kinds]
    return len(positions) == len(wanted) and positions == sorted(positions)


async def test_menu_announced_wait_hold_then_agent(centre: CallCentre) -> None:
    record, truth = await listened_call(centre, "+18004673825", (WAIT, IvrStep(press="2")))
    kinds = order(record)
    assert before(kinds, "dialed", "ivr_prompt", "dtmf_sent", "hold_started", "agent_answered")
    assert set(call_metrics(record.events)) == set(call_metrics(truth.events))
    assert call_metrics(truth.events)["phone.wait_announced"] is True


@pytest.mark.xfail(strict=True, reason=UNHEARD)
async def test_an_announced_wait_is_recognised(centre: CallCentre) -> None:
    record, _ = await listened_call(centre, "+18004673825", (WAIT, IvrStep(press="2")))
    assert call_metrics(record.events)["phone.wait_announced"] is True


@pytest.mark.xfail(strict=True, reason=UNHEARD)
async def test_a_callback_offer_is_recognised(centre: CallCentre) -> None:
    steps = (WAIT, IvrStep(press="1"), WAIT, IvrStep(press="2"))
    record, _ = await listened_call(centre, "+16465550187", steps)
    assert call_metrics(record.events)["phone.callback_offered"] is True


async def test_two_menus_callback_offer_reassurance_and_agent(centre: CallCentre) -> None:
    steps = (WAIT, IvrStep(press="1"), WAIT, IvrStep(press="2"))
    record, _ = await listened_call(centre, "+16465550187", steps)
    kinds = order(record)
    assert before(kinds, "ivr_prompt", "dtmf_sent", "hold_started", "hold_ended", "agent_answered")
    assert kinds.count("dtmf_sent") == 2
    assert kinds.count("hold_started") == 1  # reassurance does not end the hold


async def test_a_person_answers_at_once(centre: CallCentre) -> None:
    record, _ = await listened_call(centre, "+18885550123", ())
    kinds = order(record)
    assert before(kinds, "dialed", "agent_answered", "hung_up")
    assert "ivr_prompt" not in kinds and "hold_started" not in kinds


async def test_transfer_then_queue_then_agent(centre: CallCentre) -> None:
    record, truth = await listened_call(centre, "+15550100004", (WAIT, IvrStep(press="1")))
    assert before(order(record), "ivr_prompt", "dtmf_sent", "hold_started", "agent_answered")
    assert person_reached(record.events) and person_reached(truth.events)


@pytest.mark.parametrize(
    ("number", "why"),
    [("+15550100005", "they hung up"), ("+15550100006", "busy"), ("+15550100007", "no answer")],
)
async def test_closed_busy_and_no_answer_reach_nobody(
    centre: CallCentre, number: str, why: str
) -> None:
    record, truth = await listened_call(centre, number, ())
    assert not person_reached(record.events) and not person_reached(truth.events)
    assert record.events[-1].kind is CallEventKind.HUNG_UP
    assert record.events[-1].detail.startswith(why)
    assert "phone.time_to_agent_s" not in call_metrics(record.events)


def test_demo_calls_land_as_observations(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    world = load_world()
    run_demo_calls(store, tmp_path, world, "2026-Q4")
    names = {c.name for c in world.companies if c.id in DEMO_CALLS}
    observations = store.observations("sandbox-calls-2026-q4")
    assert {o.company for o in observations} == names
    assert all(o.probe_id == DIALER_PROBE for o in observations)
    assert all(o.status is Status.OK for o in observations)
    assert (tmp_path / "callcentre" / "truth").is_dir()
