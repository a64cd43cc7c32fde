"""The `audit` command line as a user runs it: real process, workspace and SQLite file."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest

from probes.base import Channel, MetricValue, Observation, Status
from results.store import Store
from tests.cli_process import audit_process

EVIL = "[bold red]Evil[/] \x1b]8;;http://x.test/\x07Co\x1b]8;;\x07 \x1b[31mRed\x1b[0m"


def audit(
    *args: str, cwd: Path | None = None, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return audit_process(  # a real process, forked from one that imported audit.cli once
        *args,
        timeout=60,
        cwd=cwd,
        env={
            "PATH": "/usr/bin:/bin",
            "COLUMNS": "200",
            "TERM": "xterm-256color",
            **(extra_env or {}),
        },
    )


def _obs(
    attempt: str, company: str, channel: Channel, status: Status, metrics: dict[str, MetricValue]
) -> Observation:
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    return Observation(
        attempt_id=attempt,
        company=company,
        channel=channel,
        probe_id="website",
        status=status,
        started=now,
        finished=now,
        metrics=metrics,
        detail="<script>alert(1)</script> [red]x[/red]",
    )


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    result = audit("init", str(tmp_path / "ws"))
    assert result.returncode == 0, result.stderr
    ws = tmp_path / "ws"
    store = Store.open(f"sqlite:///{ws / 'audit.db'}")
    spec = {"rubric": "default"}
    store.save_campaign(
        "c1",
        "Test",
        "2026-Q4",
        str(ws / "campaign.yaml"),
        spec,
        {EVIL: {"name": EVIL}, "Good Co": {"name": "Good Co"}},
    )
    plan = [("a1", EVIL, "website", 1), ("a2", "Good Co", "website", 1)]
    store.plan_attempts("c1", plan)
    good = {
        "phone.on_homepage": True,
        "phone.on_contact_page": True,
        "phone.above_fold": True,
        "phone.toll_free": True,
        "phone.tel_link": True,
        "phone.hours_listed": True,
        "phone.clicks_to_find": 0,
        "phone.numbers": ["+18005550100"],
    }
    store.record("c1", "a1", [_obs("a1", EVIL, Channel.PHONE, Status.ABSENT, {})])
    store.record("c1", "a2", [_obs("a2", "Good Co", Channel.PHONE, Status.OK, good)])
    store.close()
    return ws


def test_init_scaffolds_a_workspace(tmp_path: Path) -> None:
    result = audit("init", str(tmp_path / "new"))
    assert result.returncode == 0
    assert (tmp_path / "new" / "campaign.yaml").read_text().count("#") > 10
    assert (tmp_path / "new" / "audit.db").exists()
    again = audit("init", str(tmp_path / "new"))
    assert again.returncode == 2
    assert again.stderr.count("\n") == 1 and "not empty" in again.stderr


def test_leaderboard_shows_hostile_names_literally(workspace: Path) -> None:
    result = audit("leaderboard", "-w", str(workspace))
    assert result.returncode == 0, result.stderr
    assert "\x1b]8" not in result.stdout and "\x1b[31m" not in result.stdout
    assert "[bold red]Evil[/]" in result.stdout
    assert result.stdout.index("Good Co") < result.stdout.index("[bold red]Evil")


def test_leaderboard_json_ranks_and_marks_missing_channels(workspace: Path) -> None:
    result = audit("leaderboard", "-w", str(workspace), "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    rows = payload["rows"]
    assert rows[0]["company"] == "Good Co"
    assert rows[0]["channels"]["phone"]["score"] == pytest.approx(100.0)
    assert rows[1]["channels"]["phone"]["score"] == 0
    assert rows[0]["channels"]["email"]["score"] is None


def test_show_prints_detail_literally(workspace: Path) -> None:
    result = audit("show", EVIL, "-w", str(workspace))
    assert result.returncode == 0, result.stderr
    assert "[red]x[/red]" in result.stdout
    assert "\x1b]8" not in result.stdout


def test_export_formats(workspace: Path, tmp_path: Path) -> None:
    for fmt in ("csv", "json", "parquet"):
        result = audit(
            "export", "-w", str(workspace), "--format", fmt, "--out", str(tmp_path / fmt)
        )
        assert result.returncode == 0, result.stderr
    frame = pd.read_csv(tmp_path / "csv" / "observations.csv")
    assert {"phone.on_homepage", "phone.numbers", "status"} <= set(frame.columns)
    assert json.loads(frame.loc[frame.company == "Good Co", "phone.numbers"].iloc[0]) == [
        "+18005550100"
    ]
    assert len(pd.read_parquet(tmp_path / "parquet" / "scores.parquet")) == 2
    data = json.loads((tmp_path / "json" / "export.json").read_text())
    assert {"observations", "scores", "leaderboard"} <= set(data)
    # Every documented metric is a column, whether or not this data has it.
    assert "email.first_response_s" in frame.columns
    scores = pd.read_csv(tmp_path / "csv" / "scores.csv")
    assert set(scores["campaign_id"]) == {"c1"}
    board = pd.read_csv(tmp_path / "csv" / "leaderboard.csv")
    assert board["company"].iloc[0] == "Good Co"
    assert (tmp_path / "parquet" / "leaderboard.parquet").exists()


def test_metrics_lists_the_contract() -> None:
    result = audit("metrics")
    assert result.returncode == 0
    for name in (
        "phone.time_to_agent_s",
        "email.first_response_s",
        "chat.first_response_s",
        "returns.window_days",
        "selfservice.faq_count",
    ):
        assert name in result.stdout


def test_unknown_workspace_is_one_line_error(tmp_path: Path) -> None:
    result = audit("status", "-w", str(tmp_path / "missing"))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "does not exist" in result.stderr


def test_read_only_commands_do_not_create_a_store(tmp_path: Path) -> None:
    result = audit("leaderboard", "-w", str(tmp_path))
    assert result.returncode == 2
    assert "no audit.db in" in result.stderr and result.stderr.count("\n") == 1
    assert not (tmp_path / "audit.db").exists()


def test_init_on_a_file_and_a_bad_database_url_are_one_line(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    result = audit("init", str(tmp_path / "afile"))
    assert result.returncode == 2 and "is a file" in result.stderr
    url = "postgresql://shopper:hunter2@127.0.0.1:1/audit"
    result = audit("status", "-w", str(tmp_path), extra_env={"AUDIT_DB_URL": url})
    assert result.returncode == 3 and result.stderr.count("\n") == 1
    assert "cannot open the store" in result.stderr and "hunter2" not in result.stderr
