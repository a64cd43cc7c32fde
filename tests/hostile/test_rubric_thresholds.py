"""Rubric thresholds must be finite: NaN never matches and inf always does, silently.

Every number a scorer compares a metric with (`at_most`, `at_least`, a linear
point's `x`, a log-normal's `p10`/`median`) is refused when it is NaN or infinite,
in one line naming the file, the line and the field.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from probes.errors import InputError
from rubrics.loader import load_rubric

RUBRIC = """\
name: hostile
description: one criterion
channels:
  email:
    weight: 1
    criteria:
      - id: fast
        metric: {metric}
        weight: 1
        scorer:
{scorer}
"""
SCORERS = {
    "at_most": ("email.first_response_s", "type: thresholds", "steps:",
                "  - {{at_most: {v}, score: 1}}"),
    "at_least": ("email.replies", "type: thresholds", "steps:", "  - {{at_least: {v}, score: 1}}"),
    "x": ("email.first_response_s", "type: linear", "points:", "  - {{x: 0, score: 1}}",
          "  - {{x: {v}, score: 0}}"),
    "p10": ("email.first_response_s", "type: lognormal", "median: 7200", "p10: {v}"),
    "median": ("email.first_response_s", "type: lognormal", "p10: 600", "median: {v}"),
}  # fmt: skip
SCORER_LINE = 11  # the scorer's first line in RUBRIC


def _write(tmp_path: Path, field: str, value: str) -> tuple[Path, int]:
    metric, *lines = SCORERS[field]
    body = "\n".join(" " * 10 + line.format(v=value) for line in lines)
    path = tmp_path / "rubric.yaml"
    path.write_text(RUBRIC.format(metric=metric, scorer=body), encoding="utf-8")
    return path, SCORER_LINE + len(lines) - 1  # the bad value is on the last line


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf"])
@pytest.mark.parametrize("field", list(SCORERS))
def test_a_non_finite_threshold_is_a_one_line_error(tmp_path: Path, field: str, value: str) -> None:
    path, line = _write(tmp_path, field, value)
    with pytest.raises(InputError) as caught:
        load_rubric(path)
    message = caught.value.one_line()
    assert "\n" not in message
    assert message.startswith(f"{path}:{line}: channels.email.criteria[0].scorer."), message
    assert field in message and "finite" in message, message


@pytest.mark.parametrize("field", list(SCORERS))
def test_finite_thresholds_still_load(tmp_path: Path, field: str) -> None:
    value = "1" if field == "p10" else "72000"
    path, _ = _write(tmp_path, field, value)
    assert load_rubric(path).channels
