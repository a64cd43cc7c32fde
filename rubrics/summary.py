"""Summaries over attempts and scores: bands, the overall, key metrics, censored waits.

Censored waits: a call nobody answered, an email nobody answered (or only a
robot did), a chat where no person replied, a returned order never refunded
are *censored* observations of
the response-time metrics in `CENSORED`: the wait was longer than the probe's
deadline, whatever it would have been. They count as `NEVER` (infinity,
"longer than the deadline") in every median and share, in the leaderboard's
key metric, `audit compare` and `audit findings` alike, never as missing. An
observation censors a metric when it comes from the metric's source (a
website visit says nothing about calls), is not our own error, and lacks
the value.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Mapping

from probes.base import Channel, MetricValue, Observation, Status
from probes.metrics import METRICS
from rubrics.interface import ChannelScore, Rubric
from rubrics.sources import ALL_SOURCES, criterion_bit, source_mask

BANDS: tuple[tuple[float, str], ...] = (
    (90.0, "Elite"),
    (80.0, "Excellent"),
    (70.0, "Approved"),
)
"""StellaService's 2011 bands; below the last one a company is "Not recommended"."""
NOT_RECOMMENDED = "Not recommended"
NEVER = math.inf
"""A censored wait: longer than the deadline (shown as such, never as a number)."""
CENSORED_TEXT = "> deadline"
"""How a censored wait reads, on screen and in JSON."""
CENSORED: frozenset[str] = frozenset(
    {
        "phone.time_to_agent_s",
        "email.first_response_s",
        "email.first_human_response_s",
        "chat.first_response_s",
        "chat.first_reply_s",
        "chat.first_human_response_s",
        "returns.refund_days",
    }
)
"""Waits whose absence means "nobody answered (or refunded) before the deadline"."""
NUMERIC_KINDS = ("seconds", "days", "count")


def band(score: float | None) -> str | None:
    """The StellaService band of a 0..100 score as displayed (one decimal); None for no data."""
    if score is None:
        return None
    shown = round(score, 1)
    for floor, name in BANDS:
        if shown >= floor:
            return name
    return NOT_RECOMMENDED


def overall_score(rubric: Rubric, channels: Mapping[Channel, ChannelScore]) -> float | None:
    """The rubric-weighted mean of the channel scores present (renormalised)."""
    total = weighted = 0.0
    for ch, cs in channels.items():
        if cs.score is not None:
            weight = rubric.channels[ch].weight
            total += weight
            weighted += weight * cs.score
    return weighted / total if total > 0 else None


def number(value: MetricValue) -> float | None:
    """A finite int or float metric value as a float; None for anything else (bools too)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    result = float(value)
    return result if math.isfinite(result) else None


def metric_value(metric: str, obs: Observation) -> MetricValue:
    """`obs`'s value of `metric`, with `NEVER` where the observation censors it (module doc)."""
    return value_in(metric, obs.status, obs.probe_id, obs.metrics)


def value_in(
    metric: str, status: Status, probe_id: str, metrics: Mapping[str, MetricValue]
) -> MetricValue:
    """`metric_value` from an observation's parts (what a store row holds)."""
    value = metrics.get(metric)
    if metric not in CENSORED or status == Status.ERROR or number(value) is not None:
        return value
    observed = source_mask(probe_id, metrics) or ALL_SOURCES
    return NEVER if observed & criterion_bit(metric) else value


def median(values: list[float]) -> float | None:
    """The median (infinities sort last); None for no values."""
    return float(statistics.median(values)) if values else None


def summarise(metric: str | None, values: list[MetricValue]) -> MetricValue:
    """A metric over attempts: median for numbers (`NEVER` counts), majority for flags,
    the union of phone numbers, the commonest text; None without values."""
    present = [v for v in values if v is not None]
    if metric is None or not present:
        return None
    kind = METRICS[metric].kind if metric in METRICS else "text"
    if kind == "flag":
        flags = [v for v in present if isinstance(v, bool)]
        return sum(flags) * 2 >= len(flags) if flags else None
    if kind in NUMERIC_KINDS:
        numbers = [
            float(v) for v in present if isinstance(v, int | float) and not isinstance(v, bool)
        ]
        return median([v for v in numbers if not math.isnan(v)])
    if kind == "e164-list":
        return sorted({n for v in present if isinstance(v, list) for n in v})
    return Counter(str(v) for v in present).most_common(1)[0][0]
