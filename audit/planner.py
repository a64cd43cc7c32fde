"""The planner: gives every attempt of a scheduled campaign a due time inside one of its slots.

Balanced: every company gets the same slot mix (attempt i of a probe goes to slot i mod the
number of slots); where in the period, and at which minute of which hour of the slot, is
random but fixed by the seed. Ethical: one company is never contacted twice in the same hour
(by any probes), and never more than the daily (and weekly) caps. Local times are read in
each company's time zone with `zoneinfo`, so daylight-saving changes move the UTC times, never
the local ones; a local hour that does not exist (spring forward) is never planned.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from audit.campaign import LoadedCampaign
from audit.schedule import CampaignSchedule, ProbeSchedule, Slot, company_timezone
from probes.base import Target
from probes.errors import InputError


class PlanError(InputError):
    """The schedule leaves no room for some attempt (slots too narrow or caps too low)."""


@dataclass(frozen=True)
class PlannedAttempt:
    """One attempt of the plan; `due` is None for a probe without a schedule (due at once)."""

    company: str
    probe_id: str
    seq: int
    slot: str = ""
    timezone: str = "UTC"
    due: datetime | None = None

    @property
    def local(self) -> datetime | None:
        """The due time in the company's time zone."""
        return None if self.due is None else self.due.astimezone(ZoneInfo(self.timezone))


@dataclass(frozen=True)
class Plan:
    """Every attempt of a campaign, in company, probe, seq order."""

    attempts: tuple[PlannedAttempt, ...]
    slot_mix: dict[str, dict[str, int]] = field(default_factory=dict)
    """Probe id -> slot label -> attempts per company (the same for every company)."""
    slots: dict[str, dict[str, Slot]] = field(default_factory=dict)
    """Probe id -> slot label -> the slot (scheduled probes only)."""
    max_per_day: int | None = None
    max_per_week: int | None = None
    """The campaign's caps, which attempts caught up after a missed slot must keep too."""

    def get(self, company: str, probe_id: str, seq: int) -> PlannedAttempt | None:
        """The planned attempt with this key, if any."""
        return self._index.get((company, probe_id, seq))

    @property
    def _index(self) -> dict[tuple[str, str, int], PlannedAttempt]:
        cached: dict[tuple[str, str, int], PlannedAttempt] | None = self.__dict__.get("_idx")
        if cached is None:
            cached = {(a.company, a.probe_id, a.seq): a for a in self.attempts}
            object.__setattr__(self, "_idx", cached)
        return cached


@dataclass(frozen=True)
class ProbeDemand:
    """What the planner needs of one probe: attempts per company and its schedule."""

    attempts: int
    schedule: ProbeSchedule | None = None


# A candidate hour: (its start in minutes since the epoch, local day ordinal, ordinal of the
# Monday of its local week). Minutes, not UTC hours: some zones are off by 30 or 45 minutes.
_Hour = tuple[int, int, int]


class _Candidates:
    """The hours of each slot within the period, per time zone (computed once per zone)."""

    def __init__(self, schedule: CampaignSchedule) -> None:
        self.schedule = schedule
        self._cache: dict[tuple[str, Slot], list[_Hour]] = {}

    def hours(self, zone: str, slot: Slot) -> list[_Hour]:
        key = (zone, slot)
        if key not in self._cache:
            self._cache[key] = self._compute(ZoneInfo(zone), slot)
        return self._cache[key]

    def _compute(self, tz: ZoneInfo, slot: Slot) -> list[_Hour]:
        out = []
        for offset in range(self.schedule.days):
            day = self.schedule.start + timedelta(days=offset)
            if day.weekday() not in slot.weekdays:
                continue
            monday = day.toordinal() - day.weekday()
            for hour in range(*slot.hours):
                naive = datetime(day.year, day.month, day.day, hour)
                utc = naive.replace(tzinfo=tz).astimezone(UTC)
                if utc.astimezone(tz).replace(tzinfo=None) != naive:
                    continue  # skipped by a daylight-saving change
                out.append((int(utc.timestamp()) // 60, day.toordinal(), monday))
        return out


@dataclass
class _CompanyLoad:
    """What is already planned for one company: hours taken, attempts per day and week."""

    hours: set[int] = field(default_factory=set)
    per_day: Counter[int] = field(default_factory=Counter)
    per_week: Counter[int] = field(default_factory=Counter)


def build_plan(
    targets: Sequence[Target],
    probes: Mapping[str, ProbeDemand],
    schedule: CampaignSchedule | None,
) -> Plan:
    """The plan of a campaign: due times for the attempts of every scheduled probe."""
    attempts: list[PlannedAttempt] = []
    mix = {
        pid: _slot_mix(demand.attempts, demand.schedule.slots)
        for pid, demand in probes.items()
        if demand.schedule is not None
    }
    candidates = _Candidates(schedule) if schedule is not None else None
    for target in targets:
        rng = random.Random(f"{schedule.seed if schedule else 0}:{target.name}")
        scheduled: dict[str, tuple[ProbeSchedule, int]] = {}
        for probe_id, demand in probes.items():
            if demand.schedule is None or schedule is None:
                attempts.extend(
                    PlannedAttempt(target.name, probe_id, seq)
                    for seq in range(1, demand.attempts + 1)
                )
            else:
                scheduled[probe_id] = (demand.schedule, demand.attempts)
        if scheduled and schedule is not None and candidates is not None:
            attempts.extend(_place_company(target, scheduled, schedule, candidates, rng))
    attempts.sort(key=lambda a: (a.company, list(probes).index(a.probe_id), a.seq))
    return Plan(
        tuple(attempts),
        {pid: dict(Counter(labels)) for pid, labels in mix.items()},
        {
            pid: {slot.label: slot for slot in demand.schedule.slots}
            for pid, demand in probes.items()
            if demand.schedule is not None
        },
        schedule.max_per_day if schedule else None,
        schedule.max_per_week if schedule else None,
    )


def _slot_mix(attempts: int, slots: Sequence[Slot]) -> list[str]:
    return [slots[i % len(slots)].label for i in range(attempts)]


def _place_company(
    target: Target,
    probes: dict[str, tuple[ProbeSchedule, int]],
    schedule: CampaignSchedule,
    candidates: _Candidates,
    rng: random.Random,
) -> list[PlannedAttempt]:
    """Due times for all scheduled attempts on one company, spread over the period.

    The scarcest slots (fewest hours per attempt, all probes together) are placed first,
    so that the wide ones fill in around them.
    """
    load = _CompanyLoad()
    zones = {pid: company_timezone(target, schedule, ps) for pid, (ps, _) in probes.items()}
    tasks = []  # (hours per attempt, probe id, slot index, attempts in that slot)
    for probe_id, (probe_schedule, count) in probes.items():
        wanted = Counter(i % len(probe_schedule.slots) for i in range(count))
        for slot_index, n in sorted(wanted.items()):
            slot = probe_schedule.slots[slot_index]
            size = len(candidates.hours(zones[probe_id], slot))
            tasks.append((size / n, probe_id, slot_index, n))
    tasks.sort(key=lambda task: task[0])
    chosen: dict[str, list[tuple[int, str]]] = {pid: [] for pid in probes}
    for _, probe_id, slot_index, count in tasks:
        probe_schedule = probes[probe_id][0]
        slot = probe_schedule.slots[slot_index]
        hours = candidates.hours(zones[probe_id], slot)
        gap_min = probe_schedule.min_gap_h * 60
        mine = chosen[probe_id]
        for part in range(count):
            # Prefer the part-th stretch of the period, so attempts spread over it.
            lo, hi = len(hours) * part // count, len(hours) * (part + 1) // count
            minute = _first_fit(hours, lo, hi, rng, load, mine, gap_min, schedule)
            if minute is None:
                minute = _first_fit(hours, 0, len(hours), rng, load, mine, gap_min, schedule)
            if minute is None:
                raise PlanError(
                    f"no room for a {probe_id} attempt on {target.name!r} in slot "
                    f"{slot.label!r} ({zones[probe_id]}): widen the slots, lengthen the period "
                    f"(schedule.days), lower min_gap_h or raise max_per_day"
                )
            mine.append((minute, slot.label))
    out: list[PlannedAttempt] = []
    for probe_id, picks in chosen.items():
        picks.sort()
        out.extend(
            PlannedAttempt(
                target.name,
                probe_id,
                seq,
                label,
                zones[probe_id],
                datetime.fromtimestamp(minute * 60, UTC),
            )
            for seq, (minute, label) in enumerate(picks, start=1)
        )
    return out


def _first_fit(
    hours: list[_Hour],
    lo: int,
    hi: int,
    rng: random.Random,
    load: _CompanyLoad,
    chosen: list[tuple[int, str]],
    gap_min: float,
    schedule: CampaignSchedule,
) -> int | None:
    """Try hours[lo:hi] from a random start; take the first that breaks no rule."""
    size = hi - lo
    if size <= 0:
        return None
    start = rng.randrange(size)
    minute_of_hour = rng.randrange(60)
    for step in range(size):
        hour, day, week = hours[lo + (start + step) % size]
        if hour in load.hours or load.per_day[day] >= schedule.max_per_day:
            continue
        if schedule.max_per_week is not None and load.per_week[week] >= schedule.max_per_week:
            continue
        minute = hour + minute_of_hour
        if any(abs(minute - other) < gap_min for other, _ in chosen):
            continue
        load.hours.add(hour)
        load.per_day[day] += 1
        load.per_week[week] += 1
        return minute
    return None


def plan_campaign(loaded: LoadedCampaign) -> Plan:
    """The plan of a loaded campaign file (attempts all due at once when it has no schedule)."""
    campaign = loaded.campaign
    demands = {
        pid: ProbeDemand(p.attempts, p.schedule if campaign.schedule else None)
        for pid, p in campaign.probes.items()
    }
    return build_plan([c.target() for c in loaded.companies], demands, campaign.schedule)
