"""The sandbox's shipped call and return logs import cleanly, for its companies, two periods."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from probes.base import Status
from probes.logs.calls import import_calls
from probes.logs.returns import import_returns

SANDBOX = Path(__file__).resolve().parents[2] / "sandbox"


def _world_names() -> set[str]:
    world = yaml.safe_load((SANDBOX / "world.yaml").read_text(encoding="utf-8"))
    return {c["name"] for c in world["companies"]}


def test_sandbox_calls_import_without_errors() -> None:
    result = import_calls(SANDBOX / "calls.csv", strict=True)
    assert result.errors == []
    assert set(result.periods.values()) == {"2026-Q3", "2026-Q4"}
    per_company = Counter((o.company, result.periods[o.attempt_id]) for o in result.observations)
    assert min(per_company.values()) >= 3  # enough attempts for an interval
    assert {company for company, _ in per_company} <= _world_names()
    times = [
        o.metrics["phone.time_to_agent_s"] for o in result.observations if o.status == Status.OK
    ]
    assert any(isinstance(t, float) and t < 30 for t in times)
    assert any(isinstance(t, float) and t > 120 for t in times)
    assert any(o.status == Status.TIMEOUT for o in result.observations)


def test_sandbox_returns_import_without_errors() -> None:
    result = import_returns(SANDBOX / "returns.csv", strict=True)
    assert result.errors == []
    assert set(result.periods.values()) == {"2026-Q3", "2026-Q4"}
    assert {o.company for o in result.observations} <= _world_names()
    assert all(
        "returns.total_days" in o.metrics for o in result.observations if o.status == Status.OK
    )


def test_sandbox_logs_stored_twice_land_once_per_period(tmp_path: Path) -> None:
    from audit.log_routing import store_logged
    from probes.logs.calls import read_calls
    from probes.logs.returns import read_returns
    from results.store import Store

    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    for _ in range(2):
        for rows in (read_calls(SANDBOX / "calls.csv"), read_returns(SANDBOX / "returns.csv")):
            counts = store_logged(store, rows, lambda: "2026-Q4", None, strict=True)
            assert counts.errors == 0
    by_campaign = {c.id: len(store.observations(c.id)) for c in store.campaigns()}
    calls, returns = import_calls(SANDBOX / "calls.csv"), import_returns(SANDBOX / "returns.csv")
    assert set(by_campaign) == {"logs-2026-q3", "logs-2026-q4"}
    assert sum(by_campaign.values()) == len(calls.observations) + len(returns.observations)
