"""Bootstrap 90% intervals and `tied_with` in the ranking, and how leaderboards show them."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pandas as pd
import pytest
from rich.console import Console

from probes.base import Channel, Observation, Status
from results.leaderboard import leaderboard_json, render_leaderboard
from results.ranking import MAX_TIED, _tied, rank
from rubrics.engine import score_campaign, score_campaign_fast
from rubrics.interface import Rubric, ScoreReport
from rubrics.loader import parse_rubric
from tests.rubrics.factories import obs, small_rubric

EMAIL, PHONE = Channel.EMAIL, Channel.PHONE


def report() -> ScoreReport:
    """A and B answer 7 and 6 of 8 emails (close); C answers 1 of 8; D has 2 attempts only."""
    observations = []
    for company, answered in (("A", 7), ("B", 6), ("C", 1), ("D", 2)):
        total = 2 if company == "D" else 8
        for i in range(total):
            observations.append(
                obs(company, EMAIL, email__answered=i < answered, email__first_response_s=30.0)
            )
        for _ in range(3):
            observations.append(obs(company, PHONE, phone__on_homepage=company != "C"))
    observations.append(obs("A", EMAIL, Status.ERROR))
    return score_campaign(small_rubric(), observations, "2026-Q4")


def ranked(seed: int = 0) -> pd.DataFrame:
    scored = report()
    weights = {ch: section.weight for ch, section in small_rubric().channels.items()}
    return rank(scored.scorecards, scored.observations, channel_weights=weights, seed=seed)


def at(df: pd.DataFrame, company: str, column: str) -> Any:
    """The cell of `company`'s row in `column`."""
    return df.loc[df["company"] == company, column].iloc[0]


def test_intervals_cover_the_score_and_need_three_attempts() -> None:
    df = ranked()
    for company in ("A", "B", "C"):
        low, high = at(df, company, "low_email"), at(df, company, "high_email")
        assert 0 <= low <= at(df, company, "score_email") <= high <= 100
        assert low < high
    assert np.isnan(at(df, "D", "low_email")) and np.isnan(at(df, "D", "low_overall"))
    assert at(df, "C", "low_phone") == at(df, "C", "high_phone") == 0.0  # no spread


def test_bootstrap_is_seeded() -> None:
    first, again, other = ranked(seed=1), ranked(seed=1), ranked(seed=2)
    pd.testing.assert_frame_equal(first, again)
    assert not np.array_equal(first["low_email"].to_numpy(), other["low_email"].to_numpy())


def test_close_companies_are_tied_and_distant_ones_are_not() -> None:
    df = ranked()
    assert "B" in at(df, "A", "tied_email") and "A" in at(df, "B", "tied_email")
    assert at(df, "C", "tied_email") == []
    assert "C" not in at(df, "A", "tied_with")
    assert at(df, "D", "tied_with") == []


def test_overall_interval_needs_the_channel_weights() -> None:
    scored = report()
    df = rank(scored.scorecards, scored.observations)
    assert df["low_overall"].isna().all()
    assert "low_email" in df and df["low_email"].notna().sum() == 3


def test_without_attempts_there_are_no_interval_columns() -> None:
    assert "low_email" not in rank(report().scorecards)


def test_leaderboards_show_intervals_and_ties() -> None:
    df = ranked()
    console = Console(record=True, width=200)
    console.print(render_leaderboard(df, title="Q4", channel=EMAIL))
    text = console.export_text()
    line_a = next(line for line in text.splitlines() if line.split()[1:2] == ["A"])
    assert "72–100" in line_a  # the interval, never cut
    assert "¹ A: tied with B (90% intervals overlap)" in text  # a footnote, not a column
    rows = json.loads(json.dumps(leaderboard_json(df), allow_nan=False))
    by_company = {row["company"]: row for row in rows}
    assert (
        by_company["A"]["low"] is not None
        and "B" in by_company["A"]["channels"]["email"]["tied_with"]
    )
    assert by_company["D"]["low"] is None


def _tied_by_brute_force(
    companies: list[str], scores: np.ndarray, low: np.ndarray, high: np.ndarray
) -> list[list[str]]:
    """Every pair compared; nearest score first, then the lower interval."""
    valid = [i for i in range(len(companies)) if not np.isnan(low[i])]
    by_low = {i: k for k, i in enumerate(sorted(valid, key=lambda i: low[i]))}
    out: list[list[str]] = [[] for _ in companies]
    for i in valid:
        heavy = []
        for j in valid:
            overlap = min(high[i], high[j]) - max(low[i], low[j])
            narrower = min(high[i] - low[i], high[j] - low[j])
            if j != i and overlap >= 0 and overlap >= 0.5 * narrower:
                heavy.append(j)
        heavy.sort(key=lambda j: (abs(scores[j] - scores[i]), by_low[j]))
        out[i] = [companies[j] for j in heavy[:MAX_TIED]]
    return out


def test_windowed_tie_search_equals_comparing_every_pair() -> None:
    rng = np.random.default_rng(5)
    for size, spread in ((160, 100.0), (160, 5.0), (40, 100.0)):
        scores = np.round(rng.uniform(0, spread, size), 1)
        width = rng.uniform(0.5, 12.0, size)
        low, high = scores - width * rng.uniform(0.2, 0.8, size), scores + width / 2
        low[rng.random(size) < 0.1] = np.nan
        companies = [f"C{i}" for i in range(size)]
        assert _tied(companies, scores, low, high) == _tied_by_brute_force(
            companies, scores, low, high
        )


def test_single_source_intervals_are_unchanged_by_the_rubric() -> None:
    scored = report()
    with_rubric = rank(scored.scorecards, scored.observations, rubric=small_rubric(), seed=0)
    pd.testing.assert_frame_equal(with_rubric, ranked(seed=0))
    # the numbers the pooled bootstrap has always given for seed 0
    rows = with_rubric.set_index("company").loc[["A", "B", "C"]]
    assert rows["low_email"].tolist() == [71.875, 62.5, 25.0]
    assert rows["high_email"].tolist() == [100.0, 100.0, 53.125]
    assert rows["low_overall"].tolist() == pytest.approx([78.90625, 71.875, 18.75])
    assert rows["high_overall"].tolist() == pytest.approx([100.0, 100.0, 39.84375])


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
        for i in range(4):
            observations.append(obs(company, EMAIL, probe_id="email", email__answered=i < 3))
    return parse_rubric(MIXED_PHONE_RUBRIC, "mixed-phone.yaml"), observations


def test_mixed_channel_interval_contains_and_centres_on_the_reported_score() -> None:
    rubric, observations = mixed_phone()
    slow = score_campaign(rubric, observations, "Q")
    fast, attempts = score_campaign_fast(rubric, observations, "Q")
    pooled = rank(slow.scorecards, slow.observations)
    for frame in (
        rank(slow.scorecards, slow.observations, rubric=rubric),
        rank(fast.scorecards, attempts, rubric=rubric),
    ):
        score = at(frame, "A", "score_phone")
        low, high = at(frame, "A", "low_phone"), at(frame, "A", "high_phone")
        assert score == pytest.approx(75.0) and at(frame, "A", "n_phone") == 6
        assert low < score < high
        assert abs((low + high) / 2 - score) <= 0.1 * (high - low)
        # the website visit is its own stratum: every replicate keeps its 100 at weight 1/2
        assert low >= 70.0 and high <= 80.0
        # C's calls and failed visit do not vary: no spread
        assert at(frame, "C", "low_phone") == at(frame, "C", "high_phone") == 20.0
    # resampled as one pool (no rubric) the interval is centred on the attempt mean instead
    assert (at(pooled, "A", "low_phone") + at(pooled, "A", "high_phone")) / 2 < 65.0


def test_mixed_channel_ties_and_overall_interval_are_still_computed() -> None:
    rubric, observations = mixed_phone()
    scored = score_campaign(rubric, observations, "Q")
    df = rank(scored.scorecards, scored.observations, rubric=rubric)
    assert at(df, "A", "tied_phone") == ["B"] and at(df, "B", "tied_phone") == ["A"]
    assert at(df, "C", "tied_phone") == []
    for company in ("A", "B", "C"):
        assert at(df, company, "low_overall") <= at(df, company, "overall")
        assert at(df, company, "overall") <= at(df, company, "high_overall")
    assert "C" not in at(df, "A", "tied_with")
