"""Schedules in a campaign file: when, over a period, each probe's attempts may run.

A campaign's `schedule:` section gives the period (start date, days), the seed and the
per-company caps; each probe's `schedule:` gives the slots its attempts are spread over
(weekdays and local hours), the minimum gap between two of its attempts on one company
and, optionally, a time zone. A company's time zone is, in order: `schedule.timezones`
by company name, the probe's `timezone`, or the one its country (or phone number) implies.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from probes.base import Target
from results.slot_zones import company_zone
from results.slot_zones import timezone_for as timezone_for  # re-exported

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_FROZEN = ConfigDict(frozen=True, extra="forbid")


def _check_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"unknown time zone {value!r} (use an IANA name like Europe/Berlin)"
        ) from None
    return value


class Slot(BaseModel):
    """A recurring window in a company's local time: some weekdays, hours [start, end)."""

    model_config = _FROZEN

    name: str = ""
    """Label in plans and reports; derived from days and hours when empty."""
    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4)
    """0 = Monday ... 6 = Sunday."""
    hours: tuple[int, int] = (9, 17)
    """[start, end) local hours."""

    @field_validator("weekdays")
    @classmethod
    def _days(cls, value: tuple[int, ...]) -> tuple[int, ...]:
        if not value or any(d < 0 or d > 6 for d in value) or len(set(value)) != len(value):
            raise ValueError("weekdays are distinct numbers 0 (Monday) to 6 (Sunday), at least one")
        return tuple(sorted(value))

    @field_validator("hours")
    @classmethod
    def _hours(cls, value: tuple[int, int]) -> tuple[int, int]:
        start, end = value
        if not 0 <= start < end <= 24:
            raise ValueError("hours is [start, end) with 0 <= start < end <= 24")
        return value

    @property
    def label(self) -> str:
        """The slot's name, or e.g. `Mon-Fri 09-12`."""
        if self.name:
            return self.name
        days = self.weekdays
        if len(days) > 2 and days == tuple(range(days[0], days[-1] + 1)):
            day_text = f"{WEEKDAY_NAMES[days[0]]}-{WEEKDAY_NAMES[days[-1]]}"
        else:
            day_text = ",".join(WEEKDAY_NAMES[d] for d in days)
        return f"{day_text} {self.hours[0]:02d}-{self.hours[1]:02d}"


class ProbeSchedule(BaseModel):
    """When one probe's attempts may run: its slots, the gap between two on one company."""

    model_config = _FROZEN

    slots: tuple[Slot, ...] = Field(min_length=1)
    min_gap_h: float = Field(24.0, ge=0, le=24 * 60)
    """Minimum hours between two attempts of this probe on one company."""
    timezone: str | None = None
    """Local time of every company for this probe; default: from each company's country."""

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str | None) -> str | None:
        return None if value is None else _check_timezone(value)

    @model_validator(mode="after")
    def _unique_labels(self) -> ProbeSchedule:
        labels = [slot.label for slot in self.slots]
        if len(set(labels)) != len(labels):
            raise ValueError("two slots have the same name (or the same days and hours)")
        return self


class CampaignSchedule(BaseModel):
    """The period a scheduled campaign spans, its seed and its per-company caps."""

    model_config = _FROZEN

    start: date
    """First day of the period (companies' local dates)."""
    days: int = Field(28, ge=1, le=366)
    seed: int = 0
    """Same seed, same file: same plan."""
    max_per_day: int = Field(2, ge=1, le=24)
    """Attempts on one company per local day, all probes together."""
    max_per_week: int | None = Field(None, ge=1)
    """Attempts on one company per ISO week (local), all probes together."""
    timezones: dict[str, str] = Field(default_factory=dict)
    """Company name -> IANA time zone, overriding the one derived from its country."""

    @field_validator("timezones")
    @classmethod
    def _tzs(cls, value: dict[str, str]) -> dict[str, str]:
        for zone in value.values():
            _check_timezone(zone)
        return value


def company_timezone(
    target: Target, schedule: CampaignSchedule, probe: ProbeSchedule | None = None
) -> str:
    """The IANA time zone a company's slots are read in (see the module docstring); the
    same rule stamps each stored observation's slot (`results.slot_zones.company_zone`)."""
    return company_zone(
        target.name,
        target.country,
        target.phone,
        schedule.timezones,
        probe.timezone if probe is not None else None,
    )
