"""Leases: an attempt, a mailbox or a worker's heartbeat held by one worker until it expires
(distributed runs, `audit worker`; see results/leases.py).

Revision ID: 0004_leases
Revises: 0003_slots
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import JSON, Column, DateTime, String, inspect

revision = "0004_leases"
down_revision = "0003_slots"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the `leases` table (no existing row changes); a store whose tables were made
    by `create_all` of this version before it was stamped already has it."""
    if "leases" in inspect(op.get_bind()).get_table_names():
        return
    op.create_table(
        "leases",
        Column("name", String(255), primary_key=True),
        Column("holder", String(255), nullable=False),
        Column("expires", DateTime(timezone=True), nullable=False),
        Column("taken", DateTime(timezone=True), nullable=False),
        Column("info", JSON, nullable=False),
    )
    op.create_index("ix_leases_holder", "leases", ["holder"])


def downgrade() -> None:
    """Drop the `leases` table."""
    op.drop_index("ix_leases_holder", table_name="leases")
    op.drop_table("leases")
