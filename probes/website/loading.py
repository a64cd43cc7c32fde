"""Loading one page like a customer: navigate, classify failures, settle, read its facts."""

from __future__ import annotations

import asyncio
from typing import Any

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page
from playwright.async_api import TimeoutError as PlaywrightTimeoutError

from probes.base import ProbeError, Status
from probes.website.page_facts import PageFacts, collector_args, collector_source, parse_facts

_ABSENT_ERRORS = {
    "ERR_TOO_MANY_REDIRECTS": "redirect loop",
    "ERR_NAME_NOT_RESOLVED": "host name not found",
    "ERR_CERT_": "TLS certificate error",
    "ERR_SSL_": "TLS error",
    "ERR_BAD_SSL_CLIENT_AUTH_CERT": "TLS error",
    "ERR_EMPTY_RESPONSE": "the server sent an empty response",
    "ERR_CONNECTION_RESET": "the server reset the connection",
    "ERR_CONNECTION_CLOSED": "the server closed the connection",
    "ERR_INVALID_RESPONSE": "the server sent an invalid response",
    "ERR_INVALID_HTTP_RESPONSE": "the server sent an invalid HTTP response",
}
BROWSER_GONE = ("has been closed", "Target closed", "crashed")
"""Marks of a Playwright error meaning our browser, context or tab is gone."""
_OUR_ERRORS = ("ERR_CONNECTION_REFUSED", *BROWSER_GONE)


class PageFailure(Exception):
    """The company's page could not be seen: `status` is absent or timeout."""

    def __init__(self, status: Status, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message (Playwright appends long call logs)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def classify_navigation_error(url: str, exc: PlaywrightError) -> Exception:
    """A `PageFailure` when the company is at fault, else a `ProbeError` (ours)."""
    message = first_line(exc)
    if any(mark in message for mark in _OUR_ERRORS):
        return ProbeError(f"could not load {url}: {message}")
    for code, meaning in _ABSENT_ERRORS.items():
        if code in message:
            return PageFailure(Status.ABSENT, f"{url}: {meaning} ({message})")
    if "net::ERR_" in message:
        return PageFailure(Status.ABSENT, f"{url}: {message}")
    return ProbeError(f"could not load {url}: {message}")


async def navigate(page: Page, url: str, timeout_s: float) -> None:
    """Go to `url` until DOMContentLoaded; raise `PageFailure` or `ProbeError` on failure."""
    try:
        response = await page.goto(url, wait_until="domcontentloaded", timeout=timeout_s * 1000)
    except PlaywrightTimeoutError:
        raise PageFailure(
            Status.TIMEOUT, f"{url} did not finish loading within {timeout_s:g} s"
        ) from None
    except PlaywrightError as exc:
        raise classify_navigation_error(url, exc) from exc
    if response is not None and response.status >= 400:
        reason = f" {response.status_text}" if response.status_text else ""
        raise PageFailure(Status.ABSENT, f"{url} answered HTTP {response.status}{reason}")


async def bounded(coro: Any, timeout_s: float, what: str) -> Any:
    """Await a page call with a time limit: a page stuck in a script must not hang us."""
    try:
        return await asyncio.wait_for(coro, timeout_s)
    except TimeoutError:
        raise PageFailure(Status.TIMEOUT, f"{what} did not answer within {timeout_s:g} s") from None


async def read_facts(page: Page, timeout_s: float) -> PageFacts:
    """Run the in-page collector and parse what it found."""
    raw = await bounded(
        page.evaluate(collector_source(), collector_args()), timeout_s, f"reading {page.url}"
    )
    return parse_facts(raw)
