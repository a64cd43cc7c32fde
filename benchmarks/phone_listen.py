"""The call listener against synthesised calls with known timelines.

Builds N calls with random timelines (ringing, one to three menus answered by DTMF,
"please hold" prompts, 8-75 s of hold music with "your call is important" / wait-time /
callback announcements, an agent who greets and waits; some answered directly by a
person, some closed-hours messages, some abandoned on hold), speaks them with espeak-ng,
synthesises tones and music with sox, feeds them frame by frame to
`make_hearing("en")` (timing rules + transcription) and prints, per event kind, the
median and p95 error of the detected offset against the truth, the metric errors
(`call_metrics`: time to agent, hold, IVR), the share of calls whose reaching a person
was detected right, and the CPU seconds per second of audio (one core).

    .venv/bin/python benchmarks/phone_listen.py [--calls 40] [--seed 7] [--language en]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from probes.dialer import CallEvent, CallEventKind, call_metrics, person_reached
from probes.phone.listener import make_hearing
from tests.phone_listen.calls import RATE, play, tools_present
from tests.phone_listen.scenarios import random_call

K = CallEventKind
TIMED = (
    K.IVR_PROMPT,
    K.TRANSFER,
    K.HOLD_STARTED,
    K.HOLD_ENDED,
    K.AGENT_ANSWERED,
    K.FIRST_HUMAN_SPEECH,
)
FLAGS = (K.WAIT_ANNOUNCED, K.CALLBACK_OFFERED)
METRICS = ("phone.time_to_agent_s", "phone.hold_s", "phone.ivr_s")


def _first(events: list[CallEvent], kind: CallEventKind) -> float | None:
    return next((e.at_s for e in events if e.kind == kind), None)


def _stats(values: list[float]) -> str:
    if not values:
        return "        -        -"
    a = np.abs(np.array(values))
    return f"{np.median(a):9.2f}{np.percentile(a, 95):9.2f}"


def _timeline(events: list[CallEvent]) -> str:
    return " ".join(f"{e.kind}@{e.at_s:.1f}" for e in events)


def _read_wrong(truth: list[CallEvent], heard: list[CallEvent]) -> bool:
    for kind in TIMED:
        t, h = _first(truth, kind), _first(heard, kind)
        if (t is None) != (h is None) or (t is not None and h is not None and abs(t - h) > 1.5):
            return True
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--language", default="en")
    parser.add_argument(
        "--show", action="store_true", help="print the timelines of calls read wrong"
    )
    args = parser.parse_args()
    if not tools_present():
        print("espeak-ng and sox are needed: run scripts/setup.sh", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    errors: dict[str, list[float]] = {str(k): [] for k in TIMED}
    misses: dict[str, list[int]] = {str(k): [0, 0, 0] for k in (*TIMED, *FLAGS)}
    metric_err: dict[str, list[float]] = {m: [] for m in METRICS}
    right = 0
    audio_s = cpu_s = 0.0
    for number in range(args.calls):
        script = random_call(rng)
        script.samples()  # render (espeak-ng, sox) outside the timed part
        audio_s += sum(len(p) for p in script.parts) / RATE
        started = time.process_time()
        heard = play(make_hearing(args.language), script)
        cpu_s += time.process_time() - started
        truth = sorted(script.truth, key=lambda e: e.at_s)
        if args.show and _read_wrong(truth, heard):
            print(f"call {number}: truth {_timeline(truth)}")
            print(f"{'':>{len(str(number)) + 6}}heard {_timeline(heard)}")
        right += person_reached(heard) == person_reached(truth)
        for kind in (*TIMED, *FLAGS):
            t, h = _first(truth, kind), _first(heard, kind)
            row = misses[str(kind)]
            row[0] += t is not None and h is not None
            row[1] += t is not None and h is None
            row[2] += t is None and h is not None
            if kind in TIMED and t is not None and h is not None:
                errors[str(kind)].append(h - t)
        dialed = [CallEvent(kind=K.DIALED, at_s=0.0)]
        m_truth, m_heard = call_metrics(dialed + truth), call_metrics(dialed + heard)
        for name in METRICS:
            a, b = m_truth.get(name), m_heard.get(name)
            if isinstance(a, float | int) and isinstance(b, float | int):
                metric_err[name].append(float(b) - float(a))

    print(f"{args.calls} synthesised calls, {audio_s / 60:.1f} min of audio, seed {args.seed}")
    print(f"{'event / metric':<24}{'median':>9}{'p95':>9}{'found':>7}{'missed':>7}{'extra':>7}")
    for kind in (*TIMED, *FLAGS):
        found, missed, extra = misses[str(kind)]
        stats = _stats(errors.get(str(kind), []))
        print(f"{kind!s:<24}{stats}{found:>7}{missed:>7}{extra:>7}")
    for name in METRICS:
        print(f"{name:<24}{_stats(metric_err[name])}{len(metric_err[name]):>7}")
    for kind in FLAGS:
        found, missed, extra = misses[str(kind)]
        print(f"{kind!s}: found {found}/{found + missed} calls, false in {extra} calls")
    share = right / args.calls
    print(f"person reached detected right: {right}/{args.calls} = {share:.0%} (target >= 95%)")
    print(f"CPU: {cpu_s:.1f} s for {audio_s:.0f} s of audio = {cpu_s / audio_s:.4f} s per s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
