"""The store's DDL of the previous release (`git show 94a15b1:results/schema.py`), frozen.

Before migrations: no `alembic_version`, no mail tables, and a `scores` table since
dropped from the schema. Only the tables; the attempt states it used are the same.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
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
)

metadata = MetaData()


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

scores = Table(
    "scores",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("campaign_id", String(128), nullable=False),
    Column("rubric_name", Text, nullable=False),
    Column("rubric_hash", String(64), nullable=False),
    Column("attempt_id", String(255), nullable=False),
    Column("company", Text, nullable=False),
    Column("channel", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("score", Float, nullable=True),
    Column("criteria", JSON, nullable=False),
    Column("scored", DateTime(timezone=True), nullable=False),
    Index("ix_scores_campaign_rubric", "campaign_id", "rubric_hash"),
)
