"""Writing logged observations (calls, returned orders) in batches, one transaction per file.

A log is imported whole or not at all: `LogWriter.begin` opens one transaction,
`write` stores a batch of observations into a campaign with a few statements per
batch (never one round of queries per row, never a re-read of the campaign), and
the transaction commits when the block ends, or rolls back on an exception or
`discard()`. Attempt ids are stable, so writing the same rows again replaces
their observations; a row stored before in another campaign is moved.

A row's attempt that exists already becomes `done` through the store's
compare-and-swap (`Store.transition_all`, the batch form of `Store.transition`:
from `planned` or `done`, the moves
`probes.attempts.TRANSITIONS` allows), inside the same transaction: an attempt
elsewhere in its life (running, awaiting a reply...) is never overwritten, and
the whole log is refused.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from probes.base import Observation, utcnow
from probes.errors import OurSideError
from results import schema
from results.schema import AttemptState
from results.slot_zones import ZoneBook
from results.slots import slot_columns
from results.store import Store

CHUNK = 500
"""Ids per `IN (...)` list: well under SQLite's bound-parameter limit."""
REPLACEABLE = (AttemptState.PLANNED, AttemptState.DONE)
"""States a logged row's attempt may be in to be (re)written: planned, or logged before."""


class AttemptBusy(OurSideError):
    """A logged row names an attempt that is elsewhere in its life: nothing is written."""


def _chunks(items: Sequence[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), CHUNK):
        yield list(items[start : start + CHUNK])


class LogWriter:
    """Logged observations into campaigns, inside one open transaction."""

    def __init__(self, store: Store, conn: Connection) -> None:
        self._store = store
        self._conn = conn
        self._companies: dict[str, set[str]] = {}
        self._discard = False

    @classmethod
    @contextmanager
    def begin(cls, store: Store) -> Iterator[LogWriter]:
        """A writer whose work commits when the block ends (rolls back on error/`discard`)."""
        with store.engine.connect() as conn:
            transaction = conn.begin()
            writer = cls(store, conn)
            try:
                yield writer
            except BaseException:
                transaction.rollback()
                raise
            if writer._discard:
                transaction.rollback()
            else:
                transaction.commit()

    def discard(self) -> None:
        """Roll back everything written so far when the block ends."""
        self._discard = True

    def create_campaign(
        self, campaign_id: str, name: str, period: str, spec: dict[str, Any]
    ) -> None:
        """A new campaign for logged rows (the caller knows it does not exist yet)."""
        self._conn.execute(
            insert(schema.campaigns).values(
                id=campaign_id, name=name, period=period, source="logs", spec=spec, created=utcnow()
            )
        )

    def _add_companies(self, campaign_id: str, names: set[str]) -> None:
        """Companies not yet in the campaign, with their name only (stored targets are kept)."""
        known = self._companies.get(campaign_id)
        if known is None:
            comp_t = schema.companies
            query = select(comp_t.c.name).where(comp_t.c.campaign_id == campaign_id)
            known = self._companies[campaign_id] = set(self._conn.execute(query).scalars())
        new = sorted(names - known)
        if new:
            rows = [{"campaign_id": campaign_id, "name": n, "target": {"name": n}} for n in new]
            self._conn.execute(insert(schema.companies), rows)
            known.update(new)

    def write(self, campaign_id: str, batch: Sequence[Observation]) -> Counter[str]:
        """Store `batch` (distinct attempt ids) in `campaign_id`, replacing earlier versions.

        Returns how many attempts were moved here, by the campaign they were in.
        """
        conn, att_t, obs_t = self._conn, schema.attempts, schema.observations
        self._add_companies(campaign_id, {o.company for o in batch})
        ids = [o.attempt_id for o in batch]
        where_was: dict[str, str] = {}
        for chunk in _chunks(ids):
            query = select(att_t.c.id, att_t.c.campaign_id).where(att_t.c.id.in_(chunk))
            where_was.update((str(i), str(c)) for i, c in conn.execute(query))
        existing = [i for i in ids if i in where_was]
        busy = self._store.transition_all(conn, existing, REPLACEABLE, AttemptState.DONE)
        if busy:
            state = conn.execute(select(att_t.c.state).where(att_t.c.id == busy[0])).scalar_one()
            raise AttemptBusy(
                f"attempt {busy[0]} is {state}, not a logged row: the log was not imported"
            )
        moved = Counter(c for c in where_was.values() if c != campaign_id)
        now = utcnow()
        for chunk in _chunks([i for i, c in where_was.items() if c != campaign_id]):
            conn.execute(update(att_t).where(att_t.c.id.in_(chunk)).values(campaign_id=campaign_id))
        for chunk in _chunks([i for i in ids if i in where_was]):
            old = select(obs_t.c.id).where(obs_t.c.attempt_id.in_(chunk))
            conn.execute(schema.evidence.delete().where(schema.evidence.c.observation_id.in_(old)))
            conn.execute(obs_t.delete().where(obs_t.c.attempt_id.in_(chunk)))
        new = [o for o in batch if o.attempt_id not in where_was]
        if new:
            conn.execute(insert(att_t), [_attempt_row(campaign_id, o, now) for o in new])
        zones = ZoneBook(conn, campaign_id)
        zones.load({o.company for o in batch})
        rows = [_observation_row(campaign_id, o, zones) for o in batch]
        conn.execute(insert(obs_t), rows)
        self._write_evidence(batch, ids)
        return moved

    def _write_evidence(self, batch: Sequence[Observation], ids: list[str]) -> None:
        obs_t = schema.observations
        by_attempt = {o.attempt_id: o for o in batch if o.evidence}
        if not by_attempt:
            return
        rows = []
        for chunk in _chunks([i for i in ids if i in by_attempt]):
            query = select(obs_t.c.id, obs_t.c.attempt_id).where(obs_t.c.attempt_id.in_(chunk))
            for observation_id, attempt_id in self._conn.execute(query):
                rows += [
                    {"observation_id": observation_id, "kind": e.kind, "path": e.path,
                     "caption": e.caption}
                    for e in by_attempt[attempt_id].evidence
                ]  # fmt: skip
        self._conn.execute(insert(schema.evidence), rows)


def _attempt_row(campaign_id: str, obs: Observation, now: Any) -> dict[str, Any]:
    return {
        "id": obs.attempt_id,
        "campaign_id": campaign_id,
        "company": obs.company,
        "probe_id": obs.probe_id,
        "seq": 1,
        "state": AttemptState.DONE.value,
        "tries": 0,
        "updated": now,
        "data": {},
    }


def _observation_row(campaign_id: str, obs: Observation, zones: ZoneBook) -> dict[str, Any]:
    return {
        "attempt_id": obs.attempt_id,
        "campaign_id": campaign_id,
        "company": obs.company,
        "channel": obs.channel.value,
        "probe_id": obs.probe_id,
        "status": obs.status.value,
        "started": obs.started,
        "finished": obs.finished,
        "metrics": obs.metrics,
        "detail": obs.detail,
        **slot_columns(obs.started, zones.zone(obs.company, obs.probe_id)),
    }
