"""Every scorer: edges, clamping, wrong value types, and Lighthouse's log-normal curve."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest
from pydantic import TypeAdapter, ValidationError

from probes.base import MetricValue
from rubrics.columns import metric_array
from rubrics.engine import criterion_points
from rubrics.scorers import Scorer, accepts

_ADAPTER: TypeAdapter[Scorer] = TypeAdapter(Scorer)
# A metric of the kind each scorer reads, so values go through the engine's columns.
_METRIC_OF = {
    "boolean": "email.answered",
    "thresholds": "email.first_response_s",
    "linear": "email.first_response_s",
    "lognormal": "email.first_response_s",
    "equals": "email.channel",
}


def scorer(**spec: object) -> Callable[[MetricValue], float | None]:
    """The engine's scoring of one value by `spec`: 0..1, None when not applicable."""
    parsed = _ADAPTER.validate_python(spec)

    def score_only(value: MetricValue) -> float | None:
        column = metric_array(_METRIC_OF[parsed.type], [value])
        points = float(criterion_points(parsed, column)[0])
        return None if math.isnan(points) else points

    return score_only


def test_boolean_defaults_and_custom_scores() -> None:
    plain = scorer(type="boolean")
    assert (plain(True), plain(False)) == (1.0, 0.0)
    inverted = scorer(type="boolean", true_score=0.0, false_score=1.0)
    assert (inverted(True), inverted(False)) == (0.0, 1.0)


def test_boolean_rejects_non_flags() -> None:
    plain = scorer(type="boolean")
    assert plain(1) is None
    assert plain("yes") is None


def test_thresholds_at_most_edges_are_inclusive() -> None:
    steps = [{"at_most": 3600, "score": 1.0}, {"at_most": 43200, "score": 0.6}]
    fn = scorer(type="thresholds", steps=steps, otherwise=0.1)
    assert fn(0) == 1.0
    assert fn(3600) == 1.0
    assert fn(3600.001) == 0.6
    assert fn(43200) == 0.6
    assert fn(43201) == 0.1


def test_thresholds_at_least_for_higher_is_better() -> None:
    steps = [{"at_least": 50, "score": 1.0}, {"at_least": 5, "score": 0.5}]
    fn = scorer(type="thresholds", steps=steps)
    assert fn(50) == 1.0
    assert fn(49) == 0.5
    assert fn(5) == 0.5
    assert fn(4) == 0.0


def test_thresholds_reject_bools_nan_and_text() -> None:
    fn = scorer(type="thresholds", steps=[{"at_most": 1, "score": 1.0}])
    assert fn(True) is None
    assert fn(math.nan) is None
    assert fn("3") is None


@pytest.mark.parametrize(
    "steps",
    [
        [{"at_most": 10, "score": 1.0}, {"at_most": 5, "score": 0.5}],
        [{"at_least": 5, "score": 0.5}, {"at_least": 10, "score": 1.0}],
        [{"at_most": 5, "score": 1.0}, {"at_least": 10, "score": 0.5}],
        [{"at_most": 5, "at_least": 1, "score": 1.0}],
        [{"score": 1.0}],
        [{"at_most": 5, "score": 1.5}],
    ],
)
def test_thresholds_reject_bad_tables(steps: list[dict[str, float]]) -> None:
    with pytest.raises(ValidationError):
        scorer(type="thresholds", steps=steps)


def test_linear_interpolates_and_clamps() -> None:
    fn = scorer(type="linear", points=[{"x": 10, "score": 1.0}, {"x": 110, "score": 0.0}])
    assert fn(-5) == 1.0
    assert fn(10) == 1.0
    assert fn(60) == pytest.approx(0.5)
    assert fn(85) == pytest.approx(0.25)
    assert fn(110) == 0.0
    assert fn(10_000) == 0.0


def test_linear_with_several_points() -> None:
    points = [{"x": 0, "score": 0.0}, {"x": 10, "score": 0.8}, {"x": 20, "score": 1.0}]
    fn = scorer(type="linear", points=points)
    assert fn(5) == pytest.approx(0.4)
    assert fn(15) == pytest.approx(0.9)


def test_linear_needs_increasing_x() -> None:
    with pytest.raises(ValidationError):
        scorer(type="linear", points=[{"x": 5, "score": 1}, {"x": 5, "score": 0}])


def test_lognormal_hits_lighthouse_control_points() -> None:
    fn = scorer(type="lognormal", p10=30, median=120)
    assert fn(30) == pytest.approx(0.9, abs=1e-12)
    assert fn(120) == pytest.approx(0.5, abs=1e-12)
    assert fn(0) == 1.0
    assert fn(-1) == 1.0


def test_lognormal_is_monotonic_and_bounded() -> None:
    fn = scorer(type="lognormal", p10=30, median=120)
    values = [fn(x) or 0.0 for x in (1, 10, 29, 31, 60, 119, 121, 500, 1e9)]
    assert values == sorted(values, reverse=True)
    assert all(0.0 <= v <= 1.0 for v in values)
    assert (fn(29.999) or 0) >= 0.9 > (fn(30.001) or 0)
    assert (fn(120.001) or 1) < 0.5


def test_lognormal_needs_p10_below_median() -> None:
    with pytest.raises(ValidationError):
        scorer(type="lognormal", p10=120, median=30)


def test_equals_matches_text_only() -> None:
    fn = scorer(type="equals", values=["smtp"])
    assert fn("smtp") == 1.0
    assert fn("form") == 0.0
    assert fn(True) is None


def test_accepts_matches_metric_kinds() -> None:
    flag = _ADAPTER.validate_python({"type": "boolean"})
    steps = _ADAPTER.validate_python({"type": "thresholds", "steps": [{"at_most": 1, "score": 1}]})
    equals = _ADAPTER.validate_python({"type": "equals", "values": ["x"]})
    assert accepts(flag, "flag") and not accepts(flag, "seconds")
    assert accepts(steps, "seconds") and accepts(steps, "count") and not accepts(steps, "flag")
    assert accepts(equals, "text") and not accepts(equals, "count")
