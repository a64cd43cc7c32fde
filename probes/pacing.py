"""Politeness: page navigations to one host are spaced by at least `delay_s`.

One pacer serves a whole run, so the spacing holds across attempts (two companies
on one host, several attempts of one company) and within one site's crawl.
`SharedHostPacer` keeps the same rule across processes and machines (the workers
of a distributed run) in Redis: a lock per host and the time its next visit may start.
"""

from __future__ import annotations

import asyncio
import math
import secrets
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlsplit

from probes.clock import Clock


def host_key(url_or_host: str) -> str:
    """The host a URL (or a bare host, with or without port) is paced by."""
    text = url_or_host.strip()
    parts = urlsplit(text if "://" in text else f"//{text}")
    return (parts.hostname or text).lower()


class HostPacer:
    """One navigation to a host at a time, and `delay_s` from the end of one to the
    start of the next (first come, first served). Measured from the end, the gap
    holds at the server too, whatever the network and the browser add in between."""

    def __init__(self, delay_s: float, clock: Clock | None = None) -> None:
        self.delay_s = delay_s
        self.clock = clock or Clock()
        self._next: dict[str, float] = {}
        self._locks: defaultdict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    @asynccontextmanager
    async def navigation(self, url_or_host: str) -> AsyncIterator[None]:
        """Wait for this URL's host to be free and rested; navigate inside the block."""
        host = host_key(url_or_host)
        async with self._locks[host]:
            wait = self._next.get(host, -math.inf) - self.clock.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            try:
                yield
            finally:
                self._next[host] = self.clock.monotonic() + self.delay_s

    async def wait(self, url_or_host: str) -> None:
        """Wait for this URL's host, for a caller that does not report the end of its
        navigation (the next one is spaced from now)."""
        async with self.navigation(url_or_host):
            pass


_RELEASE = (
    "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"
)
"""Delete the lock only if it is still ours (it may have expired and been taken since)."""


class SharedHostPacer(HostPacer):
    """`HostPacer` whose spacing holds across every worker sharing one Redis.

    Per host, a lock (`SET NX PX`: one navigation at a time, freed by expiry if its
    holder dies) and the Redis-clock time the next navigation may start. Times come
    from Redis (`TIME`), so workers' clocks need not agree. `redis` is a
    `redis.asyncio.Redis` client (this layer does not import the package).
    """

    def __init__(
        self,
        redis: Any,
        delay_s: float,
        *,
        prefix: str = "audit:pace:",
        hold_s: float = 120.0,
        poll_s: float = 0.05,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(delay_s, clock)
        self.redis = redis
        self.prefix = prefix
        self.hold_ms = int(hold_s * 1000)
        """A lock outlives its holder by at most this (a navigation's bound and more)."""
        self.poll_s = poll_s

    async def _now(self) -> float:
        seconds, micros = await self.redis.time()
        return float(seconds) + float(micros) / 1e6

    @asynccontextmanager
    async def navigation(self, url_or_host: str) -> AsyncIterator[None]:
        """Wait for this host to be free and rested in every worker; navigate inside."""
        host = host_key(url_or_host)
        lock, rested = f"{self.prefix}lock:{host}", f"{self.prefix}next:{host}"
        token = secrets.token_hex(8)
        async with self._locks[host]:  # one waiter per process asks Redis
            while not await self.redis.set(lock, token, nx=True, px=self.hold_ms):
                await asyncio.sleep(self.poll_s)
            try:
                stored = await self.redis.get(rested)
                wait = float(stored) - await self._now() if stored else 0.0
                if wait > 0:
                    await asyncio.sleep(wait)
                yield
            finally:
                # Expires on its own once past: a host visited once leaves nothing behind.
                rest_ms = max(1, int(self.delay_s * 1000))
                await self.redis.set(rested, repr(await self._now() + self.delay_s), px=rest_ms)
                await self.redis.eval(_RELEASE, 1, lock, token)
