"""The planner: balanced, deterministic, capped plans inside their slots, across DST changes."""

from __future__ import annotations

import itertools
import json
import subprocess
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from audit.planner import Plan, PlanError, ProbeDemand, build_plan
from audit.schedule import CampaignSchedule, ProbeSchedule, Slot, timezone_for
from probes.base import Target
from tests.cli_process import audit_process

MORNING = Slot(name="weekday mornings", weekdays=(0, 1, 2, 3, 4), hours=(9, 12))
EVENING = Slot(name="weekday evenings", weekdays=(0, 1, 2, 3, 4), hours=(17, 20))
SATURDAY = Slot(name="saturday", weekdays=(5,), hours=(10, 16))
SLOTS = ProbeSchedule(slots=(MORNING, EVENING, SATURDAY), min_gap_h=24)
BY_LABEL = {s.label: s for s in SLOTS.slots}


def _targets(count: int) -> list[Target]:
    countries = ["DE", "US", "GB", "AU", "JP", "BR"]
    return [
        Target(name=f"company {i}", country=countries[i % len(countries)]) for i in range(count)
    ]


def _plan(
    count: int = 60,
    seed: int = 7,
    probes: tuple[str, ...] = ("website", "chat", "email"),
    **caps: int,
) -> Plan:
    schedule = CampaignSchedule(start=date(2026, 3, 2), days=31, seed=seed, **caps)
    demands = {p: ProbeDemand(8, SLOTS) for p in probes}
    return build_plan(_targets(count), demands, schedule)


def _in_slot(local: datetime, slot: Slot) -> bool:
    return local.weekday() in slot.weekdays and slot.hours[0] <= local.hour < slot.hours[1]


def test_every_company_gets_the_same_slot_mix() -> None:
    plan = _plan()
    mixes = defaultdict(Counter)
    for attempt in plan.attempts:
        mixes[(attempt.company, attempt.probe_id)][attempt.slot] += 1
    expected = Counter({"weekday mornings": 3, "weekday evenings": 3, "saturday": 2})
    assert len(mixes) == 60 * 3
    assert all(mix == expected for mix in mixes.values())
    assert plan.slot_mix["chat"] == dict(expected)


def test_same_seed_same_plan_other_seed_other_plan() -> None:
    assert _plan(seed=1) == _plan(seed=1)
    first, other = _plan(seed=1), _plan(seed=2)
    assert [a.due for a in first.attempts] != [a.due for a in other.attempts]


def test_times_within_a_slot_are_randomised_across_companies() -> None:
    plan = _plan(count=40)
    firsts = {a.due for a in plan.attempts if a.probe_id == "website" and a.seq == 1}
    assert len(firsts) > 20


def test_nothing_is_planned_outside_its_slot_or_the_period() -> None:
    plan = _plan()
    for attempt in plan.attempts:
        local = attempt.local
        assert local is not None
        assert _in_slot(local, BY_LABEL[attempt.slot]), attempt
        assert date(2026, 3, 2) <= local.date() < date(2026, 4, 2)


def test_caps_gaps_and_one_contact_per_hour_hold() -> None:
    plan = _plan(probes=("website", "chat"), max_per_day=1, max_per_week=5)
    per_day: Counter[tuple[str, date]] = Counter()
    per_week: Counter[tuple[str, int]] = Counter()
    hours: Counter[tuple[str, datetime]] = Counter()
    by_probe: dict[tuple[str, str], list[datetime]] = defaultdict(list)
    for attempt in plan.attempts:
        local, due = attempt.local, attempt.due
        assert local is not None and due is not None
        per_day[(attempt.company, local.date())] += 1
        per_week[(attempt.company, local.isocalendar().week)] += 1
        hours[(attempt.company, due.replace(minute=0))] += 1
        by_probe[(attempt.company, attempt.probe_id)].append(due)
    assert max(per_day.values()) == 1
    assert max(per_week.values()) == 5
    assert max(hours.values()) == 1
    for dues in by_probe.values():
        dues.sort()
        assert all(b - a >= timedelta(hours=24) for a, b in itertools.pairwise(dues))
        assert dues == sorted(dues)  # seq follows time


def test_impossible_caps_are_one_clear_error() -> None:
    with pytest.raises(PlanError, match=r"no room for .* raise max_per_day"):
        build_plan(
            _targets(1),
            {"chat": ProbeDemand(8, ProbeSchedule(slots=(SATURDAY,), min_gap_h=0))},
            CampaignSchedule(start=date(2026, 3, 2), days=7, max_per_day=1),
        )


def test_local_hours_survive_daylight_saving_changes() -> None:
    # Europe/Berlin springs forward on 2026-03-29 (02:00 -> 03:00), New York on 2026-03-08
    # (02:00 -> 03:00): a 02:00-03:00 slot does not exist on those days there.
    slot = Slot(weekdays=tuple(range(7)), hours=(2, 3))
    schedule = CampaignSchedule(start=date(2026, 3, 1), days=31, max_per_day=1)
    targets = [Target(name="berlin", country="DE"), Target(name="new york", country="US")]
    demand = ProbeDemand(30, ProbeSchedule(slots=(slot,), min_gap_h=0))
    plan = build_plan(targets, {"chat": demand}, schedule)
    days = defaultdict(set)
    offsets = defaultdict(set)
    for attempt in plan.attempts:
        local = attempt.local
        assert local is not None and local.hour == 2, attempt
        days[attempt.company].add(local.day)
        offsets[attempt.company].add(local.utcoffset())
    assert days["berlin"] == set(range(1, 32)) - {29}
    assert days["new york"] == set(range(1, 32)) - {8}
    assert offsets["berlin"] == {timedelta(hours=1), timedelta(hours=2)}
    assert offsets["new york"] == {timedelta(hours=-5), timedelta(hours=-4)}
    with pytest.raises(PlanError):  # 31 attempts cannot fit in the 30 real 02:00 hours
        build_plan(targets, {"chat": ProbeDemand(31, demand.schedule)}, schedule)


def test_time_zones_come_from_country_phone_or_the_file() -> None:
    assert timezone_for("DE") == "Europe/Berlin"
    assert timezone_for("US", "+1 415 555 0100") == "America/Los_Angeles"
    schedule = CampaignSchedule(start=date(2026, 3, 2), timezones={"company 0": "Asia/Tokyo"})
    plan = build_plan(_targets(2), {"chat": ProbeDemand(2, SLOTS)}, schedule)
    zones = {a.company: a.timezone for a in plan.attempts}
    assert zones == {"company 0": "Asia/Tokyo", "company 1": "America/New_York"}


def test_unscheduled_probes_are_due_at_once() -> None:
    plan = build_plan(_targets(2), {"website": ProbeDemand(2)}, None)
    assert [a.due for a in plan.attempts] == [None] * 4
    assert {(a.company, a.seq) for a in plan.attempts} == {
        ("company 0", 1),
        ("company 0", 2),
        ("company 1", 1),
        ("company 1", 2),
    }


def _audit(*args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "COLUMNS": "200"}
    return audit_process(*args, timeout=60, env=env)


CAMPAIGN = """\
name: Banks
period: 2026-03
companies:
  - {name: Alpha Bank, country: DE}
  - {name: Beta Bank, country: FR, phone: "+33 1 23 45 67 89"}
probes:
  chat:
    attempts: 4
    schedule:
      slots:
        - {name: weekday mornings, weekdays: [0, 1, 2, 3, 4], hours: [9, 12]}
        - {name: saturday, weekdays: [5], hours: [10, 14]}
schedule: {start: 2026-03-02, days: 28, seed: 3}
"""


def test_audit_plan_prints_a_table_and_json(tmp_path: Path) -> None:
    path = tmp_path / "campaign.yaml"
    path.write_text(CAMPAIGN)
    table = _audit("plan", str(path))
    assert table.returncode == 0, table.stderr
    assert "Alpha Bank" in table.stdout and "saturday" in table.stdout
    result = _audit("plan", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["attempts"]
    assert len(rows) == 8
    assert {r["timezone"] for r in rows} == {"Europe/Berlin", "Europe/Paris"}
    for row in rows:
        local = datetime.fromisoformat(row["local"])
        due = datetime.fromisoformat(row["due"])
        assert due.astimezone(ZoneInfo(row["timezone"])) == local
        assert due.tzinfo is not None and due.utcoffset() == timedelta(0)
        assert local.weekday() == 5 or (local.weekday() < 5 and 9 <= local.hour < 12)


def test_a_probe_schedule_without_a_campaign_schedule_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "campaign.yaml"
    path.write_text(
        CAMPAIGN.replace("schedule: {start", "x_schedule: {start").replace("x_schedule", "#")
    )
    result = _audit("plan", str(path))
    assert result.returncode == 2
    assert "needs a campaign `schedule:`" in result.stderr
    assert "Traceback" not in result.stderr
