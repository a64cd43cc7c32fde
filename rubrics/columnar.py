"""The columnar fast path: a campaign's attempt, channel and overall scores with numpy.

Same semantics as `rubrics.engine` (read its module doc), same scorecards,
without per-observation criteria: for campaigns of a million observations.
Its public names are importable from `rubrics.engine` too.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import assert_never

import numpy as np
import pandas as pd

from probes.base import Channel, MetricValue, Observation, Status
from probes.metrics import METRICS
from rubrics.engine import (
    CHANNEL_ORDER,
    SOURCE_BITS,
    band,
    criterion_bit,
    overall_score,
    source_mask,
    source_weights,
    summarise_key,
)
from rubrics.interface import ChannelRubric, ChannelScore, Rubric, Scorecard, ScoreReport
from rubrics.scorers import (
    _INVERSE_ERFC_ONE_FIFTH,
    BooleanScorer,
    EqualsScorer,
    LinearScorer,
    LognormalScorer,
    Scorer,
    ThresholdsScorer,
)

STATUS_CODES: dict[Status, int] = {
    Status.OK: 0,
    Status.ABSENT: 1,
    Status.TIMEOUT: 2,
    Status.ERROR: 3,
}
"""Status -> code in `ChannelColumns.status`."""
_OK, _ERROR = STATUS_CODES[Status.OK], STATUS_CODES[Status.ERROR]
_NUMERIC = ("seconds", "days", "count")


@dataclass(frozen=True)
class ChannelColumns:
    """One channel's observations as columns, the fast path's input.

    `company` holds codes into `ObservationColumns.companies`, `status` codes
    from `STATUS_CODES`. Numeric and flag metrics are float64 arrays (flags
    1.0 / 0.0; NaN = not observed or not a valid value); text and list metrics
    are object arrays (None = not observed). `attempt_id` is optional.
    `source` is optional: each row's sources as a mask of `SOURCE_BITS` (what
    `source_mask` gives for its probe id and metrics); 0, or no column at all,
    means unknown: every source of the channel.
    """

    company: np.ndarray
    status: np.ndarray
    metrics: Mapping[str, np.ndarray]
    attempt_id: np.ndarray | None = None
    source: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.company)


@dataclass(frozen=True)
class ObservationColumns:
    """A campaign's observations as columns, one `ChannelColumns` per channel."""

    companies: tuple[str, ...]
    channels: Mapping[Channel, ChannelColumns]

    @classmethod
    def from_observations(
        cls, observations: Iterable[Observation], rubric: Rubric
    ) -> ObservationColumns:
        """Columns of the metrics `rubric` reads (criteria and key metrics), streaming.

        Observations of channels the rubric does not score are skipped.
        """
        needed = {ch: rubric_metrics(section) for ch, section in rubric.channels.items()}
        codes: dict[str, int] = {}
        rows: dict[
            Channel, tuple[list[int], list[int], list[str], list[int], list[list[MetricValue]]]
        ] = {ch: ([], [], [], [], [[] for _ in names]) for ch, names in needed.items()}
        status_code = STATUS_CODES
        for obs in observations:
            entry = rows.get(obs.channel)
            if entry is None:
                continue
            code = codes.get(obs.company)
            if code is None:
                code = codes[obs.company] = len(codes)
            entry[0].append(code)
            entry[1].append(status_code[obs.status])
            entry[2].append(obs.attempt_id)
            metrics = obs.metrics
            entry[3].append(source_mask(obs.probe_id, metrics))
            for name, column in zip(needed[obs.channel], entry[4], strict=True):
                column.append(metrics.get(name))
        channels = {
            ch: ChannelColumns(
                company=np.asarray(company, dtype=np.int64),
                status=np.asarray(status, dtype=np.int8),
                metrics={
                    name: metric_array(name, values)
                    for name, values in zip(needed[ch], values_by_metric, strict=True)
                },
                attempt_id=np.asarray(attempt_ids, dtype=object),
                source=np.asarray(sources, dtype=np.int8),
            )
            for ch, (company, status, attempt_ids, sources, values_by_metric) in rows.items()
            if company
        }
        return cls(tuple(codes), channels)


def rubric_metrics(section: ChannelRubric) -> tuple[str, ...]:
    """The metrics a channel section reads: its criteria's and its key metric, once each."""
    names = [c.metric for c in section.criteria]
    if section.key_metric is not None:
        names.append(section.key_metric)
    return tuple(dict.fromkeys(names))


def metric_array(name: str, values: list[MetricValue]) -> np.ndarray:
    """One metric's values as the fast path stores them (see `ChannelColumns`)."""
    kind = METRICS[name].kind if name in METRICS else "text"
    if kind in _NUMERIC:
        nan = math.nan
        numbers = np.array(
            [v if type(v) is float or type(v) is int else nan for v in values], dtype=float
        )
        numbers[~np.isfinite(numbers)] = np.nan
        return numbers
    if kind == "flag":
        table: dict[object, float] = {True: 1.0, False: 0.0}
        return np.array(
            [table.get(v, math.nan) if type(v) is bool else math.nan for v in values],
            dtype=float,
        )
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _lognormal_points(x: np.ndarray, p10: float, median: float) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.log(x / median) * _INVERSE_ERFC_ONE_FIFTH / -math.log(p10 / median)
    erfc = np.vectorize(math.erfc, otypes=[float])
    raw = np.where(np.isfinite(z), erfc(np.nan_to_num(z)) / 2, np.nan)
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


def attempt_points(section: ChannelRubric, cols: ChannelColumns) -> np.ndarray:
    """Attempt scores 0..100 for every row; NaN for our errors and for no applicable criterion.

    Sums run criterion by criterion in rubric order, so results equal the
    per-observation engine's to the last bit.
    """
    return _row_scores(section, cols)[0]


def _row_scores(section: ChannelRubric, cols: ChannelColumns) -> tuple[np.ndarray, np.ndarray]:
    """Attempt scores, and the sources each row counts towards in the channel mix (masks)."""
    total = np.zeros(len(cols))
    weighted = np.zeros(len(cols))
    channel_mask = 0
    for criterion in section.criteria:
        points = criterion_points(criterion.scorer, cols.metrics[criterion.metric])
        applies = ~np.isnan(points)
        total += np.where(applies, criterion.weight, 0.0)
        weighted += np.where(applies, criterion.weight * points, 0.0)
        channel_mask |= criterion_bit(criterion.metric)
    with np.errstate(divide="ignore", invalid="ignore"):
        scores = np.where(total > 0, weighted / total * 100.0, np.nan)
    if cols.source is None:
        members = np.full(len(cols), channel_mask, dtype=np.int64)
    else:
        observed = cols.source.astype(np.int64)
        members = np.where(observed == 0, channel_mask, observed) & channel_mask
    failed = (cols.status != _OK) & (cols.status != _ERROR)
    # A failure scores 0 on the criteria of its own sources; with none here, no score.
    scores[failed] = np.where(members[failed] != 0, 0.0, np.nan)
    scores[cols.status == _ERROR] = np.nan
    orphans = np.flatnonzero(~np.isnan(scores) & (members == 0))
    if orphans.size:
        # Scored only by criteria of other sources than its probe's: counts where they are.
        measured = np.zeros(orphans.size, dtype=np.int64)
        for criterion in section.criteria:
            points = criterion_points(criterion.scorer, cols.metrics[criterion.metric][orphans])
            measured |= np.where(np.isnan(points), 0, criterion_bit(criterion.metric))
        members[orphans] = measured
    return scores, members


def _channel_means(
    weights: Sequence[float],
    company: np.ndarray,
    scores: np.ndarray,
    members: np.ndarray,
    size: int,
) -> np.ndarray:
    """`rubrics.engine.mixed_mean` per company code (NaN: no scored attempt), vectorised.

    `company`, `scores` and `members` hold the scored rows only. Sources are
    summed in the same order as `mixed_mean`, so the results are equal.
    """
    totals = np.bincount(company, weights=scores, minlength=size)
    counts = np.bincount(company, minlength=size)
    uniform = members.size == 0 or members.min() == members.max()
    present = np.zeros(size, dtype=np.int64)
    single = np.zeros(size)
    weighted = np.zeros(size)
    weight = np.zeros(size)
    used = int(np.bitwise_or.reduce(members)) if members.size else 0
    with np.errstate(divide="ignore", invalid="ignore"):
        for source_weight, bit in zip(weights, SOURCE_BITS.values(), strict=True):
            if not used & bit:
                continue
            if uniform:  # every row counts towards this source: the channel's sums
                source_totals, source_counts = totals, counts
            else:
                rows = (members & bit) != 0
                source_totals = np.bincount(company[rows], weights=scores[rows], minlength=size)
                source_counts = np.bincount(company[rows], minlength=size)
            has = source_counts > 0
            mean = np.where(has, source_totals / source_counts, 0.0)
            present += has
            single += mean
            weighted += source_weight * mean
            weight += np.where(has, source_weight, 0.0)
        mixed = np.where(weight > 0, weighted / weight, single / present)
        return np.where(present == 0, np.nan, np.where(present == 1, single, mixed))


@dataclass(frozen=True)
class AttemptScores:
    """Attempt scores as columns, for `results.ranking.rank` (bootstrap intervals).

    These are per attempt: a bootstrap over them resamples attempts, whatever
    probe (source) made them, while the channel score mixes sources by rubric
    weight (`rubrics.engine.mixed_mean`).

    Per channel: company codes into `companies`, scores (NaN: not scored), status
    codes; `attempt_ids` per channel, row for row, when the columns had them
    (to store the scores without per-criterion detail); `sources` per channel,
    row for row, the sources (`SOURCE_BITS` mask) each scored row counts
    towards, for a bootstrap that resamples within sources.
    """

    companies: tuple[str, ...]
    channels: Mapping[Channel, tuple[np.ndarray, np.ndarray, np.ndarray]]
    attempt_ids: Mapping[Channel, np.ndarray] = field(default_factory=dict)
    sources: Mapping[Channel, np.ndarray] = field(default_factory=dict)

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


def _key_values(
    metric: str | None, cols: ChannelColumns, scored_rows: np.ndarray, size: int
) -> list[MetricValue]:
    """The key metric summarised per company code, like `summarise_key`."""
    if metric is None:
        return [None] * size
    kind = METRICS[metric].kind if metric in METRICS else "text"
    company = cols.company[scored_rows]
    column = cols.metrics[metric][scored_rows]
    if kind in _NUMERIC or kind == "flag":
        frame = pd.DataFrame({"c": company, "v": column}).dropna()
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
    for code, value in zip(company.tolist(), column.tolist(), strict=True):
        by_company[code].append(value)
    return [summarise_key(metric, values) for values in by_company]


def score_columns(
    rubric: Rubric, columns: ObservationColumns, period: str
) -> tuple[ScoreReport, AttemptScores]:
    """The fast path: scorecards (as `score_campaign`) and attempt scores, without criteria.

    The report's `observations` is empty; pass the `AttemptScores` to `rank`.
    """
    size = len(columns.companies)
    channel_scores: dict[int, dict[Channel, ChannelScore]] = {}
    attempts: dict[Channel, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
    sources: dict[Channel, np.ndarray] = {}
    for ch in sorted(columns.channels, key=CHANNEL_ORDER.__getitem__):
        section = rubric.channels.get(ch)
        cols = columns.channels[ch]
        if section is None or not len(cols):
            continue
        scores, members = _row_scores(section, cols)
        attempts[ch] = (cols.company, scores, cols.status)
        sources[ch] = members
        scored = ~np.isnan(scores)
        n = np.bincount(cols.company[scored], minlength=size)
        means = _channel_means(
            source_weights(section), cols.company[scored], scores[scored], members[scored], size
        )
        errors = np.bincount(cols.company[cols.status == _ERROR], minlength=size)
        seen = np.bincount(cols.company, minlength=size)
        keys = _key_values(section.key_metric, cols, cols.status != _ERROR, size)
        for code in np.flatnonzero(seen).tolist():
            count = int(n[code])
            channel_scores.setdefault(code, {})[ch] = ChannelScore(
                channel=ch,
                score=float(means[code]) if count else None,
                n=count,
                n_errors=int(errors[code]),
                key_value=keys[code],
                key_metric=section.key_metric,
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
        rubric_name=rubric.name,
        rubric_hash=rubric.content_hash,
        observations=(),
        scorecards=tuple(cards),
    )
    ids = {
        ch: cols.attempt_id
        for ch, cols in columns.channels.items()
        if ch in attempts and cols.attempt_id is not None
    }
    return report, AttemptScores(columns.companies, attempts, ids, sources)


def score_campaign_fast(
    rubric: Rubric, observations: Iterable[Observation], period: str
) -> tuple[ScoreReport, AttemptScores]:
    """`score_campaign` for large campaigns: streams observations into columns, scores them."""
    return score_columns(rubric, ObservationColumns.from_observations(observations, rubric), period)
