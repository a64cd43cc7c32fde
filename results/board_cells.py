"""The cells of a leaderboard: values read from a ranking frame and formatted for people.

Shared by the terminal board (`results.leaderboard`), its data forms
(`results.leaderboard_json`) and the HTML report. No data shows as "—", never as 0.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping

import pandas as pd
from rich.text import Text

from probes.base import Channel, MetricValue
from probes.metrics import METRICS
from results.periods import history_notes
from results.safe_text import safe_text
from results.slot_mix import frame_gaps
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
BAND_SHORT = {"Not recommended": "Not rec."}
CHANNEL_TITLES = {
    Channel.PHONE: "Phone",
    Channel.EMAIL: "Email",
    Channel.CHAT: "Chat",
    Channel.RETURNS: "Returns",
    Channel.SELFSERVICE: "Self-service",
}
CHANNEL_SHORT = {**CHANNEL_TITLES, Channel.SELFSERVICE: "Self"}
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


def is_missing(value: object) -> bool:
    """None, <NA> or NaN: no data."""
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def to_number(value: object) -> float | None:
    """A float, or None for no data."""
    return None if is_missing(value) else float(value)  # type: ignore[arg-type]


def to_int(value: object) -> int | None:
    """An int, or None for no data."""
    return None if is_missing(value) else int(value)  # type: ignore[call-overload]


def tied_names(value: object) -> list[str]:
    """The names of a `tied_with`/`tied_<c>` cell (empty when absent)."""
    return [str(name) for name in value] if isinstance(value, list) else []


def ordered_by(df: pd.DataFrame, rank_col: str) -> pd.DataFrame:
    """Rows by rank (unranked last), then name."""
    return df.sort_values([rank_col, "company"], na_position="last", kind="stable")


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
    if is_missing(value):
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
        return safe_text(", ".join(str(v) for v in value), limit=24)
    return safe_text(str(value), limit=24)


def score_text(score: float | None, low_confidence: bool = False) -> Text:
    """A 0–100 score with one decimal, coloured by its band ("?" after it when it rests on
    less than half its criteria's weight); "—" for no data."""
    if score is None:
        return Text(NO_DATA, style="dim")
    text = Text(f"{score:.1f}", style=BAND_STYLES.get(band(score) or "", ""))
    if low_confidence:
        text.append(LOW_CONFIDENCE_MARK, style="bold yellow")
    return text


def overall_text(score: float | None, name: str | None, short: bool = False) -> Text:
    """The overall score with its band name ("92.1 Elite")."""
    if score is None:
        return Text(NO_DATA, style="dim")
    style = BAND_STYLES.get(name or "", "")
    label = BAND_SHORT.get(name or "", name or "") if short else name or ""
    return Text(f"{score:.1f} {label}".rstrip(), style=style)


def interval_text(record: Mapping[Hashable, object], suffix: str) -> Text:
    """The bootstrap interval `low–high`, or nothing."""
    low, high = to_number(record.get(f"low_{suffix}")), to_number(record.get(f"high_{suffix}"))
    if low is None or high is None:
        return Text("")
    return Text(f"{low:.0f}–{high:.0f}", style="dim")


def rank_text(record: Mapping[Hashable, object], rank_col: str, suffix: str = "") -> Text:
    """The rank, or the rank range of a statistical tie (`3–5`) when the ranking gives one."""
    rank = to_int(record.get(rank_col))
    if rank is None:
        return Text(NO_DATA, style="dim")
    low, high = to_int(record.get(f"rank_low{suffix}")), to_int(record.get(f"rank_high{suffix}"))
    if low is not None and high is not None and low != high:
        return Text(f"{low}–{high}")
    return Text(str(rank))


def movement_text(record: Mapping[Hashable, object]) -> Text:
    """▲n (moved up beyond the noise, n places), ▼n, = (within the noise), NEW, or blank
    with nothing to compare."""
    movement = record.get("movement")
    change = to_int(record.get("rank_change")) or 0
    if movement == "new":
        return Text("NEW", style="bold cyan")
    if movement == "same":
        return Text("=", style="dim")
    if movement == "up":
        return Text("▲" + (str(change) if change > 0 else ""), style="green")
    if movement == "down":
        return Text("▼" + (str(-change) if change < 0 else ""), style="red")
    return Text("")


def count_text(n: object, errors: object) -> Text:
    """Attempts scored, and our failures (never scored) when there were any."""
    text = Text(str(to_int(n) or 0))
    failed = to_int(errors) or 0
    if failed:
        text.append(f"+{failed} err", style="dim red")
    return text


def low_confidence(record: Mapping[Hashable, object], suffix: str = "") -> bool:
    """The ranking's low-confidence flag for a row (False when the ranking has none)."""
    value = record.get(f"low_confidence{suffix}")
    return not is_missing(value) and bool(value)


def history_and_notes(
    record: Mapping[Hashable, object], field_size: int, channel: Channel | None = None
) -> list[str]:
    """Everything said about a row under the board: streaks, top-10 counts, ties, confidence.

    A tie is a note only when the ranking gives no rank range (which shows it in place).
    """
    suffix = "" if channel is None else f"_{channel.value}"
    notes = history_notes(record, field_size) if channel is None else []
    if f"rank_low{suffix}" not in record:
        tied = tied_names(record.get("tied_with" if channel is None else f"tied{suffix}"))
        if tied:
            more = f" +{len(tied) - 3}" if len(tied) > 3 else ""
            notes.append(f"tied with {', '.join(tied[:3])}{more} (90% intervals overlap)")
    if low_confidence(record, suffix):
        notes.append("low confidence: less than half the criteria weight judged")
    gaps = frame_gaps(record, channel)
    if gaps:
        notes.append(f"slot mix not comparable ({gaps})")
    return notes
