"""Every phone number seen on a page, as a row: role, how it appears, where, how large.

A sighting is one number seen once: in visible text (a line of a block; `<br>` ends a
line), as the text of a `tel:` link, in a `tel:` link whose text is no number ("Call
us": `tel_only`, not a visible number), or in an image's alt text. Its role
(customer service, fax, sales, press, investors, jobs, payment, mediator, host) comes from the
labels next to it (see `probes.website.roles`), or from labels on its other sightings on the
page when it has none of its own (`page_roles`); identifiers and prices are not sightings. The
website's phone metrics derive from these rows, and the export writes them as the
`phone_sightings` table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from probes.website.budget import AnalysisBudget
from probes.website.hours import has_247, has_hours
from probes.website.labels import CUSTOMER_SERVICE, role_in_text
from probes.website.line_walk import LineWalk
from probes.website.page_facts import Box, PageFacts
from probes.website.phones import parse_tel_href
from probes.website.regions import suggested_regions
from probes.website.roles import IDENTIFIER, page_roles, roled_numbers

_HOURS_WINDOW = 3  # blocks before and after a number searched for opening hours
REACHABLE = (CUSTOMER_SERVICE, "sales")
"""Roles of numbers a customer can call about a purchase (not fax, press, investors, jobs,
nor another organisation's: payment, mediator, host)."""
VISIBLE = ("text", "tel_text", "image_alt")
"""How a number can appear and be read by a customer (`tel_only` and `structured_data` cannot)."""


@dataclass(frozen=True)
class Sighting:
    """One phone number seen on one page."""

    e164: str
    block: int
    above_fold: bool
    hours_near: bool
    tel_link: bool
    box: Box | None = None
    role: str = CUSTOMER_SERVICE
    how: str = "text"
    font_ratio: float | None = None
    label: str = ""
    labelled: bool = False  # the role comes from a label or a heading, not the default

    @property
    def visible(self) -> bool:
        """Whether a customer reads the number itself (not only a "Call us" link)."""
        return self.how in VISIBLE

    @property
    def customer_line(self) -> bool:
        """A visible customer-service (or sales) number: what `phone.numbers` counts."""
        return self.visible and self.role in REACHABLE

    def row(self, url: str) -> dict[str, object]:
        """The sighting as a row of the `phone_sightings` table."""
        return {
            "e164": self.e164,
            "role": self.role,
            "how": self.how,
            "page_url": url,
            "above_fold": self.above_fold,
            "font_ratio": self.font_ratio,
            "hours_near": self.hours_near,
            "label": self.label,
        }


def _hours_near(facts: PageFacts, block: int, known: dict[int, bool]) -> bool:
    """Whether opening hours are stated within a few blocks of `block`; each block's
    answer is kept in `known`, so 10,000 numbers in one block read its text once."""
    if block < 0:
        return False
    if block not in known:
        low, high = max(0, block - _HOURS_WINDOW), block + _HOURS_WINDOW + 1
        known[block] = has_hours(" \n ".join(b.text for b in facts.blocks[low:high]))
    return known[block]


def _past(budget: AnalysisBudget | None) -> bool:
    return budget is not None and budget.spent()


def _ratio(size: float | None, base: float) -> float | None:
    return round(size / base, 2) if size and base else None


def _text_sightings(
    facts: PageFacts,
    regions: list[str],
    viewport: tuple[int, int],
    known: dict[int, bool],
    budget: AnalysisBudget | None,
    sections_of: dict[int, str],
) -> list[Sighting]:
    """The numbers written in the page's text; `sections_of` gets the department heading
    each block is under, for the `tel:` links that show no number ("Anrufen")."""
    width, height = viewport
    out: list[Sighting] = []
    lines = [(block, offset, line) for block in facts.blocks for offset, line in block.lines()]
    for index, section, hits in LineWalk([line for _, _, line in lines], regions, budget):
        block, offset, _ = lines[index]
        if offset == 0 and section:
            sections_of[block.index] = section
        for hit in hits:
            start, end = offset + hit.start, offset + hit.end
            box, uncovered = block.box_of(start, end)
            above = box is not None and uncovered and box.centre_within(width, height)
            ratio = _ratio(block.font_px(start, end), facts.base_font_px)
            number = hit.number
            out.append(
                Sighting(
                    number.e164,
                    block.index,
                    above,
                    _hours_near(facts, block.index, known),
                    False,
                    box,
                    number.role,
                    "text",
                    ratio,
                    number.label,
                    number.labelled,
                )
            )
    return out


def find_sightings(
    facts: PageFacts, region: str, viewport: tuple[int, int], budget: AnalysisBudget | None = None
) -> list[Sighting]:
    """Every phone number on the page (text, tel: links, image alt), identifiers excluded.

    Once `budget` is spent the page is read no further (and `budget.cut` says so): a
    hostile page gets the sightings found in its first part, in page order.
    """
    width, height = viewport
    known: dict[int, bool] = {}
    regions = suggested_regions(facts.visible_text[:20000], region)
    sections_of: dict[int, str] = {}
    sightings = _text_sightings(facts, regions, viewport, known, budget, sections_of)
    roles = {(s.block, s.e164): (s.role, s.labelled) for s in sightings if s.role != IDENTIFIER}
    for tel in facts.tels:
        if _past(budget):
            break
        e164 = parse_tel_href(tel.href, regions[0] if regions else region)
        if e164 is None:
            continue
        shows_number = len(re.findall(r"\d", tel.text)) >= 6
        named = role_in_text(tel.text, sections_of.get(tel.block))
        role, labelled = roles.get((tel.block, e164)) or (
            (named, True) if named else (CUSTOMER_SERVICE, False)
        )
        above = tel.uncovered and tel.box.centre_within(width, height)
        hours = _hours_near(facts, tel.block, known)
        how = "tel_text" if shows_number else "tel_only"
        sightings.append(
            Sighting(
                e164, tel.block, above, hours, True, tel.box, role, how, None, tel.text, labelled
            )
        )
    for alt in facts.alts:
        if _past(budget):
            break
        for hit in roled_numbers(alt.text, regions):
            above = alt.uncovered and alt.box.centre_within(width, height)
            hours = _hours_near(facts, alt.block, known)
            sightings.append(
                Sighting(
                    hit.e164,
                    alt.block,
                    above,
                    hours,
                    False,
                    alt.box,
                    hit.role,
                    "image_alt",
                    None,
                    alt.text,
                    hit.labelled,
                )
            )
    settled = page_roles([(s.e164, s.role, s.labelled) for s in sightings])
    return [
        s if s.labelled else replace(s, role=settled[s.e164])
        for s in sightings
        if s.role != IDENTIFIER and (s.labelled or s.tel_link or settled[s.e164] != IDENTIFIER)
    ]


def states_247(facts: PageFacts) -> bool:
    """Whether the page's visible text says support is open 24/7."""
    return any(has_247(b.text) for b in facts.blocks)
