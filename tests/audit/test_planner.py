"""The planner: balanced, deterministic, capped plans inside their slots, across DST changes."""

from __future__ import annotations

import asyncio
import itertools
import json
import subprocess
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import ClassVar
from zoneinfo import ZoneInfo

import pytest
import yaml

import audit.runner
from audit.campaign import LoadedCampaign, load_campaign
from audit.planner import Plan, PlanError, ProbeDemand, build_plan, plan_campaign
from audit.run_summary import RunSummary
from audit.runner import Runner
from audit.schedule import CampaignSchedule, ProbeSchedule, Slot, timezone_for
from audit.settings import layered_settings
from probes.base import Channel, Clock, Observation, ProbeContext, Status, Target
from results.schema import AttemptState
from results.store import Store
from tests.cli_process import audit_process

MORNING = Slot(name="weekday mornings", weekdays=(0, 1, 2, 3, 4), hours=(9, 12))
EVENING = Slot(name="weekday evenings", weekdays=(0, 1, 2, 3, 4), hours=(17, 20))
SATURDAY = Slot(name="saturday", weekdays=(5,), hours=(10, 16))
SLOTS = ProbeSchedule(slots=(MORNING, EVENING, SATURDAY), min_gap_h=24)
BY_LABEL = {s.label: s for s in SLOTS.slots}


def _targets(count: int) -> list[Target]:
    countries = ["DE", "US", "GB", "AU", "JP", "BR", "IN", "NP"]  # India +5:30, Nepal +5:45
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
        hours[(attempt.company, local.replace(minute=0))] += 1
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
    assert "Europe/Paris" in table.stdout  # from Beta Bank's phone number
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


def test_a_time_zone_for_an_unknown_company_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "campaign.yaml"
    path.write_text(CAMPAIGN.replace("seed: 3}", "seed: 3, timezones: {Gamma: UTC}}"))
    result = _audit("plan", str(path))
    assert result.returncode == 2
    assert "schedule.timezones.Gamma: no company named 'Gamma'" in result.stderr


def test_a_probe_schedule_without_a_campaign_schedule_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "campaign.yaml"
    path.write_text(
        CAMPAIGN.replace("schedule: {start", "x_schedule: {start").replace("x_schedule", "#")
    )
    result = _audit("plan", str(path))
    assert result.returncode == 2
    assert "needs a campaign `schedule:`" in result.stderr
    assert "Traceback" not in result.stderr


class FakeClock(Clock):
    """The runner's clock, set by the test (monotonic time stays real, for pacing)."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def utcnow(self) -> datetime:
        return self.now


class RecordingProbe:
    """A stand-in website probe (no browser) noting when, by the runner's clock, it ran."""

    id: ClassVar[str] = "website"
    channels: ClassVar[tuple[Channel, ...]] = (Channel.SELFSERVICE,)
    needs_browser: ClassVar[bool] = False
    runs: ClassVar[list[tuple[str, datetime]]] = []

    async def run(self, target: Target, ctx: ProbeContext) -> Sequence[Observation]:
        now = ctx.clock.utcnow()
        RecordingProbe.runs.append((ctx.attempt_id, now))
        return [Observation(attempt_id=ctx.attempt_id, company=target.name,
                            channel=Channel.SELFSERVICE, probe_id="website", status=Status.OK,
                            started=now, finished=now)]  # fmt: skip


@pytest.fixture
def recording(monkeypatch: pytest.MonkeyPatch) -> type[RecordingProbe]:
    RecordingProbe.runs = []
    monkeypatch.setattr(audit.runner, "load_probe", lambda _probe_id: RecordingProbe())
    return RecordingProbe


SCHEDULED = {
    "name": "Scheduled", "period": "2026-03", "id": "sched",
    "companies": [{"name": "Alpha", "website": "http://127.0.0.1:9/", "country": "DE"},
                  {"name": "Beta", "website": "http://127.0.0.1:9/", "country": "DE"}],
    "probes": {"website": {"attempts": 2, "schedule": {"slots": [
        {"name": "mornings", "weekdays": [0, 1, 2, 3, 4], "hours": [9, 12]},
        {"name": "saturday", "weekdays": [5], "hours": [10, 14]}]}}},
    "schedule": {"start": "2026-03-02", "days": 7, "seed": 5},
    "settings": {"per_host_delay_s": 0},
}  # fmt: skip
BERLIN = ZoneInfo("Europe/Berlin")


def _scheduled(tmp_path: Path) -> tuple[LoadedCampaign, Store]:
    path = tmp_path / "campaign.yaml"
    path.write_text(yaml.safe_dump(SCHEDULED))
    return load_campaign(path), Store.open(f"sqlite:///{tmp_path / 'audit.db'}")


def _run(
    loaded: LoadedCampaign, store: Store, clock: FakeClock, due_only: bool = True
) -> tuple[Runner, RunSummary]:
    runner = Runner(store, loaded, layered_settings(loaded.campaign.settings), clock=clock)

    async def sleep(seconds: float) -> None:
        clock.now += timedelta(seconds=seconds)

    runner.sleep = sleep
    return runner, asyncio.run(runner.run(due_only=due_only))


def _slot_of(local: datetime) -> str | None:
    if local.weekday() < 5 and 9 <= local.hour < 12:
        return "mornings"
    if local.weekday() == 5 and 10 <= local.hour < 14:
        return "saturday"
    return None


def test_due_only_runs_each_attempt_in_its_planned_hour_across_restarts(
    tmp_path: Path, recording: type[RecordingProbe]
) -> None:
    loaded, store = _scheduled(tmp_path)
    plan = {f"sched/{a.company.lower()}/website/{a.seq}": a for a in plan_campaign(loaded).attempts}
    clock = FakeClock(datetime(2026, 3, 1, 23, 59, tzinfo=UTC))
    while clock.now < datetime(2026, 3, 9, tzinfo=UTC):  # a fresh runner every hour, like cron
        _, summary = _run(loaded, store, clock)
        assert summary.missed == []
        clock.now += timedelta(hours=1)
    assert sorted(attempt for attempt, _ in recording.runs) == sorted(plan)
    for attempt_id, when in recording.runs:
        planned = plan[attempt_id]
        assert planned.due is not None and planned.due <= when < planned.due + timedelta(hours=1)
        assert _slot_of(when.astimezone(BERLIN)) == planned.slot
    assert {a.state for a in store.attempts("sched")} == {AttemptState.DONE}


def test_missed_slots_are_reported_and_replanned_into_the_next_such_slot(
    tmp_path: Path, recording: type[RecordingProbe]
) -> None:
    loaded, store = _scheduled(tmp_path)
    clock = FakeClock(datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    _, summary = _run(loaded, store, clock)
    assert recording.runs == [] and summary.missed == [] and summary.waiting == 4
    clock.now = datetime(2026, 3, 8, 18, 0, tzinfo=UTC)  # Sunday evening: every slot passed
    _, summary = _run(loaded, store, clock)
    assert recording.runs == [] and len(summary.missed) == 4
    assert summary.next_due == datetime(2026, 3, 9, 8, 0, tzinfo=UTC)  # Monday 09:00 Berlin
    assert all("re-planned for 2026-03-" in line for line in summary.missed)
    clock.now = datetime(2026, 3, 9, 8, 30, tzinfo=UTC)  # Monday morning: one each
    _, summary = _run(loaded, store, clock)
    ran = sorted(attempt for attempt, _ in recording.runs)
    assert [a.split("/")[1] for a in ran] == ["alpha", "beta"]
    assert all(_slot_of(when.astimezone(BERLIN)) == "mornings" for _, when in recording.runs)
    assert summary.next_due == datetime(2026, 3, 14, 9, 0, tzinfo=UTC)  # Saturday 10:00 Berlin


def test_without_due_only_the_runner_waits_for_each_slot(
    tmp_path: Path, recording: type[RecordingProbe]
) -> None:
    loaded, store = _scheduled(tmp_path)
    clock = FakeClock(datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    _, summary = _run(loaded, store, clock, due_only=False)
    dues = sorted(a.due for a in plan_campaign(loaded).attempts if a.due)
    assert sorted(when for _, when in recording.runs) == dues
    assert summary.next_due is None and summary.ran == 4


def test_audit_run_due_only_exits_when_nothing_is_due(tmp_path: Path) -> None:
    spec = {**SCHEDULED, "schedule": {"start": "2030-01-07", "days": 7}, "workspace": "ws"}
    path = tmp_path / "campaign.yaml"
    path.write_text(yaml.safe_dump(spec))
    (tmp_path / "ws").mkdir()
    result = _audit("run", str(path), "--due-only")
    assert result.returncode == 0, result.stderr
    first = min(a.due for a in plan_campaign(load_campaign(path)).attempts if a.due)
    when = first.isoformat(timespec="minutes")
    assert f"4 attempts waiting for their slot; next due {when}" in result.stderr


def test_dry_run_prints_what_would_run_and_runs_nothing(tmp_path: Path) -> None:
    spec = {**SCHEDULED, "schedule": {"start": "2030-01-07", "days": 7}, "workspace": "ws"}
    spec["probes"] = {**spec["probes"], "chat": {"attempts": 1}}  # unscheduled: due now
    path = tmp_path / "campaign.yaml"
    path.write_text(yaml.safe_dump(spec))
    (tmp_path / "ws").mkdir()
    result = _audit("run", str(path), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "would run now: 2 attempts" in result.stdout
    assert "4 attempts waiting; next due 2030-01-" in result.stdout
    assert not (tmp_path / "ws" / "audit.db").exists()


def test_adding_a_company_leaves_the_others_plans_alone() -> None:
    schedule = CampaignSchedule(start=date(2026, 3, 2), seed=4)
    demands = {"chat": ProbeDemand(4, SLOTS)}
    before = build_plan(_targets(5), demands, schedule)
    after = build_plan(_targets(6), demands, schedule)
    assert [a for a in after.attempts if a.company != "company 5"] == list(before.attempts)
