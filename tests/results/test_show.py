"""`audit show` explains each criterion from the ranking's own engine; unknowns and thin
channel scores are flagged in every output."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.cli import app
from probes.base import Channel, MetricValue, Observation, Status
from results.store import Store

WHEN = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def _obs(attempt: str, channel: Channel, probe: str, **metrics: MetricValue) -> Observation:
    return Observation(
        attempt_id=attempt,
        company="Acme",
        channel=channel,
        probe_id=probe,
        status=Status.OK,
        started=WHEN,
        finished=WHEN,
        metrics={k.replace("__", "."): v for k, v in metrics.items()},
    )


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """Acme: a returns policy that states nothing; emails timed but nothing else known."""
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    store.save_campaign("c", "Test", "2026-Q4", str(tmp_path / "c.yaml"), {}, {"Acme": {}})
    observations = [_obs("r1", Channel.RETURNS, "website", returns__policy_found=True)]
    observations += [
        _obs(f"e{i}", Channel.EMAIL, "email", email__first_response_s=600.0) for i in range(5)
    ]
    store.plan_attempts("c", [(o.attempt_id, "Acme", o.probe_id, 1) for o in observations])
    for o in observations:
        store.record("c", o.attempt_id, [o])
    store.close()
    return tmp_path


def run(workspace: Path, *args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--workspace", str(workspace)], terminal_width=200)
    assert result.exit_code == 0, result.output
    return result.output


def test_show_marks_unknown_criteria_and_low_confidence_channels(workspace: Path) -> None:
    text = run(workspace, "show", "Acme")
    window = next(line for line in text.splitlines() if "criterion window" in line)
    assert "UNKNOWN (scored 0)" in window and "when_unknown: fail" in window
    found = next(line for line in text.splitlines() if "criterion policy_found" in line)
    assert "UNKNOWN" not in found and "boolean" in found
    email = next(line for line in text.splitlines() if line.startswith("email:"))
    assert "low confidence: 9% of the criteria weight judged" in email
    returns = next(line for line in text.splitlines() if line.startswith("returns:"))
    assert "low confidence" not in returns  # unknown terms are judged: scored as experienced


def test_low_confidence_is_flagged_in_the_leaderboard_and_its_json(workspace: Path) -> None:
    rows = json.loads(run(workspace, "leaderboard", "--json"))["rows"]
    channels = rows[0]["channels"]
    assert channels["email"]["low_confidence"] is True
    assert channels["returns"]["low_confidence"] is False
    table = run(workspace, "leaderboard")
    assert "?" in table and "low confidence" in table
