"""Logs are written in batches, a whole file in one transaction, with no per-row queries."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event
from typer.testing import CliRunner

from audit import log_routing
from audit.cli import app
from audit.log_routing import store_logged
from probes.logs.calls import read_calls
from results.store import Store

HEADER = "company,period,dialed_at,agent,hung_up,resolved\n"


def calls(path: Path, rows: int, bad_last: bool = False) -> Path:
    body = "".join(
        f"Co {i % 37},2026-Q4,2026-11-02T09:{i // 60 % 60:02d}:{i % 60:02d}Z,0:20,1:00,yes\n"
        for i in range(rows)
    )
    if bad_last:
        body += "Co 1,2026-Q4,never,0:20,1:00,yes\n"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def new_store(tmp_path: Path) -> Store:
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    store.save_campaign("web", "Web", "2026-Q4", "c.yaml", {"rubric": "default"}, {})
    return store


def test_a_strict_error_after_many_batches_leaves_the_store_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(log_routing, "BATCH_ROWS", 40)
    rows = 5 * log_routing.BATCH_ROWS + 1
    path = calls(tmp_path / "calls.csv", rows, bad_last=True)
    new_store(tmp_path).close()
    result = CliRunner().invoke(
        app, ["phone", "import", str(path), "-w", str(tmp_path), "--strict"]
    )
    assert result.exit_code == 2 and f"{path}:{rows + 2}: dialed_at:" in result.stderr
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    assert [c.id for c in store.campaigns()] == ["web"]

    result = CliRunner().invoke(app, ["phone", "import", str(path), "-w", str(tmp_path)])
    assert result.exit_code == 1
    assert f"imported {rows} row(s) into campaign logs-2026-q4" in result.stderr
    result = CliRunner().invoke(app, ["phone", "import", str(path), "-w", str(tmp_path)])
    assert result.exit_code == 1 and "imported" in result.stderr
    assert len(store.observations("logs-2026-q4")) == rows
    assert len(store.attempts("logs-2026-q4")) == rows
    assert all(len(o.evidence) == 1 for o in store.observations("logs-2026-q4"))


def statements(store: Store, path: Path, campaign: str | None) -> int:
    """SQL statements run by storing the log at `path`."""
    count = 0

    def seen(*_args: object) -> None:
        nonlocal count
        count += 1

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        counts = store_logged(store, read_calls(path), lambda: "2026-Q4", campaign)
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    assert counts.errors == 0
    return count


def test_statements_do_not_grow_with_rows(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    rows = 1000
    path = calls(tmp_path / "calls.csv", rows)
    first = statements(store, path, None)
    again = statements(store, path, None)  # every row replaced
    moved = statements(store, path, "web")  # every row moved to another campaign
    assert max(first, again, moved) < rows / 20, (first, again, moved)
    assert len(store.observations("web")) == rows and store.attempts("logs-2026-q4") == []
