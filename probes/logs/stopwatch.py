"""The analyst's live stopwatch for a mystery-shopping phone call.

The screen shows the company, the number to dial and the elapsed time since the
stopwatch started (start it as you dial). Single keys mark the moments of the
call; `q` ends it and a one-line note is typed. The marks become `CallEvent`s and
the metrics come from `probes.dialer.call_metrics`, so a stopwatch call is measured
exactly like an imported or automatically dialed one. Accuracy is the analyst's
reaction time (about ±1 s); the key is timed when it arrives, not when the screen
next refreshes.

Run it alone (writes the call log as JSON):
    python -m probes.logs.stopwatch --demo-target "Acme" --number +14155550100 --out call.json
"""

from __future__ import annotations

import argparse
import os
import select
import signal
import sys
import termios
import tty
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict
from rich.console import Console, Group
from rich.live import Live
from rich.table import Table
from rich.text import Text

from probes.base import Channel, Clock, Evidence, MetricValue, Observation, Status
from probes.dialer import CallEvent, CallEventKind, call_metrics, person_reached
from probes.metrics import STOPWATCH_PROBE

PROBE_ID = STOPWATCH_PROBE

KEYS: dict[str, tuple[CallEventKind, str]] = {
    "i": (CallEventKind.IVR_ENDED, "IVR menu finished"),
    "h": (CallEventKind.HOLD_STARTED, "on hold"),
    "e": (CallEventKind.HOLD_ENDED, "hold ended"),
    "a": (CallEventKind.AGENT_ANSWERED, "live agent answered"),
    "t": (CallEventKind.TRANSFER, "transferred"),
    "w": (CallEventKind.WAIT_ANNOUNCED, "wait time announced"),
    "c": (CallEventKind.CALLBACK_OFFERED, "callback offered"),
    "r": (CallEventKind.RESOLVED, "question resolved"),
    "q": (CallEventKind.HUNG_UP, "hung up / finish"),
}
"""Single keys and the moment each marks; `u` undoes the last mark."""
UNDO_KEY = "u"


class CallLog(BaseModel):
    """One call as the analyst timed it: when it started (UTC), its events and a note."""

    model_config = ConfigDict(frozen=True)

    company: str
    number: str | None
    started: datetime
    events: tuple[CallEvent, ...]
    note: str = ""

    def metrics(self) -> dict[str, MetricValue]:
        """The `phone.*` call metrics of this log."""
        return call_metrics(self.events)


class StopwatchMarks:
    """The marks made so far, with the few rules that keep a log sane (no double hold)."""

    def __init__(self) -> None:
        self.events: list[CallEvent] = [CallEvent(kind=CallEventKind.DIALED, at_s=0.0)]
        self.message = ""

    @property
    def on_hold(self) -> bool:
        """Whether the last hold mark is a start without an end."""
        hold_kinds = (CallEventKind.HOLD_STARTED, CallEventKind.HOLD_ENDED)
        holds = [e for e in self.events if e.kind in hold_kinds]
        return bool(holds) and holds[-1].kind == CallEventKind.HOLD_STARTED

    def press(self, key: str, at_s: float) -> bool:
        """Apply key `key` pressed at `at_s`; True when it finishes the call."""
        key = key.lower()
        if key == UNDO_KEY:
            if len(self.events) > 1:
                undone = self.events.pop()
                self.message = f"undone: {KEYS_BY_KIND[undone.kind]}"
            else:
                self.message = "nothing to undo"
            return False
        if key not in KEYS:
            return False
        kind, label = KEYS[key]
        if kind == CallEventKind.HOLD_STARTED and self.on_hold:
            self.message = "already on hold"
            return False
        if kind == CallEventKind.HOLD_ENDED and not self.on_hold:
            self.message = "not on hold"
            return False
        if kind == CallEventKind.HUNG_UP and self.on_hold:
            self.events.append(CallEvent(kind=CallEventKind.HOLD_ENDED, at_s=round(at_s, 3)))
        self.events.append(CallEvent(kind=kind, at_s=round(at_s, 3)))
        self.message = f"{_clock(at_s)}  {label}"
        return kind == CallEventKind.HUNG_UP


KEYS_BY_KIND = {kind: label for kind, label in KEYS.values()} | {CallEventKind.DIALED: "dialed"}


def _visible(text: str) -> Text:
    """Untrusted text as a rich `Text` with control characters (ESC...) shown as escapes."""
    return Text("".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in text))


def _clock(seconds: float) -> str:
    minutes, rest = divmod(max(0.0, seconds), 60)
    return f"{int(minutes):02d}:{rest:04.1f}"


def _render(company: str, number: str | None, elapsed: float, marks: StopwatchMarks) -> Group:
    head = Table.grid(padding=(0, 2))
    head.add_row(Text("Company", style="bold"), _visible(company))
    head.add_row(Text("Dial", style="bold"), _visible(number or "(no number known)"))
    head.add_row(Text("Elapsed", style="bold"), Text(_clock(elapsed), style="bold cyan"))
    state = "on hold" if marks.on_hold else "in call"
    if any(e.kind == CallEventKind.AGENT_ANSWERED for e in marks.events) and not marks.on_hold:
        state = "with agent"
    head.add_row(Text("State", style="bold"), Text(state))
    log = Table("at", "moment", box=None, padding=(0, 2))
    for event in marks.events[-8:]:
        log.add_row(Text(_clock(event.at_s)), Text(KEYS_BY_KIND[event.kind]))
    legend = Text("  ".join(f"[{k}] {label}" for k, (_, label) in KEYS.items()))
    legend.append(f"  [{UNDO_KEY}] undo last mark", style="")
    return Group(head, Text(""), log, Text(""), legend, Text(marks.message, style="yellow"))


class TerminalKeys:
    """Single keys from a terminal in cbreak mode; the terminal is restored on exit."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._saved: list[Any] | None = None

    def __enter__(self) -> TerminalKeys:
        if os.isatty(self.fd):
            self._saved = termios.tcgetattr(self.fd)
            tty.setcbreak(self.fd, termios.TCSANOW)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._saved is not None:
            termios.tcsetattr(self.fd, termios.TCSADRAIN, self._saved)
            self._saved = None

    def read(self, timeout: float) -> str | None:
        """One key, or None when none arrives within `timeout` seconds."""
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return None
        data = os.read(self.fd, 1)
        if not data:
            raise EOFError("end of input")
        return data.decode("latin-1")


def run_stopwatch(
    console: Console,
    company: str,
    number: str | None,
    clock: Clock | None = None,
    input_fd: int | None = None,
) -> CallLog:
    """Time a call live: marks from single keys until `q`, then a one-line note.

    Ctrl-C aborts (KeyboardInterrupt propagates) after the terminal is restored.
    """
    clock = clock or Clock()
    fd = sys.stdin.fileno() if input_fd is None else input_fd
    marks = StopwatchMarks()
    started_utc = clock.utcnow()
    t0 = clock.monotonic()
    with (
        TerminalKeys(fd) as keys,
        Live(_render(company, number, 0.0, marks), console=console, auto_refresh=False) as live,
    ):
        while True:
            key = keys.read(timeout=0.1)
            now = clock.monotonic() - t0
            if key is not None and marks.press(key, now):
                live.update(_render(company, number, now, marks), refresh=True)
                break
            live.update(_render(company, number, now, marks), refresh=True)
    note = console.input("Note (one line, Enter to skip): ") if os.isatty(fd) else ""
    return CallLog(
        company=company,
        number=number,
        started=started_utc,
        events=tuple(marks.events),
        note=note.strip(),
    )


def call_log_to_observation(
    log: CallLog, attempt_id: str, evidence_path: str | None = None
) -> Observation:
    """The call as an observation; `evidence_path` is the log's JSON, written by the caller.

    Reaching no live person is the company's failure (`timeout`).
    """
    duration = max((e.at_s for e in log.events), default=0.0)
    reached = person_reached(log.events)
    detail = log.note if reached else f"no live agent reached in {duration:.0f} s. {log.note}"
    evidence: tuple[Evidence, ...] = ()
    if evidence_path is not None:
        caption = "stopwatch event log (JSON)"
        evidence = (Evidence(kind="call-log", path=evidence_path, caption=caption),)
    return Observation(
        attempt_id=attempt_id,
        company=log.company,
        channel=Channel.PHONE,
        probe_id=PROBE_ID,
        status=Status.OK if reached else Status.TIMEOUT,
        started=log.started,
        finished=log.started + timedelta(seconds=duration),
        metrics=log.metrics(),
        evidence=evidence,
        detail=detail.strip(),
    )


@contextmanager
def _quiet_interrupt(console: Console) -> Iterator[None]:
    try:
        yield
    except KeyboardInterrupt:
        console.print(Text("aborted: nothing saved"))
        raise SystemExit(130) from None


def main(argv: list[str] | None = None) -> None:
    """Entry for `python -m probes.logs.stopwatch`: time one call, write its log as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--demo-target", "--company", dest="company", required=True)
    parser.add_argument("--number", default=None)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    console = Console()
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        # Started as a background job of a script (which ignores SIGINT in its children):
        # the stopwatch is interactive, and Ctrl-C must still abort it.
        signal.signal(signal.SIGINT, signal.default_int_handler)
    with _quiet_interrupt(console):
        log = run_stopwatch(console, args.company, args.number)
    args.out.write_text(log.model_dump_json(indent=2), encoding="utf-8")
    for name, value in log.metrics().items():
        console.print(Text(f"{name} = {value}"))


if __name__ == "__main__":
    main()
