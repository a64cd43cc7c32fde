"""Time to audit the sandbox websites at concurrency 1 and 4, next to bare Playwright.

The baseline is a minimal plain-Playwright script loading exactly the pages the
probe visited (same browser flags, one context per company, `page.goto` with its
default wait for the `load` event, as the probe waits for `load` too),
run in the same process, interleaved with the probe runs. The sandbox is served by
its own process (`audit sandbox serve`), as real websites are, so the server does
not share the audit's interpreter. Measured at 0 ms (loopback: page loads are pure
CPU, so on 2 cores concurrency cannot help) and at 80 ms per response (a nearby
real site, where waiting dominates). Prints medians.

    .venv/bin/python benchmarks/web_audit.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from playwright.async_api import Browser

from audit.campaign import load_campaign
from audit.runner import Runner
from audit.settings import layered_settings
from probes.browser import chromium
from results.store import Store
from sandbox.mailrig import free_port
from sandbox.server import SandboxServer
from sandbox.world import load_world


class ExternalSandbox:
    """`audit sandbox serve` in a child process, with the URLs and host map of the world."""

    def __init__(self, latency_ms: float) -> None:
        self.world = load_world()
        self.port = free_port()
        self.host_map = SandboxServer(self.world).host_map
        command = [sys.executable, "-c", "from audit.cli import main; main()",
                   "sandbox", "serve", "--port", str(self.port),
                   "--latency-ms", str(latency_ms)]  # fmt: skip
        self.proc = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    raise RuntimeError("the sandbox server did not start") from None
                time.sleep(0.1)

    def url(self, company_id: str) -> str:
        return f"http://{self.world.company(company_id).host}:{self.port}/"

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def write_campaign(folder: Path, server: ExternalSandbox, concurrency: int) -> Path:
    companies = [
        {"name": c.name, "website": server.url(c.id), "country": c.country, "language": c.language}
        for c in server.world.companies
        if c.demo
    ]
    spec = {
        "name": "bench",
        "period": "bench",
        "id": "bench",
        "companies": companies,
        "settings": {
            "concurrency": concurrency,
            "per_host_delay_s": 0,
            "navigation_timeout_s": 10,
            "host_map": dict(server.host_map),
        },
    }
    path = folder / "campaign.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return path


def audit_once(server: ExternalSandbox, concurrency: int) -> tuple[float, dict[str, list[str]]]:
    """Audit every demo company; returns seconds and the pages visited per company."""
    with tempfile.TemporaryDirectory() as tmp:
        loaded = load_campaign(write_campaign(Path(tmp), server, concurrency))
        store = Store.open(f"sqlite:///{tmp}/audit.db")
        started = time.perf_counter()
        asyncio.run(Runner(store, loaded, layered_settings(loaded.campaign.settings)).run())
        elapsed = time.perf_counter() - started
        pages: dict[str, list[str]] = {}
        for obs in store.observations("bench"):
            urls = pages.setdefault(obs.company, [])
            for ev in obs.evidence:
                if ev.kind == "html" and ev.caption not in urls:
                    urls.append(ev.caption)
        store.close()
    return elapsed, pages


async def _bare(browser: Browser, urls: list[str], sem: asyncio.Semaphore) -> None:
    async with sem:
        context = await browser.new_context(viewport={"width": 1366, "height": 768})
        page = await context.new_page()
        for url in urls:
            await page.goto(url)  # Playwright's default: wait for the `load` event
        await context.close()


def bare_once(server: ExternalSandbox, pages: dict[str, list[str]], concurrency: int) -> float:
    """Plain Playwright loading the same pages; includes browser start, like the runner."""

    async def main() -> float:
        started = time.perf_counter()
        async with chromium(server.host_map) as browser:
            sem = asyncio.Semaphore(concurrency)
            await asyncio.gather(*(_bare(browser, urls, sem) for urls in pages.values()))
        return time.perf_counter() - started

    return asyncio.run(main())


def measure(latency_ms: float, rounds: int) -> None:
    """Print the figures for one sandbox latency."""
    times: dict[str, list[float]] = {"probe c1": [], "probe c4": [], "bare c1": [], "bare c4": []}
    server = ExternalSandbox(latency_ms)
    try:
        _, pages = audit_once(server, 4)  # warm-up, and the page list for the baseline
        for _ in range(rounds):
            for c in (1, 4):
                times[f"probe c{c}"].append(audit_once(server, c)[0])
                times[f"bare c{c}"].append(bare_once(server, pages, c))
    finally:
        server.close()
    med = {k: statistics.median(v) for k, v in times.items()}
    n_pages = sum(len(v) for v in pages.values())
    print(
        f"\nsandbox latency {latency_ms:g} ms per response: {len(pages)} companies, "
        f"{n_pages} pages visited by the probe; medians of {rounds} rounds"
    )
    for key, value in med.items():
        print(f"  {key:9s} {value:6.2f} s   runs: {', '.join(f'{t:.2f}' for t in times[key])}")
    print(
        f"  probe / bare Playwright at c1: {med['probe c1'] / med['bare c1']:.2f}x (target <= 1.3x)"
    )
    print(f"  probe / bare Playwright at c4: {med['probe c4'] / med['bare c4']:.2f}x")
    speedup = med["probe c1"] / med["probe c4"]
    print(f"  probe speed-up c1 -> c4:       {speedup:.2f}x (target >= 1.7x)")
    print(f"  bare speed-up c1 -> c4:        {med['bare c1'] / med['bare c4']:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--latency-ms",
        type=float,
        nargs="*",
        default=[0.0, 80.0],
        help="sandbox response delays to measure (0 = bare loopback; 80 = a nearby site)",
    )
    args = parser.parse_args()
    for latency in args.latency_ms:
        measure(latency, args.rounds)


if __name__ == "__main__":
    main()
