"""Hostile pages: how long the website probe takes on pages built to exhaust it.

Serves pages on loopback (a small http.server in a thread) and probes each with
real Chromium, printing the median wall time of the whole attempt, the time spent
analysing the page's text (phone sightings, opening hours) and the longest stall
of the event loop seen while the attempt ran.

    .venv/bin/python benchmarks/hostile_pages.py [--links 10000] [--repeat 3]

Pages: `tel-links` (N `tel:` links in one paragraph), `tel-blocks` (N `tel:` links,
each in its own list item), `numbers` (N written numbers in one paragraph),
`busy-loop` (a script that never yields after load; bounded by the navigation
timeout, not by the page).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from probes.base import BrowserOptions, ProbeContext, Target
from probes.browser import chromium
from probes.website.budget import AnalysisBudget
from probes.website.crawl import ANALYSIS_BUDGET_S
from probes.website.probe import WebsiteProbe
from probes.website.sightings import find_sightings

HOST_MAP = {"*.bench.test": "127.0.0.1", "*": "~NOTFOUND"}


def _pages(count: int) -> dict[str, str]:
    tels = " ".join(
        f'<a href="tel:+1212555{i % 10000:04d}">(212) 555-{i % 10000:04d}</a>' for i in range(count)
    )
    items = "".join(
        f'<li><a href="tel:+1212555{i % 10000:04d}">(212) 555-{i % 10000:04d}</a></li>'
        for i in range(count)
    )
    numbers = " ".join(f"Call (212) 555-{i % 10000:04d} Mon-Fri 9-5." for i in range(count))
    busy = "<p>Call (212) 555-0100</p><script>addEventListener('load',()=>{for(;;){}})</script>"
    return {
        "/tel-links": f"<p>Support: {tels}</p>",
        "/tel-blocks": f"<ul>{items}</ul>",
        "/numbers": f"<p>{numbers}</p>",
        "/busy-loop": busy,
    }


def serve(pages: dict[str, str]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages.get(self.path.split("?")[0].rstrip("/") or "/", "<p>ok</p>").encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


async def _stall_watch(stop: asyncio.Event, worst: list[float]) -> None:
    last = time.monotonic()
    while not stop.is_set():
        await asyncio.sleep(0.01)
        now = time.monotonic()
        worst[0] = max(worst[0], now - last - 0.01)
        last = now


async def probe_once(browser: object, url: str, folder: Path) -> tuple[float, float, str]:
    ctx = ProbeContext(
        attempt_id="bench",
        evidence_dir=folder,
        browser=browser,  # type: ignore[arg-type]
        browser_options=BrowserOptions(navigation_timeout_s=30.0),
        settings={"screenshots": False, "max_pages": 1, "allow_private_hosts": ["*.bench.test"]},
    )
    stop, worst = asyncio.Event(), [0.0]
    watcher = asyncio.create_task(_stall_watch(stop, worst))
    started = time.monotonic()
    observations = await WebsiteProbe().run(Target(name="Bench", website=url), ctx)
    elapsed = time.monotonic() - started
    stop.set()
    await watcher
    phone = observations[0]
    found = len(phone.metrics.get("phone.numbers") or [])  # type: ignore[arg-type]
    return elapsed, worst[0], f"{phone.status.value}, {found} numbers"


def analysis_time(count: int, budget_s: float | None = None) -> tuple[float, float, int]:
    """Seconds (wall, then this thread's CPU) `find_sightings` takes on synthetic facts with
    `count` tel links in one block (within `budget_s` as the probe runs it, or unbounded),
    and sightings found."""
    from probes.website.page_facts import Box, PageFacts, TelLink, TextBlock

    text = " ".join(f"(212) 555-{i % 10000:04d}" for i in range(count))
    segs = tuple(
        (i * 15, i * 15 + 14, 0.0, 20.0 * i, 100.0, 18.0, True, 16.0) for i in range(count)
    )
    tels = tuple(
        TelLink(f"tel:+1212555{i % 10000:04d}", "", 0, Box(0, 20.0 * i, 100, 18))
        for i in range(count)
    )
    facts = PageFacts("http://x/", "", "", (TextBlock(0, text, segs),), (), tels, (), (), False,
                      False, (), (), (), None)  # fmt: skip
    started, cpu = time.monotonic(), time.thread_time()
    budget = None if budget_s is None else AnalysisBudget(budget_s)
    found = find_sightings(facts, "US", (1366, 768), budget)
    return time.monotonic() - started, time.thread_time() - cpu, len(found)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--links", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for budget in (None, ANALYSIS_BUDGET_S):
        times = [analysis_time(args.links, budget) for _ in range(args.repeat)]
        label = "unbounded" if budget is None else f"within the probe's {budget:g} s budget"
        print(
            f"find_sightings, {args.links} tel links in one block, {label}: "
            f"{statistics.median(t for t, _, _ in times):.2f} s wall, "
            f"{statistics.median(c for _, c, _ in times):.2f} s CPU ({times[-1][2]} sightings)"
        )
    server = serve(_pages(args.links))
    port = server.server_address[1]
    async with chromium(HOST_MAP) as browser:
        for path in _pages(args.links):
            url = f"http://site.bench.test:{port}{path}"
            runs = []
            for _ in range(args.repeat):
                with tempfile.TemporaryDirectory() as folder:
                    runs.append(await probe_once(browser, url, Path(folder)))
            wall = statistics.median(r[0] for r in runs)
            stall = statistics.median(r[1] for r in runs)
            print(
                f"{path:12} attempt {wall:6.2f} s  worst loop stall {stall:5.2f} s  ({runs[-1][2]})"
            )
    server.shutdown()


if __name__ == "__main__":
    asyncio.run(main())
