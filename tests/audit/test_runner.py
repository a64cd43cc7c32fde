"""The runner's handling of our own failures, with a stand-in probe (no browser needed)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

import pytest
import yaml

import audit.runner
from audit.campaign import load_campaign
from audit.runner import Runner
from audit.settings import layered_settings
from probes.base import Channel, Observation, Probe, ProbeContext, Status, Target
from results.schema import AttemptState
from results.store import Store


class FlakyProbe:
    """Fails (raising, or reporting an `error` result) until `healthy` is set."""

    id: ClassVar[str] = "website"
    channels: ClassVar[tuple[Channel, ...]] = (Channel.PHONE,)
    needs_browser: ClassVar[bool] = False
    healthy = False
    report_instead_of_raise = False
    calls = 0

    async def run(self, target: Target, ctx: ProbeContext) -> Sequence[Observation]:
        FlakyProbe.calls += 1
        now = ctx.clock.utcnow()
        status = Status.OK if FlakyProbe.healthy else Status.ERROR
        if status is Status.ERROR and not FlakyProbe.report_instead_of_raise:
            raise RuntimeError("our browser crashed")
        return [Observation(attempt_id=ctx.attempt_id, company=target.name,
                            channel=Channel.PHONE, probe_id="website", status=status,
                            started=now, finished=now, detail="the chat box was lost",
                            metrics={"phone.on_homepage": True})]  # fmt: skip


@pytest.fixture
def flaky(monkeypatch: pytest.MonkeyPatch) -> type[FlakyProbe]:
    FlakyProbe.healthy, FlakyProbe.report_instead_of_raise, FlakyProbe.calls = False, False, 0

    def load(_probe_id: str) -> Probe:
        return FlakyProbe()

    monkeypatch.setattr(audit.runner, "load_probe", load)
    return FlakyProbe


def run_once(tmp_path: Path, attempts: int = 1) -> Store:
    spec = {"name": "Flaky", "period": "2026-Q4", "id": "flaky",
            "companies": [{"name": "Acme", "website": "http://127.0.0.1:9/"}],
            "probes": {"website": {"attempts": attempts}},
            "settings": {"retries": 1, "per_host_delay_s": 0}}  # fmt: skip
    path = tmp_path / "campaign.yaml"
    path.write_text(yaml.safe_dump(spec))
    loaded = load_campaign(path)
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    asyncio.run(Runner(store, loaded, layered_settings(loaded.campaign.settings)).run())
    return store


@pytest.mark.parametrize("reported", [False, True])
def test_our_failures_are_retried_now_and_on_the_next_run(
    tmp_path: Path, flaky: type[FlakyProbe], reported: bool
) -> None:
    flaky.report_instead_of_raise = reported
    store = run_once(tmp_path)
    assert flaky.calls == 2  # one try and one retry
    [attempt] = store.attempts("flaky")
    assert attempt.state is AttemptState.FAILED
    [observation] = store.observations("flaky")
    assert observation.status is Status.ERROR
    flaky.healthy = True
    store = run_once(tmp_path)  # the next run tries the failed attempt again
    [observation] = store.observations("flaky")
    assert observation.status is Status.OK
    assert store.attempts("flaky")[0].state is AttemptState.DONE


def test_lowering_attempts_leaves_the_extra_ones_alone(
    tmp_path: Path, flaky: type[FlakyProbe]
) -> None:
    flaky.healthy = True
    store = run_once(tmp_path, attempts=1)
    store.plan_attempts("flaky", [("flaky/acme/website/2", "Acme", "website", 2)])
    run_once(tmp_path, attempts=1)
    assert flaky.calls == 1
