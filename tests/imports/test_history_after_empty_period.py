"""A period that ranked nobody (its log rows moved away) is no history: nobody shows NEW."""

from __future__ import annotations

import pandas as pd

from probes.base import Channel
from results.periods import with_history
from results.ranking import rank
from rubrics.interface import ChannelScore, Scorecard


def board(period: str, **scores: float) -> pd.DataFrame:
    cards = [
        Scorecard(
            company=company,
            period=period,
            channels={
                Channel.PHONE: ChannelScore(
                    channel=Channel.PHONE, score=score, n=1, n_errors=0, key_value=None
                )
            },
            overall=score,
            band=None,
        )
        for company, score in scores.items()
    ]
    return rank(cards)


def movement(frame: pd.DataFrame, company: str) -> object:
    return frame.loc[frame["company"] == company, "movement"].iloc[0]


def test_an_empty_previous_period_is_no_history() -> None:
    now = board("2026-Q4", A=90.0, B=80.0)
    after_empty = with_history(now, [rank([])])
    assert after_empty["movement"].isna().all() and after_empty["prev_rank"].isna().all()


def test_an_empty_period_between_two_ranked_ones_is_skipped() -> None:
    now = board("2026-Q4", A=90.0, B=80.0)
    before = board("2026-Q2", B=90.0, A=80.0)
    df = with_history(now, [before, rank([])])
    assert (movement(df, "A"), movement(df, "B")) == ("up", "down")
    assert df.loc[df["company"] == "A", "streak_top10"].iloc[0] == 2
