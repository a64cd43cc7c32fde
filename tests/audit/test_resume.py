"""SIGKILL `audit run` mid-campaign, run it again: nothing lost, nothing redone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from results import schema
from results.store import Store
from sandbox.server import SandboxServer
from sandbox.world import load_world


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(load_world()) as server:
        yield server


def _campaign(tmp_path: Path, server: SandboxServer) -> Path:
    companies = [
        {"name": c.name, "website": server.url(c.id), "country": c.country, "language": c.language}
        for c in server.world.companies
        if c.demo
    ][:6]
    spec = {
        "name": "Resume test",
        "period": "2026-Q4",
        "id": "resume",
        "companies": companies,
        "probes": {"website": {"attempts": 1}},
        "settings": {
            "concurrency": 1,
            "per_host_delay_s": 0,
            "navigation_timeout_s": 8,
            "host_map": dict(server.host_map),
            "screenshots": False,
        },
    }
    path = tmp_path / "campaign.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return path


def _audit(*args: str) -> list[str]:
    return [sys.executable, "-c", "from audit.cli import main; main()", *args]


def _done_rows(db: Path) -> dict[str, object]:
    store = Store.open(f"sqlite:///{db}")
    try:
        with store.engine.connect() as conn:
            rows = conn.execute(
                select(schema.attempts.c.id, schema.attempts.c.updated).where(
                    schema.attempts.c.state == "done"
                )
            ).all()
        return {r[0]: r[1] for r in rows}
    finally:
        store.close()


def test_sigkill_then_resume_loses_nothing_and_redoes_nothing(
    tmp_path: Path, sandbox: SandboxServer
) -> None:
    campaign = _campaign(tmp_path, sandbox)
    db = tmp_path / "audit.db"
    proc = subprocess.Popen(
        _audit("run", str(campaign)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 90
    done_before: dict[str, object] = {}
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            done_before = _done_rows(db)
            if len(done_before) >= 2:
                break
        time.sleep(0.2)
    assert proc.poll() is None, "the run finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    done_before = _done_rows(db)
    assert 2 <= len(done_before) < 6

    result = subprocess.run(
        _audit("run", str(campaign)), capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr
    done_after = _done_rows(db)
    assert len(done_after) == 6
    for attempt_id, updated in done_before.items():
        assert done_after[attempt_id] == updated, f"{attempt_id} was redone"
    store = Store.open(f"sqlite:///{db}")
    observations = store.observations("resume")
    keys = [(o.attempt_id, o.channel) for o in observations]
    assert len(keys) == len(set(keys)) == 6 * 3
    assert "resumed" in result.stderr
