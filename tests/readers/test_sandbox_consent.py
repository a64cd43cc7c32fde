"""Consent walls of the sandbox's French, Spanish and Polish shops, in real Chromium.

Their accept buttons are worded outside the lexicons' lists ("Accepter et continuer ma
visite", "Aceptar y seguir navegando", "Akceptuję i przechodzę do serwisu") next to a
refuse or settings button. The wall records which button was pressed in a cookie, so
the test sees that the reader accepted, not refused, and that the wall is gone.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from playwright.async_api import Browser

from probes.browser import chromium
from probes.website.loading import navigate
from probes.website.one_pass import INSTALL_SCRIPT, observe_page
from probes.website.settle import WORK_TRACKER
from sandbox.server import SandboxServer
from sandbox.world import load_world

WORLD = load_world()
NEW_LANGUAGES = ("fr", "es", "pl")
WALLED = [c for c in WORLD.companies if c.language in NEW_LANGUAGES and c.site.cookie_wall]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(WORLD) as server:
        yield server


@pytest.fixture(scope="module")
async def wall_browser(sandbox: SandboxServer) -> AsyncIterator[Browser]:
    async with chromium(sandbox.host_map) as launched:
        yield launched


def test_every_new_language_has_a_walled_shop() -> None:
    assert {c.language for c in WALLED} == set(NEW_LANGUAGES)


@pytest.mark.parametrize("company_id", [c.id for c in WALLED])
async def test_the_wall_is_accepted(
    company_id: str, sandbox: SandboxServer, wall_browser: Browser
) -> None:
    context = await wall_browser.new_context()
    try:
        await context.add_init_script(WORK_TRACKER + "\n" + INSTALL_SCRIPT)
        page = await context.new_page()
        await navigate(page, sandbox.url(company_id), 20.0)
        facts = await observe_page(page, 0.0, 5.0, 10.0, 20.0)
        cookies = {c["name"]: c["value"] for c in await context.cookies()}
        assert cookies.get("sandbox_consent") == "all"
        walls = await page.evaluate("document.querySelectorAll('[role=dialog]').length")
        assert walls == 0
        assert facts.visible_text  # the page behind the wall was read
    finally:
        await context.close()
