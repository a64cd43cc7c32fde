"""Loading one page like a customer: navigate, classify failures, settle, read its facts."""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import urlsplit

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page, Request, Response
from playwright.async_api import TimeoutError as PlaywrightTimeoutError

from probes.base import ProbeError, Status
from probes.browser import egress_guard
from probes.egress import NON_PUBLIC, EgressGuard
from probes.website.page_facts import PageFacts, collector_args, collector_source, parse_facts

_ABSENT_ERRORS = {
    "ERR_TOO_MANY_REDIRECTS": "redirect loop",
    "ERR_CERT_": "TLS certificate error",
    "ERR_SSL_": "TLS error",
    "ERR_BAD_SSL_CLIENT_AUTH_CERT": "TLS error",
    "ERR_EMPTY_RESPONSE": "the server sent an empty response",
    "ERR_CONNECTION_CLOSED": "the server closed the connection",
    "ERR_INVALID_RESPONSE": "the server sent an invalid response",
    "ERR_INVALID_HTTP_RESPONSE": "the server sent an invalid HTTP response",
}
"""Errors only a server that answered can cause: the company's, whatever our network does."""
_NETWORK_ERRORS = {
    "ERR_NAME_NOT_RESOLVED": "host name not found",
    "ERR_CONNECTION_REFUSED": "connection refused",
    "ERR_CONNECTION_RESET": "the server reset the connection",
    "ERR_CONNECTION_TIMED_OUT": "connection timed out",
    "ERR_ADDRESS_UNREACHABLE": "address unreachable",
    "ERR_INTERNET_DISCONNECTED": "no network",
}
"""Errors our own outage causes as well: a canary check decides whose they are."""
BROWSER_GONE = ("has been closed", "Target closed", "crashed")
"""Marks of a Playwright error meaning our browser, context or tab is gone."""
_OUR_ERRORS = ("ERR_PROXY_CONNECTION_FAILED", *BROWSER_GONE)
_GUARDED = ("ERR_SOCKS_CONNECTION_FAILED", "ERR_TUNNEL_CONNECTION_FAILED")
"""What Chromium reports when the egress guard did not open a connection."""
_DOWNLOAD = "Download is starting"


class PageFailure(Exception):
    """The company's page could not be seen: `status` is absent or timeout.

    `network` marks a failure our own outage would also cause (no answer at all):
    before it is blamed on the company, a canary check must show our network works.
    """

    def __init__(self, status: Status, detail: str, network: bool = False) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.network = network


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message (Playwright appends long call logs)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def classify_navigation_error(
    url: str, exc: PlaywrightError, hop: str | None = None, guard_reason: str | None = None
) -> Exception:
    """A `PageFailure` when the company may be at fault, else a `ProbeError` (ours).

    `hop` is the URL whose request failed (a redirect target, say); `guard_reason`
    is why the egress guard refused or could not open that connection.
    """
    message = first_line(exc)
    hop = hop or url
    if _DOWNLOAD in message:
        return PageFailure(Status.ABSENT, f"{hop} answers with a file download instead of a page")
    if any(mark in message for mark in _OUR_ERRORS):
        return ProbeError(f"could not load {url}: {message}")
    if any(mark in message for mark in _GUARDED):
        reason = guard_reason
        if reason is None:
            return ProbeError(f"could not load {url}: {message} (the egress guard said nothing)")
        if NON_PUBLIC in reason:  # the company's site leads to a private address
            return PageFailure(Status.ABSENT, f"{url}: leads to {reason}")
        return PageFailure(Status.ABSENT, f"{hop}: {reason}", network=True)
    for code, meaning in _NETWORK_ERRORS.items():
        if code in message:
            return PageFailure(Status.ABSENT, f"{hop}: {meaning} ({message})", network=True)
    for code, meaning in _ABSENT_ERRORS.items():
        if code in message:
            return PageFailure(Status.ABSENT, f"{url}: {meaning} ({message})")
    if "net::ERR_" in message:
        return PageFailure(Status.ABSENT, f"{url}: {message}")
    return ProbeError(f"could not load {url}: {message}")


async def _guard_reason(guard: EgressGuard | None, exc: PlaywrightError, url: str) -> str | None:
    if guard is None or not any(mark in first_line(exc) for mark in _GUARDED):
        return None
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme in ("https", "wss") else 80)
    return await asyncio.to_thread(guard.failure, parts.hostname or "", port)


async def navigate(page: Page, url: str, timeout_s: float) -> Response | None:
    """Go to `url` until DOMContentLoaded; raise `PageFailure` or `ProbeError` on failure.

    A connection the egress guard refused or could not open is explained by the guard
    of the page's browser (a private address, a name not found, a refusal)."""
    failed: list[str] = []

    def on_failed(request: Request) -> None:
        if request.is_navigation_request() and request.frame == page.main_frame:
            failed.append(request.url)

    page.on("requestfailed", on_failed)
    try:
        response = await page.goto(url, wait_until="domcontentloaded", timeout=timeout_s * 1000)
    except PlaywrightTimeoutError:
        raise PageFailure(
            Status.TIMEOUT, f"{url} did not finish loading within {timeout_s:g} s", network=True
        ) from None
    except PlaywrightError as exc:
        hop = failed[-1] if failed else url
        reason = await _guard_reason(egress_guard(page.context.browser), exc, hop)
        raise classify_navigation_error(url, exc, hop, reason) from exc
    finally:
        page.remove_listener("requestfailed", on_failed)
    if response is not None and response.status >= 400:
        reason = f" {response.status_text}" if response.status_text else ""
        raise PageFailure(Status.ABSENT, f"{url} answered HTTP {response.status}{reason}")
    return response


async def bounded(coro: Any, timeout_s: float, what: str) -> Any:
    """Await a page call with a time limit: a page stuck in a script must not hang us."""
    try:
        return await asyncio.wait_for(coro, timeout_s)
    except TimeoutError:
        raise PageFailure(Status.TIMEOUT, f"{what} did not answer within {timeout_s:g} s") from None


READER_GLOBAL = "__serviceAuditProbe"
"""The global the init script installs (see `one_pass`); its `collectJson` answers in JSON."""
_COLLECT_JSON = f"() => window.{READER_GLOBAL} ? window.{READER_GLOBAL}.collectJson() : null"


async def read_facts(page: Page, timeout_s: float) -> PageFacts:
    """Run the in-page collector and parse what it found, off the event loop."""
    raw = await bounded(page.evaluate(_COLLECT_JSON), timeout_s, f"reading {page.url}")
    if raw is None:  # no installed reader (e.g. the page replaced its window): send it
        raw = await bounded(
            page.evaluate(collector_source(), collector_args()), timeout_s, f"reading {page.url}"
        )
    if isinstance(raw, str):
        raw = await asyncio.to_thread(json.loads, raw)
    return await asyncio.to_thread(parse_facts, raw)
