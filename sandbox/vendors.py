"""Live-chat vendors: their embed snippets as shipped, and the fake scripts their CDNs serve.

Each snippet (`static/snippet_<id>.html`) is the vendor's own copy-paste code with its
real CDN host plus `.sandbox.test` (and the sandbox port), so nothing leaves loopback.
The CDN host serves `static/vendor_<id>.js`: each vendor's own widget (global API, DOM
shape, iframes or not), written independently of the others after the vendor's developer
docs, behind `static/transport.js` (the sandbox's chat backend). A vendor whose widget
lives in a cross-origin frame (`FRAMED`) also serves the frame's page and script.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

STATIC_DIR = Path(__file__).with_name("static")
SANDBOX_SUFFIX = ".sandbox.test"
KEY_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"
"""Vendor account keys are plain tokens, safe in URLs and inside JavaScript strings."""


@dataclass(frozen=True)
class Vendor:
    """One chat vendor: its id (the `chat.vendor` value) and its real CDN host."""

    id: str
    cdn_host: str

    @property
    def sandbox_host(self) -> str:
        """The CDN host as served by the sandbox, e.g. `widget.intercom.io.sandbox.test`."""
        return self.cdn_host + SANDBOX_SUFFIX


VENDORS: dict[str, Vendor] = {
    v.id: v
    for v in (
        Vendor("intercom", "widget.intercom.io"),
        Vendor("zendesk", "static.zdassets.com"),
        Vendor("livechat", "cdn.livechatinc.com"),
        Vendor("drift", "js.driftt.com"),
        Vendor("tidio", "code.tidio.co"),
        Vendor("freshchat", "wchat.freshchat.com"),
        Vendor("hubspot", "js.hs-scripts.com"),
        Vendor("crisp", "client.crisp.chat"),
        Vendor("tawk", "embed.tawk.to"),
        Vendor("gorgias", "config.gorgias.chat"),
        Vendor("olark", "static.olark.com"),
        Vendor("salesforce", "web-support.my.site.com"),
        Vendor("sendbird", "aiagent.sendbird.com"),
    )
}
"""Vendor id -> vendor."""


def vendor_for_host(host: str) -> Vendor | None:
    """The vendor whose sandbox CDN host is `host` (no port), or None."""
    for vendor in VENDORS.values():
        if vendor.sandbox_host == host:
            return vendor
    return None


@cache
def _static(name: str) -> str:
    return (STATIC_DIR / name).read_text(encoding="utf-8")


def embed_snippet(vendor_id: str, key: str, port: int) -> str:
    """The HTML a site pastes to embed `vendor_id` with account `key`, on sandbox `port`."""
    if not re.fullmatch(KEY_PATTERN, key):
        raise ValueError(f"vendor key {key!r} must match {KEY_PATTERN}")
    base = f"http://{VENDORS[vendor_id].sandbox_host}:{port}"
    return _static(f"snippet_{vendor_id}.html").replace("__BASE__", base).replace("__KEY__", key)


FRAMED = frozenset({"drift", "salesforce"})
"""Vendors whose widget is a page on their own host, framed cross-origin by the site."""


def vendor_script(vendor_id: str, key: str) -> str:
    """The JavaScript the vendor's CDN serves: the sandbox transport plus the vendor's widget."""
    widget = _static(f"vendor_{vendor_id}.js").replace("__SANDBOX_KEY__", json.dumps(key))
    return _static("transport.js") + "\n" + widget


def vendor_frame(vendor_id: str, path: str) -> tuple[str, str] | None:
    """(body, media type) of a framed vendor's widget page or its script, else None."""
    if vendor_id not in FRAMED:
        return None
    if path.endswith("/widget.html"):
        page = (
            "<!doctype html><meta charset=utf-8><title>Chat</title>"
            "<body style='margin:0;font:14px sans-serif;background:transparent'>"
            '<script src="/frame.js"></script></body>'
        )
        return page, "text/html"
    if path.endswith("/frame.js"):
        return _static("transport.js") + "\n" + _static(f"frame_{vendor_id}.js"), (
            "application/javascript"
        )
    return None


def key_from_path(vendor_id: str, path: str) -> str:
    """The account key a vendor script URL carries (`sandbox` when the URL has none)."""
    parts = [p for p in path.split("/") if p]
    if vendor_id in ("tidio", "hubspot", "drift", "gorgias") and parts:
        return parts[-1].removesuffix(".js")
    if vendor_id == "intercom" and len(parts) >= 2:
        return parts[1]
    if vendor_id == "tawk" and parts:
        return parts[0]
    return "sandbox"
