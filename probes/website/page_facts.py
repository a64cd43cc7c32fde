"""What one rendered page shows a customer, gathered by one in-page script (page_facts.js)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from probes.website.links import Link
from probes.website.vendors import all_globals, all_selectors

# A piece of visible text: [start, end) in its block, page box, whether it is uncovered,
# and its font size in CSS pixels.
Segment = tuple[int, int, float, float, float, float, bool, float]


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

    def lines(self) -> list[tuple[int, str]]:
        """The block's lines (split at `<br>`) with the offset each starts at."""
        out, offset = [], 0
        for line in self.text.split("\n"):
            out.append((offset, line))
            offset += len(line) + 1
        return out

    def font_px(self, start: int, end: int) -> float | None:
        """The largest font size (CSS px) of the text at text[start:end], if drawn."""
        sizes = [s[7] for s in self._overlapping(start, end)]
        return max(sizes) if sizes else None

    def _overlapping(self, start: int, end: int) -> list[Segment]:
        # Segments follow each other in the text: bisect instead of scanning them all
        # (a page with 10,000 numbers in one block would otherwise be quadratic).
        parts = []
        for i in range(bisect_right(self._segment_ends, start), len(self.segments)):
            segment = self.segments[i]
            if segment[0] >= end:
                break
            if start < segment[1]:
                parts.append(segment)
        return parts

    def box_of(self, start: int, end: int) -> tuple[Box | None, bool]:
        """The box drawn around text[start:end] and whether all of it is uncovered."""
        parts = self._overlapping(start, end)
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
class ImageAlt:
    """A visible image whose alt text carries a number."""

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
    alts: tuple[ImageAlt, ...] = ()
    base_font_px: float = 16.0

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
    start, end, left, top, width, height, seen = raw[:7]
    size = float(raw[7]) if len(raw) > 7 else 16.0
    return (
        int(start),
        int(end),
        float(left),
        float(top),
        float(width),
        float(height),
        bool(seen),
        size,
    )


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
        alts=tuple(
            ImageAlt(str(a["text"]), int(a["block"]), _box(a["rect"]), bool(a["seen"]))
            for a in raw.get("alts") or []
        ),
        base_font_px=float(raw.get("base_font_px") or 16.0),
    )


def _box_raw(box: Box) -> list[float]:
    return [box.left, box.top, box.width, box.height]


def facts_to_raw(facts: PageFacts) -> dict[str, Any]:
    """`facts` in the collector's JSON shape, without the HTML (kept apart as evidence):
    what `parse_facts` reads back, so a stored page can be judged again."""
    return {
        "url": facts.url,
        "title": facts.title,
        "blocks": [{"text": b.text, "segs": [list(s) for s in b.segments]} for b in facts.blocks],
        "links": [{"text": x.text, "href": x.href, "visible": x.visible} for x in facts.links],
        "tels": [
            {
                "href": t.href,
                "text": t.text,
                "block": t.block,
                "rect": _box_raw(t.box),
                "seen": t.uncovered,
            }
            for t in facts.tels
        ],
        "jsonld": list(facts.jsonld),
        "questions": list(facts.questions),
        "search": facts.search,
        "contact_form": facts.contact_form,
        "urls": list(facts.urls),
        "globals": list(facts.globals),
        "selectors": list(facts.selectors),
        "dcl_ms": facts.dcl_s * 1000 if facts.dcl_s is not None else -1,
        "alts": [
            {"text": a.text, "block": a.block, "rect": _box_raw(a.box), "seen": a.uncovered}
            for a in facts.alts
        ],
        "base_font_px": facts.base_font_px,
    }
