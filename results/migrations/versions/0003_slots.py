"""Each observation's slot: the local weekday and hour (and the zone) its contact started in,
so results can break waits down by when a customer asked (`results.slots`).

Existing observations are filled in from their start time and their company's time zone.

Revision ID: 0003_slots
Revises: 0002
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from alembic import op
from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    String,
    bindparam,
    column,
    inspect,
    select,
    table,
    update,
)

from results.slot_zones import ZoneBook
from results.slots import slot_columns

revision = "0003_slots"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = ("slot_weekday", "slot_hour", "slot_zone")
_BATCH = 5_000


def upgrade() -> None:
    """Add the nullable slot columns (those a store lacks), then stamp every observation
    that has no slot yet."""
    conn = op.get_bind()
    have = {c["name"] for c in inspect(conn).get_columns("observations")}
    for new in (
        Column("slot_weekday", Integer(), nullable=True),
        Column("slot_hour", Integer(), nullable=True),
        Column("slot_zone", String(64), nullable=True),
    ):
        if new.name not in have:
            op.add_column("observations", new)
    obs_t = table(  # only what this revision reads and writes, whatever later ones change
        "observations",
        *(column(name) for name in ("id", "campaign_id", "company", "probe_id")),
        column("started", DateTime(timezone=True)),
        *(column(name) for name in COLUMNS),
    )
    rows = conn.execute(
        select(
            obs_t.c.id, obs_t.c.campaign_id, obs_t.c.company, obs_t.c.probe_id, obs_t.c.started
        ).where(obs_t.c.slot_zone.is_(None))
    ).all()
    by_campaign: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        by_campaign[row.campaign_id].append(row)
    stamp = (
        update(obs_t)
        .where(obs_t.c.id == bindparam("oid"))
        .values({name: bindparam(name) for name in COLUMNS})
    )
    for campaign_id, members in by_campaign.items():
        book = ZoneBook(conn, campaign_id)
        book.load({r.company for r in members})
        values = [
            {"oid": r.id, **slot_columns(r.started, book.zone(r.company, r.probe_id))}
            for r in members
        ]
        for start in range(0, len(values), _BATCH):
            conn.execute(stamp, values[start : start + _BATCH])


def downgrade() -> None:
    """Drop the slot columns."""
    with op.batch_alter_table("observations") as batch:
        for name in COLUMNS:
            batch.drop_column(name)
