"""Ranking scorecards: min ties, no-data channels unranked, order and columns."""

from __future__ import annotations

import pandas as pd

from probes.base import Channel
from results.ranking import rank
from rubrics.interface import ChannelScore, Scorecard

EMAIL, PHONE = Channel.EMAIL, Channel.PHONE


def card(company: str, overall: float | None, **channels: float | None) -> Scorecard:
    scores = {
        Channel(name): ChannelScore(
            channel=Channel(name),
            score=value,
            n=0 if value is None else 2,
            n_errors=1 if value is None else 0,
            key_value=None if value is None else 42.0,
            key_metric=f"{name}.first_response_s" if name == "email" else None,
        )
        for name, value in channels.items()
    }
    return Scorecard(company=company, period="2026-Q4", channels=scores, overall=overall, band=None)


def test_ties_share_the_min_rank_and_the_next_rank_skips() -> None:
    df = rank([card("C", 70.0), card("A", 85.0), card("B", 85.0), card("D", 90.0)])
    assert list(df["company"]) == ["D", "A", "B", "C"]
    assert list(df["rank_overall"]) == [1, 2, 2, 4]


def test_ties_are_judged_on_the_displayed_score() -> None:
    df = rank([card("A", 85.04), card("B", 84.96), card("C", 84.94)])
    assert list(df["rank_overall"]) == [1, 1, 3]


def test_missing_channels_are_no_data_not_zero() -> None:
    df = rank(
        [card("A", 80.0, email=80.0), card("B", 60.0, email=60.0, phone=None), card("C", None)]
    )
    by_company = df.set_index("company")
    assert by_company["score_phone"].isna()["B"]
    assert by_company.loc["B", "rank_phone"] is pd.NA
    assert by_company.loc["B", "errors_phone"] == 1
    assert by_company.loc["A", "n_phone"] == 0
    assert list(df["rank_email"]) == [1, 2, pd.NA]
    assert df.iloc[-1]["company"] == "C"  # no overall: last, unranked
    assert df.iloc[-1]["rank_overall"] is pd.NA
    assert df.iloc[-1]["band"] is None


def test_columns_bands_and_key_metrics() -> None:
    df = rank([card("A", 90.0, email=95.0), card("B", 75.0, email=75.0)])
    for channel in Channel:
        c = channel.value
        for column in (f"score_{c}", f"n_{c}", f"errors_{c}", f"rank_{c}", f"key_{c}"):
            assert column in df.columns
    assert list(df["band"]) == ["Elite", "Approved"]
    assert list(df["key_email"]) == [42.0, 42.0]
    assert df.attrs["key_metrics"] == {"email": "email.first_response_s"}


def test_empty_input_gives_an_empty_frame_with_columns() -> None:
    df = rank([])
    assert len(df) == 0
    assert "rank_overall" in df.columns
