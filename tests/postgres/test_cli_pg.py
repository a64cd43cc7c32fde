"""`audit run` of a small sandbox website campaign, then `audit leaderboard`, on PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from results.store import DB_URL_ENV, Store
from sandbox.server import SandboxServer
from sandbox.world import load_world
from tests.postgres.server import PgServer


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(load_world()) as server:
        yield server


def _audit(*args: str, url: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, DB_URL_ENV: url, "COLUMNS": "200"}
    command = [sys.executable, "-c", "from audit.cli import main; main()", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=240, env=env)


@pytest.mark.browser
@pytest.mark.timeout(600)
def test_run_and_leaderboard_on_postgres(
    tmp_path: Path, sandbox: SandboxServer, pg_server: PgServer
) -> None:
    companies = [
        {"name": c.name, "website": sandbox.url(c.id), "country": c.country, "language": c.language}
        for c in sandbox.world.companies
        if c.demo
    ][:3]
    spec = {
        "name": "PG run",
        "period": "2026-Q4",
        "id": "pg",
        "companies": companies,
        "probes": {"website": {"attempts": 1}},
        "settings": {
            "concurrency": 1,
            "per_host_delay_s": 0,
            "navigation_timeout_s": 8,
            "host_map": dict(sandbox.host_map),
            "screenshots": False,
        },
    }
    campaign = tmp_path / "campaign.yaml"
    campaign.write_text(yaml.safe_dump(spec, sort_keys=False))
    url = pg_server.database_for(f"cli:{tmp_path}")

    run = _audit("run", str(campaign), url=url)
    assert run.returncode == 0, run.stderr
    board = _audit("leaderboard", "-w", str(tmp_path), "--json", url=url)
    assert board.returncode == 0, board.stderr
    rows = json.loads(board.stdout)["rows"]
    assert sorted(r["company"] for r in rows) == sorted(c["name"] for c in companies)

    assert not (tmp_path / "audit.db").exists()  # everything went to PostgreSQL
    store = Store.open(url)
    try:
        assert store.engine.dialect.name == "postgresql"
        assert {a.state.value for a in store.attempts("pg")} == {"done"}
        assert {o.company for o in store.observations("pg")} == {c["name"] for c in companies}
    finally:
        store.close()
