"""Call logs (`audit phone import calls.csv`): phone calls timed elsewhere, as observations.

Format: UTF-8 CSV with a header row; column order is free, names are
case-insensitive; a blank cell means "not observed" unless said otherwise.

| column | required | meaning |
|---|---|---|
| company | yes | company name as in the campaign |
| dialed_at | yes | when the call was dialed: ISO 8601 (see below) |
| period | no | period label, e.g. `2026-Q3` |
| number | no | the number dialed, E.164 (`+14155550100`; spaces and dashes are ignored) |
| ivr_end | no | offset from dialing to the end of the IVR menu; blank = no IVR |
| agent | no | offset from dialing to a live agent answering; blank = nobody answered |
| hold | no | total time on hold (a duration, not an offset); blank = 0 |
| transfers | no | number of transfers (integer); blank = 0 |
| wait_announced | no | the expected wait was announced: yes/no; blank = no |
| callback_offered | no | a callback was offered: yes/no; blank = no |
| resolved | no | the question was resolved on the call: yes/no; blank = no |
| hung_up | no | offset from dialing to the end of the call |
| note | no | free text |

Times: `dialed_at` is ISO 8601, `2026-07-14T09:30:05Z` or `2026-07-14T11:30:05+02:00`;
without an offset (`2026-07-14 09:30:05`) it is UTC. yes/no cells also take y/n,
true/false, 1/0 and x. Offsets and durations are seconds (`42`, `42.5`) or
`m:ss` / `h:mm:ss` (`1:05`).
Rules: `ivr_end <= agent <= hung_up`; the hold must fit in the call: it fills
the wait between the IVR and the agent first, and any rest follows the answer.
Metrics come from `probes.dialer.call_metrics` over events rebuilt from the
columns, so they equal the columns (`phone.time_to_agent_s` = agent, ...).

Rows are numbered by their line in the file (the header is line 1); each error
names the line and the column. Bad rows are skipped and good rows kept, unless
`strict`, where any error means nothing is imported. Attempt ids are stable:
`import/phone-import/<sha1 of company, dialed_at, number>[:12]`, whatever the
file is called, so importing a corrected or renamed file again replaces rows
rather than duplicating them; two rows with the same identity in one file are an
error.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from probes.base import Channel, Evidence, Observation, Status
from probes.dialer import CallEvent, CallEventKind, call_metrics, person_reached
from probes.logs.rows import (
    CsvRow,
    ImportResult,
    LoggedRow,
    RowReader,
    attempt_id,
    collect,
    parse_count,
    parse_e164,
    parse_flag,
    parse_seconds,
    parse_timestamp,
    read_log,
    read_rows,
)
from probes.metrics import CALL_LOG_PROBE
from probes.yaml_source import SourceError

PROBE_ID = CALL_LOG_PROBE
CALL_COLUMNS = (
    "company", "dialed_at", "period", "number", "ivr_end", "agent", "hold", "transfers",
    "wait_announced", "callback_offered", "resolved", "hung_up", "note",
)  # fmt: skip
REQUIRED = ("company", "dialed_at")


def _events(
    r: RowReader, ivr_end: float | None, agent: float | None, hold: float, hung_up: float | None
) -> list[CallEvent]:
    k = CallEventKind
    events = [CallEvent(kind=k.DIALED, at_s=0.0)]
    if ivr_end is not None:
        if agent is not None and agent < ivr_end:
            r.fail("agent", f"is before ivr_end ({ivr_end:g} s)")
        events.append(CallEvent(kind=k.IVR_ENDED, at_s=ivr_end))
    last = max(x for x in (0.0, ivr_end, agent) if x is not None)
    if hung_up is not None and hung_up < last:
        r.fail("hung_up", f"is before the agent or the IVR end ({last:g} s)")
    if agent is not None:
        events.append(CallEvent(kind=k.AGENT_ANSWERED, at_s=agent))
    if hold > 0:
        # Hold fills the wait before the agent first; what does not fit follows the answer.
        queue_start = ivr_end or 0.0
        if agent is None:
            spans = [(queue_start, queue_start + hold)]
        else:
            before = min(hold, max(0.0, agent - queue_start))
            spans = [(agent - before, agent), (agent, agent + hold - before)]
        if hung_up is not None and spans[-1][1] > hung_up + 1e-9:
            r.fail("hold", f"does not fit in the call ({hung_up:g} s long)")
        for start, end in spans:
            if end > start:
                events.append(CallEvent(kind=k.HOLD_STARTED, at_s=start))
                events.append(CallEvent(kind=k.HOLD_ENDED, at_s=end))
    if hung_up is not None:
        events.append(CallEvent(kind=k.HUNG_UP, at_s=hung_up))
    return events


@dataclass(frozen=True)
class LoggedCall:
    """One valid row of a calls CSV: who was called, when, and the call's event log."""

    company: str
    dialed: datetime
    number: str | None
    events: tuple[CallEvent, ...]


def _row_call(path: Path, row: CsvRow) -> tuple[LoggedCall | None, list[SourceError]]:
    r = RowReader(str(path), row)
    company = r.cell("company", str, required=True)
    dialed = r.cell("dialed_at", parse_timestamp, required=True)
    number = r.cell("number", parse_e164)
    ivr_end = r.cell("ivr_end", parse_seconds)
    agent = r.cell("agent", parse_seconds)
    hold = r.cell("hold", parse_seconds) or 0.0
    hung_up = r.cell("hung_up", parse_seconds)
    transfers = r.cell("transfers", parse_count) or 0
    flags = {
        CallEventKind.WAIT_ANNOUNCED: r.cell("wait_announced", parse_flag),
        CallEventKind.CALLBACK_OFFERED: r.cell("callback_offered", parse_flag),
        CallEventKind.RESOLVED: r.cell("resolved", parse_flag),
    }
    events = _events(r, ivr_end, agent, hold, hung_up)
    if r.errors or company is None or dialed is None:
        return None, r.errors
    mark_at = agent if agent is not None else 0.0
    events += [CallEvent(kind=CallEventKind.TRANSFER, at_s=mark_at)] * transfers
    events += [CallEvent(kind=kind, at_s=mark_at) for kind, on in flags.items() if on]
    return LoggedCall(company, dialed, number, tuple(sorted(events, key=lambda e: e.at_s))), []


def _row_observation(path: Path, row: CsvRow) -> tuple[Observation | None, str, list[SourceError]]:
    call, errors = _row_call(path, row)
    if call is None:
        return None, "", errors
    duration = max(e.at_s for e in call.events)
    reached = person_reached(call.events)
    note = row.get("note")
    identity = (call.company, call.dialed.isoformat(), call.number or "")
    observation = Observation(
        attempt_id=attempt_id(PROBE_ID, identity),
        company=call.company,
        channel=Channel.PHONE,
        probe_id=PROBE_ID,
        status=Status.OK if reached else Status.TIMEOUT,
        started=call.dialed,
        finished=call.dialed + timedelta(seconds=duration),
        metrics=call_metrics(call.events),
        evidence=(Evidence(kind="call-log", path=str(path), caption=f"line {row.line}"),),
        detail=note if reached else f"no live agent reached. {note}".strip(),
    )
    return observation, row.get("period"), []


def read_calls(path: Path) -> Iterator[LoggedRow | SourceError]:
    """Observations (Channel.PHONE) of a calls CSV, and its errors, read as a stream."""
    return read_log(path, CALL_COLUMNS, REQUIRED, _row_observation)


def import_calls(path: Path, strict: bool = False) -> ImportResult:
    """A whole calls CSV at once (`read_calls` collected)."""
    return collect(path, read_calls(path), strict)


def recorded_calls(path: Path) -> dict[str, list[tuple[CallEvent, ...]]]:
    """The event logs of a calls CSV by number dialed, for `probes.dialer.RecordedCallDialer`.

    Rows without a number or with errors are left out (import them to see why).
    """
    out: dict[str, list[tuple[CallEvent, ...]]] = {}
    for row in read_rows(path, CALL_COLUMNS, REQUIRED):
        if isinstance(row, SourceError):
            continue
        call, _errors = _row_call(path, row)
        if call is not None and call.number:
            out.setdefault(call.number, []).append(call.events)
    return out
