"""Keeping proof of a visited page: its HTML, and a screenshot with each number outlined."""

from __future__ import annotations

import base64
import contextlib
import json
from typing import Any

from playwright.async_api import CDPSession, Page
from playwright.async_api import Error as PlaywrightError

from probes.base import BrowserOptions, Evidence, ProbeContext
from probes.website.loading import PageFailure, bounded
from probes.website.page_facts import PageFacts, facts_to_raw
from probes.website.sightings import Sighting

_OUTLINE = """
(selectors) => {
  for (const el of document.querySelectorAll(selectors)) {
    el.style.outline = "3px solid #e0162b";
    el.style.outlineOffset = "2px";
  }
}
"""


def _clip_around(
    sightings: tuple[Sighting, ...], options: BrowserOptions
) -> dict[str, float] | None:
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
        "scale": 1,
    }


def number_selectors(facts: PageFacts, sightings: tuple[Sighting, ...]) -> list[str]:
    """CSS selectors of the elements showing the page's numbers (marked by page_facts.js)."""
    tels = {f'[data-audit-tel="{i}"]' for i, _ in enumerate(facts.tels)}
    blocks = {f'[data-audit-block="{s.block}"]' for s in sightings if not s.tel_link}
    return sorted(tels | blocks)


async def screenshot(
    page: Page, session: CDPSession, selectors: list[str], clip: dict[str, float] | None
) -> bytes:
    """A JPEG of the page with `selectors` outlined: the first viewport, or `clip`.

    Taken through the DevTools protocol with `optimizeForSpeed`, which is several
    times cheaper than Playwright's screenshot on a loaded machine.
    """
    await page.evaluate(_OUTLINE, ",".join(selectors))
    params: dict[str, Any] = {"format": "jpeg", "quality": 80, "optimizeForSpeed": True}
    if clip is not None:
        params.update(clip=clip, captureBeyondViewport=True)
    result = await session.send("Page.captureScreenshot", params)
    return base64.b64decode(result["data"])


ARTIFACT_VERSION = 1


def write_artifact(ctx: ProbeContext, stem: str, facts: PageFacts, depth: int) -> Evidence:
    """`stem`.facts.json: what the page showed (text blocks with positions, links, tel:
    links, image alts, structured data, script URLs and inline endpoints, globals), so
    `audit reanalyze` can judge the page again with newer readers without loading it."""
    kind = stem.split("-", 1)[1] if "-" in stem else stem
    artifact = {
        "version": ARTIFACT_VERSION,
        "kind": kind,
        "depth": depth,
        "order": stem.split("-", 1)[0],
        "facts": facts_to_raw(facts),
    }
    path = ctx.evidence_path(f"{stem}.facts.json")
    path.write_text(json.dumps(artifact, ensure_ascii=False), encoding="utf-8")
    return Evidence(kind="facts", path=str(path), caption=facts.url)


async def keep_evidence(
    page: Page,
    session: CDPSession,
    ctx: ProbeContext,
    stem: str,
    facts: PageFacts,
    sightings: tuple[Sighting, ...],
    depth: int = 0,
) -> tuple[Evidence, ...]:
    """Write `stem`.html, the page's artifact (`stem`.facts.json), and `stem`.jpg when the
    page shows a number (unless disabled)."""
    html_path = ctx.evidence_path(f"{stem}.html")
    html_path.write_text(facts.html, encoding="utf-8")
    evidence = [
        Evidence(kind="html", path=str(html_path), caption=facts.url),
        write_artifact(ctx, stem, facts, depth),
    ]
    if sightings and ctx.settings.get("screenshots", True):
        timeout = ctx.browser_options.navigation_timeout_s
        selectors = number_selectors(facts, sightings)
        clip = _clip_around(sightings, ctx.browser_options)
        with contextlib.suppress(PlaywrightError, PageFailure):
            image = await bounded(
                screenshot(page, session, selectors, clip), timeout, "taking a screenshot"
            )
            shot = ctx.evidence_path(f"{stem}.jpg")
            shot.write_bytes(image)
            evidence.append(Evidence(kind="screenshot", path=str(shot), caption=facts.url))
    return tuple(evidence)
