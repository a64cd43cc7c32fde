"""Score intervals, the difference test behind ties, rank ranges and movements.

The method (README, "Outcomes and scores"): a Student-t interval on the mean
of a company's attempt scores, with the spread shrunk towards the channel's
pooled within-company spread (an empirical-Bayes prior worth `PRIOR_DF`
attempts, never below `SPREAD_FLOOR` points). With few attempts the pooled
spread carries the interval, so five attempts that happen to agree do not
give a zero-width interval; with many, the company's own spread does. A
channel that mixes sources (phone: website visits and calls) is estimated
per source and mixed with the rubric's weights, as its score is; the degrees
of freedom follow Welch-Satterthwaite.

Each estimate is summarised by an *effective standard error* `se`: the
interval's half-width over z (the normal quantile), so that every pair can
be tested on the normal scale: two companies differ when
|score_a - score_b| > z' * sqrt(se_a^2 + se_b^2), z' at `TIE_LEVEL` (a test of
the difference, symmetric by construction). The same test of one company's score against
the previous period gives a movement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np

LEVEL = 0.90
"""Two-sided coverage of the intervals and level of the difference test."""
MIN_ATTEMPTS = 5
"""Fewer scored attempts than this: no interval shown (the method holds from here:
benchmarks/intervals.py)."""
PRIOR_DF = 3.0
"""How many attempts' worth of weight the channel's pooled spread gets."""
SPREAD_FLOOR = 10.0
"""The least standard deviation (points) assumed for one attempt score."""
Z = NormalDist().inv_cdf(1 - (1 - LEVEL) / 2)
TIE_LEVEL = 0.95
"""Two companies differ when the TIE_LEVEL interval of their difference excludes 0.
Stricter than LEVEL so that at most about 1 in 20 pairs ranked in the wrong order is
called different (benchmarks/intervals.py)."""
Z_TIE = NormalDist().inv_cdf(1 - (1 - TIE_LEVEL) / 2)


@dataclass(frozen=True)
class Estimates:
    """Per company: the variance of the score and its degrees of freedom (NaN: no estimate).

    `se` is the effective standard error (module doc): sqrt(var) x t(df) / z.
    """

    var: np.ndarray
    df: np.ndarray

    @property
    def se(self) -> np.ndarray:
        """The effective standard error: the interval's half-width over z."""
        return np.sqrt(self.var) * _t_factor(self.df)


def _t_factor(df: np.ndarray) -> np.ndarray:
    """t quantile over z for each df (NaN stays NaN)."""
    from scipy.special import stdtrit  # the t quantile; imported here: the CLI starts faster

    out = np.full(df.shape, np.nan)
    ok = np.isfinite(df) & (df > 0)
    out[ok] = stdtrit(df[ok], 1 - (1 - LEVEL) / 2) / Z
    return out


def _stratum(
    size: int, owner: np.ndarray, values: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per company: n, mean and the shrunk variance of one attempt score (see module doc)."""
    n = np.bincount(owner, minlength=size).astype(float)
    total = np.bincount(owner, weights=values, minlength=size)
    with np.errstate(divide="ignore", invalid="ignore"):
        mean = np.where(n > 0, total / n, np.nan)
        squares = np.bincount(owner, weights=(values - mean[owner]) ** 2, minlength=size)
        free = np.maximum(n - 1, 0)
        pooled = squares.sum() / free.sum() if free.sum() > 0 else 0.0
        prior = max(pooled, SPREAD_FLOOR**2)
        variance = (PRIOR_DF * prior + squares) / (PRIOR_DF + free)
    return n, mean, variance


def channel_estimates(
    size: int,
    owner: np.ndarray,
    values: np.ndarray,
    strata: Sequence[tuple[np.ndarray, np.ndarray]] = (),
) -> Estimates:
    """Standard errors of the channel scores of `size` companies.

    `owner`/`values`: the scored attempts (company row, score). `strata`, for
    a channel that mixes sources: per source mask, (rows of the attempts in
    it, each company's coefficient of that stratum's mean in the score).
    """
    if not strata:
        n, _, variance = _stratum(size, owner, values)
        with np.errstate(divide="ignore", invalid="ignore"):
            var = np.where(n > 0, variance / n, np.nan)
        df = np.where(n > 0, PRIOR_DF + np.maximum(n - 1, 0), np.nan)
        return Estimates(var, df)
    var = np.zeros(size)
    welch = np.zeros(size)
    for rows, coefficient in strata:
        n, _, variance = _stratum(size, owner[rows], values[rows])
        with np.errstate(divide="ignore", invalid="ignore"):
            part = np.where(n > 0, coefficient**2 * variance / n, 0.0)
            welch += np.where(n > 0, part**2 / (PRIOR_DF + np.maximum(n - 1, 0)), 0.0)
        var += part
    covered = np.bincount(owner, minlength=size) > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        df = np.where(covered & (welch > 0), var**2 / welch, np.nan)
    return Estimates(np.where(covered, var, np.nan), df)


def combined(parts: Sequence[tuple[np.ndarray, Estimates]]) -> Estimates:
    """The estimate of a weighted mean of independent estimates (Welch-Satterthwaite df).

    `parts`: (each company's weight of the part, 0 where absent; its estimates).
    NaN where a present part has no estimate.
    """
    size = len(parts[0][0]) if parts else 0
    total = np.zeros(size)
    for weight, _ in parts:
        total += weight
    var = np.zeros(size)
    welch = np.zeros(size)
    with np.errstate(divide="ignore", invalid="ignore"):
        for weight, est in parts:
            share = np.where(total > 0, weight / total, 0.0)
            present = weight > 0
            part = np.where(present, share**2 * est.var, 0.0)
            var += part
            welch += np.where(present, part**2 / est.df, 0.0)
        df = np.where(welch > 0, var**2 / welch, np.nan)
    return Estimates(np.where(total > 0, var, np.nan), df)


def interval(score: np.ndarray, est: Estimates, n: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The LEVEL interval, clipped to 0..100; NaN below `MIN_ATTEMPTS` attempts."""
    half = Z * est.se
    shown = (n >= MIN_ATTEMPTS) & np.isfinite(half) & np.isfinite(score)
    low = np.where(shown, np.clip(score - half, 0.0, 100.0), np.nan)
    high = np.where(shown, np.clip(score + half, 0.0, 100.0), np.nan)
    return low, high


def differs(diff: np.ndarray, se_a: np.ndarray, se_b: np.ndarray) -> np.ndarray:
    """Whether a difference is outside the noise (False where either se is unknown)."""
    with np.errstate(invalid="ignore"):
        return np.abs(diff) > Z_TIE * np.sqrt(se_a**2 + se_b**2)


_BLOCK = 2_000_000  # pairs compared at once (bounds memory)
_BINS = 32  # groups of companies by se, so only near-threshold pairs are compared


def _count_beyond(
    s: np.ndarray, e: np.ndarray, others: np.ndarray, other_e: np.ndarray, sign: int
) -> np.ndarray:
    """Per row of (s, e): how many `others` (sorted scores) lie significantly above (sign 1)
    or below (sign -1) it. Sure counts come from binary search with the others' largest
    and smallest se; the pairs in between are tested one by one."""
    lo_e, hi_e = other_e.min(), other_e.max()
    near = s + sign * Z_TIE * np.sqrt(e**2 + lo_e**2)
    far = s + sign * Z_TIE * np.sqrt(e**2 + hi_e**2)
    if sign > 0:
        first = np.searchsorted(others, near, side="right")
        last = np.searchsorted(others, far, side="right")
        count = len(others) - last
    else:
        first = np.searchsorted(others, far, side="left")
        last = np.searchsorted(others, near, side="left")
        count = first.copy()
    widths = last - first
    ends = np.cumsum(widths)
    start = 0
    while start < len(s):
        stop = int(np.searchsorted(ends, ends[start] - widths[start] + _BLOCK, side="right"))
        stop = min(max(stop, start + 1), len(s))
        w = widths[start:stop]
        rows = np.repeat(np.arange(start, stop), w)
        within = np.arange(len(rows)) - np.repeat(np.cumsum(w) - w, w)
        cols = np.repeat(first[start:stop], w) + within
        hit = differs(others[cols] - s[rows], e[rows], other_e[cols])
        count += np.bincount(rows[hit], minlength=len(s))
        start = stop
    return count


def rank_ranges(score: np.ndarray, se: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per company, the best and worst rank the difference test allows (1 = best).

    Companies with a score but no se (too few attempts) may be anywhere: they
    are significantly different from no one. NaN score: 0 (no rank).
    """
    ranked = np.isfinite(score)
    valid = np.flatnonzero(ranked & np.isfinite(se))
    above = np.zeros(len(score), dtype=np.int64)
    below = np.zeros(len(score), dtype=np.int64)
    if len(valid):
        s, e = score[valid], se[valid]
        edges = np.unique(np.quantile(e, np.linspace(0, 1, _BINS + 1)))
        group = np.clip(np.searchsorted(edges, e, side="right") - 1, 0, max(len(edges) - 2, 0))
        for g in np.unique(group).tolist():
            members = np.flatnonzero(group == g)
            order = members[np.argsort(s[members], kind="stable")]
            above[valid] += _count_beyond(s, e, s[order], e[order], 1)
            below[valid] += _count_beyond(s, e, s[order], e[order], -1)
    count = int(ranked.sum())
    best = np.where(ranked, 1 + above, 0)
    worst = np.where(ranked, count - below, 0)
    return best, worst
