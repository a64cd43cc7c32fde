"""Leaderboards rendered through a real rich Console, and their JSON."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest
from rich.console import Console

from probes.base import Channel, Status
from results.leaderboard import format_duration, leaderboard_json, render_leaderboard
from results.ranking import rank
from rubrics.engine import score_observations
from tests.rubrics.factories import obs, scored, small_rubric

EVIL = "[bold red]Evil[/] \x1b]8;;http://evil.example\x1b\\Corp\x1b]8;;\x1b\\\x1b[2J\nInc"


def campaign() -> pd.DataFrame:
    observations = [
        obs("Acme", Channel.EMAIL, email__first_response_s=30.0, email__answered=True),
        obs("Acme", Channel.PHONE, phone__on_homepage=True),
        obs("Beta", Channel.EMAIL, email__first_response_s=300.0, email__answered=True),
        obs("Beta", Channel.PHONE, Status.ERROR),
        obs(EVIL, Channel.PHONE, phone__on_homepage=False),
    ]
    return rank(scored(small_rubric(), observations, "2026-Q4").scorecards)


def rendered(df: pd.DataFrame, width: int = 200, **options: object) -> str:
    console = Console(record=True, width=width)
    console.print(render_leaderboard(df, title="Q4 [b]board[/b]", **options))  # type: ignore[arg-type]
    return console.export_text()


def test_overall_board_shows_ranks_bands_channels_and_keys() -> None:
    text = rendered(campaign(), scale_note="demo rubric: 1 h -> 10 s")
    lines = text.splitlines()
    header_at = next(i for i, line in enumerate(lines) if "Company" in line)
    header = " ".join(lines[max(header_at - 1, 0) : header_at + 1])  # headings wrap at spaces
    assert "Overall" in header and "Email" in header and "Phone" in header
    assert "response" in header and "homepage" in header
    assert "Chat" not in header  # no data at all on chat
    acme = next(line for line in lines if "Acme" in line)
    assert acme.split()[0] == "1"
    assert "100.0 Elite" in acme and "30 s" in acme and "✓" in acme
    beta = next(line for line in lines if "Beta" in line)
    assert "—" in beta and "0+1 err" in beta  # phone: our error, no data
    assert "Q4 [b]board[/b]" in text
    assert "demo rubric: 1 h -> 10 s" in text


def test_markup_and_escapes_in_company_names_print_literally() -> None:
    text = rendered(campaign())
    assert "[bold red]Evil[/] Corp Inc" in text
    assert "\x1b" not in text
    evil = next(line for line in text.splitlines() if "Evil" in line)
    assert "✗" in evil and "Not recommended" in evil


def test_channel_board_ranks_by_that_channel_only() -> None:
    text = rendered(campaign(), channel=Channel.EMAIL)
    lines = [line for line in text.splitlines() if line.strip()]
    header = next(line for line in lines if "Company" in line)
    assert "Phone" not in header
    body = [line for line in lines if any(name in line for name in ("Acme", "Beta", "Evil"))]
    assert [line.split()[0] for line in body] == ["1", "2", "—"]
    assert "Acme" in body[0] and "Beta" in body[1]


def many(count: int = 30) -> pd.DataFrame:
    """Every channel, long names, attempts enough for intervals."""
    observations = []
    for i in range(count):
        name = f"Company with a rather long trading name number {i}"
        for k in range(5):  # intervals need 5 attempts
            observations += [
                obs(name, Channel.EMAIL, email__first_response_s=30.0 * (i + k + 1),
                    email__answered=(i + k) % 3 != 0),
                obs(name, Channel.PHONE, phone__on_homepage=(i + k) % 2 == 0),
            ]  # fmt: skip
    report, attempts = score_observations(small_rubric(), observations, "2026-Q4")
    return rank(report.scorecards, attempts, rubric=small_rubric())


def body_rows(text: str) -> list[list[str]]:
    """Table rows (a row: its first line and the lines continuing its name)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if set(line.strip()) == {"─"}) + 1
    rows: list[list[str]] = []
    for line in lines[start:]:
        if not line.strip() or not line.startswith((" ", "—", *"0123456789")):
            break
        if line[:3].strip():
            rows.append([line])
        elif rows:
            rows[-1].append(line)
    return rows


@pytest.mark.parametrize("width", [60, 80, 100, 120, 200])
def test_every_width_fits_without_cutting_a_number(width: int) -> None:
    df = many()
    text = rendered(df, width=width)
    assert all(len(line) <= width for line in text.splitlines())
    assert not re.search(r"\d…|…\d", text)  # numbers are never cut
    rows = body_rows(text)
    assert len(rows) == len(df)
    assert all(len(row) <= 2 for row in rows)  # a long name wraps once at most
    for score in df["overall"].round(1):
        assert f"{score:.1f}" in text


def test_narrow_boards_drop_columns_and_say_so() -> None:
    df = many()
    narrow, wide = rendered(df, width=60), rendered(df, width=200)
    assert "int." not in narrow.split("─")[0] and "int." in wide.split("─")[0]
    assert "first" in wide and "more columns on a wider terminal" in narrow
    assert "±" not in wide  # no history: no movement column
    board = render_leaderboard(df, title="Q4", wide=True)
    everything = Console(record=True, width=board.natural_width())
    everything.print(board)
    assert "90%" in everything.export_text()


def test_rank_ranges_and_low_confidence_when_the_ranking_has_them() -> None:
    df = campaign()
    df["rank_low"] = pd.array([1, 1, None], dtype="Int64")
    df["rank_high"] = pd.array([2, 2, None], dtype="Int64")
    df["measured_email"] = [1.0, 0.4, None]
    df["low_confidence_email"] = [False, True, False]
    text = rendered(df, width=80)
    acme = next(line for line in text.splitlines() if "Acme" in line)
    assert acme.split()[0] == "1–2"
    assert "not statistically certain" in text
    beta = next(line for line in text.splitlines() if "Beta" in line)
    assert "87.5?" in beta and "? low confidence" in text  # marked, and explained below
    rows = {row["company"]: row for row in leaderboard_json(df)}
    assert rows["Beta"]["channels"]["email"]["low_confidence"] is True
    assert rows["Acme"]["channels"]["email"]["low_confidence"] is False


def test_json_is_json_safe_and_ordered_like_the_board() -> None:
    df = campaign()
    rows = leaderboard_json(df)
    parsed = json.loads(json.dumps(rows, allow_nan=False))
    assert [row["company"] for row in parsed][:2] == ["Acme", "Beta"]
    acme = parsed[0]
    assert acme["rank"] == 1 and acme["band"] == "Elite"
    assert acme["channels"]["email"] == {
        "rank": 1,
        "score": 100.0,
        "band": "Elite",
        "n": 1,
        "errors": 0,
        "key_metric": "email.first_response_s",
        "key": 30.0,
        "low_confidence": False,
    }
    assert parsed[1]["channels"]["phone"]["score"] is None
    assert parsed[1]["channels"]["phone"]["errors"] == 1
    assert parsed[1]["channels"]["chat"]["rank"] is None
    email = json.loads(json.dumps(leaderboard_json(df, Channel.EMAIL), allow_nan=False))
    assert [(row["company"], row["rank"]) for row in email] == [
        ("Acme", 1),
        ("Beta", 2),
        (EVIL, None),
    ]


def test_durations_read_naturally() -> None:
    assert [format_duration(s) for s in (4.24, 42, 750, 12600, 172800)] == [
        "4.2 s",
        "42 s",
        "12 min",
        "3.5 h",
        "2.0 d",
    ]


def test_top_keeps_the_best_rows_and_says_how_many_are_hidden() -> None:
    text = rendered(campaign(), top=1, scale_note="note")
    assert "Acme" in text and "Beta" not in text
    assert "… and 2 more" in text and "note" in text


@pytest.mark.parametrize("width", [80, 120, 200])
def test_rows_laid_out_directly_match_rich_tables(
    width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past its first row the board is laid out line by line (fast for 10,000 companies):
    the same text as rich's Table gives, long names wrapped over two lines included."""
    import results.fit

    long_name = "The Extraordinarily Long-Named Outdoor Equipment Company of Northern Europe"
    observations = [
        obs(name, channel, email__first_response_s=30.0 * (i + 1), email__answered=True)
        if channel is Channel.EMAIL
        else obs(name, channel, phone__on_homepage=i % 2 == 0)
        for i, name in enumerate(["Acme", long_name, EVIL, "Beta", "Gamma 中文 Ltd"])
        for channel in (Channel.EMAIL, Channel.PHONE)
    ]
    df = rank(scored(small_rubric(), observations, "2026-Q4").scorecards)
    direct = rendered(df, width)
    monkeypatch.setattr(results.fit, "HEAD_ROWS", 10**6)  # every row through rich's Table
    through_rich = rendered(df, width)
    assert [line.rstrip() for line in direct.splitlines()] == [
        line.rstrip() for line in through_rich.splitlines()
    ]
    assert "Long-Named" in direct
