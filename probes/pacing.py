"""Politeness: page navigations to one host are spaced by at least `delay_s`.

One pacer serves a whole run, so the spacing holds across attempts (two companies
on one host, several attempts of one company) and within one site's crawl.
"""

from __future__ import annotations

import asyncio
import math
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
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
