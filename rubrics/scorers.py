"""Scorers: how one metric value becomes a 0..1 score.

A scorer is declared in a rubric file as a mapping with a `type` (a pydantic
discriminated union). The engine applies it to a whole column of values at
once (`rubrics.engine.criterion_points`); a value of the wrong type (a flag
where seconds were expected, NaN) makes the criterion not applicable.
"""

from __future__ import annotations

import itertools
from typing import Annotated, Literal, Self, assert_never

from pydantic import BaseModel, ConfigDict, Field, model_validator

from probes.metrics import MetricKind

Score01 = Annotated[float, Field(ge=0.0, le=1.0)]
Finite = Annotated[float, Field(allow_inf_nan=False)]
"""A threshold or point: NaN would never match (and inf always), silently."""

_NUMERIC_KINDS: frozenset[MetricKind] = frozenset({"seconds", "days", "count"})
INVERSE_ERFC_ONE_FIFTH = 0.9061938024368232
"""Lighthouse's constant erfc^-1(1/5), so that a log-normal scorer gives 0.9 at p10."""


class _ScorerBase(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class BooleanScorer(_ScorerBase):
    """A flag: `true_score` when true, `false_score` when false."""

    type: Literal["boolean"]
    true_score: Score01 = 1.0
    false_score: Score01 = 0.0


class Step(_ScorerBase):
    """One row of a step table: exactly one of `at_most` / `at_least`, and its score."""

    at_most: Finite | None = None
    at_least: Finite | None = None
    score: Score01

    @model_validator(mode="after")
    def _one_bound(self) -> Self:
        if (self.at_most is None) == (self.at_least is None):
            raise ValueError("a step needs exactly one of at_most or at_least")
        return self

    @property
    def bound(self) -> float:
        """The step's threshold, whichever form it uses."""
        value = self.at_most if self.at_most is not None else self.at_least
        assert value is not None
        return value


class ThresholdsScorer(_ScorerBase):
    """A step table, first match wins; `otherwise` when no step matches.

    `at_most` steps (lower is better: seconds) must ascend; `at_least` steps
    (higher is better: days, counts) must descend; one form per table.
    """

    type: Literal["thresholds"]
    steps: tuple[Step, ...] = Field(min_length=1)
    otherwise: Score01 = 0.0

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        upward = {step.at_most is not None for step in self.steps}
        if len(upward) != 1:
            raise ValueError("steps must all use at_most or all use at_least")
        bounds = [step.bound for step in self.steps]
        if upward == {True} and bounds != sorted(bounds):
            raise ValueError("at_most steps must be in ascending order")
        if upward == {False} and bounds != sorted(bounds, reverse=True):
            raise ValueError("at_least steps must be in descending order")
        return self


class Point(_ScorerBase):
    """A point of a linear scorer: value `x` scores `score`."""

    x: Finite
    score: Score01


class LinearScorer(_ScorerBase):
    """Straight lines between points sorted by `x`, clamped outside them."""

    type: Literal["linear"]
    points: tuple[Point, ...] = Field(min_length=2)

    @model_validator(mode="after")
    def _increasing(self) -> Self:
        xs = [p.x for p in self.points]
        if any(b <= a for a, b in itertools.pairwise(xs)):
            raise ValueError("points must have strictly increasing x")
        return self


class LognormalScorer(_ScorerBase):
    """Lighthouse's curve: complementary log-normal CDF with score(p10)=0.9, score(median)=0.5."""

    type: Literal["lognormal"]
    p10: float = Field(gt=0, allow_inf_nan=False)
    median: float = Field(gt=0, allow_inf_nan=False)

    @model_validator(mode="after")
    def _p10_below_median(self) -> Self:
        if self.p10 >= self.median:
            raise ValueError("p10 must be below median")
        return self


class EqualsScorer(_ScorerBase):
    """Text: 1 when the value is one of `values`, else 0."""

    type: Literal["equals"]
    values: tuple[str, ...] = Field(min_length=1)


Scorer = Annotated[
    BooleanScorer | ThresholdsScorer | LinearScorer | LognormalScorer | EqualsScorer,
    Field(discriminator="type"),
]
SCORER_TYPES: tuple[str, ...] = ("boolean", "thresholds", "linear", "lognormal", "equals")


def accepts(scorer: Scorer, kind: MetricKind) -> bool:
    """Whether `scorer` can score a metric of `kind` (thresholds on a flag cannot)."""
    match scorer:
        case BooleanScorer():
            return kind == "flag"
        case ThresholdsScorer() | LinearScorer() | LognormalScorer():
            return kind in _NUMERIC_KINDS
        case EqualsScorer():
            return kind == "text"
        case _:
            assert_never(scorer)
