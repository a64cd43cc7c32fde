"""Reading a loaded page in as few browser round trips as possible.

Most pages need one: settle, check for a cookie wall, collect the facts, all in
one in-page call. Only when a wall is clicked away (or may sit in an iframe) are
the steps taken one by one.
"""

from __future__ import annotations

import asyncio
import json

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page

from probes.base import ProbeError
from probes.website.cookies import (
    CLICK_ACCEPT_JS,
    CLICK_REVEAL_JS,
    accept_words,
    dismiss_cookie_wall,
    reveal_words,
)
from probes.website.loading import BROWSER_GONE, READER_GLOBAL, bounded, first_line, read_facts
from probes.website.page_facts import PageFacts, collector_args, collector_source, parse_facts
from probes.website.settle import SETTLE_JS, settle, settle_args

_GLOBAL = READER_GLOBAL


def _installed_source() -> str:
    config = {"words": accept_words(), "reveal": reveal_words(), "collect": collector_args()}
    return (
        "(() => {\n"
        f"  const settle = {SETTLE_JS.strip()};\n"
        f"  const acceptCookies = {CLICK_ACCEPT_JS.strip()};\n"
        f"  const reveal = {CLICK_REVEAL_JS.strip()};\n"
        f"  const collect = {collector_source().strip()};\n"
        f"  const config = {json.dumps(config, ensure_ascii=False)};\n"
        # Captured before the page's scripts run, so a page cannot replace it.
        "  const stringify = JSON.stringify.bind(JSON);\n"
        "  const onePass = async (settleArgs) => {\n"
        "    await settle(settleArgs);\n"
        "    const wall = acceptCookies(config.words);\n"
        "    if (wall.clicked !== null || wall.framed) return stringify({ wall });\n"
        "    const shown = reveal(config.reveal) > 0;\n"
        "    if (shown) return stringify({ wall: { clicked: 'show number', framed: false } });\n"
        "    return stringify({ facts: collect(config.collect) });\n"
        "  };\n"
        "  const collectJson = () => stringify(collect(config.collect));\n"
        f"  Object.defineProperty(window, {json.dumps(_GLOBAL)}, {{\n"
        "    value: Object.freeze({ onePass, collectJson }), writable: false,\n"
        "    configurable: false,\n"
        "  });\n"
        "})();"
    )


INSTALL_SCRIPT = _installed_source()
"""Init script defining the one-pass reader in every page, so each call sends a few bytes
instead of the whole collector (the one cost that grew with every page read). It answers
with one JSON string: Playwright validates a structured result value by value on our
event loop (15 s for a page with 10,000 links), a string in one step."""

_CALL = f"(args) => window.{_GLOBAL} ? window.{_GLOBAL}.onePass(args) : null"


async def observe_page(
    page: Page, quiet_s: float, cap_s: float, load_cap_s: float, timeout_s: float
) -> PageFacts:
    """Settle the page, click away a cookie wall, and read what it shows."""
    args = settle_args(quiet_s, cap_s, load_cap_s)
    limit = load_cap_s + cap_s + timeout_s
    try:
        result = await bounded(page.evaluate(_CALL, args), limit, f"reading {page.url}")
    except PlaywrightError as exc:  # e.g. a script navigated the page meanwhile
        if any(mark in str(exc) for mark in BROWSER_GONE):
            raise ProbeError(f"browser failed: {first_line(exc)}") from exc
        await page.wait_for_load_state("domcontentloaded")
        result = {"wall": {"clicked": None, "framed": True}}
    if result is None:  # the page has no reader installed (it replaced it): step by step
        await settle(page, quiet_s, cap_s, load_cap_s)
        result = {"wall": {"clicked": None, "framed": True}}
    elif isinstance(result, str):
        result = await asyncio.to_thread(json.loads, result)
    if "facts" in result:
        return await asyncio.to_thread(parse_facts, result["facts"])
    clicked = result["wall"].get("clicked") is not None or await dismiss_cookie_wall(page)
    if clicked:
        await settle(page, quiet_s, cap_s, load_cap_s)
    return await read_facts(page, timeout_s)
