"""Several processes creating one new PostgreSQL store at once: all succeed, one schema."""

from __future__ import annotations

import multiprocessing as mp
from pathlib import Path

from sqlalchemy import create_engine, text

from results import migrations
from tests.hostile.test_store_race import _open
from tests.postgres.server import PgServer


def test_first_opens_racing_on_an_empty_database_all_succeed(
    tmp_path: Path, pg_server: PgServer
) -> None:
    ctx = mp.get_context("fork")
    outcomes: list[str] = []
    for round_no in range(5):
        url = pg_server.database_for(f"race:{tmp_path}:{round_no}")
        queue: mp.Queue[str] = ctx.Queue()
        procs = [ctx.Process(target=_open, args=(url, queue)) for _ in range(4)]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join(timeout=120)
        outcomes += [queue.get(timeout=10) for _ in procs]
        engine = create_engine(url)
        with engine.connect() as conn:
            versions = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        engine.dispose()
        assert [v[0] for v in versions] == [migrations.head()]
    assert outcomes == ["ok"] * 20
