"""The website probe: reads a company's site like a customer and records what it shows.

Metrics only, never scores: phone visibility, self-service, returns policy and
the live-chat vendor. See `probes.metrics` for every name.
"""

from __future__ import annotations

import asyncio
import contextlib
from datetime import datetime
from typing import ClassVar

from playwright.async_api import BrowserContext
from playwright.async_api import Error as PlaywrightError

from probes.base import (
    Channel,
    Evidence,
    MetricValue,
    Observation,
    ProbeContext,
    ProbeError,
    Status,
    Target,
)
from probes.website.crawl import SiteVisit
from probes.website.loading import PageFailure, first_line
from probes.website.outage import raise_if_ours
from probes.website.report import phone_metrics, returns_metrics, selfservice_metrics

_CLOSE_TIMEOUT_S = 10.0


def homepage_url(website: str) -> str:
    """The URL to open for a campaign's `website` value ("shop.example" -> "https://shop.example")."""
    website = website.strip()
    return website if "://" in website else f"https://{website}"


class WebsiteProbe:
    """Loads the homepage and up to `max_pages` contact/help/returns pages in Chromium."""

    id: ClassVar[str] = "website"
    channels: ClassVar[tuple[Channel, ...]] = (Channel.PHONE, Channel.SELFSERVICE, Channel.RETURNS)
    needs_browser: ClassVar[bool] = True
    paces_navigation: ClassVar[bool] = True
    """Every page it loads waits for `ctx.pacer`; the runner need not pace its start."""

    async def run(self, target: Target, ctx: ProbeContext) -> list[Observation]:
        """One observation per channel; raises `ProbeError` when our side fails."""
        started = ctx.clock.utcnow()
        if not target.website:
            return self._all(target, ctx, started, Status.ABSENT, "the company has no website")
        if ctx.browser is None:
            raise ProbeError("the website probe needs a browser")
        options = ctx.browser_options
        try:
            context = await ctx.browser.new_context(
                viewport={"width": options.viewport_width, "height": options.viewport_height},
                user_agent=options.user_agent,
            )
        except PlaywrightError as exc:
            raise ProbeError(f"could not open a browser context: {first_line(exc)}") from exc
        context.set_default_timeout(options.navigation_timeout_s * 1000)
        visit = SiteVisit(target, ctx)
        homepage = homepage_url(target.website)
        try:
            await visit.run(context, homepage)
        except PageFailure as failure:
            await raise_if_ours(failure, ctx.browser, homepage, ctx.settings)  # ours or theirs?
            return self._all(target, ctx, started, failure.status, failure.detail)
        except PlaywrightError as exc:  # the browser went away between pages
            raise ProbeError(f"browser failed: {first_line(exc)}") from exc
        finally:
            await _close(context)
        # Reading the pages' text takes CPU time: off the event loop.
        return await asyncio.to_thread(self._observations, target, ctx, started, visit)

    def _observations(
        self, target: Target, ctx: ProbeContext, started: datetime, visit: SiteVisit
    ) -> list[Observation]:
        results = []
        for channel, (status, metrics, evidence, detail) in (
            (Channel.PHONE, phone_metrics(visit)),
            (Channel.SELFSERVICE, selfservice_metrics(visit)),
            (Channel.RETURNS, returns_metrics(visit)),
        ):
            results.append(
                self._observation(target, ctx, started, channel, status, detail, metrics, evidence)
            )
        return results

    def _all(
        self, target: Target, ctx: ProbeContext, started: datetime, status: Status, detail: str
    ) -> list[Observation]:
        return [
            self._observation(target, ctx, started, channel, status, detail, {}, ())
            for channel in self.channels
        ]

    def _observation(
        self,
        target: Target,
        ctx: ProbeContext,
        started: datetime,
        channel: Channel,
        status: Status,
        detail: str,
        metrics: dict[str, MetricValue],
        evidence: tuple[Evidence, ...],
    ) -> Observation:
        return Observation(
            attempt_id=ctx.attempt_id,
            company=target.name,
            channel=channel,
            probe_id=self.id,
            status=status,
            started=started,
            finished=ctx.clock.utcnow(),
            metrics=metrics,
            evidence=evidence,
            detail=detail,
        )


async def _close(context: BrowserContext) -> None:
    """Close a context without waiting long: a page stuck in a script must not hold us."""
    with contextlib.suppress(PlaywrightError, TimeoutError):
        await asyncio.wait_for(asyncio.shield(context.close()), _CLOSE_TIMEOUT_S)
