"""Visiting a site: the homepage, then contact, help, FAQ and returns pages up to two clicks deep.

Pages of one depth are loaded side by side in a few tabs; each kind tries its
best candidate link first, so what is found does not depend on load order.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from playwright.async_api import BrowserContext, CDPSession, Page
from playwright.async_api import Error as PlaywrightError

from probes.base import Evidence, ProbeContext, ProbeError, Target
from probes.website.evidence import keep_evidence
from probes.website.jsonld import return_policy_links
from probes.website.links import LinkKind, page_key, rank_links, same_site
from probes.website.loading import PageFailure, first_line, navigate
from probes.website.one_pass import INSTALL_SCRIPT, observe_page
from probes.website.page_facts import PageFacts
from probes.website.settle import WORK_TRACKER
from probes.website.sightings import Sighting, find_sightings

HOME = "home"
SEARCHED = (LinkKind.CONTACT, LinkKind.HELP, LinkKind.FAQ, LinkKind.RETURNS)
_CANDIDATES_PER_KIND = 3


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


@dataclass(frozen=True)
class Tab:
    """A browser tab and its DevTools session (for fast screenshots)."""

    page: Page
    session: CDPSession


class TabPool:
    """Up to `size` tabs of one browser context, reused from page to page."""

    def __init__(self, context: BrowserContext, size: int) -> None:
        self.context = context
        self.size = size
        self.opened = 0
        self.idle: asyncio.Queue[Tab] = asyncio.Queue()

    async def acquire(self) -> Tab:
        """An idle tab, or a new one while fewer than `size` are open."""
        if self.idle.empty() and self.opened < self.size:
            self.opened += 1
            page = await self.context.new_page()
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

    def setting(self, name: str, default: float) -> float:
        """A numeric setting from `ctx.settings`, or `default`."""
        return float(self.ctx.settings.get(name, default))

    async def run(self, context: BrowserContext, url: str) -> None:
        """Load the homepage (its failure propagates), then look for each kind of page."""
        await context.add_init_script(WORK_TRACKER + "\n" + INSTALL_SCRIPT)
        tabs = TabPool(context, int(self.setting("tabs", 1)))
        self.home = await self._load(tabs, url, HOME, 0, must_load=True)
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
            ranked = rank_links(list(source.facts.links), kind, home, source.url)
            if kind is LinkKind.RETURNS:
                extra = return_policy_links(list(source.facts.jsonld))
                ranked += [page_key(u) for u in extra if same_site(u, home)]
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
                    if self.pages_loaded > self.setting("max_pages", 8):
                        return
                    task = asyncio.ensure_future(self._load(tabs, url, kind.value, depth))
                    self._loading[url] = task
                visit = await task
            if visit.facts is not None:
                self.found[kind] = visit
                return

    def _home_url(self) -> str:
        assert self.home is not None
        return self.home.url

    async def _load(
        self, tabs: TabPool, url: str, kind: str, depth: int, must_load: bool = False
    ) -> PageVisit:
        self.pages_loaded += 1
        number = self.pages_loaded
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
        cap = self.setting("settle_cap_s", max(options.settle_s, 1.0))
        load_cap = min(timeout, self.setting("load_cap_s", 3.0))
        await navigate(page, url, timeout)
        facts = await observe_page(page, quiet, cap, load_cap, timeout)
        viewport = (options.viewport_width, options.viewport_height)
        sightings = tuple(find_sightings(facts, self.target.country, viewport))
        stem = f"{number:02d}-{kind}"
        evidence = await keep_evidence(page, tab.session, self.ctx, stem, facts, sightings, depth)
        return PageVisit(page_key(facts.url), kind, depth, facts, sightings, evidence)
