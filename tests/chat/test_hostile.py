"""Hostile agent messages (rich markup, ANSI/OSC escapes, HTML/JS) are kept literally, never run."""

from __future__ import annotations

from rich.console import Console

from results.safe_text import safe_text
from tests.chat.conftest import HOSTILE_NAME, HOSTILE_TEXT, ChatRun


def test_hostile_message_is_stored_literally(chats: dict[str, ChatRun]) -> None:
    run = chats["hostile-shop"]
    assert run.observation.status.value == "ok", run.observation.detail
    assert run.transcript is not None
    human = [m for m in run.transcript["messages"] if m["role"] == "human"]
    assert [m["text"] for m in human] == [HOSTILE_TEXT.strip()]
    assert human[0]["sender"] == HOSTILE_NAME
    assert run.observation.metrics["chat.answered"] is True


def test_hostile_markup_never_runs_in_the_page(chats: dict[str, ChatRun]) -> None:
    for company, run in chats.items():
        beacons = [e for e in run.server_log if e["author"] == "beacon"]
        assert beacons == [], company


def test_hostile_text_is_shown_literally_in_a_report(chats: dict[str, ChatRun]) -> None:
    run = chats["hostile-shop"]
    console = Console(record=True, width=400, color_system=None)
    console.print(safe_text(HOSTILE_TEXT), safe_text(run.observation.detail))
    shown = console.export_text()
    assert "\x1b" not in shown and "\x07" not in shown
    assert "[link=file:///etc/passwd]click[/link]" in shown
    assert "<script>fetch(" in shown
    # the detail names the sender only in repr form: escapes cannot reach a terminal raw
    assert "\x1b" not in run.observation.detail
