"""Builders for observations and small rubrics used by the rubrics and results tests."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import count

from probes.base import Channel, MetricValue, Observation, Status
from rubrics.engine import score_observations
from rubrics.explain import explain
from rubrics.interface import ObservationScore, Rubric, ScoreReport
from rubrics.loader import parse_rubric

_ids = count(1)
_WHEN = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def obs(
    company: str,
    channel: Channel,
    status: Status = Status.OK,
    *,
    probe_id: str = "test",
    **metrics: MetricValue,
) -> Observation:
    """An observation; metric keywords use `__` for the dot (`email__auto_ack=True`).

    The default probe id is not a known probe's: the engine takes the
    observation's sources from its metrics.
    """
    return Observation(
        attempt_id=f"att-{next(_ids)}",
        company=company,
        channel=channel,
        probe_id=probe_id,
        status=status,
        started=_WHEN,
        finished=_WHEN,
        metrics={name.replace("__", "."): value for name, value in metrics.items()},
    )


SMALL_RUBRIC = """\
name: small
description: two channels, easy numbers
channels:
  email:
    weight: 3
    key_metric: email.first_response_s
    criteria:
      - id: fast
        metric: email.first_response_s
        weight: 1
        scorer:
          type: thresholds
          steps: [{at_most: 60, score: 1.0}, {at_most: 600, score: 0.5}]
          otherwise: 0
      - id: answered
        metric: email.answered
        weight: 3
        scorer: {type: boolean}
  phone:
    weight: 1
    key_metric: phone.on_homepage
    criteria:
      - id: on_homepage
        metric: phone.on_homepage
        weight: 1
        scorer: {type: boolean}
"""


def small_rubric() -> Rubric:
    """Email (weight 3: fast 1 + answered 3) and phone (weight 1: on_homepage)."""
    return parse_rubric(SMALL_RUBRIC, "small.yaml")


def scored(rubric: Rubric, observations: list[Observation], period: str = "Q") -> ScoreReport:
    """The scorecards of `observations` (the engine's report)."""
    return score_observations(rubric, observations, period)[0]


def explained(rubric: Rubric, observation: Observation) -> ObservationScore:
    """One observation's score with its criteria, as `audit show` gets it."""
    return explain(rubric, [observation])[0]
