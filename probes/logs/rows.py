"""Reading the CSV logs that people keep (calls, returns) into observations, as a stream.

Shared by `probes.logs.calls` and `probes.logs.returns`: header checks, rows
numbered by their line in the file (the header is line 1), one `SourceError` per
bad cell (`file:line: column: message`) so good rows survive bad ones, cell parsers
(times, dates, durations, counts, yes/no, E.164 numbers) and stable attempt ids.
`read_log` yields good rows and errors in file order without holding the file;
`collect` gathers them (with the `strict` rule: any error drops every observation).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar

from probes.base import Observation
from probes.logs.csv_stream import Record, read_records
from probes.yaml_source import SourceError

T = TypeVar("T")
TRUE_WORDS = frozenset({"yes", "y", "true", "1", "x"})
FALSE_WORDS = frozenset({"no", "n", "false", "0", ""})


@dataclass(frozen=True)
class ImportResult:
    """What an import produced: observations of good rows, one error per bad cell.

    `periods` maps an attempt id to the row's period label, where one was given;
    `lines` maps an attempt id to its row's line in `file` (for later row errors).
    """

    observations: list[Observation]
    errors: list[SourceError]
    periods: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    file: str = ""


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
) -> Iterator[CsvRow | SourceError]:
    """Data rows of a CSV file as a stream, with header and record problems as errors.

    A missing required column ends the stream after its errors (no row is read).
    """
    records = read_records(path)
    first = next(records, None)
    if not isinstance(first, Record):
        if first is not None:
            yield first
            return
        first = Record(1, [])
    header = [h.strip().lower() for h in first.cells]
    name = str(path)
    yield from (SourceError(name, 1, h, "unknown column") for h in header if h not in columns)
    missing = [c for c in required if c not in header]
    if missing:
        yield from (SourceError(name, 1, c, "required column is missing") for c in missing)
        return
    for record in records:
        if isinstance(record, SourceError):
            yield record
        elif len(record.cells) > len(header):
            yield SourceError(name, record.line, "", "more cells than columns")
        else:
            yield CsvRow(record.line, dict(zip(header, record.cells, strict=False)))


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


def attempt_id(probe_id: str, identity: Sequence[str]) -> str:
    """`import/<probe id>/<sha1 of the identity fields>[:12]`.

    Independent of the file's name, so the same rows imported again (from a
    renamed or corrected file) replace their attempts instead of duplicating them.
    """
    digest = hashlib.sha1("\x1f".join(identity).encode()).hexdigest()[:12]
    return f"import/{probe_id}/{digest}"


@dataclass(frozen=True)
class LoggedRow:
    """A row that converted without errors: its observation, period label ("" if none), line."""

    observation: Observation
    period: str
    line: int


Converter = Callable[[Path, CsvRow], tuple[Observation | None, str, list[SourceError]]]


def read_log(
    path: Path, columns: Sequence[str], required: Sequence[str], convert: Converter
) -> Iterator[LoggedRow | SourceError]:
    """Good rows and errors of a log, in file order; repeated identities are errors."""
    first_line: dict[str, int] = {}
    for row in read_rows(path, columns, required):
        if isinstance(row, SourceError):
            yield row
            continue
        observation, period, row_errors = convert(path, row)
        yield from row_errors
        if observation is None:
            continue
        seen = first_line.setdefault(observation.attempt_id, row.line)
        if seen != row.line:
            yield SourceError(str(path), row.line, "", f"duplicate of line {seen}")
            continue
        yield LoggedRow(observation, period, row.line)


def collect(path: Path, items: Iterable[LoggedRow | SourceError], strict: bool) -> ImportResult:
    """A whole log in memory; with `strict`, any error drops every observation."""
    good: list[LoggedRow] = []
    errors: list[SourceError] = []
    for item in items:
        if isinstance(item, SourceError):
            errors.append(item)
        else:
            good.append(item)
    if strict and errors:
        return ImportResult([], errors, file=str(path))
    return ImportResult(
        observations=[g.observation for g in good],
        errors=errors,
        periods={g.observation.attempt_id: g.period for g in good if g.period},
        lines={g.observation.attempt_id: g.line for g in good},
        file=str(path),
    )
