"""Loading one page like a customer: navigate, classify failures, settle, read its facts."""

from __future__ import annotations

import asyncio
from typing import Any

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page
from playwright.async_api import TimeoutError as PlaywrightTimeoutError

from probes.base import ProbeError, Status
from probes.website.page_facts import PageFacts, collector_args, collector_source, parse_facts

# Installed in every page before its scripts run: counts pending short timers, so the
# settle step knows when a page's "render after load" work (setTimeout) is done.
TIMER_TRACKER = """
(() => {
  if (window.__auditTimers) return;
  const pending = new Set();
  const originalSet = window.setTimeout, originalClear = window.clearTimeout;
  window.__auditTimers = pending;
  window.__auditSetTimeout = originalSet;
  window.setTimeout = function (fn, delay, ...rest) {
    if (typeof fn !== "function" || (Number(delay) || 0) > 1000) {
      return originalSet.call(window, fn, delay, ...rest);
    }
    const id = originalSet.call(window, function (...args) {
      pending.delete(id);
      return fn.apply(this, args);
    }, delay, ...rest);
    pending.add(id);
    return id;
  };
  window.clearTimeout = function (id) {
    pending.delete(id);
    return originalClear.call(window, id);
  };
})();
"""

# Resolves once the page has loaded, its short timers have run and the DOM has been
# quiet for a moment; or at the caps (load, then settling), whichever comes first.
_SETTLE = """
(args) => new Promise((resolve) => {
  const realSet = window.__auditSetTimeout || window.setTimeout;
  const start = performance.now();
  let last = start, loadedAt = null;
  const observer = new MutationObserver(() => { last = performance.now(); });
  observer.observe(document, {subtree: true, childList: true, characterData: true});
  const step = () => {
    const now = performance.now();
    if (loadedAt === null && document.readyState === "complete") loadedAt = now;
    const timers = window.__auditTimers ? window.__auditTimers.size : 0;
    const done = loadedAt !== null && timers === 0 && now - last >= args.quiet;
    const capped = loadedAt === null ? now - start >= args.loadCap : now - loadedAt >= args.cap;
    if (done || capped) { observer.disconnect(); resolve(now - start); }
    else realSet.call(window, step, 20);
  };
  step();
})
"""

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
_OUR_ERRORS = ("ERR_CONNECTION_REFUSED", "has been closed", "Target closed", "crashed")


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


async def settle(page: Page, quiet_s: float, cap_s: float, load_cap_s: float) -> None:
    """Wait for the load event (at most `load_cap_s`), then for short timers to run and
    the DOM to be quiet for `quiet_s` (at most `cap_s` after load): JS-rendered content.
    """
    args = {"quiet": quiet_s * 1000, "cap": cap_s * 1000, "loadCap": load_cap_s * 1000}
    try:
        await bounded(page.evaluate(_SETTLE, args), load_cap_s + cap_s + 2.0, "settling the page")
    except PlaywrightError as exc:  # the page navigated away (a JS redirect) while settling
        if any(mark in str(exc) for mark in _OUR_ERRORS[1:]):
            raise ProbeError(f"browser failed: {first_line(exc)}") from exc
        await page.wait_for_load_state("domcontentloaded")


async def read_facts(page: Page, timeout_s: float) -> PageFacts:
    """Run the in-page collector and parse what it found."""
    raw = await bounded(
        page.evaluate(collector_source(), collector_args()), timeout_s, f"reading {page.url}"
    )
    return parse_facts(raw)
