"""Results commands only read: the store file and every table's rows are unchanged after them."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from audit.cli import app
from probes.base import Channel, Observation, Status
from results import schema
from results.store import Store

WHEN = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def _email(attempt: str, company: str, seconds: float | None) -> Observation:
    status = Status.OK if seconds is not None else Status.TIMEOUT
    metrics = {} if seconds is None else {"email.first_response_s": seconds, "email.answered": True}
    return Observation(
        attempt_id=attempt,
        company=company,
        channel=Channel.EMAIL,
        probe_id="email",
        status=status,
        started=WHEN,
        finished=WHEN,
        metrics=metrics,
    )


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """Two periods, three companies, five emails each per period; the store closed."""
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    for period in ("2026-Q3", "2026-Q4"):
        cid = f"c-{period}"
        names = ("Acme", "Berg", "Cove")
        store.save_campaign(
            cid, "Test", period, str(tmp_path / "c.yaml"), {}, {n: {} for n in names}
        )
        store.plan_attempts(
            cid, [(f"{cid}-{n}-{i}", n, "email", i) for n in names for i in range(5)]
        )
        for k, name in enumerate(names):
            for i in range(5):
                attempt = f"{cid}-{name}-{i}"
                seconds = None if i == k else 600.0 * (k + 1) + 60 * i
                store.record(cid, attempt, [_email(attempt, name, seconds)])
    store.close()
    return tmp_path


def _fingerprint(workspace: Path) -> tuple[str, dict[str, int]]:
    digest = hashlib.sha256((workspace / "audit.db").read_bytes()).hexdigest()
    store = Store.open(f"sqlite:///{workspace / 'audit.db'}")
    with store.engine.connect() as conn:
        counts = {
            name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
            for name, table in schema.metadata.tables.items()
        }
    store.close()
    return digest, counts


@pytest.mark.parametrize(
    "args",
    [
        ["leaderboard"],
        ["leaderboard", "--json"],
        ["leaderboard", "--channel", "email"],
        ["findings", "--json"],
        ["compare", "Acme", "--with", "Berg,Cove"],
        ["show", "Acme"],
        ["score"],
        ["export", "--format", "csv", "--out", "OUT"],
    ],
)
def test_results_commands_leave_the_store_as_they_found_it(
    workspace: Path, args: list[str]
) -> None:
    before = _fingerprint(workspace)
    assert sum(before[1].values()) > 0
    argv = [str(workspace / "export") if a == "OUT" else a for a in args]
    result = CliRunner().invoke(app, [*argv, "--workspace", str(workspace)])
    assert result.exit_code == 0, result.output
    assert _fingerprint(workspace) == before


def test_observation_records_carry_what_judging_reads(workspace: Path) -> None:
    store = Store.open(f"sqlite:///{workspace / 'audit.db'}")
    full = store.observations("c-2026-Q4")
    records = list(store.observation_records("c-2026-Q4"))
    store.close()
    assert len(records) == len(full) == 15
    for record, obs in zip(records, full, strict=True):
        assert (record.attempt_id, record.company, record.probe_id) == (
            obs.attempt_id,
            obs.company,
            obs.probe_id,
        )
        assert (record.channel, record.status, record.metrics) == (
            obs.channel,
            obs.status,
            obs.metrics,
        )
        assert isinstance(record.channel, Channel) and isinstance(record.status, Status)
