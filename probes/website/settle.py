"""Waiting for a page to settle after DOMContentLoaded: load, then its short-term work.

A page often renders content after `load` (a number filled in by a timer, an FAQ
fetched as JSON, a widget started a few seconds later). Rather than sleeping or waiting
for network idle, an init script counts the page's pending timers of up to
`LATE_CONTENT_S` and its fetch/XHR requests; the page has settled once it has loaded and
both counts are zero (and the DOM has been quiet for `quiet_s`, 0 by default), or at the
caps.

The bound on late content: text written by a timer of at most `LATE_CONTENT_S` (5 s)
set while the page loads, or by a request it starts, is read, provided it appears within
the website probe's settle cap after `load` (`settle_cap_s`, `LATE_CONTENT_S` by default).
Text that appears later (a longer timer, a chain of timers, an interval, a poll) is not
waited for: a page that is never quiet costs at most the cap. Pages with no pending work
are read as soon as they have loaded.
"""

from __future__ import annotations

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page

from probes.base import ProbeError
from probes.website.loading import BROWSER_GONE, bounded, first_line

LATE_CONTENT_S = 5.0
"""Timers up to this long hold the settle step, and its default cap after `load`."""

# Installed in every page before its own scripts run.
WORK_TRACKER = """
(() => {
  if (window.__auditWork) return;
  const work = { timers: new Set(), requests: 0 };
  const originalSet = window.setTimeout, originalClear = window.clearTimeout;
  window.__auditWork = work;
  window.__auditSetTimeout = originalSet;
  window.setTimeout = function (fn, delay, ...rest) {
    if (typeof fn !== "function" || (Number(delay) || 0) > LATE_MS) {
      return originalSet.call(window, fn, delay, ...rest);
    }
    const id = originalSet.call(window, function (...args) {
      work.timers.delete(id);
      return fn.apply(this, args);
    }, delay, ...rest);
    work.timers.add(id);
    return id;
  };
  window.clearTimeout = function (id) {
    work.timers.delete(id);
    return originalClear.call(window, id);
  };
  if (window.fetch) {
    const originalFetch = window.fetch;
    window.fetch = function (...args) {
      work.requests += 1;
      const done = () => { work.requests -= 1; };
      const result = originalFetch.apply(this, args);
      result.then(done, done);
      return result;
    };
  }
  const originalSend = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (...args) {
    work.requests += 1;
    this.addEventListener("loadend", () => { work.requests -= 1; }, { once: true });
    return originalSend.apply(this, args);
  };
})();
""".replace("LATE_MS", str(int(LATE_CONTENT_S * 1000)))

SETTLE_JS = """
(args) => new Promise((resolve) => {
  const later = window.__auditSetTimeout || window.setTimeout;
  const start = performance.now();
  let last = start, loadedAt = null;
  const observer = new MutationObserver(() => { last = performance.now(); });
  observer.observe(document, {subtree: true, childList: true, characterData: true});
  const step = () => {
    const now = performance.now();
    if (loadedAt === null && document.readyState === "complete") loadedAt = now;
    const work = window.__auditWork;
    const busy = work ? work.timers.size + Math.max(work.requests, 0) : 0;
    const done = loadedAt !== null && busy === 0 && now - last >= args.quiet;
    const capped = loadedAt === null ? now - start >= args.loadCap : now - loadedAt >= args.cap;
    if (done || capped) { observer.disconnect(); resolve(now - start); }
    else later.call(window, step, 10);
  };
  step();
})
"""


def settle_args(quiet_s: float, cap_s: float, load_cap_s: float) -> dict[str, float]:
    """The argument of SETTLE_JS, in milliseconds."""
    return {"quiet": quiet_s * 1000, "cap": cap_s * 1000, "loadCap": load_cap_s * 1000}


async def settle(page: Page, quiet_s: float, cap_s: float, load_cap_s: float) -> None:
    """Wait for the load event (at most `load_cap_s`), then for the page's short timers
    and requests to finish and the DOM to be quiet for `quiet_s` (at most `cap_s` more).
    """
    args = settle_args(quiet_s, cap_s, load_cap_s)
    try:
        await bounded(page.evaluate(SETTLE_JS, args), load_cap_s + cap_s + 2.0, "settling the page")
    except PlaywrightError as exc:  # the page navigated away (a JS redirect) while settling
        if any(mark in str(exc) for mark in BROWSER_GONE):
            raise ProbeError(f"browser failed: {first_line(exc)}") from exc
        await page.wait_for_load_state("domcontentloaded")
