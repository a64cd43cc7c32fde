"""When each contact was made: an observation's slot (local weekday and hour), slot bands,
response times broken down by band, and companies whose slot mix is not comparable.

Every observation stores its slot when it is recorded (`slot_weekday`, `slot_hour`,
`slot_zone` in the observations table): its start time in the company's time zone. The
zone is, in order: the campaign's `schedule.timezones` entry for the company, the probe's
schedule `timezone`, the zone of the company's phone number, of its country, else UTC.
A company known only from a log (no country) takes its target from another campaign.

Bands are derived, never stored: weekday (Mon-Fri), Saturday or Sunday × night [0-6),
morning [6-12), afternoon [12-17), evening [17-24), e.g. "weekday mornings".
"""

from __future__ import annotations

import contextlib
import functools
import statistics
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo, available_timezones

import pandas as pd
import phonenumbers
from phonenumbers import timezone as phone_timezone
from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from probes.base import Channel, Observation, Status
from results import schema
from rubrics.summary import number, value_in

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


# -- time zones ------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def timezone_for(country: str, phone: str | None = None) -> str:
    """The time zone of a phone number, else of the country's example number, else UTC.

    A country spanning several zones gets its example number's (US: America/New_York);
    give the company's phone number or a `timezones:` entry to be exact.
    """
    numbers = []
    if phone:
        with contextlib.suppress(phonenumbers.NumberParseException):
            numbers.append(phonenumbers.parse(phone, country))
    example = phonenumbers.example_number(country)
    if example is not None:
        numbers.append(example)
    known = _known_zones()
    for number_ in numbers:
        for zone in phone_timezone.time_zones_for_number(number_):
            if zone in known:
                return str(zone)
    return "UTC"


@functools.cache
def _known_zones() -> frozenset[str]:
    return frozenset(available_timezones())


def company_zone(
    name: str,
    country: str | None,
    phone: str | None,
    overrides: Mapping[str, str] | None = None,
    probe_zone: str | None = None,
) -> str:
    """A company's zone: override by name, the probe's zone, its phone's, its country's, UTC."""
    if overrides and name in overrides:
        return overrides[name]
    if probe_zone:
        return probe_zone
    return timezone_for(country, phone) if country else "UTC"


def _spec_zones(conn: Connection, campaign_id: str) -> tuple[dict[str, str], dict[str, str]]:
    """(company overrides, probe id -> zone) from a stored campaign spec: only its
    `schedule` and `probes` sections are read (a spec may list 10,000 companies)."""
    camp = schema.campaigns
    row = conn.execute(
        select(camp.c.spec["schedule"], camp.c.spec["probes"]).where(camp.c.id == campaign_id)
    ).first()
    schedule, plans = (row[0], row[1]) if row is not None else (None, None)
    overrides = dict((schedule if isinstance(schedule, dict) else {}).get("timezones") or {})
    probes = {}
    for probe_id, plan in (plans if isinstance(plans, dict) else {}).items():
        zone = (
            ((plan or {}).get("schedule") or {}).get("timezone") if isinstance(plan, dict) else None
        )
        if zone:
            probes[str(probe_id)] = str(zone)
    return overrides, probes


class ZoneBook:
    """Company time zones for the observations of one campaign, read through `conn`."""

    def __init__(self, conn: Connection, campaign_id: str) -> None:
        self.conn = conn
        self.overrides, self.probe_zones = _spec_zones(conn, campaign_id)
        self.campaign_id = campaign_id
        self._other: dict[str, dict[str, str]] = {campaign_id: self.overrides}
        self._targets: dict[str, tuple[str | None, str | None, dict[str, str]]] = {}

    def load(self, names: Iterable[str]) -> None:
        """Read the targets of `names` (this campaign's first, else any with a country)."""
        missing = sorted(set(names) - set(self._targets))
        comp = schema.companies
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            query = select(comp.c.campaign_id, comp.c.name, comp.c.target).where(
                comp.c.name.in_(chunk)
            )
            found: dict[str, tuple[int, tuple[str | None, str | None, dict[str, str]]]] = {}
            for campaign_id, name, target in self.conn.execute(query):
                target = target or {}
                country = target.get("country")
                rank = 2 if campaign_id == self.campaign_id and country else 1 if country else 0
                if name not in found or rank > found[name][0]:
                    if campaign_id not in self._other:
                        self._other[campaign_id] = _spec_zones(self.conn, campaign_id)[0]
                    overrides = self._other[campaign_id]
                    found[name] = (rank, (country, target.get("phone"), overrides))
            for name in chunk:
                self._targets[name] = found[name][1] if name in found else (None, None, {})

    def zone(self, company: str, probe_id: str) -> str:
        """The zone `company`'s contacts by `probe_id` are read in."""
        if company not in self._targets:
            self.load([company])
        country, phone, overrides = self._targets[company]
        if company in self.overrides:
            overrides = self.overrides
        return company_zone(company, country, phone, overrides, self.probe_zones.get(probe_id))


# -- reading ---------------------------------------------------------------------------


class TimedContact(NamedTuple):
    """One contact whose wait depends on when it was made: its band and the wait."""

    company: str
    channel: Channel
    band: str
    wait_s: float
    """Seconds; infinite when nobody answered before the deadline (censored)."""
    slot: str = ""
    """The campaign's own slot it fell in (scheduled probes), else its band: what slot
    mixes are compared on."""

    @property
    def mix_key(self) -> str:
        """What this contact counts as in its company's slot mix."""
        return self.slot or self.band


DeclaredSlot = tuple[str, frozenset[int], int, int]
"""A campaign's slot as stored in its spec: label, weekdays, [first hour, end hour)."""


def declared_slots(spec: Mapping[str, Any] | None) -> dict[str, list[DeclaredSlot]]:
    """Probe id -> the slots its schedule spreads attempts over (scheduled campaigns)."""
    spec = spec or {}
    if not spec.get("schedule"):
        return {}
    out: dict[str, list[DeclaredSlot]] = {}
    for probe_id, plan in (spec.get("probes") or {}).items():
        slots = (
            ((plan or {}).get("schedule") or {}).get("slots") if isinstance(plan, dict) else None
        )
        for i, slot in enumerate(slots or []):
            days = frozenset(slot.get("weekdays", (0, 1, 2, 3, 4)))
            first, end = slot.get("hours", (9, 17))
            label = slot.get("name") or f"{probe_id} slot {i + 1}"
            out.setdefault(str(probe_id), []).append((label, days, int(first), int(end)))
    return out


def _declared(
    slots: Mapping[str, list[DeclaredSlot]], probe_id: str, weekday: int, hour: int
) -> str:
    for label, days, first, end in slots.get(probe_id, ()):
        if weekday in days and first <= hour < end:
            return label
    return ""


def timed_contact(obs: Observation, weekday: int | None, hour: int | None) -> TimedContact | None:
    """`obs` as a timed contact, or None (no slot, our error, not a wait of its channel)."""
    return contact_in(
        obs.company, obs.channel, obs.probe_id, obs.status, obs.metrics, weekday, hour, {}
    )


def slot_stamps(
    conn: Connection, campaign_ids: Iterable[str], company: str | None = None
) -> dict[tuple[str, str], tuple[int | None, int | None]]:
    """(attempt id, channel) -> (local weekday, local hour) of the campaigns' observations."""
    obs_t = schema.observations
    query = select(obs_t.c.attempt_id, obs_t.c.channel, obs_t.c.slot_weekday, obs_t.c.slot_hour)
    query = query.where(obs_t.c.campaign_id.in_(list(campaign_ids)))
    if company is not None:
        query = query.where(obs_t.c.company == company)
    return {(a, c): (w, h) for a, c, w, h in conn.execute(query)}


def contact_times(conn: Connection, campaign_id: str) -> dict[str, datetime]:
    """Attempt id -> when its contact started (the earliest of its observations)."""
    obs_t = schema.observations
    query = (
        select(obs_t.c.attempt_id, func.min(obs_t.c.started))
        .where(obs_t.c.campaign_id == campaign_id)
        .group_by(obs_t.c.attempt_id)
    )
    return {a: (t if t.tzinfo else t.replace(tzinfo=UTC)) for a, t in conn.execute(query)}


def slot_json(
    stamps: Mapping[tuple[str, str], tuple[int | None, int | None]], obs: Observation
) -> dict[str, object] | None:
    """An observation's slot for JSON (`weekday` 0 = Monday, local `hour`, `band`), or None."""
    weekday, hour = stamps.get((obs.attempt_id, obs.channel.value), (None, None))
    if weekday is None or hour is None:
        return None
    return {"weekday": weekday, "hour": hour, "band": band_of(weekday, hour)}


def contact_in(
    company: str,
    channel: Channel,
    probe_id: str,
    status: Status,
    metrics: Mapping[str, Any] | None,
    weekday: int | None,
    hour: int | None,
    declared: Mapping[str, list[DeclaredSlot]],
) -> TimedContact | None:
    """A stored observation's parts as a timed contact (see `timed_contact`), with the
    campaign's `declared` slot it fell in; None when it is no timed contact."""
    metric = SLOT_METRICS.get(channel)
    if metric is None or weekday is None or hour is None or status == Status.ERROR:
        return None
    value = value_in(metric, status, probe_id, metrics or {})  # a missing wait may be censored
    wait = value if value == float("inf") else number(value)
    if wait is None:
        return None
    slot = _declared(declared, probe_id, weekday, hour)
    return TimedContact(company, channel, band_of(weekday, hour), float(wait), slot)


def declared_of(
    conn: Connection, campaign_ids: Iterable[str]
) -> dict[str, dict[str, list[DeclaredSlot]]]:
    """Campaign id -> its declared slots by probe (`declared_slots` of its stored spec)."""
    camp = schema.campaigns
    specs = conn.execute(select(camp.c.id, camp.c.spec).where(camp.c.id.in_(list(campaign_ids))))
    return {cid: declared_slots(spec) for cid, spec in specs}


class ContactTap:
    """Collects the timed contacts of observation records streaming past (the scoring
    pass), so the slot mix needs no second read of the store."""

    def __init__(self, declared: Mapping[str, Mapping[str, list[DeclaredSlot]]]) -> None:
        self.declared = declared
        self.contacts: list[TimedContact] = []

    def __call__(self, records: Iterable[Any]) -> Iterator[Any]:
        """Yield `records` (`results.store.ObservationRecord`s) unchanged, keeping contacts."""
        keep = self.contacts.append
        none: dict[str, list[DeclaredSlot]] = {}
        for r in records:
            if r.channel in SLOT_METRICS and r.slot_weekday is not None:
                contact = contact_in(
                    r.company, r.channel, r.probe_id, r.status, r.metrics,
                    r.slot_weekday, r.slot_hour, self.declared.get(r.campaign_id, none),
                )  # fmt: skip
                if contact is not None:
                    keep(contact)
            yield r


def stored_contacts(conn: Connection, campaign_ids: Iterable[str]) -> Iterator[TimedContact]:
    """The timed contacts of the campaigns, read straight from the store (no evidence)."""
    campaign_ids = list(campaign_ids)
    obs_t = schema.observations
    query = select(
        obs_t.c.company,
        obs_t.c.channel,
        obs_t.c.probe_id,
        obs_t.c.status,
        obs_t.c.metrics,
        obs_t.c.slot_weekday,
        obs_t.c.slot_hour,
        obs_t.c.campaign_id,
    ).where(
        obs_t.c.campaign_id.in_(list(campaign_ids)),
        obs_t.c.channel.in_([ch.value for ch in SLOT_METRICS]),
        obs_t.c.status != Status.ERROR.value,
        obs_t.c.slot_weekday.is_not(None),  # an observation without a slot is no contact
        obs_t.c.slot_hour.is_not(None),
    )
    channels = {ch.value: ch for ch in SLOT_METRICS}
    declared = declared_of(conn, campaign_ids)
    for company, channel, probe_id, status, metrics, weekday, hour, cid in conn.execute(query):
        contact = contact_in(
            company, channels[channel], probe_id, Status(status), metrics, weekday, hour,
            declared[cid],
        )  # fmt: skip
        if contact is not None:
            yield contact


def contacts_of(
    observations: Iterable[Observation],
    stamps: Mapping[tuple[str, str], tuple[int | None, int | None]],
) -> list[TimedContact]:
    """The timed contacts among `observations`, given their stamps (see `slot_stamps`)."""
    out = []
    for obs in observations:
        weekday, hour = stamps.get((obs.attempt_id, obs.channel.value), (None, None))
        contact = timed_contact(obs, weekday, hour)
        if contact is not None:
            out.append(contact)
    return out


# -- breakdowns and comparability -------------------------------------------------------


@dataclass(frozen=True)
class SlotTime:
    """A channel's wait in one band: the median across companies of each one's median."""

    channel: Channel
    band: str
    median_s: float
    """Infinite when most waited past the deadline."""
    companies: int
    contacts: int


def breakdown(contacts: Iterable[TimedContact]) -> list[SlotTime]:
    """Per channel and band, the median wait (each company's median first, then the median
    of those, so a company contacted often weighs as much as one contacted once)."""
    waits: dict[tuple[Channel, str], dict[str, list[float]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for c in contacts:
        waits[(c.channel, c.band)][c.company].append(c.wait_s)
    out = []
    for channel in SLOT_METRICS:
        for band in BANDS:
            by_company = waits.get((channel, band))
            if not by_company:
                continue
            medians = [statistics.median(values) for values in by_company.values()]
            out.append(
                SlotTime(
                    channel,
                    band,
                    float(statistics.median(medians)),
                    len(by_company),
                    sum(len(v) for v in by_company.values()),
                )
            )
    return out


def slot_gaps(contacts: Iterable[TimedContact]) -> dict[str, dict[Channel, list[str]]]:
    """Company -> channel -> the slots it was never contacted in that most companies were.

    Slots are the campaign's own where its probe has a schedule (every company gets the
    same mix by design: a gap is an attempt that never happened), else the bands. A slot
    is in a channel's reference mix when at least half the companies contacted on that
    channel were contacted in it; a company missing one is not comparable there.
    """
    seen: dict[Channel, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    order: dict[str, int] = {band: i for i, band in enumerate(BANDS)}
    for c in contacts:
        seen[c.channel][c.company].add(c.mix_key)
        order.setdefault(c.mix_key, len(order))
    out: dict[str, dict[Channel, list[str]]] = {}
    for channel, by_company in seen.items():
        if len(by_company) < 2:
            continue
        counts: dict[str, int] = defaultdict(int)
        for bands in by_company.values():
            for band in bands:
                counts[band] += 1
        shared = [b for b, n in counts.items() if n * 2 >= len(by_company)]
        reference = sorted(shared, key=order.__getitem__)
        for company, bands in by_company.items():
            missing = [b for b in reference if b not in bands]
            if missing:
                out.setdefault(company, {})[channel] = missing
    return out


def gaps_text(gaps: Mapping[Channel, list[str]], channel: Channel | None = None) -> str | None:
    """`chat: no weekday evenings; email: no Saturday mornings` (one channel's, or all)."""
    parts = [
        f"{ch.value}: no {', '.join(bands)}"
        for ch, bands in gaps.items()
        if channel is None or ch == channel
    ]
    return "; ".join(parts) or None


def with_slot_gaps(
    frame: pd.DataFrame, gaps: Mapping[str, Mapping[Channel, list[str]]]
) -> pd.DataFrame:
    """`frame` with `slot_gaps_<channel>` columns (the missing bands, comma-separated, or
    None) for the channels whose waits depend on when."""
    out = frame.copy()
    for channel in SLOT_METRICS:
        out[f"slot_gaps_{channel.value}"] = pd.Series(
            [
                ", ".join(gaps.get(str(name), {}).get(channel, [])) or None
                for name in out["company"]
            ],
            index=out.index,
            dtype=object,
        )
    return out


def frame_gaps(record: Mapping[Any, object], channel: Channel | None = None) -> str | None:
    """A leaderboard row's slot gaps as one line (see `gaps_text`), or None."""
    gaps = {
        ch: str(record[f"slot_gaps_{ch.value}"]).split(", ")
        for ch in SLOT_METRICS
        if isinstance(record.get(f"slot_gaps_{ch.value}"), str)
    }
    return gaps_text(gaps, channel)
