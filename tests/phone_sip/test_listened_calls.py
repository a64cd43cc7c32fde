"""Every sandbox behaviour, called with the real listener, ends in the right events and metrics.

Order and presence only: no assertion reads a duration. The listener is
`probes.phone.listener` (the `listen` work); the steps are a shopper's.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from audit.demo_calls import DEMO_CALLS, run_demo_calls
from probes.base import Status
from probes.dialer import CallEventKind, CallRecord, call_metrics, person_reached
from probes.metrics import DIALER_PROBE
from probes.phone.account import DialPlan, SipAccount
from probes.phone.ivr import IvrScript, IvrStep
from probes.phone.probe import default_hearing
from probes.phone.spec import PhoneCampaignSpec
from results.store import Store
from sandbox.callcentre.voices import Voices
from sandbox.world import load_world
from tests.phone_sip.centre_process import CentreProcess
from tests.phone_sip.placed import BOUND_S, Dial, PlacedCalls

pytest.importorskip("probes.phone.listener")
pytestmark = pytest.mark.phone
WAIT = IvrStep(wait_for="prompt", timeout_s=15)
SPOKEN_BY_FLITE = pytest.mark.skipif(
    shutil.which("flite") is None,
    reason="announcements are understood in flite's voices, not espeak-ng's (scripts/setup.sh)",
)
BLOOMLY, NORTHWIND, QUICKCART = "+18004673825", "+16465550187", "+18885550123"
GREENLEAF, HARBOR = "+448000851234", "+15550100004"
CLOSED, BUSY, NO_ANSWER = "+15550100005", "+15550100006", "+15550100007"
STEPS = {
    BLOOMLY: (WAIT, IvrStep(press="2")),
    NORTHWIND: (WAIT, IvrStep(press="1"), WAIT, IvrStep(press="2")),
    QUICKCART: (),
    GREENLEAF: (WAIT, IvrStep(press="1")),
    HARBOR: (WAIT, IvrStep(press="1")),
    CLOSED: (),
    BUSY: (),
    NO_ANSWER: (),
}
"""A shopper's steps on each sandbox line; each line is called once, for every test of it."""


@dataclass(frozen=True)
class DemoRun:
    workspace: Path
    running: asyncio.Future[None]


def demo_calls(workspace: Path) -> None:
    """`audit demo`'s automated calls into a store in `workspace` (their own call centre)."""
    store = Store.open(f"sqlite:///{workspace / 'audit.db'}")
    try:
        run_demo_calls(store, workspace, load_world(), "2026-Q4")
    finally:
        store.close()


@pytest.fixture(scope="module")
async def demo(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[DemoRun]:
    """The demo's calls, started in a thread as soon as the module's first call is."""
    workspace = tmp_path_factory.mktemp("demo-calls")
    running = asyncio.ensure_future(asyncio.to_thread(demo_calls, workspace))
    yield DemoRun(workspace, running)
    with contextlib.suppress(BaseException):
        await asyncio.wait_for(running, BOUND_S)


@pytest.fixture(scope="module")
def centre_process(
    voices: Voices, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[CentreProcess]:
    """The sandbox lines served from a process of their own, as a real call centre is (its
    sounds cached with the session's)."""
    centre = CentreProcess(voices.folder, tmp_path_factory.mktemp("truth"))
    yield centre
    centre.close()


@pytest.fixture(scope="module")
async def calls(centre_process: CentreProcess, demo: DemoRun) -> AsyncIterator[PlacedCalls]:
    """Every line of STEPS called once, all at once, beside the demo's calls."""
    centre = centre_process
    hearing = default_hearing(PhoneCampaignSpec(account=SipAccount(proxy_port=centre.port)))
    dials = {
        number: Dial(
            number,
            IvrScript(steps=steps, max_call_s=150, stay_after_agent_s=1),
            DialPlan(ring_timeout_s=3 if number == NO_ANSWER else 60),
            hearing=hearing,
        )
        for number, steps in STEPS.items()
    }
    placed = PlacedCalls.start(centre, dials)
    yield placed
    await placed.close()


def timeline(record: CallRecord) -> str:
    """The call's events, one a line, with what the listener heard (for a failure's message)."""
    return "\n".join(f"{e.at_s:7.2f} {e.kind.value} {e.detail}" for e in record.events)


def order(record: CallRecord) -> list[str]:
    return [e.kind.value for e in record.events]


def before(kinds: list[str], *wanted: str) -> bool:
    """Each wanted kind is present, in this order (first occurrences)."""
    positions = [kinds.index(k) for k in wanted if k in kinds]
    return len(positions) == len(wanted) and positions == sorted(positions)


async def test_menu_announced_wait_hold_then_agent(calls: PlacedCalls) -> None:
    record, truth = await calls(BLOOMLY)
    kinds = order(record)
    assert before(kinds, "dialed", "ivr_prompt", "dtmf_sent", "hold_started", "agent_answered"), (
        record.events
    )
    assert set(call_metrics(record.events)) == set(call_metrics(truth.events))
    assert call_metrics(truth.events)["phone.wait_announced"] is True


@SPOKEN_BY_FLITE
async def test_an_announced_wait_is_recognised(calls: PlacedCalls) -> None:
    record, _ = await calls(BLOOMLY)
    assert call_metrics(record.events)["phone.wait_announced"] is True, timeline(record)


@SPOKEN_BY_FLITE
async def test_a_callback_offer_is_recognised(calls: PlacedCalls) -> None:
    record, _ = await calls(NORTHWIND)
    assert call_metrics(record.events)["phone.callback_offered"] is True, timeline(record)


async def test_two_menus_callback_offer_reassurance_and_agent(calls: PlacedCalls) -> None:
    record, _ = await calls(NORTHWIND)
    kinds = order(record)
    assert before(
        kinds, "ivr_prompt", "dtmf_sent", "hold_started", "hold_ended", "agent_answered"
    ), timeline(record)
    assert kinds.count("dtmf_sent") == 2
    assert kinds.count("hold_started") == 1  # reassurance does not end the hold


async def test_a_person_answers_at_once(calls: PlacedCalls) -> None:
    record, _ = await calls(QUICKCART)
    kinds = order(record)
    assert before(kinds, "dialed", "agent_answered", "hung_up"), record.events
    assert "ivr_prompt" not in kinds and "hold_started" not in kinds


async def test_transfer_then_queue_then_agent(calls: PlacedCalls) -> None:
    record, truth = await calls(HARBOR)
    kinds = order(record)
    assert before(kinds, "ivr_prompt", "dtmf_sent", "transfer", "hold_started", "agent_answered"), (
        record.events
    )
    assert person_reached(record.events) and person_reached(truth.events)
    assert call_metrics(record.events)["phone.transfers"] == 1
    assert call_metrics(truth.events)["phone.transfers"] == 1


async def test_transfer_then_a_queue_with_announcements_then_agent(
    calls: PlacedCalls,
) -> None:
    record, truth = await calls(GREENLEAF)
    kinds = order(record)
    assert before(
        kinds, "dtmf_sent", "transfer", "hold_started", "hold_ended", "agent_answered", "hung_up"
    ), timeline(record)
    assert kinds.count("transfer") == 1 and kinds.count("hold_started") == 1
    assert call_metrics(record.events)["phone.transfers"] == 1
    assert person_reached(truth.events)


@pytest.mark.parametrize(
    ("number", "why"),
    [(CLOSED, "they hung up"), (BUSY, "busy"), (NO_ANSWER, "no answer")],
)
async def test_closed_busy_and_no_answer_reach_nobody(
    calls: PlacedCalls, number: str, why: str
) -> None:
    record, truth = await calls(number)
    assert not person_reached(record.events) and not person_reached(truth.events)
    assert record.events[-1].kind is CallEventKind.HUNG_UP
    assert record.events[-1].detail.startswith(why)
    assert "phone.time_to_agent_s" not in call_metrics(record.events)


async def test_demo_calls_land_as_observations(demo: DemoRun) -> None:
    await asyncio.wait_for(asyncio.shield(demo.running), BOUND_S)
    store = Store.open(f"sqlite:///{demo.workspace / 'audit.db'}")
    names = {c.name for c in load_world().companies if c.id in DEMO_CALLS}
    observations = store.observations("sandbox-calls-2026-q4")
    assert {o.company for o in observations} == names
    assert all(o.probe_id == DIALER_PROBE for o in observations)
    assert all(o.status is Status.OK for o in observations)
    assert (demo.workspace / "callcentre" / "truth").is_dir()
    store.close()
