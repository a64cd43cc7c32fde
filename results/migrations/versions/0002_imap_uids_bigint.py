"""IMAP UIDs and UIDVALIDITY as 64-bit integers (they are unsigned 32-bit: PostgreSQL's
INTEGER stops at 2**31 - 1, so a server with large UIDVALIDITY values could not be recorded).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import BigInteger, Integer

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

COLUMNS = {"email_messages": ("uidvalidity", "uid"), "email_cursors": ("uidvalidity", "last_uid")}


def upgrade() -> None:
    """Widen the columns (SQLite: the table is copied, its rows kept)."""
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.alter_column(
                    column, existing_type=Integer(), type_=BigInteger(), existing_nullable=False
                )


def downgrade() -> None:
    """Back to 32-bit signed columns (fails if a value does not fit)."""
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.alter_column(
                    column, existing_type=BigInteger(), type_=Integer(), existing_nullable=False
                )
