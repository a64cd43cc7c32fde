"""Scorers: how one metric value becomes a 0..1 score.

A scorer is declared in a rubric file as a mapping with a `type` (a pydantic
discriminated union) and compiled once per criterion into a plain function, so
scoring a million observations is a tight loop of function calls.

A compiled scorer returns a `Verdict` (score, reason), or `None` when the value
is of the wrong type (a flag where seconds were expected, NaN): the criterion
is then not applicable.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from typing import Annotated, Literal, Self, assert_never

from pydantic import BaseModel, ConfigDict, Field, model_validator

from probes.base import MetricValue
from probes.metrics import MetricKind

Score01 = Annotated[float, Field(ge=0.0, le=1.0)]
Verdict = tuple[float, str]
"""A score in 0..1 and the reason for it in words."""
CompiledScorer = Callable[[MetricValue], Verdict | None]

_NUMERIC_KINDS: frozenset[MetricKind] = frozenset({"seconds", "days", "count"})
# Lighthouse's constant: erfc^-1(1/5), so that score(p10) = 0.9.
_INVERSE_ERFC_ONE_FIFTH = 0.9061938024368232


class _ScorerBase(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class BooleanScorer(_ScorerBase):
    """A flag: `true_score` when true, `false_score` when false."""

    type: Literal["boolean"]
    true_score: Score01 = 1.0
    false_score: Score01 = 0.0


class Step(_ScorerBase):
    """One row of a step table: exactly one of `at_most` / `at_least`, and its score."""

    at_most: float | None = None
    at_least: float | None = None
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

    x: float
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
    p10: float = Field(gt=0)
    median: float = Field(gt=0)

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


def lognormal_score(value: float, p10: float, median: float) -> float:
    """Lighthouse's `getLogNormalScore`: 1 at 0, 0.9 at p10, 0.5 at median, towards 0 after."""
    if value <= 0:
        return 1.0
    standardized = math.log(value / median) * _INVERSE_ERFC_ONE_FIFTH / -math.log(p10 / median)
    raw = math.erfc(standardized) / 2
    # Clamp into the band the value falls in, as Lighthouse does, so rounding
    # never moves a value across p10 or the median.
    if value <= p10:
        return max(0.9, min(1.0, raw))
    if value <= median:
        return max(0.5, min(0.8999999999999999, raw))
    return max(0.0, min(0.49999999999999994, raw))


def _number(value: MetricValue) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _compile_thresholds(scorer: ThresholdsScorer) -> CompiledScorer:
    upward = scorer.steps[0].at_most is not None
    word = "at most" if upward else "at least"
    # Reasons are built once per step and shared by every verdict.
    table = tuple(
        (step.bound, (step.score, f"{word} {step.bound:g} -> {step.score:g}"))
        for step in scorer.steps
    )
    otherwise = (scorer.otherwise, f"beyond every step -> {scorer.otherwise:g}")

    def score(value: MetricValue) -> Verdict | None:
        x = _number(value)
        if x is None:
            return None
        for bound, verdict in table:
            if (x <= bound) if upward else (x >= bound):
                return verdict
        return otherwise

    return score


def _compile_linear(scorer: LinearScorer) -> CompiledScorer:
    xs = tuple(p.x for p in scorer.points)
    ys = tuple(p.score for p in scorer.points)
    low = (ys[0], f"at or below {xs[0]:g} -> {ys[0]:g}")
    high = (ys[-1], f"at or above {xs[-1]:g} -> {ys[-1]:g}")

    def score(value: MetricValue) -> Verdict | None:
        x = _number(value)
        if x is None:
            return None
        if x <= xs[0]:
            return low
        for i in range(1, len(xs)):
            if x <= xs[i]:
                share = (x - xs[i - 1]) / (xs[i] - xs[i - 1])
                points = ys[i - 1] + share * (ys[i] - ys[i - 1])
                return points, f"linear between {xs[i - 1]:g} and {xs[i]:g} -> {points:.2f}"
        return high

    return score


def _compile_lognormal(scorer: LognormalScorer) -> CompiledScorer:
    p10, median = scorer.p10, scorer.median

    def score(value: MetricValue) -> Verdict | None:
        x = _number(value)
        if x is None:
            return None
        points = lognormal_score(x, p10, median)
        return points, f"log-normal (p10 {p10:g}, median {median:g}) -> {points:.2f}"

    return score


def compile_scorer(scorer: Scorer) -> CompiledScorer:
    """A fast function value -> (score 0..1, reason); None when the value has the wrong type."""
    match scorer:
        case BooleanScorer(true_score=yes, false_score=no):
            if_true = (yes, f"true -> {yes:g}")
            if_false = (no, f"false -> {no:g}")

            def boolean(value: MetricValue) -> Verdict | None:
                return (if_true if value else if_false) if isinstance(value, bool) else None

            return boolean
        case ThresholdsScorer():
            return _compile_thresholds(scorer)
        case LinearScorer():
            return _compile_linear(scorer)
        case LognormalScorer():
            return _compile_lognormal(scorer)
        case EqualsScorer(values=values):
            allowed = frozenset(values)
            listed = ", ".join(values)
            hit = (1.0, f"one of {listed} -> 1")
            miss = (0.0, f"not one of {listed} -> 0")

            def equals(value: MetricValue) -> Verdict | None:
                if not isinstance(value, str):
                    return None
                return hit if value in allowed else miss

            return equals
        case _:
            assert_never(scorer)
