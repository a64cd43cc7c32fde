"""The one Chromium a run's attempts share, relaunched if it dies."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from audit.settings import RunSettings
from probes.browser import chromium

if TYPE_CHECKING:
    from playwright.async_api import Browser


class _BrowserPool:
    """One Chromium for the run, relaunched if it dies."""

    def __init__(self, settings: RunSettings) -> None:
        self.settings = settings
        self._stack = contextlib.AsyncExitStack()
        self._browser: Browser | None = None
        self._lock = asyncio.Lock()

    async def get(self) -> Browser:
        async with self._lock:
            if self._browser is None or not self._browser.is_connected():
                await self._stack.aclose()
                self._stack = contextlib.AsyncExitStack()
                self._browser = await self._stack.enter_async_context(
                    chromium(
                        self.settings.host_map,
                        headless=self.settings.headless,
                        allow_private_hosts=self.settings.allow_private_hosts,
                        user_agent=self.settings.user_agent,
                    )
                )
            return self._browser

    async def close(self) -> None:
        with contextlib.suppress(Exception):
            await self._stack.aclose()


@contextlib.asynccontextmanager
async def _browser_pool(settings: RunSettings) -> AsyncIterator[_BrowserPool]:
    pool = _BrowserPool(settings)
    try:
        yield pool
    finally:
        await pool.close()
