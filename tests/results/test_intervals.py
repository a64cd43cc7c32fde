"""Intervals, the difference test, rank ranges: honest about what the data can tell."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pandas as pd
import pytest
from rich.console import Console

from probes.base import Channel, Observation, Status
from results.intervals import MIN_ATTEMPTS, differs, rank_ranges
from results.leaderboard import leaderboard_json, render_leaderboard
from results.ranking import rank
from rubrics.engine import AttemptScores, score_observations
from rubrics.interface import Rubric, ScoreReport
from rubrics.loader import parse_rubric
from tests.rubrics.factories import obs, small_rubric

EMAIL, PHONE = Channel.EMAIL, Channel.PHONE


def report() -> tuple[ScoreReport, AttemptScores]:
    """A and B answer 7 and 6 of 8 emails (close); C answers 1 of 8; D has 2 attempts only.

    Phone: 6 website visits each, all alike (C shows no number).
    """
    observations = []
    for company, answered in (("A", 7), ("B", 6), ("C", 1), ("D", 2)):
        total = 2 if company == "D" else 8
        for i in range(total):
            observations.append(
                obs(company, EMAIL, email__answered=i < answered, email__first_response_s=30.0)
            )
        for _ in range(6):
            observations.append(obs(company, PHONE, phone__on_homepage=company != "C"))
    observations.append(obs("A", EMAIL, Status.ERROR))
    return score_observations(small_rubric(), observations, "2026-Q4")


def ranked() -> pd.DataFrame:
    scored, attempts = report()
    return rank(scored.scorecards, attempts, rubric=small_rubric())


def at(df: pd.DataFrame, company: str, column: str) -> Any:
    """The cell of `company`'s row in `column`."""
    return df.loc[df["company"] == company, column].iloc[0]


def test_intervals_contain_the_score_and_are_shown_from_min_attempts() -> None:
    df = ranked()
    for company in ("A", "B", "C"):
        low, high = at(df, company, "low_email"), at(df, company, "high_email")
        assert 0 <= low <= at(df, company, "score_email") <= high <= 100
        assert low < high
    assert at(df, "D", "n_email") < MIN_ATTEMPTS
    assert np.isnan(at(df, "D", "low_email")) and np.isnan(at(df, "D", "low_overall"))


def test_attempts_that_all_agree_still_give_an_interval_with_width() -> None:
    df = ranked()
    assert at(df, "C", "score_phone") == 0.0 and at(df, "A", "score_phone") == 100.0
    assert at(df, "C", "low_phone") == 0.0 < at(df, "C", "high_phone")
    assert at(df, "A", "low_phone") < at(df, "A", "high_phone") == 100.0


def test_the_difference_test_is_symmetric() -> None:
    rng = np.random.default_rng(3)
    diff, se_a, se_b = rng.normal(0, 10, 200), rng.uniform(1, 8, 200), rng.uniform(1, 8, 200)
    assert (differs(diff, se_a, se_b) == differs(-diff, se_b, se_a)).all()
    assert not differs(np.array([5.0]), np.array([np.nan]), np.array([1.0]))[0]


def test_close_companies_share_a_rank_range_both_ways_and_distant_ones_do_not() -> None:
    df = ranked()
    a = (at(df, "A", "rank_low_email"), at(df, "A", "rank_high_email"))
    b = (at(df, "B", "rank_low_email"), at(df, "B", "rank_high_email"))
    c = (at(df, "C", "rank_low_email"), at(df, "C", "rank_high_email"))
    rank_a, rank_b = at(df, "A", "rank_email"), at(df, "B", "rank_email")
    assert a[0] <= rank_b <= a[1] and b[0] <= rank_a <= b[1]  # tied both ways
    assert c[0] > max(a[1], b[1]) - 1 and c[0] >= 3  # C is behind A and B for sure
    # D (2 attempts, no interval) may be anywhere: its range is every rank
    assert (at(df, "D", "rank_low_email"), at(df, "D", "rank_high_email")) == (1, 4)


def _ranges_by_brute_force(score: np.ndarray, se: np.ndarray) -> tuple[list[int], list[int]]:
    ranked_count = int(np.isfinite(score).sum())
    best, worst = [], []
    for i in range(len(score)):
        if not np.isfinite(score[i]):
            best.append(0)
            worst.append(0)
            continue
        above = below = 0
        for j in range(len(score)):
            if j == i or not np.isfinite(score[j]):
                continue
            if differs(np.array([score[j] - score[i]]), se[[i]], se[[j]])[0]:
                above += score[j] > score[i]
                below += score[j] < score[i]
        best.append(1 + above)
        worst.append(ranked_count - below)
    return best, worst


def test_rank_ranges_equal_comparing_every_pair() -> None:
    rng = np.random.default_rng(5)
    for size, spread, se_low, se_high in ((160, 100.0, 1, 12), (160, 5.0, 0.5, 2), (7, 100, 3, 3)):
        score = np.round(rng.uniform(0, spread, size), 1)
        se = rng.uniform(se_low, se_high, size)
        se[rng.random(size) < 0.1] = np.nan
        score[rng.random(size) < 0.05] = np.nan
        best, worst = rank_ranges(score, se)
        assert (best.tolist(), worst.tolist()) == _ranges_by_brute_force(score, se)


def test_overall_interval_needs_the_channel_weights() -> None:
    scored, attempts = report()
    df = rank(scored.scorecards, attempts)
    assert df["low_overall"].isna().all() and df["rank_low"].tolist() == [1, 1, 1, 1]
    assert "low_email" in df and df["low_email"].notna().sum() == 3


def test_without_attempts_there_are_no_interval_columns() -> None:
    assert "low_email" not in rank(report()[0].scorecards)


def test_leaderboards_show_rank_ranges_and_json_is_rounded() -> None:
    df = ranked()
    console = Console(record=True, width=200)
    console.print(render_leaderboard(df, title="Q4", channel=EMAIL))
    text = console.export_text()
    cells = [line.split() for line in text.splitlines()]
    first = {cell[1]: cell[0] for cell in cells if len(cell) > 1 and cell[1] in "ABCD"}
    # D (2 attempts) may be anywhere, so A and B may be third; C is behind A and B
    assert (first["A"], first["B"], first["C"], first["D"]) == ("1–3", "1–3", "3–4", "1–4")
    rows = json.loads(json.dumps(leaderboard_json(df), allow_nan=False))
    by_company = {row["company"]: row for row in rows}
    email = by_company["A"]["channels"]["email"]
    assert (email["rank_low"], email["rank_high"]) == (1, 3)
    assert by_company["D"]["low"] is None
    for row in rows:
        for value in (row["overall"], row["low"], row["high"], row["channels"]["email"]["score"]):
            assert value is None or round(value, 2) == value


MIXED_PHONE_RUBRIC = """\
name: mixed-phone
description: phone scored from one website visit and several calls, weighted one to one
channels:
  phone:
    weight: 1
    criteria:
      - {id: shown, metric: phone.on_homepage, weight: 1, scorer: {type: boolean}}
      - {id: hold, metric: phone.hold_s, weight: 1,
         scorer: {type: thresholds, steps: [{at_most: 30, score: 0.6}, {at_most: 60, score: 0.5}],
                  otherwise: 0.4}}
  email:
    weight: 1
    criteria:
      - {id: answered, metric: email.answered, weight: 1, scorer: {type: boolean}}
"""


def mixed_phone() -> tuple[Rubric, list[Observation]]:
    """Per company 1 website visit + 5 calls; A and B close, C far below (no number shown).

    A: website 100, calls 60 50 40 50 50 -> phone 75 (the plain attempt mean is 58.3).
    B: website 100, calls 60 50 40 50 60 -> phone 76. C: website absent (0), calls 40 -> 20.
    """
    holds = {"A": [10, 45, 90, 45, 45], "B": [10, 45, 90, 45, 10], "C": [90] * 5}
    observations = []
    for company, company_holds in holds.items():
        shown = company != "C"
        status = Status.OK if shown else Status.ABSENT
        observations.append(
            obs(company, PHONE, status, probe_id="website", phone__on_homepage=shown)
        )
        for hold in company_holds:
            observations.append(obs(company, PHONE, probe_id="phone-call", phone__hold_s=hold))
        for i in range(5):
            observations.append(obs(company, EMAIL, probe_id="email", email__answered=i < 3))
    return parse_rubric(MIXED_PHONE_RUBRIC, "mixed-phone.yaml"), observations


def test_mixed_channel_interval_centres_on_the_reported_score() -> None:
    rubric, observations = mixed_phone()
    scored, attempts = score_observations(rubric, observations, "Q")
    frame = rank(scored.scorecards, attempts, rubric=rubric)
    pooled = rank(scored.scorecards, attempts)
    score = at(frame, "A", "score_phone")
    low, high = at(frame, "A", "low_phone"), at(frame, "A", "high_phone")
    assert score == pytest.approx(75.0) and at(frame, "A", "n_phone") == 6
    assert low < score < high
    assert (low + high) / 2 == pytest.approx(score, abs=0.01)
    # taken as one pool (no rubric), the website visit is one attempt in six, not half
    assert at(pooled, "A", "high_phone") - at(pooled, "A", "low_phone") != high - low


def test_mixed_channel_rank_ranges_and_overall_interval_are_computed() -> None:
    rubric, observations = mixed_phone()
    scored, attempts = score_observations(rubric, observations, "Q")
    df = rank(scored.scorecards, attempts, rubric=rubric)
    assert (at(df, "A", "rank_low_phone"), at(df, "A", "rank_high_phone")) == (1, 2)
    assert at(df, "C", "rank_low_phone") == 3
    for company in ("A", "B", "C"):
        assert at(df, company, "low_overall") <= at(df, company, "overall")
        assert at(df, company, "overall") <= at(df, company, "high_overall")


def test_every_interval_is_the_score_plus_minus_z_standard_errors() -> None:
    from results.intervals import Z

    df = ranked()
    for suffix, score_col in (("email", "score_email"), ("overall", "overall")):
        checked = 0
        for record in df.to_dict("records"):
            low, high, se = (
                record[f"low_{suffix}"],
                record[f"high_{suffix}"],
                record[f"se_{suffix}"],
            )
            if np.isnan(low) or low == 0.0 or high == 100.0:
                continue
            assert (high - low) / 2 == pytest.approx(Z * se, abs=0.02)
            assert (high + low) / 2 == pytest.approx(record[score_col], abs=0.02)
            checked += 1
        assert checked > 0
