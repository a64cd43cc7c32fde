"""Per-criterion explanations for a selection of observations (`audit show`).

The scores come from the engine's own judgement (`rubrics.engine.judge`),
the same code that ranks; this module only puts them into words.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from probes.base import Channel, MetricValue, Observation, Status
from probes.metrics import METRICS
from rubrics.columns import ObservationColumns
from rubrics.engine import STATES, judge
from rubrics.interface import Criterion, CriterionScore, CriterionState, ObservationScore, Rubric
from rubrics.sources import criterion_bit, source_mask, sources_named


def _shown(value: MetricValue) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _reason(
    criterion: Criterion, obs: Observation, state: CriterionState, points: float | None
) -> str:
    value = obs.metrics.get(criterion.metric)
    if state == "scored":
        return f"{criterion.scorer.type}: {_shown(value)} -> {points:.2f}"
    if state == "failed":
        return f"{obs.status.value}: the company failed, scored 0"
    if state == "unknown":
        return "unknown: not found or not stated, scored 0 (when_unknown: fail)"
    if obs.status == Status.ERROR:
        return "not scored: our own error"
    if obs.status != Status.OK:
        observed = source_mask(obs.probe_id, obs.metrics)
        return (
            f"not applicable: {obs.status.value} from {sources_named(observed)}, "
            f"which does not measure {sources_named(criterion_bit(criterion.metric))} metrics"
        )
    if value is None:
        return "not applicable: metric not observed"
    kind = METRICS[criterion.metric].kind if criterion.metric in METRICS else "unknown"
    return f"not applicable: {_shown(value)} is not a valid {kind} value"


def explain(rubric: Rubric, observations: Iterable[Observation]) -> tuple[ObservationScore, ...]:
    """Each observation's score and criteria, in the order given.

    Observations of a channel the rubric does not score get no score and no
    criteria.
    """
    given = list(observations)
    columns = ObservationColumns.from_observations(given, rubric)
    by_channel: dict[Channel, list[int]] = {}
    for i, obs in enumerate(given):
        if obs.channel in rubric.channels:
            by_channel.setdefault(obs.channel, []).append(i)
    out: dict[int, ObservationScore] = {}
    for ch, positions in by_channel.items():
        section = rubric.channels[ch]
        judged = judge(section, columns.channels[ch])
        for row, i in enumerate(positions):
            obs = given[i]
            criteria = []
            for k, criterion in enumerate(section.criteria):
                state = STATES[int(judged.states[k, row])]
                points = float(judged.points[k, row]) if state != "not_applicable" else None
                criteria.append(
                    CriterionScore(
                        criterion_id=criterion.id,
                        metric=criterion.metric,
                        value=obs.metrics.get(criterion.metric),
                        score=points,
                        weight=criterion.weight,
                        state=state,
                        reason=_reason(criterion, obs, state, points),
                    )
                )
            score = float(judged.scores[row])
            out[i] = _observation_score(obs, None if score != score else score, tuple(criteria))
    return tuple(out.get(i) or _observation_score(obs, None, ()) for i, obs in enumerate(given))


def _observation_score(
    obs: Observation, score: float | None, criteria: tuple[CriterionScore, ...]
) -> ObservationScore:
    return ObservationScore(
        attempt_id=obs.attempt_id,
        company=obs.company,
        channel=obs.channel,
        probe_id=obs.probe_id,
        status=obs.status,
        score=score,
        criteria=criteria,
    )
