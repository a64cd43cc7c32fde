"""The chat-vendor table and JSON-LD reading."""

from __future__ import annotations

import json

import pytest

from probes.website.jsonld import (
    contact_telephones,
    faq_question_count,
    return_policy_links,
    return_policy_metrics,
)
from probes.website.vendors import NO_VENDOR, VENDORS, detect_vendor

REQUIRED = {
    "intercom",
    "zendesk",
    "livechat",
    "drift",
    "tidio",
    "freshchat",
    "hubspot",
    "crisp",
    "gorgias",
    "olark",
    "liveagent",
    "salesforce",
}


def test_table_covers_the_required_vendors_with_fingerprints() -> None:
    ids = [vendor.id for vendor in VENDORS]
    assert set(ids) >= REQUIRED
    assert len(ids) >= 25
    assert len(ids) == len(set(ids))
    for vendor in VENDORS:
        assert vendor.script_patterns and vendor.selectors, vendor.id
        # Every vendor but one defines a global: Sendbird's messenger is an ES module.
        assert vendor.globals or vendor.id == "sendbird", vendor.id


@pytest.mark.parametrize(
    ("url", "vendor"),
    [
        ("https://widget.intercom.io/widget/abc", "intercom"),
        ("https://messenger.dixa.io/v2/api/widget", "dixa"),
        ("https://www.smartsuppchat.com/loader.js", "smartsupp"),
        ("https://static.widget.trengo.eu/embed.js", "trengo"),
        ("https://service.giosg.com/live2/abc", "giosg"),
        ("https://salesiq.zoho.eu/widget", "zoho"),
        ("https://code.jivosite.com/widget/abc", "jivochat"),
        ("http://widget.intercom.io.sandbox.test:8123/widget/abc", "intercom"),
        ("https://static.zdassets.com/ekr/snippet.js?key=1", "zendesk"),
        ("https://cdn.livechatinc.com/tracking.js", "livechat"),
        ("https://js.driftt.com/include/1/x.js", "drift"),
        ("https://code.tidio.co/key.js", "tidio"),
        ("https://wchat.freshchat.com/js/widget.js", "freshchat"),
        ("https://js.hs-scripts.com/123.js", "hubspot"),
        ("https://client.crisp.chat/l.js", "crisp"),
        ("https://config.gorgias.chat/bundle-loader/1", "gorgias"),
        ("https://static.olark.com/jsclient/loader.js", "olark"),
        ("https://acme.ladesk.com/scripts/track.js", "liveagent"),
        ("https://acme.my.salesforce-scrt.com/embeddedservice/x.js", "salesforce"),
        ("http://embed.tawk.to.sandbox.test:80/abc/default", "tawk"),
    ],
)
def test_script_urls(url: str, vendor: str) -> None:
    assert detect_vendor([url], [], []) == vendor


def test_lookalike_hosts_do_not_match() -> None:
    assert detect_vendor(["https://notintercom.io/widget.intercom.iox.js"], [], []) == NO_VENDOR


def test_globals_and_dom_outweigh_a_stray_script() -> None:
    found = detect_vendor(["https://code.tidio.co/x.js"], ["Intercom"], ["#intercom-container"])
    assert found == "intercom"
    assert detect_vendor([], [], []) == NO_VENDOR


def _script(data: object) -> list[str]:
    return [json.dumps(data)]


def test_contact_points_in_graph_and_lists() -> None:
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Organization",
                "contactPoint": [
                    {"@type": "ContactPoint", "telephone": "+1-800-555-0199", "faxNumber": "1"},
                    {"@type": "ContactPoint", "telephone": ["+44 161 496 0123"]},
                ],
            }
        ],
    }
    assert contact_telephones(_script(data)) == ["+1-800-555-0199", "+44 161 496 0123"]
    assert contact_telephones(["{not json"]) == []


def test_faq_page_main_entity_count() -> None:
    data = [{"@type": "FAQPage", "mainEntity": [{"@type": "Question"}] * 4}]
    assert faq_question_count(_script(data)) == 4
    assert faq_question_count([]) == 0


def test_merchant_return_policy() -> None:
    policy = {
        "@type": "MerchantReturnPolicy",
        "merchantReturnDays": 14,
        "returnFees": "https://schema.org/ReturnShippingFees",
        "merchantReturnLink": "https://shop.test/returns",
    }
    assert return_policy_metrics(_script(policy)) == {
        "returns.window_days": 14,
        "returns.free_returns": False,
    }
    free = {"@type": "MerchantReturnPolicy", "returnFees": "FreeReturn"}
    assert return_policy_metrics(_script(free)) == {"returns.free_returns": True}
    assert return_policy_links(_script(policy)) == ["https://shop.test/returns"]
