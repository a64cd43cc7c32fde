"""Which planned attempts may run now: due, missed (re-planned), or waiting for their slot.

Nothing runs outside its slot. An attempt whose due hour passed while nothing ran is
*missed*: it is re-planned into the next occurrence of the same slot (the current one, when
the clock is inside it). The re-planned time follows from the clock, so nothing extra is
stored and a restart keeps the plan. At most one attempt per company starts per call, so
two missed attempts are never caught up on one company at once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from audit.planner import Plan, PlannedAttempt
from audit.schedule import Slot
from probes.attempts import AttemptState
from probes.email.interface import EmailCampaignSpec
from results.slot_contacts import contact_times
from results.store import Store

_SEARCH_HOURS = 24 * 8  # every weekly slot recurs within eight days


@dataclass
class DueSplit:
    """The planned attempts split by what may run now."""

    due: list[PlannedAttempt] = field(default_factory=list)
    """Run now (on time, unscheduled, or missed and re-planned into this slot)."""
    missed: list[tuple[PlannedAttempt, datetime | None]] = field(default_factory=list)
    """Attempts whose slot passed, with their new due time (None: running now)."""
    waiting: list[tuple[PlannedAttempt, datetime]] = field(default_factory=list)
    """Not yet due, with when they will be."""

    @property
    def next_due(self) -> datetime | None:
        """When the earliest waiting attempt is due."""
        return min((when for _, when in self.waiting), default=None)


def in_slot(slot: Slot, zone: str, when: datetime) -> bool:
    """Is `when` inside `slot` in time zone `zone`?"""
    local = when.astimezone(ZoneInfo(zone))
    return local.weekday() in slot.weekdays and slot.hours[0] <= local.hour < slot.hours[1]


def next_slot_start(slot: Slot, zone: str, after: datetime) -> datetime | None:
    """The first whole hour after `after` that is inside `slot` (None: none within 8 days)."""
    probe = after.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
    for _ in range(_SEARCH_HOURS):
        probe += timedelta(hours=1)
        if in_slot(slot, zone, probe):
            return probe
    return None


class _Contacts:
    """When each company is (or will be) contacted: attempts done, and those on time."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.times: dict[str, list[datetime]] = defaultdict(list)

    def has_room(self, attempt: PlannedAttempt, when: datetime) -> bool:
        """May `attempt` run at `when`: no other contact in that hour, caps not reached?"""
        tz = ZoneInfo(attempt.timezone)
        local = when.astimezone(tz)
        hour = when.replace(minute=0, second=0, microsecond=0)
        day = week = 0
        for other in self.times[attempt.company]:
            if hour <= other < hour + timedelta(hours=1):
                return False
            other_local = other.astimezone(tz)
            day += other_local.date() == local.date()
            week += other_local.isocalendar()[:2] == local.isocalendar()[:2]
        if self.plan.max_per_day is not None and day >= self.plan.max_per_day:
            return False
        return self.plan.max_per_week is None or week < self.plan.max_per_week

    def next_with_room(
        self, attempt: PlannedAttempt, slot: Slot, after: datetime
    ) -> datetime | None:
        """The first start of `slot` after `after` with room for `attempt` (within 8 weeks)."""
        when: datetime | None = after
        for _ in range(8 * 7 * 24):
            assert when is not None
            when = next_slot_start(slot, attempt.timezone, when)
            if when is None or self.has_room(attempt, when):
                return when
        return None


def split_due(
    plan: Plan,
    pending: Iterable[tuple[str, str, int]],
    now: datetime,
    done: Mapping[tuple[str, str, int], datetime] | None = None,
) -> DueSplit:
    """Split the pending (company, probe, seq) attempts of `plan` by what may run at `now`.

    `done`: when the plan's other attempts ran (company, probe, seq -> time). A missed
    attempt is caught up only where it breaks no rule of the plan: no second contact in
    the hour, the daily and weekly caps counting what ran and what is due on time.
    """
    out = DueSplit()
    started: set[str] = set()
    found = [a for key in pending if (a := plan.get(*key)) is not None]
    unscheduled = [a for a in found if a.due is None]
    scheduled = sorted((a for a in found if a.due is not None), key=lambda a: a.due or now)
    out.due.extend(unscheduled)
    contacts = _Contacts(plan)
    for key, when in (done or {}).items():
        ran = plan.get(*key)
        if ran is not None and ran.due is not None:  # the caps count scheduled attempts
            contacts.times[key[0]].append(when)
    for attempt in scheduled:
        assert attempt.due is not None
        if not _missed(attempt, now):
            contacts.times[attempt.company].append(attempt.due)
    for attempt in scheduled:
        assert attempt.due is not None
        slot = plan.slots[attempt.probe_id][attempt.slot]
        if attempt.due > now:
            out.waiting.append((attempt, attempt.due))
            continue
        if not _missed(attempt, now):
            if attempt.company not in started and in_slot(slot, attempt.timezone, now):
                started.add(attempt.company)
                out.due.append(attempt)
            else:  # another of the company's attempts starts now: next hour
                later = next_slot_start(slot, attempt.timezone, now)
                if later is not None:
                    out.waiting.append((attempt, later))
            continue
        runnable = (
            in_slot(slot, attempt.timezone, now)
            and attempt.company not in started
            and contacts.has_room(attempt, now)
        )
        later = None if runnable else contacts.next_with_room(attempt, slot, now)
        out.missed.append((attempt, later))
        if runnable:
            started.add(attempt.company)
            contacts.times[attempt.company].append(now)
            out.due.append(attempt)
        elif later is not None:
            contacts.times[attempt.company].append(later)
            out.waiting.append((attempt, later))
    return out


def _missed(attempt: PlannedAttempt, now: datetime) -> bool:
    """Did the hour `attempt` was due in pass before `now`?"""
    local = attempt.local
    assert attempt.due is not None and local is not None
    hour_start = attempt.due - timedelta(minutes=local.minute, seconds=local.second)
    return now >= hour_start + timedelta(hours=1)


def ran_at(store: Store, campaign_id: str) -> dict[tuple[str, str, int], datetime]:
    """When each attempt of a campaign that left `planned` made its contact: its first
    observation's start, else (still running, or sent and awaiting) its last state change."""
    with store.engine.connect() as conn:
        started = contact_times(conn, campaign_id)
    return {
        (a.company, a.probe_id, a.seq): when
        for a in store.attempts(campaign_id)
        if a.state is not AttemptState.PLANNED
        and (when := started.get(a.id) or a.updated) is not None
    }


def slots_decide(config: Any) -> Any:
    """A scheduled email probe's section with its send window open all week: its slots
    (through each attempt's `not_before`) decide when each inquiry goes out. Other
    two-phase probes' sections are returned as they are."""
    if not isinstance(config, EmailCampaignSpec):
        return config
    always = config.settings.model_copy(
        update={"weekdays": tuple(range(7)), "business_hours": (0, 24)}
    )
    return config.model_copy(update={"settings": always})
