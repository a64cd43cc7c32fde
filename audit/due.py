"""Which planned attempts may run now: due, missed (re-planned), or waiting for their slot.

Nothing runs outside its slot. An attempt whose due hour passed while nothing ran is
*missed*: it is re-planned into the next occurrence of the same slot (the current one, when
the clock is inside it). The re-planned time follows from the clock, so nothing extra is
stored and a restart keeps the plan. At most one attempt per company starts per call, so
two missed attempts are never caught up on one company at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from audit.planner import Plan, PlannedAttempt
from audit.schedule import Slot

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


def split_due(plan: Plan, pending: Iterable[tuple[str, str, int]], now: datetime) -> DueSplit:
    """Split the pending (company, probe, seq) attempts of `plan` by what may run at `now`."""
    out = DueSplit()
    started: set[str] = set()
    found = [a for key in pending if (a := plan.get(*key)) is not None]
    unscheduled = [a for a in found if a.due is None]
    scheduled = sorted((a for a in found if a.due is not None), key=lambda a: a.due or now)
    out.due.extend(unscheduled)
    for attempt in scheduled:
        assert attempt.due is not None
        slot = plan.slots[attempt.probe_id][attempt.slot]
        if attempt.due > now:
            out.waiting.append((attempt, attempt.due))
            continue
        local = attempt.local
        assert local is not None
        hour_start = attempt.due - timedelta(minutes=local.minute, seconds=local.second)
        on_time = now < hour_start + timedelta(hours=1)
        runnable = in_slot(slot, attempt.timezone, now) and attempt.company not in started
        if not on_time:
            later = None if runnable else next_slot_start(slot, attempt.timezone, now)
            out.missed.append((attempt, later))
            if later is not None:
                out.waiting.append((attempt, later))
        if runnable:
            started.add(attempt.company)
            out.due.append(attempt)
        elif on_time:  # another of the company's attempts starts now: next hour
            later = next_slot_start(slot, attempt.timezone, now)
            if later is not None:
                out.waiting.append((attempt, later))
    return out
