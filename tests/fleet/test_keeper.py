"""The worker heartbeat's keeper: what nobody works on is enqueued again, once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import redis
from sqlalchemy import update

from audit.campaign import load_campaign
from audit.campaign_attempts import plan
from audit.fleet.app import QUEUE_NAME, make_app
from audit.fleet.worker import Fleet
from results import schema
from results.leases import Leases
from results.schema import AttemptState
from results.store import Store

CAMPAIGN = """\
name: Keeper
period: 2026-Q4
id: keeper
companies:
  - {name: Acme, website: "https://acme.example/", support_email: help@acme.example}
probes: {website: {attempts: 1}, email: {attempts: 1}}
email:
  personas: [{first_name: Mia, last_name: Kovac, address: mia@shopper.example}]
  accounts:
    default:
      smtp: {host: 127.0.0.1, port: 2525, user: mia, password_env: KEEPER_PW}
      imap: {host: 127.0.0.1, port: 1993, user: mia, password_env: KEEPER_PW}
"""


@pytest.fixture
def fleet(tmp_path: Path, fresh_redis: redis.Redis, redis_url: str) -> Iterator[Fleet]:
    path = tmp_path / "campaign.yaml"
    path.write_text(CAMPAIGN)
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    plan(store, load_campaign(path))
    fleet = Fleet(store, make_app(redis_url), redis_url, concurrency=1, lease_s=30)
    yield fleet
    fleet.redis.close()
    store.close()


def _queued(client: redis.Redis) -> list[str]:
    import json

    return [json.loads(m)["headers"]["task"] for m in client.lrange(QUEUE_NAME, 0, -1)]


def test_an_orphaned_attempt_and_an_unwatched_mailbox_are_enqueued_once(
    fleet: Fleet, fresh_redis: redis.Redis
) -> None:
    store = fleet.store
    website = "keeper/acme/website/1"
    store.transition(website, [AttemptState.PLANNED], AttemptState.RUNNING)
    email = "keeper/acme/email/1"
    store.transition(email, [AttemptState.PLANNED], AttemptState.SENDING)
    store.transition(email, [AttemptState.SENDING], AttemptState.SENT)
    with store.engine.begin() as conn:  # the worker running it died long ago
        conn.execute(
            update(schema.attempts)
            .where(schema.attempts.c.id == website)
            .values(updated=fleet.store_now() - timedelta(minutes=5))
        )
    fleet.keep_moving()
    assert sorted(_queued(fresh_redis)) == ["audit.attempt", "audit.two_phase"]
    fleet.leases.release("keeper", fleet.id)
    fleet.keep_moving()  # marked: not enqueued twice
    assert len(_queued(fresh_redis)) == 2


def test_nothing_is_enqueued_while_live_workers_hold_the_work(
    fleet: Fleet, fresh_redis: redis.Redis
) -> None:
    store = fleet.store
    website = "keeper/acme/website/1"
    other = Leases(store.engine)
    assert other.take(f"attempt:{website}", "worker-b", 60)
    assert other.take("mailbox:mia@127.0.0.1:1993/INBOX", "worker-b", 60)
    store.transition(website, [AttemptState.PLANNED], AttemptState.RUNNING)
    email = "keeper/acme/email/1"
    store.transition(email, [AttemptState.PLANNED], AttemptState.SENDING)
    store.transition(email, [AttemptState.SENDING], AttemptState.SENT)
    fleet.keep_moving()
    assert _queued(fresh_redis) == []
