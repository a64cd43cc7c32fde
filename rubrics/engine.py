"""The scoring engine: observations in, attempt / channel / overall scores out.

Semantics (see DESIGN.md, "observing and judging are separate"):
- every metric has a *source*, the kind of probe that measures it
  (`probes.metrics`: website, call, email, chat, returns-log); an observation's
  source is its probe's (`PROBE_SOURCES`), or for an unknown probe id the
  sources of the metrics it carries (none: every source of the channel).
- `ok`: each criterion whose metric is present is scored 0..1; missing ones
  are not applicable and the remaining weights renormalise; none applicable
  means no score ("n/a").
- `absent` / `timeout`: the company failed; the criteria of the observation's
  source score 0, the others are not applicable (a website that shows no
  number says nothing about calls). No criterion of its source: no score.
- `error`: we failed; never scored, counted in `n_errors`.
- attempt score = weighted mean x 100.
- channel score = sum over sources s of W_s x mean_s / sum of W_s, over the
  sources with a scored attempt: mean_s is the mean attempt score of source s,
  W_s the rubric weight of the channel's criteria measured by s. So one website
  visit and three calls weigh as the rubric says, not 1 : 3. With one source it
  is the plain mean of the attempt scores.
- overall = rubric-weighted mean of the channels present (renormalised).

The rubric is compiled once (scorers turned into plain functions, constant
criterion scores interned), so scoring is a tight loop. Large campaigns take
the columnar fast path (`rubrics.columnar`, re-exported here): the same
attempt, channel and overall scores computed with numpy, without
per-observation criteria.
"""

from __future__ import annotations

import gc
import math
import statistics
import weakref
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from probes.base import Channel, MetricValue, Observation, Status
from probes.metrics import METRICS, PROBE_SOURCES, SOURCES
from rubrics.interface import (
    ChannelRubric,
    ChannelScore,
    CriterionScore,
    ObservationScore,
    Rubric,
    Scorecard,
    ScoreReport,
)
from rubrics.scorers import CompiledScorer, compile_scorer

if TYPE_CHECKING:
    from rubrics.columnar import (
        STATUS_CODES,
        AttemptScores,
        ChannelColumns,
        ObservationColumns,
        attempt_points,
        criterion_points,
        metric_array,
        rubric_metrics,
        score_campaign_fast,
        score_columns,
    )

__all__ = [
    "BANDS",
    "CHANNEL_ORDER",
    "NOT_RECOMMENDED",
    "SOURCE_BITS",
    "STATUS_CODES",
    "AttemptScores",
    "CampaignScorer",
    "ChannelColumns",
    "ChannelPlan",
    "ObservationColumns",
    "attempt_points",
    "band",
    "criterion_bit",
    "criterion_points",
    "metric_array",
    "mixed_mean",
    "overall_score",
    "rubric_metrics",
    "score_campaign",
    "score_campaign_fast",
    "score_columns",
    "score_observation",
    "source_mask",
    "source_weights",
    "summarise_key",
]

BANDS: tuple[tuple[float, str], ...] = (
    (90.0, "Elite"),
    (80.0, "Excellent"),
    (70.0, "Approved"),
)
"""StellaService's 2011 bands; below the last one a company is "Not recommended"."""
NOT_RECOMMENDED = "Not recommended"
_FAILED = (Status.ABSENT, Status.TIMEOUT)
_INTERN_LIMIT = 4096  # distinct values remembered per criterion (flags, counts, texts)

SOURCE_BITS: dict[str, int] = {source: 1 << i for i, source in enumerate(SOURCES)}
"""Source -> its bit in a source mask (an int; several bits: several sources)."""
_PROBE_BITS = {probe: SOURCE_BITS[source] for probe, source in PROBE_SOURCES.items()}
_METRIC_BITS = {name: SOURCE_BITS[m.source] for name, m in METRICS.items()}
_ALL_SOURCES = sum(SOURCE_BITS.values())


def band(score: float | None) -> str | None:
    """The StellaService band of a 0..100 score as displayed (one decimal); None for no data."""
    if score is None:
        return None
    shown = round(score, 1)
    for floor, name in BANDS:
        if shown >= floor:
            return name
    return NOT_RECOMMENDED


def source_mask(probe_id: str, metrics: Mapping[str, MetricValue]) -> int:
    """The sources of an observation as a mask of `SOURCE_BITS`; 0 when nothing tells.

    A known probe id decides; otherwise the sources of the documented metrics
    it carries (values other than None).
    """
    known = _PROBE_BITS.get(probe_id)
    if known is not None:
        return known
    mask = 0
    for name, value in metrics.items():
        if value is not None:
            mask |= _METRIC_BITS.get(name, 0)
    return mask


def _sources_named(mask: int) -> str:
    return "/".join(source for source, bit in SOURCE_BITS.items() if mask & bit)


@dataclass(slots=True)
class _Compiled:
    """One criterion ready to score: its function, source bit and interned constant results."""

    id: str
    metric: str
    weight: float
    kind: str
    bit: int
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

    def not_measured(self, value: MetricValue, status: Status, observed: int) -> CriterionScore:
        return CriterionScore(
            criterion_id=self.id,
            metric=self.metric,
            value=value,
            score=None,
            weight=self.weight,
            reason=(
                f"not applicable: {status.value} from {_sources_named(observed)}, "
                f"which does not measure {_sources_named(self.bit)} metrics"
            ),
        )


@dataclass(frozen=True, slots=True)
class ChannelPlan:
    """A channel section compiled: criteria, and the rubric weight of each source.

    `weights[i]` is W for `SOURCES[i]` (0.0 when no criterion reads it); `mask`
    has the bits of every source a criterion reads.
    """

    criteria: tuple[_Compiled, ...]
    weights: tuple[float, ...]
    mask: int


def criterion_bit(metric: str) -> int:
    """The source bit of `metric`; every source for a metric outside the contract."""
    return _METRIC_BITS.get(metric, _ALL_SOURCES)


def _compile_channel(section: ChannelRubric) -> ChannelPlan:
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
        bit = criterion_bit(c.metric)
        out.append(
            _Compiled(c.id, c.metric, c.weight, kind, bit, compile_scorer(c.scorer), missing)
        )
    mask = 0
    for compiled in out:
        mask |= compiled.bit
    return ChannelPlan(criteria=tuple(out), weights=source_weights(section), mask=mask)


def source_weights(section: ChannelRubric) -> tuple[float, ...]:
    """W per source (in `SOURCES` order): the summed weights of the criteria it measures."""
    weights = [0.0] * len(SOURCES)
    for c in section.criteria:
        bit = criterion_bit(c.metric)
        for i, source_bit in enumerate(SOURCE_BITS.values()):
            if bit & source_bit:
                weights[i] += c.weight
    return tuple(weights)


def mixed_mean(
    weights: Sequence[float], totals: Sequence[float], counts: Sequence[int]
) -> float | None:
    """A channel score from per-source sums and counts of attempt scores (see module doc).

    One source present: its mean, exactly. Several: their means weighted by
    `weights`; should every present source weigh 0, their plain mean.
    (`rubrics.columnar` computes the same, in the same order, with numpy.)
    """
    present = [i for i, n in enumerate(counts) if n]
    if not present:
        return None
    if len(present) == 1:
        return totals[present[0]] / counts[present[0]]
    weighted = weight = unweighted = 0.0
    for i in present:
        mean = totals[i] / counts[i]
        weighted += weights[i] * mean
        weight += weights[i]
        unweighted += mean
    return weighted / weight if weight > 0 else unweighted / len(present)


_Plan = dict[Channel, ChannelPlan]
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


def _observation_score(obs: Observation, plan: ChannelPlan | None) -> tuple[ObservationScore, int]:
    """The attempt's score and the sources it counts towards in the channel mix (a mask)."""
    status = obs.status
    criteria: tuple[CriterionScore, ...] = ()
    score: float | None = None
    members = 0
    if plan is not None and status != Status.ERROR:
        metrics = obs.metrics
        observed = source_mask(obs.probe_id, metrics) or plan.mask
        members = observed & plan.mask
        if status in _FAILED:
            criteria = tuple(
                c.failed(metrics.get(c.metric), status)
                if c.bit & observed
                else c.not_measured(metrics.get(c.metric), status, observed)
                for c in plan.criteria
            )
            score = 0.0 if members else None
        else:
            criteria = tuple(c.score(metrics.get(c.metric)) for c in plan.criteria)
            total = weighted = 0.0
            for cs in criteria:
                if cs.score is not None:
                    total += cs.weight
                    weighted += cs.weight * cs.score
            score = weighted / total * 100.0 if total > 0 else None
            if not members and score is not None:
                # Scored only by criteria of other sources than its probe's: counts where they are.
                for c, cs in zip(plan.criteria, criteria, strict=True):
                    if cs.score is not None:
                        members |= c.bit
    result = ObservationScore(
        attempt_id=obs.attempt_id,
        company=obs.company,
        channel=obs.channel,
        probe_id=obs.probe_id,
        status=status,
        score=score,
        criteria=criteria,
    )
    return result, members


def score_observation(rubric: Rubric, obs: Observation) -> ObservationScore:
    """Score one observation (score None: our error, channel not in rubric, or n/a)."""
    return _observation_score(obs, _plan(rubric).get(obs.channel))[0]


@dataclass(slots=True)
class _Tally:
    totals: list[float] = field(default_factory=lambda: [0.0] * len(SOURCES))
    counts: list[int] = field(default_factory=lambda: [0] * len(SOURCES))
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


def overall_score(rubric: Rubric, channels: Mapping[Channel, ChannelScore]) -> float | None:
    """The rubric-weighted mean of the channel scores present (renormalised)."""
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


CHANNEL_ORDER = {ch: i for i, ch in enumerate(Channel)}
"""Channel -> its position in `Channel`, the order of a scorecard's channels."""
# Source mask -> the positions (in SOURCES) of its sources.
_POSITIONS = tuple(
    tuple(i for i, bit in enumerate(SOURCE_BITS.values()) if mask & bit)
    for mask in range(_ALL_SOURCES + 1)
)


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
        plan = self._plan.get(obs.channel)
        result, members = _observation_score(obs, plan)
        if plan is None:
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
        score = result.score
        if score is not None:
            tally.n += 1
            totals, counts = tally.totals, tally.counts
            for i in _POSITIONS[members]:
                totals[i] += score
                counts[i] += 1
        return result

    def scorecards(self, period: str) -> tuple[Scorecard, ...]:
        """One scorecard per company seen so far, sorted by company name."""
        cards = []
        for company in sorted(self._tallies):
            tallies = sorted(
                self._tallies[company].items(), key=lambda item: CHANNEL_ORDER[item[0]]
            )
            channels = {
                ch: ChannelScore(
                    channel=ch,
                    score=mixed_mean(self._plan[ch].weights, t.totals, t.counts),
                    n=t.n,
                    n_errors=t.n_errors,
                    key_value=summarise_key(self._key_metrics[ch], t.keys),
                    key_metric=self._key_metrics[ch],
                )
                for ch, t in tallies
            }
            overall = overall_score(self.rubric, channels)
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


_COLUMNAR_NAMES = frozenset(
    {
        "STATUS_CODES",
        "AttemptScores",
        "ChannelColumns",
        "ObservationColumns",
        "attempt_points",
        "criterion_points",
        "metric_array",
        "rubric_metrics",
        "score_campaign_fast",
        "score_columns",
    }
)


def __getattr__(name: str) -> Any:
    # The fast path lives in rubrics.columnar, which builds on this module; its
    # public names stay importable from here, resolved on first use (PEP 562)
    # so that either module can be imported first.
    if name in _COLUMNAR_NAMES:
        from rubrics import columnar

        return getattr(columnar, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
