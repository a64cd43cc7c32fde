"""Ours or theirs: before a site that did not answer is blamed on the company, check our network.

First the company's own server is tried again: if it takes a connection now, our
network reaches it and the failure is the site's. Otherwise canaries are tried,
destinations that should answer when our network works: the campaign's
`canary_urls` (a reference site it names), then up to three other hosts the
browser reached earlier in this run (other companies). All go through the same
egress guard, resolver and `host_map` as the browser. If one answers, the failure
is the company's; if none does, or there is nothing to try, it is ours: an
`error`, retried on the next run and never scored.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from playwright.async_api import Browser

from probes.base import ProbeError
from probes.browser import egress_guard
from probes.egress import EgressGuard
from probes.website.loading import PageFailure

_OTHER_HOSTS = 3
_CANARY_TIMEOUT_S = 5.0


def _destination(url: str) -> tuple[str, int] | None:
    parts = urlsplit(url if "://" in url else f"https://{url}")
    if not parts.hostname:
        return None
    return parts.hostname.lower(), parts.port or (443 if parts.scheme == "https" else 80)


async def our_outage(
    guard: EgressGuard | None, failed_url: str, canary_urls: Sequence[str] = ()
) -> str | None:
    """None when a canary answers now (our network works), else why the failure of
    `failed_url` may be ours. Without a guard nothing can be checked: None."""
    if guard is None:
        return None
    failed = _destination(failed_url)
    failed_host = failed[0] if failed else ""
    if failed and await guard.try_connect(*failed, _CANARY_TIMEOUT_S) is None:
        return None  # their server takes connections: it is the site that fails
    candidates = [d for d in (_destination(u) for u in canary_urls) if d is not None]
    for key in guard.reached_hosts(exclude=failed_host)[:_OTHER_HOSTS]:
        other, other_port = key.rsplit(":", 1)
        candidates.append((other, int(other_port)))
    candidates = list(dict.fromkeys(candidates))
    if not candidates:
        return "no other site answered in this run and no canary_urls are set to check our network"
    reasons = await asyncio.gather(
        *(guard.try_connect(host, port, _CANARY_TIMEOUT_S) for host, port in candidates)
    )
    if any(reason is None for reason in reasons):
        return None
    canary = "{}:{}".format(*candidates[0])
    return f"our network looks down: the canary {canary} did not answer either ({reasons[0]})"


async def raise_if_ours(
    failure: PageFailure, browser: Browser | None, url: str, settings: Mapping[str, Any]
) -> None:
    """Raise `ProbeError` (ours: `error`, retried, never scored) when `failure` to load
    `url` is one our own outage would cause and no canary answers; else return, and the
    failure is the company's. Every browser probe calls this before blaming a company."""
    if not failure.network:
        return
    ours = await our_outage(egress_guard(browser), url, settings.get("canary_urls") or ())
    if ours is not None:
        raise ProbeError(f"{failure.detail}; {ours}") from None
