"""The store's part for messages read from mailboxes: replies, read cursors, mailbox health.

A mixin of `results.store.Store` (kept apart only for size): with the attempt
methods there, the store implements `probes.email.journal.MailJournal`. Every
method commits before it returns.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, and_, insert, select, update
from sqlalchemy.exc import IntegrityError

from probes.base import utcnow
from probes.email.journal import MailboxHealth
from results.schema import email_cursors, email_messages, mailbox_health


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class MailJournalTables:
    """Store methods over `email_messages`, `email_cursors` and `mailbox_health`."""

    engine: Engine

    # -- messages -----------------------------------------------------------------
    def record_message(self, row: Mapping[str, Any]) -> bool:
        """Insert one ingested message; False when it was already there (idempotent)."""
        values = {"recorded": utcnow(), **dict(row)}
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(email_messages).values(**values))
        except IntegrityError:
            return False
        return True

    def messages_for(self, attempt_id: str) -> list[dict[str, Any]]:
        """The stored messages of one attempt, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(email_messages)
                .where(email_messages.c.attempt_id == attempt_id)
                .order_by(email_messages.c.internaldate, email_messages.c.uid)
            ).all()
        out = []
        for r in rows:
            item = dict(r._mapping)
            item["internaldate"] = _utc(item["internaldate"])
            out.append(item)
        return out

    def count_messages(self, campaign_id: str) -> int:
        """How many messages were ingested for the campaign (matched or not)."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(email_messages.c.id).where(email_messages.c.campaign_id == campaign_id)
            ).all()
        return len(rows)

    # -- cursors --------------------------------------------------------------------
    def cursor(self, campaign_id: str, account: str, uidvalidity: int) -> int:
        """The last UID ingested from `account` under `uidvalidity` (0 after a change)."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(email_cursors).where(
                    email_cursors.c.campaign_id == campaign_id, email_cursors.c.account == account
                )
            ).first()
        if row is None or row.uidvalidity != uidvalidity:
            return 0
        return int(row.last_uid)

    def save_cursor(
        self,
        campaign_id: str,
        account: str,
        uidvalidity: int,
        last_uid: int | None = None,
        clock_offset_s: float | None = None,
    ) -> None:
        """Advance the cursor (never backwards within one UIDVALIDITY) and/or the offset."""
        key = and_(email_cursors.c.campaign_id == campaign_id, email_cursors.c.account == account)
        with self.engine.begin() as conn:
            row = conn.execute(select(email_cursors).where(key)).first()
            if row is None:
                conn.execute(
                    insert(email_cursors).values(
                        campaign_id=campaign_id,
                        account=account,
                        uidvalidity=uidvalidity,
                        last_uid=last_uid or 0,
                        clock_offset_s=clock_offset_s,
                        updated=utcnow(),
                    )
                )
                return
            values: dict[str, Any] = {"updated": utcnow(), "uidvalidity": uidvalidity}
            same = row.uidvalidity == uidvalidity
            if last_uid is not None:
                values["last_uid"] = max(last_uid, row.last_uid) if same else last_uid
            elif not same:
                values["last_uid"] = 0
            if clock_offset_s is not None:
                values["clock_offset_s"] = clock_offset_s
            conn.execute(update(email_cursors).where(key).values(**values))

    def forget_cursors(self, campaign_id: str) -> None:
        """Read every mailbox from the start again (ingestion is idempotent)."""
        with self.engine.begin() as conn:
            conn.execute(email_cursors.delete().where(email_cursors.c.campaign_id == campaign_id))

    def clock_offset(self, campaign_id: str, account: str) -> float | None:
        """The last measured offset of `account`'s server clock to ours (seconds)."""
        with self.engine.connect() as conn:
            value = conn.execute(
                select(email_cursors.c.clock_offset_s).where(
                    email_cursors.c.campaign_id == campaign_id, email_cursors.c.account == account
                )
            ).scalar()
        return None if value is None else float(value)

    # -- mailbox health ---------------------------------------------------------------
    def _health_row(self, campaign_id: str, account: str, values: dict[str, Any]) -> None:
        key = and_(mailbox_health.c.campaign_id == campaign_id, mailbox_health.c.account == account)
        with self.engine.begin() as conn:
            row = conn.execute(select(mailbox_health).where(key)).first()
            if row is None:
                conn.execute(
                    insert(mailbox_health).values(
                        campaign_id=campaign_id, account=account, **values
                    )
                )
            else:
                if values.get("unreachable_since") and row.unreachable_since is not None:
                    values = {**values, "unreachable_since": row.unreachable_since}
                conn.execute(update(mailbox_health).where(key).values(**values))

    def mailbox_read(self, campaign_id: str, account: str, read_at: datetime) -> None:
        """A complete read of `account` began at `read_at`: it is reachable again."""
        values = {"read_at": read_at, "unreachable_since": None, "problem": None}
        self._health_row(campaign_id, account, values)

    def mailbox_problem(self, campaign_id: str, account: str, problem: str, at: datetime) -> None:
        """`account` could not be reached or read at `at` (the outage starts at the first)."""
        self._health_row(campaign_id, account, {"unreachable_since": at, "problem": problem})

    def mailboxes(self, campaign_id: str) -> list[MailboxHealth]:
        """Health of every mailbox the campaign has read or tried to read."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(mailbox_health)
                .where(mailbox_health.c.campaign_id == campaign_id)
                .order_by(mailbox_health.c.account)
            ).all()
        return [
            MailboxHealth(
                account=r.account,
                read_at=_utc(r.read_at),
                unreachable_since=_utc(r.unreachable_since),
                problem=r.problem,
            )
            for r in rows
        ]
