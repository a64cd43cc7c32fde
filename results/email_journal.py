"""Durable state of the email channel on the shared store.

Email attempts are `attempts` rows (`probe_id="email"`); this module adds the
`email_messages` table (every reply ingested, unique per mailbox UID and per
attempt Message-ID, so ingestion is idempotent) and `email_cursors` (the last
UID seen per mailbox and UIDVALIDITY, and the measured clock offset).
Every function takes an `sqlalchemy.Engine` and commits before it returns.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Engine,
    Float,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    and_,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from probes.base import Observation, utcnow
from results.schema import AttemptState, attempts, evidence, metadata, observations

PROBE_ID = "email"

email_messages = Table(
    "email_messages",
    metadata,
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
    Column("eml_path", Text, nullable=False, default=""),
    Column("size", Integer, nullable=False, default=0),
    Column("recorded", DateTime(timezone=True), nullable=False),
    UniqueConstraint("campaign_id", "account", "uidvalidity", "uid", name="uq_email_uid"),
    UniqueConstraint("attempt_id", "message_id", name="uq_email_attempt_message"),
)

email_cursors = Table(
    "email_cursors",
    metadata,
    Column("campaign_id", String(128), primary_key=True),
    Column("account", Text, primary_key=True),
    Column("uidvalidity", Integer, nullable=False),
    Column("last_uid", Integer, nullable=False),
    Column("clock_offset_s", Float, nullable=True),
    Column("updated", DateTime(timezone=True), nullable=False),
)

EMAIL_TABLES = (email_messages, email_cursors)


def create_email_tables(engine: Engine) -> None:
    """Create the email tables (and the core ones they sit beside) when missing."""
    metadata.create_all(engine)


def as_utc(value: datetime | None) -> datetime | None:
    """SQLite returns naive datetimes; every time in the store is UTC."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


@dataclass(frozen=True)
class EmailAttempt:
    """An `attempts` row of the email probe."""

    id: str
    campaign_id: str
    company: str
    seq: int
    state: AttemptState
    tries: int
    not_before: datetime | None
    deadline: datetime | None
    data: Mapping[str, Any]

    @property
    def email(self) -> Mapping[str, Any]:
        """The email channel's part of `data` (message id, tokens, send time...)."""
        part = self.data.get("email", {})
        return part if isinstance(part, Mapping) else {}


def _attempt(row: Any) -> EmailAttempt:
    return EmailAttempt(
        id=row.id,
        campaign_id=row.campaign_id,
        company=row.company,
        seq=row.seq,
        state=AttemptState(row.state),
        tries=row.tries or 0,
        not_before=as_utc(row.not_before),
        deadline=as_utc(row.deadline),
        data=dict(row.data or {}),
    )


def email_attempts(
    engine: Engine, campaign_id: str, states: Iterable[AttemptState] | None = None
) -> list[EmailAttempt]:
    """The campaign's email attempts (in `states`, if given), in plan order."""
    query = select(attempts).where(
        attempts.c.campaign_id == campaign_id, attempts.c.probe_id == PROBE_ID
    )
    if states is not None:
        query = query.where(attempts.c.state.in_([s.value for s in states]))
    with engine.connect() as conn:
        rows = conn.execute(query.order_by(attempts.c.seq, attempts.c.id)).all()
    return [_attempt(r) for r in rows]


def get_attempt(engine: Engine, attempt_id: str) -> EmailAttempt:
    """One attempt by id (KeyError when missing)."""
    with engine.connect() as conn:
        row = conn.execute(select(attempts).where(attempts.c.id == attempt_id)).first()
    if row is None:
        raise KeyError(attempt_id)
    return _attempt(row)


def _set_state(
    engine: Engine,
    attempt_id: str,
    state: AttemptState,
    *,
    from_states: Iterable[AttemptState] | None = None,
    email: Mapping[str, Any] | None = None,
    deadline: datetime | None = None,
    last_error: str | None = None,
    add_try: bool = False,
) -> bool:
    with engine.begin() as conn:
        row = conn.execute(select(attempts).where(attempts.c.id == attempt_id)).first()
        if row is None:
            raise KeyError(attempt_id)
        if from_states is not None and row.state not in {s.value for s in from_states}:
            return False
        values: dict[str, Any] = {"state": state.value, "updated": utcnow()}
        if email is not None:
            data = dict(row.data or {})
            data["email"] = {**dict(data.get("email", {})), **dict(email)}
            values["data"] = data
        if deadline is not None:
            values["deadline"] = deadline
        if last_error is not None:
            values["last_error"] = last_error
        if add_try:
            values["tries"] = (row.tries or 0) + 1
        result = conn.execute(
            update(attempts)
            .where(attempts.c.id == attempt_id, attempts.c.state == row.state)
            .values(**values)
        )
        return result.rowcount == 1


def mark_sending(
    engine: Engine, attempt_id: str, email: Mapping[str, Any], from_states: Iterable[AttemptState]
) -> bool:
    """Commit `sending` with the Message-ID before the first SMTP byte; False if not allowed."""
    return _set_state(
        engine, attempt_id, AttemptState.SENDING, from_states=from_states, email=email, add_try=True
    )


def mark_sent(
    engine: Engine, attempt_id: str, email: Mapping[str, Any], deadline: datetime
) -> None:
    """Commit `sent` with the server-accept time and the reply deadline."""
    _set_state(engine, attempt_id, AttemptState.SENT, email=email, deadline=deadline)


def mark_awaiting(engine: Engine, attempt_id: str, email: Mapping[str, Any] | None = None) -> None:
    """Evidence is saved: the attempt now waits for replies."""
    _set_state(engine, attempt_id, AttemptState.AWAITING, email=email)


def back_to_planned(engine: Engine, attempt_id: str, error: str) -> None:
    """Nothing was accepted (4xx, connection refused): a later run tries again."""
    _set_state(engine, attempt_id, AttemptState.PLANNED, last_error=error)


def mark_failed(engine: Engine, attempt_id: str, error: str) -> None:
    """A final failure on our side (5xx, no address nor form)."""
    _set_state(engine, attempt_id, AttemptState.FAILED, last_error=error)


def mark_uncertain(engine: Engine, attempt_id: str, error: str) -> None:
    """The send's outcome is unknown; never re-sent unless asked."""
    _set_state(engine, attempt_id, AttemptState.UNCERTAIN, last_error=error)


def finish(engine: Engine, attempt_id: str, state: AttemptState) -> None:
    """`done` (observation final) or `expired` (deadline, no reply)."""
    _set_state(engine, attempt_id, state)


def resume_sending(engine: Engine, campaign_id: str) -> list[str]:
    """A run that died mid-send left `sending`: mark those `uncertain`; their ids."""
    stuck = email_attempts(engine, campaign_id, [AttemptState.SENDING])
    for attempt in stuck:
        _set_state(
            engine,
            attempt.id,
            AttemptState.UNCERTAIN,
            from_states=[AttemptState.SENDING],
            last_error="interrupted while sending: the message may or may not have gone out",
        )
    return [a.id for a in stuck]


# -- mailbox cursors ----------------------------------------------------------------
def cursor(engine: Engine, campaign_id: str, account: str, uidvalidity: int) -> int:
    """The last UID ingested from `account` under `uidvalidity` (0 after a UIDVALIDITY change)."""
    with engine.connect() as conn:
        row = conn.execute(
            select(email_cursors).where(
                email_cursors.c.campaign_id == campaign_id, email_cursors.c.account == account
            )
        ).first()
    if row is None or row.uidvalidity != uidvalidity:
        return 0
    return int(row.last_uid)


def save_cursor(
    engine: Engine,
    campaign_id: str,
    account: str,
    uidvalidity: int,
    last_uid: int | None = None,
    clock_offset_s: float | None = None,
) -> None:
    """Advance the cursor (never backwards within one UIDVALIDITY) and/or store the offset."""
    with engine.begin() as conn:
        key = and_(email_cursors.c.campaign_id == campaign_id, email_cursors.c.account == account)
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


def clock_offset(engine: Engine, campaign_id: str, account: str) -> float | None:
    """The last measured offset of `account`'s server clock to ours (seconds)."""
    with engine.connect() as conn:
        value = conn.execute(
            select(email_cursors.c.clock_offset_s).where(
                email_cursors.c.campaign_id == campaign_id, email_cursors.c.account == account
            )
        ).scalar()
    return None if value is None else float(value)


# -- messages -----------------------------------------------------------------------
def record_message(engine: Engine, row: Mapping[str, Any]) -> bool:
    """Insert one ingested message; False when it was already there (idempotent)."""
    values = {"recorded": utcnow(), **dict(row)}
    try:
        with engine.begin() as conn:
            conn.execute(insert(email_messages).values(**values))
    except IntegrityError:
        return False
    return True


def messages_for(engine: Engine, attempt_id: str) -> list[dict[str, Any]]:
    """The stored replies of one attempt, oldest first."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(email_messages)
            .where(email_messages.c.attempt_id == attempt_id)
            .order_by(email_messages.c.internaldate, email_messages.c.uid)
        ).all()
    out = []
    for r in rows:
        item = dict(r._mapping)
        item["internaldate"] = as_utc(item["internaldate"])
        out.append(item)
    return out


def count_messages(engine: Engine, campaign_id: str) -> int:
    """How many messages were ingested for the campaign (matched or not)."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(email_messages.c.id).where(email_messages.c.campaign_id == campaign_id)
        ).all()
    return len(rows)


# -- observations -------------------------------------------------------------------
def record_observation(engine: Engine, campaign_id: str, obs: Observation) -> int:
    """Insert or replace the observation of (attempt, channel) with its evidence; its id.

    Stands in for the store's `record_observation` until that exists; same columns.
    """
    values = {
        "attempt_id": obs.attempt_id,
        "campaign_id": campaign_id,
        "company": obs.company,
        "channel": obs.channel.value,
        "probe_id": obs.probe_id,
        "status": obs.status.value,
        "started": obs.started,
        "finished": obs.finished,
        "metrics": dict(obs.metrics),
        "detail": obs.detail,
    }
    with engine.begin() as conn:
        existing = conn.execute(
            select(observations.c.id).where(
                observations.c.attempt_id == obs.attempt_id,
                observations.c.channel == obs.channel.value,
            )
        ).scalar()
        if existing is None:
            inserted = conn.execute(insert(observations).values(**values)).inserted_primary_key
            assert inserted is not None
            obs_id = int(inserted[0])
        else:
            obs_id = int(existing)
            conn.execute(update(observations).where(observations.c.id == obs_id).values(**values))
            conn.execute(delete(evidence).where(evidence.c.observation_id == obs_id))
        for item in obs.evidence:
            conn.execute(
                insert(evidence).values(
                    observation_id=obs_id, kind=item.kind, path=item.path, caption=item.caption
                )
            )
    return obs_id
