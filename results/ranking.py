"""Ranking scorecards with pandas: one row per company, ranks overall and per channel.

Ranks use the scores as displayed (one decimal) with 'min' ties: two companies
at 85.0 share rank 1 and the next is 3. A company with no data on a channel
has a NaN score there and no rank (<NA>), never 0.

Given the attempt scores too, a seeded, vectorised bootstrap adds a 90%
interval for every channel score with n >= 3 attempts (and for the overall,
given the rubric's channel weights), and `tied_with` lists the companies
whose intervals overlap heavily, so a reader does not over-read a rank.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from probes.base import Channel, MetricValue
from results.interface import CHANNELS, channel_columns
from rubrics.engine import BANDS, NOT_RECOMMENDED
from rubrics.interface import ObservationScore, Scorecard

LEVEL = 0.90
"""Coverage of the bootstrap intervals."""
MIN_ATTEMPTS = 3
"""Fewer attempts than this on a channel: no interval."""
MAX_TIED = 10
"""At most this many names in a `tied_with` cell, nearest score first."""
_BLOCK_ELEMENTS = 2_000_000  # random draws per vectorised block (bounds memory)


def _rank(scores: pd.Series) -> pd.Series:
    ranks = scores.round(1).rank(method="min", ascending=False, na_option="keep")
    return ranks.astype("Int64")


def _bands(overall: pd.Series) -> pd.Series:
    shown = overall.round(1).to_numpy()
    conditions = [shown >= floor for floor, _ in BANDS]
    conditions.append(shown < BANDS[-1][0])
    names = [name for _, name in BANDS] + [NOT_RECOMMENDED]
    labels = np.select(conditions, names, default="")
    return pd.Series(labels, index=overall.index, dtype=object).where(overall.notna(), None)


def rank(
    scorecards: Sequence[Scorecard],
    attempts: Iterable[ObservationScore] | None = None,
    *,
    channel_weights: Mapping[Channel, float] | None = None,
    resamples: int = 1000,
    seed: int = 0,
) -> pd.DataFrame:
    """One row per company, best first.

    Columns: company, period, overall, band, rank_overall, and per channel c:
    score_<c>, n_<c>, errors_<c>, rank_<c>, key_<c>. `df.attrs["key_metrics"]`
    maps channel value -> the key metric's name.

    With `attempts` (the report's observation scores) it adds low_<c>/high_<c>
    (bootstrap 90% interval, n >= 3) and tied_<c>; with `channel_weights` (the
    rubric's) also low_overall/high_overall and tied_with.
    """
    size = len(scorecards)
    companies = [card.company for card in scorecards]
    periods = [card.period for card in scorecards]
    overall = np.full(size, np.nan)
    scores = {ch: np.full(size, np.nan) for ch in CHANNELS}
    counts = {ch: np.zeros(size, dtype=np.int64) for ch in CHANNELS}
    errors = {ch: np.zeros(size, dtype=np.int64) for ch in CHANNELS}
    keys: dict[Channel, list[MetricValue]] = {ch: [None] * size for ch in CHANNELS}
    key_metrics: dict[str, str] = {}
    for i, card in enumerate(scorecards):
        if card.overall is not None:
            overall[i] = card.overall
        for ch, cs in card.channels.items():
            if cs.score is not None:
                scores[ch][i] = cs.score
            counts[ch][i] = cs.n
            errors[ch][i] = cs.n_errors
            keys[ch][i] = cs.key_value
            if cs.key_metric is not None:
                key_metrics.setdefault(ch.value, cs.key_metric)
    data: dict[str, object] = {"company": companies, "period": periods, "overall": overall}
    for ch in CHANNELS:
        score_col, n_col, err_col, _, key_col = channel_columns(ch)
        data[score_col] = scores[ch]
        data[n_col] = counts[ch]
        data[err_col] = errors[ch]
        data[key_col] = pd.Series(keys[ch], dtype=object)
    df = pd.DataFrame(data)
    df["band"] = _bands(df["overall"])
    df["rank_overall"] = _rank(df["overall"])
    for ch in CHANNELS:
        score_col, _, _, rank_col, _ = channel_columns(ch)
        df[rank_col] = _rank(df[score_col])
    ordered = ["company", "period", "overall", "band", "rank_overall"]
    for ch in CHANNELS:
        score_col, n_col, err_col, rank_col, key_col = channel_columns(ch)
        ordered += [score_col, n_col, err_col, rank_col, key_col]
    df = (
        df[ordered]
        .sort_values(["rank_overall", "company"], na_position="last", kind="stable")
        .reset_index(drop=True)
    )
    df.attrs["key_metrics"] = key_metrics
    if attempts is not None:
        df = _add_intervals(df, attempts, channel_weights, resamples=resamples, seed=seed)
    return df


@dataclass(frozen=True)
class _Attempts:
    """One channel's attempt scores by frame row: row r owns values[offsets[r]:offsets[r + 1]]."""

    values: np.ndarray
    offsets: np.ndarray

    @property
    def sizes(self) -> np.ndarray:
        return np.diff(self.offsets)


def _collect(
    companies: list[str], attempts: Iterable[ObservationScore]
) -> dict[Channel, _Attempts]:
    row_of = {company: i for i, company in enumerate(companies)}
    rows: dict[Channel, list[int]] = {ch: [] for ch in CHANNELS}
    values: dict[Channel, list[float]] = {ch: [] for ch in CHANNELS}
    for attempt in attempts:
        row = row_of.get(attempt.company)
        if attempt.score is not None and row is not None:
            rows[attempt.channel].append(row)
            values[attempt.channel].append(attempt.score)
    grouped = {}
    for ch in CHANNELS:
        owner = np.asarray(rows[ch], dtype=np.int64)
        order = np.argsort(owner, kind="stable")
        sizes = np.bincount(owner, minlength=len(companies))
        offsets = np.concatenate(([0], np.cumsum(sizes)))
        grouped[ch] = _Attempts(np.asarray(values[ch], dtype=float)[order], offsets)
    return grouped


def _replicate_means(
    attempts: _Attempts, first: int, stop: int, resamples: int, rng: np.random.Generator
) -> np.ndarray:
    """Bootstrap means, shape (stop - first, resamples); NaN rows where there are no attempts."""
    out = np.full((stop - first, resamples), np.nan)
    start, end = attempts.offsets[first], attempts.offsets[stop]
    if end == start:
        return out
    sizes = attempts.sizes[first:stop]
    local_start = attempts.offsets[first:stop] - start
    owner = np.repeat(np.arange(stop - first), sizes)
    draws = (rng.random((end - start, resamples)) * sizes[owner, None]).astype(np.int64)
    drawn = attempts.values[start:end][local_start[owner, None] + draws]
    filled = np.flatnonzero(sizes)
    out[filled] = np.add.reduceat(drawn, local_start[filled], axis=0) / sizes[filled, None]
    return out


def _quantiles(replicates: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    tail = (1 - LEVEL) / 2
    low, high = np.quantile(replicates[rows], [tail, 1 - tail], axis=1)
    return low, high


def _tied(
    companies: list[str], scores: np.ndarray, low: np.ndarray, high: np.ndarray
) -> list[list[str]]:
    """For each row, companies whose interval overlaps by at least half the narrower one."""
    tied: list[list[str]] = [[] for _ in companies]
    valid = np.flatnonzero(~np.isnan(low))
    order = valid[np.argsort(low[valid], kind="stable")]
    lows, highs = low[order], high[order]
    for k, row in enumerate(order):
        stop = int(np.searchsorted(lows, high[row], side="right"))
        overlap = np.minimum(highs[:stop], high[row]) - np.maximum(lows[:stop], low[row])
        narrower = np.minimum(highs[:stop] - lows[:stop], high[row] - low[row])
        heavy = (overlap >= 0) & (overlap >= 0.5 * narrower)
        heavy[k] = False
        others = order[np.flatnonzero(heavy)]
        nearest = others[np.argsort(np.abs(scores[others] - scores[row]), kind="stable")]
        tied[row] = [companies[i] for i in nearest[:MAX_TIED]]
    return tied


def _add_intervals(
    df: pd.DataFrame,
    attempts: Iterable[ObservationScore],
    channel_weights: Mapping[Channel, float] | None,
    *,
    resamples: int,
    seed: int,
) -> pd.DataFrame:
    companies = [str(c) for c in df["company"]]
    size = len(companies)
    grouped = _collect(companies, attempts)
    rng = np.random.default_rng(seed)
    low = {ch: np.full(size, np.nan) for ch in CHANNELS}
    high = {ch: np.full(size, np.nan) for ch in CHANNELS}
    low_all, high_all = np.full(size, np.nan), np.full(size, np.nan)
    totals = np.cumsum(sum(grouped[ch].sizes for ch in CHANNELS))
    budget = max(1, _BLOCK_ELEMENTS // resamples)
    first = 0
    while first < size:
        before = totals[first - 1] if first else 0
        stop = max(first + 1, int(np.searchsorted(totals, before + budget, side="right")))
        weighted = np.zeros((stop - first, resamples))
        weight_sum = np.zeros(stop - first)
        eligible = np.ones(stop - first, dtype=bool)
        for ch in CHANNELS:
            sizes = grouped[ch].sizes[first:stop]
            if not sizes.any():
                continue
            replicates = _replicate_means(grouped[ch], first, stop, resamples, rng)
            enough = np.flatnonzero(sizes >= MIN_ATTEMPTS)
            if len(enough):
                low[ch][first + enough], high[ch][first + enough] = _quantiles(replicates, enough)
            weight = (channel_weights or {}).get(ch, 0.0)
            present = sizes > 0
            eligible &= ~present | (sizes >= MIN_ATTEMPTS)
            weighted[present] += weight * replicates[present]
            weight_sum[present] += weight
        rows = np.flatnonzero(eligible & (weight_sum > 0))
        if channel_weights is not None and len(rows):
            overall = weighted / np.where(weight_sum > 0, weight_sum, 1.0)[:, None]
            low_all[first + rows], high_all[first + rows] = _quantiles(overall, rows)
        first = stop
    out = df.copy()
    for ch in CHANNELS:
        c = ch.value
        out[f"low_{c}"], out[f"high_{c}"] = low[ch], high[ch]
        scores = out[f"score_{c}"].to_numpy(dtype=float)
        out[f"tied_{c}"] = pd.Series(_tied(companies, scores, low[ch], high[ch]), dtype=object)
    out["low_overall"], out["high_overall"] = low_all, high_all
    overall_scores = out["overall"].to_numpy(dtype=float)
    out["tied_with"] = pd.Series(_tied(companies, overall_scores, low_all, high_all), dtype=object)
    return out
