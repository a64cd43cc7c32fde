"""Ranking scorecards with pandas: one row per company, ranks overall and per channel.

Ranks use the scores as displayed (one decimal) with 'min' ties: two companies
at 85.0 share rank 1 and the next is 3. A company with no data on a channel
has a NaN score there and no rank (<NA>), never 0.

Given the attempt scores (`AttemptScores`), every channel score and the
overall get a 90% interval (`results.intervals`: a Student-t interval with
the spread shrunk towards the channel's pooled spread, shown from
`MIN_ATTEMPTS` attempts) and a rank range: the best and the worst rank a test
of the *difference* between two companies allows (`rank_low_<c>`..
`rank_high_<c>`, overall `rank_low`..`rank_high`). Two companies whose
difference is within the noise are tied both ways; a reader sees "3–5"
instead of a bare 4.

A channel fed by several probe sources (phone: website visits and calls) is
scored as the rubric weights its sources, so, given the rubric, its interval
is computed per source mask and mixed with the same weights; without the
rubric its attempts are taken as one pool.

Scores, bounds and standard errors are rounded to `DECIMALS` places (the JSON
shows no float noise); ranks are computed before rounding, on one decimal.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from probes.base import Channel, MetricValue
from results import intervals
from results.interface import CHANNELS, channel_columns
from results.intervals import (
    Estimates,
    channel_estimates,
    combined,
    interval,
    rank_ranges,
)
from rubrics.engine import AttemptScores
from rubrics.interface import LOW_CONFIDENCE, Rubric, Scorecard
from rubrics.sources import SOURCE_BITS, source_weights
from rubrics.summary import BANDS, NOT_RECOMMENDED

DECIMALS = 2
"""Places kept for scores, bounds and standard errors in the frame (and so in JSON)."""
__all__ = ["DECIMALS", "LOW_CONFIDENCE", "rank"]


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
) -> pd.DataFrame:
    """One row per company, best first.

    Columns: company, period, overall, band, rank_overall, and per channel c:
    score_<c>, n_<c>, errors_<c>, rank_<c>, key_<c>, measured_<c> (share of
    the criteria weight judged) and low_confidence_<c> (measured below
    `LOW_CONFIDENCE`). `df.attrs["key_metrics"]` maps channel value -> the
    key metric's name.

    With `attempts` it adds, per channel, low_<c>/high_<c> (90% interval,
    NaN below `MIN_ATTEMPTS`), se_<c> and rank_low_<c>/rank_high_<c>; with
    `channel_weights` (the rubric's) also low_overall/high_overall,
    se_overall and rank_low/rank_high.

    `rubric`, the one the scorecards were scored with, makes a channel that
    mixes sources estimated per source (see the module doc). It also
    supplies the channel weights when `channel_weights` is not given.
    """
    size = len(scorecards)
    companies = [card.company for card in scorecards]
    periods = [card.period for card in scorecards]
    overall = np.full(size, np.nan)
    scores = {ch: np.full(size, np.nan) for ch in CHANNELS}
    counts = {ch: np.zeros(size, dtype=np.int64) for ch in CHANNELS}
    measured = {ch: np.full(size, np.nan) for ch in CHANNELS}
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
            if cs.measured is not None:
                measured[ch][i] = cs.measured
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
        data[f"measured_{ch.value}"] = measured[ch]
        data[f"low_confidence_{ch.value}"] = measured[ch] < LOW_CONFIDENCE
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
        ordered += [f"measured_{ch.value}", f"low_confidence_{ch.value}"]
    df = (
        df[ordered]
        .sort_values(["rank_overall", "company"], na_position="last", kind="stable")
        .reset_index(drop=True)
    )
    df.attrs["key_metrics"] = key_metrics
    if attempts is not None:
        if channel_weights is None and rubric is not None:
            channel_weights = {ch: section.weight for ch, section in rubric.channels.items()}
        df = _add_intervals(df, attempts, channel_weights, rubric)
    return _rounded(df)


def _rounded(df: pd.DataFrame) -> pd.DataFrame:
    prefixes = ("overall", "score_", "low_", "high_", "se_", "measured_")
    for column in df.columns:
        name = str(column)
        if name.startswith(prefixes) and df[column].dtype.kind == "f":
            df[column] = df[column].round(DECIMALS)
    return df


def _coefficients(
    size: int, owner: np.ndarray, members: np.ndarray, masks: list[int], weights: Sequence[float]
) -> list[np.ndarray]:
    """Per stratum (source mask), each company's coefficient of its mean in the channel score.

    The channel score (`rubrics.engine`) is linear in the strata means for a
    fixed set of sources present: score = sum over strata m of coef_m x mean_m,
    coef_m = n_m x sum over sources s in m of a_s / count_s, where a_s is W_s
    over the present sources' W (1 / present when they all weigh 0; 1 when
    alone) and count_s the attempts of every stratum with s.
    """
    sizes = [np.bincount(owner[members == mask], minlength=size) for mask in masks]
    present = np.zeros(size, dtype=np.int64)
    weight = np.zeros(size)
    counts, shares = [], []
    for source_weight, bit in zip(weights, SOURCE_BITS.values(), strict=True):
        count = np.zeros(size, dtype=np.int64)
        for mask, n in zip(masks, sizes, strict=True):
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
    out = []
    for mask, n in zip(masks, sizes, strict=True):
        total = np.zeros(size)
        for bit, part in zip(SOURCE_BITS.values(), per_source, strict=True):
            if mask & bit:
                total += part
        out.append(n * total)
    return out


def _channel_estimates(
    size: int, attempts: AttemptScores, ch: Channel, row_of_code: np.ndarray, rubric: Rubric | None
) -> Estimates:
    empty = (np.zeros(0, np.int64), np.zeros(0), np.zeros(0, np.int8))
    codes, scores, _ = attempts.channels.get(ch, empty)
    owner = row_of_code[codes] if len(codes) else np.zeros(0, np.int64)
    keep = ~np.isnan(scores) & (owner >= 0)
    owner, values = owner[keep], np.asarray(scores, dtype=float)[keep]
    members = attempts.sources.get(ch)
    section = rubric.channels.get(ch) if rubric is not None else None
    if members is None or section is None or not len(owner):
        return channel_estimates(size, owner, values)
    members = np.asarray(members, dtype=np.int64)[keep]
    masks = [int(m) for m in np.unique(members).tolist() if m]
    if len(masks) < 2:
        return channel_estimates(size, owner, values)
    coefficients = _coefficients(size, owner, members, masks, source_weights(section))
    strata = [(members == mask, c) for mask, c in zip(masks, coefficients, strict=True)]
    return channel_estimates(size, owner, values, strata)


def _add_intervals(
    df: pd.DataFrame,
    attempts: AttemptScores,
    channel_weights: Mapping[Channel, float] | None,
    rubric: Rubric | None,
) -> pd.DataFrame:
    out = df.copy()
    size = len(out)
    row_of = {str(c): i for i, c in enumerate(out["company"])}
    row_of_code = np.array([row_of.get(c, -1) for c in attempts.companies], dtype=np.int64)
    parts = []
    eligible = np.ones(size, dtype=bool)
    for ch in CHANNELS:
        score_col, n_col, _, _, _ = channel_columns(ch)
        c = ch.value
        est = _channel_estimates(size, attempts, ch, row_of_code, rubric)
        score = out[score_col].to_numpy(dtype=float)
        n = out[n_col].to_numpy()
        out[f"low_{c}"], out[f"high_{c}"] = interval(score, est, n)
        shown_se = np.where(n >= intervals.MIN_ATTEMPTS, est.se, np.nan)
        out[f"se_{c}"] = shown_se
        best, worst = rank_ranges(score, shown_se)
        out[f"rank_low_{c}"], out[f"rank_high_{c}"] = _ranks(best), _ranks(worst)
        weight = (channel_weights or {}).get(ch, 0.0)
        present = np.isfinite(score)
        eligible &= ~present | (n >= intervals.MIN_ATTEMPTS)
        parts.append((np.where(present, weight, 0.0), est))
    overall = out["overall"].to_numpy(dtype=float)
    if channel_weights is not None:
        est = combined(parts)
        se = np.where(eligible, est.se, np.nan)
        overall_n = np.where(eligible, intervals.MIN_ATTEMPTS, 0)
        shown = Estimates(np.where(eligible, est.var, np.nan), est.df)
        out["low_overall"], out["high_overall"] = interval(overall, shown, overall_n)
        out["se_overall"] = se
    else:
        out["low_overall"] = out["high_overall"] = out["se_overall"] = np.nan
    best, worst = rank_ranges(overall, out["se_overall"].to_numpy(dtype=float))
    out["rank_low"], out["rank_high"] = _ranks(best), _ranks(worst)
    for suffix in [ch.value for ch in CHANNELS] + [""]:
        rank_col = f"rank_{suffix}" if suffix else "rank_overall"
        low_col = f"rank_low_{suffix}" if suffix else "rank_low"
        high_col = f"rank_high_{suffix}" if suffix else "rank_high"
        # the displayed rank (one decimal, 'min' ties) always lies in its range
        out[low_col] = out[[low_col, rank_col]].min(axis=1).astype("Int64")
        out[high_col] = out[[high_col, rank_col]].max(axis=1).astype("Int64")
    return out


def _ranks(values: np.ndarray) -> pd.Series:
    """0 (no rank) as <NA>."""
    return pd.Series(values, dtype="Int64").where(pd.Series(values) > 0)
