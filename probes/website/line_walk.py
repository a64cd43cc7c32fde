"""One walk over a page's lines, shared by the probe and the benchmark's reader.

The website probe's sightings (`probes.website.sightings`) and `read_phone_roles` (what
`benchmarks/extraction.py` scores) read a page the same way, line after line, through
`LineWalk`: each line's numbers and roles (`probes.website.roles.roled_numbers`), with the
line above and the one above that as context, the department heading the line is under
(`Sections`), and the other company named on the line under it (`name_lines.owners_under`).
A rule in one path only would let the benchmark score a reader the probe does not run.

A number wrapped after its bracketed area code ("call us at (888)" at a line's end, "354-0000
and ..." on the next) is read on the two lines joined; the probe places it on the line where
its digits end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from probes.website.budget import AnalysisBudget
from probes.website.labels import CUSTOMER_SERVICE
from probes.website.name_lines import owners_under
from probes.website.regions import suggested_regions
from probes.website.roles import IDENTIFIER, RoledNumber, page_roles, roled_numbers
from probes.website.sections import Sections

_WRAP_END = re.compile(r"\(\d{3}\)[ \t]*$")
_WRAP_START = re.compile(r"[ \t]*\d{3}[\s.\-]\d{4}(?!\d)")


@dataclass(frozen=True)
class LineHit:
    """A number read on one line of the walk: its span within that line, and its role."""

    line: int
    start: int
    end: int
    number: RoledNumber


@dataclass(frozen=True)
class _Unit:
    """Lines read as one: a line, or lines joined at a wrapped area code."""

    text: str
    first: int
    starts: tuple[int, ...]  # where each line of the unit starts in `text`


def _units(lines: Sequence[str]) -> list[_Unit]:
    units: list[_Unit] = []
    for i, line in enumerate(lines):
        if units and _WRAP_END.search(units[-1].text) and _WRAP_START.match(line):
            last = units[-1]
            head = last.text.rstrip(" \t") + " "
            units[-1] = _Unit(head + line, last.first, (*last.starts, len(head)))
        else:
            units.append(_Unit(line, i, (0,)))
    return units


def owned_by(hit: RoledNumber, owner: str | None) -> RoledNumber:
    """`hit` as the line of `owner` (`name_lines.owners_under`) where no label names it."""
    if owner and hit.role == CUSTOMER_SERVICE and not hit.labelled:
        return replace(hit, role=owner, labelled=True)
    return hit


class LineWalk:
    """Reads `lines` (a page's lines in order) once, yielding for each line its index, the
    department it is under (or None) and the numbers read on it. Stops early, at a line's
    start, once `budget` is spent."""

    def __init__(
        self, lines: Sequence[str], regions: list[str], budget: AnalysisBudget | None = None
    ) -> None:
        self._units = _units(lines)
        self._regions = regions
        self._budget = budget

    def __iter__(self) -> Iterator[tuple[int, str | None, list[LineHit]]]:
        previous = second_above = ""
        sections = Sections()
        owners = owners_under([unit.text for unit in self._units])
        for unit, owner in zip(self._units, owners, strict=True):
            if self._budget is not None and self._budget.spent():
                return
            section, heading = sections.role, sections.heading
            found = roled_numbers(
                unit.text, self._regions, previous, self._budget, section, heading, second_above
            )
            on_line: list[list[LineHit]] = [[] for _ in unit.starts]
            for hit in found:
                k = max(k for k, at in enumerate(unit.starts) if at < hit.end)
                at, read = unit.starts[k], owned_by(hit, owner)
                start = max(0, hit.start - at)
                on_line[k].append(LineHit(unit.first + k, start, hit.end - at, read))
            for k, hits in enumerate(on_line):
                yield unit.first + k, section, hits
            sections.feed(unit.text, any(hit.role != IDENTIFIER for hit in found))
            if unit.text.strip():
                previous, second_above = unit.text, previous


def read_phone_roles(text: str, region: str) -> dict[str, str]:
    """Every number in `text` (one block a line) -> its role on the page (`page_roles`)."""
    regions = suggested_regions(text, region)
    hits = [
        (h.number.e164, h.number.role, h.number.labelled)
        for _, _, line_hits in LineWalk(text.splitlines(), regions)
        for h in line_hits
    ]
    return {n: role for n, role in page_roles(hits).items() if role != IDENTIFIER}
