"""When each contact was made: an observation's slot (local weekday and hour), slot bands,
response times broken down by band, and companies whose slot mix is not comparable.

Every observation stores its slot when it is recorded (`slot_weekday`, `slot_hour`,
`slot_zone` in the observations table): its start time in the company's time zone
(`results.slot_zones`). The contacts whose wait depends on when are read in
`results.slot_contacts`; the waits by band and the slot-mix gaps are in `results.slot_mix`.

Bands are derived, never stored: weekday (Mon-Fri), Saturday or Sunday × night [0-6),
morning [6-12), afternoon [12-17), evening [17-24), e.g. "weekday mornings".
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from probes.base import Channel

SLOT_METRICS: dict[Channel, str] = {
    Channel.PHONE: "phone.time_to_agent_s",
    Channel.EMAIL: "email.first_response_s",
    Channel.CHAT: "chat.first_reply_s",
}
"""The wait whose time depends on when a customer asks, per channel."""
SLOT_WHAT: dict[Channel, str] = {
    Channel.PHONE: "time to a phone agent",
    Channel.EMAIL: "first email response",
    Channel.CHAT: "first chat reply",
}
DAYS = ("weekday", "Saturday", "Sunday")
PARTS = (("mornings", 6, 12), ("afternoons", 12, 17), ("evenings", 17, 24), ("nights", 0, 6))
BANDS: tuple[str, ...] = tuple(f"{day} {part}" for day in DAYS for part, _, _ in PARTS)
"""Every band, in reading order."""


@dataclass(frozen=True)
class SlotStamp:
    """Where in the week, locally, a contact was made."""

    weekday: int
    """0 = Monday ... 6 = Sunday."""
    hour: int
    zone: str

    @property
    def band(self) -> str:
        """E.g. `weekday mornings`, `Saturday evenings`."""
        return band_of(self.weekday, self.hour)


@functools.cache
def band_of(weekday: int, hour: int) -> str:
    """The band of a local weekday (0 = Monday) and hour."""
    day = DAYS[0] if weekday < 5 else DAYS[weekday - 4]
    part = next(name for name, start, end in PARTS if start <= hour < end)
    return f"{day} {part}"


def stamp(started: datetime, zone: str) -> SlotStamp:
    """The slot of a contact that started at `started` (naive: UTC) in time zone `zone`."""
    aware = started if started.tzinfo else started.replace(tzinfo=UTC)
    local = aware.astimezone(ZoneInfo(zone))
    return SlotStamp(local.weekday(), local.hour, zone)


def slot_columns(started: datetime, zone: str) -> dict[str, Any]:
    """The observations table's slot columns for a contact."""
    s = stamp(started, zone)
    return {"slot_weekday": s.weekday, "slot_hour": s.hour, "slot_zone": s.zone}
