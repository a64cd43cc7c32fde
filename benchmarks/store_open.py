"""What opening the store costs, now that every open checks the schema revision (Alembic).

Every `audit` command opens the store once. Prints the median and p95 of `Store.open` +
`close` on an existing, current store, and of creating a new one, on SQLite and (when the
Debian PostgreSQL binaries are installed) on a throwaway PostgreSQL server on loopback.

    .venv/bin/python benchmarks/store_open.py [--repeat 30]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from results.store import Store
from tests.postgres.server import postgres_bin, running_postgres


def _timed(action: Callable[[int], None], repeat: int) -> tuple[float, float]:
    samples = []
    for i in range(repeat):
        start = time.perf_counter()
        action(i)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def _report(backend: str, new_url: Callable[[int], str], repeat: int) -> None:
    existing = new_url(-1)
    Store.open(existing).close()
    median, p95 = _timed(lambda _i: Store.open(existing).close(), repeat)
    print(f"{backend:10} open existing store: median {median:6.1f} ms, p95 {p95:6.1f} ms")
    median, p95 = _timed(lambda i: Store.open(new_url(i)).close(), repeat)
    print(f"{backend:10} create new store:    median {median:6.1f} ms, p95 {p95:6.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        _report("sqlite", lambda i: f"sqlite:///{folder}/{i}/audit.db", args.repeat)
    bindir = postgres_bin()
    if bindir is None:
        print("postgresql: skipped (no /usr/lib/postgresql/*/bin)")
        return
    with running_postgres(bindir) as server:
        # creating the database is part of the setup, not of the measured open
        urls = {i: server.database_for(f"bench:{i}") for i in range(-1, args.repeat)}
        _report("postgresql", urls.__getitem__, args.repeat)


if __name__ == "__main__":
    main()
