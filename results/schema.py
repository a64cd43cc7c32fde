"""The store's tables (SQLAlchemy Core), and the attempt states with their allowed transitions.

`AttemptState` and `TRANSITIONS` (state -> the states it may move to) are defined
in `probes.attempts`, the lowest layer, so two-phase probes can name states; they
are re-exported here beside the `attempts` table they govern.

Every change to these tables needs an Alembic revision in `results/migrations/versions/`
(`tests/postgres/test_migrations.py` fails when the two disagree); a store at another
revision refuses to open (see `results.store`) until `audit db upgrade`. `SCHEMA_VERSION`
is the pre-Alembic marker kept in the `meta` table for older releases.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
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
)

from probes.attempts import TRANSITIONS, AttemptState

__all__ = ["TRANSITIONS", "AttemptState", "metadata"]

SCHEMA_VERSION = 1

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
    Column("slot_weekday", Integer, nullable=True),  # local weekday of `started`, 0 = Monday
    Column("slot_hour", Integer, nullable=True),  # local hour of `started` (results.slots)
    Column("slot_zone", String(64), nullable=True),  # the company's time zone
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

# -- messages read from mailboxes (the email probe's replies) --------------------------
email_messages = Table(
    "email_messages",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("campaign_id", String(128), nullable=False),
    Column("attempt_id", String(255), nullable=True),
    Column("account", Text, nullable=False),
    Column("uidvalidity", BigInteger, nullable=False),
    Column("uid", BigInteger, nullable=False),
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
    metadata,
    Column("campaign_id", String(128), primary_key=True),
    Column("account", Text, primary_key=True),
    Column("uidvalidity", BigInteger, nullable=False),
    Column("last_uid", BigInteger, nullable=False),
    Column("clock_offset_s", Float, nullable=True),
    Column("updated", DateTime(timezone=True), nullable=False),
)
"""The last UID read per mailbox and UIDVALIDITY, and the measured clock offset."""

mailbox_health = Table(
    "mailbox_health",
    metadata,
    Column("campaign_id", String(128), primary_key=True),
    Column("account", Text, primary_key=True),
    Column("read_at", DateTime(timezone=True), nullable=True),
    Column("unreachable_since", DateTime(timezone=True), nullable=True),
    Column("problem", Text, nullable=True),
)
"""Per mailbox: when a complete read last began (deadlines are judged only from a read
made after them) and since when it cannot be reached (with the last problem)."""

# -- leases: who holds what, until when (distributed runs; see results/leases.py) -------
leases = Table(
    "leases",
    metadata,
    Column("name", String(255), primary_key=True),
    Column("holder", String(255), nullable=False),
    Column("expires", DateTime(timezone=True), nullable=False),
    Column("taken", DateTime(timezone=True), nullable=False),
    Column("info", JSON, nullable=False),
    Index("ix_leases_holder", "holder"),
)
"""A named lease (an attempt, a mailbox, a worker's heartbeat) held by one worker until
`expires`; taken by compare-and-swap, so two workers never hold the same one."""
