"""Untrusted text: escapes and controls stripped, markup shown literally."""

from __future__ import annotations

from rich.console import Console

from results.safe_text import safe_text, strip_control


def test_strip_control_removes_escape_sequences() -> None:
    assert strip_control("\x1b[31mred\x1b[0m") == "red"
    assert strip_control("\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\") == "link"
    assert strip_control("\x1b]0;title\x07after") == "after"
    assert strip_control("a\x9b31mb") == "ab"
    assert strip_control("\x1bPq#0;2;0;0;0\x1b\\x") == "x"
    assert strip_control("\x1b(Bplain") == "plain"


def test_strip_control_keeps_newline_and_tab_only() -> None:
    assert strip_control("a\tb\nc\rd\x00e\x07f\x7fg\x85h") == "a\tb\ncdefgh"
    assert strip_control("abc\u202edcba") == "abcdcba"
    assert strip_control("Café 日本 😀") == "Café 日本 😀"


def test_safe_text_is_literal_and_limited() -> None:
    console = Console(record=True, width=80, color_system=None)
    console.print(safe_text("[bold red]X[/] :smile: \x1b[2J"))
    assert console.export_text() == "[bold red]X[/] :smile: \n"
    assert safe_text("abcdef", limit=4).plain == "abc…"
    assert safe_text("abc", limit=4).plain == "abc"
