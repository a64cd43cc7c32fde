"""Fixtures: one PostgreSQL server per session; every store a test opens lives on it.

The `*_pg` modules here import test functions from tests/audit and tests/imports so
the same tests run on SQLite (there) and PostgreSQL (here): their `on_postgres` fixture
maps each `sqlite:///<file>` a test (or the CLI run in-process) opens to a PostgreSQL
database of its own. CLI runs in a child process get `AUDIT_DB_URL` instead.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from results.store import DB_URL_ENV, Store
from tests.postgres.server import PgServer, postgres_bin, running_postgres


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = postgres_bin()
    if bindir is None:
        pytest.skip("PostgreSQL binaries absent (/usr/lib/postgresql/*/bin): run scripts/setup.sh")
    with running_postgres(bindir) as server:
        yield server


def _on(server: PgServer, url: str) -> str:
    """The PostgreSQL database standing for the SQLite file of `url` (same file, same db)."""
    if not url.startswith("sqlite:///"):
        return url
    file = Path(url.removeprefix("sqlite:///")).resolve()
    file.parent.mkdir(parents=True, exist_ok=True)
    file.touch()  # where the CLI looks for a workspace's store
    return server.database_for(str(file))


@pytest.fixture
def on_postgres(pg_server: PgServer, monkeypatch: pytest.MonkeyPatch) -> PgServer:
    """Every store a test opens (by SQLite URL, or the CLI in this process) is on PostgreSQL."""
    opened = Store.open.__func__  # type: ignore[attr-defined]
    upgraded = Store.upgrade.__func__  # type: ignore[attr-defined]

    def open_on_postgres(cls: type[Store], url: str) -> Store:
        store: Store = opened(cls, _on(pg_server, url))
        assert store.engine.dialect.name == "postgresql"
        return store

    def upgrade_on_postgres(cls: type[Store], url: str) -> tuple[str | None, str]:
        result: tuple[str | None, str] = upgraded(cls, _on(pg_server, url))
        return result

    monkeypatch.setattr(Store, "open", classmethod(open_on_postgres))
    monkeypatch.setattr(Store, "upgrade", classmethod(upgrade_on_postgres))
    monkeypatch.delenv(DB_URL_ENV, raising=False)
    return pg_server
