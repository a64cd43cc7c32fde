"""Scoring semantics: statuses, renormalisation, channel means, overall weights, bands."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime

import pandas as pd
import pytest

from probes.base import Channel, MetricValue, Observation, Status
from results.ranking import rank
from rubrics.engine import (
    CampaignScorer,
    band,
    score_campaign,
    score_campaign_fast,
    score_observation,
)
from rubrics.loader import parse_rubric
from tests.rubrics.factories import obs, small_rubric

EMAIL, PHONE, CHAT = Channel.EMAIL, Channel.PHONE, Channel.CHAT


def test_ok_observation_is_the_weighted_mean_times_100() -> None:
    rubric = small_rubric()
    best = score_observation(
        rubric, obs("A", EMAIL, email__first_response_s=30.0, email__answered=True)
    )
    assert best.score == 100.0
    mixed = score_observation(
        rubric, obs("A", EMAIL, email__first_response_s=300.0, email__answered=False)
    )
    assert mixed.score == pytest.approx(12.5)  # (0.5 * 1 + 0 * 3) / 4
    fast, answered = mixed.criteria
    assert (fast.criterion_id, fast.score, fast.weight, fast.value) == ("fast", 0.5, 1.0, 300.0)
    assert (answered.score, answered.weight) == (0.0, 3.0)
    assert fast.reason == "at most 600 -> 0.5"


def test_missing_metric_is_not_applicable_and_weights_renormalise() -> None:
    rubric = small_rubric()
    only_fast = score_observation(rubric, obs("A", EMAIL, email__first_response_s=300))
    assert only_fast.score == pytest.approx(50.0)
    missing = only_fast.criteria[1]
    assert missing.score is None and missing.value is None
    assert "not applicable" in missing.reason
    explicit_none = score_observation(
        rubric, obs("A", EMAIL, email__answered=True, email__first_response_s=None)
    )
    assert explicit_none.score == 100.0


def test_no_applicable_criterion_gives_no_score() -> None:
    scored = score_observation(small_rubric(), obs("A", EMAIL, email__auto_ack=True))
    assert scored.score is None
    assert all(c.score is None for c in scored.criteria)


def test_wrong_value_type_is_not_applicable() -> None:
    scored = score_observation(
        small_rubric(), obs("A", EMAIL, email__first_response_s="soon", email__answered=True)
    )
    assert scored.score == 100.0
    assert scored.criteria[0].score is None
    assert "not a valid seconds value" in scored.criteria[0].reason


@pytest.mark.parametrize("status", [Status.ABSENT, Status.TIMEOUT])
def test_company_failures_score_zero_on_every_criterion(status: Status) -> None:
    scored = score_observation(small_rubric(), obs("A", EMAIL, status, email__answered=True))
    assert scored.score == 0.0
    assert [c.score for c in scored.criteria] == [0.0, 0.0]
    assert scored.criteria[1].value is True
    assert status.value in scored.criteria[0].reason


def test_our_errors_are_not_scored_and_are_counted() -> None:
    rubric = small_rubric()
    error = obs("A", EMAIL, Status.ERROR)
    assert score_observation(rubric, error).score is None
    report = score_campaign(
        rubric, [error, obs("A", EMAIL, email__answered=True), obs("A", PHONE, Status.ERROR)], "Q"
    )
    card = report.scorecards[0]
    assert card.channels[EMAIL].score == 100.0
    assert (card.channels[EMAIL].n, card.channels[EMAIL].n_errors) == (1, 1)
    only_errors = card.channels[PHONE]
    assert (only_errors.score, only_errors.n, only_errors.n_errors) == (None, 0, 1)
    assert card.overall == 100.0  # phone has no data: left out, not 0


def test_channel_score_is_the_mean_of_attempts_with_n() -> None:
    report = score_campaign(
        small_rubric(),
        [
            obs("A", EMAIL, email__first_response_s=30.0, email__answered=True),
            obs("A", EMAIL, email__first_response_s=300.0, email__answered=False),
            obs("A", EMAIL, Status.TIMEOUT),
            obs("A", EMAIL, email__auto_ack=True),  # n/a: not counted
        ],
        "2026-Q4",
    )
    email = report.scorecards[0].channels[EMAIL]
    assert email.score == pytest.approx((100 + 12.5 + 0) / 3)
    assert (email.n, email.n_errors) == (3, 0)
    assert email.key_metric == "email.first_response_s"
    assert email.key_value == pytest.approx(165.0)  # median of the replies seen


def test_overall_uses_rubric_weights_renormalised_over_present_channels() -> None:
    rubric = small_rubric()  # email weight 3, phone weight 1
    report = score_campaign(
        rubric,
        [
            obs("A", EMAIL, email__first_response_s=300.0),  # 50
            obs("A", PHONE, phone__on_homepage=True),  # 100
            obs("B", EMAIL, email__first_response_s=300.0),  # 50, no phone data
            obs("C", CHAT, chat__available=True),  # chat not in this rubric
        ],
        "2026-Q4",
    )
    cards = {card.company: card for card in report.scorecards}
    assert cards["A"].overall == pytest.approx((3 * 50 + 1 * 100) / 4)
    assert cards["A"].band == "Not recommended"
    assert cards["B"].overall == pytest.approx(50.0)
    assert PHONE not in cards["B"].channels
    assert "C" not in cards
    assert report.observations[3].score is None and report.observations[3].criteria == ()
    assert [card.company for card in report.scorecards] == ["A", "B"]
    assert report.rubric_name == "small" and report.rubric_hash == rubric.content_hash
    assert all(card.period == "2026-Q4" for card in report.scorecards)


def test_key_metric_flags_summarise_by_majority() -> None:
    report = score_campaign(
        small_rubric(),
        [obs("A", PHONE, phone__on_homepage=v) for v in (True, False, True)],
        "Q",
    )
    assert report.scorecards[0].channels[PHONE].key_value is True


def test_interned_criterion_scores_do_not_mix_bools_and_ints() -> None:
    rubric = small_rubric()
    first = score_observation(
        rubric, obs("A", EMAIL, email__first_response_s=1, email__answered=True)
    )
    second = score_observation(rubric, obs("A", EMAIL, email__first_response_s=True))
    assert first.criteria[0].score == 1.0
    assert second.criteria[0].score is None


@pytest.mark.parametrize(
    ("score", "expected"),
    [
        (100.0, "Elite"),
        (90.0, "Elite"),
        (89.96, "Elite"),  # shown as 90.0
        (89.9, "Excellent"),
        (80.0, "Excellent"),
        (79.9, "Approved"),
        (70.0, "Approved"),
        (69.9, "Not recommended"),
        (0.0, "Not recommended"),
        (None, None),
    ],
)
def test_bands_follow_stellaservice_2011(score: float | None, expected: str | None) -> None:
    assert band(score) == expected


def test_streaming_gives_the_same_scorecards_without_keeping_observations() -> None:
    rubric = small_rubric()
    observations = [
        obs("A", EMAIL, email__first_response_s=300.0, email__answered=True),
        obs("B", PHONE, phone__on_homepage=False),
        obs("A", PHONE, Status.ABSENT),
    ]
    full = score_campaign(rubric, observations, "Q")
    lean = score_campaign(rubric, observations, "Q", keep_observations=False)
    assert lean.observations == ()
    assert lean.scorecards == full.scorecards
    scorer = CampaignScorer(rubric)
    assert [scorer.add(o) for o in observations] == list(full.observations)
    assert scorer.scorecards("Q") == full.scorecards


def test_scoring_leaves_rubrics_comparable_by_content() -> None:
    used, fresh = small_rubric(), small_rubric()
    score_observation(used, obs("A", EMAIL, email__answered=True))
    assert used == fresh


FAST_RUBRIC = """\
name: fast
description: every scorer type, for the fast path
channels:
  email:
    weight: 2
    key_metric: email.channel
    criteria:
      - {id: t, metric: email.first_response_s, weight: 2,
         scorer: {type: thresholds, steps: [{at_most: 60, score: 1}, {at_most: 600, score: 0.5}]}}
      - {id: l, metric: email.first_human_response_s, weight: 1,
         scorer: {type: linear, points: [{x: 10, score: 1}, {x: 100, score: 0.2}]}}
      - {id: b, metric: email.answered, weight: 3, scorer: {type: boolean, false_score: 0.1}}
      - {id: e, metric: email.channel, weight: 1, scorer: {type: equals, values: [smtp]}}
  chat:
    weight: 1
    key_metric: chat.first_human_response_s
    criteria:
      - {id: g, metric: chat.first_human_response_s, weight: 1,
         scorer: {type: lognormal, p10: 5, median: 30}}
      - {id: a, metric: chat.available, weight: 1, scorer: {type: boolean}}
  returns:
    weight: 1
    key_metric: returns.free_returns
    criteria:
      - {id: w, metric: returns.window_days, weight: 1,
         scorer: {type: thresholds, steps: [{at_least: 30, score: 1}, {at_least: 14, score: 0.4}]}}
"""


def _random_observations(seed: int) -> list[Observation]:
    """Every status, wrong types, missing values and a channel the rubric does not score."""
    rng = random.Random(seed)
    statuses = [Status.OK] * 6 + [Status.ABSENT, Status.TIMEOUT, Status.ERROR]
    odd_values: list[MetricValue] = [None, "soon", True, float("nan"), float("inf")]

    def number(high: float) -> MetricValue:
        return rng.choice(odd_values) if rng.random() < 0.2 else rng.uniform(0, high)

    def flag() -> MetricValue:
        return rng.choice([None, 1, "yes"]) if rng.random() < 0.2 else rng.random() < 0.5

    out = []
    for _ in range(400):
        company = rng.choice(["A", "B", "C", "D", "E"])
        status = rng.choice(statuses)
        match rng.choice([EMAIL, CHAT, Channel.RETURNS, PHONE]):
            case Channel.EMAIL:
                out.append(
                    obs(
                        company,
                        EMAIL,
                        status,
                        email__first_response_s=number(1000),
                        email__first_human_response_s=number(150),
                        email__answered=flag(),
                        email__channel=rng.choice(["smtp", "form", None, 3]),
                    )
                )
            case Channel.CHAT:
                out.append(
                    obs(
                        company,
                        CHAT,
                        status,
                        chat__first_human_response_s=number(80),
                        chat__available=flag(),
                    )
                )
            case Channel.RETURNS:
                days = rng.choice([None, 7, 14, 30, 90, 13.5, True])
                out.append(
                    obs(
                        company,
                        Channel.RETURNS,
                        status,
                        returns__window_days=days,
                        returns__free_returns=flag(),
                    )
                )
            case _:
                out.append(obs(company, PHONE, status, phone__on_homepage=flag()))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_fast_path_gives_the_same_scorecards_and_attempt_scores(seed: int) -> None:
    rubric = parse_rubric(FAST_RUBRIC, "fast.yaml")
    observations = _random_observations(seed)
    slow = score_campaign(rubric, observations, "Q")
    fast, attempts = score_campaign_fast(rubric, observations, "Q")
    assert fast.observations == () and fast.rubric_hash == slow.rubric_hash
    assert [c.company for c in fast.scorecards] == [c.company for c in slow.scorecards]
    for got, want in zip(fast.scorecards, slow.scorecards, strict=True):
        assert got.overall == pytest.approx(want.overall)
        assert got.band == want.band
        assert got.channels.keys() == want.channels.keys()
        for ch, cs in want.channels.items():
            mine = got.channels[ch]
            assert (mine.n, mine.n_errors, mine.key_metric) == (cs.n, cs.n_errors, cs.key_metric)
            assert mine.score == pytest.approx(cs.score)
            assert mine.key_value == pytest.approx(cs.key_value)
    by_attempt = {s.attempt_id: s for s in slow.observations if s.channel != PHONE}
    rows = list(attempts.rows())
    assert len(rows) == len(by_attempt)  # phone is not in the rubric: skipped
    for attempt_id, company, channel, status, score in rows:
        expected = by_attempt[attempt_id]
        assert (company, channel, status) == (
            expected.company,
            expected.channel,
            expected.status,
        )
        assert score == pytest.approx(expected.score)


def test_fast_path_ranks_like_the_observation_scores() -> None:
    rubric = parse_rubric(FAST_RUBRIC, "fast.yaml")
    observations = _random_observations(7)
    weights = {ch: section.weight for ch, section in rubric.channels.items()}
    slow = score_campaign(rubric, observations, "Q")
    fast, attempts = score_campaign_fast(rubric, observations, "Q")
    expected = rank(slow.scorecards, slow.observations, channel_weights=weights)
    got = rank(fast.scorecards, attempts, channel_weights=weights)
    pd.testing.assert_frame_equal(
        got.drop(columns=[c for c in got if str(c).startswith("key_")]),
        expected.drop(columns=[c for c in got if str(c).startswith("key_")]),
        check_exact=False,
    )


MIXED_FAST_RUBRIC = """\
name: mixed-fast
description: channels fed by several probe families, for the fast path
channels:
  phone:
    weight: 2
    key_metric: phone.on_homepage
    criteria:
      - {id: home, metric: phone.on_homepage, weight: 3, scorer: {type: boolean}}
      - {id: clicks, metric: phone.clicks_to_find, weight: 1,
         scorer: {type: thresholds, steps: [{at_most: 0, score: 1}, {at_most: 1, score: 0.6}]}}
      - {id: agent, metric: phone.time_to_agent_s, weight: 2,
         scorer: {type: lognormal, p10: 20, median: 60}}
      - {id: resolved, metric: phone.resolved, weight: 1, scorer: {type: boolean}}
  returns:
    weight: 1
    key_metric: returns.refund_days
    criteria:
      - {id: window, metric: returns.window_days, weight: 1,
         scorer: {type: thresholds, steps: [{at_least: 30, score: 1}, {at_least: 14, score: 0.4}]}}
      - {id: refund, metric: returns.refund_days, weight: 3,
         scorer: {type: linear, points: [{x: 2, score: 1}, {x: 20, score: 0}]}}
  chat:
    weight: 1
    criteria:
      - {id: available, metric: chat.available, weight: 1, scorer: {type: boolean}}
"""

_PROBES = ["website", "phone-call", "phone-import", "returns-log", "chat", "test", "other"]


def _random_mixed_observations(seed: int) -> list[Observation]:
    """Several probe families per channel, known and unknown probe ids, stray metrics."""
    rng = random.Random(seed)
    statuses = [Status.OK] * 5 + [Status.ABSENT, Status.TIMEOUT, Status.ERROR]
    metrics_of: dict[Channel, dict[str, Callable[[], MetricValue]]] = {
        PHONE: {
            "phone.on_homepage": lambda: rng.random() < 0.5,
            "phone.clicks_to_find": lambda: rng.choice([0, 1, 2, 3]),
            "phone.time_to_agent_s": lambda: rng.uniform(0, 200),
            "phone.resolved": lambda: rng.random() < 0.5,
        },
        Channel.RETURNS: {
            "returns.window_days": lambda: rng.choice([7, 14, 30, 90]),
            "returns.refund_days": lambda: rng.uniform(1, 25),
        },
        CHAT: {"chat.available": lambda: rng.random() < 0.5},
    }
    out = []
    for i in range(600):
        channel = rng.choice(list(metrics_of))
        draws = metrics_of[channel]
        names = rng.sample(sorted(draws), rng.randint(0, len(draws)))
        metrics: dict[str, MetricValue] = {name: draws[name]() for name in names}
        out.append(
            Observation(
                attempt_id=f"mixed-{seed}-{i}",
                company=rng.choice(["A", "B", "C", "D"]),
                channel=channel,
                probe_id=rng.choice(_PROBES),
                status=rng.choice(statuses),
                started=datetime(2026, 11, 2, tzinfo=UTC),
                finished=datetime(2026, 11, 2, tzinfo=UTC),
                metrics=metrics,
            )
        )
    return out


@pytest.mark.parametrize("seed", [4, 5, 6])
def test_fast_path_gives_the_same_scorecards_with_mixed_sources(seed: int) -> None:
    rubric = parse_rubric(MIXED_FAST_RUBRIC, "mixed-fast.yaml")
    observations = _random_mixed_observations(seed)
    slow = score_campaign(rubric, observations, "Q")
    fast, attempts = score_campaign_fast(rubric, observations, "Q")
    assert [c.company for c in fast.scorecards] == [c.company for c in slow.scorecards]
    for got, want in zip(fast.scorecards, slow.scorecards, strict=True):
        assert got.overall == pytest.approx(want.overall, rel=1e-12)
        assert got.channels.keys() == want.channels.keys()
        for ch, cs in want.channels.items():
            # interpolating scorers may differ from numpy's in the last bit
            assert got.channels[ch].score == pytest.approx(cs.score, rel=1e-12)
            assert got.channels[ch].model_copy(update={"score": cs.score}) == cs
    expected = {s.attempt_id: s.score for s in slow.observations}
    rows = {row[0]: row[-1] for row in attempts.rows()}
    assert rows.keys() == expected.keys()
    for attempt_id, score in rows.items():
        reference = expected[attempt_id]
        assert score == (None if reference is None else pytest.approx(reference, rel=1e-12))
    phone_n = {card.company: card.channels[PHONE].n for card in slow.scorecards}
    scored_phone = [s for s in slow.observations if s.channel == PHONE and s.score is not None]
    assert sum(phone_n.values()) == len(scored_phone)
