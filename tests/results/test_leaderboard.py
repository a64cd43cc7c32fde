"""Leaderboards rendered through a real rich Console, and their JSON."""

from __future__ import annotations

import json

import pandas as pd
from rich.console import Console

from probes.base import Channel, Status
from results.leaderboard import format_duration, leaderboard_json, render_leaderboard
from results.ranking import rank
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


def rendered(df: pd.DataFrame, **options: object) -> str:
    console = Console(record=True, width=200)
    console.print(render_leaderboard(df, title="Q4 [b]board[/b]", **options))  # type: ignore[arg-type]
    return console.export_text()


def test_overall_board_shows_ranks_bands_channels_and_keys() -> None:
    text = rendered(campaign(), scale_note="demo rubric: 1 h -> 10 s")
    lines = text.splitlines()
    header = next(line for line in lines if "Company" in line)
    assert "Overall" in header and "Email" in header and "Phone" in header
    assert "first response" in header and "on homepage" in header
    assert "Chat" not in header  # no data at all on chat
    acme = next(line for line in lines if "Acme" in line)
    assert acme.split()[0] == "1"
    assert "100.0 Elite" in acme and "30 s" in acme and "✓" in acme and "n=1" in acme
    beta = next(line for line in lines if "Beta" in line)
    assert "—" in beta and "1 err" in beta  # phone: our error, no data
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
    assert "Phone" not in header and "Overall" not in header
    body = [line for line in lines if any(name in line for name in ("Acme", "Beta", "Evil"))]
    assert [line.split()[0] for line in body] == ["1", "2", "—"]
    assert "Acme" in body[0] and "Beta" in body[1]


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
