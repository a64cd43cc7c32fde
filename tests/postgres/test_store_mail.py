"""The mail journal's tables (results/store_mail.py) on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from results.store import Store
from tests.postgres.server import PgServer

T0 = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
BIG = 4_294_967_295  # IMAP UIDs and UIDVALIDITY are unsigned 32-bit numbers


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    if request.param == "sqlite":
        return Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    server: PgServer = request.getfixturevalue("pg_server")
    return Store.open(server.database_for(f"mail:{tmp_path}"))


def _message(uid: int, message_id: str) -> dict[str, object]:
    return {"campaign_id": "c1", "attempt_id": "a1", "account": "shopper@x.test",
            "uidvalidity": BIG, "uid": uid, "message_id": message_id, "internaldate": T0,
            "kind": "reply", "match_method": "header", "reasons": ["in-reply-to"]}  # fmt: skip


def test_messages_are_recorded_once_with_full_32_bit_uids(store: Store) -> None:
    assert store.record_message(_message(BIG, "<m1@x>"))
    assert not store.record_message(_message(BIG, "<m1@x>"))  # same mailbox UID
    assert not store.record_message(_message(7, "<m1@x>"))  # same attempt and Message-ID
    assert store.record_message(_message(8, "<m2@x>"))
    messages = store.messages_for("a1")
    assert [(m["uid"], m["message_id"]) for m in messages] == [(8, "<m2@x>"), (BIG, "<m1@x>")]
    assert messages[0]["internaldate"] == T0 and messages[0]["sender_verified"] is True
    assert store.count_messages("c1") == 2


def test_cursors_never_go_back_within_one_uidvalidity(store: Store) -> None:
    store.save_cursor("c1", "acct", BIG, last_uid=BIG - 1, clock_offset_s=1.5)
    store.save_cursor("c1", "acct", BIG, last_uid=3)
    assert store.cursor("c1", "acct", BIG) == BIG - 1
    assert store.cursor("c1", "acct", 1) == 0  # another UIDVALIDITY starts over
    assert store.clock_offset("c1", "acct") == 1.5
    store.save_cursor("c1", "acct", 1)
    assert store.cursor("c1", "acct", 1) == 0
    store.forget_cursors("c1")
    assert store.clock_offset("c1", "acct") is None


def test_an_outage_starts_at_the_first_problem_and_ends_at_a_read(store: Store) -> None:
    later = T0.replace(hour=13)
    store.mailbox_problem("c1", "acct", "refused", T0)
    store.mailbox_problem("c1", "acct", "timeout", later)
    [health] = store.mailboxes("c1")
    assert (health.unreachable_since, health.problem) == (T0, "timeout")
    store.mailbox_read("c1", "acct", later)
    [health] = store.mailboxes("c1")
    assert (health.read_at, health.unreachable_since, health.problem) == (later, None, None)
