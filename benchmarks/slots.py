"""Benchmark: what slots cost. Stamping observations as they are written, and the reading
the leaderboard adds (every timed contact, then the companies whose slot mix is not
comparable), on a SQLite store of 10,000 companies x 3 channels x 8 contacts.

    .venv/bin/python benchmarks/slots.py [--companies 10000] [--contacts 8]

Companies are spread over eight countries; contacts fall at random hours of a month; one
company in ten never gets contacted on Saturdays (the leaderboard must flag those). The
store is written with plain inserts (not counted) after the slots are computed (counted:
`ZoneBook` + `slot_columns`, what `Store.record` and the log writer do per observation).
Prints wall and CPU seconds of each stage.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import insert

from results import schema
from results.slots import ZoneBook, breakdown, slot_columns, slot_gaps, stored_contacts
from results.store import Store

T = TypeVar("T")
COUNTRIES = ("DE", "US", "GB", "FR", "AU", "JP", "BR", "IN")
METRICS = {"chat": "chat.first_reply_s", "email": "email.first_response_s"}


def timed(label: str, work: Callable[[], T]) -> T:
    """Run `work`, print its wall and CPU time."""
    wall, cpu = time.perf_counter(), time.process_time()
    out = work()
    print(
        f"{label}: {time.perf_counter() - wall:.2f} s wall, {time.process_time() - cpu:.2f} s CPU"
    )
    return out


def main() -> None:
    """Build the store, time the stages, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--companies", type=int, default=10_000)
    parser.add_argument("--contacts", type=int, default=8)
    args = parser.parse_args()
    rng = random.Random(1)
    start = datetime(2026, 3, 2, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(f"sqlite:///{Path(folder) / 'audit.db'}")
        names = [f"company {i}" for i in range(args.companies)]
        targets = {n: {"name": n, "country": COUNTRIES[i % 8]} for i, n in enumerate(names)}
        store.save_campaign("c", "Bench", "2026-03", "c.yaml", {}, targets)
        rows: list[dict[str, Any]] = []
        for i, name in enumerate(names):
            for channel, metric in (*METRICS.items(), ("phone", "phone.time_to_agent_s")):
                for k in range(args.contacts):
                    when = start + timedelta(hours=rng.randrange(24 * 28))
                    if i % 10 == 0 and when.weekday() == 5:
                        when -= timedelta(days=1)
                    rows.append({
                        "attempt_id": f"{name}/{channel}/{k}", "campaign_id": "c",
                        "company": name, "channel": channel,
                        "probe_id": "calls" if channel == "phone" else channel,
                        "status": "ok", "started": when, "finished": when,
                        "metrics": {metric: rng.lognormvariate(4, 1)}, "detail": "",
                    })  # fmt: skip

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
        times = timed("breakdown by channel and band", lambda: breakdown(contacts))
        print(
            f"{len(contacts):,} timed contacts; {len(gaps):,} companies flagged; {len(times)} rows"
        )
        store.close()


if __name__ == "__main__":
    main()
