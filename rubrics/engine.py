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
criterion scores interned), so scoring is a tight loop.
"""

from __future__ import annotations

import gc
import statistics
import weakref
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

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
from rubrics.scorers import CompiledScorer, compile_scorer

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
        numbers = [v for v in present if isinstance(v, int | float) and not isinstance(v, bool)]
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
