"""The store's tables (SQLAlchemy Core). One `metadata`; other modules may add tables to it.

Bump `SCHEMA_VERSION` with every incompatible change; a store written by a
newer version refuses to open (see `results.store`).
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

SCHEMA_VERSION = 1

metadata = MetaData()


class AttemptState(StrEnum):
    """Durable life of an attempt.

    planned -> running -> done | failed; two-phase probes (email) go
    planned -> sending -> sent -> awaiting -> done | expired, and a crash
    between `sending` and `sent` leaves `uncertain` (never re-sent unless asked).
    """

    PLANNED = "planned"
    RUNNING = "running"
    SENDING = "sending"
    SENT = "sent"
    AWAITING = "awaiting"
    UNCERTAIN = "uncertain"
    DONE = "done"
    FAILED = "failed"
    EXPIRED = "expired"


meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

campaigns = Table(
    "campaigns",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("name", Text, nullable=False),
    Column("period", String(64), nullable=False),
    Column("source", Text, nullable=False),
    Column("spec", JSON, nullable=False),
    Column("created", DateTime(timezone=True), nullable=False),
)

companies = Table(
    "companies",
    metadata,
    Column("campaign_id", String(128), ForeignKey("campaigns.id"), primary_key=True),
    Column("name", Text, primary_key=True),
    Column("target", JSON, nullable=False),
)

attempts = Table(
    "attempts",
    metadata,
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
    metadata,
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
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("observation_id", Integer, ForeignKey("observations.id"), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("path", Text, nullable=False),
    Column("caption", Text, nullable=False, default=""),
)
