"""The CSV log reader as a stream: line numbers, bad records skipped to their end, bounded lines."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from probes.logs import csv_stream
from probes.logs.csv_stream import Record, read_records
from probes.yaml_source import SourceError


@pytest.fixture
def small_limit() -> Iterator[int]:
    """A csv field limit of 1,000 characters for the test (restored after)."""
    saved = csv.field_size_limit(1000)
    try:
        yield 1000
    finally:
        csv.field_size_limit(saved)


def lines_of(path: Path) -> list[tuple[int, str]]:
    """(line, first cell) of each record, or (line, "error: field: message")."""
    out = []
    for item in read_records(path):
        if isinstance(item, SourceError):
            out.append((item.line or 0, f"error: {item.field}: {item.message}"))
        else:
            assert isinstance(item, Record)
            out.append((item.line, item.cells[0]))
    return out


def test_records_are_numbered_by_their_first_line(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_bytes(b'\xef\xbb\xbfcompany,note\r\nA,"two\r\nlines"\r\n\r\nB,x\r\nC,y')
    assert lines_of(path) == [(1, "company"), (2, "A"), (5, "B"), (6, "C")]
    old_mac = tmp_path / "mac.csv"  # Excel's "CSV (Macintosh)": lines end in \r alone
    old_mac.write_bytes(b"company,note\rA,x\rB,\xff\rC,z\r")
    assert lines_of(old_mac) == [
        (1, "company"),
        (2, "A"),
        (3, "error: : line is not UTF-8 text"),
        (4, "C"),
    ]


def test_an_over_long_line_is_read_in_bounded_pieces(tmp_path: Path, small_limit: int) -> None:
    bound = csv_stream.max_line_chars()
    path = tmp_path / "log.csv"
    path.write_text(
        f"company,note\nA,ok\nB,{'z' * (3 * bound)}\nC,{'a,' * bound}\nD,ok\n", encoding="utf-8"
    )
    assert lines_of(path) == [
        (1, "company"),
        (2, "A"),
        (3, f"error: note: cell longer than {small_limit} characters"),
        (4, f"error: : line longer than {bound} characters"),
        (5, "D"),
    ]


def test_an_over_long_header_ends_the_stream(tmp_path: Path, small_limit: int) -> None:
    path = tmp_path / "log.csv"
    path.write_text(f"company,{'n' * (small_limit + 1)}\nA,ok\n", encoding="utf-8")
    assert lines_of(path) == [(1, f"error: header: cell longer than {small_limit} characters")]


def test_a_missing_file_is_one_error(tmp_path: Path) -> None:
    [error] = list(read_records(tmp_path / "nope.csv"))
    assert isinstance(error, SourceError) and "cannot read file" in str(error)
