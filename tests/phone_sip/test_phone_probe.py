"""The phone probe as a two-phase probe: observations, windows, caps, crashes, secrets."""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from probes.attempts import AttemptState
from probes.base import Channel, Status
from probes.dialer import CallEvent, call_metrics
from probes.metrics import DIALER_PROBE
from probes.phone.account import SipAccount
from probes.phone.spec import CallingWindow
from results.store import Store
from sandbox.callcentre.server import CallCentre
from tests.phone_sip.conftest import CENTRE_PASSWORD, CENTRE_USER, QUICK
from tests.phone_sip.probe_setup import COMPANY, context, phone_campaign, phone_spec, probe

pytestmark = pytest.mark.phone
ROOT = Path(__file__).resolve().parents[2]
PASSWORD_ENV = "AUDIT_TEST_SIP_PASSWORD"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(f"sqlite:///{tmp_path / 'audit.sqlite'}")


async def wait_for(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.05)


async def test_a_call_lands_as_an_observation_with_the_call_metrics(
    store: Store, centre: CallCentre, tmp_path: Path
) -> None:
    [attempt] = phone_campaign(store, "one", 1)
    ctx, _ = context(store, "one", phone_spec(centre.port, QUICK), tmp_path)
    summary = probe().summary()
    await probe().start(ctx, summary)
    assert store.attempt(attempt).state is AttemptState.DONE
    [obs] = store.observations("one", COMPANY)
    assert (obs.channel, obs.probe_id) == (Channel.PHONE, DIALER_PROBE)
    kinds = {e.kind: e.path for e in obs.evidence}
    assert set(kinds) == {"call-events", "call-recording"}
    events = [
        CallEvent.model_validate(e) for e in json.loads(Path(kinds["call-events"]).read_text())
    ]
    assert obs.metrics == call_metrics(events)  # the one function, as for logged calls
    assert summary.started == 1


async def test_never_called_outside_the_window_in_the_company_time_zone(
    store: Store, centre: CallCentre, tmp_path: Path
) -> None:
    now = datetime.now(UTC)
    hour = now.astimezone(ZoneInfo("Asia/Kolkata")).hour  # UTC+05:30: never this hour in UTC
    window = CallingWindow(
        weekdays=tuple(range(7)), hours=(hour, hour + 1) if hour < 23 else (23, 24)
    )
    [attempt] = phone_campaign(store, "tz", 1)
    spec = phone_spec(centre.port, QUICK, window=window, timezone="UTC")
    ctx, _ = context(store, "tz", spec, tmp_path)
    invites = centre.invites
    summary = probe().summary()
    await probe().start(ctx, summary)
    assert (summary.deferred, centre.invites) == (1, invites)
    assert store.attempt(attempt).state is AttemptState.PLANNED


async def test_never_more_than_the_daily_cap(
    store: Store, centre: CallCentre, tmp_path: Path
) -> None:
    ids = phone_campaign(store, "cap", 3)
    ctx, _ = context(store, "cap", phone_spec(centre.port, QUICK, cap=1, max_call_s=3), tmp_path)
    invites = centre.invites
    first = probe().summary()
    await probe().start(ctx, first)
    again = probe().summary()
    await probe().start(ctx, again)
    assert centre.invites == invites + 1
    assert (first.started, first.deferred, again.started, again.deferred) == (1, 2, 0, 2)
    states = sorted(store.attempt(i).state.value for i in ids)
    assert states == ["done", "planned", "planned"]


async def test_killed_during_a_call_is_uncertain_and_not_redialled(
    store: Store, own_centre: CallCentre, tmp_path: Path
) -> None:
    centre = own_centre
    [attempt] = phone_campaign(store, "kill", 1)
    spec = phone_spec(centre.port, QUICK, max_call_s=60)
    config = {
        "db": f"sqlite:///{tmp_path / 'audit.sqlite'}",
        "campaign": "kill",
        "evidence": str(tmp_path / "evidence"),
        "targets": {COMPANY: {"name": COMPANY}},
        "spec": spec.model_dump(mode="json"),
    }
    path = tmp_path / "child.json"
    path.write_text(json.dumps(config))
    invites = centre.invites
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.phone_sip.child_call", str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        await wait_for(
            lambda: (
                store.attempt(attempt).state is AttemptState.SENDING
                and centre.invites == invites + 1
            )
        )
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
    ctx, said = context(store, "kill", spec, tmp_path)
    summary = probe().summary()
    await probe().start(ctx, summary)
    assert store.attempt(attempt).state is AttemptState.UNCERTAIN
    assert summary.uncertain == [attempt] and summary.started == 0
    assert centre.invites == invites + 1  # not redialled
    assert any("uncertain" in line for line in said)
    # Asked (--resend-uncertain): dialled again, the killed call counting towards the cap.
    capped = probe().summary()
    ctx, _ = context(store, "kill", phone_spec(centre.port, QUICK, max_call_s=3), tmp_path, True)
    await probe().start(ctx, capped)
    assert capped.deferred == 1 and centre.invites == invites + 1
    spec = phone_spec(centre.port, QUICK, cap=2, max_call_s=3)
    ctx, _ = context(store, "kill", spec, tmp_path, True)
    await probe().start(ctx, probe().summary())
    assert centre.invites == invites + 2
    assert store.attempt(attempt).state is AttemptState.DONE


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


async def test_the_password_never_reaches_store_evidence_or_messages(
    store: Store,
    guarded_centre: CallCentre,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, CENTRE_PASSWORD)
    account = SipAccount(
        proxy_port=guarded_centre.port, user=CENTRE_USER, password_env=PASSWORD_ENV
    )
    [ok_attempt] = phone_campaign(store, "auth", 1)
    spec = phone_spec(guarded_centre.port, QUICK, max_call_s=3, account=account)
    ctx, said = context(store, "auth", spec, tmp_path / "evidence")
    await probe().start(ctx, probe().summary())
    assert store.attempt(ok_attempt).state is AttemptState.DONE  # the digest was accepted
    [obs] = store.observations("auth", COMPANY)
    assert obs.status in (Status.OK, Status.TIMEOUT)

    wrong = account.model_copy(update={"password_env": PASSWORD_ENV + "_WRONG"})
    monkeypatch.setenv(PASSWORD_ENV + "_WRONG", "not-" + CENTRE_PASSWORD)
    [refused] = phone_campaign(store, "auth-wrong", 1)
    spec = phone_spec(guarded_centre.port, QUICK, max_call_s=3, account=wrong)
    ctx, said_wrong = context(store, "auth-wrong", spec, tmp_path / "evidence")
    summary = probe().summary()
    await probe().start(ctx, summary)
    assert store.attempt(refused).state is AttemptState.PLANNED  # our failure: retried later
    assert summary.problems and "407" in summary.problems[0]

    secret = CENTRE_PASSWORD.encode()
    store.close()
    for path in [tmp_path / "audit.sqlite", *_files_under(tmp_path / "evidence")]:
        assert secret not in path.read_bytes(), path
    texts = [*said, *said_wrong, *summary.problems, caplog.text, store_errors(tmp_path)]
    assert not any(CENTRE_PASSWORD in t for t in texts)


def store_errors(tmp_path: Path) -> str:
    again = Store.open(f"sqlite:///{tmp_path / 'audit.sqlite'}")
    try:
        return " ".join(
            a.last_error or "" for cid in ("auth", "auth-wrong") for a in again.attempts(cid)
        )
    finally:
        again.close()
