"""Politeness: page navigations to one host are spaced by at least `delay_s`.

One pacer serves a whole run, so the spacing holds across attempts (two companies
on one host, several attempts of one company) and within one site's crawl.
"""

from __future__ import annotations

import asyncio
import math
from urllib.parse import urlsplit

from probes.base import Clock


def host_key(url_or_host: str) -> str:
    """The host a URL (or a bare host, with or without port) is paced by."""
    text = url_or_host.strip()
    parts = urlsplit(text if "://" in text else f"//{text}")
    return (parts.hostname or text).lower()


class HostPacer:
    """Keeps at least `delay_s` between the starts of two navigations to one host.

    Each caller is given the next free slot at once (first come, first served), so
    waiting callers never race each other for the same slot.
    """

    def __init__(self, delay_s: float, clock: Clock | None = None) -> None:
        self.delay_s = delay_s
        self.clock = clock or Clock()
        self._next: dict[str, float] = {}

    async def wait(self, url_or_host: str) -> None:
        """Sleep until a navigation to this URL's host may start."""
        host = host_key(url_or_host)
        now = self.clock.monotonic()
        slot = max(now, self._next.get(host, -math.inf))
        self._next[host] = slot + self.delay_s
        if slot > now:
            await asyncio.sleep(slot - now)
