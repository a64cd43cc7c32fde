"""The durable store: campaigns, attempts and their states, observations, evidence.

Scores are not stored: they are a pure function of the observations and a
rubric, recomputed by every results command (which therefore only reads).

SQLAlchemy Core over SQLite (WAL) by default, any SQLAlchemy URL via
`AUDIT_DB_URL`. Every state change is its own committed transaction, so a
killed run loses nothing that was recorded and resumes where it stopped.
The schema is versioned by Alembic (`results.migrations`, `audit db upgrade`).

This module opens the store and holds the campaigns; the attempt, observation and
email journal methods are mixins kept apart for size (`results.store_attempts`,
`results.store_observations`, `results.store_mail`).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert, make_url, select, update
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from probes.base import utcnow
from probes.errors import InputError, OurSideError
from results import migrations, schema
from results.migrations import Standing
from results.store_attempts import AttemptTables
from results.store_mail import MailJournalTables
from results.store_observations import ObservationTables
from results.store_times import aware

DB_URL_ENV = "AUDIT_DB_URL"


class StoreError(OurSideError):
    """The store cannot be used (newer schema, unreachable database): exit 3."""


class SelectionError(InputError):
    """A campaign, period or id that the store does not hold or refuses: exit 2."""


@dataclass(frozen=True)
class CampaignRow:
    """One campaign as stored."""

    id: str
    name: str
    period: str
    source: str
    spec: dict[str, Any]
    created: datetime


def store_url(workspace: Path) -> str:
    """`AUDIT_DB_URL` if set, else the SQLite file `audit.db` in the workspace."""
    return os.environ.get(DB_URL_ENV) or f"sqlite:///{workspace / 'audit.db'}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _unreachable(url: str, exc: Exception) -> StoreError:
    """One line naming the store (password hidden) and the first line of the cause."""
    shown = make_url(url).render_as_string(hide_password=True) if "://" in url else url
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return StoreError(f"cannot open the store at {shown}: {first}")


class Store(AttemptTables, ObservationTables, MailJournalTables):
    """Typed access to the tables in `results.schema`; implements
    `probes.two_phase.AttemptJournal` and `probes.email.journal.MailJournal`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str) -> Store:
        """Open (creating if needed) the store at `url`; refuses an older or newer schema."""
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        try:
            engine = create_engine(url)
            if engine.dialect.name == "sqlite":
                event.listen(engine, "connect", _sqlite_pragmas)
            store = cls(engine)
            store._migrate()
        except StoreError:
            raise
        except Exception as exc:  # bad URL, missing driver, unreachable server
            raise _unreachable(url, exc) from exc
        return store

    @classmethod
    def upgrade(cls, url: str) -> tuple[str | None, str]:
        """Migrate the store at `url` to this version's schema; returns (revision before, after).

        A store from before migrations reports None as its revision before.
        """
        try:
            engine = create_engine(url)
        except Exception as exc:  # bad URL, missing driver
            raise _unreachable(url, exc) from exc
        try:
            with engine.begin() as conn:
                standing, revision = migrations.standing(conn)
                if standing is Standing.NEWER:
                    raise StoreError(
                        f"this store was written by a newer service-audit (schema {revision}); "
                        "upgrade service-audit"
                    )
                return migrations.upgrade(conn)
        except OperationalError as exc:  # unreachable server, unreadable file
            raise _unreachable(url, exc) from exc
        finally:
            engine.dispose()

    def _migrate(self) -> None:
        # Two processes opening a new store at once (a run and a status, two first
        # runs) both see no tables; the loser's CREATE fails with "already exists"
        # (or its alembic_version row is a duplicate, or SQLite refuses to upgrade its
        # read lock while the other writes). The winner's tables now exist, so trying
        # again is correct, not a guess.
        for attempt in range(8):
            try:
                self._check_schema()
                return
            except (OperationalError, IntegrityError, ProgrammingError) as exc:
                text = str(exc)
                lost_race = (
                    isinstance(exc, IntegrityError)
                    or "already exists" in text
                    or "database is locked" in text  # SQLite: a read lock cannot upgrade
                )
                if not lost_race or attempt == 7:
                    raise
                time.sleep(0.1 * (attempt + 1))

    def _check_schema(self) -> None:
        """Create a new store at head; refuse one whose schema is not this version's."""
        with self.engine.begin() as conn:
            if conn.dialect.name == "sqlite":
                # pysqlite runs DDL outside transactions: without this lock a second
                # opener could see a half-made store and take it for an older one.
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            standing, revision = migrations.standing(conn)
            if standing is Standing.EMPTY:
                migrations.upgrade(conn)
            elif standing is Standing.NEWER:
                raise StoreError(
                    f"this store was written by a newer service-audit (schema {revision}, "
                    f"this version reads up to {migrations.head()}); upgrade service-audit"
                )
            elif standing is Standing.OLDER:
                raise StoreError(
                    f"this store has an older schema ({revision or 'before migrations'}, "
                    f"this version needs {migrations.head()}); run `audit db upgrade`"
                )

    def close(self) -> None:
        """Release connections."""
        self.engine.dispose()

    # campaigns -----------------------------------------------------------
    def save_campaign(
        self,
        campaign_id: str,
        name: str,
        period: str,
        source: str,
        spec: dict[str, Any],
        targets: dict[str, dict[str, Any]],
    ) -> None:
        """Insert or update a campaign and its companies."""
        with self.engine.begin() as conn:
            exists = conn.execute(
                select(schema.campaigns.c.id).where(schema.campaigns.c.id == campaign_id)
            ).first()
            values = {"name": name, "period": period, "source": source, "spec": spec}
            stored = conn.execute(
                select(schema.campaigns.c.period).where(schema.campaigns.c.id == campaign_id)
            ).scalar()
            if stored is not None and stored != period:
                raise SelectionError(
                    f"campaign id {campaign_id!r} already holds period {stored!r} in this "
                    f"store; give period {period!r} its own id (or drop `id:` to derive one "
                    "from the name and period)"
                )
            if exists:
                conn.execute(
                    update(schema.campaigns)
                    .where(schema.campaigns.c.id == campaign_id)
                    .values(**values)
                )
            else:
                conn.execute(
                    insert(schema.campaigns).values(id=campaign_id, created=utcnow(), **values)
                )
        self.save_campaign_companies(campaign_id, targets)

    def save_campaign_companies(self, campaign_id: str, targets: dict[str, dict[str, Any]]) -> None:
        """Insert or update companies of a campaign (name -> target fields)."""
        with self.engine.begin() as conn:
            known = set(
                conn.execute(
                    select(schema.companies.c.name).where(
                        schema.companies.c.campaign_id == campaign_id
                    )
                ).scalars()
            )
            for company, target in targets.items():
                if company in known:
                    conn.execute(
                        update(schema.companies)
                        .where(schema.companies.c.campaign_id == campaign_id)
                        .where(schema.companies.c.name == company)
                        .values(target=target)
                    )
                else:
                    conn.execute(
                        insert(schema.companies).values(
                            campaign_id=campaign_id, name=company, target=target
                        )
                    )

    def campaigns(self) -> list[CampaignRow]:
        """All campaigns, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(schema.campaigns).order_by(schema.campaigns.c.created)
            ).mappings()
            return [
                CampaignRow(
                    id=r["id"],
                    name=r["name"],
                    period=r["period"],
                    source=r["source"],
                    spec=r["spec"],
                    created=aware(r["created"]),
                )
                for r in rows
            ]

    def campaign(self, campaign_id: str | None = None) -> CampaignRow:
        """The named campaign, or the most recent one."""
        rows = self.campaigns()
        if not rows:
            raise SelectionError(
                "the store has no campaigns yet: run `audit run CAMPAIGN.yaml` first"
            )
        if campaign_id is None:
            return rows[-1]
        for row in rows:
            if row.id == campaign_id:
                return row
        known = ", ".join(r.id for r in rows)
        raise SelectionError(f"no campaign {campaign_id!r} in the store (known: {known})")

    def targets(self, campaign_id: str) -> dict[str, dict[str, Any]]:
        """Company name -> target fields for a campaign."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(schema.companies.c.name, schema.companies.c.target).where(
                    schema.companies.c.campaign_id == campaign_id
                )
            )
            return {name: target for name, target in rows}
