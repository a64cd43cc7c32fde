"""Printing a command's result as JSON, CSV or Markdown (the table itself is rich's).

Results go to stdout, nothing else does. Text from the outside world (company
names, pages, emails) is stripped of control characters and escape sequences;
in Markdown it is also escaped so a renderer shows it literally; in CSV a cell
that a spreadsheet would run as a formula is prefixed with a quote.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping, Sequence

import typer

from audit.options import OutputFormat
from results.safe_text import strip_control

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>-])")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}" if value.is_integer() else f"{value:.6g}"
    if isinstance(value, list | tuple):
        return ", ".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return " ".join(strip_control(str(value)).split())


def markdown_cell(value: object) -> str:
    """A value as one Markdown table cell, shown literally by any renderer."""
    text = _plain(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def csv_cell(value: object) -> str:
    """A value as a CSV cell; text a spreadsheet would evaluate starts with a quote."""
    text = _plain(value)
    if isinstance(value, str) and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def to_csv(records: Sequence[Mapping[str, object]]) -> str:
    """Records as CSV with a header of every key, in first-seen order."""
    columns: dict[str, None] = {}
    for record in records:
        columns.update(dict.fromkeys(record))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(list(columns))
    for record in records:
        writer.writerow([csv_cell(record.get(c)) for c in columns])
    return out.getvalue()


def to_markdown(records: Sequence[Mapping[str, object]], title: str | None = None) -> str:
    """Records as a GitHub-flavoured Markdown table (under a heading when given)."""
    columns: dict[str, None] = {}
    for record in records:
        columns.update(dict.fromkeys(record))
    lines = [f"## {markdown_cell(title)}", ""] if title else []
    lines.append("| " + " | ".join(markdown_cell(c) for c in columns) + " |")
    lines.append("|" + "|".join("---" for _ in columns) + "|")
    for record in records:
        lines.append("| " + " | ".join(markdown_cell(record.get(c)) for c in columns) + " |")
    return "\n".join(lines) + "\n"


def emit(
    fmt: OutputFormat,
    *,
    records: Sequence[Mapping[str, object]],
    payload: object = None,
    title: str | None = None,
) -> None:
    """Print `payload` (JSON; default: the records) or the records as CSV or Markdown."""
    if fmt is OutputFormat.JSON:
        data = records if payload is None else payload
        typer.echo(json.dumps(data, ensure_ascii=False, indent=1, default=str))
    elif fmt is OutputFormat.CSV:
        typer.echo(to_csv(records), nl=False)
    elif fmt is OutputFormat.MARKDOWN:
        typer.echo(to_markdown(records, title), nl=False)
    else:
        raise ValueError(f"emit() prints data formats, not {fmt.value}")
