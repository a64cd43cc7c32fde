"""Leaderboards: a ranking frame (results.ranking.rank) as a rich table or JSON.

Company names and text metrics come from the outside world and go through
`safe_text`, so they print literally. No data shows as "—", never as 0.

A frame that went through `results.periods.with_history` also shows the rank
change against the previous period (▲3 ▼1 = NEW) and notes (streaks, "top 10
in N of M channels"); its JSON rows get `change` and `notes`.
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
from results.periods import RankChange, history_notes
from results.safe_text import safe_text, strip_control
from rubrics.summary import CENSORED_TEXT, band

NO_DATA = "—"
LOW_CONFIDENCE_MARK = "?"
"""After a channel score resting on less than half of its criteria's weight."""
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
    """Seconds in the unit a reader expects: `4.2 s`, `42 s`, `12 min`, `3.5 h`, `1.2 d`;
    a censored wait (nobody answered) as `> deadline`."""
    if math.isinf(seconds):
        return CENSORED_TEXT
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


def _score_cell(
    score: float | None, n: int | None = None, errors: int = 0, low_confidence: object = False
) -> Text:
    if score is None:
        cell = Text(NO_DATA, style="dim")
    else:
        name = band(score)
        cell = Text(f"{score:.1f}", style=BAND_STYLES.get(name or "", ""))
        if low_confidence is True:
            cell.append(LOW_CONFIDENCE_MARK, style="bold yellow")
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


def _with_interval(cell: Text, record: Mapping[Hashable, object], suffix: str) -> Text:
    low, high = _number(record.get(f"low_{suffix}")), _number(record.get(f"high_{suffix}"))
    if low is not None and high is not None:
        cell.append(f" [{low:.0f}–{high:.0f}]", style="dim")
    return cell


def _name_cell(name: object) -> Text:
    # One line per company: newlines and tabs in a name would break the table.
    return safe_text(" ".join(strip_control(str(name)).split()), limit=60)


def _rank_cell(value: object, low: object = None, high: object = None) -> str:
    """The rank, or the range the difference test allows ("3–5")."""
    rank, best, worst = _int(value), _int(low), _int(high)
    if rank is None:
        return NO_DATA
    return (
        f"{best}–{worst}" if best is not None and worst is not None and best != worst else str(rank)
    )


def channels_with_data(df: pd.DataFrame) -> list[Channel]:
    """Channels on which at least one company has attempts or errors."""
    shown = []
    for ch in CHANNELS:
        _, n_col, err_col, _, _ = channel_columns(ch)
        if n_col in df and (df[n_col].sum() > 0 or df[err_col].sum() > 0):
            shown.append(ch)
    return shown


def _ordered(df: pd.DataFrame, rank_col: str) -> pd.DataFrame:
    return df.sort_values([rank_col, "company"], na_position="last", kind="stable")


def _caption(scale_note: str | None, hidden: int, df: pd.DataFrame) -> Text | None:
    parts = [safe_text(scale_note)] if scale_note else []
    if any(str(c).startswith("low_confidence_") and df[c].any() for c in df.columns):
        parts.append(
            Text(f"{LOW_CONFIDENCE_MARK} low confidence: less than half the criteria weight judged")
        )
    if hidden > 0:
        parts.append(Text(f"… and {hidden} more", style="dim"))
    return Text("\n").join(parts) if parts else None


def render_leaderboard(
    df: pd.DataFrame,
    *,
    title: str,
    channel: Channel | None = None,
    scale_note: str | None = None,
    top: int | None = None,
) -> Table:
    """A rich table of the ranking `df`: overall, or one `channel` ranked by itself.

    `top` keeps the first rows only (a 10,000-company table takes seconds to draw).
    """
    rank_col = "rank_overall" if channel is None else channel_columns(channel)[3]
    ordered = _ordered(df, rank_col)
    hidden = 0 if top is None else max(len(ordered) - top, 0)
    if top is not None:
        ordered = ordered.head(top)
    table = Table(
        title=safe_text(title), caption=_caption(scale_note, hidden, df), box=box.SIMPLE_HEAD
    )
    table.add_column("#", justify="right")
    history = channel is None and "movement" in df
    if history:
        table.add_column("±", justify="left")
    table.add_column("Company", overflow="fold", min_width=14)
    if channel is not None:
        return _channel_table(table, df, ordered, channel)
    shown = channels_with_data(df)
    table.add_column("Overall", justify="right")
    for ch in shown:
        table.add_column(CHANNEL_TITLES[ch], justify="right")
        table.add_column(key_label(key_metric_of(df, ch)), justify="right", style="cyan")
    if history:
        table.add_column("Notes", style="magenta")
    for record in ordered.to_dict("records"):
        cells: list[Text | str] = [
            _rank_cell(record["rank_overall"], record.get("rank_low"), record.get("rank_high"))
        ]
        if history:
            cells.append(movement_cell(record))
        cells += [
            _name_cell(record["company"]),
            _with_interval(
                _overall_cell(_number(record["overall"]), record["band"]), record, "overall"
            ),
        ]
        for ch in shown:
            score_col, n_col, err_col, _, key_col = channel_columns(ch)
            cells.append(
                _score_cell(
                    _number(record[score_col]),
                    record[n_col],
                    record[err_col],
                    record.get(f"low_confidence_{ch.value}"),
                )
            )
            cells.append(format_key(key_metric_of(df, ch), record[key_col]))
        if history:
            cells.append(Text(" · ".join(history_notes(record, len(df)))))
        table.add_row(*cells)
    return table


def movement_cell(record: Mapping[Hashable, object]) -> Text:
    """▲n (moved up beyond the noise, n places), ▼n, = (within the noise), NEW, or blank
    with nothing to compare."""
    movement = record.get("movement")
    change = _int(record.get("rank_change")) or 0
    if movement == "new":
        return Text("NEW", style="bold cyan")
    if movement == "same":
        return Text("=", style="dim")
    if movement == "up":
        return Text("▲" + (str(change) if change > 0 else ""), style="green")
    if movement == "down":
        return Text("▼" + (str(-change) if change < 0 else ""), style="red")
    return Text("")


def _channel_table(
    table: Table, df: pd.DataFrame, ordered: pd.DataFrame, channel: Channel
) -> Table:
    score_col, n_col, err_col, rank_col, key_col = channel_columns(channel)
    metric = key_metric_of(df, channel)
    table.add_column(CHANNEL_TITLES[channel], justify="right")
    table.add_column("n", justify="right", style="dim")
    table.add_column(key_label(metric), justify="right", style="cyan")
    for record in ordered.to_dict("records"):
        score = _score_cell(
            _number(record[score_col]),
            errors=int(record[err_col]),
            low_confidence=record.get(f"low_confidence_{channel.value}"),
        )
        cells: list[Text | str] = [
            _rank_cell(
                record[rank_col],
                record.get(f"rank_low_{channel.value}"),
                record.get(f"rank_high_{channel.value}"),
            ),
            _name_cell(record["company"]),
            _with_interval(score, record, channel.value),
            str(record[n_col]),
            format_key(metric, record[key_col]),
        ]
        table.add_row(*cells)
    return table


def _json_value(value: object) -> MetricValue:
    if _missing(value):
        return None
    if isinstance(value, float) and math.isinf(value):
        return CENSORED_TEXT
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
    entry = ChannelEntry(
        rank=_int(record[rank_col]),
        score=score,
        band=band(score),
        n=_int(record[n_col]) or 0,
        errors=_int(record[err_col]) or 0,
        key_metric=key_metric_of(df, ch),
        key=_json_value(record[key_col]),
    )
    if f"measured_{ch.value}" in record:
        entry["low_confidence"] = record[f"low_confidence_{ch.value}"] is True
    if f"low_{ch.value}" in record:
        entry["low"] = _number(record[f"low_{ch.value}"])
        entry["high"] = _number(record[f"high_{ch.value}"])
        entry["rank_low"] = _int(record[f"rank_low_{ch.value}"])
        entry["rank_high"] = _int(record[f"rank_high_{ch.value}"])
    return entry


def _overall_entry(df: pd.DataFrame, record: Mapping[Hashable, object]) -> dict[str, object]:
    entry = LeaderboardEntry(
        rank=_int(record["rank_overall"]),
        company=str(record["company"]),
        period=str(record["period"]),
        overall=_number(record["overall"]),
        band=None if _missing(record["band"]) else str(record["band"]),
        channels={ch.value: _channel_entry(df, record, ch) for ch in CHANNELS},
    )
    if "low_overall" in record:
        entry["low"] = _number(record["low_overall"])
        entry["high"] = _number(record["high_overall"])
        entry["rank_low"] = _int(record["rank_low"])
        entry["rank_high"] = _int(record["rank_high"])
    out: dict[str, object] = dict(entry)
    if "movement" in record:
        movement = record["movement"]
        out["change"] = RankChange(
            movement=None if _missing(movement) else str(movement),
            previous_rank=_int(record["prev_rank"]),
            by=_int(record["rank_change"]),
            streak_first=_int(record["streak_first"]) or 0,
            streak_top10=_int(record["streak_top10"]) or 0,
            top10_channels=_int(record["top10_channels"]) or 0,
            channels_ranked=_int(record["channels_ranked"]) or 0,
        )
        out["notes"] = history_notes(record, len(df))
    return out


def leaderboard_json(df: pd.DataFrame, channel: Channel | None = None) -> list[dict[str, object]]:
    """The leaderboard's data, JSON-safe (NaN and <NA> become None), in the same order.

    Rows are `LeaderboardEntry` (overall) or `ChannelLeaderboardEntry` (one channel)
    shaped, see `results.interface`.
    """
    if channel is not None:
        ordered = _ordered(df, channel_columns(channel)[3])
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
        _overall_entry(df, record) for record in _ordered(df, "rank_overall").to_dict("records")
    ]
