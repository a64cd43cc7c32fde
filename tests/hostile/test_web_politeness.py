"""9.8: politeness is real, and the browser looks like a regular desktop Chrome.

Real Chromium, the real runner, a site on loopback that logs every request: page
navigations to one host are spaced by `per_host_delay_s` across attempts and within
one crawl; `max_pages` is exact; popups never load; no "HeadlessChrome".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest

from probes.base import Status
from tests.hostile.web_site import HostileSite, observations, page, run_campaign

HOST_MAP = {"*.web.test": "127.0.0.1", "*": "~NOTFOUND"}
LINKS = (
    '<a href="{p}contact">Contact us</a> <a href="{p}help">Help</a> '
    '<a href="{p}faq">FAQ</a> <a href="{p}returns">Returns</a>'
)


def _site_pages(prefix: str) -> dict[str, object]:
    pages = {f"{prefix}": page(f"<p>Call (212) 555-0101</p>{LINKS.format(p=prefix)}")}
    for name in ("contact", "help", "faq", "returns"):
        pages[f"{prefix}{name}"] = page(f"<h1>{name}</h1><p>Call (212) 555-0102</p>")
    return pages


@pytest.fixture
def site() -> Iterator[HostileSite]:
    popups = (
        "<p>Call (212) 555-0101</p>"
        '<a id="out" href="/popup-link" target="_blank">Offer</a>'
        "<script>window.open('/popup-open');"
        "document.getElementById('out').click();</script>"
    )
    served = HostileSite(
        {
            **_site_pages("/a/"),  # type: ignore[dict-item]
            **_site_pages("/b/"),  # type: ignore[dict-item]
            "popups.web.test/": page(popups),
        }
    )
    yield served
    served.stop()


def test_navigations_to_one_host_are_spaced_across_attempts_and_within_a_crawl(
    site: HostileSite, tmp_path: Path
) -> None:
    delay = 1.0
    companies = [
        {"name": "A", "website": site.url("shared.web.test", "/a/")},
        {"name": "B", "website": site.url("shared.web.test", "/b/")},
    ]
    settings = {"host_map": HOST_MAP, "per_host_delay_s": delay, "concurrency": 2}
    store = run_campaign(tmp_path, companies, settings)
    assert {o.status for o in store.observations("hostile")} == {Status.OK}
    arrivals = sorted(
        s.at for s in site.seen if s.host == "shared.web.test" and "favicon" not in s.path
    )
    assert len(arrivals) >= 6  # two homepages and their contact, help... pages
    gaps = [later - earlier for earlier, later in pairwise(arrivals)]
    # A lower bound only: a slow machine makes gaps longer, never shorter.
    assert min(gaps) >= delay - 0.01, gaps


def test_max_pages_is_an_exact_bound(site: HostileSite, tmp_path: Path) -> None:
    companies = [{"name": "A", "website": site.url("exact.web.test", "/a/")}]
    settings = {"host_map": HOST_MAP, "max_pages": 2, "concurrency": 1}
    run_campaign(tmp_path, companies, settings)
    assert len(site.paths("exact.web.test")) == 2  # the homepage and one more


def test_popups_opened_by_a_page_never_load(site: HostileSite, tmp_path: Path) -> None:
    companies = [{"name": "Popups", "website": site.url("popups.web.test")}]
    store = run_campaign(tmp_path, companies, {"host_map": HOST_MAP})
    assert observations(store, "Popups")["phone"].status is Status.OK
    assert [p for p in site.paths() if p.startswith("/popup")] == []


def test_the_browser_presents_itself_as_desktop_chrome_or_as_configured(
    site: HostileSite, tmp_path: Path
) -> None:
    companies = [{"name": "A", "website": site.url("ua.web.test", "/a/")}]
    run_campaign(tmp_path / "default", companies, {"host_map": HOST_MAP, "max_pages": 1})
    [agent] = {s.user_agent for s in site.seen if s.host == "ua.web.test"}
    assert "Headless" not in agent
    assert re.fullmatch(
        r"Mozilla/5\.0 \(X11; Linux x86_64\) .* Chrome/\d+\.0\.0\.0 Safari/537\.36", agent
    )

    site.seen.clear()
    mine = "Mozilla/5.0 (compatible; AuditShopper/1.0)"
    settings = {"host_map": HOST_MAP, "max_pages": 1, "user_agent": mine}
    run_campaign(tmp_path / "configured", companies, settings)
    assert {s.user_agent for s in site.seen if s.host == "ua.web.test"} == {mine}
