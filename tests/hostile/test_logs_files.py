"""Hostile log files through the real `audit` command: over-long cells, bad bytes, strictness.

An over-long cell (past the csv module's field limit) is one line naming the file,
the line where its record starts and the column; never a traceback. The rows around
it are still read, whether the cell sits on one line or spans many inside quotes.
"""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest

from results.store import Store
from tests.cli_process import audit_process

LIMIT = csv.field_size_limit()
CALLS_HEADER = "company,period,dialed_at,agent,hung_up,note\n"


def good_call(company: str, day: int) -> str:
    return f"{company},2026-Q4,2026-11-{day:02d}T09:00:00Z,0:20,1:00,fine\n"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    ws.mkdir()
    store = Store.open(f"sqlite:///{ws / 'audit.db'}")
    store.save_campaign("web", "Web", "2026-Q4", "c.yaml", {"rubric": "default"}, {})
    store.close()
    return ws


def audit(workspace: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real `audit` command in its own process."""
    return audit_process(*args, "-w", str(workspace))


def logged_companies(workspace: Path) -> list[str]:
    store = Store.open(f"sqlite:///{workspace / 'audit.db'}")
    try:
        return sorted(o.company for c in store.campaigns() for o in store.observations(c.id))
    finally:
        store.close()


def test_a_cell_past_the_csv_field_limit_is_one_line_and_other_rows_are_kept(
    workspace: Path,
) -> None:
    path = workspace / "calls.csv"
    long_note = "x" * (LIMIT + 10)
    path.write_text(
        CALLS_HEADER
        + good_call("Acme", 2)
        + f"Bolt,2026-Q4,2026-11-03T09:00:00Z,0:20,1:00,{long_note}\n"
        + good_call("Crane", 4),
        encoding="utf-8",
    )
    done = audit(workspace, "phone", "import", str(path))
    assert done.returncode == 1, done.stderr
    assert (
        done.stderr.splitlines()[0] == f"{path}:3: note: cell longer than {LIMIT} characters"
    )  # then the summary note
    assert "Traceback" not in done.stdout + done.stderr
    assert logged_companies(workspace) == ["Acme", "Crane"]


def test_a_quoted_cell_over_many_lines_is_skipped_to_its_end(workspace: Path) -> None:
    path = workspace / "calls.csv"
    chunk = "y" * 1000
    quoted = "\n".join([f'he said ""{chunk}""'] * (LIMIT // 1000 + 5))
    path.write_text(
        CALLS_HEADER
        + good_call("Acme", 2)
        + f'Bolt,2026-Q4,2026-11-03T09:00:00Z,0:20,1:00,"{quoted}"\n'
        + good_call("Crane", 4)
        + good_call("Dune", 5),
        encoding="utf-8",
    )
    done = audit(workspace, "phone", "import", str(path))
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines()[0] == f"{path}:3: note: cell longer than {LIMIT} characters"
    assert logged_companies(workspace) == ["Acme", "Crane", "Dune"]


def test_strict_imports_nothing_and_returns_logs_name_their_column(workspace: Path) -> None:
    path = workspace / "returns.csv"
    path.write_text(
        "company,period,order_id,ordered,return_started\n"
        "Acme,2026-Q4,A-1,2026-11-01,2026-11-03\n"
        f"Bolt,2026-Q4,{'9' * (LIMIT + 1)},2026-11-01,2026-11-03\n",
        encoding="utf-8",
    )
    done = audit(workspace, "returns", "import", str(path), "--strict")
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines()[0] == f"{path}:3: order_id: cell longer than {LIMIT} characters"
    assert "nothing imported" in done.stderr
    assert logged_companies(workspace) == []


def test_a_line_that_is_not_utf8_is_named_and_the_rest_is_read(workspace: Path) -> None:
    path = workspace / "calls.csv"
    path.write_bytes(
        (CALLS_HEADER + good_call("Acme", 2)).encode()
        + b"Bolt,2026-Q4,2026-11-03T09:00:00Z,0:20,1:00,caf\xe9\n"
        + good_call("Crane", 4).encode()
    )
    done = audit(workspace, "phone", "import", str(path))
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines()[0] == f"{path}:3: line is not UTF-8 text"
    assert logged_companies(workspace) == ["Acme", "Crane"]
