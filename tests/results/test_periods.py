"""Rankings over time: merged periods from a real store, rank changes, streaks, rendering."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
from rich.console import Console

from probes.base import Channel, Observation
from results.leaderboard import leaderboard_json, render_leaderboard
from results.periods import (
    campaigns_by_period,
    earlier_frames,
    history_notes,
    period_frame,
    period_key,
    with_history,
)
from results.ranking import rank
from results.store import Store
from rubrics.engine import score_observations
from rubrics.interface import ChannelScore, Scorecard
from tests.rubrics.factories import obs, small_rubric

EMAIL, PHONE = Channel.EMAIL, Channel.PHONE


def card(company: str, period: str, email: float | None, phone: float | None = None) -> Scorecard:
    """A scorecard whose overall is the mean of the channels given."""
    channels = {
        ch: ChannelScore(channel=ch, score=score, n=1, n_errors=0, key_value=None)
        for ch, score in ((EMAIL, email), (PHONE, phone))
        if score is not None
    }
    scores = [cs.score for cs in channels.values() if cs.score is not None]
    overall = sum(scores) / len(scores) if scores else None
    return Scorecard(company=company, period=period, channels=channels, overall=overall, band=None)


def board(period: str, **scores: float | None) -> pd.DataFrame:
    return rank([card(company, period, score) for company, score in scores.items()])


Q2 = board("2026-Q2", A=90.0, B=80.0, C=70.0)
Q3 = board("2026-Q3", A=90.0, B=85.0, C=60.0, D=50.0)
Q4 = board("2026-Q4", B=95.0, A=90.0, D=90.0, E=80.0, C=None)


def row(df: pd.DataFrame, company: str) -> dict[str, Any]:
    return dict(df.loc[df["company"] == company].iloc[0])


def test_rank_changes_new_entries_and_ties() -> None:
    df = with_history(Q4, [Q2, Q3])
    b, a, d, e, c = (row(df, name) for name in "BADEC")
    assert (b["movement"], b["prev_rank"], b["rank_change"]) == ("up", 2, 1)
    assert (a["movement"], a["prev_rank"], a["rank_change"]) == ("down", 1, -1)
    assert (d["rank_overall"], d["movement"], d["rank_change"]) == (2, "up", 2)  # tied with A
    assert e["movement"] == "new" and pd.isna(e["prev_rank"]) and pd.isna(e["rank_change"])
    assert c["movement"] is None and c["prev_rank"] == 3  # no data now: not ranked, not "new"
    assert list(df["company"]) == list(Q4["company"])  # order and columns kept
    assert df.attrs == Q4.attrs


def test_same_rank_and_no_previous_period() -> None:
    df = with_history(Q3, [Q2])
    assert row(df, "A")["movement"] == "same" and row(df, "A")["rank_change"] == 0
    assert row(df, "D")["movement"] == "new"
    alone = with_history(Q3, [])
    assert alone["movement"].isna().all() and alone["prev_rank"].isna().all()


def test_streaks_count_consecutive_periods_ending_now() -> None:
    df = with_history(Q3, [Q2])
    assert row(df, "A")["streak_first"] == 2 and row(df, "A")["streak_top10"] == 2
    assert row(df, "B")["streak_first"] == 0 and row(df, "B")["streak_top10"] == 2
    assert row(df, "D")["streak_top10"] == 1
    later = with_history(Q4, [Q2, Q3])
    assert row(later, "B")["streak_first"] == 1  # #1 only now
    assert row(later, "A")["streak_first"] == 0 and row(later, "A")["streak_top10"] == 3
    tied_top = with_history(board("Q", A=90.0, B=90.0), [board("P", B=95.0, A=90.0)])
    assert row(tied_top, "B")["streak_first"] == 2  # a shared #1 is still #1
    assert row(tied_top, "A")["streak_first"] == 1


def test_top_10_in_n_of_m_channels() -> None:
    cards = [card(f"C{i:02d}", "Q", 100.0 - i, 50.0 + i) for i in range(12)]
    cards.append(card("Email only", "Q", 99.5))
    df = with_history(rank(cards), [])
    assert row(df, "C00")["top10_channels"] == 1  # email 1st, phone 12th
    assert row(df, "C05")["top10_channels"] == 2
    assert row(df, "Email only")["top10_channels"] == 1
    assert set(df["channels_ranked"]) == {2}


def rendered(df: pd.DataFrame) -> str:
    console = Console(record=True, width=220)
    console.print(render_leaderboard(df, title="2026-Q4"))
    return console.export_text()


def test_leaderboard_shows_arrows_and_notes() -> None:
    text = rendered(with_history(Q4, [Q2, Q3]))
    lines = {line.split()[2]: line for line in text.splitlines() if "Elite" in line}
    assert lines["B"].split()[:2] == ["1", "▲1"]
    assert lines["A"].split()[:2] == ["2", "▼1"]
    assert lines["D"].split()[:2] == ["2", "▲2"]
    assert "NEW" in next(line for line in text.splitlines() if " E " in line)
    # Five companies: everyone is in the top 10, so top-10 notes would say nothing.
    assert "top 10" not in text
    streak = rendered(with_history(Q3, [Q2]))
    assert "#1 for 2 periods" in streak and "=" in streak
    assert "NEW" not in rendered(Q4) and "±" not in rendered(Q4)  # no history, no column


def test_json_has_the_change_and_notes() -> None:
    rows = json.loads(json.dumps(leaderboard_json(with_history(Q4, [Q2, Q3])), allow_nan=False))
    by_company = {r["company"]: r for r in rows}
    assert by_company["B"]["change"] == {
        "movement": "up",
        "previous_rank": 2,
        "by": 1,
        "streak_first": 1,
        "streak_top10": 3,
        "top10_channels": 1,
        "channels_ranked": 1,
    }
    assert by_company["E"]["change"]["movement"] == "new"
    assert by_company["E"]["change"]["by"] is None
    assert by_company["A"]["notes"] == []  # a field of 5: "top 10" says nothing
    record = {"streak_first": 1, "streak_top10": 3, "top10_channels": 1, "channels_ranked": 1}
    assert history_notes(record, field_size=11) == [
        "top 10 for 3 periods",
        "top 10 in 1 of 1 channels",
    ]
    assert history_notes(record, field_size=10) == []
    assert "change" not in leaderboard_json(Q4)[0]


def test_period_labels_sort_naturally() -> None:
    labels = ["2026-Q10", "2026-Q4", "2025-Q12", "2026-Q9"]
    assert sorted(labels, key=period_key) == ["2025-Q12", "2026-Q4", "2026-Q9", "2026-Q10"]


def _save(store: Store, campaign_id: str, period: str, observations: list[Observation]) -> None:
    companies = {o.company: {"name": o.company} for o in observations}
    store.save_campaign(campaign_id, campaign_id, period, f"{campaign_id}.yaml", {}, companies)
    plan = [(o.attempt_id, o.company, o.probe_id, i) for i, o in enumerate(observations)]
    store.plan_attempts(campaign_id, plan)
    for o in observations:
        store.record(campaign_id, o.attempt_id, [o])


def test_period_frames_merge_campaigns_of_a_period_in_label_order(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    # Q4 is stored first: periods are ordered by label, not by when they were run.
    _save(store, "q4", "2026-Q4", [obs("B", EMAIL, email__answered=True) for _ in range(3)])
    _save(store, "q3-a", "2026-Q3", [obs("A", EMAIL, email__answered=True) for _ in range(2)])
    _save(
        store,
        "q3-b",
        "2026-Q3",
        [obs("A", EMAIL, email__answered=False), obs("B", PHONE, phone__on_homepage=True)],
    )
    rubric = small_rubric()
    grouped = campaigns_by_period(store)
    assert list(grouped) == ["2026-Q3", "2026-Q4"]
    assert [c.id for c in grouped["2026-Q3"]] == ["q3-a", "q3-b"]
    q3 = period_frame(store, "2026-Q3", grouped["2026-Q3"], rubric)
    assert row(q3, "A")["n_email"] == 3  # both Q3 campaigns merged
    assert row(q3, "A")["score_email"] == 66.67  # (100 + 100 + 0) / 3, rounded to 2 places
    assert pd.isna(row(q3, "A")["low_email"])  # 3 attempts: below MIN_ATTEMPTS, no interval
    assert set(q3["period"]) == {"2026-Q3"}
    earlier = earlier_frames(store, "2026-Q4", rubric)
    assert len(earlier) == 1 and set(earlier[0]["period"]) == {"2026-Q3"}
    q4 = period_frame(store, "2026-Q4", grouped["2026-Q4"], rubric)
    moved = with_history(q4, earlier)
    assert row(moved, "B")["movement"] == "same" and moved["period"].iloc[0] == "2026-Q4"
    assert earlier_frames(store, "2026-Q3", rubric) == []
    store.close()


def _emails(period: str, answered: dict[str, int], total: int = 8) -> pd.DataFrame:
    observations = [
        obs(company, EMAIL, probe_id="email", email__answered=i < count)
        for company, count in answered.items()
        for i in range(total)
    ]
    report, attempts = score_observations(small_rubric(), observations, period)
    return rank(report.scorecards, attempts, rubric=small_rubric())


def test_arrows_only_for_changes_beyond_the_noise() -> None:
    before = _emails("2026-Q3", {"A": 0, "B": 4})
    now = _emails("2026-Q4", {"A": 8, "B": 5})
    df = with_history(now, [before])
    a, b = row(df, "A"), row(df, "B")
    assert (a["movement"], a["rank_change"]) == ("up", 1)  # 0 -> 100: far beyond the noise
    assert (b["movement"], b["rank_change"]) == ("same", -1)  # 50 -> 62.5: within it
    console = Console(record=True, width=200)
    console.print(render_leaderboard(df, title="Q4"))
    lines = {
        ln.split()[2]: ln.split()[:2]
        for ln in console.export_text().splitlines()
        if "▲" in ln or "=" in ln
    }
    assert lines["A"] == ["1–2", "▲1"] and lines["B"] == ["1–2", "="]  # within the noise
