"""Command-line habits: --version, --format everywhere, stdout for results and stderr for
notes, NO_COLOR / --no-color in a real terminal, `audit config` layers, safe CSV/Markdown."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from tests.cli_process import audit_process
from tests.terminal.tmux import Tmux
from tests.world_factory import HOSTILE_NAME, build_store

AUDIT = str(Path(sys.executable).parent / "audit")
SGR_COLOUR = ("\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[36m", "38;5;", "38;2;")


def audit(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None):
    """Run the CLI without a terminal; stdout and stderr apart."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("AUDIT_")}
    return audit_process(*args, env={**environ, **(env or {})}, cwd=cwd, timeout=300)


@pytest.fixture(scope="module")
def hostile_ws(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-ws")
    build_store(folder, companies=5, periods=("2026-Q4",), hostile=True, evidence=False).close()
    return folder


def test_version() -> None:
    done = audit("--version")
    assert done.returncode == 0 and version("service-audit") in done.stdout


def test_help_documents_exit_codes_and_completion() -> None:
    text = " ".join(audit("--help").stdout.split())
    assert "--install-completion" in text and "--show-completion" in text
    assert "2 bad input" in text and "3 our side failed" in text


def test_results_on_stdout_notes_on_stderr(tmp_path: Path, hostile_ws: Path) -> None:
    init = audit("init", str(tmp_path / "new"))
    assert init.returncode == 0 and init.stdout == "" and "created" in init.stderr
    export = audit("export", "-w", str(hostile_ws), "--format", "csv", "--out", str(tmp_path))
    assert export.returncode == 0 and export.stdout == "" and "wrote" in export.stderr
    board = audit("leaderboard", "-w", str(hostile_ws), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(board.stdout)))
    assert len(rows) == 5 and {"rank", "company", "overall", "band"} <= set(rows[0])


COMMANDS = {
    "leaderboard": ["leaderboard", "WS"], "score": ["score", "WS"], "findings": ["findings", "WS"],
    "status": ["status", "WS"], "metrics": ["metrics"], "config": ["config"],
    "compare": ["compare", "Berg Outdoor 1", "--with", "Nordwind Outdoor 2", "WS"],
    "show": ["show", "Berg Outdoor 1", "WS"],
}  # fmt: skip
FORMATS = ("json", "csv", "markdown")


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_format_of_every_table_command(hostile_ws: Path, name: str) -> None:
    command = [
        a for arg in COMMANDS[name] for a in (["-w", str(hostile_ws)] if arg == "WS" else [arg])
    ]
    i = list(COMMANDS).index(name)
    for fmt in (FORMATS[i % 3], FORMATS[(i + 1) % 3]):  # two formats each: time
        done = audit(*command, "--format", fmt)
        assert done.returncode == 0, (command, fmt, done.stderr)
        assert done.stdout.strip(), (command, fmt)
        if fmt == "json":
            json.loads(done.stdout)
        if fmt == "markdown":
            assert "\n|---|" in done.stdout
    if name == "leaderboard":
        assert json.loads(audit(*command, "--json").stdout)["rows"]  # the old alias


def test_hostile_names_stay_literal_in_csv_and_markdown(hostile_ws: Path) -> None:
    md = audit("leaderboard", "-w", str(hostile_ws), "--format", "markdown").stdout
    assert "<script>" not in md and "&lt;script&gt;" in md and "\x1b" not in md
    assert "\u202e" not in md and "\\[bold red\\]" in md
    rows = list(
        csv.DictReader(io.StringIO(audit("leaderboard", "-w", str(hostile_ws), "-f", "csv").stdout))
    )
    names = [row["company"] for row in rows]
    assert not any("\x1b" in n or "\u202e" in n for n in names)
    assert any(n.startswith("<script>alert(1)</script> Evil") for n in names)
    assert HOSTILE_NAME not in names  # controls stripped


def test_config_names_the_layer_of_each_setting(tmp_path: Path) -> None:
    campaign = tmp_path / "campaign.yaml"
    campaign.write_text(
        "name: Q\nperiod: 2026-Q4\ncompanies: [{name: A}]\n"
        "settings:\n  max_pages: 3\n  retries: 1\n"
    )
    done = audit("config", str(campaign), "--concurrency", "2", "--format", "json",
                 env={"AUDIT_RETRIES": "5"})  # fmt: skip
    assert done.returncode == 0, done.stderr
    layers = {r["setting"]: (r["value"], r["from"]) for r in json.loads(done.stdout)}
    assert layers["concurrency"] == (2, "flag")
    assert layers["retries"] == (5, "environment")
    assert layers["max_pages"] == (3, "campaign")
    assert layers["navigation_timeout_s"] == (20.0, "default")
    bad = audit("config", str(campaign), env={"AUDIT_RETRIES": "many"})
    assert bad.returncode == 2 and "AUDIT_RETRIES" in bad.stderr and "Traceback" not in bad.stderr


def test_colour_in_a_terminal_and_none_when_asked(tmux: Tmux, hostile_ws: Path) -> None:
    command = [AUDIT, "leaderboard", "-w", str(hostile_ws)]
    coloured = tmux.run(command, 120, escapes=True)
    assert any(code in coloured for code in SGR_COLOUR)
    for plain in (
        tmux.run(command, 120, env={"NO_COLOR": "1"}, escapes=True),
        tmux.run([AUDIT, "--no-color", *command[1:]], 120, escapes=True),
    ):
        assert not any(code in plain for code in SGR_COLOUR)
        assert "Berg Outdoor 1" in plain
