"""Phone call timing against the sandbox call centre's ground truth.

Places `--calls` real SIP calls (default 32) to the sandbox call centre, which runs in
its own process (python -m sandbox.callcentre) and writes, for every call, when each of
its sounds actually left (its ground truth). Each call is made by `SipDialer` with the
listener of `probes.phone.listener` and the IVR steps a shopper would use; the call's
metrics (`call_metrics`, as for any call) are compared with the same function over the
ground truth:

- time to agent (`phone.time_to_agent_s`), hold (`phone.hold_s`) and IVR (`phone.ivr_s`):
  absolute error, median and p95 (targets: median <= 0.5 s, p95 <= 1.5 s);
- person reached: the share of calls where the listener's answer (someone answered or
  not) is the ground truth's (target >= 95 %), busy / no answer / closed lines included;
- transfers (`phone.transfers`): calls whose count is the ground truth's;
- announcements: calls whose announced wait / callback offer was recognised, of those
  whose ground truth has one, and calls given one their ground truth does not have.

Each call is matched with its ground truth by its SIP Call-ID.

    .venv/bin/python benchmarks/phone_timing.py [--calls 32] [--concurrency 2]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from probes.dialer import CallEvent, CallRecord, CallRequest, call_metrics, person_reached
from probes.phone.account import DialPlan, SipAccount
from probes.phone.ivr import IvrScript, IvrStep
from probes.phone.probe import default_hearing
from probes.phone.sip_dialer import SipDialer
from probes.phone.spec import PhoneCampaignSpec

WAIT = IvrStep(wait_for="prompt", timeout_s=8)
SCRIPTS: dict[str, tuple[IvrStep, ...]] = {
    "+18004673825": (WAIT, IvrStep(press="2")),  # Bloomly: menu, announced wait, hold
    "+16465550187": (WAIT, IvrStep(press="1"), WAIT, IvrStep(press="2")),  # Northwind
    "+18885550123": (),  # QuickCart: a person at once
    "+448000851234": (WAIT, IvrStep(press="1")),  # Greenleaf: transfer, queue
    "+15550100004": (WAIT, IvrStep(press="1")),  # Harbor Bank: transfer
    "+15550100005": (),  # closed hours
    "+15550100006": (),  # busy
    "+15550100007": (),  # no answer
}
METRICS = ("phone.time_to_agent_s", "phone.hold_s", "phone.ivr_s")


def start_centre(folder: Path) -> tuple[subprocess.Popen[str], int]:
    centre = subprocess.Popen(
        [sys.executable, "-m", "sandbox.callcentre", str(folder / "sounds"), str(folder / "truth")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert centre.stdout is not None
    line = centre.stdout.readline()
    if not line.startswith("PORT "):
        raise SystemExit(f"call centre did not start: {line!r}")
    return centre, int(line.split()[1])


def truths(folder: Path) -> dict[str, list[CallEvent]]:
    """Ground-truth event lists by SIP Call-ID."""
    rows: list[dict[str, Any]] = [
        json.loads(p.read_text()) for p in sorted((folder / "truth").glob("*.json"))
    ]
    return {row["call_id"]: [CallEvent.model_validate(e) for e in row["events"]] for row in rows}


async def place_calls(port: int, calls: int, concurrency: int) -> list[CallRecord]:
    spec = PhoneCampaignSpec(account=SipAccount(proxy_port=port))
    hearing = default_hearing(spec)
    numbers = list(SCRIPTS)
    queue: asyncio.Queue[tuple[int, str]] = asyncio.Queue()
    for i in range(calls):
        queue.put_nowait((i, numbers[i % len(numbers)]))
    records: list[CallRecord] = []

    async def worker() -> None:
        while not queue.empty():
            i, number = queue.get_nowait()
            script = IvrScript(steps=SCRIPTS[number], max_call_s=120, stay_after_agent_s=1.0)
            dialer = SipDialer(
                spec.account, hearing, None, {number: script}, DialPlan(ring_timeout_s=3)
            )
            request = CallRequest(attempt_id=f"bench/{i}", company=number, number=number)
            records.append(await dialer.place_call(request))
            print(f"  call {i + 1}/{calls} to {number} done", file=sys.stderr, flush=True)

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return records


def _short(events: list[CallEvent] | tuple[CallEvent, ...]) -> str:
    return " ".join(f"{e.kind.value}@{e.at_s:.1f}" for e in events)


def _heard(events: list[CallEvent] | tuple[CallEvent, ...]) -> str:
    said = dict.fromkeys(e.detail for e in events if e.detail.startswith("heard: "))
    return "".join(f"\n    {text}" for text in said)


ANNOUNCEMENTS = ("phone.wait_announced", "phone.callback_offered")


def table(
    records: list[CallRecord], truth: dict[str, list[CallEvent]], verbose: bool = False
) -> None:
    errors: dict[str, list[float]] = defaultdict(list)
    right = total = transfers_right = 0
    found: dict[str, list[int]] = {name: [0, 0, 0] for name in ANNOUNCEMENTS}
    """found, expected, false"""
    for record in sorted(records, key=lambda r: r.started):
        number = record.request.number
        real = truth.get(record.call_id)
        if real is None:
            print(f"no ground truth for the call to {number} ({record.call_id})", file=sys.stderr)
            continue
        total += 1
        right += person_reached(record.events) == person_reached(real)
        got, want = call_metrics(record.events), call_metrics(real)
        transfers_right += got["phone.transfers"] == want["phone.transfers"]
        for name in ANNOUNCEMENTS:
            found[name][0] += bool(want[name] and got[name])
            found[name][1] += bool(want[name])
            found[name][2] += bool(got[name] and not want[name])
        if verbose:
            print(f"{number}\n  got: {_short(record.events)}\n  truth: {_short(real)}")
            print(f"  transcripts:{_heard(record.events)}")
        for name in METRICS:
            if name in want and name in got:
                errors[name].append(abs(float(got[name]) - float(want[name])))  # type: ignore[arg-type]
    print(f"{'metric':<24}{'n':>4}{'median s':>10}{'p95 s':>8}{'max s':>8}")
    for name in METRICS:
        values = sorted(errors[name])
        if not values:
            print(f"{name:<24}{0:>4}{'-':>10}{'-':>8}{'-':>8}")
            continue
        p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
        print(
            f"{name:<24}{len(values):>4}{statistics.median(values):>10.2f}{p95:>8.2f}"
            f"{values[-1]:>8.2f}"
        )
    share = 100.0 * right / total if total else 0.0
    print(f"person reached detected right: {right}/{total} calls ({share:.0f} %)")
    print(f"transfers counted right: {transfers_right}/{total} calls")
    for name, (hit, expected, false) in found.items():
        print(f"{name}: recognised {hit}/{expected} calls, {false} false")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=32)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--verbose", action="store_true", help="print each call's events")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        centre, port = start_centre(folder)
        try:
            records = asyncio.run(place_calls(port, args.calls, args.concurrency))
        finally:
            assert centre.stdin is not None
            centre.stdin.close()
            centre.wait(30)
        table(records, truths(folder), args.verbose)


if __name__ == "__main__":
    main()
