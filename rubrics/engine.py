"""The scoring engine: observations in, attempt / channel / overall scores out.

Semantics (see DESIGN.md, "observing and judging are separate"):
- `ok`: each criterion whose metric is present is scored 0..1; missing ones
  are not applicable and the remaining weights renormalise; none applicable
  means no score ("n/a").
- `absent` / `timeout`: the company failed, every criterion scores 0.
- `error`: we failed; never scored, counted in `n_errors`.
- attempt score = weighted mean x 100; channel = mean of attempt scores;
  overall = rubric-weighted mean of the channels present (renormalised).

The rubric is compiled once (scorers turned into plain functions, constant
criterion scores interned), so scoring is a tight loop. Large campaigns take
the columnar fast path (`ObservationColumns`, `score_columns`, at the end of
this module): the same attempt, channel and overall scores computed with numpy,
without per-observation criteria.
"""

from __future__ import annotations

import gc
import math
import statistics
import weakref
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import assert_never

import numpy as np
import pandas as pd

from probes.base import Channel, MetricValue, Observation, Status
from probes.metrics import METRICS
from rubrics.interface import (
    ChannelRubric,
    ChannelScore,
    CriterionScore,
    ObservationScore,
    Rubric,
    Scorecard,
    ScoreReport,
)
from rubrics.scorers import (
    _INVERSE_ERFC_ONE_FIFTH,
    BooleanScorer,
    CompiledScorer,
    EqualsScorer,
    LinearScorer,
    LognormalScorer,
    Scorer,
    ThresholdsScorer,
    compile_scorer,
)

BANDS: tuple[tuple[float, str], ...] = (
    (90.0, "Elite"),
    (80.0, "Excellent"),
    (70.0, "Approved"),
)
"""StellaService's 2011 bands; below the last one a company is "Not recommended"."""
NOT_RECOMMENDED = "Not recommended"
_FAILED = (Status.ABSENT, Status.TIMEOUT)
_INTERN_LIMIT = 4096  # distinct values remembered per criterion (flags, counts, texts)


def band(score: float | None) -> str | None:
    """The StellaService band of a 0..100 score as displayed (one decimal); None for no data."""
    if score is None:
        return None
    shown = round(score, 1)
    for floor, name in BANDS:
        if shown >= floor:
            return name
    return NOT_RECOMMENDED


@dataclass(slots=True)
class _Compiled:
    """One criterion ready to score: its function and interned constant results."""

    id: str
    metric: str
    weight: float
    kind: str
    fn: CompiledScorer
    missing: CriterionScore
    interned: dict[tuple[type, MetricValue], CriterionScore] = field(default_factory=dict)

    def score(self, value: MetricValue) -> CriterionScore:
        if value is None:
            return self.missing
        # Floats are too varied to be worth remembering; lists are unhashable.
        key = None if isinstance(value, float | list) else (type(value), value)
        if key is not None:
            hit = self.interned.get(key)
            if hit is not None:
                return hit
        verdict = self.fn(value)
        if verdict is None:
            points, reason = None, f"not applicable: {value!r} is not a valid {self.kind} value"
        else:
            points, reason = verdict
        result = CriterionScore(
            criterion_id=self.id,
            metric=self.metric,
            value=value,
            score=points,
            weight=self.weight,
            reason=reason,
        )
        if key is not None and len(self.interned) < _INTERN_LIMIT:
            self.interned[key] = result
        return result

    def failed(self, value: MetricValue, status: Status) -> CriterionScore:
        return CriterionScore(
            criterion_id=self.id,
            metric=self.metric,
            value=value,
            score=0.0,
            weight=self.weight,
            reason=f"{status.value}: the company failed, scored 0",
        )


def _compile_channel(section: ChannelRubric) -> tuple[_Compiled, ...]:
    out = []
    for c in section.criteria:
        missing = CriterionScore(
            criterion_id=c.id,
            metric=c.metric,
            value=None,
            score=None,
            weight=c.weight,
            reason="not applicable: metric not observed",
        )
        kind = METRICS[c.metric].kind if c.metric in METRICS else "unknown"
        out.append(_Compiled(c.id, c.metric, c.weight, kind, compile_scorer(c.scorer), missing))
    return tuple(out)


_Plan = dict[Channel, tuple[_Compiled, ...]]
# Compiled plans by rubric identity; an entry goes when its rubric is collected.
# (Kept outside the frozen model so rubrics still compare by content.)
_PLANS: dict[int, tuple[weakref.ref[Rubric], _Plan]] = {}


def _forget(key: int, ref: weakref.ref[Rubric]) -> None:
    entry = _PLANS.get(key)
    if entry is not None and entry[0] is ref:
        del _PLANS[key]


def _plan(rubric: Rubric) -> _Plan:
    key = id(rubric)
    entry = _PLANS.get(key)
    if entry is not None and entry[0]() is rubric:
        return entry[1]
    plan = {ch: _compile_channel(section) for ch, section in rubric.channels.items()}
    _PLANS[key] = (weakref.ref(rubric, lambda ref: _forget(key, ref)), plan)
    return plan


def _observation_score(
    obs: Observation, compiled: tuple[_Compiled, ...] | None
) -> ObservationScore:
    status = obs.status
    criteria: tuple[CriterionScore, ...] = ()
    score: float | None = None
    if compiled is not None and status != Status.ERROR:
        metrics = obs.metrics
        if status in _FAILED:
            criteria = tuple(c.failed(metrics.get(c.metric), status) for c in compiled)
            score = 0.0
        else:
            criteria = tuple(c.score(metrics.get(c.metric)) for c in compiled)
            total = weighted = 0.0
            for cs in criteria:
                if cs.score is not None:
                    total += cs.weight
                    weighted += cs.weight * cs.score
            score = weighted / total * 100.0 if total > 0 else None
    return ObservationScore(
        attempt_id=obs.attempt_id,
        company=obs.company,
        channel=obs.channel,
        probe_id=obs.probe_id,
        status=status,
        score=score,
        criteria=criteria,
    )


def score_observation(rubric: Rubric, obs: Observation) -> ObservationScore:
    """Score one observation (score None: our error, channel not in rubric, or n/a)."""
    return _observation_score(obs, _plan(rubric).get(obs.channel))


@dataclass(slots=True)
class _Tally:
    total: float = 0.0
    n: int = 0
    n_errors: int = 0
    keys: list[MetricValue] = field(default_factory=list)


def summarise_key(metric: str | None, values: list[MetricValue]) -> MetricValue:
    """A channel's key metric over attempts: median, majority flag, commonest text, union."""
    present = [v for v in values if v is not None]
    if metric is None or not present:
        return None
    kind = METRICS[metric].kind if metric in METRICS else "text"
    if kind == "flag":
        flags = [v for v in present if isinstance(v, bool)]
        return sum(flags) * 2 >= len(flags) if flags else None
    if kind in ("seconds", "days", "count"):
        numbers = [
            v
            for v in present
            if isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)
        ]
        return statistics.median(numbers) if numbers else None
    if kind == "e164-list":
        return sorted({n for v in present if isinstance(v, list) for n in v})
    return Counter(str(v) for v in present).most_common(1)[0][0]


def _overall(rubric: Rubric, channels: dict[Channel, ChannelScore]) -> float | None:
    total = weighted = 0.0
    for ch, cs in channels.items():
        if cs.score is not None:
            weight = rubric.channels[ch].weight
            total += weight
            weighted += weight * cs.score
    return weighted / total if total > 0 else None


@contextmanager
def _gc_paused() -> Iterator[None]:
    # Scoring allocates millions of small acyclic objects; the cyclic collector
    # would rescan the growing heap again and again (about half the run time).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class CampaignScorer:
    """Incremental scoring: `add` observations (e.g. streamed from the store), then `report`.

    Memory stays small when the caller does not keep the `ObservationScore`s
    itself (`score_campaign(..., keep_observations=False)` or its own loop).
    """

    def __init__(self, rubric: Rubric) -> None:
        self.rubric = rubric
        self._plan = _plan(rubric)
        self._key_metrics = {ch: section.key_metric for ch, section in rubric.channels.items()}
        self._tallies: dict[str, dict[Channel, _Tally]] = {}

    def add(self, obs: Observation) -> ObservationScore:
        """Score `obs` and count it towards its company's channel score."""
        compiled = self._plan.get(obs.channel)
        result = _observation_score(obs, compiled)
        if compiled is None:
            return result
        per_company = self._tallies.get(obs.company)
        if per_company is None:
            per_company = self._tallies[obs.company] = {}
        tally = per_company.get(obs.channel)
        if tally is None:
            tally = per_company[obs.channel] = _Tally()
        if obs.status == Status.ERROR:
            tally.n_errors += 1
            return result
        key = self._key_metrics[obs.channel]
        if key is not None:
            tally.keys.append(obs.metrics.get(key))
        if result.score is not None:
            tally.total += result.score
            tally.n += 1
        return result

    def scorecards(self, period: str) -> tuple[Scorecard, ...]:
        """One scorecard per company seen so far, sorted by company name."""
        cards = []
        for company in sorted(self._tallies):
            tallies = sorted(self._tallies[company].items(), key=lambda item: _ORDER[item[0]])
            channels = {
                ch: ChannelScore(
                    channel=ch,
                    score=t.total / t.n if t.n else None,
                    n=t.n,
                    n_errors=t.n_errors,
                    key_value=summarise_key(self._key_metrics[ch], t.keys),
                    key_metric=self._key_metrics[ch],
                )
                for ch, t in tallies
            }
            overall = _overall(self.rubric, channels)
            cards.append(
                Scorecard(
                    company=company,
                    period=period,
                    channels=channels,
                    overall=overall,
                    band=band(overall),
                )
            )
        return tuple(cards)


def score_campaign(
    rubric: Rubric,
    observations: Iterable[Observation],
    period: str,
    *,
    keep_observations: bool = True,
) -> ScoreReport:
    """Score every observation and build one scorecard per company (sorted by name).

    With `keep_observations=False` the report's `observations` is empty, for
    callers that only need scorecards of very large campaigns.
    """
    scorer = CampaignScorer(rubric)
    with _gc_paused():
        if keep_observations:
            scored = tuple(scorer.add(obs) for obs in observations)
        else:
            for obs in observations:
                scorer.add(obs)
            scored = ()
        cards = scorer.scorecards(period)
    return ScoreReport(
        rubric_name=rubric.name,
        rubric_hash=rubric.content_hash,
        observations=scored,
        scorecards=cards,
    )


_ORDER = {ch: i for i, ch in enumerate(Channel)}


# The columnar fast path --------------------------------------------------------

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
    """

    company: np.ndarray
    status: np.ndarray
    metrics: Mapping[str, np.ndarray]
    attempt_id: np.ndarray | None = None

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
        rows: dict[Channel, tuple[list[int], list[int], list[str], list[list[MetricValue]]]] = {
            ch: ([], [], [], [[] for _ in names]) for ch, names in needed.items()
        }
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
            for name, column in zip(needed[obs.channel], entry[3], strict=True):
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
            )
            for ch, (company, status, attempt_ids, values_by_metric) in rows.items()
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
    total = np.zeros(len(cols))
    weighted = np.zeros(len(cols))
    for criterion in section.criteria:
        points = criterion_points(criterion.scorer, cols.metrics[criterion.metric])
        applies = ~np.isnan(points)
        total += np.where(applies, criterion.weight, 0.0)
        weighted += np.where(applies, criterion.weight * points, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        scores = np.where(total > 0, weighted / total * 100.0, np.nan)
    scores[(cols.status != _OK) & (cols.status != _ERROR)] = 0.0
    scores[cols.status == _ERROR] = np.nan
    return scores


@dataclass(frozen=True)
class AttemptScores:
    """Attempt scores as columns, for `results.ranking.rank` (bootstrap intervals).

    Per channel: company codes into `companies`, scores (NaN: not scored), status
    codes; `attempt_ids` per channel, row for row, when the columns had them
    (to store the scores without per-criterion detail).
    """

    companies: tuple[str, ...]
    channels: Mapping[Channel, tuple[np.ndarray, np.ndarray, np.ndarray]]
    attempt_ids: Mapping[Channel, np.ndarray] = field(default_factory=dict)

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
    for ch in sorted(columns.channels, key=_ORDER.__getitem__):
        section = rubric.channels.get(ch)
        cols = columns.channels[ch]
        if section is None or not len(cols):
            continue
        scores = attempt_points(section, cols)
        attempts[ch] = (cols.company, scores, cols.status)
        scored = ~np.isnan(scores)
        n = np.bincount(cols.company[scored], minlength=size)
        totals = np.bincount(cols.company[scored], weights=scores[scored], minlength=size)
        errors = np.bincount(cols.company[cols.status == _ERROR], minlength=size)
        seen = np.bincount(cols.company, minlength=size)
        keys = _key_values(section.key_metric, cols, cols.status != _ERROR, size)
        for code in np.flatnonzero(seen).tolist():
            count = int(n[code])
            channel_scores.setdefault(code, {})[ch] = ChannelScore(
                channel=ch,
                score=float(totals[code]) / count if count else None,
                n=count,
                n_errors=int(errors[code]),
                key_value=keys[code],
                key_metric=section.key_metric,
            )
    cards = []
    for code in sorted(channel_scores, key=columns.companies.__getitem__):
        channels = channel_scores[code]
        overall = _overall(rubric, channels)
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
    return report, AttemptScores(columns.companies, attempts, ids)


def score_campaign_fast(
    rubric: Rubric, observations: Iterable[Observation], period: str
) -> tuple[ScoreReport, AttemptScores]:
    """`score_campaign` for large campaigns: streams observations into columns, scores them."""
    return score_columns(rubric, ObservationColumns.from_observations(observations, rubric), period)
