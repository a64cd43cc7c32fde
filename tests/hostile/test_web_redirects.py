"""9.7: the probe stays on the company's site and never reaches a private address.

Real Chromium behind the egress guard, the real runner, a hostile site on loopback.
The companies' hosts are pinned to 127.0.0.1 by `host_map` (that is the campaign's
allowance for them); everything else on loopback, private or link-local networks
must stay unreached, whether asked for by a tag, a script, a frame or a redirect hop,
and whether named by address or by a name that resolves to one.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from pathlib import Path

import pytest

from probes.base import Status
from probes.egress import EgressPolicy, is_public
from probes.website.scope import SiteScope, registrable_domain
from tests.hostile.web_site import HostileSite, observations, page, redirect, run_campaign

CONTACT = '<a href="/contact">Contact us</a>'


@pytest.fixture
def site() -> Iterator[HostileSite]:
    served = HostileSite({})
    leak = f"http://127.0.0.1:{served.port}"
    named = f"http://localhost:{served.port}"  # resolves to loopback: checked after DNS
    served.replies.update(
        {
            # A company whose pages reach for loopback and metadata addresses.
            "prying.web.test/": page(
                f'<p>Call (212) 555-0101</p><img src="{leak}/leak-img">'
                f'<iframe src="{named}/leak-frame"></iframe>'
                f'<img src="http://169.254.169.254/latest/meta-data/">'
                f'<script>fetch("{leak}/leak-fetch").catch(() => {{}})</script>'
                '<a href="/contact">Contact us</a>'
            ),
            "prying.web.test/contact": redirect(f"{leak}/leak-redirect"),
            # A homepage whose redirect goes straight to the metadata address.
            "metadata.web.test/": redirect("http://169.254.169.254/latest/meta-data/"),
            # A homepage that redirects to another company's site.
            "moved.web.test/": redirect(served.url("other-site.web.test", "/")),
            "other-site.web.test/": page(f"<p>Call (212) 555-0102</p>{CONTACT}"),
            "other-site.web.test/contact": page("<p>Other's contact: (212) 555-0103</p>"),
            # Sibling subdomains of one registrable domain (public suffix co.uk).
            "www.brand.co.uk/": page(
                '<p>Shop</p><a href="http://help.brand.co.uk:{p}/contact">Contact us</a>'
                '<a href="http://brand-phish.co.uk:{p}/contact">Contact</a>'.replace(
                    "{p}", str(served.port)
                )
            ),
            "help.brand.co.uk/contact": page("<p>Hotline: 020 7946 0018</p>"),
            "brand-phish.co.uk/contact": page("<p>Phish: 020 7946 0999</p>"),
        }
    )
    yield served
    served.stop()


def pinned(*hosts: str) -> dict[str, str]:
    """A host_map pinning only these hosts to loopback (no catch-all that would hide
    a leak: without the guard, Chromium would reach 127.0.0.1 and localhost)."""
    return dict.fromkeys(hosts, "127.0.0.1")


def test_no_request_reaches_loopback_private_or_metadata_addresses(
    site: HostileSite, tmp_path: Path
) -> None:
    companies = [{"name": "Prying", "website": site.url("prying.web.test"), "country": "US"}]
    store = run_campaign(tmp_path, companies, {"host_map": pinned("prying.web.test")})
    assert observations(store, "Prying")["phone"].status is Status.OK
    assert "/contact" in site.paths("prying.web.test")  # the redirect hop was asked for...
    leaked = [s for s in site.seen if s.path.startswith("/leak")]
    assert leaked == []  # ...and nothing private was reached, by address or by name


def test_a_homepage_redirecting_to_the_metadata_address_is_the_companys_broken_site(
    site: HostileSite, tmp_path: Path
) -> None:
    companies = [{"name": "Meta", "website": site.url("metadata.web.test"), "country": "US"}]
    store = run_campaign(tmp_path, companies, {"host_map": pinned("metadata.web.test")})
    phone = observations(store, "Meta")["phone"]
    assert phone.status is Status.ABSENT
    assert "169.254.169.254" in phone.detail and "non-public address" in phone.detail


def test_a_redirect_to_another_site_is_recorded_and_not_crawled(
    site: HostileSite, tmp_path: Path
) -> None:
    hosts = pinned("moved.web.test", "other-site.web.test")
    companies = [{"name": "Moved", "website": site.url("moved.web.test"), "country": "US"}]
    store = run_campaign(tmp_path, companies, {"host_map": hosts})
    phone = observations(store, "Moved")["phone"]
    assert phone.status is Status.ABSENT
    assert "homepage redirects to other-site.web.test" in phone.detail
    assert "/contact" not in site.paths("other-site.web.test")


def test_a_host_the_campaign_allows_is_followed(site: HostileSite, tmp_path: Path) -> None:
    hosts = pinned("moved.web.test", "other-site.web.test")
    companies = [{"name": "Moved", "website": site.url("moved.web.test"), "country": "US"}]
    settings = {"host_map": hosts, "allowed_hosts": ["other-site.web.test"]}
    store = run_campaign(tmp_path, companies, settings)
    phone = observations(store, "Moved")["phone"]
    assert phone.status is Status.OK
    assert "/contact" in site.paths("other-site.web.test")


def test_links_are_followed_within_the_registrable_domain_only(
    site: HostileSite, tmp_path: Path
) -> None:
    hosts = pinned("www.brand.co.uk", "help.brand.co.uk", "brand-phish.co.uk")
    companies = [{"name": "Brand", "website": site.url("www.brand.co.uk"), "country": "GB"}]
    store = run_campaign(tmp_path, companies, {"host_map": hosts})
    phone = observations(store, "Brand")["phone"]
    assert phone.metrics["phone.numbers"] == ["+442079460018"]
    assert site.paths("brand-phish.co.uk") == []


def test_the_registrable_domain_comes_from_the_bundled_public_suffix_list() -> None:
    assert registrable_domain("www.shop.example.co.uk") == "example.co.uk"
    assert registrable_domain("a.b.example.com") == "example.com"
    assert registrable_domain("site.sandbox.test") == "site.sandbox.test"  # no known suffix
    scope = SiteScope("https://shop.example.co.uk/", allowed_hosts=["*.cdn-help.example"])
    assert scope.contains("https://help.example.co.uk/contact")
    assert not scope.contains("https://example-phish.co.uk/contact")
    assert not scope.contains("https://co.uk/")
    assert scope.contains("https://eu.cdn-help.example/faq")
    assert not scope.contains("javascript:alert(1)")


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "10.1.2.3", "192.168.0.10", "169.254.169.254", "100.64.0.1", "0.0.0.0",
     "::1", "fd00::1", "fe80::1", "::ffff:127.0.0.1", "2002:7f00:1::1", "224.0.0.1"],
)  # fmt: skip
def test_the_guard_refuses_every_kind_of_non_public_address(address: str) -> None:
    ip = ipaddress.ip_address(address)
    assert not is_public(ip)
    assert not EgressPolicy.of({"shop.example": "127.0.0.1"}).allows("evil.example", ip)
    assert EgressPolicy.of({"shop.example": str(ip)}).allows("shop.example", ip)  # pinned
    assert EgressPolicy.of(allow_private=["*"]).allows("evil.example", ip)


def test_the_guard_lets_public_addresses_and_allowed_networks_through() -> None:
    assert is_public(ipaddress.ip_address("93.184.216.34"))
    assert is_public(ipaddress.ip_address("2606:2800:220:1::1"))
    policy = EgressPolicy.of(allow_private=["10.0.0.0/8", "*.intranet.example"])
    assert policy.allows("x.example", ipaddress.ip_address("10.9.9.9"))
    assert policy.allows("wiki.intranet.example", ipaddress.ip_address("192.168.1.1"))
    assert not policy.allows("x.example", ipaddress.ip_address("192.168.1.1"))
