"""The judging side's values: rubrics and the scores they produce (frozen pydantic models).

Scores are 0..100 for observations, channels and the overall; a criterion's own
score is 0..1. `None` always means "no data" (not applicable, or nothing
observed), never 0.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from probes.base import Channel, MetricValue, Status
from rubrics.scorers import Scorer


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


WhenUnknown = Literal["not_applicable", "fail"]
LOW_CONFIDENCE = 0.5
"""A channel score resting on less than this share of its criteria's weight is low-confidence."""


class Criterion(_Frozen):
    """One scored aspect of a channel: a metric, how it is scored, and its weight.

    `title` and `description` (optional) are what a report shows a reader, like
    Lighthouse's audit titles; without them the id is shown.

    `when_unknown` says what a missing value means in an observation of the
    metric's own source (a website visit that read the returns policy, but
    found no window in it): `not_applicable` (the default: the probe could
    not measure it; the criterion is left out and the other weights
    renormalise) or `fail` (the customer cannot find or read it: it scores
    0, as the customer experiences it). An observation of another source
    (a returned-order log has no policy window) is never failed for it.
    """

    id: str = Field(min_length=1)
    metric: str
    weight: float = Field(ge=0, allow_inf_nan=False)
    scorer: Scorer
    when_unknown: WhenUnknown = "not_applicable"
    title: str | None = None
    description: str | None = None


class ChannelRubric(_Frozen):
    """How one channel is scored: its weight in the overall, key metric and criteria."""

    channel: Channel
    weight: float = Field(ge=0, allow_inf_nan=False)
    key_metric: str | None = None
    criteria: tuple[Criterion, ...]


class Rubric(_Frozen):
    """A whole rubric as loaded from a YAML file.

    `content_hash` is the sha256 of the file's canonical content (comments and
    layout do not change it); it is stored with scores so stale ones are found.
    `source` is where the rubric was loaded from (a path).
    """

    name: str
    description: str
    scale_note: str | None = None
    channels: dict[Channel, ChannelRubric]
    content_hash: str
    source: str


CriterionState = Literal["scored", "failed", "unknown", "not_applicable"]


class CriterionScore(_Frozen):
    """One criterion applied to one observation.

    `score` is 0..1, or None when the criterion did not apply (metric missing):
    it is then left out and the other weights renormalised. `state` says why:
    `scored` from the value, `failed` (the company failed: absent/timeout),
    `unknown` (missing where the rubric says `when_unknown: fail`: scored 0)
    or `not_applicable`. `weight` is the rubric's weight for the criterion;
    `reason` says in words why it scored so.
    """

    criterion_id: str
    metric: str
    value: MetricValue
    score: float | None
    weight: float
    state: CriterionState
    reason: str


class ObservationScore(_Frozen):
    """One attempt's score, 0..100 (None when no criterion applied or we failed)."""

    attempt_id: str
    company: str
    channel: Channel
    probe_id: str
    status: Status
    score: float | None
    criteria: tuple[CriterionScore, ...]


class ChannelScore(_Frozen):
    """A company's score on one channel, from its `n` scored attempts.

    Attempts are grouped by probe source (website, call, ...): the score is
    the mean attempt score of each source, weighted by the rubric's weights
    of the criteria that source measures, over the sources present (see
    `rubrics.engine`); with one source, the plain mean of the
    attempts. `n_errors` counts our failures (never scored). `key_value` is the channel's
    key metric summarised over attempts (median for numbers, censored waits
    counting as longer than the deadline, majority for flags, most common
    text); `key_metric` names it. `measured` is the share of the channel's
    criteria weight that at least one scored attempt judged (not left out
    as not applicable); below `LOW_CONFIDENCE` the score is `low_confidence`.
    """

    channel: Channel
    score: float | None
    n: int
    n_errors: int
    key_value: MetricValue
    key_metric: str | None = None
    measured: float | None = None

    @property
    def low_confidence(self) -> bool:
        """The score rests on less than half of the channel's criteria weight."""
        return self.measured is not None and self.measured < LOW_CONFIDENCE


class Scorecard(_Frozen):
    """A company's scores for one period: per channel, overall and band."""

    company: str
    period: str
    channels: dict[Channel, ChannelScore]
    overall: float | None
    band: str | None


class ScoreReport(_Frozen):
    """The scorecards of one scoring run, with the rubric's identity."""

    rubric_name: str
    rubric_hash: str
    scorecards: tuple[Scorecard, ...]
