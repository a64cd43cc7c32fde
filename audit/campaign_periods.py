"""Recurring campaigns: one file, one campaign per period (weekly, monthly or quarterly).

A campaign with `recurrence: monthly` (or `weekly`, `quarterly`) names its *first* period
in `period` (`2026-03`, `2026-W10`, `2026-Q1`). Loading the file at a given moment opens
the campaign of the period under way then (UTC dates; never one before the first): its
own period label, its own id (`<id>-<period>` when the file gives an `id`), and, when it
has a `schedule:`, a schedule spanning exactly that period (its first day and its length).
So `audit run` after the end of March audits April from the same file, and leaderboards
compare the periods as they compare any others.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from probes.base import Clock
from probes.yaml_source import YamlDocument

RECURRENCES = ("weekly", "monthly", "quarterly")
_FORMATS = {
    "weekly": ("YYYY-Www, e.g. 2026-W10", re.compile(r"^(\d{4})-W(\d{2})$")),
    "monthly": ("YYYY-MM, e.g. 2026-03", re.compile(r"^(\d{4})-(\d{2})$")),
    "quarterly": ("YYYY-Qn, e.g. 2026-Q1", re.compile(r"^(\d{4})-Q(\d)$")),
}


@dataclass(frozen=True)
class Period:
    """One period of a recurring campaign: its label, first day and length in days."""

    label: str
    start: date
    days: int

    @property
    def end(self) -> date:
        """The first day after the period."""
        return self.start + timedelta(days=self.days)


def _month(year: int, month: int, months: int, label: str) -> Period:
    start = date(year, month, 1)
    year_after, month_after = divmod(month - 1 + months, 12)
    end = date(year + year_after, month_after + 1, 1)
    return Period(label, start, (end - start).days)


def parse_period(recurrence: str, label: str) -> Period | None:
    """The period a label names under `recurrence`; None if it is not such a label."""
    match = _FORMATS[recurrence][1].match(label)
    if match is None:
        return None
    year, number = int(match.group(1)), int(match.group(2))
    try:
        if recurrence == "weekly":
            return Period(label, date.fromisocalendar(year, number, 1), 7)
        if recurrence == "monthly":
            return _month(year, number, 1, label) if 1 <= number <= 12 else None
        return _month(year, 3 * number - 2, 3, label) if 1 <= number <= 4 else None
    except ValueError:
        return None


def following(recurrence: str, period: Period) -> Period:
    """The period after `period`."""
    end = period.end
    if recurrence == "weekly":
        year, week, _ = end.isocalendar()
        return Period(f"{year}-W{week:02d}", end, 7)
    if recurrence == "monthly":
        return _month(end.year, end.month, 1, f"{end.year}-{end.month:02d}")
    return _month(end.year, end.month, 3, f"{end.year}-Q{(end.month + 2) // 3}")


def period_at(recurrence: str, first: Period, today: date) -> Period:
    """The period under way on `today` (the first one, before it starts)."""
    period = first
    while period.end <= today:
        period = following(recurrence, period)
    return period


def open_period(doc: YamlDocument, today: date) -> Period | None:
    """Rewrite a recurring campaign document into its campaign for the period under way on
    `today` (before validation); None for a campaign without `recurrence`."""
    data: dict[str, Any] = doc.data
    recurrence = data.get("recurrence")
    if recurrence is None:
        return None
    if recurrence not in RECURRENCES:
        raise doc.error(("recurrence",), f"use one of: {', '.join(RECURRENCES)}")
    shape = _FORMATS[recurrence][0]
    first = parse_period(recurrence, str(data.get("period", "")))
    if first is None:
        raise doc.error(("period",), f"a {recurrence} campaign's first period is {shape}")
    period = period_at(recurrence, first, today)
    data["period"] = period.label
    if isinstance(data.get("id"), str):
        data["id"] = f"{data['id']}-{period.label}"
    schedule = data.get("schedule")
    if isinstance(schedule, dict):
        for name in ("start", "days"):
            if name in schedule:
                raise doc.error(
                    ("schedule", name),
                    "a recurring campaign's schedule spans each period: leave out start and days",
                )
        schedule["start"], schedule["days"] = period.start, period.days
    return period


async def until_period(
    start: date,
    clock: Clock,
    sleep: Callable[[float], Awaitable[object]],
    say: Callable[[str], object],
) -> None:
    """Wait, by `clock`, until the period starting on `start` (00:00 UTC) is under way."""
    when = datetime.combine(start, time(), UTC)
    say(f"period over; the next one opens on {start.isoformat()} (UTC): waiting")
    while (left := (when - clock.utcnow()).total_seconds()) > 0:
        await sleep(min(left, 60.0))
