"""The scoring engine: observations in, attempt / channel / overall scores out, with numpy.

One implementation serves every command: `score_columns` (and
`score_observations`, which streams observations into columns) ranks whole
campaigns; `explain` runs the same per-criterion judgement on a selection
(one company's observations) and keeps each criterion's score and state for
`audit show`.

Semantics (observing and judging are separate; see `rubrics.sources` for
sources):
- `ok`: each criterion whose metric is present is scored 0..1. A missing one
  is not applicable (left out; the other weights renormalise), unless the
  rubric says `when_unknown: fail` and the observation comes from the
  criterion's source: then it scores 0 ("unknown", as the customer
  experiences it). None applicable: no score ("n/a").
- `absent` / `timeout`: the company failed; the criteria of the observation's
  source score 0, the others are not applicable (a website that shows no
  number says nothing about calls). No criterion of its source: no score.
- `error`: we failed; never scored, counted in `n_errors`.
- attempt score = weighted mean x 100.
- channel score = sum over sources s of W_s x mean_s / sum of W_s, over the
  sources with a scored attempt: mean_s is the mean attempt score of source s,
  W_s the rubric weight of the channel's criteria measured by s
  (`source_weights`). So one website visit and three calls weigh as the
  rubric says, not 1 : 3. With one source it is the plain mean of attempts.
- overall = rubric-weighted mean of the channels present (renormalised).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import assert_never

import numpy as np
import pandas as pd

from probes.base import Channel, MetricValue, Status
from probes.metrics import METRICS
from rubrics.columns import STATUS_CODES, ChannelColumns, ObservationColumns, Observed
from rubrics.interface import (
    ChannelRubric,
    ChannelScore,
    CriterionState,
    Rubric,
    Scorecard,
    ScoreReport,
)
from rubrics.scorers import (
    INVERSE_ERFC_ONE_FIFTH,
    BooleanScorer,
    EqualsScorer,
    LinearScorer,
    LognormalScorer,
    Scorer,
    ThresholdsScorer,
)
from rubrics.sources import CHANNEL_ORDER, SOURCE_BITS, criterion_bit, source_weights
from rubrics.summary import CENSORED, NEVER, NUMERIC_KINDS, band, overall_score, summarise

_OK, _ERROR = STATUS_CODES[Status.OK], STATUS_CODES[Status.ERROR]
STATES: tuple[CriterionState, ...] = ("scored", "failed", "unknown", "not_applicable")
"""Criterion states by code, as `Judgement.states` holds them."""
_SCORED, _FAILED, _UNKNOWN, _NA = range(4)


def _lognormal_points(x: np.ndarray, p10: float, median: float) -> np.ndarray:
    """Lighthouse's `getLogNormalScore`: 1 at 0, 0.9 at p10, 0.5 at median, towards 0."""
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.log(x / median) * INVERSE_ERFC_ONE_FIFTH / -math.log(p10 / median)
    erfc = np.vectorize(math.erfc, otypes=[float])
    raw = np.where(np.isfinite(z), erfc(np.nan_to_num(z)) / 2, np.nan)
    # Clamped into the band the value falls in, as Lighthouse does, so rounding
    # never moves a value across p10 or the median.
    banded = np.where(
        x <= p10,
        np.clip(raw, 0.9, 1.0),
        np.where(
            x <= median,
            np.clip(raw, 0.5, 0.8999999999999999),
            np.clip(raw, 0.0, 0.49999999999999994),
        ),
    )
    return np.where(x <= 0, 1.0, banded)


def criterion_points(scorer: Scorer, column: np.ndarray) -> np.ndarray:
    """A criterion's 0..1 score for every row of `column`; NaN where it does not apply."""
    match scorer:
        case BooleanScorer(true_score=yes, false_score=no):
            return np.where(column == 1.0, yes, no) + column * 0.0
        case ThresholdsScorer(steps=steps, otherwise=otherwise):
            upward = steps[0].at_most is not None
            bounds = np.array([step.bound for step in steps])
            points = np.array([step.score for step in steps] + [otherwise])
            where = (
                np.searchsorted(bounds, column, side="left")
                if upward
                else np.searchsorted(-bounds, -column, side="left")
            )
            return np.where(np.isnan(column), np.nan, points[np.minimum(where, len(steps))])
        case LinearScorer(points=pts):
            return np.interp(column, [p.x for p in pts], [p.score for p in pts])
        case LognormalScorer(p10=p10, median=median):
            return _lognormal_points(column, p10, median)
        case EqualsScorer(values=values):
            text = np.array([isinstance(v, str) for v in column], dtype=bool)
            hit = pd.Series(column, dtype=object).isin(values).to_numpy()
            return np.where(text, hit.astype(float), np.nan)
        case _:
            assert_never(scorer)


@dataclass(frozen=True)
class Judgement:
    """One channel's observations judged: per criterion (rows of the first two) and per row.

    `points` (criteria x rows) is 0..1 or NaN (not applicable); `states` the
    codes of `STATES`; `scores` the attempt scores 0..100 (NaN: not scored);
    `members` the sources (`SOURCE_BITS` mask) each row counts towards in
    the channel's mix.
    """

    points: np.ndarray
    states: np.ndarray
    scores: np.ndarray
    members: np.ndarray


def _observed(section: ChannelRubric, cols: ChannelColumns) -> tuple[np.ndarray, np.ndarray, int]:
    """Each row's sources as given (0: unknown), as judged (unknown: the channel's), and
    the channel's mask."""
    channel_mask = 0
    for criterion in section.criteria:
        channel_mask |= criterion_bit(criterion.metric)
    if cols.source is None:
        given = np.zeros(len(cols), dtype=np.int64)
    else:
        given = cols.source.astype(np.int64)
    return given, np.where(given == 0, channel_mask, given), channel_mask


def judge(section: ChannelRubric, cols: ChannelColumns) -> Judgement:
    """Judge every row of one channel by every criterion (see the module doc)."""
    rows = len(cols)
    given, observed, channel_mask = _observed(section, cols)
    ok = cols.status == _OK
    failed = ~ok & (cols.status != _ERROR)
    points = np.full((len(section.criteria), rows), np.nan)
    states = np.full((len(section.criteria), rows), _NA, dtype=np.int8)
    total = np.zeros(rows)
    weighted = np.zeros(rows)
    for i, criterion in enumerate(section.criteria):
        bit = criterion_bit(criterion.metric)
        raw = criterion_points(criterion.scorer, cols.metrics[criterion.metric])
        known = ok & ~np.isnan(raw)
        states[i][known] = _SCORED
        points[i][known] = raw[known]
        if criterion.when_unknown == "fail":
            unknown = ok & np.isnan(raw) & ((given & bit) != 0)
            states[i][unknown] = _UNKNOWN
            points[i][unknown] = 0.0
        own_failure = failed & ((observed & bit) != 0)
        states[i][own_failure] = _FAILED
        points[i][own_failure] = 0.0
        applies = ~np.isnan(points[i])
        total += np.where(applies, criterion.weight, 0.0)
        weighted += np.where(applies, criterion.weight * points[i], 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        scores = np.where(total > 0, weighted / total * 100.0, np.nan)
    members = observed & channel_mask
    # A failure scores 0 on the criteria of its own sources; with none here, no score.
    scores[failed] = np.where(members[failed] != 0, 0.0, np.nan)
    scores[cols.status == _ERROR] = np.nan
    orphans = ~np.isnan(scores) & (members == 0)
    if orphans.any():
        # Scored only by criteria of other sources than its probe's: counts where they are.
        for i, criterion in enumerate(section.criteria):
            hit = orphans & (states[i] == _SCORED)
            members[hit] |= criterion_bit(criterion.metric)
    return Judgement(points, states, scores, members)


def _channel_means(
    weights: Sequence[float],
    company: np.ndarray,
    scores: np.ndarray,
    members: np.ndarray,
    size: int,
) -> np.ndarray:
    """The channel score per company code (NaN: no scored attempt), from the scored rows."""
    present = np.zeros(size, dtype=np.int64)
    single = np.zeros(size)
    weighted = np.zeros(size)
    weight = np.zeros(size)
    with np.errstate(divide="ignore", invalid="ignore"):
        for source_weight, bit in zip(weights, SOURCE_BITS.values(), strict=True):
            rows = (members & bit) != 0
            if not rows.any():
                continue
            totals = np.bincount(company[rows], weights=scores[rows], minlength=size)
            counts = np.bincount(company[rows], minlength=size)
            has = counts > 0
            mean = np.where(has, totals / counts, 0.0)
            present += has
            single += mean
            weighted += source_weight * mean
            weight += np.where(has, source_weight, 0.0)
        mixed = np.where(weight > 0, weighted / weight, single / present)
        return np.where(present == 0, np.nan, np.where(present == 1, single, mixed))


def _measured(
    section: ChannelRubric, judged: Judgement, company: np.ndarray, size: int
) -> np.ndarray:
    """Per company code: the share of the criteria weight judged in some scored attempt."""
    scored = ~np.isnan(judged.scores)
    weight = np.zeros(size)
    for i, criterion in enumerate(section.criteria):
        rows = scored & (judged.states[i] != _NA)
        weight += criterion.weight * (np.bincount(company[rows], minlength=size) > 0)
    full = sum(c.weight for c in section.criteria)
    return weight / full if full > 0 else np.zeros(size)


@dataclass(frozen=True)
class AttemptScores:
    """Attempt scores as columns, for `results.ranking.rank` (intervals and ties).

    Per channel: company codes into `companies`, scores (NaN: not scored), status
    codes; `attempt_ids` per channel, row for row, when the columns had them;
    `sources` per channel, row for row, the sources (`SOURCE_BITS` mask) each
    scored row counts towards, for intervals computed within sources.
    """

    companies: tuple[str, ...]
    channels: Mapping[Channel, tuple[np.ndarray, np.ndarray, np.ndarray]]
    attempt_ids: Mapping[Channel, np.ndarray] = field(default_factory=dict)
    sources: Mapping[Channel, np.ndarray] = field(default_factory=dict)

    def count(self, status: Status) -> int:
        """How many attempts ended in `status` (every channel)."""
        code = STATUS_CODES[status]
        return sum(int((states == code).sum()) for _, _, states in self.channels.values())

    def rows(self) -> Iterator[tuple[str, str, Channel, Status, float | None]]:
        """(attempt_id, company, channel, status, score or None) for attempts with ids."""
        status_of = {code: status for status, code in STATUS_CODES.items()}
        for ch, ids in self.attempt_ids.items():
            codes, scores, states = self.channels[ch]
            for attempt_id, code, score, state in zip(
                ids.tolist(), codes.tolist(), scores.tolist(), states.tolist(), strict=True
            ):
                scored = None if math.isnan(score) else score
                yield attempt_id, self.companies[code], ch, status_of[state], scored


def _censored(metric: str, cols: ChannelColumns, column: np.ndarray) -> np.ndarray:
    """`column` with `NEVER` where a row censors `metric` (`rubrics.summary`), vectorised."""
    if metric not in CENSORED:
        return column
    given = cols.source.astype(np.int64) if cols.source is not None else 0
    mine = (np.where(given == 0, -1, given) & criterion_bit(metric)) != 0
    return np.where(np.isnan(column) & mine & (cols.status != _ERROR), NEVER, column)


def _key_values(metric: str | None, cols: ChannelColumns, size: int) -> list[MetricValue]:
    """The key metric summarised per company code, as `rubrics.summary.summarise` does."""
    if metric is None:
        return [None] * size
    kind = METRICS[metric].kind if metric in METRICS else "text"
    rows = cols.status != _ERROR
    company = cols.company[rows]
    column = cols.metrics[metric]
    if kind in NUMERIC_KINDS or kind == "flag":
        values = _censored(metric, cols, column)[rows]
        frame = pd.DataFrame({"c": company, "v": values}).dropna()
        grouped = frame.groupby("c")["v"]
        if kind == "flag":
            stats = grouped.agg(["sum", "count"])
            summary = (stats["sum"] * 2 >= stats["count"]).astype(object)
        else:
            summary = grouped.median().astype(object)
        out: list[MetricValue] = [None] * size
        for code, value in zip(summary.index.tolist(), summary.tolist(), strict=True):
            out[code] = bool(value) if kind == "flag" else float(value)
        return out
    by_company: list[list[MetricValue]] = [[] for _ in range(size)]
    for code, value in zip(company.tolist(), column[rows].tolist(), strict=True):
        by_company[code].append(value)
    return [summarise(metric, values) for values in by_company]


def score_columns(
    rubric: Rubric, columns: ObservationColumns, period: str
) -> tuple[ScoreReport, AttemptScores]:
    """One scorecard per company (sorted by name) and every attempt's score."""
    size = len(columns.companies)
    channel_scores: dict[int, dict[Channel, ChannelScore]] = {}
    attempts: dict[Channel, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
    sources: dict[Channel, np.ndarray] = {}
    for ch in sorted(columns.channels, key=CHANNEL_ORDER.__getitem__):
        section = rubric.channels.get(ch)
        cols = columns.channels[ch]
        if section is None or not len(cols):
            continue
        judged = judge(section, cols)
        scores, members = judged.scores, judged.members
        attempts[ch] = (cols.company, scores, cols.status)
        sources[ch] = members
        scored = ~np.isnan(scores)
        n = np.bincount(cols.company[scored], minlength=size)
        means = _channel_means(
            source_weights(section), cols.company[scored], scores[scored], members[scored], size
        )
        measured = _measured(section, judged, cols.company, size)
        errors = np.bincount(cols.company[cols.status == _ERROR], minlength=size)
        seen = np.bincount(cols.company, minlength=size)
        keys = _key_values(section.key_metric, cols, size)
        for code in np.flatnonzero(seen).tolist():
            count = int(n[code])
            channel_scores.setdefault(code, {})[ch] = ChannelScore(
                channel=ch,
                score=float(means[code]) if count else None,
                n=count,
                n_errors=int(errors[code]),
                key_value=keys[code],
                key_metric=section.key_metric,
                measured=float(measured[code]) if count else None,
            )
    cards = []
    for code in sorted(channel_scores, key=columns.companies.__getitem__):
        channels = channel_scores[code]
        overall = overall_score(rubric, channels)
        cards.append(
            Scorecard(
                company=columns.companies[code],
                period=period,
                channels=channels,
                overall=overall,
                band=band(overall),
            )
        )
    report = ScoreReport(
        rubric_name=rubric.name, rubric_hash=rubric.content_hash, scorecards=tuple(cards)
    )
    ids = {
        ch: cols.attempt_id
        for ch, cols in columns.channels.items()
        if ch in attempts and cols.attempt_id is not None
    }
    return report, AttemptScores(columns.companies, attempts, ids, sources)


def score_observations(
    rubric: Rubric, observations: Iterable[Observed], period: str
) -> tuple[ScoreReport, AttemptScores]:
    """`score_columns` on observations streamed into columns (what the store hands over)."""
    return score_columns(rubric, ObservationColumns.from_observations(observations, rubric), period)
