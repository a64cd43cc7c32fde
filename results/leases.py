"""Leases in the store: one holder per name (an attempt, a mailbox, a worker) until it expires.

Distributed runs (`audit worker`) keep the store as the source of truth: a worker
takes the lease `attempt:<id>` before it probes, `mailbox:<account>` before it
watches a mailbox, and renews `worker:<id>` as its heartbeat. Taking is one
conditional UPDATE (free, expired, or already ours) or one INSERT (never taken):
atomic on SQLite and PostgreSQL alike, so of two workers racing for a name exactly
one wins. A worker that dies stops renewing; once its leases expire, another worker
may take them and redo the work. Times are UTC from the worker's clock: machines of
one fleet keep NTP time, and lease lengths leave minutes for the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, and_, delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from probes.base import utcnow
from results import schema
from results.store_times import aware

_T = schema.leases


@dataclass(frozen=True)
class Lease:
    """One lease as stored."""

    name: str
    holder: str
    expires: datetime
    taken: datetime
    info: Mapping[str, Any] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        """What is leased: `attempt`, `mailbox`, `worker` (the part of the name before `:`)."""
        return self.name.split(":", 1)[0]

    @property
    def subject(self) -> str:
        """The leased thing's id (the part of the name after `:`)."""
        return self.name.split(":", 1)[-1]


class Leases:
    """Take, renew, release and list leases in the store's `leases` table."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime] = utcnow) -> None:
        self.engine = engine
        self.clock = clock

    def take(
        self, name: str, holder: str, ttl_s: float, info: Mapping[str, Any] | None = None
    ) -> bool:
        """Take `name` for `ttl_s` seconds if it is free, expired or already `holder`'s.

        False when another holder's lease is live: the caller must not act.
        """
        now = self.clock()
        values = {
            "holder": holder,
            "expires": now + timedelta(seconds=ttl_s),
            "taken": now,
            "info": dict(info or {}),
        }
        with self.engine.begin() as conn:
            result = conn.execute(
                update(_T)
                .where(_T.c.name == name)
                .where(or_(_T.c.holder == holder, _T.c.expires <= now))
                .values(**values)
            )
            if result.rowcount == 1:
                return True
            if conn.execute(select(_T.c.name).where(_T.c.name == name)).first() is not None:
                return False  # held, live, by someone else
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(_T).values(name=name, **values))
        except IntegrityError:
            return False  # another holder inserted it first
        return True

    def renew(self, name: str, holder: str, ttl_s: float) -> bool:
        """Extend `holder`'s lease by `ttl_s` from now; False if it is no longer theirs."""
        now = self.clock()
        with self.engine.begin() as conn:
            result = conn.execute(
                update(_T)
                .where(and_(_T.c.name == name, _T.c.holder == holder))
                .values(expires=now + timedelta(seconds=ttl_s))
            )
            return result.rowcount == 1

    def release(self, name: str, holder: str) -> bool:
        """Give up `holder`'s lease on `name` (no-op when it is no longer theirs)."""
        with self.engine.begin() as conn:
            result = conn.execute(delete(_T).where(and_(_T.c.name == name, _T.c.holder == holder)))
            return result.rowcount == 1

    def live(self, prefix: str = "") -> list[Lease]:
        """Unexpired leases whose name starts with `prefix`, by holder and name."""
        query = select(_T).where(_T.c.expires > self.clock())
        if prefix:
            query = query.where(_T.c.name.startswith(prefix, autoescape=True))
        with self.engine.connect() as conn:
            rows = conn.execute(query.order_by(_T.c.holder, _T.c.name)).mappings()
            return [
                Lease(
                    name=r["name"],
                    holder=r["holder"],
                    expires=aware(r["expires"]),
                    taken=aware(r["taken"]),
                    info=r["info"] or {},
                )
                for r in rows
            ]

    def holder(self, name: str) -> str | None:
        """Who holds `name` now (None when free or expired)."""
        for lease in self.live(name):
            if lease.name == name:
                return lease.holder
        return None

    def forget_expired(self, older_than_s: float = 86_400.0) -> int:
        """Delete leases expired for more than `older_than_s` (tidying; never a live one)."""
        cutoff = self.clock() - timedelta(seconds=older_than_s)
        with self.engine.begin() as conn:
            return int(conn.execute(delete(_T).where(_T.c.expires < cutoff)).rowcount or 0)
