"""Keeping proof of a visited page: its HTML, and a screenshot with each number outlined."""

from __future__ import annotations

import contextlib

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import FloatRect, Page

from probes.base import BrowserOptions, Evidence, ProbeContext
from probes.website.page_facts import PageFacts
from probes.website.sightings import Sighting


def _clip_around(sightings: tuple[Sighting, ...], options: BrowserOptions) -> FloatRect | None:
    """A viewport-sized area of the page around the first number, if it is below the fold."""
    boxes = [s.box for s in sightings if s.box is not None]
    if not boxes or boxes[0].top + boxes[0].height <= options.viewport_height:
        return None
    top = max(0.0, boxes[0].top - options.viewport_height / 3)
    return {
        "x": 0,
        "y": top,
        "width": options.viewport_width,
        "height": options.viewport_height,
    }


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
        outline = ",".join(number_selectors(facts, sightings))
        style = f"{outline} {{ outline: 3px solid #e0162b !important; outline-offset: 2px; }}"
        clip = _clip_around(sightings, ctx.browser_options)
        with contextlib.suppress(PlaywrightError):
            await page.screenshot(
                path=str(shot),
                type="jpeg",
                quality=80,
                style=style,
                caret="initial",
                full_page=clip is not None,
                clip=clip,
                timeout=timeout * 1000,
            )
            evidence.append(Evidence(kind="screenshot", path=str(shot), caption=facts.url))
    return tuple(evidence)
