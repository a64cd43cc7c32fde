"""Fixtures for the readers' Chromium tests: the consent/late-content site and a browser."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from playwright.async_api import Browser

from probes.base import BrowserOptions, ProbeContext
from probes.browser import chromium
from tests.readers.site import HOST_MAP, ReadersSite


@pytest.fixture(scope="module")
def readers_site() -> Iterator[ReadersSite]:
    site = ReadersSite()
    site.start()
    yield site
    site.stop()


@pytest.fixture(scope="module")
async def readers_browser() -> AsyncIterator[Browser]:
    async with chromium(HOST_MAP) as launched:
        yield launched


@pytest.fixture
def readers_context(readers_browser: Browser, tmp_path: Path) -> ProbeContext:
    return ProbeContext(
        attempt_id="readers-1",
        evidence_dir=tmp_path / "evidence",
        browser=readers_browser,
        browser_options=BrowserOptions(navigation_timeout_s=10.0),
    )
