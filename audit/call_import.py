"""`audit phone import calls.csv`: phone calls timed elsewhere, as observations.

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
`import/<file stem>/<sha1 of company, dialed_at, number>[:12]`, so importing a
corrected file again replaces rows rather than duplicating them; two rows with
the same identity in one file are an error.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from probes.base import Channel, Evidence, Observation, Status
from probes.dialer import CallEvent, CallEventKind, call_metrics, person_reached
from rubrics.yaml_source import SourceError

T = TypeVar("T")
PROBE_ID = "phone-import"
CALL_COLUMNS = (
    "company", "dialed_at", "period", "number", "ivr_end", "agent", "hold", "transfers",
    "wait_announced", "callback_offered", "resolved", "hung_up", "note",
)  # fmt: skip
TRUE_WORDS = frozenset({"yes", "y", "true", "1", "x"})
FALSE_WORDS = frozenset({"no", "n", "false", "0", ""})


@dataclass(frozen=True)
class ImportResult:
    """What an import produced: observations of good rows, one error per bad cell.

    `periods` maps an attempt id to the row's period label, where one was given.
    """

    observations: list[Observation]
    errors: list[SourceError]
    periods: dict[str, str] = field(default_factory=dict)


class CellError(ValueError):
    """A cell's value is wrong; the message is shown after `file:line: column:`."""


@dataclass(frozen=True)
class CsvRow:
    """One data row: its line in the file and its cells by lower-case column name."""

    line: int
    cells: Mapping[str, str]

    def get(self, column: str) -> str:
        """The stripped cell, "" when blank or the column is absent."""
        return (self.cells.get(column) or "").strip()


class RowReader:
    """Reads cells of one row, collecting an error per bad cell instead of stopping."""

    def __init__(self, file: str, row: CsvRow) -> None:
        self.file = file
        self.row = row
        self.errors: list[SourceError] = []

    def cell(self, column: str, parse: Callable[[str], T], required: bool = False) -> T | None:
        """The parsed cell, or None when blank (an error when `required`) or invalid."""
        raw = self.row.get(column)
        if not raw:
            if required:
                self.fail(column, "required value is missing")
            return None
        try:
            return parse(raw)
        except CellError as exc:
            self.fail(column, f"{exc} (got {raw[:40]!r})")
            return None

    def fail(self, column: str, message: str) -> None:
        """Record an error on `column` of this row."""
        self.errors.append(SourceError(self.file, self.row.line, column, message))


def read_rows(
    path: Path, columns: Sequence[str], required: Sequence[str]
) -> tuple[list[CsvRow], list[SourceError]]:
    """Data rows of a CSV file; header problems are errors (missing required: no rows)."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        return [], [SourceError(name, None, "", f"cannot read file: {exc.strerror}")]
    except UnicodeDecodeError:
        return [], [SourceError(name, None, "", "file is not UTF-8 text")]
    reader = csv.reader(text.splitlines(keepends=True))
    header = [h.strip().lower() for h in next(reader, [])]
    errors = [SourceError(name, 1, h, "unknown column") for h in header if h not in columns]
    missing = [c for c in required if c not in header]
    if missing:
        errors += [SourceError(name, 1, c, "required column is missing") for c in missing]
        return [], errors
    rows: list[CsvRow] = []
    line = reader.line_num + 1
    for record in reader:
        if any(cell.strip() for cell in record):
            if len(record) > len(header):
                errors.append(SourceError(name, line, "", "more cells than columns"))
            else:
                rows.append(CsvRow(line, dict(zip(header, record, strict=False))))
        line = reader.line_num + 1
    return rows, errors


def parse_timestamp(raw: str) -> datetime:
    """ISO 8601 date-time (or date: midnight) as aware UTC; no offset means UTC."""
    try:
        value = datetime.fromisoformat(raw.replace("z", "Z"))
    except ValueError:
        raise CellError("not an ISO 8601 time like 2026-07-14T09:30:05Z") from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def parse_date(raw: str) -> datetime:
    """A date `2026-07-14` (midnight UTC) or an ISO 8601 date-time, as aware UTC."""
    try:
        return datetime.combine(date.fromisoformat(raw), datetime.min.time(), UTC)
    except ValueError:
        pass
    try:
        return parse_timestamp(raw)
    except CellError:
        raise CellError("not a date like 2026-07-14 (or an ISO 8601 time)") from None


_CLOCK = re.compile(r"^(?:(\d+):)?(\d+):(\d{2}(?:\.\d+)?)$")


def parse_seconds(raw: str) -> float:
    """Seconds as `42`, `42.5`, `m:ss` or `h:mm:ss`; never negative."""
    match = _CLOCK.match(raw)
    if match:
        hours, minutes, seconds = match.groups()
        if float(seconds) >= 60:
            raise CellError("seconds must be below 60 in m:ss")
        return int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds)
    try:
        value = float(raw)
    except ValueError:
        raise CellError("not a duration: seconds (42.5) or m:ss (1:05)") from None
    if value < 0 or value != value:
        raise CellError("must not be negative")
    return value


def parse_count(raw: str) -> int:
    """A non-negative integer."""
    if not raw.isdigit():
        raise CellError("not a whole number")
    return int(raw)


def parse_flag(raw: str) -> bool:
    """yes/no, y/n, true/false, 1/0, x."""
    word = raw.lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise CellError("not yes or no")


def parse_e164(raw: str) -> str:
    """A phone number in E.164 form; spaces, dots, dashes and brackets are ignored."""
    number = re.sub(r"[\s.\-()]", "", raw)
    if not re.fullmatch(r"\+[1-9]\d{6,14}", number):
        raise CellError("not an E.164 number like +14155550100")
    return number


def attempt_id(path: Path, identity: Sequence[str]) -> str:
    """`import/<file stem>/<sha1 of the identity fields>[:12]`: stable across re-imports."""
    digest = hashlib.sha1("\x1f".join(identity).encode()).hexdigest()[:12]
    return f"import/{path.stem}/{digest}"


def finish(
    observations: list[tuple[Observation, str]],
    errors: list[SourceError],
    strict: bool,
) -> ImportResult:
    """The result; with `strict`, any error drops every observation."""
    if strict and errors:
        return ImportResult([], errors)
    periods = {obs.attempt_id: period for obs, period in observations if period}
    return ImportResult([obs for obs, _ in observations], errors, periods)


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
        attempt_id=attempt_id(path, identity),
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


def recorded_calls(path: Path) -> dict[str, list[tuple[CallEvent, ...]]]:
    """The event logs of a calls CSV by number dialed, for `probes.dialer.RecordedCallDialer`.

    Rows without a number or with errors are left out (import them to see why).
    """
    rows, _ = read_rows(path, CALL_COLUMNS, ("company", "dialed_at"))
    out: dict[str, list[tuple[CallEvent, ...]]] = {}
    for row in rows:
        call, _errors = _row_call(path, row)
        if call is not None and call.number:
            out.setdefault(call.number, []).append(call.events)
    return out


def import_calls(path: Path, strict: bool = False) -> ImportResult:
    """Observations (Channel.PHONE) from a calls CSV in the format documented above."""
    rows, errors = read_rows(path, CALL_COLUMNS, ("company", "dialed_at"))
    return finish(list(good_rows(path, rows, errors, _row_observation)), errors, strict)


def good_rows(
    path: Path,
    rows: list[CsvRow],
    errors: list[SourceError],
    convert: Callable[[Path, CsvRow], tuple[Observation | None, str, list[SourceError]]],
) -> Iterator[tuple[Observation, str]]:
    """Observations of rows that convert without errors; repeated identities are errors."""
    first_line: dict[str, int] = {}
    for row in rows:
        observation, period, row_errors = convert(path, row)
        errors.extend(row_errors)
        if observation is None:
            continue
        seen = first_line.setdefault(observation.attempt_id, row.line)
        if seen != row.line:
            errors.append(SourceError(str(path), row.line, "", f"duplicate of line {seen}"))
            continue
        yield observation, period
