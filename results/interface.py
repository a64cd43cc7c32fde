"""The shapes the results side hands out: ranking column names and leaderboard JSON rows."""

from __future__ import annotations

from typing import NotRequired, TypedDict

from probes.base import Channel, MetricValue

CHANNELS: tuple[Channel, ...] = tuple(Channel)
"""Every channel, in display order; a ranking frame has columns for all of them."""


def channel_columns(channel: Channel) -> tuple[str, str, str, str, str]:
    """A ranking frame's per-channel columns: score, n, errors, rank, key."""
    c = channel.value
    return f"score_{c}", f"n_{c}", f"errors_{c}", f"rank_{c}", f"key_{c}"


class ChannelEntry(TypedDict):
    """One company's standing on one channel (None: no data).

    `low`/`high` (bootstrap 90% interval) and `tied_with` appear when the
    ranking was given attempt scores.
    """

    rank: int | None
    score: float | None
    band: str | None
    n: int
    errors: int
    key_metric: str | None
    key: MetricValue
    low: NotRequired[float | None]
    high: NotRequired[float | None]
    tied_with: NotRequired[list[str]]


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
    tied_with: NotRequired[list[str]]


class ChannelLeaderboardEntry(ChannelEntry):
    """One row of a single-channel leaderboard as JSON."""

    company: str
    period: str
