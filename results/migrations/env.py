"""Alembic environment: runs on the connection `results.migrate` hands over (no alembic.ini)."""

from __future__ import annotations

from alembic import context

from results import schema

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=schema.metadata)
with context.begin_transaction():
    context.run_migrations()
