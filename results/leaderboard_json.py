"""Leaderboards as data: JSON rows (`results.interface` shapes) and flat records for CSV
and Markdown. Same order as the rendered board; NaN and <NA> become None."""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping

import pandas as pd

from probes.base import Channel, MetricValue
from results.board_cells import (
    history_and_notes,
    is_missing,
    key_metric_of,
    ordered_by,
    tied_names,
    to_int,
    to_number,
)
from results.interface import (
    CHANNELS,
    ChannelEntry,
    ChannelLeaderboardEntry,
    LeaderboardEntry,
    channel_columns,
)
from results.periods import RankChange, history_notes
from rubrics.summary import CENSORED_TEXT, band


def _json_value(value: object) -> MetricValue:
    if is_missing(value):
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
    score = to_number(record[score_col])
    entry = ChannelEntry(
        rank=to_int(record[rank_col]),
        score=score,
        band=band(score),
        n=to_int(record[n_col]) or 0,
        errors=to_int(record[err_col]) or 0,
        key_metric=key_metric_of(df, ch),
        key=_json_value(record[key_col]),
    )
    if f"measured_{ch.value}" in record:
        entry["low_confidence"] = record[f"low_confidence_{ch.value}"] is True
    if f"low_{ch.value}" in record:
        entry["low"] = to_number(record[f"low_{ch.value}"])
        entry["high"] = to_number(record[f"high_{ch.value}"])
        entry["rank_low"] = to_int(record.get(f"rank_low_{ch.value}"))
        entry["rank_high"] = to_int(record.get(f"rank_high_{ch.value}"))
    if f"slot_gaps_{ch.value}" in record:
        gaps = record[f"slot_gaps_{ch.value}"]
        entry["slot_gaps"] = str(gaps).split(", ") if isinstance(gaps, str) else []
    return entry


def _overall_entry(df: pd.DataFrame, record: Mapping[Hashable, object]) -> dict[str, object]:
    entry = LeaderboardEntry(
        rank=to_int(record["rank_overall"]),
        company=str(record["company"]),
        period=str(record["period"]),
        overall=to_number(record["overall"]),
        band=None if is_missing(record["band"]) else str(record["band"]),
        channels={ch.value: _channel_entry(df, record, ch) for ch in CHANNELS},
    )
    if "low_overall" in record:
        entry["low"] = to_number(record["low_overall"])
        entry["high"] = to_number(record["high_overall"])
        entry["rank_low"] = to_int(record.get("rank_low"))
        entry["rank_high"] = to_int(record.get("rank_high"))
    out: dict[str, object] = dict(entry)
    if "movement" in record:
        movement = record["movement"]
        out["change"] = RankChange(
            movement=None if is_missing(movement) else str(movement),
            previous_rank=to_int(record["prev_rank"]),
            by=to_int(record["rank_change"]),
            streak_first=to_int(record["streak_first"]) or 0,
            streak_top10=to_int(record["streak_top10"]) or 0,
            top10_channels=to_int(record["top10_channels"]) or 0,
            channels_ranked=to_int(record["channels_ranked"]) or 0,
        )
        out["notes"] = history_notes(record, len(df))
    return out


def leaderboard_json(df: pd.DataFrame, channel: Channel | None = None) -> list[dict[str, object]]:
    """The leaderboard's data, JSON-safe (NaN and <NA> become None), in the same order.

    Rows are `LeaderboardEntry` (overall) or `ChannelLeaderboardEntry` (one channel)
    shaped, see `results.interface`.
    """
    if channel is not None:
        ordered = ordered_by(df, channel_columns(channel)[3])
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
        _overall_entry(df, record) for record in ordered_by(df, "rank_overall").to_dict("records")
    ]


def _range_fields(record: Mapping[Hashable, object], suffix: str = "") -> dict[str, object]:
    """rank_low/rank_high (a tie's rank range) and low_confidence, when the ranking has them."""
    out: dict[str, object] = {}
    for name in ("rank_low", "rank_high"):
        column = f"{name}{suffix}"
        if column in record:
            out[name] = to_int(record[column])
    column = f"low_confidence{suffix}"
    if column in record:
        out["low_confidence"] = None if is_missing(record[column]) else bool(record[column])
    return out


def leaderboard_records(
    df: pd.DataFrame, channel: Channel | None = None
) -> list[dict[str, object]]:
    """One flat dict per company (scalar values only), for CSV and Markdown output."""
    rank_col = "rank_overall" if channel is None else channel_columns(channel)[3]
    rows = []
    for record in ordered_by(df, rank_col).to_dict("records"):
        row: dict[str, object] = {"rank": to_int(record[rank_col])}
        suffix = "" if channel is None else f"_{channel.value}"
        row.update(_range_fields(record, suffix))
        row["company"] = str(record["company"])
        row["period"] = str(record["period"])
        if channel is None:
            if "movement" in record:
                row["movement"] = None if is_missing(record["movement"]) else record["movement"]
                row["rank_change"] = to_int(record["rank_change"])
            row["overall"] = to_number(record["overall"])
            row["band"] = None if is_missing(record["band"]) else str(record["band"])
            row["low"] = to_number(record.get("low_overall"))
            row["high"] = to_number(record.get("high_overall"))
        for ch in CHANNELS if channel is None else (channel,):
            score_col, n_col, err_col, _, key_col = channel_columns(ch)
            c = ch.value
            row[f"{c}_score"] = to_number(record[score_col])
            row[f"{c}_n"] = to_int(record[n_col]) or 0
            row[f"{c}_errors"] = to_int(record[err_col]) or 0
            row[key_metric_of(df, ch)] = _flat(record[key_col])
            row[f"{c}_low"] = to_number(record.get(f"low_{c}"))
            row[f"{c}_high"] = to_number(record.get(f"high_{c}"))
        tied = "tied_with" if channel is None else f"tied_{channel.value}"
        row["tied_with"] = "; ".join(tied_names(record.get(tied)))
        row["notes"] = "; ".join(history_and_notes(record, len(df), channel))
        rows.append(row)
    return rows


def _flat(value: object) -> MetricValue:
    out = _json_value(value)
    return ", ".join(str(v) for v in out) if isinstance(out, list) else out


def summary_records(df: pd.DataFrame, channel: Channel | None = None) -> list[dict[str, object]]:
    """`leaderboard_records` cut to what a reader needs (scores to one decimal), for Markdown."""
    keep = ["rank", "rank_low", "rank_high", "movement", "company", "overall", "band"]
    channels = CHANNELS if channel is None else (channel,)
    keep += [f"{ch.value}_score" for ch in channels]
    keep.append("notes")
    out = []
    for record in leaderboard_records(df, channel):
        row = {k: record[k] for k in keep if k in record}
        for k, v in row.items():
            if isinstance(v, float):
                row[k] = round(v, 1)
        out.append(row)
    return out
