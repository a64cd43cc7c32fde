"""Benchmark: score, rank and show 1,000,000 observations (10,000 companies x 5 channels x 20).

    python benchmarks/ranking.py [--companies 10000] [--attempts 20] [--objects] [--store]

Observations are generated as columns (`ObservationColumns`: what a store
reading metric columns hands over), with realistic metric values driven by a
hidden quality per company, and some absent / timeout / error attempts. Phone
mixes website visits (1 in 4) with calls, returns the stated policy (7 in 10)
with returned-order logs; each row names its source.
Generation is timed separately and not counted. The counted stages are the
product's path: `score_columns` (default rubric), `rank` with 90% intervals
and rank ranges, and the top-20 leaderboard drawn by rich.

`--objects` also builds pydantic `Observation`s from the columns, one at a time,
and times `ObservationColumns.from_observations` on that stream (what
`audit score` does with observations read from the store).

Targets: <= 5 s total and <= 1.5 GB peak RSS.

`--store` also writes the observations into a SQLite store (a workspace under
the system temp folder, kept for the next run; not counted) and times the
whole `audit leaderboard` command on it (observations only: judging reads no
attempt rows), as a user runs it: a fresh process
reading the store, scoring, ranking and printing every company (as a table,
and with `--json`). Targets: <= 20 s and <= 2 GB peak RSS each.
"""

from __future__ import annotations

import os

# The engine's arrays are small per operation: threaded BLAS costs more CPU than it
# saves, and much more on a shared machine.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse
import io
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console

from probes.base import Channel, MetricValue, Observation, Status
from probes.metrics import METRICS, PROBE_SOURCES
from results.leaderboard import render_leaderboard
from results.ranking import rank
from rubrics.columns import STATUS_CODES, ChannelColumns, ObservationColumns
from rubrics.engine import score_columns
from rubrics.loader import load_rubric
from rubrics.sources import SOURCE_BITS

T = TypeVar("T")
TARGET_SECONDS = 5.0
TARGET_BYTES = 1.5 * 1024**3
COMMAND_SECONDS = 20.0
COMMAND_BYTES = 2.0 * 1024**3
_CODE_STATUS = {code: status for status, code in STATUS_CODES.items()}


def peak_rss_bytes() -> int:
    """Peak resident memory of this process (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def timed(label: str, times: dict[str, float], fn: Callable[[], T]) -> T:
    """Run `fn`, remember its wall time under `label`; print it with CPU time and peak RSS.

    CPU time shows what the stage costs when the machine is shared (wall time
    then includes waiting for a core).
    """
    start, cpu = time.perf_counter(), time.process_time()
    result = fn()
    times[label] = time.perf_counter() - start
    used = time.process_time() - cpu
    print(
        f"{label:<28} {times[label]:7.2f} s   (CPU {used:5.2f} s)   "
        f"peak RSS {peak_rss_bytes() / 2**20:7.0f} MiB"
    )
    return result


class _World:
    """Random draws for one channel: quality per row, missing values, flags, durations."""

    def __init__(self, rng: np.random.Generator, quality: np.ndarray) -> None:
        self.rng, self.q = rng, quality

    def missing(self, values: np.ndarray, share: float = 0.05) -> np.ndarray:
        out = values.astype(float)
        out[self.rng.random(len(out)) < share] = np.nan
        return out

    def flag(self, base: float, slope: float, share_missing: float = 0.05) -> np.ndarray:
        p = np.clip(base + slope * (self.q - 0.5), 0.02, 0.98)
        return self.missing(self.rng.random(len(p)) < p, share_missing)

    def seconds(self, good: float, bad: float, spread: float = 0.8) -> np.ndarray:
        median = np.exp(np.log(bad) + (np.log(good) - np.log(bad)) * self.q)
        return self.missing(median * self.rng.lognormal(0.0, spread, len(median)))

    def choice(self, values: list[float], share_missing: float = 0.1) -> np.ndarray:
        return self.missing(
            self.rng.choice(np.array(values, dtype=float), len(self.q)), share_missing
        )


def _statuses(rng: np.random.Generator, quality: np.ndarray, failed: float) -> np.ndarray:
    """Mostly ok; the company fails (absent/timeout) more when poor; 1% our errors."""
    draw = rng.random(len(quality))
    fail = draw < failed * (1.5 - quality)
    status = np.where(fail, STATUS_CODES[Status.TIMEOUT], STATUS_CODES[Status.OK])
    status[rng.random(len(quality)) < 0.01] = STATUS_CODES[Status.ERROR]
    return status.astype(np.int8)


def generate(
    companies: int, attempts: int, seed: int = 42, quality: np.ndarray | None = None
) -> ObservationColumns:
    """`companies` x 5 channels x `attempts` observations as columns.

    `quality` (0..1 per company) drives every draw; by default beta(2, 2).
    """
    rng = np.random.default_rng(seed)
    if quality is None:
        quality = rng.beta(2.0, 2.0, companies)
    company = np.repeat(np.arange(companies, dtype=np.int64), attempts)
    q = quality[company]
    w = _World(rng, q)
    rows = len(company)
    position = np.arange(rows) % attempts  # each company's attempts: 0, 1, ...
    website_row = position % 4 == 0  # a quarter of phone attempts read the website
    call = ~website_row
    returned = np.isin(position % 10, (1, 4, 7))  # 3 in 10 returns are returned-order logs
    policy = ~returned

    def only(mask: np.ndarray, values: np.ndarray) -> np.ndarray:
        return np.where(mask, values, np.nan)

    bot_first = w.flag(0.5, 0.0)
    channels = {
        Channel.PHONE: {
            "phone.on_homepage": only(website_row, w.flag(0.5, 0.8)),
            "phone.on_contact_page": only(website_row, w.flag(0.75, 0.5)),
            "phone.above_fold": only(website_row, w.flag(0.35, 0.6)),
            "phone.toll_free": only(website_row, w.flag(0.4, 0.4)),
            "phone.tel_link": only(website_row, w.flag(0.5, 0.6)),
            "phone.hours_listed": only(website_row, w.flag(0.5, 0.6)),
            "phone.clicks_to_find": only(website_row, w.choice([0, 1, 2])),
            "phone.time_to_agent_s": only(call, w.seconds(20.0, 240.0)),
            "phone.hold_s": only(call, w.seconds(10.0, 120.0)),
            "phone.transfers": only(call, w.choice([0, 0, 0, 1, 1, 2])),
            "phone.wait_announced": only(call, w.flag(0.4, 0.6)),
            "phone.callback_offered": only(call, w.flag(0.2, 0.4)),
            "phone.resolved": only(call, w.flag(0.7, 0.5)),
        },
        Channel.EMAIL: {
            "email.first_response_s": w.seconds(1800.0, 86400.0, 1.0),
            "email.first_human_response_s": w.seconds(3600.0, 172800.0, 1.0),
            "email.auto_ack": w.flag(0.15, 0.2),
            "email.answered": w.flag(0.3, 0.8),
            "email.personalised": w.flag(0.5, 0.6),
            "email.agent_named": w.flag(0.5, 0.6),
            "email.follow_up": w.flag(0.05, 0.1),
        },
        Channel.CHAT: {
            "chat.available": w.flag(0.7, 0.6, 0.0),
            "chat.first_human_response_s": w.seconds(15.0, 300.0),
            "chat.answered": w.flag(0.6, 0.6),
            "chat.queue_position_shown": w.flag(0.3, 0.4),
            "chat.bot_first": bot_first,
            "chat.handed_off": only(bot_first == 1.0, w.flag(0.6, 0.6)),
        },
        Channel.RETURNS: {
            "returns.policy_found": only(policy, w.flag(0.85, 0.3, 0.0)),
            "returns.window_days": only(policy, w.choice([14, 30, 30, 60, 90, 365], 0.15)),
            "returns.free_returns": only(policy, w.flag(0.5, 0.6)),
            "returns.prepaid_label": only(policy, w.flag(0.4, 0.6)),
            "returns.restocking_fee": only(policy, w.flag(0.15, -0.2)),
            "returns.refund_days": only(returned, w.seconds(4.0, 20.0, 0.5)),
        },
        Channel.SELFSERVICE: {
            "selfservice.faq": w.flag(0.8, 0.3, 0.0),
            "selfservice.faq_count": w.missing(np.round(rng.gamma(2.0, 6.0 + 20.0 * q))),
            "selfservice.search": w.flag(0.5, 0.6),
            "selfservice.knowledge_base": w.flag(0.4, 0.8),
            "selfservice.forum": w.flag(0.15, 0.3),
            "selfservice.contact_form": w.flag(0.7, 0.4),
            "selfservice.hours_247": w.flag(0.2, 0.3),
        },
    }
    failure = {
        Channel.PHONE: 0.03,
        Channel.EMAIL: 0.35,
        Channel.CHAT: 0.2,
        Channel.RETURNS: 0.02,
        Channel.SELFSERVICE: 0.01,
    }
    names = tuple(f"Company {i:05d}" for i in range(companies))
    bits = SOURCE_BITS
    sources = {
        Channel.PHONE: np.where(website_row, bits["website"], bits["call"]),
        Channel.EMAIL: np.full(rows, bits["email"]),
        Channel.CHAT: np.full(rows, bits["chat"]),
        Channel.RETURNS: np.where(policy, bits["website"], bits["returns-log"]),
        Channel.SELFSERVICE: np.full(rows, bits["website"]),
    }
    columns = {
        ch: ChannelColumns(
            company=company,
            status=_statuses(rng, q, failure[ch]),
            metrics=metrics,
            source=sources[ch].astype(np.int8),
        )
        for ch, metrics in channels.items()
    }
    return ObservationColumns(names, columns)


def _typed(kind: str, value: float) -> bool | int | float:
    if kind == "flag":
        return bool(value)
    return int(value) if kind == "count" else value


def as_observations(columns: ObservationColumns) -> Iterator[Observation]:
    """The columns as pydantic `Observation`s, one at a time (not kept).

    Each row's probe id is the probe of its source (see `PROBE_SOURCES`).
    """
    probe_ids = {SOURCE_BITS[source]: probe for probe, source in reversed(PROBE_SOURCES.items())}
    probe_ids[0] = "bench"
    when = datetime(2026, 11, 2, tzinfo=UTC)
    for ch, cols in columns.channels.items():
        names = list(cols.metrics)
        arrays = [cols.metrics[name].tolist() for name in names]
        kinds = [METRICS[name].kind for name in names]
        rows = len(cols)
        sources = cols.source.tolist() if cols.source is not None else [0] * rows
        for i, (code, status, source) in enumerate(
            zip(cols.company.tolist(), cols.status.tolist(), sources, strict=True)
        ):
            metrics: dict[str, MetricValue] = {}
            for name, kind, values in zip(names, kinds, arrays, strict=True):
                value = values[i]
                if value == value:  # not NaN
                    metrics[name] = _typed(kind, value)
            yield Observation.model_construct(
                attempt_id=f"{ch.value}-{i}",
                company=columns.companies[code],
                channel=ch,
                probe_id=probe_ids[source],
                status=_CODE_STATUS[status],
                started=when,
                finished=when,
                metrics=metrics,
                evidence=(),
                detail="",
            )


def build_store(columns: ObservationColumns, folder: Path) -> Path:
    """A workspace whose audit.db holds every observation of `columns` (kept once built,
    rebuilt when it was built at another schema version)."""
    from results import migrations
    from results.store import Store

    db = folder / "audit.db"
    done = folder / "complete"
    built = f"{migrations.head()} with slots"
    if done.exists() and done.read_text() == built:
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    db.unlink(missing_ok=True)
    store = Store.open(f"sqlite:///{db}")
    store.save_campaign("bench", "Benchmark", "2026-Q4", str(folder / "c.yaml"), {}, {})
    store.close()
    when = "2026-11-02 00:00:00.000000"
    written = 0
    with sqlite3.connect(db) as conn:
        batch: list[tuple[object, ...]] = []
        for obs in as_observations(columns):
            batch.append((
                obs.attempt_id, "bench", obs.company, obs.channel.value, obs.probe_id,
                obs.status.value, when, when, json.dumps(obs.metrics), "",
                *slot_of(len(batch) + written),
            ))  # fmt: skip
            if len(batch) == 50_000:
                _insert(conn, batch)
                written += len(batch)
                batch = []
        _insert(conn, batch)
    done.write_text(built)
    return folder


def slot_of(i: int) -> tuple[int, int, str]:
    """A stored observation's slot (local weekday, hour, zone), as `Store.record` stamps it:
    spread over weekdays and working hours, every company in the same mix."""
    return (i // 7) % 5, 9 + (i // 3) % 9, "UTC"


def _insert(conn: sqlite3.Connection, rows: list[tuple[object, ...]]) -> None:
    conn.executemany(
        "INSERT INTO observations (attempt_id, campaign_id, company, channel, probe_id, "
        "status, started, finished, metrics, detail, slot_weekday, slot_hour, slot_zone) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def run_command(args: list[str]) -> tuple[float, float, int]:
    """Run `audit ARGS` in a fresh process: wall seconds, CPU seconds, peak RSS bytes."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", "from audit.cli import main; main()", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "COLUMNS": "200"},
    )
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if child.returncode != 0:
        assert child.stderr is not None
        raise SystemExit(f"audit {' '.join(args)} failed: {child.stderr.read().decode()[-500:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024


def time_commands(columns: ObservationColumns, companies: int, attempts: int) -> bool:
    """Time `audit leaderboard` (table and --json) on a store of `columns`; True if on target."""
    folder = Path(tempfile.gettempdir()) / f"audit-bench-{companies}x{attempts}"
    timed("write the store (not counted)", {}, lambda: build_store(columns, folder))
    ok = True
    for extra in ([], ["--json"]):
        wall, cpu, peak = run_command(["leaderboard", "--workspace", str(folder), *extra])
        label = " ".join(["audit leaderboard", *extra])
        print(
            f"{label:<28} {wall:7.2f} s   (CPU {cpu:5.2f} s)   peak RSS {peak / 2**20:7.0f} MiB"
            f"   target {COMMAND_SECONDS:.0f} s, {COMMAND_BYTES / 2**30:.0f} GiB"
        )
        ok &= wall <= COMMAND_SECONDS and peak <= COMMAND_BYTES
    return ok


def main() -> int:
    """Run the benchmark; exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--companies", type=int, default=10_000)
    parser.add_argument("--attempts", type=int, default=20)
    parser.add_argument("--objects", action="store_true", help="also time Observation -> columns")
    parser.add_argument("--store", action="store_true", help="also time `audit leaderboard`")
    args = parser.parse_args()
    rubric = load_rubric()
    total_obs = args.companies * 5 * args.attempts
    print(
        f"{total_obs:,} observations: {args.companies:,} companies x 5 channels x {args.attempts}"
    )
    times: dict[str, float] = {}
    columns = timed("generate (not counted)", {}, lambda: generate(args.companies, args.attempts))
    if args.objects:
        stream_only = timed(
            "stream objects (not counted)", {}, lambda: sum(1 for _ in as_observations(columns))
        )
        assert stream_only == total_obs
        from_objects: dict[str, float] = {}
        timed(
            "objects -> columns (+stream)",
            from_objects,
            lambda: ObservationColumns.from_observations(as_observations(columns), rubric),
        )
    report, attempts = timed(
        "score (default rubric)", times, lambda: score_columns(rubric, columns, "2026-Q4")
    )
    frame = timed(
        "rank + intervals + rank ranges",
        times,
        lambda: rank(report.scorecards, attempts, rubric=rubric),
    )
    out = io.StringIO()

    def draw() -> str:
        console = Console(file=out, width=220, record=True)
        console.print(render_leaderboard(frame, title="Benchmark — 2026-Q4", top=20))
        return console.export_text()

    board = timed("leaderboard (top 20)", times, draw)
    print(board)
    total = sum(times.values())
    peak = peak_rss_bytes()
    print(f"total (score + rank + show) {total:7.2f} s   target {TARGET_SECONDS:.1f} s")
    print(
        f"peak RSS                    {peak / 2**30:7.2f} GiB target {TARGET_BYTES / 2**30:.1f} GiB"
    )
    ok = total <= TARGET_SECONDS and peak <= TARGET_BYTES
    if args.store:
        ok &= time_commands(columns, args.companies, args.attempts)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
