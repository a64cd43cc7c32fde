"""Visiting a site: the homepage, then contact, help, FAQ and returns pages up to two clicks deep.

Pages of one depth are loaded side by side in a few tabs; each kind tries its
best candidate link first, so what is found does not depend on load order.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field

from playwright.async_api import BrowserContext, CDPSession, Page
from playwright.async_api import Error as PlaywrightError

from probes.base import Evidence, ProbeContext, ProbeError, Status, Target
from probes.pacing import HostPacer
from probes.website.budget import AnalysisBudget
from probes.website.evidence import keep_evidence
from probes.website.jsonld import return_policy_links
from probes.website.links import LinkKind, page_key, rank_links
from probes.website.loading import PageFailure, first_line, navigate
from probes.website.one_pass import INSTALL_SCRIPT, observe_page
from probes.website.page_facts import PageFacts
from probes.website.scope import SiteScope
from probes.website.settle import LATE_CONTENT_S, WORK_TRACKER
from probes.website.sightings import Sighting, find_sightings

HOME = "home"
SEARCHED = (LinkKind.CONTACT, LinkKind.HELP, LinkKind.FAQ, LinkKind.RETURNS)
_CANDIDATES_PER_KIND = 3
ANALYSIS_BUDGET_S = 1.0  # CPU seconds of text analysis one page may cost (`AnalysisBudget`)


@dataclass(frozen=True)
class PageVisit:
    """One page the probe loaded: how deep, why, what it showed, evidence kept."""

    url: str
    kind: str
    depth: int
    facts: PageFacts | None
    sightings: tuple[Sighting, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    failure: str = ""
    analysis_cut: bool = False  # its text was read only in part (`AnalysisBudget`)


@dataclass(frozen=True)
class Tab:
    """A browser tab and its DevTools session (for fast screenshots)."""

    page: Page
    session: CDPSession


class TabPool:
    """Up to `size` tabs of one browser context, reused from page to page.

    Any other page that appears in the context (a popup the page opened despite
    Chromium's popup blocker) is closed at once.
    """

    def __init__(self, context: BrowserContext, size: int) -> None:
        self.context = context
        self.size = size
        self.opened = 0
        self.idle: asyncio.Queue[Tab] = asyncio.Queue()
        self._ours: set[Page] = set()
        self._opening = 0
        self._closing: set[asyncio.Task[None]] = set()
        context.on("page", self._close_stray)

    def _close_stray(self, page: Page) -> None:
        if page not in self._ours and not self._opening:
            task = asyncio.ensure_future(_close_quietly(page))
            self._closing.add(task)
            task.add_done_callback(self._closing.discard)

    async def acquire(self) -> Tab:
        """An idle tab, or a new one while fewer than `size` are open."""
        if self.idle.empty() and self.opened < self.size:
            self.opened += 1
            self._opening += 1
            try:
                page = await self.context.new_page()
            finally:
                self._opening -= 1
            self._ours.add(page)
            return Tab(page, await self.context.new_cdp_session(page))
        return await self.idle.get()

    def release(self, tab: Tab) -> None:
        """Give a tab back for the next page."""
        self.idle.put_nowait(tab)


@dataclass
class SiteVisit:
    """The pages visited on one site, and which page was found for each kind."""

    target: Target
    ctx: ProbeContext
    home: PageVisit | None = None
    visits: dict[str, PageVisit] = field(default_factory=dict)
    found: dict[LinkKind, PageVisit] = field(default_factory=dict)
    pages_loaded: int = 0
    _loading: dict[str, asyncio.Task[PageVisit]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        settings = self.ctx.settings
        self.scope = SiteScope(self.target.website or "", settings.get("allowed_hosts") or ())
        self.pacer = self.ctx.pacer or HostPacer(self.setting("per_host_delay_s", 0.0))

    def setting(self, name: str, default: float) -> float:
        """A numeric setting from `ctx.settings`, or `default`."""
        return float(self.ctx.settings.get(name, default))

    async def run(self, context: BrowserContext, url: str) -> None:
        """Load the homepage (its failure propagates), then look for each kind of page."""
        self.scope = SiteScope(url, self.ctx.settings.get("allowed_hosts") or ())
        await context.add_init_script(WORK_TRACKER + "\n" + INSTALL_SCRIPT)
        tabs = TabPool(context, int(self.setting("tabs", 1)))
        self.pages_loaded = 1
        self.home = await self._load(tabs, url, HOME, 0, 1, must_load=True)
        await self._find_all(tabs, SEARCHED, [self.home], depth=1)
        missing = [kind for kind in SEARCHED if kind not in self.found]
        sources = [v for v in self.pages() if v.depth == 1]
        await self._find_all(tabs, missing, sources, depth=2)

    def pages(self) -> list[PageVisit]:
        """Loaded pages, each once, in the order they were visited."""
        unique = {id(v): v for v in self.visits.values() if v.facts is not None}
        return list(unique.values())

    async def _find_all(
        self,
        tabs: TabPool,
        kinds: list[LinkKind] | tuple[LinkKind, ...],
        sources: list[PageVisit],
        depth: int,
    ) -> None:
        results = await asyncio.gather(
            *(self._find(tabs, kind, sources, depth) for kind in kinds), return_exceptions=True
        )
        for result in results:
            if isinstance(result, BaseException):
                raise result

    def _candidates(self, kind: LinkKind, sources: list[PageVisit]) -> list[str]:
        home = self._home_url()
        candidates: list[str] = []
        for source in sources:
            assert source.facts is not None
            links = list(source.facts.links)
            ranked = rank_links(links, kind, home, source.url, self.scope.contains)
            if kind is LinkKind.RETURNS:
                extra = return_policy_links(list(source.facts.jsonld))
                ranked += [page_key(u) for u in extra if self.scope.contains(u)]
            candidates += [u for u in ranked if u not in candidates]
        return candidates[:_CANDIDATES_PER_KIND]

    async def _find(
        self, tabs: TabPool, kind: LinkKind, sources: list[PageVisit], depth: int
    ) -> None:
        for url in self._candidates(kind, sources):
            visit = self.visits.get(url)
            if visit is None:
                task = self._loading.get(url)
                if task is None:
                    if self.pages_loaded >= self.setting("max_pages", 8):
                        return  # an exact bound: the slot is taken before any await
                    self.pages_loaded += 1
                    number = self.pages_loaded
                    task = asyncio.ensure_future(self._load(tabs, url, kind.value, depth, number))
                    self._loading[url] = task
                visit = await task
            if visit.facts is not None:
                self.found[kind] = visit
                return

    def _home_url(self) -> str:
        assert self.home is not None
        return self.home.url

    async def _load(
        self, tabs: TabPool, url: str, kind: str, depth: int, number: int, must_load: bool = False
    ) -> PageVisit:
        tab = await tabs.acquire()
        try:
            visit = await self._read_page(tab, url, kind, depth, number)
        except PageFailure as failure:
            if must_load:
                raise
            visit = PageVisit(url, kind, depth, None, failure=failure.detail)
        except PlaywrightError as exc:
            raise ProbeError(f"browser failed on {url}: {first_line(exc)}") from exc
        finally:
            tabs.release(tab)
        self.visits[page_key(url)] = visit
        self.visits.setdefault(visit.url, visit)
        return visit

    async def _read_page(self, tab: Tab, url: str, kind: str, depth: int, number: int) -> PageVisit:
        page = tab.page
        options = self.ctx.browser_options
        timeout = options.navigation_timeout_s
        quiet = self.setting("settle_quiet_s", 0.0)
        cap = self.setting("settle_cap_s", max(options.settle_s, LATE_CONTENT_S))
        load_cap = min(timeout, self.setting("load_cap_s", 3.0))
        async with self.pacer.navigation(url):
            await navigate(page, url, timeout)
        self._stay_on_site(kind, url, page.url)
        facts = await observe_page(page, quiet, cap, load_cap, timeout)
        self._stay_on_site(kind, url, facts.url)  # a script may have moved the page
        viewport = (options.viewport_width, options.viewport_height)
        # Off the event loop and within a budget: a page with 10,000 numbers must not
        # stall the other attempts (nor this attempt's own time limit).
        budget = AnalysisBudget(self.setting("analysis_budget_s", ANALYSIS_BUDGET_S))
        found = await asyncio.to_thread(
            find_sightings, facts, self.target.country, viewport, budget
        )
        sightings = tuple(found)
        stem = f"{number:02d}-{kind}"
        evidence = await keep_evidence(page, tab.session, self.ctx, stem, facts, sightings, depth)
        key = page_key(facts.url)
        return PageVisit(key, kind, depth, facts, sightings, evidence, analysis_cut=budget.cut)

    def _stay_on_site(self, kind: str, requested: str, landed: str) -> None:
        """Refuse to read a page that redirected off the company's site."""
        elsewhere = self.scope.leaving(landed)
        if elsewhere is not None:
            what = "homepage" if kind == HOME else requested
            raise PageFailure(Status.ABSENT, f"{what} redirects to {elsewhere} (another site)")


async def _close_quietly(page: Page) -> None:
    with contextlib.suppress(PlaywrightError):
        await page.close()
