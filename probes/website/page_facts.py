"""What one rendered page shows a customer, gathered by one in-page script (page_facts.js)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from probes.website.links import Link
from probes.website.vendors import all_globals, all_selectors

# A piece of visible text: [start, end) in its block, page box, and whether it is uncovered.
Segment = tuple[int, int, float, float, float, float, bool]


@dataclass(frozen=True)
class Box:
    """A rectangle in page coordinates (CSS pixels from the top-left of the document)."""

    left: float
    top: float
    width: float
    height: float

    def centre_within(self, width: float, height: float) -> bool:
        """Whether the box's centre lies in the first `width` x `height` viewport."""
        cx, cy = self.left + self.width / 2, self.top + self.height / 2
        return 0 <= cx < width and 0 <= cy < height


@dataclass(frozen=True)
class TextBlock:
    """The visible text of one block-level element, with where each piece is drawn."""

    index: int
    text: str
    segments: tuple[Segment, ...]

    def box_of(self, start: int, end: int) -> tuple[Box | None, bool]:
        """The box drawn around text[start:end] and whether all of it is uncovered."""
        # Segments follow each other in the text: bisect instead of scanning them all
        # (a page with 10,000 numbers in one block would otherwise be quadratic).
        first = bisect_right(self._segment_ends, start)
        parts = []
        for s in self.segments[first:]:
            if s[0] >= end:
                break
            if start < s[1]:
                parts.append(s)
        if not parts:
            return None, False
        left = min(s[2] for s in parts)
        top = min(s[3] for s in parts)
        right = max(s[2] + s[4] for s in parts)
        bottom = max(s[3] + s[5] for s in parts)
        return Box(left, top, right - left, bottom - top), all(s[6] for s in parts)

    @cached_property
    def _segment_ends(self) -> list[int]:
        return [s[1] for s in self.segments]


@dataclass(frozen=True)
class TelLink:
    """A visible click-to-call link."""

    href: str
    text: str
    block: int
    box: Box
    uncovered: bool = True


@dataclass(frozen=True)
class PageFacts:
    """Everything the probe reads from one page after it settled."""

    url: str
    html: str
    title: str
    blocks: tuple[TextBlock, ...]
    links: tuple[Link, ...]
    tels: tuple[TelLink, ...]
    jsonld: tuple[str, ...]
    questions: tuple[str, ...]
    search: bool
    contact_form: bool
    urls: tuple[str, ...]
    globals: tuple[str, ...]
    selectors: tuple[str, ...]
    dcl_s: float | None

    @property
    def visible_text(self) -> str:
        """The page's visible text, one block per line."""
        return "\n".join(b.text.strip() for b in self.blocks if b.text.strip())


@cache
def collector_source() -> str:
    """The in-page collector script."""
    return (Path(__file__).parent / "page_facts.js").read_text(encoding="utf-8")


def collector_args() -> dict[str, list[str]]:
    """The argument passed to the collector: vendor globals and selectors to look for."""
    return {"globals": all_globals(), "selectors": all_selectors()}


def _box(raw: list[float]) -> Box:
    return Box(float(raw[0]), float(raw[1]), float(raw[2]), float(raw[3]))


def _segment(raw: list[float]) -> Segment:
    start, end, left, top, width, height, seen = raw
    return int(start), int(end), float(left), float(top), float(width), float(height), bool(seen)


def parse_facts(raw: dict[str, Any]) -> PageFacts:
    """A `PageFacts` from the collector's JSON result."""
    blocks = tuple(
        TextBlock(
            index=i,
            text=str(b["text"]),
            segments=tuple(_segment(s) for s in b["segs"]),
        )
        for i, b in enumerate(raw["blocks"])
    )
    dcl_ms = float(raw.get("dcl_ms") or -1)
    return PageFacts(
        url=str(raw["url"]),
        html=str(raw.get("html") or ""),
        title=str(raw.get("title") or ""),
        blocks=blocks,
        links=tuple(Link(str(x["text"]), str(x["href"]), bool(x["visible"])) for x in raw["links"]),
        tels=tuple(
            TelLink(
                str(t["href"]), str(t["text"]), int(t["block"]), _box(t["rect"]), bool(t["seen"])
            )
            for t in raw["tels"]
        ),
        jsonld=tuple(str(s) for s in raw["jsonld"]),
        questions=tuple(str(q) for q in raw["questions"]),
        search=bool(raw["search"]),
        contact_form=bool(raw["contact_form"]),
        urls=tuple(str(u) for u in raw["urls"]),
        globals=tuple(str(g) for g in raw["globals"]),
        selectors=tuple(str(s) for s in raw["selectors"]),
        dcl_s=dcl_ms / 1000 if dcl_ms >= 0 else None,
    )
