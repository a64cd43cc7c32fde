"""Leaderboards: a ranking frame (results.ranking.rank) as a rich table or JSON.

Company names and text metrics come from the outside world and go through
`safe_text`, so they print literally. No data shows as "—", never as 0.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping

import pandas as pd
from rich import box
from rich.table import Table
from rich.text import Text

from probes.base import Channel, MetricValue
from probes.metrics import METRICS
from results.interface import (
    CHANNELS,
    ChannelEntry,
    ChannelLeaderboardEntry,
    LeaderboardEntry,
    channel_columns,
)
from results.safe_text import safe_text
from rubrics.engine import band

NO_DATA = "—"
BAND_STYLES = {
    "Elite": "bold green",
    "Excellent": "green",
    "Approved": "yellow",
    "Not recommended": "red",
}
CHANNEL_TITLES = {
    Channel.PHONE: "Phone",
    Channel.EMAIL: "Email",
    Channel.CHAT: "Chat",
    Channel.RETURNS: "Returns",
    Channel.SELFSERVICE: "Self-service",
}
DEFAULT_KEY_METRICS = {
    Channel.PHONE: "phone.on_homepage",
    Channel.EMAIL: "email.first_response_s",
    Channel.CHAT: "chat.first_human_response_s",
    Channel.RETURNS: "returns.window_days",
    Channel.SELFSERVICE: "selfservice.faq_count",
}
KEY_LABELS = {
    "phone.on_homepage": "on homepage",
    "email.first_response_s": "first response",
    "email.first_human_response_s": "first human reply",
    "chat.first_human_response_s": "first human",
    "returns.window_days": "window",
    "selfservice.faq_count": "FAQs",
}


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _number(value: object) -> float | None:
    return None if _missing(value) else float(value)  # type: ignore[arg-type]


def _int(value: object) -> int | None:
    return None if _missing(value) else int(value)  # type: ignore[call-overload]


def key_metric_of(df: pd.DataFrame, channel: Channel) -> str:
    """The key metric shown for `channel` (from the rubric via `df.attrs`, else the default)."""
    metrics: dict[str, str] = df.attrs.get("key_metrics", {})
    return metrics.get(channel.value, DEFAULT_KEY_METRICS[channel])


def key_label(metric: str) -> str:
    """A short column heading for a key metric."""
    if metric in KEY_LABELS:
        return KEY_LABELS[metric]
    return metric.split(".", 1)[-1].removesuffix("_s").replace("_", " ")


def format_duration(seconds: float) -> str:
    """Seconds in the unit a reader expects: `4.2 s`, `42 s`, `12 min`, `3.5 h`, `1.2 d`."""
    if seconds < 10:
        return f"{seconds:.1f} s"
    if seconds < 60:
        return f"{seconds:.0f} s"
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    if seconds < 86400:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} d"


def format_key(metric: str, value: MetricValue) -> Text:
    """A key metric value for display: ✓/✗ for flags, durations, days, counts, literal text."""
    if _missing(value):
        return Text(NO_DATA, style="dim")
    kind = METRICS[metric].kind if metric in METRICS else "text"
    if isinstance(value, bool):
        return Text("✓", style="green") if value else Text("✗", style="red")
    if isinstance(value, int | float):
        if kind == "seconds":
            return Text(format_duration(float(value)))
        if kind == "days":
            return Text(f"{value:g} d")
        return Text(f"{value:g}")
    if isinstance(value, list):
        return safe_text(", ".join(str(v) for v in value), limit=40)
    return safe_text(str(value), limit=40)


def _score_cell(score: float | None, n: int | None = None, errors: int = 0) -> Text:
    if score is None:
        cell = Text(NO_DATA, style="dim")
    else:
        name = band(score)
        cell = Text(f"{score:.1f}", style=BAND_STYLES.get(name or "", ""))
    if n:
        cell.append(f" n={n}", style="dim")
    if errors:
        cell.append(f" {errors} err", style="dim red")
    return cell


def _overall_cell(score: float | None, name: str | None) -> Text:
    if score is None:
        return Text(NO_DATA, style="dim")
    style = BAND_STYLES.get(name or "", "")
    return Text.assemble((f"{score:.1f} ", style), (name or "", style))


def _rank_cell(value: object) -> str:
    rank = _int(value)
    return NO_DATA if rank is None else str(rank)


def channels_with_data(df: pd.DataFrame) -> list[Channel]:
    """Channels on which at least one company has attempts or errors."""
    shown = []
    for ch in CHANNELS:
        _, n_col, err_col, _, _ = channel_columns(ch)
        if n_col in df and (df[n_col].sum() > 0 or df[err_col].sum() > 0):
            shown.append(ch)
    return shown


def render_leaderboard(
    df: pd.DataFrame,
    *,
    title: str,
    channel: Channel | None = None,
    scale_note: str | None = None,
) -> Table:
    """A rich table of the ranking `df`: overall, or one channel ranked by itself."""
    table = Table(
        title=safe_text(title),
        caption=safe_text(scale_note) if scale_note else None,
        box=box.SIMPLE_HEAD,
    )
    table.add_column("#", justify="right")
    table.add_column("Company", overflow="fold")
    if channel is not None:
        return _channel_table(table, df, channel)
    shown = channels_with_data(df)
    table.add_column("Overall", justify="right")
    for ch in shown:
        table.add_column(CHANNEL_TITLES[ch], justify="right")
        table.add_column(key_label(key_metric_of(df, ch)), justify="right", style="cyan")
    for record in df.to_dict("records"):
        cells: list[Text | str] = [
            _rank_cell(record["rank_overall"]),
            safe_text(str(record["company"]), limit=60),
            _overall_cell(_number(record["overall"]), record["band"]),
        ]
        for ch in shown:
            score_col, n_col, err_col, _, key_col = channel_columns(ch)
            cells.append(_score_cell(_number(record[score_col]), record[n_col], record[err_col]))
            cells.append(format_key(key_metric_of(df, ch), record[key_col]))
        table.add_row(*cells)
    return table


def _channel_table(table: Table, df: pd.DataFrame, channel: Channel) -> Table:
    score_col, n_col, err_col, rank_col, key_col = channel_columns(channel)
    metric = key_metric_of(df, channel)
    table.add_column(CHANNEL_TITLES[channel], justify="right")
    table.add_column("n", justify="right", style="dim")
    table.add_column(key_label(metric), justify="right", style="cyan")
    ordered = df.sort_values([rank_col, "company"], na_position="last", kind="stable")
    for record in ordered.to_dict("records"):
        score = _number(record[score_col])
        table.add_row(
            _rank_cell(record[rank_col]),
            safe_text(str(record["company"]), limit=60),
            _score_cell(score, errors=int(record[err_col])),
            str(record[n_col]),
            format_key(metric, record[key_col]),
        )
    return table


def _json_value(value: object) -> MetricValue:
    if _missing(value):
        return None
    if isinstance(value, bool | str | int | float):
        return value.item() if hasattr(value, "item") else value
    if isinstance(value, list):
        return [str(v) for v in value]
    return str(value)


def _channel_entry(
    df: pd.DataFrame, record: Mapping[Hashable, object], ch: Channel
) -> ChannelEntry:
    score_col, n_col, err_col, rank_col, key_col = channel_columns(ch)
    score = _number(record[score_col])
    return ChannelEntry(
        rank=_int(record[rank_col]),
        score=score,
        band=band(score),
        n=_int(record[n_col]) or 0,
        errors=_int(record[err_col]) or 0,
        key_metric=key_metric_of(df, ch),
        key=_json_value(record[key_col]),
    )


def leaderboard_json(df: pd.DataFrame, channel: Channel | None = None) -> list[dict[str, object]]:
    """The leaderboard's data, JSON-safe (NaN and <NA> become None), in the same order.

    Rows are `LeaderboardEntry` (overall) or `ChannelLeaderboardEntry` (one channel)
    shaped, see `results.interface`.
    """
    if channel is not None:
        rank_col = channel_columns(channel)[3]
        ordered = df.sort_values([rank_col, "company"], na_position="last", kind="stable")
        return [
            dict(
                ChannelLeaderboardEntry(
                    company=str(record["company"]),
                    period=str(record["period"]),
                    **_channel_entry(df, record, channel),
                )
            )
            for record in ordered.to_dict("records")
        ]
    return [
        dict(
            LeaderboardEntry(
                rank=_int(record["rank_overall"]),
                company=str(record["company"]),
                period=str(record["period"]),
                overall=_number(record["overall"]),
                band=None if _missing(record["band"]) else str(record["band"]),
                channels={ch.value: _channel_entry(df, record, ch) for ch in CHANNELS},
            )
        )
        for record in df.to_dict("records")
    ]
