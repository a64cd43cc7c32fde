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

from collections.abc import Callable, Hashable, Iterator, Mapping

import pandas as pd
from rich.console import Console, ConsoleOptions, Group, RenderableType
from rich.text import Text

from probes.base import Channel
from results.board_cells import (
    BAND_STYLES,
    CHANNEL_SHORT,
    CHANNEL_TITLES,
    DEFAULT_KEY_METRICS,
    KEY_LABELS,
    LOW_CONFIDENCE_MARK,
    NO_DATA,
    count_text,
    format_duration,
    format_key,
    history_and_notes,
    interval_text,
    key_label,
    key_metric_of,
    low_confidence,
    movement_text,
    ordered_by,
    overall_text,
    rank_text,
    score_text,
    to_number,
)
from results.fit import Column, Fitted, fit, fitted_table
from results.interface import CHANNELS, channel_columns
from results.leaderboard_json import leaderboard_json, leaderboard_records
from results.safe_text import safe_text, strip_control

__all__ = [
    "BAND_STYLES",
    "CHANNEL_TITLES",
    "DEFAULT_KEY_METRICS",
    "KEY_LABELS",
    "NO_DATA",
    "Leaderboard",
    "channels_with_data",
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
Record = Mapping[Hashable, object]


def movement_cell(record: Record) -> Text:
    """▲n (up n places), ▼n, = (same), NEW, or blank with nothing to compare."""
    return movement_text(record)


def channels_with_data(df: pd.DataFrame) -> list[Channel]:
    """Channels on which at least one company has attempts or errors."""
    shown = []
    for ch in CHANNELS:
        _, n_col, err_col, _, _ = channel_columns(ch)
        if n_col in df and (df[n_col].sum() > 0 or df[err_col].sum() > 0):
            shown.append(ch)
    return shown


def _has_intervals(df: pd.DataFrame, suffix: str) -> bool:
    return f"low_{suffix}" in df and bool(df[f"low_{suffix}"].notna().any())


def _name(record: Record, marker: str) -> Text:
    # One line per company: newlines and tabs in a name would break the table.
    name = safe_text(" ".join(strip_control(str(record["company"])).split()), limit=120)
    return name + Text(marker, style="magenta") if marker else name


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
        self._made: dict[str, list[Text]] = {}
        self._made_channels: dict[
            Channel, tuple[list[Text], list[Text], list[Text], list[Text] | None]
        ] = {}

    def natural_width(self) -> int:
        """The width at which every column shows."""
        return fit(self._columns(short=False), None).width

    def __rich_console__(
        self, console: Console, options: ConsoleOptions
    ) -> Iterator[RenderableType]:
        yield self.for_width(None if self.wide else options.max_width)

    def for_width(self, width: int | None) -> RenderableType:
        """The table and its footnotes, fitted to `width` cells (None: every column)."""
        fitted = fit(self._columns(short=False), width)
        if width is not None:
            short = fit(self._columns(short=True), width)
            # Long band names and headings only when they cost nothing: no column lost,
            # and no less room for names.
            cramped = short.flexible_width > fitted.flexible_width
            if fitted.width > width or _lost_required(fitted) or cramped:
                fitted = short
        table = fitted_table(fitted, title=safe_text(self.title))
        return Group(table, *self._footnotes(fitted))

    def _columns(self, short: bool) -> list[Column]:
        if self.channel is not None:
            return self._channel_columns(self.channel)
        rows, df = self.records, self.df
        cells = self._cells
        columns = [Column("#", cells("rank", lambda: [rank_text(r, "rank_overall") for r in rows]))]
        if "movement" in df:
            moves = cells("movement", lambda: [movement_text(r) for r in rows])
            columns.append(Column("±", moves, "left", priority=1))
        columns.append(self._company_column())
        columns.append(
            Column(
                "Overall",
                cells(
                    f"overall {short}",
                    lambda: [overall_text(to_number(r["overall"]), _band(r), short) for r in rows],
                ),
                label="overall",
            )
        )
        if _has_intervals(df, "overall"):
            overall = cells("interval", lambda: [interval_text(r, "overall") for r in rows])
            columns.append(Column("90% int.", overall, priority=2))
        titles = CHANNEL_SHORT if short else CHANNEL_TITLES
        for ch in channels_with_data(df):
            metric = key_metric_of(df, ch)
            title = titles[ch]
            scores, keys, counts, bounds = self._channel_cells(ch, metric)
            columns.append(Column(title, scores, droppable=True, label=CHANNEL_TITLES[ch]))
            columns.append(Column(key_label(metric), keys, style="cyan", priority=3))
            columns.append(Column(f"{title} n", counts, style="dim", priority=4))
            if bounds is not None:
                columns.append(Column(f"{title} 90%", bounds, priority=5))
        return columns

    def _channel_cells(
        self, ch: Channel, metric: str
    ) -> tuple[list[Text], list[Text], list[Text], list[Text] | None]:
        """A channel's score, key metric, count and interval cells (made once per board)."""
        made = self._made_channels.get(ch)
        if made is None:
            rows = self.records
            score_col, n_col, err_col, _, key_col = channel_columns(ch)
            suffix = f"_{ch.value}"
            made = self._made_channels[ch] = (
                [score_text(to_number(r[score_col]), low_confidence(r, suffix)) for r in rows],
                [format_key(metric, r[key_col]) for r in rows],
                [count_text(r[n_col], r[err_col]) for r in rows],
                [interval_text(r, ch.value) for r in rows]
                if _has_intervals(self.df, ch.value)
                else None,
            )
        return made

    def _channel_columns(self, channel: Channel) -> list[Column]:
        rows, df = self.records, self.df
        score_col, n_col, err_col, rank_col, key_col = channel_columns(channel)
        metric = key_metric_of(df, channel)
        suffix = f"_{channel.value}"
        columns = [
            Column("#", [rank_text(r, rank_col, suffix) for r in rows]),
            self._company_column(),
            Column(
                CHANNEL_TITLES[channel],
                [score_text(to_number(r[score_col]), low_confidence(r, suffix)) for r in rows],
            ),
            Column("n", [count_text(r[n_col], r[err_col]) for r in rows], style="dim"),
            Column(key_label(metric), [format_key(metric, r[key_col]) for r in rows], style="cyan"),
        ]
        if _has_intervals(df, channel.value):
            cells = [interval_text(r, channel.value) for r in rows]
            columns.append(Column("90% int.", cells, priority=1))
        cells = [overall_text(to_number(r["overall"]), _band(r)) for r in rows]
        columns.append(Column("Overall", cells, priority=2))
        return columns

    def _company_column(self) -> Column:
        cells = self._cells(
            "company",
            lambda: [_name(r, m) for r, m in zip(self.records, self.markers, strict=True)],
        )
        return Column("Company", cells, "left", flexible=True)

    def _cells(self, key: str, make: Callable[[], list[Text]]) -> list[Text]:
        """A column's cells, made once for every width tried (10,000 rows are many Texts)."""
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = make()
        return made

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


def _band(record: Record) -> str | None:
    value = record.get("band")
    return value if isinstance(value, str) else None


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
