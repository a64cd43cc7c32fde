"""Where on a page each phone number is seen: above the fold, with hours, as a tel: link."""

from __future__ import annotations

import time
from dataclasses import dataclass

from probes.website.hours import has_247, has_hours
from probes.website.page_facts import Box, PageFacts
from probes.website.phones import find_phone_numbers, parse_tel_href

_HOURS_WINDOW = 3  # blocks before and after a number searched for opening hours


@dataclass(frozen=True)
class Sighting:
    """One phone number seen on one page."""

    e164: str
    block: int
    above_fold: bool
    hours_near: bool
    tel_link: bool
    box: Box | None = None


def _hours_near(facts: PageFacts, block: int, known: dict[int, bool]) -> bool:
    """Whether opening hours are stated within a few blocks of `block`; each block's
    answer is kept in `known`, so 10,000 numbers in one block read its text once."""
    if block < 0:
        return False
    if block not in known:
        low, high = max(0, block - _HOURS_WINDOW), block + _HOURS_WINDOW + 1
        known[block] = has_hours(" \n ".join(b.text for b in facts.blocks[low:high]))
    return known[block]


def find_sightings(
    facts: PageFacts, region: str, viewport: tuple[int, int], deadline: float | None = None
) -> list[Sighting]:
    """Every visible phone number on the page (text and tel: links), decoys excluded.

    Past `deadline` (`time.monotonic()`) the page is read no further: a hostile page
    gets the sightings found in its first part, in page order.
    """
    width, height = viewport
    hours_known: dict[int, bool] = {}
    sightings: list[Sighting] = []
    previous_text = ""
    for block in facts.blocks:
        if _past(deadline):
            break
        hits = find_phone_numbers(block.text, region, previous_text, deadline)
        for hit in hits:
            box, uncovered = block.box_of(hit.start, hit.end)
            above = box is not None and uncovered and box.centre_within(width, height)
            sightings.append(
                Sighting(
                    hit.e164,
                    block.index,
                    above,
                    _hours_near(facts, block.index, hours_known),
                    False,
                    box,
                )
            )
        if block.text.strip():
            previous_text = block.text
    for tel in facts.tels:
        if _past(deadline):
            break
        e164 = parse_tel_href(tel.href, region)
        if e164 is None:
            continue
        above = tel.uncovered and tel.box.centre_within(width, height)
        hours = _hours_near(facts, tel.block, hours_known)
        sightings.append(Sighting(e164, tel.block, above, hours, True, tel.box))
    return sightings


def _past(deadline: float | None) -> bool:
    return deadline is not None and time.monotonic() > deadline


def states_247(facts: PageFacts) -> bool:
    """Whether the page's visible text says support is open 24/7."""
    return any(has_247(b.text) for b in facts.blocks)
