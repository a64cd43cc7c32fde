"""Alembic migrations on SQLite and PostgreSQL: an old store upgrades and loses nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, insert, inspect, select, text

from results import migrations, schema
from results.store import DB_URL_ENV, Store, StoreError
from tests.postgres import previous_schema as old
from tests.postgres.server import PgServer

T0 = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty store URL on each backend (SQLite: the workspace's audit.db)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'audit.db'}"
    server: PgServer = request.getfixturevalue("pg_server")
    return server.database_for(f"migrations:{tmp_path}")


@pytest.fixture
def engine(url: str) -> Iterator[Engine]:
    engine = create_engine(url)
    yield engine
    engine.dispose()


def _previous_release_store(engine: Engine) -> None:
    """What the previous release's `Store.open` + a website run + scoring left behind."""
    old.metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(insert(old.meta).values(key="schema_version", value="1"))
        conn.execute(
            insert(old.campaigns).values(
                id="c1", name="Q4", period="2026-Q4", source="c.yaml", spec={"x": [1]}, created=T0
            )
        )
        conn.execute(insert(old.companies).values(campaign_id="c1", name="Acme", target={"a": 1}))
        for i, state in enumerate(["done", "failed", "planned"]):
            conn.execute(
                insert(old.attempts).values(
                    id=f"a{i}", campaign_id="c1", company="Acme", probe_id="website", seq=i,
                    state=state, tries=1, updated=T0, data={"k": i}, last_error=None,
                )
            )  # fmt: skip
        conn.execute(
            insert(old.observations).values(
                id=1, attempt_id="a0", campaign_id="c1", company="Acme", channel="phone",
                probe_id="website", status="ok", started=T0, finished=T0,
                metrics={"phone.on_homepage": True}, detail="found",
            )
        )  # fmt: skip
        conn.execute(
            insert(old.evidence).values(id=1, observation_id=1, kind="screenshot", path="/e.png")
        )
        conn.execute(
            insert(old.scores).values(
                campaign_id="c1", rubric_name="default", rubric_hash="h", attempt_id="a0",
                company="Acme", channel="phone", status="ok", score=87.5, criteria={"c": 1},
                scored=T0,
            )
        )  # fmt: skip


def _contents(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    with engine.connect() as conn:
        return {
            table.name: sorted(tuple(map(str, row)) for row in conn.execute(select(table)))
            for table in old.metadata.sorted_tables
        }


def _audit(workspace: Path, url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, DB_URL_ENV: url, "COLUMNS": "200"}
    command = [sys.executable, "-c", "from audit.cli import main; main()", *args]
    return subprocess.run(
        [*command, "-w", str(workspace)], capture_output=True, text=True, timeout=120, env=env
    )


def test_a_previous_release_store_is_refused_then_upgraded_losing_nothing(
    url: str, engine: Engine, tmp_path: Path
) -> None:
    _previous_release_store(engine)
    before = _contents(engine)

    with pytest.raises(StoreError, match=r"older schema .*run `audit db upgrade`"):
        Store.open(url)
    refused = _audit(tmp_path, url, "leaderboard")
    assert refused.returncode == 3
    assert refused.stderr.strip().startswith("error: ") and len(refused.stderr.splitlines()) == 1
    assert "audit db upgrade" in refused.stderr
    assert _contents(engine) == before  # refusing wrote nothing

    upgraded = _audit(tmp_path, url, "db", "upgrade")
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"from schema before migrations to {migrations.head()}" in upgraded.stdout
    assert _contents(engine) == before  # every row of every old table, scores included

    store = Store.open(url)
    try:
        [observation] = store.observations("c1")
        assert observation.metrics == {"phone.on_homepage": True}
        assert observation.evidence[0].path == "/e.png"
        assert [a.state.value for a in store.attempts("c1")] == ["done", "failed", "planned"]
        assert set(inspect(engine).get_table_names()) >= {
            t.name for t in schema.metadata.tables.values()
        }
    finally:
        store.close()
    again = _audit(tmp_path, url, "db", "upgrade")
    assert again.returncode == 0 and f"already at schema {migrations.head()}" in again.stdout


def test_a_store_missing_a_later_column_gets_it_with_its_default(url: str, engine: Engine) -> None:
    schema.metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE email_messages DROP COLUMN sender_verified"))
    with pytest.raises(StoreError, match="audit db upgrade"):
        Store.open(url)
    assert Store.upgrade(url) == (None, migrations.head())
    columns = {c["name"] for c in inspect(engine).get_columns("email_messages")}
    assert "sender_verified" in columns


def test_a_pre_migrations_store_with_the_baseline_tables_is_stamped_then_upgraded(
    url: str, engine: Engine
) -> None:
    from results.migrations.versions import _0001_tables

    baseline = _0001_tables()
    baseline.create_all(engine)
    with engine.begin() as conn:  # a reply and a cursor, kept across 0002's table copy
        conn.execute(
            insert(baseline.tables["email_messages"]).values(
                campaign_id="c1", attempt_id="a1", account="me@x.test", uidvalidity=2**31 - 1,
                uid=5, message_id="<m@x>", internaldate=T0, kind="reply", match_method="header",
                reasons=["in-reply-to"], answered=True, recorded=T0,
            )
        )  # fmt: skip
        conn.execute(
            insert(baseline.tables["email_cursors"]).values(
                campaign_id="c1", account="me@x.test", uidvalidity=2**31 - 1, last_uid=5,
                clock_offset_s=-2.0, updated=T0,
            )
        )  # fmt: skip
    with pytest.raises(StoreError, match=rf"older schema \({migrations.BASELINE},"):
        Store.open(url)
    assert Store.upgrade(url) == (migrations.BASELINE, migrations.head())
    store = Store.open(url)
    [message] = store.messages_for("a1")
    assert (message["uid"], message["answered"], message["internaldate"]) == (5, True, T0)
    assert store.cursor("c1", "me@x.test", 2**31 - 1) == 5
    assert store.clock_offset("c1", "me@x.test") == -2.0
    store.save_cursor("c1", "me@x.test", 2**32 - 1, last_uid=2**32 - 1)  # fits now
    store.close()
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == migrations.head()


def test_the_migrations_build_exactly_the_schema(url: str, engine: Engine) -> None:
    """A new store (made by the migrations) matches `results.schema`: a schema change
    without a migration fails here."""
    Store.open(url).close()
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), schema.metadata)
    assert diff == []


def test_upgrading_an_unreachable_store_is_one_line(tmp_path: Path, pg_server: PgServer) -> None:
    url = (
        pg_server.url("postgres")
        .replace(f":{pg_server.port}/", ":1/")
        .replace("postgres@", "audit:secret@")
    )
    result = _audit(tmp_path, url, "db", "upgrade")
    assert result.returncode == 3
    assert result.stderr.startswith(
        "error: cannot open the store at postgresql+psycopg://audit:***@"
    )
    assert len(result.stderr.splitlines()) == 1 and "secret" not in result.stderr
