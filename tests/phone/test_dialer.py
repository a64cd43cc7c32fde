"""call_metrics over event logs, and the recorded-call dialer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from probes.dialer import (
    CallEvent,
    CallEventKind,
    CallRequest,
    Dialer,
    DialerError,
    RecordedCallDialer,
    call_metrics,
)
from probes.logs.calls import import_calls, recorded_calls

K = CallEventKind


def ev(kind: CallEventKind, at: float) -> CallEvent:
    return CallEvent(kind=kind, at_s=at)


PROVIDER_LOG = [
    ev(K.DIALED, 0),
    ev(K.IVR_PROMPT, 4.0),
    ev(K.DTMF_SENT, 11.0),
    ev(K.IVR_PROMPT, 12.0),
    ev(K.DTMF_SENT, 19.5),
    ev(K.HOLD_STARTED, 20.0),
    ev(K.WAIT_ANNOUNCED, 21.0),
    ev(K.AGENT_ANSWERED, 76.0),
    ev(K.FIRST_HUMAN_SPEECH, 76.8),
    ev(K.TRANSFER, 120.0),
    ev(K.HOLD_STARTED, 121.0),
    ev(K.HOLD_ENDED, 151.0),
    ev(K.HUNG_UP, 300.0),
]


def test_metrics_from_a_provider_log() -> None:
    assert call_metrics(PROVIDER_LOG) == {
        "phone.time_to_agent_s": 76.0,
        "phone.ivr_s": 16.0,  # first prompt to the hold that followed the menu
        "phone.hold_s": 86.0,  # 56 s until the agent answered + 30 s after the transfer
        "phone.transfers": 1,
        "phone.wait_announced": True,
        "phone.callback_offered": False,
        "phone.resolved": False,
    }


def test_order_of_events_does_not_matter_and_first_speech_counts_as_agent() -> None:
    log = [ev(K.HUNG_UP, 40), ev(K.FIRST_HUMAN_SPEECH, 25.5), ev(K.DIALED, 0), ev(K.RESOLVED, 39)]
    metrics = call_metrics(log)
    assert metrics["phone.time_to_agent_s"] == 25.5
    assert metrics["phone.ivr_s"] == 0.0
    assert metrics["phone.hold_s"] == 0.0
    assert metrics["phone.resolved"] is True


def test_unanswered_call_has_no_time_to_agent_and_open_hold_runs_to_hang_up() -> None:
    log = [ev(K.DIALED, 0), ev(K.IVR_ENDED, 9), ev(K.HOLD_STARTED, 10), ev(K.CALLBACK_OFFERED, 30),
           ev(K.HUNG_UP, 50)]  # fmt: skip
    metrics = call_metrics(log)
    assert "phone.time_to_agent_s" not in metrics
    assert metrics["phone.ivr_s"] == 9.0
    assert metrics["phone.hold_s"] == 40.0
    assert metrics["phone.callback_offered"] is True
    assert call_metrics([]) == {}


async def test_recorded_dialer_replays_logs_in_turn(tmp_path: Path) -> None:
    second = [ev(K.DIALED, 0), ev(K.AGENT_ANSWERED, 12), ev(K.HUNG_UP, 60)]
    path = tmp_path / "calls.json"
    logs = [[e.model_dump(mode="json") for e in log] for log in (PROVIDER_LOG, second)]
    path.write_text(json.dumps({"+14155550100": logs}))
    dialer = RecordedCallDialer.from_json(path)
    assert isinstance(dialer, Dialer)
    request = CallRequest(attempt_id="a1", company="Acme", number="+14155550100", dtmf=("1", "3"))
    first = await dialer.place_call(request)
    assert first.metrics()["phone.time_to_agent_s"] == 76.0
    assert first.provider == "recorded"
    assert (await dialer.place_call(request)).metrics()["phone.time_to_agent_s"] == 12.0
    assert (await dialer.place_call(request)).metrics()["phone.time_to_agent_s"] == 76.0

    short = request.model_copy(update={"max_duration_s": 50.0})
    cut = await RecordedCallDialer({"+14155550100": [PROVIDER_LOG]}).place_call(short)
    assert cut.events[-1] == CallEvent(kind=K.HUNG_UP, at_s=50.0, detail="max duration")
    assert "phone.time_to_agent_s" not in cut.metrics()

    with pytest.raises(DialerError, match="no recorded call"):
        await dialer.place_call(request.model_copy(update={"number": "+442071234567"}))


async def test_recorded_dialer_replays_the_sandbox_call_log() -> None:
    calls_csv = Path(__file__).resolve().parents[2] / "sandbox" / "calls.csv"
    dialer = RecordedCallDialer(recorded_calls(calls_csv))
    imported = import_calls(calls_csv).observations
    number = "+18885550123"  # QuickCart Groceries in the sandbox world
    request = CallRequest(attempt_id="a1", company="QuickCart Groceries", number=number)
    replayed = await dialer.place_call(request)
    first = next(o for o in imported if o.company == "QuickCart Groceries")
    assert replayed.metrics() == first.metrics
