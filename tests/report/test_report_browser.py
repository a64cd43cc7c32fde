"""The HTML report opened in real headless Chromium from file:// with the network off:
no console errors, no failed or outside requests, axe-core finds no serious or critical
accessibility violations, and hostile text renders inert and visible. Screenshots of the
index and of a company page are saved in test-artifacts/report/ for a person to look at."""

from __future__ import annotations

import asyncio
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.async_api import Browser, Page

from audit.cli_report import build_report
from probes.browser import chromium
from results.report.model import page_name
from tests.world_factory import HOSTILE_NAME, build_store, company_names

REPO = Path(__file__).resolve().parents[2]
AXE = REPO / "tests" / "data" / "axe-core" / "axe.min.js"
ARTIFACTS = REPO / "test-artifacts" / "report"
NAMES = company_names(8, hostile=True)
WAIT_MS = 60_000


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    workspace = tmp_path_factory.mktemp("report-ws")
    store = build_store(workspace, companies=8, attempts=3, hostile=True, screenshots=True)
    index = build_report(
        store, workspace, workspace / "report",
        company=NAMES[1], competitors=[NAMES[2], HOSTILE_NAME],
    )  # fmt: skip
    store.close()
    yield index.parent


class Watch:
    """Everything a page did that it must not: errors, failed or outside requests, dialogs."""

    def __init__(self, page: Page) -> None:
        self.errors: list[str] = []
        self.failed: list[str] = []
        self.outside: list[str] = []
        self.dialogs: list[str] = []
        self.pending: list[asyncio.Future[None]] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("requestfailed", lambda r: self.failed.append(r.url))
        page.on("dialog", self._dialog)

    def _dialog(self, dialog: object) -> None:
        self.dialogs.append(str(getattr(dialog, "message", "")))
        self.pending.append(asyncio.ensure_future(dialog.dismiss()))  # type: ignore[attr-defined]

    def clean(self) -> bool:
        return not (self.errors or self.failed or self.outside or self.dialogs)


async def open_page(browser: Browser, path: Path) -> tuple[Page, Watch]:
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    await context.add_init_script(path=str(AXE))  # not a <script> element; CSP stays on
    page = await context.new_page()
    watch = Watch(page)

    async def route(r: object) -> None:
        url = r.request.url  # type: ignore[attr-defined]
        if url.startswith(("file://", "data:")):
            await r.continue_()  # type: ignore[attr-defined]
        else:
            watch.outside.append(url)
            await r.abort()  # type: ignore[attr-defined]

    await context.route("**/*", route)
    await context.set_offline(True)
    await page.goto(path.as_uri(), wait_until="load", timeout=WAIT_MS)
    return page, watch


async def axe_violations(page: Page) -> list[dict[str, object]]:
    result = await page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help}))"
    )
    return [v for v in result if v["impact"] in ("serious", "critical")]


def pages_of(root: Path) -> list[Path]:
    return [root / "index.html", root / "methodology.html", root / "compare.html",
            *sorted((root / "c").glob("*.html"))]  # fmt: skip


async def test_every_page_loads_offline_without_errors_and_passes_axe(report: Path) -> None:
    pages = pages_of(report)
    assert len(pages) == 3 + len(NAMES)
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True)
    async with chromium() as browser:
        for path in pages:
            page, watch = await open_page(browser, path)
            images = await page.evaluate(
                "() => [...document.images].map(i => [i.complete && i.naturalWidth > 0, i.src])"
            )
            assert all(ok for ok, _ in images), images
            violations = await axe_violations(page)
            assert not violations, (path.name, json.dumps(violations, indent=1))
            assert watch.clean(), (path.name, watch.__dict__)
            if path.name in ("index.html", page_name(NAMES[1])):
                shot = ARTIFACTS / f"{path.stem}.png"
                await page.screenshot(path=str(shot), full_page=True)
                assert shot.stat().st_size > 10_000
            await page.context.close()
    print(f"screenshots in {ARTIFACTS}")


async def test_hostile_text_renders_inert_and_visible(report: Path) -> None:
    async with chromium() as browser:
        for path in (report / "index.html", report / "c" / page_name(HOSTILE_NAME),
                     report / "compare.html"):  # fmt: skip
            page, watch = await open_page(browser, path)
            state = await page.evaluate(
                """() => ({
                    title: document.title,
                    scripts: document.scripts.length,
                    handlers: document.querySelectorAll('[onerror],[onload]').length,
                    text: document.body.innerText,
                })"""
            )
            assert state["scripts"] == 0 and state["handlers"] == 0
            assert state["title"] != "pwned" and watch.dialogs == []
            text = state["text"]
            assert "<script>alert(1)</script> Evil" in text  # shown literally
            assert "\u202e" not in text and "\x1b" not in text
            if path.parent.name == "c":
                assert "<img src=x onerror=alert(1)>" in text  # transcript, email, detail
                assert "document.title='pwned'" in text
            assert watch.clean(), watch.__dict__
            await page.context.close()


def test_report_pages_link_to_every_company(report: Path) -> None:
    index = (report / "index.html").read_text()
    for name in NAMES:
        assert f'href="c/{page_name(name)}"' in index
        assert (report / "c" / page_name(name)).is_file()
    assert "<script" not in index.replace("&lt;script", "")
    assert not re.search(r"(src|href)=\"(https?:)?//", index)  # nothing fetched from anywhere


def test_compare_page_and_methodology(report: Path) -> None:
    compare = (report / "compare.html").read_text()
    assert "What would move" in compare and "Criterion by criterion" in compare
    for name in (NAMES[1], NAMES[2]):
        assert name in compare
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Evil" in compare  # escaped, not stripped
    methodology = (report / "methodology.html").read_text()
    assert "Facts from the field" in methodology and "Student-t" in methodology
    assert "time to agent" in methodology  # a criterion without a title shows its id
