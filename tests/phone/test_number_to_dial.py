"""The number `audit phone call` shows: found by the website probe, else the company's own."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from audit.log_routing import number_to_dial, store_logged
from probes.base import Channel, MetricValue, Observation, Status
from probes.logs.rows import LoggedRow
from results.store import Store

PERIOD = "2026-Q4"
WHEN = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def observation(attempt: str, channel: Channel, metrics: dict[str, MetricValue]) -> Observation:
    return Observation(
        attempt_id=attempt,
        company="Acme",
        channel=channel,
        probe_id="website",
        status=Status.OK,
        started=WHEN,
        finished=WHEN,
        metrics=metrics,
    )


def web_campaign(store: Store, cid: str, phone: str | None, found: list[str] | None) -> None:
    target = {"name": "Acme", **({"phone": phone} if phone else {})}
    store.save_campaign(cid, cid, PERIOD, "c.yaml", {"rubric": "default"}, {"Acme": target})
    if found is not None:
        attempt = f"{cid}/acme/website/1"
        store.plan_attempts(cid, [(attempt, "Acme", "website", 1)])
        store.record(cid, attempt, [observation(attempt, Channel.PHONE, {"phone.numbers": found})])


def log_a_return(store: Store) -> None:
    """What `audit returns import` does: a newer `logs-2026-q4` campaign holding Acme."""
    logged = observation("import/returns-log/abc", Channel.RETURNS, {"returns.total_days": 3.0})
    store_logged(store, [LoggedRow(logged, "", 2)], lambda: PERIOD, None)


def test_the_number_found_by_the_newest_website_campaign_wins(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    web_campaign(store, "web-1", "+14155550100", ["+14155550111"])
    web_campaign(store, "web-2", "+14155550100", ["+14155550122", "+14155550133"])
    web_campaign(store, "web-3", "+14155550100", None)  # newest: no website probe yet
    log_a_return(store)
    assert store.campaigns()[-1].id == "logs-2026-q4"
    assert number_to_dial(store, PERIOD, "Acme") == "+14155550122"


def test_else_the_company_phone_and_none_for_an_unknown_company(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    web_campaign(store, "web-1", "+14155550100", [])
    web_campaign(store, "web-2", None, None)
    log_a_return(store)
    assert number_to_dial(store, PERIOD, "Acme") == "+14155550100"
    assert number_to_dial(store, PERIOD, "Bolt") is None
    assert number_to_dial(store, "2026-Q3", "Acme") is None
