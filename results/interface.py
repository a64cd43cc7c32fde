"""The shapes the results side hands out: ranking column names and leaderboard JSON rows."""

from __future__ import annotations

import math
from typing import NotRequired, TypedDict

from probes.base import Channel, MetricValue
from rubrics.summary import CENSORED_TEXT

CHANNELS: tuple[Channel, ...] = tuple(Channel)
"""Every channel, in display order; a ranking frame has columns for all of them."""


JSON_DECIMALS = 3
"""Places kept for figures in JSON output (scores and bounds are already rounded to 2)."""


def json_figures(value: object) -> object:
    """`value` with floats rounded to `JSON_DECIMALS` and censored waits (infinite) as
    "> deadline", through dicts, lists and tuples."""
    if isinstance(value, float):
        return CENSORED_TEXT if math.isinf(value) else round(value, JSON_DECIMALS)
    if isinstance(value, dict):
        return {k: json_figures(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_figures(v) for v in value]
    return value


def channel_columns(channel: Channel) -> tuple[str, str, str, str, str]:
    """A ranking frame's per-channel columns: score, n, errors, rank, key."""
    c = channel.value
    return f"score_{c}", f"n_{c}", f"errors_{c}", f"rank_{c}", f"key_{c}"


class ChannelEntry(TypedDict):
    """One company's standing on one channel (None: no data).

    `low`/`high` (90% interval, None below the attempts the method needs)
    and `rank_low`/`rank_high` (the ranks the difference test allows) appear
    when the ranking was given attempt scores; `low_confidence` when the score
    rests on less than half of the channel's criteria weight; `slot_gaps` (the
    bands, e.g. `weekday evenings`, in which most companies were contacted but this
    one never: its slot mix is not comparable; `results.slot_mix`) when the ranking has it.
    """

    rank: int | None
    score: float | None
    band: str | None
    n: int
    errors: int
    key_metric: str | None
    key: MetricValue
    low_confidence: NotRequired[bool]
    low: NotRequired[float | None]
    high: NotRequired[float | None]
    rank_low: NotRequired[int | None]
    rank_high: NotRequired[int | None]
    slot_gaps: NotRequired[list[str]]


class LeaderboardEntry(TypedDict):
    """One row of the overall leaderboard as JSON."""

    rank: int | None
    company: str
    period: str
    overall: float | None
    band: str | None
    channels: dict[str, ChannelEntry]
    low: NotRequired[float | None]
    high: NotRequired[float | None]
    rank_low: NotRequired[int | None]
    rank_high: NotRequired[int | None]


class ChannelLeaderboardEntry(ChannelEntry):
    """One row of a single-channel leaderboard as JSON."""

    company: str
    period: str
