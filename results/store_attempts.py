"""The store's part for attempts: planning them, reading them, moving their states.

A mixin of `results.store.Store` (kept apart for size, as `results.store_mail`): with
these methods the store implements `probes.two_phase.AttemptJournal`. Every state change
is a compare-and-swap allowed by `probes.attempts.TRANSITIONS`, committed before it
returns (`transition_all` excepted: it runs in the caller's transaction).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, func, insert, select, update
from sqlalchemy.engine import Connection

from probes.attempts import AttemptRecord, IllegalTransition, allowed
from probes.base import utcnow
from results import schema
from results.schema import AttemptState
from results.store_times import maybe_aware

AttemptRow = AttemptRecord
"""One attempt as stored (see `probes.attempts`)."""


def _attempt(r: Any) -> AttemptRecord:
    return AttemptRecord(
        id=r["id"],
        campaign_id=r["campaign_id"],
        company=r["company"],
        probe_id=r["probe_id"],
        seq=r["seq"],
        state=AttemptState(r["state"]),
        tries=r["tries"] or 0,
        data=r["data"] or {},
        last_error=r["last_error"],
        not_before=maybe_aware(r["not_before"]),
        deadline=maybe_aware(r["deadline"]),
        updated=maybe_aware(r["updated"]),
    )


def _merge(stored: dict[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """`new` over `stored`, one level deep for sections that are mappings on both sides."""
    out = dict(stored)
    for key, value in new.items():
        old = out.get(key)
        if isinstance(old, Mapping) and isinstance(value, Mapping):
            out[key] = {**old, **value}
        else:
            out[key] = value
    return out


class AttemptTables:
    """Store methods over `attempts`."""

    engine: Engine

    def plan_attempts(self, campaign_id: str, plan: Iterable[tuple[str, str, str, int]]) -> int:
        """Create missing attempts `(attempt_id, company, probe_id, seq)`; returns how many."""
        with self.engine.begin() as conn:
            known = set(
                conn.execute(
                    select(schema.attempts.c.id).where(schema.attempts.c.campaign_id == campaign_id)
                ).scalars()
            )
            rows = [
                {
                    "id": attempt_id,
                    "campaign_id": campaign_id,
                    "company": company,
                    "probe_id": probe_id,
                    "seq": seq,
                    "state": AttemptState.PLANNED.value,
                    "tries": 0,
                    "updated": utcnow(),
                    "data": {},
                }
                for attempt_id, company, probe_id, seq in plan
                if attempt_id not in known
            ]
            if rows:
                conn.execute(insert(schema.attempts), rows)
            return len(rows)

    def attempts(
        self,
        campaign_id: str,
        states: Sequence[AttemptState] | None = None,
        probe_id: str | None = None,
    ) -> list[AttemptRow]:
        """Attempts of a campaign, optionally filtered by state and probe."""
        query = select(schema.attempts).where(schema.attempts.c.campaign_id == campaign_id)
        if states is not None:
            query = query.where(schema.attempts.c.state.in_([s.value for s in states]))
        if probe_id is not None:
            query = query.where(schema.attempts.c.probe_id == probe_id)
        with self.engine.connect() as conn:
            rows = conn.execute(
                query.order_by(schema.attempts.c.seq, schema.attempts.c.id)
            ).mappings()
            return [_attempt(r) for r in rows]

    def attempt(self, attempt_id: str) -> AttemptRecord:
        """One attempt (KeyError when there is none)."""
        with self.engine.connect() as conn:
            row = (
                conn.execute(select(schema.attempts).where(schema.attempts.c.id == attempt_id))
                .mappings()
                .first()
            )
        if row is None:
            raise KeyError(attempt_id)
        return _attempt(row)

    def transition(
        self,
        attempt_id: str,
        from_states: Iterable[AttemptState],
        to: AttemptState,
        *,
        data: Mapping[str, Any] | None = None,
        deadline: datetime | None = None,
        error: str | None = None,
        add_try: bool = False,
    ) -> bool:
        """Move an attempt to `to` if it is in one of `from_states` (compare-and-swap).

        The one way an attempt changes state. Returns False when the attempt is not in
        `from_states` (another run moved it first: the caller lost the race and must
        not act). Raises `IllegalTransition` when `to` is not allowed from the stored
        state (`probes.attempts.TRANSITIONS`), `KeyError` when there is no such attempt.
        `data` sections are merged into the stored ones; committed before returning.
        """
        expected = {AttemptState(s).value for s in from_states}
        att = schema.attempts
        with self.engine.begin() as conn:
            row = conn.execute(
                select(att.c.state, att.c.data, att.c.tries).where(att.c.id == attempt_id)
            ).first()
            if row is None:
                raise KeyError(attempt_id)
            current = AttemptState(row.state)
            if current.value not in expected:
                return False
            if not allowed(current, to):
                raise IllegalTransition(
                    f"attempt {attempt_id}: {current.value} -> {to.value} is not allowed"
                )
            values: dict[str, Any] = {"state": to.value, "updated": utcnow()}
            if data is not None:
                values["data"] = _merge(dict(row.data or {}), data)
            if deadline is not None:
                values["deadline"] = deadline
            if error is not None:
                values["last_error"] = error
            if add_try:
                values["tries"] = (row.tries or 0) + 1
            # The WHERE on the state read above makes this a compare-and-swap: a writer
            # that moved the attempt in between leaves no row to update.
            result = conn.execute(
                update(att)
                .where(att.c.id == attempt_id, att.c.state == current.value)
                .values(**values)
            )
            return result.rowcount == 1

    def hold_until(self, times: Mapping[str, datetime | None]) -> None:
        """Set `not_before` of `planned` attempts (attempt id -> time; None: at once)."""
        att = schema.attempts
        with self.engine.begin() as conn:
            for attempt_id, when in times.items():
                conn.execute(
                    update(att)
                    .where(att.c.id == attempt_id, att.c.state == AttemptState.PLANNED.value)
                    .values(not_before=when)
                )

    def transition_all(
        self,
        conn: Connection,
        attempt_ids: Sequence[str],
        from_states: Iterable[AttemptState],
        to: AttemptState,
    ) -> list[str]:
        """`transition` for many attempts at once, in the caller's open transaction, with
        a few statements per 500 ids: each attempt in one of `from_states` moves to `to`
        (compare-and-swap); returns the ids that did not (not in `from_states`). Raises
        `IllegalTransition` when `to` is not allowed from the state of one of them,
        `KeyError` when one does not exist (the caller's transaction then rolls back)."""
        expected = [AttemptState(s).value for s in from_states]
        att = schema.attempts
        stayed: list[str] = []
        for start in range(0, len(attempt_ids), 500):
            chunk = list(attempt_ids[start : start + 500])
            query = select(att.c.id, att.c.state).where(att.c.id.in_(chunk))
            current = {str(i): AttemptState(state) for i, state in conn.execute(query)}
            movable = []
            for attempt_id in chunk:
                if attempt_id not in current:
                    raise KeyError(attempt_id)
                state = current[attempt_id]
                if state.value not in expected:
                    stayed.append(attempt_id)
                elif not allowed(state, to):
                    raise IllegalTransition(
                        f"attempt {attempt_id}: {state.value} -> {to.value} is not allowed"
                    )
                else:
                    movable.append(attempt_id)
            if not movable:
                continue
            # The WHERE on the states makes it a compare-and-swap, as in `transition`.
            moved = conn.execute(
                update(att)
                .where(att.c.id.in_(movable), att.c.state.in_(expected))
                .values(state=to.value, updated=utcnow())
            )
            if moved.rowcount != len(movable):  # another writer moved some in between
                query = select(att.c.id).where(att.c.id.in_(movable), att.c.state != to.value)
                stayed += [str(i) for i in conn.execute(query).scalars()]
        return stayed

    def reset_interrupted(self, campaign_id: str, probe_ids: Sequence[str]) -> tuple[int, int]:
        """Before a run, for idempotent probes: `running` attempts (a crash) and `failed`
        ones (our own failure, retries spent) go back to `planned`, the failed ones with
        fresh retries. Returns (interrupted, failed) counts."""
        counts = []
        with self.engine.begin() as conn:
            for state, values in (
                (AttemptState.RUNNING, {}),
                (AttemptState.FAILED, {"tries": 0}),
            ):
                result = conn.execute(
                    update(schema.attempts)
                    .where(schema.attempts.c.campaign_id == campaign_id)
                    .where(schema.attempts.c.state == state.value)
                    .where(schema.attempts.c.probe_id.in_(list(probe_ids)))
                    .values(state=AttemptState.PLANNED.value, updated=utcnow(), **values)
                )
                counts.append(int(result.rowcount or 0))
        return counts[0], counts[1]

    def state_counts(self, campaign_id: str) -> dict[str, Counter[str]]:
        """Probe id -> state -> count."""
        query = (
            select(schema.attempts.c.probe_id, schema.attempts.c.state, func.count())
            .where(schema.attempts.c.campaign_id == campaign_id)
            .group_by(schema.attempts.c.probe_id, schema.attempts.c.state)
        )
        out: dict[str, Counter[str]] = {}
        with self.engine.connect() as conn:
            for probe_id, state, count in conn.execute(query):
                out.setdefault(probe_id, Counter())[state] = count
        return out
