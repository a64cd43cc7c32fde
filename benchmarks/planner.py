"""Benchmark: plan 10,000 companies x 3 probes x 8 attempts over a month (target <= 10 s).

    .venv/bin/python benchmarks/planner.py [--companies 10000] [--attempts 8] [--runs 3]

Companies are spread over eight countries (eight time zones, some with a daylight-saving
change inside the period); every probe has three slots (weekday mornings, weekday evenings,
Saturday), a 24 h minimum gap, at most 2 contacts per company per day and 10 per week.
Prints the median planning time of `--runs` runs (wall and CPU; building the targets is
not counted),
the attempts planned per second and a check that every company got the same slot mix.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter
from datetime import date

from audit.planner import ProbeDemand, build_plan
from audit.schedule import CampaignSchedule, ProbeSchedule, Slot
from probes.base import Target

COUNTRIES = ("DE", "US", "GB", "FR", "AU", "JP", "BR", "IN")
SCHEDULE = ProbeSchedule(
    slots=(
        Slot(name="weekday mornings", weekdays=(0, 1, 2, 3, 4), hours=(9, 12)),
        Slot(name="weekday evenings", weekdays=(0, 1, 2, 3, 4), hours=(17, 20)),
        Slot(name="saturday", weekdays=(5,), hours=(10, 16)),
    ),
    min_gap_h=24,
)


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--companies", type=int, default=10_000)
    parser.add_argument("--attempts", type=int, default=8)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    targets = [
        Target(name=f"company {i}", country=COUNTRIES[i % len(COUNTRIES)])
        for i in range(args.companies)
    ]
    demands = {p: ProbeDemand(args.attempts, SCHEDULE) for p in ("website", "chat", "email")}
    campaign = CampaignSchedule(start=date(2026, 3, 2), days=31, max_per_day=2, max_per_week=10)
    times, cpu = [], []
    for _ in range(args.runs):
        began, began_cpu = time.perf_counter(), time.process_time()
        plan = build_plan(targets, demands, campaign)
        times.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    median = statistics.median(times)
    mixes = Counter(
        tuple(sorted(Counter(a.slot for a in plan.attempts if a.company == t.name).items()))
        for t in targets[:200]
    )
    print(
        f"planned {len(plan.attempts):,} attempts ({args.companies:,} companies x 3 probes x "
        f"{args.attempts}) over 31 days"
    )
    print(
        f"planning time: median {median:.2f} s of {args.runs} runs "
        f"(min {min(times):.2f}, max {max(times):.2f}); target <= 10 s"
    )
    print(
        f"CPU time: median {statistics.median(cpu):.2f} s (what the planning costs whatever "
        f"else the machine is doing; wall time above is longer on a loaded machine)"
    )
    print(f"throughput: {len(plan.attempts) / median:,.0f} attempts/s")
    print(f"slot mixes among the first 200 companies: {len(mixes)} distinct (1 = balanced)")


if __name__ == "__main__":
    main()
