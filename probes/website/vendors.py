"""Live-chat vendors and how to recognise them on a page: script URLs, globals, DOM.

The vendors are data (`vendors.yaml`). URLs include the endpoints named in inline
configuration (a settings object), which the collector reads before any script loads.
Host patterns are not anchored at the end: sandboxed copies serve a vendor's
script from e.g. `widget.intercom.io.sandbox.test`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

NO_VENDOR = "none"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def host(name: str) -> str:
    """A regex matching a URL on host `name` or a subdomain of it, in a URL."""
    return r"//(?:[\w-]+\.)*" + re.escape(name) + r"(?=[./:?]|$)"


@dataclass(frozen=True)
class ChatVendor:
    """One live-chat vendor's fingerprints."""

    id: str
    name: str
    script_patterns: tuple[str, ...]
    globals: tuple[str, ...]
    selectors: tuple[str, ...]

    def matches_url(self, url: str) -> bool:
        """Whether `url` (a script, iframe or request URL) belongs to this vendor."""
        return any(re.search(p, url, re.IGNORECASE) for p in self.script_patterns)


def _load(path: Path) -> tuple[ChatVendor, ...]:
    raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or []
    return tuple(
        ChatVendor(
            str(v["id"]),
            str(v["name"]),
            tuple(host(str(h)) for h in v.get("hosts") or ()),
            tuple(str(g) for g in v.get("globals") or ()),
            tuple(str(s) for s in v.get("selectors") or ()),
        )
        for v in raw
    )


VENDORS: tuple[ChatVendor, ...] = _load(Path(__file__).with_name("vendors.yaml"))
"""Every vendor of `vendors.yaml`, in its order (which breaks ties)."""


def all_globals() -> list[str]:
    """Every vendor's window globals, for the in-page fact collector."""
    return sorted({g for vendor in VENDORS for g in vendor.globals})


def all_selectors() -> list[str]:
    """Every vendor's DOM selectors, for the in-page fact collector."""
    return sorted({s for vendor in VENDORS for s in vendor.selectors})


def detect_vendor(
    urls: Iterable[str], globals_found: Iterable[str], selectors_found: Iterable[str]
) -> str:
    """The vendor id with the strongest evidence on a page, or `"none"`.

    A global or a DOM fingerprint counts two, a script/iframe URL one; ties go
    to the table's order.
    """
    url_list = sorted(set(urls))
    present_globals = set(globals_found)
    present_selectors = set(selectors_found)
    best, best_score = NO_VENDOR, 0
    for vendor in VENDORS:
        score = 2 * len(present_globals & set(vendor.globals))
        score += 2 * len(present_selectors & set(vendor.selectors))
        score += sum(1 for url in url_list if vendor.matches_url(url))
        if score > best_score:
            best, best_score = vendor.id, score
    return best
