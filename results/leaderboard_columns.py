"""The columns of a leaderboard (results.leaderboard), each with every row's cell.

The overall board has rank, movement, company, overall and its interval, then per
channel with data its score, key metric, attempts and interval; a board for one channel
has that channel's columns and the overall last. Each column's cells are made once per
board, whatever the number of widths tried when fitting it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any

import pandas as pd
from rich.text import Text

from probes.base import Channel
from results.board_cells import (
    CHANNEL_SHORT,
    CHANNEL_TITLES,
    count_text,
    format_key,
    interval_text,
    key_label,
    key_metric_of,
    low_confidence,
    movement_text,
    overall_text,
    rank_text,
    score_text,
    to_number,
)
from results.fit import Column
from results.interface import CHANNELS, channel_columns
from results.safe_text import safe_text, strip_control

Record = Mapping[Hashable, object]


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


class LeaderboardColumns:
    """Every column a leaderboard may show, for `records` in board order (`markers`: each
    company's footnote marker); `channel` makes the board of one channel."""

    def __init__(
        self,
        df: pd.DataFrame,
        records: Sequence[Mapping[Hashable, Any]],
        markers: Sequence[str],
        channel: Channel | None,
    ) -> None:
        self.df = df
        self.records = records
        self.markers = markers
        self.channel = channel
        self._made: dict[str, list[Text]] = {}
        self._made_channels: dict[
            Channel, tuple[list[Text], list[Text], list[Text], list[Text] | None]
        ] = {}

    def columns(self, short: bool) -> list[Column]:
        """The columns, in order, with long (`short=False`) or short headings and bands."""
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


def _band(record: Record) -> str | None:
    value = record.get("band")
    return value if isinstance(value, str) else None
