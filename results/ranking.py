"""Ranking scorecards with pandas: one row per company, ranks overall and per channel.

Ranks use the scores as displayed (one decimal) with 'min' ties: two companies
at 85.0 share rank 1 and the next is 3. A company with no data on a channel
has a NaN score there and no rank (<NA>), never 0.

Given the attempt scores too (`ObservationScore`s, or the fast path's
`AttemptScores`), a seeded, vectorised bootstrap adds a 90% interval for every
channel score with n >= 3 attempts (and for the overall, given the rubric's
channel weights), and `tied_with` lists the companies whose intervals overlap
heavily, so a reader does not over-read a rank. Companies with the same number
of attempts share one matrix of draw counts per channel, so their replicate
means are a single matrix product (10,000 companies x 1,000 resamples in
about a second).

A channel fed by several probe sources (phone: website visits and calls) is
scored as the rubric weights its sources (`rubrics.engine.mixed_mean`), so,
given the rubric, its bootstrap is stratified the same way: each resample
draws n_m attempts with replacement from each company's n_m attempts of
source mask m, and the replicate's per-source means are mixed with the
rubric's source weights. Its intervals are then centred on the reported
score. A channel whose attempts all share one source mask is resampled as
one pool, exactly as a single-source channel always was; so is every channel
when `rank` is not given the rubric (a mixed channel's interval is then
centred on the plain attempt mean, not on its score).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from probes.base import Channel, MetricValue
from results.interface import CHANNELS, channel_columns
from rubrics.engine import AttemptScores
from rubrics.interface import Rubric, Scorecard
from rubrics.sources import SOURCE_BITS, source_weights
from rubrics.summary import BANDS, NOT_RECOMMENDED

LEVEL = 0.90
"""Coverage of the bootstrap intervals."""
MIN_ATTEMPTS = 3
"""Fewer attempts than this on a channel: no interval."""
MAX_TIED = 10
"""At most this many names in a `tied_with` cell, nearest score first."""
_BLOCK_ELEMENTS = 4_000_000  # replicate means per block of companies (bounds memory)


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
    attempts: AttemptScores | None = None,
    *,
    channel_weights: Mapping[Channel, float] | None = None,
    rubric: Rubric | None = None,
    resamples: int = 1000,
    seed: int = 0,
) -> pd.DataFrame:
    """One row per company, best first.

    Columns: company, period, overall, band, rank_overall, and per channel c:
    score_<c>, n_<c>, errors_<c>, rank_<c>, key_<c>. `df.attrs["key_metrics"]`
    maps channel value -> the key metric's name.

    With `attempts` (the report's observation scores, or the fast path's
    `AttemptScores`) it adds low_<c>/high_<c>
    (bootstrap 90% interval, n >= 3) and tied_<c>; with `channel_weights` (the
    rubric's) also low_overall/high_overall and tied_with.

    `rubric`, the one the scorecards were scored with, makes the bootstrap of
    a channel that mixes sources resample within each source and mix them by
    the rubric's source weights, like the channel score (see the module doc);
    without it such a channel's attempts are resampled as one pool. It also
    supplies the channel weights when `channel_weights` is not given.
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
        if channel_weights is None and rubric is not None:
            channel_weights = {ch: section.weight for ch, section in rubric.channels.items()}
        df = _add_intervals(df, attempts, channel_weights, rubric, resamples=resamples, seed=seed)
    return df


@dataclass(frozen=True)
class _Attempts:
    """One channel's attempt scores by frame row: row r owns values[offsets[r]:offsets[r + 1]]."""

    values: np.ndarray
    offsets: np.ndarray

    @property
    def sizes(self) -> np.ndarray:
        return np.diff(self.offsets)


def _group(size: int, owner: np.ndarray, values: np.ndarray) -> _Attempts:
    order = np.argsort(owner, kind="stable")
    sizes = np.bincount(owner, minlength=size)
    offsets = np.concatenate(([0], np.cumsum(sizes)))
    return _Attempts(values[order], offsets)


@dataclass(frozen=True)
class _Channel:
    """One channel's scored attempts: all together, and by source mask when they mix sources.

    `strata` is empty when every attempt has the same source mask (or the
    weights are unknown): the channel is then resampled as one pool.
    `weights` is W per source, in `SOURCE_BITS` order (`rubrics.engine.source_weights`).
    """

    pooled: _Attempts
    strata: tuple[tuple[int, _Attempts], ...] = ()
    weights: tuple[float, ...] = ()


def _channel(
    size: int,
    owner: np.ndarray,
    values: np.ndarray,
    members: np.ndarray | None,
    weights: tuple[float, ...] | None,
) -> _Channel:
    pooled = _group(size, owner, values)
    if members is None or weights is None or not len(members) or members.min() == members.max():
        return _Channel(pooled)
    strata = tuple(
        (int(mask), _group(size, owner[members == mask], values[members == mask]))
        for mask in np.unique(members).tolist()
        if mask  # no source: not in the channel score (cannot happen for a scored attempt)
    )
    return _Channel(pooled, strata, weights)


def _collect(
    companies: list[str],
    attempts: AttemptScores,
    rubric: Rubric | None,
) -> dict[Channel, _Channel]:
    row_of = {company: i for i, company in enumerate(companies)}
    size = len(companies)
    sections = rubric.channels if rubric is not None else {}
    weights = {ch: source_weights(section) for ch, section in sections.items()}
    rows_of_codes = np.array([row_of.get(c, -1) for c in attempts.companies], dtype=np.int64)
    grouped = {}
    for ch in CHANNELS:
        codes, scores, _ = attempts.channels.get(ch, (np.zeros(0, np.int64), np.zeros(0), None))
        owner = rows_of_codes[codes] if len(codes) else np.zeros(0, np.int64)
        keep = ~np.isnan(scores) & (owner >= 0)
        members = attempts.sources.get(ch)
        grouped[ch] = _channel(
            size,
            owner[keep],
            np.asarray(scores, dtype=float)[keep],
            None if members is None else np.asarray(members, dtype=np.int64)[keep],
            weights.get(ch),
        )
    return grouped


def _draws(
    attempts: _Attempts, first: int, stop: int, resamples: int, rng: np.random.Generator
) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Per attempt count n of rows first..stop: (rows, their values (rows x n), shares).

    Rows with the same number of attempts n share one (resamples x n) matrix of
    draw counts; `shares` is it transposed and divided by n, so `values @ shares`
    are the rows' replicate means: each row's bootstrap is exact, and the draws
    of rows (companies) are merely shared. Rows are block-relative.
    """
    sizes = attempts.sizes[first:stop]
    for n in np.unique(sizes[sizes > 0]).tolist():
        rows = np.flatnonzero(sizes == n)
        starts = attempts.offsets[first + rows]
        values = attempts.values[starts[:, None] + np.arange(n)]
        draws = rng.integers(0, n, size=(resamples, n)) + n * np.arange(resamples)[:, None]
        counts = np.bincount(draws.ravel(), minlength=resamples * n).reshape(resamples, n)
        yield rows, values, counts.T / n


def _replicate_means(
    attempts: _Attempts, first: int, stop: int, resamples: int, rng: np.random.Generator
) -> np.ndarray:
    """Bootstrap means (float32), shape (stop - first, resamples); NaN rows without attempts."""
    out = np.full((stop - first, resamples), np.nan, dtype=np.float32)
    for rows, values, shares in _draws(attempts, first, stop, resamples, rng):
        out[rows] = values @ shares
    return out


def _stratum_coefficients(channel: _Channel, first: int, stop: int) -> list[np.ndarray]:
    """Per stratum, per row: its replicate mean's coefficient in the mixed channel score.

    The mix (`rubrics.engine.mixed_mean`) is linear in the strata means for a
    fixed set of sources present, and a resample keeps every stratum's size,
    so score = sum over strata m of coef_m x mean_m, with
    coef_m = n_m x sum over sources s in m of a_s / count_s, where a_s is W_s
    over the present sources' W (1 / present when they all weigh 0; 1 when
    alone) and count_s the attempts of every stratum with s.
    """
    sizes = [attempts.sizes[first:stop] for _, attempts in channel.strata]
    rows = stop - first
    counts, shares = [], []
    present = np.zeros(rows, dtype=np.int64)
    weight = np.zeros(rows)
    for source_weight, bit in zip(channel.weights, SOURCE_BITS.values(), strict=True):
        count = np.zeros(rows, dtype=np.int64)
        for (mask, _), n in zip(channel.strata, sizes, strict=True):
            if mask & bit:
                count += n
        has = count > 0
        present += has
        weight += np.where(has, source_weight, 0.0)
        counts.append(count)
        shares.append(np.where(has, source_weight, 0.0))
    with np.errstate(divide="ignore", invalid="ignore"):
        mixed = (present > 1) & (weight > 0)
        per_source = [
            np.where(mixed, share / weight, np.where(count > 0, 1.0 / present, 0.0))
            / np.maximum(count, 1)
            for share, count in zip(shares, counts, strict=True)
        ]
    coefficients = []
    for (mask, _), n in zip(channel.strata, sizes, strict=True):
        total = np.zeros(rows)
        for bit, part in zip(SOURCE_BITS.values(), per_source, strict=True):
            if mask & bit:
                total += part
        coefficients.append(n * total)
    return coefficients


def _channel_replicates(
    channel: _Channel, first: int, stop: int, resamples: int, rng: np.random.Generator
) -> np.ndarray:
    """Bootstrap replicates of the channel score (float32), shape (stop - first, resamples).

    One pool: `_replicate_means`. Several source masks: each stratum is
    resampled on its own and the strata means are mixed as the channel score
    mixes them (`_stratum_coefficients`); the coefficients scale the values
    before the matrix product, so the mix costs no extra pass.
    """
    if not channel.strata:
        return _replicate_means(channel.pooled, first, stop, resamples, rng)
    out = np.zeros((stop - first, resamples), dtype=np.float32)
    coefficients = _stratum_coefficients(channel, first, stop)
    for (_, attempts), coefficient in zip(channel.strata, coefficients, strict=True):
        for rows, values, shares in _draws(attempts, first, stop, resamples, rng):
            out[rows] += (coefficient[rows, None] * values) @ shares
    covered = np.sum([attempts.sizes[first:stop] for _, attempts in channel.strata], axis=0)
    out[covered == 0] = np.nan
    return out


def _quantiles(replicates: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The interval's ends for `rows` (numpy's default linear interpolation)."""
    ordered = np.sort(replicates[rows], axis=1)
    last = ordered.shape[1] - 1
    tail = (1 - LEVEL) / 2
    ends = []
    for q in (tail, 1 - tail):
        position = q * last
        below = int(np.floor(position))
        above = min(below + 1, last)
        share = position - below
        lo, hi = ordered[:, below].astype(float), ordered[:, above].astype(float)
        ends.append(lo + share * (hi - lo))
    return ends[0], ends[1]


_TIE_WINDOW = 64  # neighbours by score looked at on each side before a full scan


def _heavy(low: np.ndarray, high: np.ndarray, row: np.ndarray, other: np.ndarray) -> np.ndarray:
    """Whether intervals overlap by at least half the narrower one (broadcasting)."""
    overlap = np.minimum(high[other], high[row]) - np.maximum(low[other], low[row])
    narrower = np.minimum(high[other] - low[other], high[row] - low[row])
    return (overlap >= 0) & (overlap >= 0.5 * narrower)


def _tied(
    companies: list[str], scores: np.ndarray, low: np.ndarray, high: np.ndarray
) -> list[list[str]]:
    """For each row, up to `MAX_TIED` companies whose interval overlaps heavily, nearest first.

    Ties in distance go to the company with the lower interval. Each row first
    looks at its `_TIE_WINDOW` nearest neighbours by score on either side; only
    when those cannot prove the answer is every row scanned.
    """
    tied: list[list[str]] = [[] for _ in companies]
    valid = np.flatnonzero(~np.isnan(low))
    if len(valid) < 2:
        return tied
    score = np.nan_to_num(scores)
    by_low = np.empty(len(low), dtype=np.int64)
    by_low[valid[np.argsort(low[valid], kind="stable")]] = np.arange(len(valid))
    order = valid[np.argsort(score[valid], kind="stable")]
    count = len(order)
    reach = min(_TIE_WINDOW, count - 1)
    steps = np.concatenate((np.arange(-reach, 0), np.arange(1, reach + 1)))
    at = np.arange(count)[:, None] + steps[None, :]
    inside = (at >= 0) & (at < count)
    other = order[np.clip(at, 0, count - 1)]
    me = order[:, None]
    heavy = inside & _heavy(low, high, me, other)
    distance = np.where(heavy, np.abs(score[other] - score[me]), np.inf)
    ranked = np.lexsort((by_low[other], distance), axis=-1)[:, :MAX_TIED]
    found = np.minimum(heavy.sum(axis=1), MAX_TIED)
    picked_distance = np.take_along_axis(distance, ranked, axis=1)
    last = np.where(found == MAX_TIED, picked_distance[:, -1], np.inf)
    position = np.arange(count)
    left = np.where(
        position - reach - 1 >= 0,
        score[me[:, 0]] - score[order[np.maximum(position - reach - 1, 0)]],
        np.inf,
    )
    right = np.where(
        position + reach + 1 < count,
        score[order[np.minimum(position + reach + 1, count - 1)]] - score[me[:, 0]],
        np.inf,
    )
    proven = last < np.minimum(left, right)
    picked = np.take_along_axis(other, ranked, axis=1)
    for i in range(count):
        row = int(order[i])
        if proven[i]:
            names = picked[i, : found[i]].tolist()
        else:
            names = _tied_row(row, valid, score, low, high, by_low)
        tied[row] = [companies[j] for j in names]
    return tied


def _tied_row(
    row: int,
    valid: np.ndarray,
    score: np.ndarray,
    low: np.ndarray,
    high: np.ndarray,
    by_low: np.ndarray,
) -> list[int]:
    """`_tied` for one row by scanning every other row."""
    others = valid[valid != row]
    heavy = others[_heavy(low, high, np.array(row), others)]
    distance = np.abs(score[heavy] - score[row])
    return heavy[np.lexsort((by_low[heavy], distance))][:MAX_TIED].tolist()


def _add_intervals(
    df: pd.DataFrame,
    attempts: AttemptScores,
    channel_weights: Mapping[Channel, float] | None,
    rubric: Rubric | None,
    *,
    resamples: int,
    seed: int,
) -> pd.DataFrame:
    companies = [str(c) for c in df["company"]]
    size = len(companies)
    grouped = _collect(companies, attempts, rubric)
    rng = np.random.default_rng(seed)
    low = {ch: np.full(size, np.nan) for ch in CHANNELS}
    high = {ch: np.full(size, np.nan) for ch in CHANNELS}
    low_all, high_all = np.full(size, np.nan), np.full(size, np.nan)
    block = max(1, _BLOCK_ELEMENTS // resamples)
    for first in range(0, size, block):
        stop = min(first + block, size)
        weighted = np.zeros((stop - first, resamples), dtype=np.float32)
        weight_sum = np.zeros(stop - first)
        eligible = np.ones(stop - first, dtype=bool)
        for ch in CHANNELS:
            sizes = grouped[ch].pooled.sizes[first:stop]
            if not sizes.any():
                continue
            replicates = _channel_replicates(grouped[ch], first, stop, resamples, rng)
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
