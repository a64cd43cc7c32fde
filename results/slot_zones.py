"""The time zone an observation's slot is read in, per company and probe.

The zone is, in order: the campaign's `schedule.timezones` entry for the company, the
probe's schedule `timezone`, the zone of the company's phone number, of its country, else
UTC. A company known only from a log (no country) takes its target from another campaign.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterable, Mapping
from zoneinfo import available_timezones

import phonenumbers
from phonenumbers import timezone as phone_timezone
from sqlalchemy import select
from sqlalchemy.engine import Connection

from results import schema


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
