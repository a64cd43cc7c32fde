"""Keeping proof of a visited page: its HTML, and a screenshot with each number outlined."""

from __future__ import annotations

import contextlib

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page

from probes.base import Evidence, ProbeContext
from probes.website.loading import PageFailure, bounded
from probes.website.page_facts import PageFacts
from probes.website.sightings import Sighting

# Outlines the given elements and scrolls the first one into view if it is off screen.
_OUTLINE = """
(selectors) => {
  let first = null;
  for (const sel of selectors) for (const el of document.querySelectorAll(sel)) {
    el.style.outline = "3px solid #e0162b";
    el.style.outlineOffset = "2px";
    first = first || el;
  }
  if (first) {
    const r = first.getBoundingClientRect();
    if (r.bottom > innerHeight || r.top < 0) first.scrollIntoView({block: "center"});
  }
}
"""


def number_selectors(facts: PageFacts, sightings: tuple[Sighting, ...]) -> list[str]:
    """CSS selectors of the elements showing the page's numbers (marked by page_facts.js)."""
    tels = {f'[data-audit-tel="{i}"]' for i, _ in enumerate(facts.tels)}
    blocks = {f'[data-audit-block="{s.block}"]' for s in sightings if not s.tel_link}
    return sorted(tels | blocks)


async def keep_evidence(
    page: Page,
    ctx: ProbeContext,
    stem: str,
    facts: PageFacts,
    sightings: tuple[Sighting, ...],
) -> tuple[Evidence, ...]:
    """Write `stem`.html, and `stem`.jpg when the page shows a number (unless disabled)."""
    html_path = ctx.evidence_path(f"{stem}.html")
    html_path.write_text(facts.html, encoding="utf-8")
    evidence = [Evidence(kind="html", path=str(html_path), caption=facts.url)]
    if sightings and ctx.settings.get("screenshots", True):
        timeout = ctx.browser_options.navigation_timeout_s
        shot = ctx.evidence_path(f"{stem}.jpg")
        with contextlib.suppress(PageFailure, PlaywrightError):
            selectors = number_selectors(facts, sightings)
            await bounded(page.evaluate(_OUTLINE, selectors), timeout, "outlining numbers")
            await page.screenshot(path=str(shot), type="jpeg", quality=80, timeout=timeout * 1000)
            evidence.append(Evidence(kind="screenshot", path=str(shot), caption=facts.url))
    return tuple(evidence)
