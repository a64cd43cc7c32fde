"""A 200-company sandbox website campaign: the local runner vs Celery workers.

Three ways to run the same campaign against one PostgreSQL store (a throwaway server,
as in tests/postgres) and the sandbox served by its own process:

1. `local`: the in-process runner (`audit run`), concurrency C;
2. `1 worker`: `audit run --queue` enqueues, one `audit worker --concurrency C` runs;
   the difference from (1) is the queue's overhead (target: at most 10%);
3. `2 workers`: two `audit worker --concurrency C` processes (throughput).

Workers are started (and idle) before the clock starts; each run's clock stops when
the last attempt is recorded. Both launch Chromium on their first attempt. This machine
has 2 cores: page loads on loopback are CPU-bound, so a second worker on the same
machine mostly competes for the same cores; on a second machine it would add its own
cores and Chromium. Prints medians of --rounds.

    .venv/bin/python benchmarks/fleet.py [--companies 200] [--rounds 1] [--concurrency 2]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import redis
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from web_audit import ExternalSandbox

from audit.campaign import load_campaign
from audit.runner import Runner
from audit.settings import layered_settings
from results.schema import AttemptState
from results.store import Store
from tests.fleet.redis_server import redis_binary, running_redis
from tests.postgres.server import postgres_bin, running_postgres

AUDIT = [sys.executable, "-c", "from audit.cli import main; main()"]


def write_campaign(folder: Path, server: ExternalSandbox, count: int, concurrency: int) -> Path:
    """`count` companies cycling over the sandbox's demo sites."""
    demo = [c for c in server.world.companies if c.demo]
    companies = [
        {
            "name": f"{demo[i % len(demo)].name} #{i:03d}",
            "website": server.url(demo[i % len(demo)].id),
            "country": demo[i % len(demo)].country,
            "language": demo[i % len(demo)].language,
        }
        for i in range(count)
    ]
    spec = {
        "name": "fleet bench",
        "period": "bench",
        "id": f"bench-{folder.name}",
        "companies": companies,
        "settings": {
            "concurrency": concurrency,
            "per_host_delay_s": 0,
            "navigation_timeout_s": 15,
            "screenshots": False,
            "host_map": dict(server.host_map),
        },
    }
    path = folder / "campaign.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return path


def run_local(url: str, path: Path) -> float:
    loaded = load_campaign(path)
    store = Store.open(url)
    started = time.perf_counter()
    asyncio.run(Runner(store, loaded, layered_settings(loaded.campaign.settings)).run())
    elapsed = time.perf_counter() - started
    _check_done(store, loaded.campaign.campaign_id)
    store.close()
    return elapsed


def run_queued(url: str, broker: str, path: Path, workers: int, concurrency: int) -> float:
    redis.Redis.from_url(broker).flushdb()
    env = dict(os.environ, AUDIT_DB_URL=url)
    procs = [
        subprocess.Popen(
            [*AUDIT, "worker", "--queue", broker, "--concurrency", str(concurrency)],
            env=env,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(workers)
    ]
    store = Store.open(url)
    campaign_id = load_campaign(path).campaign.campaign_id
    try:
        deadline = time.monotonic() + 120
        while len(_live_workers(store)) < workers:  # started and idle before the clock
            if time.monotonic() > deadline:
                raise RuntimeError("the workers did not start")
            time.sleep(0.2)
        started = time.perf_counter()
        subprocess.run([*AUDIT, "run", str(path), "--queue", broker], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        deadline = time.monotonic() + 3600
        while True:
            counts = store.state_counts(campaign_id).get("website", {})
            if counts and set(counts) <= {"done", "failed"}:
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"not finished: {dict(counts)}")
            time.sleep(0.2)
        elapsed = time.perf_counter() - started
        _check_done(store, campaign_id)
        return elapsed
    finally:
        for proc in procs:
            os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            proc.wait(timeout=120)
        store.close()


def _live_workers(store: Store) -> list[object]:
    from results.leases import Leases

    return list(Leases(store.engine).live("worker:"))


def _check_done(store: Store, campaign_id: str) -> None:
    attempts = store.attempts(campaign_id)
    failed = [a for a in attempts if a.state is not AttemptState.DONE]
    if failed:
        print(f"  note: {len(failed)} of {len(attempts)} attempts not done", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--companies", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--concurrency", type=int, default=2)
    args = parser.parse_args()
    pg, rd = postgres_bin(), redis_binary()
    if pg is None or rd is None:
        sys.exit("needs PostgreSQL and redis-server: run scripts/setup.sh")
    server = ExternalSandbox(0.0)
    times: dict[str, list[float]] = {"local": [], "1 worker": [], "2 workers": []}
    try:
        with running_postgres(pg) as pgs, running_redis(rd) as broker:
            for round_ in range(args.rounds):
                for label in times:
                    folder = Path(tempfile.mkdtemp(prefix=f"fleet-{round_}-"))
                    url = pgs.database_for(str(folder))
                    path = write_campaign(folder, server, args.companies, args.concurrency)
                    if label == "local":
                        elapsed = run_local(url, path)
                    else:
                        workers = 1 if label == "1 worker" else 2
                        elapsed = run_queued(url, broker, path, workers, args.concurrency)
                    times[label].append(elapsed)
                    rate = args.companies / elapsed
                    print(
                        f"round {round_ + 1} {label:>9}: {elapsed:7.1f} s  {rate:5.2f} companies/s"
                    )
    finally:
        server.close()
    local = statistics.median(times["local"])
    one = statistics.median(times["1 worker"])
    two = statistics.median(times["2 workers"])
    print(f"\n{args.companies} companies, concurrency {args.concurrency} per runner/worker, "
          f"{os.cpu_count()} cores, medians of {args.rounds}:")  # fmt: skip
    print(f"  local runner   {local:7.1f} s")
    print(f"  1 worker       {one:7.1f} s   queue overhead {100 * (one - local) / local:+.1f}%")
    print(f"  2 workers      {two:7.1f} s   speed-up over 1 worker x{one / two:.2f}")
    print("  (one 2-core machine: both workers share its cores and Chromium's CPU;"
          " a second machine adds its own)")  # fmt: skip


if __name__ == "__main__":
    main()
