"""Alembic migrations of the store's schema: where a store stands, and bringing it to head.

Every schema change is a revision in `versions/`; `audit db upgrade` applies them.
Opening a store (`results.store.Store.open`) never migrates an existing store: it
creates a new one at head, stamps a pre-Alembic store whose tables are already
current as the baseline, and otherwise refuses with an error naming the command.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection

BASELINE = "0001"
_HERE = Path(__file__).parent


class Standing(StrEnum):
    """Where a store's schema stands against this version's head revision."""

    EMPTY = "empty"
    CURRENT = "current"
    OLDER = "older"
    NEWER = "newer"


def _config(conn: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(_HERE))
    config.attributes["connection"] = conn
    return config


@cache
def _script() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(_HERE))
    return ScriptDirectory.from_config(config)


def head() -> str:
    """The newest revision this version knows."""
    revision = _script().get_current_head()
    assert revision is not None
    return revision


def current(conn: Connection) -> str | None:
    """The store's revision, or None when it has no `alembic_version` (new, or pre-Alembic)."""
    return MigrationContext.configure(conn).get_current_revision()


def _tables_are_baseline(conn: Connection) -> bool:
    """A pre-Alembic store holds every baseline table and column (`create_all` made it)."""
    from results.migrations.versions import _0001_tables  # the frozen baseline tables

    inspector = inspect(conn)
    have = set(inspector.get_table_names())
    for table in _0001_tables().sorted_tables:
        if table.name not in have:
            return False
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        if not set(table.columns.keys()) <= columns:
            return False
    return True


def standing(conn: Connection) -> tuple[Standing, str | None]:
    """Where the store stands, and its revision; stamps a current pre-Alembic store."""
    if not set(inspect(conn).get_table_names()) - {"alembic_version"}:
        return Standing.EMPTY, None
    revision = current(conn)
    if revision is None:
        if not _tables_are_baseline(conn):
            return Standing.OLDER, None
        command.stamp(_config(conn), BASELINE)
        revision = BASELINE
    if revision == head():
        return Standing.CURRENT, revision
    known = {r.revision for r in _script().walk_revisions()}
    return (Standing.OLDER if revision in known else Standing.NEWER), revision


def upgrade(conn: Connection) -> tuple[str | None, str]:
    """Bring the store to head (creating it if empty); returns (revision before, after)."""
    before = current(conn)
    command.upgrade(_config(conn), "head")
    return before, head()
