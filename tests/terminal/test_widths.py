"""Every table-printing command on a terminal of 80 (tmux), 100, 120 and 200 columns:
nothing wider than the screen, no number cut, at 80 no leaderboard row taller than two
lines, and nothing lost (every company, metric and probe appears)."""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from pathlib import Path

import pytest

from probes.metrics import METRICS
from results.findings import format_value
from tests.cli_process import audit_process
from tests.terminal.tmux import Tmux
from tests.world_factory import company_names

AUDIT = str(Path(sys.executable).parent / "audit")
WIDTHS = [80, 100, 120, 200]
NAMES = company_names(14)
CUT_NUMBER = re.compile(r"[\d.]…|…[\d.]")


def screen_at(tmux: Tmux, args: list[str], width: int) -> str:
    """`audit *args` on a terminal `width` columns wide: the screen it printed.

    The narrowest width runs in tmux, a real terminal emulator; the others on a bare
    pseudo-terminal of that size (the same size detection, a fraction of the cost).
    """
    if width == WIDTHS[0]:
        return tmux.run([AUDIT, *args], width)
    done = audit_process(*args, terminal=(width, 50), timeout=300)
    assert done.returncode == 0, done.stdout[-2000:]
    return done.stdout.rstrip("\n")


@cache
def data(workspace: Path, *args: str) -> object:
    """A command's result as JSON (no terminal); the same for every width, so read once."""
    out = audit_process(*args, "-w", str(workspace), "--format", "json", timeout=300)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def check_screen(screen: str, width: int) -> None:
    lines = screen.splitlines()
    assert lines, "nothing printed"
    too_wide = [line for line in lines if len(line.rstrip()) > width]
    assert not too_wide, f"wider than {width}: {too_wide[:3]}"
    assert not CUT_NUMBER.search(screen), f"a number was cut: {CUT_NUMBER.findall(screen)}"
    assert "Traceback" not in screen and "error:" not in screen


def table_rows(screen: str) -> list[list[str]]:
    """Leaderboard rows: a line starting with a rank, plus the lines continuing its name."""
    lines = screen.splitlines()
    start = next(i for i, line in enumerate(lines) if set(line.strip()) == {"─"}) + 1
    rows: list[list[str]] = []
    for line in lines[start:]:
        if not line.strip() or line[:1] not in " 0123456789—":  # footnotes follow
            break
        if line[:4].strip():
            rows.append([line])
        elif rows:
            rows[-1].append(line)
    return rows


def has_name(rows: list[list[str]], name: str) -> bool:
    """`name`'s words appear in order within one row (a name may wrap onto a second line)."""
    wanted = name.split()
    for row in rows:
        words = " ".join(row).split()
        position = 0
        for word in words:
            if position < len(wanted) and word == wanted[position]:
                position += 1
        if position == len(wanted):
            return True
    return False


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("channel", [None, "email"])
def test_leaderboard(tmux: Tmux, workspace: Path, width: int, channel: str | None) -> None:
    extra = [] if channel is None else ["--channel", channel]
    screen = screen_at(tmux, ["leaderboard", "-w", str(workspace), *extra], width)
    check_screen(screen, width)
    rows = table_rows(screen)
    assert len(rows) == len(NAMES)
    missing = [name for name in NAMES if not has_name(rows, name)]
    assert not missing, missing
    if width == 80:
        assert all(len(row) <= 2 for row in rows), [row for row in rows if len(row) > 2]
    board = data(workspace, "leaderboard", *extra)
    assert isinstance(board, dict)
    for row in board["rows"]:
        score = row["overall"] if channel is None else row["score"]
        if score is not None:
            assert f"{score:.1f}" in screen


@pytest.mark.parametrize("width", WIDTHS)
def test_compare(tmux: Tmux, workspace: Path, width: int) -> None:
    others = ",".join(NAMES[1:4])
    screen = screen_at(tmux, ["compare", NAMES[4], "--with", others, "-w", str(workspace)], width)
    check_screen(screen, width)
    result = data(workspace, "compare", NAMES[4], "--with", others)
    assert isinstance(result, dict)
    assert f"{result['overall']:.1f}" in screen
    for score in result["others_overall"].values():
        assert f"{score:.1f}" in screen
    labels = {
        line.split()[0] for line in screen.splitlines() if line.startswith("    ") and line.strip()
    }
    for channel in result["channels"]:
        for metric in channel["metrics"]:
            assert metric["metric"].split(".", 1)[1] in labels  # whole, never cut ("on_homep…")


@pytest.mark.parametrize("width", WIDTHS)
def test_findings(tmux: Tmux, workspace: Path, width: int) -> None:
    screen = screen_at(tmux, ["findings", "-w", str(workspace)], width)
    check_screen(screen, width)
    items = data(workspace, "findings")
    assert isinstance(items, list) and items
    for item in items:
        if item["n"] and item["unit"] == "share":
            shown = format_value(item["value"], "share", item["n"])
            assert shown in " ".join(screen.split()), shown


@pytest.mark.parametrize("width", WIDTHS)
def test_show(tmux: Tmux, workspace: Path, width: int) -> None:
    screen = screen_at(tmux, ["show", NAMES[1], "-w", str(workspace)], width)
    check_screen(screen, width)
    observations = data(workspace, "show", NAMES[1])
    assert isinstance(observations, list) and observations
    flat = " ".join(screen.split())
    for obs in observations:
        assert obs["attempt_id"] in flat
        if obs["score"] is not None:
            assert f"{obs['score']:.1f}" in flat


@pytest.mark.parametrize("width", WIDTHS)
def test_metrics(tmux: Tmux, workspace: Path, width: int) -> None:
    screen = screen_at(tmux, ["metrics"], width)
    check_screen(screen, width)
    words = set(screen.split())
    assert set(METRICS) <= words  # every name whole, never folded


@pytest.mark.parametrize("width", WIDTHS)
def test_status(tmux: Tmux, workspace: Path, width: int) -> None:
    screen = screen_at(tmux, ["status", "-w", str(workspace)], width)
    check_screen(screen, width)
    status = data(workspace, "status")
    assert isinstance(status, dict)
    for row in status["by_probe"]:
        assert row["probe"] in screen
        assert str(row["done"]) in screen
