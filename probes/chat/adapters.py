"""Vendor adapters: how each live-chat vendor's widget is made ready and opened.

Detection uses the website probe's vendor table (`probes.website.vendors`); this
table only says how to open the widget once it is there. Adding a vendor is one
`VendorAdapter` entry here (and its fingerprints in the website vendor table).
"""

from __future__ import annotations

import contextlib

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Frame, Page

from probes.chat.interface import VendorAdapter
from probes.website.vendors import VENDORS, all_globals, all_selectors, detect_vendor

VENDOR_ADAPTERS: dict[str, VendorAdapter] = {
    a.id: a
    for a in (
        VendorAdapter(
            "intercom",
            "typeof window.Intercom === 'function' && !!window.Intercom.booted",
            "window.Intercom('show')",
            (".intercom-launcher", ".intercom-lightweight-app-launcher"),
            ("#intercom-frame", "iframe[name='intercom-messenger-frame']"),
        ),
        VendorAdapter(
            "zendesk",
            "typeof window.zE === 'function'",
            # messaging first, then the classic Web Widget
            "(() => { try { window.zE('messenger', 'open'); } catch (e) {}"
            " try { window.zE('webWidget', 'open'); } catch (e) {} })()",
            ("iframe#launcher",),
            ("iframe[title='Messaging window']", "iframe#webWidget"),
        ),
        VendorAdapter(
            "livechat",
            "!!window.LiveChatWidget && typeof window.LiveChatWidget.get === 'function'",
            "window.LiveChatWidget.call('maximize')",
            ("#chat-widget-minimized",),
            ("#chat-widget", "iframe[name='chat-widget']"),
        ),
        VendorAdapter(
            "drift",
            "!!(window.drift && window.drift.api)",
            "window.drift.api.openChat ? window.drift.api.openChat()"
            " : window.drift.api.sidebar.open()",
            ("#drift-widget-controller",),
            ("#drift-widget",),
        ),
        VendorAdapter(
            "tidio",
            "!!(window.tidioChatApi && window.tidioChatApi.open)",
            "window.tidioChatApi.open()",
            ("#button-body",),
            ("#tidio-chat-iframe",),
        ),
        VendorAdapter(
            "freshchat",
            "!!(window.fcWidget && window.fcWidget.isInitialized"
            " && window.fcWidget.isInitialized())",
            "window.fcWidget.open()",
            ("#fc_push_frame",),
            ("#fc_widget",),
        ),
        VendorAdapter(
            "hubspot",
            "!!(window.HubSpotConversations && window.HubSpotConversations.widget)",
            "window.HubSpotConversations.widget.open()",
            ("#hubspot-conversations-launcher",),
            ("#hubspot-messages-iframe-container iframe",),
        ),
        VendorAdapter(
            "crisp",
            "!!(window.$crisp && window.$crisp.is)",
            "window.$crisp.push(['do', 'chat:open'])",
            (".cc-launcher",),
            ("#crisp-chatbox",),
        ),
        VendorAdapter(
            "gorgias",
            "!!(window.GorgiasChat && window.GorgiasChat.open)",
            "window.GorgiasChat.open()",
            ("#chat-button",),
            ("#chat-window",),
        ),
        VendorAdapter(
            "tawk",
            "!!(window.Tawk_API && typeof window.Tawk_API.maximize === 'function')",
            "window.Tawk_API.maximize()",
            ("iframe[title='chat widget']",),
            ("iframe[title='chat widget']",),
        ),
        VendorAdapter(
            "olark",
            "typeof window.olark === 'function'",
            "window.olark('api.box.expand')",
            (".olark-launch-button", "#olark-box"),
            ("#olark-box iframe", "#olark-container iframe"),
        ),
        VendorAdapter(
            "liveagent",
            "!!window.LiveAgent",
            "(() => { const b = document.querySelector('.circleRollButton');"
            " if (b) b.click(); })()",
            (".circleRollButton", "[id^='b_']"),
            ("iframe[id^='la_']",),
        ),
        VendorAdapter(
            "salesforce",
            "!!(window.embeddedservice_bootstrap || window.embedded_svc)",
            "(() => { const b = window.embeddedservice_bootstrap;"
            " if (b && b.utilAPI) return b.utilAPI.launchChat();"
            " const s = window.embedded_svc;"
            " if (s && s.bootstrapEmbeddedService) return s.bootstrapEmbeddedService(); })()",
            (".embeddedServiceHelpButton button", "#embeddedMessagingConversationButton"),
            (".embeddedMessagingFrame", "iframe[name='embeddedMessagingFrame']"),
        ),
        # an ES module with no global: found by the URL it was imported from, opened by a click
        VendorAdapter("sendbird", "", "", ("#sb-agent-launcher",), ()),
    )
}
"""Vendor id -> adapter. Ids are the website vendor table's ids."""

_FINGERPRINTS = """
([globals, selectors]) => ({
  globals: globals.filter((g) => {
    try { return window[g] !== undefined; } catch (e) { return false; }
  }),
  selectors: selectors.filter((s) => {
    try { return !!document.querySelector(s); } catch (e) { return false; }
  }),
  // script and frame URLs, and what the page loaded (ES modules imported by inline scripts)
  urls: [...document.querySelectorAll('script[src], iframe[src]')].map((e) => e.src)
    .concat(performance.getEntriesByType('resource')
      .filter((e) => e.initiatorType === 'script' || e.initiatorType === 'other')
      .map((e) => e.name)).slice(0, 400),
})
"""


async def detect_adapter(page: Page) -> VendorAdapter | None:
    """The adapter of the vendor whose fingerprints the page shows, or None."""
    found = await page.evaluate(_FINGERPRINTS, [all_globals(), all_selectors()])
    vendor = detect_vendor(found["urls"], found["globals"], found["selectors"])
    return VENDOR_ADAPTERS.get(vendor)


def supported_vendors() -> list[str]:
    """Vendor ids with an adapter, in the website table's order."""
    return [v.id for v in VENDORS if v.id in VENDOR_ADAPTERS]


async def api_ready(page: Page, adapter: VendorAdapter) -> bool:
    """Whether the vendor's JavaScript API is ready to open the widget (False: it has none)."""
    if not adapter.ready_js:
        return False
    script = f"() => {{ try {{ return !!({adapter.ready_js}); }} catch (e) {{ return false; }} }}"
    with contextlib.suppress(PlaywrightError):
        return bool(await page.evaluate(script))
    return False


async def adapter_frames(page: Page, adapter: VendorAdapter | None) -> list[Frame]:
    """The frames of the adapter's message-box iframes that exist now."""
    frames: list[Frame] = []
    for selector in adapter.frames if adapter else ():
        with contextlib.suppress(PlaywrightError):
            handle = await page.query_selector(selector)
            frame = await handle.content_frame() if handle else None
            if frame is not None and frame not in frames:
                frames.append(frame)
    return frames
