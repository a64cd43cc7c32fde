"""Phone stopwatch accuracy: how late a key press is timestamped by `audit phone call`.

Drives the real stopwatch loop (`probes.logs.stopwatch.run_stopwatch`, rendering to
a terminal-like console) through a pipe: a feeder thread presses the keys of a
call at random moments and notes when each was written (`time.monotonic()`); the
stopwatch's clock start is captured, so each mark's recorded offset is compared
with the moment its key was written. Prints median, p95 and max of the lag
(recorded - written) and of the error of spans between marks (e.g. the hold),
which do not depend on when the clock started. The documented accuracy of a
stopwatch call is the analyst's reaction time (about 1 s); the tool's own lag
should be a small fraction of it.

    .venv/bin/python benchmarks/stopwatch.py [--calls 10]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import threading
import time

from rich.console import Console

from probes.base import Clock
from probes.logs.stopwatch import run_stopwatch

KEYS = "iwhearq"
"""IVR end, wait announced, hold, hold end, agent, resolved, hang up: one mark each."""


class StartClock(Clock):
    """The real clock, remembering the stopwatch's first monotonic reading (its start)."""

    def __init__(self) -> None:
        self.started: float | None = None
        self.ready = threading.Event()

    def monotonic(self) -> float:
        now = time.monotonic()
        if self.started is None:
            self.started = now
            self.ready.set()
        return now


def one_call(rng: random.Random) -> tuple[list[float], list[float]]:
    """(lags, span errors) in seconds for one call with random gaps between keys."""
    read_fd, write_fd = os.pipe()
    clock = StartClock()
    written: list[float] = []

    def feed() -> None:
        clock.ready.wait(timeout=30)
        for key in KEYS:
            time.sleep(rng.uniform(0.1, 0.8))
            written.append(time.monotonic())
            os.write(write_fd, key.encode())

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    with open(os.devnull, "w") as screen:
        console = Console(file=screen, force_terminal=True, width=110, height=40)
        log = run_stopwatch(console, "Acme", "+14155550100", clock=clock, input_fd=read_fd)
    feeder.join(timeout=30)
    os.close(read_fd)
    os.close(write_fd)
    assert clock.started is not None
    marks = [e.at_s for e in log.events[1:]]  # after `dialed`
    sent = [w - clock.started for w in written]
    lags = [m - s for m, s in zip(marks, sent, strict=True)]
    spans = [abs((marks[i] - marks[i - 1]) - (sent[i] - sent[i - 1])) for i in range(1, len(marks))]
    return lags, spans


def summary(name: str, values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return (
        f"{name:<34} median {statistics.median(ordered) * 1000:7.1f} ms  "
        f"p95 {p95 * 1000:7.1f} ms  max {ordered[-1] * 1000:7.1f} ms  (n={len(ordered)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--calls", type=int, default=10)
    args = parser.parse_args()
    rng = random.Random(3)
    lags: list[float] = []
    spans: list[float] = []
    for _ in range(args.calls):
        call_lags, call_spans = one_call(rng)
        lags += call_lags
        spans += call_spans
    print(summary("key -> mark lag", lags))
    print(summary("span error (|mark gap - key gap|)", spans))


if __name__ == "__main__":
    main()
