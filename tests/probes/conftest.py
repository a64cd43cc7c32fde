"""Fixtures for the website probe: one Chromium per session and a local test website."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from playwright.async_api import Browser

from probes.base import BrowserOptions, ProbeContext
from probes.browser import chromium
from tests.probes.site import HOST_MAP, LocalSite


@pytest.fixture(scope="session")
def local_site() -> Iterator[LocalSite]:
    site = LocalSite()
    site.start()
    yield site
    site.stop()


@pytest.fixture(scope="session")
async def browser() -> AsyncIterator[Browser]:
    async with chromium(HOST_MAP) as launched:
        yield launched


@pytest.fixture
def probe_context(browser: Browser, tmp_path: Path) -> ProbeContext:
    return ProbeContext(
        attempt_id="attempt-1",
        evidence_dir=tmp_path / "evidence",
        browser=browser,
        browser_options=BrowserOptions(navigation_timeout_s=6.0),
    )
