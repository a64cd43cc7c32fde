"""Log imports at scale: `audit phone import` and `audit returns import` through the real CLI.

For each size (10,000, 25,000 and 50,000 rows by default) a fresh workspace
holding one website campaign gets a generated calls CSV and returns CSV imported
by the `audit` command in a subprocess (the path an analyst uses: parse, route,
store in one transaction), then the same files again (re-import: every row
replaced, none duplicated). Prints wall time and rows/s per run; the target is
<= 30 s for 50,000 rows and time linear in rows (rows/s about constant).

    .venv/bin/python benchmarks/imports.py [--sizes 10000 25000 50000] [--repeat 1]
"""

from __future__ import annotations

import argparse
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from results.store import Store

PERIOD = "2026-Q4"
START = datetime(2026, 10, 1, tzinfo=UTC)
COMPANIES = [f"Company {i:03d}" for i in range(200)]


def calls_csv(path: Path, rows: int, rng: random.Random) -> None:
    """`rows` calls: varied IVR, hold, agent answer (or none), flags and a note."""
    lines = ["company,period,dialed_at,number,ivr_end,agent,hold,transfers,"
             "wait_announced,callback_offered,resolved,hung_up,note"]  # fmt: skip
    for i in range(rows):
        company = COMPANIES[i % len(COMPANIES)]
        dialed = START + timedelta(seconds=37 * i)
        ivr = rng.randint(0, 60)
        agent = ivr + rng.randint(5, 400) if rng.random() < 0.85 else None
        hung = (agent or ivr) + rng.randint(30, 600)
        hold = rng.randint(0, (agent - ivr) if agent else 20)
        flags = [rng.choice(("yes", "no", "")) for _ in range(3)]
        lines.append(
            f"{company},{PERIOD},{dialed.isoformat()},+1415555{i % 10000:04d},{ivr},"
            f"{agent if agent is not None else ''},{hold},{rng.randint(0, 2)},"
            f'{",".join(flags)},{hung},"call {i}, generated"'
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def returns_csv(path: Path, rows: int, rng: random.Random) -> None:
    """`rows` returned orders: label, shipping and refund days varied, some never refunded."""
    lines = ["company,period,order_id,ordered,return_started,label_received,shipped_back,"
             "refund_received,notes"]  # fmt: skip
    for i in range(rows):
        company = COMPANIES[i % len(COMPANIES)]
        ordered = START + timedelta(hours=i % 2000)
        started = ordered + timedelta(days=rng.randint(1, 20))
        label = started + timedelta(days=rng.randint(0, 3))
        shipped = label + timedelta(days=rng.randint(0, 5))
        refund = shipped + timedelta(days=rng.randint(1, 30)) if rng.random() < 0.9 else None
        lines.append(
            f"{company},{PERIOD},ORD-{i:07d},{ordered.date()},{started.date()},{label.date()},"
            f"{shipped.date()},{refund.date() if refund else ''},generated"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def workspace(folder: Path) -> Path:
    """A workspace whose store holds one website campaign of the period."""
    folder.mkdir()
    store = Store.open(f"sqlite:///{folder / 'audit.db'}")
    targets = {c: {"name": c} for c in COMPANIES}
    store.save_campaign("web", "Web", PERIOD, "c.yaml", {"rubric": "default"}, targets)
    store.close()
    return folder


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_import(command: str, csv: Path, ws: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of `audit <command> import csv -w ws` in a subprocess (must exit 0)."""
    cpu = _child_cpu()
    started = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from audit.cli import main; main()",
            command,
            "import",
            str(csv),
            "-w",
            str(ws),
        ],  # fmt: skip,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.monotonic() - started
    if done.returncode != 0:
        raise SystemExit(f"{command} import failed ({done.returncode}): {done.stderr[-400:]}")
    return elapsed, _child_cpu() - cpu


def stored_rows(ws: Path, probe_id: str) -> int:
    """Observations of `probe_id` in the workspace's store (re-imports must not add any)."""
    with sqlite3.connect(ws / "audit.db") as db:
        query = "select count(*) from observations where probe_id = ?"
        return int(db.execute(query, (probe_id,)).fetchone()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 25_000, 50_000])
    parser.add_argument("--repeat", type=int, default=1, help="runs per size (median shown)")
    args = parser.parse_args()
    rng = random.Random(7)
    kinds = (("phone", calls_csv, "phone-import"), ("returns", returns_csv, "returns-log"))
    print("wall s and rows/s (wall) per import; cpu s = the import's own CPU time")
    print(f"{'log':<8} {'rows':>7} {'wall s':>7} {'rows/s':>7} {'cpu s':>6} | again: "
          f"{'wall s':>7} {'rows/s':>7} {'cpu s':>6}")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        for command, write, probe_id in kinds:
            for size in args.sizes:
                csv = Path(tmp) / f"{command}-{size}.csv"
                write(csv, size, rng)
                first: list[tuple[float, float]] = []
                again: list[tuple[float, float]] = []
                for run in range(args.repeat):
                    ws = workspace(Path(tmp) / f"ws-{command}-{size}-{run}")
                    first.append(timed_import(command, csv, ws))
                    again.append(timed_import(command, csv, ws))
                    assert stored_rows(ws, probe_id) == size, "re-import duplicated rows"
                cells = []
                for runs in (first, again):
                    wall = statistics.median(w for w, _ in runs)
                    cpu = statistics.median(c for _, c in runs)
                    cells.append(f"{wall:>7.1f} {size / wall:>7.0f} {cpu:>6.1f}")
                print(f"{command:<8} {size:>7} {cells[0]} | again: {cells[1]}", flush=True)


if __name__ == "__main__":
    main()
