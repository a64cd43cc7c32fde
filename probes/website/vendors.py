"""Live-chat vendors and how to recognise them on a page: script URLs, globals, DOM.

Host patterns are not anchored at the end: sandboxed copies serve a vendor's
script from e.g. `widget.intercom.io.sandbox.test`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

NO_VENDOR = "none"


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


VENDORS: tuple[ChatVendor, ...] = (
    ChatVendor(
        "intercom",
        "Intercom",
        (host("widget.intercom.io"), host("js.intercomcdn.com"), host("intercomcdn.com")),
        ("Intercom", "intercomSettings"),
        ("#intercom-container", "#intercom-frame", ".intercom-lightweight-app"),
    ),
    ChatVendor(
        "zendesk",
        "Zendesk",
        (host("static.zdassets.com"), host("ekr.zdassets.com"), host("zopim.com")),
        ("zE", "zESettings", "$zopim"),
        ("iframe#launcher", "#webWidget", "[data-product='web_widget']"),
    ),
    ChatVendor(
        "livechat",
        "LiveChat",
        (host("cdn.livechatinc.com"), host("livechatinc.com")),
        ("LiveChatWidget", "__lc"),
        ("#chat-widget-container", "#livechat-compact-container"),
    ),
    ChatVendor(
        "drift",
        "Drift",
        (host("js.driftt.com"), host("driftt.com"), host("drift.com")),
        ("drift", "driftt"),
        ("#drift-widget", "#drift-frame-controller", "#drift-widget-container"),
    ),
    ChatVendor(
        "tidio",
        "Tidio",
        (host("code.tidio.co"), host("tidio.co")),
        ("tidioChatApi", "tidioChatCode"),
        ("#tidio-chat", "#tidio-chat-iframe"),
    ),
    ChatVendor(
        "freshchat",
        "Freshchat",
        (host("wchat.freshchat.com"), host("freshchat.com"), host("fw-cdn.com")),
        ("fcWidget", "fcSettings"),
        ("#fc_frame", "#fc_widget"),
    ),
    ChatVendor(
        "hubspot",
        "HubSpot Conversations",
        (host("js.hs-scripts.com"), host("js.usemessages.com"), host("hs-scripts.com")),
        ("HubSpotConversations", "hsConversationsSettings"),
        ("#hubspot-messages-iframe-container",),
    ),
    ChatVendor(
        "crisp",
        "Crisp",
        (host("client.crisp.chat"), host("crisp.chat")),
        ("$crisp", "CRISP_WEBSITE_ID"),
        (".crisp-client", "#crisp-chatbox"),
    ),
    ChatVendor(
        "gorgias",
        "Gorgias",
        (host("config.gorgias.chat"), host("gorgias.chat"), host("gorgias.io")),
        ("GorgiasChat", "gorgiasChat"),
        ("#gorgias-chat-container", "#gorgias-web-messenger-container"),
    ),
    ChatVendor(
        "olark",
        "Olark",
        (host("static.olark.com"), host("olark.com")),
        ("olark",),
        ("#olark-box", "#olark-container", ".olark-launch-button"),
    ),
    ChatVendor(
        "liveagent",
        "LiveAgent",
        (host("ladesk.com"), host("liveagent.com")),
        ("LiveAgent",),
        (".circleRollButton", "iframe[id^='la_']"),
    ),
    ChatVendor(
        "tawk",
        "tawk.to",
        (host("embed.tawk.to"), host("tawk.to")),
        ("Tawk_API", "Tawk_LoadStart"),
        ("iframe[title='chat widget']",),
    ),
    ChatVendor(
        "salesforce",
        "Salesforce Embedded Service",
        (
            host("service.force.com"),
            host("salesforce-scrt.com"),
            host("salesforceliveagent.com"),
            host("my.site.com"),
        ),
        ("embedded_svc", "embeddedservice_bootstrap", "liveagent"),
        (".embeddedServiceHelpButton", "#embedded-messaging", ".embeddedMessagingFrame"),
    ),
)


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
