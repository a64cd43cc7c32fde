"""Per-company daily caps that hold across every worker (kept in Redis).

A scheduled campaign's `max_per_day` bounds the attempts on one company per day, all
probes together. Each worker asks `DailyCaps.take` before it starts an attempt: the
attempt's id joins the company's set for the day (UTC) unless the set is full. The set
makes it idempotent: a retried or redelivered attempt is not counted twice.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

_TAKE = """
if redis.call('sismember', KEYS[1], ARGV[1]) == 1 then return 1 end
if redis.call('scard', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('sadd', KEYS[1], ARGV[1])
redis.call('expire', KEYS[1], 172800)
return 1
"""


class DailyCaps:
    """Counts attempts per campaign, company and UTC day in Redis (a `redis.Redis`)."""

    def __init__(self, redis: Any, prefix: str = "audit:cap:") -> None:
        self.redis = redis
        self.prefix = prefix

    def key(self, campaign_id: str, company: str, day: datetime) -> str:
        """The Redis set of one company's attempts on one day."""
        return f"{self.prefix}{campaign_id}:{company}:{day.date().isoformat()}"

    def take(
        self, campaign_id: str, company: str, attempt_id: str, limit: int, now: datetime
    ) -> bool:
        """May `attempt_id` run today? True (and counted) unless `limit` others did."""
        key = self.key(campaign_id, company, now)
        return bool(self.redis.eval(_TAKE, 1, key, attempt_id, limit))

    def used(self, campaign_id: str, company: str, now: datetime) -> int:
        """How many attempts on `company` were counted today."""
        return int(self.redis.scard(self.key(campaign_id, company, now)))
