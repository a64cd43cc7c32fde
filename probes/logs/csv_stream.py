"""A CSV log read as a stream: records numbered by line, bad records reported, memory bounded.

The file is read line by line (never whole), so a log of any size is read in
constant memory. A record the csv module refuses (a cell over its field limit,
`csv.field_size_limit()`), a line that is not UTF-8, or a physical line longer
than `max_line_chars()` becomes one `SourceError` naming the record's first line
and, where one cell is to blame, its column; reading goes on after that record.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from probes.yaml_source import SourceError

MAX_COLUMNS = 32
"""Cells a sane log line holds at most; with the field limit it bounds a line's length."""
_NOT_UTF8 = re.compile("[\udc80-\udcff]")  # bytes that were not UTF-8 (surrogateescape)


def max_line_chars() -> int:
    """The longest physical line read: `MAX_COLUMNS` cells at the csv field limit."""
    return MAX_COLUMNS * (csv.field_size_limit() + 3)


@dataclass(frozen=True)
class Record:
    """One CSV record: the line it starts on (1 = the header) and its cells."""

    line: int
    cells: list[str]


class _BadLine(Exception):
    """A physical line csv must not see; the message says why."""


class _Lines:
    """Physical lines of a text file (any of \\n, \\r\\n, \\r ends one), counted, each at
    most `limit` characters.

    `raw` holds the text of the current record so far (for locating a bad cell and
    for finding the record's end after an error).
    """

    def __init__(self, stream: TextIO, limit: int) -> None:
        self._stream = stream
        self._limit = limit
        self.complete = 0
        self.partial = False
        self.raw: list[str] = []

    def __iter__(self) -> _Lines:
        return self

    def _read(self) -> str:
        text = self._stream.readline(self._limit)
        self.partial = len(text) == self._limit and not text.endswith(("\n", "\r"))
        if text and not self.partial:
            self.complete += 1
        return text

    def __next__(self) -> str:
        text = self._read()
        if not text:
            raise StopIteration
        self.raw.append(text)
        if self.partial:
            raise _BadLine(f"line longer than {self._limit} characters")
        if _NOT_UTF8.search(text):
            raise _BadLine("line is not UTF-8 text")
        return text

    def skip_record(self) -> None:
        """Read on to the end of the current record: a line end outside quotes."""
        quoted = "".join(self.raw).count('"') % 2 == 1
        while quoted or self.partial:
            text = self._read()
            if not text:
                return
            quoted ^= text.count('"') % 2 == 1


def _longest_cell(text: str) -> tuple[int, int]:
    """(index, length) of the longest cell in the raw text of one record."""
    cells = [0]
    for i, part in enumerate(text.split('"')):
        if i % 2:  # inside quotes: delimiters are text
            cells[-1] += len(part)
        else:
            pieces = part.split(",")
            cells[-1] += len(pieces[0])
            cells.extend(len(p) for p in pieces[1:])
    length, index = max((n, -i) for i, n in enumerate(cells))
    return -index, length


def _record_error(name: str, line: int, header: list[str], raw: str, exc: Exception) -> SourceError:
    limit = csv.field_size_limit()
    index, length = _longest_cell(raw)
    if "field limit" in str(exc) or length > limit:
        column = (header[index] if index < len(header) else "") if header else "header"
        return SourceError(name, line, column, f"cell longer than {limit} characters")
    return SourceError(name, line, "", str(exc))


def read_records(path: Path) -> Iterator[Record | SourceError]:
    """The records of a CSV file, the header first (line 1), bad records as errors.

    Blank records after the header are skipped. A file that cannot be opened, or a
    header that cannot be read, is one error and the end of the stream.
    """
    name = str(path)
    try:
        stream = path.open(encoding="utf-8-sig", errors="surrogateescape", newline="")
    except OSError as exc:
        yield SourceError(name, None, "", f"cannot read file: {exc.strerror}")
        return
    header: list[str] = []
    with stream:
        lines = _Lines(stream, max_line_chars())
        reader = csv.reader(lines)
        while True:
            start = lines.complete + 1
            lines.raw.clear()
            try:
                cells = next(reader)
            except StopIteration:
                return
            except OSError as exc:
                yield SourceError(name, start, "", f"cannot read file: {exc.strerror}")
                return
            except (csv.Error, _BadLine) as exc:
                yield _record_error(name, start, header, "".join(lines.raw), exc)
                if not header:
                    return  # without a header no row can be read
                lines.skip_record()
                continue
            if not header:
                header = [h.strip().lower() for h in cells] or [""]
                yield Record(start, cells)
            elif any(cell.strip() for cell in cells):
                yield Record(start, cells)
