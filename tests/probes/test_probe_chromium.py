"""The website probe in real Chromium against the local test site (tests/probes/site.py)."""

from __future__ import annotations

import asyncio
import socket
from dataclasses import replace
from pathlib import Path

import pytest

from probes.base import (
    BrowserOptions,
    Channel,
    Observation,
    ProbeContext,
    ProbeError,
    Status,
    Target,
)
from probes.browser import chromium
from probes.metrics import METRICS
from probes.website.probe import WebsiteProbe, homepage_url
from tests.probes.site import HOST, HOST_MAP, LocalSite


async def probe(site: LocalSite, path: str, ctx: ProbeContext) -> dict[Channel, Observation]:
    target = Target(name="Shop", website=site.url(path), country="DE", language="de")
    observations = await WebsiteProbe().run(target, ctx)
    channels = [o.channel for o in observations]
    assert channels == [Channel.PHONE, Channel.SELFSERVICE, Channel.RETURNS]
    assert {(o.attempt_id, o.probe_id) for o in observations} == {("attempt-1", "website")}
    for observation in observations:
        assert set(observation.metrics) <= set(METRICS), "only documented metric names"
    return {o.channel: o for o in observations}


async def test_full_site(local_site: LocalSite, probe_context: ProbeContext) -> None:
    seen = await probe(local_site, "/shop/", probe_context)
    phone, returns = seen[Channel.PHONE], seen[Channel.RETURNS]
    selfservice = seen[Channel.SELFSERVICE]
    assert phone.status is Status.OK
    # tel: link in the header, JS-rendered after load, footer, contact page two clicks deep;
    # not the hidden, off-screen or image-only ones, not fax, order number or VAT id.
    assert phone.metrics["phone.numbers"] == [
        "+49301234567",
        "+4930901820",
        "+49403012345",
        "+498001234567",
    ]
    assert phone.metrics["phone.on_homepage"] is True
    assert phone.metrics["phone.above_fold"] is True  # the header, once the cookie wall is gone
    assert phone.metrics["phone.on_contact_page"] is True
    assert phone.metrics["phone.toll_free"] is True
    assert phone.metrics["phone.tel_link"] is True
    assert phone.metrics["phone.clicks_to_find"] == 0
    assert phone.metrics["phone.hours_listed"] is True
    load = phone.metrics["phone.page_load_s"]
    assert isinstance(load, float) and load > 0

    assert selfservice.status is Status.OK
    assert selfservice.metrics["selfservice.faq"] is True
    assert selfservice.metrics["selfservice.faq_count"] == 7  # max(6 on the page, 7 in JSON-LD)
    assert selfservice.metrics["selfservice.search"] is True
    assert selfservice.metrics["selfservice.knowledge_base"] is True
    assert selfservice.metrics["selfservice.forum"] is False
    assert selfservice.metrics["selfservice.contact_form"] is True
    assert selfservice.metrics["selfservice.hours_247"] is True
    assert selfservice.metrics["chat.vendor"] == "intercom"

    assert returns.status is Status.OK
    assert returns.metrics["returns.policy_found"] is True
    assert returns.metrics["returns.clicks_to_find"] == 1
    assert returns.metrics["returns.window_days"] == 30  # from MerchantReturnPolicy JSON-LD
    assert returns.metrics["returns.free_returns"] is True


async def test_evidence_files(local_site: LocalSite, probe_context: ProbeContext) -> None:
    seen = await probe(local_site, "/shop/", probe_context)
    phone_evidence = seen[Channel.PHONE].evidence
    shots = [e for e in phone_evidence if e.kind == "screenshot"]
    assert {e.caption for e in shots} == {
        local_site.url("/shop/"),
        local_site.url("/shop/service/kontakt-aufnehmen"),
    }
    for item in phone_evidence:
        assert Path(item.path).stat().st_size > 0
    html = [e for e in seen[Channel.RETURNS].evidence if e.kind == "html"]
    assert "Rückgabe" in Path(html[0].path).read_text(encoding="utf-8")


async def test_contact_is_found_two_clicks_deep(
    local_site: LocalSite, probe_context: ProbeContext
) -> None:
    target = Target(name="Shop", website=local_site.url("/shop/"), country="DE", language="de")
    observations = await WebsiteProbe().run(target, probe_context)
    contact_shots = [
        e for o in observations for e in o.evidence if e.caption.endswith("kontakt-aufnehmen")
    ]
    assert contact_shots, "the contact page behind Hilfe -> Kontakt was visited"


async def test_cookie_wall_in_an_iframe_is_dismissed(
    local_site: LocalSite, probe_context: ProbeContext
) -> None:
    target = Target(name="Trgovina", website=local_site.url("/framed/"), country="SI")
    observations = await WebsiteProbe().run(target, probe_context)
    phone = observations[0]
    assert phone.metrics["phone.numbers"] == ["+38612345678"]
    assert phone.metrics["phone.above_fold"] is True  # no longer covered by the wall


async def test_nothing_to_find(local_site: LocalSite, probe_context: ProbeContext) -> None:
    seen = await probe(local_site, "/plain/", probe_context)
    assert seen[Channel.PHONE].status is Status.ABSENT
    assert seen[Channel.PHONE].metrics["phone.numbers"] == []
    assert seen[Channel.PHONE].metrics["phone.clicks_to_find"] is None
    assert seen[Channel.RETURNS].status is Status.ABSENT
    assert seen[Channel.RETURNS].metrics["returns.policy_found"] is False
    assert seen[Channel.SELFSERVICE].metrics["chat.vendor"] == "none"


async def test_a_number_only_in_structured_data_is_not_visible(
    local_site: LocalSite, probe_context: ProbeContext
) -> None:
    seen = await probe(local_site, "/declared-only/", probe_context)
    phone = seen[Channel.PHONE]
    assert phone.status is Status.ABSENT
    assert phone.metrics["phone.numbers"] == []
    assert phone.metrics["phone.structured_numbers"] == ["+4930901820"]
    assert "declared only in structured data" in phone.detail


async def test_a_chat_vendor_named_only_in_inline_configuration(
    local_site: LocalSite, probe_context: ProbeContext
) -> None:
    seen = await probe(local_site, "/inline-chat/", probe_context)
    assert seen[Channel.SELFSERVICE].metrics["chat.vendor"] == "dixa"


async def test_missing_homepage_is_absent(
    local_site: LocalSite, probe_context: ProbeContext
) -> None:
    seen = await probe(local_site, "/gone/", probe_context)
    assert {o.status for o in seen.values()} == {Status.ABSENT}
    assert "HTTP 404" in seen[Channel.PHONE].detail


async def test_redirect_loop_is_absent(local_site: LocalSite, probe_context: ProbeContext) -> None:
    seen = await probe(local_site, "/loop/a", probe_context)
    assert {o.status for o in seen.values()} == {Status.ABSENT}
    assert "redirect loop" in seen[Channel.PHONE].detail


async def test_never_loading_page_times_out_within_the_bound(
    local_site: LocalSite, probe_context: ProbeContext
) -> None:
    bound = 2.0
    probe_context.browser_options = BrowserOptions(navigation_timeout_s=bound)
    # The bound on the wait only catches a hang; how close to `bound` it ends is measured
    # by benchmarks, not asserted here.
    seen = await asyncio.wait_for(probe(local_site, "/hang/", probe_context), 120)
    assert {o.status for o in seen.values()} == {Status.TIMEOUT}


async def test_unknown_host_is_absent(probe_context: ProbeContext) -> None:
    target = Target(name="Nowhere", website="http://nowhere.invalid/", country="US")
    observations = await WebsiteProbe().run(target, probe_context)
    assert {o.status for o in observations} == {Status.ABSENT}


async def test_no_website_is_absent(probe_context: ProbeContext) -> None:
    observations = await WebsiteProbe().run(Target(name="Offline"), probe_context)
    assert {o.status for o in observations} == {Status.ABSENT}


async def test_connection_refused_is_our_error(probe_context: ProbeContext) -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    target = Target(name="Down", website=f"http://{HOST}:{port}/", country="DE")
    with pytest.raises(ProbeError, match="connection refused"):
        await WebsiteProbe().run(target, probe_context)


async def test_without_a_browser_is_our_error(tmp_path: Path) -> None:
    ctx = ProbeContext(attempt_id="attempt-1", evidence_dir=tmp_path)
    with pytest.raises(ProbeError):
        await WebsiteProbe().run(Target(name="Shop", website="http://shop.test/"), ctx)


def test_homepage_url_adds_a_scheme() -> None:
    assert homepage_url(" shop.example ") == "https://shop.example"
    assert homepage_url("http://shop.example/") == "http://shop.example/"


async def test_a_closed_browser_is_our_error(local_site: LocalSite, tmp_path: Path) -> None:
    async with chromium(HOST_MAP) as doomed:
        ctx = ProbeContext(attempt_id="attempt-1", evidence_dir=tmp_path, browser=doomed)
        await doomed.close()
        target = Target(name="Shop", website=local_site.url("/shop/"), country="DE")
        with pytest.raises(ProbeError):
            await WebsiteProbe().run(target, ctx)


async def test_a_page_read_only_in_part_is_our_error_not_a_missing_phone(
    local_site: LocalSite, probe_context: ProbeContext
) -> None:
    """Reading that stops at the analysis budget leaves unknown what it did not reach: no
    number read is our failure (not scored), and an unseen tel: link is unknown, not absent."""
    ctx = replace(probe_context, settings={"analysis_budget_s": 0.0})
    seen = await probe(local_site, "/shop/", ctx)
    phone = seen[Channel.PHONE]
    assert phone.status is Status.ERROR, phone.detail
    assert "analysis budget" in phone.detail and "/shop/" in phone.detail
    assert phone.metrics["phone.numbers"] == []
    for name in ("phone.tel_link", "phone.on_homepage", "phone.above_fold", "phone.toll_free"):
        assert phone.metrics[name] is None, name
    assert phone.metrics["phone.clicks_to_find"] is None
    assert seen[Channel.RETURNS].status is Status.OK  # the other channels are read as ever
