"""Phone calls as timed event logs, and the interface an automated dialer implements.

A call is a list of `CallEvent`s, each at a monotonic offset in seconds from the
moment we dialed. Whoever produced the log (the analyst's stopwatch, a CSV import,
a telephony provider) the metrics come from one function, `call_metrics`, so the
same call is measured the same way whatever recorded it.

How the metrics are read from the events:
- `phone.time_to_agent_s`: dial to the first `agent_answered` (else the first
  `first_human_speech`); omitted when no person was reached.
- `phone.ivr_s`: from the first `ivr_prompt` (else the dial) to `ivr_ended`, else to
  the first hold / agent / human speech / transfer / hang-up after an `ivr_prompt`;
  0.0 when the call had no IVR events.
- `phone.hold_s`: the sum of `hold_started` -> `hold_ended` spans; a hold still open
  is closed by the next agent answer, human speech or hang-up.
- `phone.transfers`: the count of `transfer` events.
- `phone.wait_announced`, `phone.callback_offered`, `phone.resolved`: whether an
  event of that kind was logged.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from probes.base import MetricValue, ProbeError, utcnow


class CallEventKind(StrEnum):
    """A moment in a call. The first nine are what a telephony provider reports."""

    DIALED = "dialed"
    IVR_PROMPT = "ivr_prompt"
    DTMF_SENT = "dtmf_sent"
    HOLD_STARTED = "hold_started"
    HOLD_ENDED = "hold_ended"
    AGENT_ANSWERED = "agent_answered"
    TRANSFER = "transfer"
    FIRST_HUMAN_SPEECH = "first_human_speech"
    HUNG_UP = "hung_up"
    # Marked by a person listening (stopwatch, call log), or by a speech classifier.
    IVR_ENDED = "ivr_ended"
    WAIT_ANNOUNCED = "wait_announced"
    CALLBACK_OFFERED = "callback_offered"
    RESOLVED = "resolved"


class CallEvent(BaseModel):
    """One moment of a call, `at_s` seconds (monotonic) after dialing."""

    model_config = ConfigDict(frozen=True)

    kind: CallEventKind
    at_s: float = Field(ge=0)
    detail: str = ""


class CallRequest(BaseModel):
    """What a dialer is asked to do: call a number, play menu choices, hang up in time."""

    model_config = ConfigDict(frozen=True)

    attempt_id: str
    company: str
    number: str
    """E.164, e.g. +14155550100."""
    dtmf: tuple[str, ...] = ()
    """Menu choices to play in order, e.g. ("1", "3")."""
    max_duration_s: float = 900.0
    stay_after_agent_s: float = 5.0
    """How long to stay on the line once a person answers (to hear them speak)."""
    language: str = "en"
    """The language the line speaks (ISO 639-1): what listens to the call understands it."""


class CallRecord(BaseModel):
    """A finished call: the request, when it was dialed (UTC) and its event log."""

    model_config = ConfigDict(frozen=True)

    request: CallRequest
    started: datetime
    events: tuple[CallEvent, ...]
    provider: str = ""
    recording_path: str | None = None
    call_id: str = ""
    """The provider's id of the call (SIP: the Call-ID), matching the far end's records."""

    def metrics(self) -> dict[str, MetricValue]:
        """The `phone.*` call metrics of this record (see `call_metrics`)."""
        return call_metrics(self.events)


class DialerError(ProbeError):
    """Our side failed to place or record a call (provider down, no recording)."""


@runtime_checkable
class Dialer(Protocol):
    """An automated dialer: a provider places the call, plays DTMF and reports timestamps.

    Implementations report `dialed` at 0, each `ivr_prompt` heard, each `dtmf_sent`,
    `hold_started`/`hold_ended` (hold music detected), `agent_answered`,
    `first_human_speech`, `transfer` and `hung_up`, all as monotonic offsets.
    An unanswered call is a record without `agent_answered`, not an error;
    `DialerError` is for our own failures.
    """

    name: str

    async def place_call(self, request: CallRequest) -> CallRecord:
        """Place the call described by `request` and return its event log."""
        ...


_PERSON_REACHED = (CallEventKind.AGENT_ANSWERED, CallEventKind.FIRST_HUMAN_SPEECH)
_IVR_ENDERS = frozenset(
    {
        CallEventKind.IVR_ENDED,
        CallEventKind.HOLD_STARTED,
        CallEventKind.AGENT_ANSWERED,
        CallEventKind.FIRST_HUMAN_SPEECH,
        CallEventKind.TRANSFER,
        CallEventKind.HUNG_UP,
    }
)
_HOLD_CLOSERS = frozenset(
    {
        CallEventKind.HOLD_ENDED,
        CallEventKind.AGENT_ANSWERED,
        CallEventKind.FIRST_HUMAN_SPEECH,
        CallEventKind.HUNG_UP,
    }
)


def _first(events: Sequence[CallEvent], kind: CallEventKind) -> CallEvent | None:
    return next((e for e in events if e.kind == kind), None)


def _ivr_seconds(events: Sequence[CallEvent], dial_at: float) -> float:
    prompt = _first(events, CallEventKind.IVR_PROMPT)
    ended = _first(events, CallEventKind.IVR_ENDED)
    if prompt is None and ended is None:
        return 0.0
    start = prompt.at_s if prompt is not None else dial_at
    if ended is not None:
        return max(0.0, ended.at_s - start)
    end = next((e.at_s for e in events if e.kind in _IVR_ENDERS and e.at_s >= start), None)
    if end is None:
        end = events[-1].at_s
    return max(0.0, end - start)


def _hold_seconds(events: Sequence[CallEvent]) -> float:
    total = 0.0
    hold_from: float | None = None
    for event in events:
        if event.kind == CallEventKind.HOLD_STARTED and hold_from is None:
            hold_from = event.at_s
        elif event.kind in _HOLD_CLOSERS and hold_from is not None:
            total += event.at_s - hold_from
            hold_from = None
    if hold_from is not None:
        total += events[-1].at_s - hold_from
    return total


def call_metrics(events: Iterable[CallEvent]) -> dict[str, MetricValue]:
    """`phone.*` call metrics from an event log (any order; sorted by offset, stably).

    An empty log gives an empty dict. Times are rounded to 0.01 s.
    """
    ordered = sorted(events, key=lambda e: e.at_s)
    if not ordered:
        return {}
    dialed = _first(ordered, CallEventKind.DIALED)
    dial_at = dialed.at_s if dialed is not None else 0.0
    kinds = {e.kind for e in ordered}
    out: dict[str, MetricValue] = {}
    person = next((e for k in _PERSON_REACHED if (e := _first(ordered, k)) is not None), None)
    if person is not None:
        out["phone.time_to_agent_s"] = round(person.at_s - dial_at, 2)
    out["phone.ivr_s"] = round(_ivr_seconds(ordered, dial_at), 2)
    out["phone.hold_s"] = round(_hold_seconds(ordered), 2)
    out["phone.transfers"] = sum(1 for e in ordered if e.kind == CallEventKind.TRANSFER)
    out["phone.wait_announced"] = CallEventKind.WAIT_ANNOUNCED in kinds
    out["phone.callback_offered"] = CallEventKind.CALLBACK_OFFERED in kinds
    out["phone.resolved"] = CallEventKind.RESOLVED in kinds
    return out


def person_reached(events: Iterable[CallEvent]) -> bool:
    """Whether the log shows a live person answering."""
    return any(e.kind in _PERSON_REACHED for e in events)


_EVENT_LIST = TypeAdapter(list[CallEvent])


class RecordedCallDialer:
    """The first `Dialer`: replays recorded call logs instead of calling anyone.

    `recordings` maps an E.164 number to the event logs recorded for it; successive
    calls to one number replay its logs in turn (cycling). With `speed` set, the
    replay waits the call's duration divided by `speed`, so callers see real time pass.
    """

    name = "recorded"

    def __init__(
        self,
        recordings: Mapping[str, Sequence[Sequence[CallEvent]]],
        speed: float | None = None,
    ) -> None:
        self._recordings = {n: [tuple(log) for log in logs] for n, logs in recordings.items()}
        self._next: dict[str, int] = {}
        self._speed = speed

    @classmethod
    def from_json(cls, path: Path, speed: float | None = None) -> RecordedCallDialer:
        """Load `{"+1415...": [[{"kind": "dialed", "at_s": 0}, ...], ...]}` from a file."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            recordings = {
                str(k): [_EVENT_LIST.validate_python(x) for x in v] for k, v in raw.items()
            }
        except (OSError, ValueError, AttributeError) as exc:
            raise DialerError(f"cannot load recorded calls from {path}: {exc}") from None
        return cls(recordings, speed=speed)

    async def place_call(self, request: CallRequest) -> CallRecord:
        """Replay the next recorded log for `request.number`, cut at `max_duration_s`."""
        logs = self._recordings.get(request.number)
        if not logs:
            raise DialerError(f"no recorded call for {request.number}")
        index = self._next.get(request.number, 0)
        self._next[request.number] = index + 1
        started = utcnow()
        events = tuple(sorted(logs[index % len(logs)], key=lambda e: e.at_s))
        events = _cut(events, request.max_duration_s)
        if self._speed and events:
            await asyncio.sleep(events[-1].at_s / self._speed)
        return CallRecord(request=request, started=started, events=events, provider=self.name)


def _cut(events: tuple[CallEvent, ...], max_duration_s: float) -> tuple[CallEvent, ...]:
    """The events up to `max_duration_s`, ending with our hang-up if the log ran longer."""
    if not events or events[-1].at_s <= max_duration_s:
        return events
    kept = tuple(e for e in events if e.at_s <= max_duration_s)
    ours = CallEvent(kind=CallEventKind.HUNG_UP, at_s=max_duration_s, detail="max duration")
    return (*kept, ours)
