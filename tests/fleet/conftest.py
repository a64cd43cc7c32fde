"""Fixtures: one throwaway Redis per session (the broker and the shared pacing/caps);
PostgreSQL comes from tests/postgres (same fixtures)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis

from tests.fleet.redis_server import redis_binary, running_redis
from tests.postgres.conftest import on_postgres, pg_server  # noqa: F401  (shared fixtures)


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    binary = redis_binary()
    if binary is None:
        pytest.skip("redis-server absent: run scripts/setup.sh")
    with running_redis(binary) as url:
        yield url


@pytest.fixture
def fresh_redis(redis_url: str) -> Iterator[redis.Redis]:
    """The session's Redis, emptied for this test."""
    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    yield client
    client.close()
