"""Real Chromium on the sandbox: sites load by host name, vendor globals exist, and the
ground truth about where numbers are visible holds in a 1366x768 viewport."""

from __future__ import annotations

from collections.abc import AsyncIterator
from urllib.parse import urlsplit

import pytest
from playwright.async_api import Browser, Page

from probes.browser import chromium
from sandbox import SandboxServer, World

NUMBER_BOXES = """number => {
  const boxes = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!node.textContent.includes(number)) continue;
    const parent = node.parentElement;
    if (!parent.checkVisibility()) continue;
    const box = parent.getBoundingClientRect();
    boxes.push({bottom: box.bottom + window.scrollY});
  }
  return boxes;
}"""


@pytest.fixture(scope="module")
async def browser(sandbox: SandboxServer) -> AsyncIterator[Browser]:
    async with chromium(sandbox.host_map) as running:
        yield running


async def _new_page(browser: Browser) -> Page:
    return await browser.new_page(viewport={"width": 1366, "height": 768})


async def test_vendor_widget_opens_and_takes_a_message(
    browser: Browser, sandbox: SandboxServer
) -> None:
    page = await _new_page(browser)
    await page.goto(sandbox.url("bloomly"), wait_until="load")
    assert await page.title() == "Bloomly Flowers"
    await page.wait_for_function("() => window.Intercom && window.Intercom.booted")
    await page.click("#onetrust-accept-btn-handler")
    await page.evaluate("() => window.Intercom('show')")
    await page.locator("#intercom-frame").wait_for(state="visible")
    panel = page.frame_locator("#intercom-frame")
    await panel.locator("textarea").fill("Hello")
    await panel.locator("button.intercom-composer-send-button").click()
    await panel.locator(".intercom-block-user").wait_for()

    await page.goto(sandbox.url("northwind"), wait_until="load")
    await page.wait_for_function("() => typeof window.zE === 'function'")
    await page.locator("iframe#launcher").wait_for(state="attached")
    assert "(646) 555-0187" in await page.inner_text("body")
    await page.close()


async def test_every_vendor_global_appears(browser: Browser, sandbox: SandboxServer) -> None:
    checks = {  # vendor -> (its global API, its DOM)
        "intercom": ("typeof window.Intercom === 'function'", "#intercom-frame"),
        "zendesk": ("typeof window.zE === 'function'", "iframe#launcher"),
        "livechat": ("typeof window.LiveChatWidget.call === 'function'", "#chat-widget-container"),
        "drift": ("!!(window.drift && window.drift.api)", "#drift-widget"),
        "tidio": ("!!window.tidioChatApi", "#tidio-chat"),
        "freshchat": ("typeof window.fcWidget.open === 'function'", "#fc_frame"),
        "hubspot": ("!!window.HubSpotConversations.widget", "#hubspot-messages-iframe-container"),
        "crisp": ("typeof window.$crisp.is === 'function'", ".crisp-client"),
        "tawk": ("typeof window.Tawk_API.maximize === 'function'", "iframe[title='chat widget']"),
        "gorgias": ("typeof window.GorgiasChat.open === 'function'", "#gorgias-chat-container"),
    }
    page = await _new_page(browser)
    seen = set()
    for company in sandbox.world.companies:
        widget = company.site.chat_widget
        if widget is None or widget.vendor in seen:
            continue
        seen.add(widget.vendor)
        await page.goto(sandbox.url(company.id), wait_until="load")
        api, selector = checks[widget.vendor]
        script = f"() => {{ try {{ return {api}; }} catch (e) {{ return false; }} }}"
        await page.wait_for_function(script, timeout=5000)
        await page.locator(selector).first.wait_for(state="attached")
    assert seen == set(checks)
    await page.close()


async def test_phone_truth_holds_in_the_viewport(
    browser: Browser, sandbox: SandboxServer, world: World
) -> None:
    page = await _new_page(browser)
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    for company in world.companies:
        if company.site.mode != "normal":
            continue
        await page.goto(sandbox.url(company.id), wait_until="load")
        if any(p.place == "js" for p in company.site.phones):
            await page.wait_for_function("() => !!document.querySelector('.hotline-slot *')")
        if company.site.cookie_wall:
            await page.locator("[role=dialog] button[data-consent=all]").click()
        boxes = []
        for phone in company.site.phones:
            if phone.place in ("header", "footer", "hero", "js"):
                found = await page.evaluate(NUMBER_BOXES, phone.number)
                assert found, (company.id, phone.number)
                boxes += found
        truth = company.truth
        assert bool(boxes) == truth["phone.on_homepage"], company.id
        above = any(box["bottom"] <= 768 for box in boxes)
        assert above == truth["phone.above_fold"], company.id
        text = await page.inner_text("body")
        for phone in company.site.phones:
            if phone.place in ("hidden", "image", "canvas"):
                assert phone.number not in text, (company.id, phone.number)
    hosts = {urlsplit(url).hostname or "" for url in requested if url.startswith("http")}
    assert hosts and all(host.endswith(".sandbox.test") for host in hosts), hosts
    await page.close()


async def test_accordion_faq_reveals_answers(browser: Browser, sandbox: SandboxServer) -> None:
    page = await _new_page(browser)
    await page.goto(sandbox.url("olympos-market") + "syxnes-erotiseis", wait_until="load")
    await page.locator("#onetrust-accept-btn-handler").click()
    questions = page.locator(".accordion button[aria-expanded]")
    assert await questions.count() == 25
    answer = page.locator("#faq-answer-0")
    assert not await answer.is_visible()
    await questions.first.click()
    await answer.wait_for(state="visible")
    await page.close()
