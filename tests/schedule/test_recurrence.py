"""Recurring campaigns: one file opens the campaign of the period under way, with its own
label, id and schedule; runs of consecutive periods are ranked against each other."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml
from typer.testing import CliRunner

import audit.campaign_attempts
from audit.campaign import load_campaign
from audit.campaign_periods import Period, following, parse_period, period_at, until_period
from audit.campaign_replies import earlier_waiting
from audit.cli import app
from audit.planner import plan_campaign
from audit.runner import Runner
from audit.settings import layered_settings
from probes.errors import InputError
from results.schema import AttemptState
from results.store import Store
from tests.audit.test_planner import FakeClock, RecordingProbe, recording

__all__ = ["recording"]  # the fixture, shared with the planner's tests

MONTHLY = {
    "name": "Banks", "period": "2026-03", "recurrence": "monthly", "id": "banks",
    "companies": [{"name": "Alpha", "website": "http://127.0.0.1:9/", "country": "DE"},
                  {"name": "Beta", "website": "http://127.0.0.1:9/", "country": "DE"}],
    "probes": {"website": {"attempts": 1}},
    "settings": {"per_host_delay_s": 0},
}  # fmt: skip


def _write(tmp_path: Path, spec: dict[str, object]) -> Path:
    path = tmp_path / "campaign.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return path


def test_periods_follow_each_other_across_years() -> None:
    march = parse_period("monthly", "2026-03")
    assert march == Period("2026-03", date(2026, 3, 1), 31)
    assert following("monthly", Period("2026-12", date(2026, 12, 1), 31)).label == "2027-01"
    week = parse_period("weekly", "2026-W52")
    assert week is not None and week.start == date(2026, 12, 21)
    assert following("weekly", week).label == "2026-W53"  # 2026 has 53 ISO weeks
    assert following("weekly", following("weekly", week)).label == "2027-W01"
    q4 = parse_period("quarterly", "2026-Q4")
    assert q4 == Period("2026-Q4", date(2026, 10, 1), 92)
    assert following("quarterly", q4) == Period("2027-Q1", date(2027, 1, 1), 90)
    assert march is not None
    assert period_at("monthly", march, date(2026, 2, 1)) == march  # never before the first
    assert period_at("monthly", march, date(2026, 5, 31)).label == "2026-05"
    assert parse_period("monthly", "2026-13") is None
    assert parse_period("weekly", "2026-03") is None


def test_the_file_opens_the_period_under_way_with_its_own_id_and_schedule(
    tmp_path: Path,
) -> None:
    spec = {**MONTHLY, "schedule": {"seed": 2}}
    spec["probes"] = {"website": {"attempts": 2, "schedule": {"slots": [
        {"weekdays": [0, 1, 2, 3, 4], "hours": [9, 12]}]}}}  # fmt: skip
    path = _write(tmp_path, spec)
    march = load_campaign(path, date(2026, 3, 31))
    april = load_campaign(path, date(2026, 4, 1))
    assert (march.campaign.period, march.campaign.campaign_id) == ("2026-03", "banks-2026-03")
    assert (april.campaign.period, april.campaign.campaign_id) == ("2026-04", "banks-2026-04")
    assert april.next_period == date(2026, 5, 1)
    assert april.campaign.schedule is not None
    assert (april.campaign.schedule.start, april.campaign.schedule.days) == (date(2026, 4, 1), 30)
    berlin = ZoneInfo("Europe/Berlin")
    for attempt in plan_campaign(april).attempts:
        assert attempt.due is not None
        assert attempt.due.astimezone(berlin).month == 4


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"recurrence": "daily"}, "recurrence: use one of: weekly, monthly, quarterly"),
        ({"period": "2026-Q1"}, "period: a monthly campaign's first period is YYYY-MM"),
        ({"schedule": {"start": "2026-03-02"}}, "schedule.start: a recurring campaign's"),
    ],
)
def test_recurrence_mistakes_are_one_line(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    path = _write(tmp_path, {**MONTHLY, **change})
    with pytest.raises(InputError) as caught:
        load_campaign(path, date(2026, 3, 5))
    assert message in str(caught.value) and str(caught.value).startswith(str(path))


def test_after_a_period_audit_run_opens_the_next_and_the_board_compares_them(
    tmp_path: Path, recording: type[RecordingProbe]
) -> None:
    path = _write(tmp_path, MONTHLY)
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    clock = FakeClock(datetime(2026, 3, 20, 10, 0, tzinfo=UTC))
    for today in (date(2026, 3, 20), date(2026, 4, 2)):
        clock.now = datetime.combine(today, datetime.min.time(), UTC) + timedelta(hours=10)
        loaded = load_campaign(path, today)
        runner = Runner(store, loaded, layered_settings(loaded.campaign.settings), clock=clock)
        summary = asyncio.run(runner.run())
        assert summary.ran == 2
    assert [(c.id, c.period) for c in store.campaigns()] == [
        ("banks-2026-03", "2026-03"),
        ("banks-2026-04", "2026-04"),
    ]
    assert (
        sorted(a.split("/")[0] for a, _ in recording.runs)
        == ["banks-2026-03"] * 2 + ["banks-2026-04"] * 2
    )
    store.close()
    result = CliRunner().invoke(app, ["leaderboard", "--json", "-w", str(tmp_path)])
    assert result.exit_code == 0, result.output
    board = json.loads(result.output)
    assert board["period"] == "2026-04"
    assert all("change" in row for row in board["rows"])  # compared with 2026-03


def test_a_long_run_waits_for_the_next_period_by_its_clock() -> None:
    clock = FakeClock(datetime(2026, 3, 31, 22, 15, tzinfo=UTC))
    said: list[str] = []

    async def sleep(seconds: float) -> None:
        assert 0 < seconds <= 60
        clock.now += timedelta(seconds=seconds)

    asyncio.run(until_period(date(2026, 4, 1), clock, sleep, said.append))
    assert clock.now == datetime(2026, 4, 1, tzinfo=UTC)
    assert said == ["period over; the next one opens on 2026-04-01 (UTC): waiting"]


def test_earlier_periods_still_awaiting_replies_are_watched(tmp_path: Path) -> None:
    path = _write(tmp_path, MONTHLY)
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    march, april = load_campaign(path, date(2026, 3, 31)), load_campaign(path, date(2026, 4, 1))
    for loaded in (march, april):
        audit.campaign_attempts.plan(store, loaded)
    assert earlier_waiting(store, april) == []  # nothing sent in March
    [first, *_] = store.attempts("banks-2026-03")
    for before, after in (
        (AttemptState.PLANNED, AttemptState.SENDING),
        (AttemptState.SENDING, AttemptState.SENT),
        (AttemptState.SENT, AttemptState.AWAITING),
    ):
        assert store.transition(first.id, [before], after)
    [waiting] = earlier_waiting(store, april)
    assert waiting.campaign.campaign_id == "banks-2026-03"
    assert earlier_waiting(store, march) == []  # only earlier periods
    store.close()
