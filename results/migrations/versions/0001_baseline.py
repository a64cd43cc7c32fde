"""Baseline: the schema of service-audit 0.1 (campaigns, attempts, observations, evidence, mail).

A frozen copy of `results.schema` as it was, so later edits there do not change history.
Applied idempotently: a store made before migrations existed (by `create_all`, possibly
by the previous release, without the mail tables or later columns) gets what it lacks
and keeps everything it holds (a `scores` table of older releases is left alone).

Revision ID: 0001
Revises:
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    insert,
    inspect,
    select,
)

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

baseline = MetaData()

meta = Table(
    "meta",
    baseline,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

campaigns = Table(
    "campaigns",
    baseline,
    Column("id", String(128), primary_key=True),
    Column("name", Text, nullable=False),
    Column("period", String(64), nullable=False),
    Column("source", Text, nullable=False),
    Column("spec", JSON, nullable=False),
    Column("created", DateTime(timezone=True), nullable=False),
)

companies = Table(
    "companies",
    baseline,
    Column("campaign_id", String(128), ForeignKey("campaigns.id"), primary_key=True),
    Column("name", Text, primary_key=True),
    Column("target", JSON, nullable=False),
)

attempts = Table(
    "attempts",
    baseline,
    Column("id", String(255), primary_key=True),
    Column("campaign_id", String(128), ForeignKey("campaigns.id"), nullable=False),
    Column("company", Text, nullable=False),
    Column("probe_id", String(64), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("state", String(16), nullable=False),
    Column("tries", Integer, nullable=False, default=0),
    Column("not_before", DateTime(timezone=True), nullable=True),
    Column("deadline", DateTime(timezone=True), nullable=True),
    Column("updated", DateTime(timezone=True), nullable=False),
    Column("data", JSON, nullable=False, default=dict),
    Column("last_error", Text, nullable=True),
    Index("ix_attempts_campaign_state", "campaign_id", "state"),
)

observations = Table(
    "observations",
    baseline,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("attempt_id", String(255), ForeignKey("attempts.id"), nullable=False),
    Column("campaign_id", String(128), nullable=False),
    Column("company", Text, nullable=False),
    Column("channel", String(16), nullable=False),
    Column("probe_id", String(64), nullable=False),
    Column("status", String(16), nullable=False),
    Column("started", DateTime(timezone=True), nullable=False),
    Column("finished", DateTime(timezone=True), nullable=False),
    Column("metrics", JSON, nullable=False),
    Column("detail", Text, nullable=False, default=""),
    UniqueConstraint("attempt_id", "channel", name="uq_observation_attempt_channel"),
    Index("ix_observations_campaign", "campaign_id"),
)

evidence = Table(
    "evidence",
    baseline,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("observation_id", Integer, ForeignKey("observations.id"), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("path", Text, nullable=False),
    Column("caption", Text, nullable=False, default=""),
)

# -- messages read from mailboxes (the email probe's replies) --------------------------
email_messages = Table(
    "email_messages",
    baseline,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("campaign_id", String(128), nullable=False),
    Column("attempt_id", String(255), nullable=True),
    Column("account", Text, nullable=False),
    Column("uidvalidity", Integer, nullable=False),
    Column("uid", Integer, nullable=False),
    Column("message_id", Text, nullable=False),
    Column("internaldate", DateTime(timezone=True), nullable=False),
    Column("from_addr", Text, nullable=False, default=""),
    Column("subject", Text, nullable=False, default=""),
    Column("kind", String(16), nullable=False),
    Column("match_method", String(16), nullable=False),
    Column("match_reason", Text, nullable=False, default=""),
    Column("reasons", JSON, nullable=False),
    Column("answered", Boolean, nullable=False, default=False),
    Column("personalised", Boolean, nullable=False, default=False),
    Column("agent_named", Boolean, nullable=False, default=False),
    Column("sender_verified", Boolean, nullable=False, default=True, server_default="1"),
    Column("eml_path", Text, nullable=False, default=""),
    Column("size", Integer, nullable=False, default=0),
    Column("recorded", DateTime(timezone=True), nullable=False),
    UniqueConstraint("campaign_id", "account", "uidvalidity", "uid", name="uq_email_uid"),
    UniqueConstraint("attempt_id", "message_id", name="uq_email_attempt_message"),
)
"""Every message ingested, once per mailbox UID and per attempt Message-ID (idempotent)."""

email_cursors = Table(
    "email_cursors",
    baseline,
    Column("campaign_id", String(128), primary_key=True),
    Column("account", Text, primary_key=True),
    Column("uidvalidity", Integer, nullable=False),
    Column("last_uid", Integer, nullable=False),
    Column("clock_offset_s", Float, nullable=True),
    Column("updated", DateTime(timezone=True), nullable=False),
)
"""The last UID read per mailbox and UIDVALIDITY, and the measured clock offset."""

mailbox_health = Table(
    "mailbox_health",
    baseline,
    Column("campaign_id", String(128), primary_key=True),
    Column("account", Text, primary_key=True),
    Column("read_at", DateTime(timezone=True), nullable=True),
    Column("unreachable_since", DateTime(timezone=True), nullable=True),
    Column("problem", Text, nullable=True),
)
"""Per mailbox: when a complete read last began (deadlines are judged only from a read
made after them) and since when it cannot be reached (with the last problem)."""


def upgrade() -> None:
    """Create the tables a store lacks, then the columns (each with a server default) it lacks."""
    conn = op.get_bind()
    baseline.create_all(conn, checkfirst=True)
    inspector = inspect(conn)
    for table in baseline.sorted_tables:
        have = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in have:
                default = column.server_default
                op.add_column(
                    table.name,
                    Column(
                        column.name,
                        column.type,
                        nullable=column.nullable,
                        server_default=default.arg if default is not None else None,  # type: ignore[attr-defined]
                    ),
                )
    if conn.execute(select(meta.c.key).where(meta.c.key == "schema_version")).first() is None:
        conn.execute(insert(meta).values(key="schema_version", value="1"))


def downgrade() -> None:
    """No schema older than the baseline is supported."""
    raise NotImplementedError("the baseline is the oldest schema")
