"""Leaderboards for the terminal, at any width: a ranking frame (results.ranking.rank)
as a rich table with footnotes.

At 80 columns: rank, company, overall with band and one score per channel, one
line per company (two when a long name wraps). Wider terminals add, in this
order while they fit: movement, the overall interval, each channel's key
metric, attempts, each channel's interval. Numbers are never cut: a column that
does not fit is left out (`--wide` shows all). Notes (streaks, ties, low
confidence) are numbered footnotes under the table, never a column.

Company names and text metrics come from the outside world and go through
`safe_text`, so they print literally.
"""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
from rich.console import Console, ConsoleOptions, Group, RenderableType
from rich.text import Text

from probes.base import Channel
from results.board_cells import (
    BAND_STYLES,
    CHANNEL_TITLES,
    DEFAULT_KEY_METRICS,
    KEY_LABELS,
    LOW_CONFIDENCE_MARK,
    NO_DATA,
    format_duration,
    format_key,
    history_and_notes,
    key_label,
    key_metric_of,
    movement_text,
    ordered_by,
    rank_text,
)
from results.fit import Fitted, fit, fitted_table
from results.interface import channel_columns
from results.leaderboard_columns import LeaderboardColumns, Record
from results.leaderboard_json import leaderboard_json, leaderboard_records
from results.safe_text import safe_text, strip_control

__all__ = [
    "BAND_STYLES",
    "CHANNEL_TITLES",
    "DEFAULT_KEY_METRICS",
    "KEY_LABELS",
    "NO_DATA",
    "Leaderboard",
    "format_duration",
    "format_key",
    "key_label",
    "key_metric_of",
    "leaderboard_json",
    "leaderboard_records",
    "movement_cell",
    "render_leaderboard",
]
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def movement_cell(record: Record) -> Text:
    """▲n (up n places), ▼n, = (same), NEW, or blank with nothing to compare."""
    return movement_text(record)


class Leaderboard:
    """A leaderboard renderable: builds its table for the width it is printed at.

    `channel` ranks by one channel; `top` keeps the first rows; `wide` shows
    every column whatever the width (print it with `width=board.natural_width()`).
    """

    def __init__(
        self,
        df: pd.DataFrame,
        *,
        title: str,
        channel: Channel | None = None,
        scale_note: str | None = None,
        top: int | None = None,
        wide: bool = False,
    ) -> None:
        self.df = df
        self.title = title
        self.channel = channel
        self.scale_note = scale_note
        self.wide = wide
        self.rank_col = "rank_overall" if channel is None else channel_columns(channel)[3]
        ordered = ordered_by(df, self.rank_col)
        self.hidden = 0 if top is None else max(len(ordered) - top, 0)
        self.records = (ordered if top is None else ordered.head(top)).to_dict("records")
        self.notes = [history_and_notes(r, len(df), channel) for r in self.records]
        markers, number = [], 0
        for notes in self.notes:
            number += bool(notes)
            markers.append(f" {number}".translate(SUPERSCRIPT) if notes else "")
        self.markers = markers
        self._columns = LeaderboardColumns(df, self.records, markers, channel)

    def natural_width(self) -> int:
        """The width at which every column shows."""
        return fit(self._columns.columns(short=False), None).width

    def __rich_console__(
        self, console: Console, options: ConsoleOptions
    ) -> Iterator[RenderableType]:
        yield self.for_width(None if self.wide else options.max_width)

    def for_width(self, width: int | None) -> RenderableType:
        """The table and its footnotes, fitted to `width` cells (None: every column)."""
        fitted = fit(self._columns.columns(short=False), width)
        if width is not None:
            short = fit(self._columns.columns(short=True), width)
            # Long band names and headings only when they cost nothing: no column lost,
            # and no less room for names.
            cramped = short.flexible_width > fitted.flexible_width
            if fitted.width > width or _lost_required(fitted) or cramped:
                fitted = short
        table = fitted_table(fitted, title=safe_text(self.title))
        return Group(table, *self._footnotes(fitted))

    def _footnotes(self, fitted: Fitted) -> list[Text]:
        lines: list[Text] = []
        for record, marker, notes in zip(self.records, self.markers, self.notes, strict=True):
            if notes:
                name = " ".join(strip_control(str(record["company"])).split())
                lines.append(
                    Text(marker.strip() + " ", style="magenta")
                    + safe_text(name, limit=80)
                    + Text(": ")
                    + safe_text(" · ".join(notes))
                )
        suffix = "" if self.channel is None else f"_{self.channel.value}"
        if any("–" in rank_text(r, self.rank_col, suffix).plain for r in self.records):
            lines.append(
                Text("a rank range (3–5): the order within it is not statistically certain", "dim")
            )
        if any(LOW_CONFIDENCE_MARK in cell.plain for c in fitted.columns for cell in c.cells):
            lines.append(
                Text(f"{LOW_CONFIDENCE_MARK} low confidence: less than half the criteria weight")
            )
        lost = [c.label for c in fitted.dropped if c.droppable]
        if lost:
            lines.append(
                Text(
                    f"not shown for lack of width: {', '.join(lost)} "
                    "(use --channel, --wide or a wider terminal)",
                    style="yellow",
                )
            )
        elif fitted.dropped:
            lines.append(Text("more columns on a wider terminal, or with --wide", style="dim"))
        if self.scale_note:
            lines.append(safe_text(self.scale_note))
        if self.hidden > 0:
            lines.append(Text(f"… and {self.hidden} more", style="dim"))
        return lines


def _lost_required(fitted: Fitted) -> bool:
    return any(c.droppable for c in fitted.dropped)


def render_leaderboard(
    df: pd.DataFrame,
    *,
    title: str,
    channel: Channel | None = None,
    scale_note: str | None = None,
    top: int | None = None,
    wide: bool = False,
) -> Leaderboard:
    """The leaderboard of `df` (overall, or one `channel` ranked by itself), fitted to the
    width it is printed at. `top` keeps the first rows only (a 10,000-company table
    takes seconds to draw)."""
    return Leaderboard(df, title=title, channel=channel, scale_note=scale_note, top=top, wide=wide)
