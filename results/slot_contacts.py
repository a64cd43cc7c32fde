"""The contacts whose wait depends on when a customer asked, read with their slots.

A timed contact is an observation of a channel in `results.slots.SLOT_METRICS` with a
stamped slot: its band, its wait, and the campaign's own slot it fell in (scheduled
probes). Read from stored observations, from observation records streaming past the
scoring pass (`ContactTap`), or straight from the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from probes.base import Channel, Observation, Status
from results import schema
from results.slots import SLOT_METRICS, band_of
from rubrics.summary import number, value_in


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
        """Yield `records` (`results.store_observations.ObservationRecord`s) unchanged,
        keeping contacts."""
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
