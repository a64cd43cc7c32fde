"""Scoring semantics: statuses, renormalisation, channel means, overall weights, bands."""

from __future__ import annotations

import math

import pytest

from probes.base import Channel, Status
from rubrics.explain import explain
from rubrics.summary import band
from tests.rubrics.factories import explained, obs, scored, small_rubric

EMAIL, PHONE, CHAT = Channel.EMAIL, Channel.PHONE, Channel.CHAT


def test_ok_observation_is_the_weighted_mean_times_100() -> None:
    rubric = small_rubric()
    best = explained(rubric, obs("A", EMAIL, email__first_response_s=30.0, email__answered=True))
    assert best.score == 100.0
    mixed = explained(rubric, obs("A", EMAIL, email__first_response_s=300.0, email__answered=False))
    assert mixed.score == pytest.approx(12.5)  # (0.5 * 1 + 0 * 3) / 4
    fast, answered = mixed.criteria
    assert (fast.criterion_id, fast.score, fast.weight, fast.value) == ("fast", 0.5, 1.0, 300.0)
    assert (answered.score, answered.weight) == (0.0, 3.0)
    assert fast.reason == "thresholds: 300.0 -> 0.50"
    assert (fast.state, answered.state) == ("scored", "scored")


def test_missing_metric_is_not_applicable_and_weights_renormalise() -> None:
    rubric = small_rubric()
    only_fast = explained(rubric, obs("A", EMAIL, email__first_response_s=300))
    assert only_fast.score == pytest.approx(50.0)
    missing = only_fast.criteria[1]
    assert missing.score is None and missing.value is None
    assert "not applicable" in missing.reason
    explicit_none = explained(
        rubric, obs("A", EMAIL, email__answered=True, email__first_response_s=None)
    )
    assert explicit_none.score == 100.0


def test_no_applicable_criterion_gives_no_score() -> None:
    scored = explained(small_rubric(), obs("A", EMAIL, email__auto_ack=True))
    assert scored.score is None
    assert all(c.score is None for c in scored.criteria)


def test_wrong_value_type_is_not_applicable() -> None:
    scored = explained(
        small_rubric(), obs("A", EMAIL, email__first_response_s="soon", email__answered=True)
    )
    assert scored.score == 100.0
    assert scored.criteria[0].score is None
    assert "not a valid seconds value" in scored.criteria[0].reason


@pytest.mark.parametrize("status", [Status.ABSENT, Status.TIMEOUT])
def test_company_failures_score_zero_on_every_criterion(status: Status) -> None:
    scored = explained(small_rubric(), obs("A", EMAIL, status, email__answered=True))
    assert scored.score == 0.0
    assert [c.score for c in scored.criteria] == [0.0, 0.0]
    assert scored.criteria[1].value is True
    assert status.value in scored.criteria[0].reason


def test_our_errors_are_not_scored_and_are_counted() -> None:
    rubric = small_rubric()
    error = obs("A", EMAIL, Status.ERROR)
    assert explained(rubric, error).score is None
    report = scored(
        rubric, [error, obs("A", EMAIL, email__answered=True), obs("A", PHONE, Status.ERROR)], "Q"
    )
    card = report.scorecards[0]
    assert card.channels[EMAIL].score == 100.0
    assert (card.channels[EMAIL].n, card.channels[EMAIL].n_errors) == (1, 1)
    only_errors = card.channels[PHONE]
    assert (only_errors.score, only_errors.n, only_errors.n_errors) == (None, 0, 1)
    assert card.overall == 100.0  # phone has no data: left out, not 0


def test_channel_score_is_the_mean_of_attempts_with_n() -> None:
    report = scored(
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
    # the timeout and the reply-less observation are censored: longer than the deadline
    assert email.key_value == math.inf


def test_overall_uses_rubric_weights_renormalised_over_present_channels() -> None:
    rubric = small_rubric()  # email weight 3, phone weight 1
    report = scored(
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
    chat = explain(rubric, [obs("C", CHAT, chat__available=True)])[0]
    assert chat.score is None and chat.criteria == ()
    assert [card.company for card in report.scorecards] == ["A", "B"]
    assert report.rubric_name == "small" and report.rubric_hash == rubric.content_hash
    assert all(card.period == "2026-Q4" for card in report.scorecards)


def test_key_metric_flags_summarise_by_majority() -> None:
    report = scored(
        small_rubric(),
        [obs("A", PHONE, phone__on_homepage=v) for v in (True, False, True)],
        "Q",
    )
    assert report.scorecards[0].channels[PHONE].key_value is True


def test_interned_criterion_scores_do_not_mix_bools_and_ints() -> None:
    rubric = small_rubric()
    first = explained(rubric, obs("A", EMAIL, email__first_response_s=1, email__answered=True))
    second = explained(rubric, obs("A", EMAIL, email__first_response_s=True))
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


def test_scoring_leaves_rubrics_comparable_by_content() -> None:
    used, fresh = small_rubric(), small_rubric()
    explained(used, obs("A", EMAIL, email__answered=True))
    assert used == fresh
