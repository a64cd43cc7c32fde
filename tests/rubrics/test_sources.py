"""Channels fed by several probe families: rubric weights per source, failures per source."""

from __future__ import annotations

import numpy as np
import pytest

from probes.base import Channel, MetricValue, Observation, Status
from probes.metrics import METRICS, PROBE_SOURCES, SOURCES
from rubrics.columns import ChannelColumns, ObservationColumns
from rubrics.engine import score_columns, score_observations
from rubrics.interface import Rubric
from rubrics.loader import parse_rubric
from rubrics.sources import SOURCE_BITS, source_mask
from tests.rubrics.factories import explained, obs, scored, small_rubric

PHONE, RETURNS, EMAIL = Channel.PHONE, Channel.RETURNS, Channel.EMAIL

MIXED_RUBRIC = """\
name: mixed
description: phone and returns fed by the website and by calls / return logs
channels:
  phone:
    weight: 1
    key_metric: phone.on_homepage
    criteria:
      # website: weight 3
      - {id: on_homepage, metric: phone.on_homepage, weight: 3, scorer: {type: boolean}}
      # calls: weight 1
      - {id: agent, metric: phone.time_to_agent_s, weight: 1,
         scorer: {type: thresholds, steps: [{at_most: 30, score: 1}, {at_most: 120, score: 0.5}]}}
  returns:
    weight: 1
    key_metric: returns.window_days
    criteria:
      - {id: window, metric: returns.window_days, weight: 2,
         scorer: {type: thresholds, steps: [{at_least: 30, score: 1}]}}
      - {id: refund, metric: returns.refund_days, weight: 2,
         scorer: {type: thresholds, steps: [{at_most: 5, score: 1}, {at_most: 10, score: 0.5}]}}
"""


def mixed_rubric() -> Rubric:
    """Phone: website 3 (on_homepage), call 1 (agent); returns: website 2, returns-log 2."""
    return parse_rubric(MIXED_RUBRIC, "mixed.yaml")


def _website(company: str, status: Status = Status.OK, **metrics: MetricValue) -> Observation:
    return obs(company, PHONE, status, probe_id="website", **metrics)


def _call(company: str, agent_s: float | None, status: Status = Status.OK) -> Observation:
    return obs(company, PHONE, status, probe_id="phone-call", phone__time_to_agent_s=agent_s)


def test_every_metric_names_its_source_and_known_probes_map_to_sources() -> None:
    assert {m.source for m in METRICS.values()} == set(SOURCES)
    assert METRICS["phone.on_homepage"].source == "website"
    assert METRICS["phone.time_to_agent_s"].source == "call"
    assert METRICS["chat.vendor"].source == "website"
    assert METRICS["chat.available"].source == "chat"
    assert METRICS["returns.window_days"].source == "website"
    assert METRICS["returns.refund_days"].source == "returns-log"
    assert METRICS["selfservice.faq"].source == "website"
    assert PROBE_SOURCES["phone-import"] == PROBE_SOURCES["phone-dialer"] == "call"
    assert set(PROBE_SOURCES.values()) <= set(SOURCES)


def test_an_unknown_probe_takes_the_sources_of_its_metrics() -> None:
    both = source_mask("test", {"phone.on_homepage": True, "phone.hold_s": 3.0})
    assert both == source_mask("website", {}) | source_mask("phone-call", {})
    assert source_mask("test", {"phone.on_homepage": None}) == 0
    assert source_mask("website", {"phone.hold_s": 3.0}) == source_mask("website", {})


def _phone_score(rubric: Rubric, observations: list[Observation]) -> tuple[float | None, int]:
    """The phone score and n of company A."""
    phone = scored(rubric, observations).scorecards[0].channels[PHONE]
    return phone.score, phone.n


def test_rubric_weights_not_attempt_counts_mix_website_and_calls() -> None:
    rubric = mixed_rubric()
    observations = [
        _website("A", phone__on_homepage=True),  # 100
        _call("A", 10.0),  # 100
        _call("A", 200.0),  # 0
        _call("A", 60.0),  # 50
    ]
    score, n = _phone_score(rubric, observations)
    # website mean 100 x 3, call mean 50 x 1 (the attempt mean would be 62.5)
    assert score == pytest.approx((3 * 100 + 1 * 50) / 4)
    assert n == 4
    _, attempts = score_observations(rubric, observations, "Q")
    website, call = SOURCE_BITS["website"], SOURCE_BITS["call"]
    assert attempts.sources[PHONE].tolist() == [website, call, call, call]


def test_an_absent_website_observation_does_not_zero_the_call_criteria() -> None:
    rubric = mixed_rubric()
    no_number = _website("A", Status.ABSENT)
    scored = explained(rubric, no_number)
    on_homepage, agent = scored.criteria
    assert scored.score == 0.0 and on_homepage.score == 0.0
    assert agent.score is None and "does not measure call" in agent.reason
    score, n = _phone_score(rubric, [no_number, _call("A", 10.0), _call("A", 20.0)])
    assert score == pytest.approx((3 * 0 + 1 * 100) / 4)
    assert n == 3


def test_a_call_timeout_fails_only_the_call_criteria() -> None:
    rubric = mixed_rubric()
    scored = explained(rubric, _call("A", None, Status.TIMEOUT))
    assert [c.score for c in scored.criteria] == [None, 0.0]
    assert scored.score == 0.0
    score, _ = _phone_score(
        rubric, [_website("A", phone__on_homepage=True), _call("A", None, Status.TIMEOUT)]
    )
    assert score == pytest.approx(75.0)


def test_a_failure_of_a_source_the_rubric_does_not_read_is_not_scored() -> None:
    rubric = small_rubric()  # phone: on_homepage only (website)
    no_answer = _call("A", None, Status.ABSENT)
    scored = explained(rubric, no_answer)
    assert scored.score is None and scored.criteria[0].score is None
    report, attempts = score_observations(rubric, [no_answer], "Q")
    phone = report.scorecards[0].channels[PHONE]
    assert (phone.score, phone.n, phone.n_errors) == (None, 0, 0)
    assert [row[-1] for row in attempts.rows()] == [None]


def test_returns_mix_the_stated_policy_and_returned_orders() -> None:
    rubric = mixed_rubric()
    observations = [
        obs("A", RETURNS, probe_id="website", returns__window_days=14),  # 0
        obs("A", RETURNS, probe_id="returns-log", returns__refund_days=3.0),  # 100
        obs("A", RETURNS, probe_id="returns-log", returns__refund_days=8.0),  # 50
        obs("A", RETURNS, Status.TIMEOUT, probe_id="returns-log"),  # 0: no refund
    ]
    returns = scored(rubric, observations).scorecards[0].channels[RETURNS]
    assert returns.score == pytest.approx((2 * 0 + 2 * 50) / 4)
    assert returns.n == 4


def test_one_source_channels_keep_the_plain_mean_of_attempts() -> None:
    rubric = small_rubric()
    observations = [
        obs("A", EMAIL, probe_id="email", email__first_response_s=30.0, email__answered=True),
        obs("A", EMAIL, probe_id="email", email__first_response_s=300.0, email__answered=False),
        obs("A", EMAIL, Status.TIMEOUT, probe_id="email"),
    ]
    report = scored(rubric, observations)
    assert report.scorecards[0].channels[EMAIL].score == (100 + 12.5 + 0) / 3


def test_an_unknown_probe_with_metrics_of_both_sources_counts_for_both() -> None:
    rubric = mixed_rubric()
    both = obs("A", PHONE, phone__on_homepage=False, phone__time_to_agent_s=10.0)  # 25
    failed_call = obs("A", PHONE, Status.ABSENT, phone__time_to_agent_s=500.0)  # call only
    assert [c.score for c in explained(rubric, failed_call).criteria] == [None, 0.0]
    nothing_known = obs("A", PHONE, Status.ABSENT)  # no metric: every source, as before
    assert [c.score for c in explained(rubric, nothing_known).criteria] == [0.0, 0.0]
    score, n = _phone_score(rubric, [both, failed_call, nothing_known])
    website_mean, call_mean = (25 + 0) / 2, (25 + 0 + 0) / 3
    assert score == pytest.approx((3 * website_mean + 1 * call_mean) / 4)
    assert n == 3


def test_columns_without_a_source_column_treat_every_row_as_every_source() -> None:
    rubric = mixed_rubric()
    columns = ObservationColumns(
        ("A",),
        {
            PHONE: ChannelColumns(
                company=np.zeros(3, dtype=np.int64),
                status=np.array([0, 1, 0], dtype=np.int8),
                metrics={
                    "phone.on_homepage": np.array([1.0, np.nan, np.nan]),
                    "phone.time_to_agent_s": np.array([np.nan, np.nan, 200.0]),
                },
            )
        },
    )
    report, _ = score_columns(rubric, columns, "Q")
    assert report.scorecards[0].channels[PHONE].score == pytest.approx((100 + 0 + 0) / 3)
