"""Rankings over time: one leaderboard frame per period, and how each company moved.

A period is a campaign's label (e.g. 2026-Q3); several campaigns may share one,
and their observations are then scored together. `with_history` adds to the
current period's frame, per company:

- `prev_rank` / `rank_change` / `movement`: the overall rank in the previous
  period and the change (positive = up); movement is `up` or `down` only when
  the company's overall score moved by more than the noise (the difference
  test of `results.intervals`, on both periods' standard errors), else `same`
  (shown `=`), or `new` (not ranked in the previous period). A frame ranked
  without attempt scores has no standard errors: there the rank change decides;
  a company too thinly probed for an interval (`se_overall` NaN) is `same`;
- `streak_first`: consecutive periods, ending now, ranked #1 overall;
  `streak_top10`: consecutive periods ranked in the top 10;
- `top10_channels` of `channels_ranked`: channels ranked in the top 10, out of
  the channels ranked in this period ("top 10 in N of M channels").

`results.leaderboard` shows these columns (arrows and notes) when present.
"""

from __future__ import annotations

import math
import re
from collections.abc import Hashable, Iterator, Mapping, Sequence
from typing import TypedDict

import numpy as np
import pandas as pd

from results.interface import CHANNELS, channel_columns
from results.intervals import differs
from results.ranking import rank
from results.store import CampaignRow, Store
from results.store_observations import ObservationRecord
from rubrics.engine import score_observations
from rubrics.interface import Rubric

TOP = 10
"""The "top 10" of streaks and channel counts."""
MOVEMENTS = ("up", "down", "same", "new")
HISTORY_COLUMNS = (
    "prev_rank",
    "rank_change",
    "movement",
    "streak_first",
    "streak_top10",
    "top10_channels",
    "channels_ranked",
)


class RankChange(TypedDict):
    """A leaderboard JSON row's `change`: movement against the previous period and streaks."""

    movement: str | None
    previous_rank: int | None
    by: int | None
    streak_first: int
    streak_top10: int
    top10_channels: int
    channels_ranked: int


def period_key(label: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key for period labels: numbers compare as numbers (2026-Q9 < 2026-Q10)."""
    parts = re.findall(r"\d+|\D+", label)
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts)


def campaigns_by_period(store: Store) -> dict[str, list[CampaignRow]]:
    """The store's campaigns grouped by period label, periods in order, campaigns oldest first."""
    grouped: dict[str, list[CampaignRow]] = {}
    for row in store.campaigns():
        grouped.setdefault(row.period, []).append(row)
    return {period: grouped[period] for period in sorted(grouped, key=period_key)}


def _observations(store: Store, rows: Sequence[CampaignRow]) -> Iterator[ObservationRecord]:
    for row in rows:
        yield from store.observation_records(row.id)


def period_frame(
    store: Store, period: str, rows: Sequence[CampaignRow], rubric: Rubric
) -> pd.DataFrame:
    """The ranking frame of one period: its campaigns' observations merged, then scored."""
    report, attempts = score_observations(rubric, _observations(store, rows), period)
    return rank(report.scorecards, attempts, rubric=rubric)


def earlier_frames(store: Store, period: str, rubric: Rubric) -> list[pd.DataFrame]:
    """Ranking frames of the periods before `period`, oldest first, judged with `rubric`.

    One rubric for every period keeps rank changes about the companies, not the rules.
    """
    return [
        period_frame(store, label, rows, rubric)
        for label, rows in campaigns_by_period(store).items()
        if period_key(label) < period_key(period)
    ]


def _scores(frame: pd.DataFrame) -> dict[str, tuple[float, float]]:
    """Company -> (overall score, its standard error; NaN without one)."""
    se = frame["se_overall"] if "se_overall" in frame else pd.Series(np.nan, index=frame.index)
    return {
        str(c): (float(s), float(e))
        for c, s, e in zip(frame["company"], frame["overall"], se, strict=True)
        if not pd.isna(s)
    }


def _movement(
    before: int, now: int, score_now: tuple[float, float], score_then: tuple[float, float] | None
) -> str:
    if score_then is None:  # no standard errors on either side: the rank change decides
        return "up" if before > now else "down" if before < now else "same"
    (now_score, now_se), (then_score, then_se) = score_now, score_then
    diff = np.array([now_score - then_score])
    if not differs(diff, np.array([now_se]), np.array([then_se]))[0]:
        return "same"
    return "up" if diff[0] > 0 else "down"


def _ranks(frame: pd.DataFrame) -> dict[str, int]:
    """Company -> overall rank, for ranked companies only."""
    ranked = frame.dropna(subset=["rank_overall"])
    return {str(c): int(r) for c, r in zip(ranked["company"], ranked["rank_overall"], strict=True)}


def _streak(company: str, current: int | None, earlier: list[dict[str, int]], top: int) -> int:
    if current is None or current > top:
        return 0
    streak = 1
    for ranks in reversed(earlier):
        held = ranks.get(company)
        if held is None or held > top:
            break
        streak += 1
    return streak


def with_history(current: pd.DataFrame, previous: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """`current` with the history columns (see module doc); `previous` is oldest first.

    With no previous frame, `prev_rank`, `rank_change` and `movement` are empty
    (<NA> / None): there is nothing to compare with, which is not "new". A previous
    period that ranked nobody (say, only an emptied log campaign) is no history
    either: it is skipped, for movements and streaks alike.
    """
    out = current.copy()
    ranked_before = [frame for frame in previous if _ranks(frame)]
    earlier = [_ranks(frame) for frame in ranked_before]
    last = earlier[-1] if earlier else None
    tested = "se_overall" in current and bool(ranked_before) and "se_overall" in ranked_before[-1]
    scores_then = _scores(ranked_before[-1]) if tested else {}
    scores_now = _scores(current)
    prev_ranks: list[int | None] = []
    changes: list[int | None] = []
    movements: list[str | None] = []
    first_streaks: list[int] = []
    top_streaks: list[int] = []
    for company, value in zip(out["company"], out["rank_overall"], strict=True):
        name = str(company)
        now = None if pd.isna(value) else int(value)
        before = None if last is None else last.get(name)
        prev_ranks.append(before)
        if last is None or now is None:
            changes.append(None)
            movements.append(None)
        elif before is None:
            changes.append(None)
            movements.append("new")
        else:
            changes.append(before - now)
            then = scores_then.get(name, (np.nan, np.nan)) if tested else None
            movements.append(_movement(before, now, scores_now[name], then))
        first_streaks.append(_streak(name, now, earlier, 1))
        top_streaks.append(_streak(name, now, earlier, TOP))
    out["prev_rank"] = pd.array(prev_ranks, dtype="Int64")
    out["rank_change"] = pd.array(changes, dtype="Int64")
    out["movement"] = pd.Series(movements, index=out.index, dtype=object)
    out["streak_first"] = first_streaks
    out["streak_top10"] = top_streaks
    rank_cols = [channel_columns(ch)[3] for ch in CHANNELS if channel_columns(ch)[3] in out]
    ranked_channels = [col for col in rank_cols if out[col].notna().any()]
    ranks = out[ranked_channels]
    out["top10_channels"] = (ranks.le(TOP) & ranks.notna()).sum(axis=1).astype(int)
    out["channels_ranked"] = len(ranked_channels)
    out.attrs = dict(current.attrs)
    return out


def _count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float | np.integer):
        return 0
    return 0 if isinstance(value, float) and math.isnan(value) else int(value)


def history_notes(record: Mapping[Hashable, object], field_size: int | None = None) -> list[str]:
    """The notes a reader sees for one row: streaks and "top 10 in N of M channels".

    With `field_size` (companies ranked) at most `TOP`, every company is in the top
    10, so the top-10 notes would say nothing and are left out.
    """
    notes = []
    first, top = _count(record.get("streak_first")), _count(record.get("streak_top10"))
    meaningful_top = field_size is None or field_size > TOP
    if first >= 2:
        notes.append(f"#1 for {first} periods")
    elif top >= 2 and meaningful_top:
        notes.append(f"top {TOP} for {top} periods")
    channels, ranked = _count(record.get("top10_channels")), _count(record.get("channels_ranked"))
    if channels and ranked and meaningful_top:
        notes.append(f"top {TOP} in {channels} of {ranked} channels")
    return notes
