"""Benchmark: what slots cost. Stamping observations as they are written, and the reading
the leaderboard adds (every timed contact, then the companies whose slot mix is not
comparable), on a SQLite store of 10,000 companies x 3 channels x 8 contacts.

    .venv/bin/python benchmarks/slots.py [--companies 10000] [--contacts 8]

Companies are spread over eight countries; contacts fall in three local slots (weekday
mornings, weekday evenings, Saturday 10-16) at random days and hours of a month, as a
schedule spreads them; one company in ten is never contacted on Saturdays (the leaderboard
must flag those, and only those). The
store is written with plain inserts (not counted) after the slots are computed (counted:
`ZoneBook` + `slot_columns`, what `Store.record` and the log writer do per observation).
Prints wall and CPU seconds of each stage.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time as clock
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import insert

from results import schema
from results.slot_contacts import stored_contacts
from results.slot_mix import breakdown, slot_gaps
from results.slot_zones import ZoneBook, timezone_for
from results.slots import slot_columns
from results.store import Store

T = TypeVar("T")
COUNTRIES = ("DE", "US", "GB", "FR", "AU", "JP", "BR", "IN")
METRICS = {
    "chat": "chat.first_reply_s",
    "email": "email.first_response_s",
    "phone": "phone.time_to_agent_s",
}


def timed(label: str, work: Callable[[], T]) -> T:
    """Run `work`, print its wall and CPU time."""
    wall, cpu = clock.perf_counter(), clock.process_time()
    out = work()
    spent_wall, spent_cpu = clock.perf_counter() - wall, clock.process_time() - cpu
    print(f"{label}: {spent_wall:.2f} s wall, {spent_cpu:.2f} s CPU")
    return out


SLOTS = ((range(5), 9, 12), (range(5), 17, 20), ((5,), 10, 16))
"""A scheduled campaign's slots (weekday mornings, weekday evenings, Saturday), local."""


SPEC = {
    "schedule": {"start": "2026-03-02"},
    "probes": {
        probe: {"schedule": {"slots": [
            {"name": "weekday mornings", "weekdays": [0, 1, 2, 3, 4], "hours": [9, 12]},
            {"name": "weekday evenings", "weekdays": [0, 1, 2, 3, 4], "hours": [17, 20]},
            {"name": "Saturday", "weekdays": [5], "hours": [10, 16]},
        ]}}
        for probe in ("chat", "email", "calls")
    },
}  # fmt: skip
"""The campaign as stored: its probes' slots are what slot mixes are compared on."""


def _rows(names: list[str], contacts: int) -> list[dict[str, Any]]:
    rng = random.Random(1)
    rows = []
    for i, name in enumerate(names):
        zone = ZoneInfo(timezone_for(COUNTRIES[i % 8]))
        for channel, metric in METRICS.items():
            for k in range(contacts):
                days, first, last = SLOTS[k % (2 if i % 10 == 0 else 3)]  # 1 in 10: no Saturday
                day = date(2026, 3, 2) + timedelta(days=rng.randrange(28))
                while day.weekday() not in days:
                    day += timedelta(days=1)
                local = datetime.combine(day, time(rng.randrange(first, last)), zone)
                when = local.astimezone(UTC)
                rows.append({
                    "attempt_id": f"{name}/{channel}/{k}", "campaign_id": "c", "company": name,
                    "channel": channel, "probe_id": "calls" if channel == "phone" else channel,
                    "status": "ok", "started": when, "finished": when,
                    "metrics": {metric: rng.lognormvariate(4, 1)}, "detail": "",
                })  # fmt: skip
    return rows


def main() -> None:
    """Build the store, time the stages, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--companies", type=int, default=10_000)
    parser.add_argument("--contacts", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(f"sqlite:///{Path(folder) / 'audit.db'}")
        names = [f"company {i}" for i in range(args.companies)]
        targets = {n: {"name": n, "country": COUNTRIES[i % 8]} for i, n in enumerate(names)}
        store.save_campaign("c", "Bench", "2026-03", "c.yaml", SPEC, targets)
        rows = _rows(names, args.contacts)

        def stamp() -> None:
            with store.engine.connect() as conn:
                zones = ZoneBook(conn, "c")
                zones.load(names)
                for row in rows:
                    row.update(slot_columns(row["started"], zones.zone(row["company"], "x")))

        timed(f"stamping {len(rows):,} observations (zone + slot)", stamp)
        with store.engine.begin() as conn:
            conn.execute(insert(schema.observations), rows)

        def read() -> list[Any]:
            with store.engine.connect() as conn:
                return list(stored_contacts(conn, ["c"]))

        contacts = timed("reading the timed contacts (leaderboard, findings, report)", read)
        gaps = timed("slot gaps of every company", lambda: slot_gaps(contacts))
        table = timed("breakdown by channel and band", lambda: breakdown(contacts))
        print(
            f"{len(contacts):,} timed contacts; {len(gaps):,} companies flagged; {len(table)} rows"
        )
        store.close()


if __name__ == "__main__":
    main()
