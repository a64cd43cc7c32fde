"""Unknown is not a pass: what the customer cannot find scores as they experience it."""

from __future__ import annotations

import pytest

from probes.base import Channel, Status
from probes.yaml_source import SourceError
from rubrics.loader import load_rubric, parse_rubric
from tests.rubrics.factories import explained, obs, scored

RETURNS = Channel.RETURNS

CLEAR = {
    "returns__policy_found": True,
    "returns__window_days": 30,
    "returns__free_returns": True,
    "returns__prepaid_label": True,
    "returns__restocking_fee": False,
}


def test_a_policy_that_states_nothing_scores_low_and_below_a_clear_one() -> None:
    rubric = load_rubric("default")
    silent = obs("Silent", RETURNS, probe_id="website", returns__policy_found=True)
    clear = obs("Clear", RETURNS, probe_id="website", **CLEAR)
    cards = {c.company: c for c in scored(rubric, [silent, clear]).scorecards}
    silent_score = cards["Silent"].channels[RETURNS].score
    # policy_found 3 of the 10 website weight; window, fees, label unknown: 0
    assert silent_score == pytest.approx(30.0)
    assert cards["Clear"].channels[RETURNS].score == 100.0
    states = {c.criterion_id: c.state for c in explained(rubric, silent).criteria}
    assert states["window"] == states["free_returns"] == states["no_restocking_fee"] == "unknown"
    assert states["policy_found"] == "scored"
    assert states["refund_days"] == "not_applicable"  # a website visit does not measure refunds


def test_a_returned_order_log_is_never_failed_for_policy_terms() -> None:
    rubric = load_rubric("default")
    refund = obs("A", RETURNS, probe_id="returns-log", returns__refund_days=3.0)
    result = explained(rubric, refund)
    assert result.score == 100.0
    assert {c.state for c in result.criteria if c.criterion_id != "refund_days"} == {
        "not_applicable"
    }


def test_our_errors_and_company_failures_keep_their_own_states() -> None:
    rubric = load_rubric("default")
    failed = explained(rubric, obs("A", RETURNS, Status.ABSENT, probe_id="website"))
    assert failed.score == 0.0
    assert {c.state for c in failed.criteria if c.criterion_id != "refund_days"} == {"failed"}
    error = explained(rubric, obs("A", RETURNS, Status.ERROR, probe_id="website"))
    assert error.score is None and {c.state for c in error.criteria} == {"not_applicable"}


RUBRIC = """\
name: t
description: when_unknown default and explicit
channels:
  returns:
    weight: 1
    criteria:
      - {id: found, metric: returns.policy_found, weight: 1, scorer: {type: boolean}}
      - {id: window, metric: returns.window_days, weight: 3, WHEN
         scorer: {type: thresholds, steps: [{at_least: 30, score: 1}]}}
"""


def test_the_default_is_not_applicable_and_a_low_share_is_low_confidence() -> None:
    lenient = parse_rubric(RUBRIC.replace("WHEN", ""), "t.yaml")
    silent = obs("A", RETURNS, probe_id="website", returns__policy_found=True)
    returns = scored(lenient, [silent]).scorecards[0].channels[RETURNS]
    assert returns.score == 100.0  # renormalised onto policy_found alone ...
    assert returns.measured == 0.25 and returns.low_confidence  # ... resting on 1 of 4
    strict = parse_rubric(RUBRIC.replace("WHEN", "when_unknown: fail,"), "t.yaml")
    returns = scored(strict, [silent]).scorecards[0].channels[RETURNS]
    assert returns.score == 25.0 and returns.measured == 1.0 and not returns.low_confidence


def test_a_bad_when_unknown_is_one_line_naming_the_field() -> None:
    with pytest.raises(SourceError) as caught:
        parse_rubric(RUBRIC.replace("WHEN", "when_unknown: pass,"), "t.yaml")
    message = str(caught.value)
    assert "\n" not in message and "when_unknown" in message and "t.yaml:" in message
