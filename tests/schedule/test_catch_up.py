"""Attempts caught up after a missed slot keep the plan's rules: one contact per company per
hour and the daily and weekly caps (fake clock, real store)."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from audit.campaign import load_campaign
from audit.due import split_due
from audit.planner import ProbeDemand, build_plan, plan_campaign
from audit.runner import Runner
from audit.schedule import CampaignSchedule, ProbeSchedule, Slot
from audit.settings import layered_settings
from probes.base import Target
from results.store import Store
from tests.audit.test_planner import FakeClock, RecordingProbe, recording

__all__ = ["recording"]
BERLIN = ZoneInfo("Europe/Berlin")
MORNINGS = Slot(name="mornings", weekdays=(0, 1, 2, 3, 4), hours=(9, 12))


def test_a_caught_up_attempt_waits_for_a_day_under_the_daily_cap() -> None:
    plan = build_plan(
        [Target(name="Acme", country="DE")],
        {"website": ProbeDemand(2, ProbeSchedule(slots=(MORNINGS,), min_gap_h=24))},
        CampaignSchedule(start=date(2026, 3, 2), days=7, seed=3, max_per_day=1),
    )
    first, second = plan.attempts
    assert first.local is not None and second.local is not None
    assert first.local.date() < second.local.date()
    # the machine was off until the morning `second` is due: `first` was missed
    now = second.local.replace(hour=9, minute=0).astimezone(UTC)
    split = split_due(plan, [("Acme", "website", 1), ("Acme", "website", 2)], now)
    assert first not in split.due
    [(missed, later)] = split.missed
    assert missed == first and later is not None
    local = later.astimezone(BERLIN)
    assert local.date() > second.local.date()  # not a second contact that day
    assert local.weekday() < 5 and local.hour == 9


def test_attempts_that_ran_count_towards_the_weekly_cap() -> None:
    plan = build_plan(
        [Target(name="Acme", country="DE")],
        {"website": ProbeDemand(3, ProbeSchedule(slots=(MORNINGS,), min_gap_h=0))},
        CampaignSchedule(start=date(2026, 3, 2), days=14, seed=1, max_per_day=1, max_per_week=2),
    )
    *_, a3 = plan.attempts
    assert a3.due is not None
    # the week after a3's: two missed attempts ran on Monday and Tuesday; now is Wednesday
    year, week, _ = (a3.due.astimezone(BERLIN) + timedelta(days=7)).isocalendar()
    monday = datetime.combine(date.fromisocalendar(year, week, 1), time(9), BERLIN)
    ran = {("Acme", "website", 1): monday, ("Acme", "website", 2): monday + timedelta(days=1)}
    now = monday + timedelta(days=2, hours=1, minutes=30)
    split = split_due(plan, [("Acme", "website", 3)], now.astimezone(UTC), ran)
    [(missed, later)] = split.missed
    assert missed == a3 and split.due == []  # in the slot, free that day, but the week is full
    assert later == monday + timedelta(days=7)  # next Monday 09:00


SPEC = {
    "name": "Caps", "period": "2026-03", "id": "caps",
    "companies": [{"name": "Alpha", "website": "http://127.0.0.1:9/", "country": "DE"}],
    "probes": {"website": {"attempts": 4, "schedule": {"min_gap_h": 0, "slots": [
        {"name": "mornings", "weekdays": [0, 1, 2, 3, 4], "hours": [9, 12]}]}}},
    "schedule": {"start": "2026-03-02", "days": 14, "seed": 5, "max_per_day": 1},
    "settings": {"per_host_delay_s": 0},
}  # fmt: skip


def test_after_an_outage_the_runner_never_contacts_a_company_twice_a_day(
    tmp_path: Path, recording: type[RecordingProbe]
) -> None:
    path = tmp_path / "campaign.yaml"
    path.write_text(yaml.safe_dump(SPEC))
    loaded = load_campaign(path)
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    dues = sorted(a.due for a in plan_campaign(loaded).attempts if a.due)
    # off until the morning of the last due day, then every hour like cron, for two weeks
    clock = FakeClock(dues[-1].astimezone(BERLIN).replace(hour=9, minute=0).astimezone(UTC))
    end = clock.now + timedelta(days=14)
    while clock.now < end:
        runner = Runner(store, loaded, layered_settings(loaded.campaign.settings), clock=clock)
        asyncio.run(runner.run(due_only=True))
        clock.now += timedelta(hours=1)
    days = Counter(when.astimezone(BERLIN).date() for _, when in recording.runs)
    assert sum(days.values()) == 4  # everything ran in the end...
    assert max(days.values()) == 1  # ...never twice on one local day
    for _, when in recording.runs:
        local = when.astimezone(BERLIN)
        assert local.weekday() < 5 and 9 <= local.hour < 12  # and only inside the slot
    store.close()
