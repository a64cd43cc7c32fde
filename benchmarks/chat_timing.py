"""Chat timing and labelling accuracy per widget kind, against the sandbox's ground truth.

Every sandbox widget kind (each vendor's own widget, and the generic one in an open or a
closed shadow root or drawn late) is chatted with `--copies` times, each copy with its own
bot and person delays, by the real chat probe (`ChatProbe`, as `audit run` uses it). The
sandbox logs when it received our message and when it sent each of its own (server clock,
sandbox/chat.py); the probe's metrics are compared with that log. The sandbox runs in its
own process, as a real chat vendor's servers do, so its clock is not held up by the probe:

- first response: our message to anything from their side, a queue notice included;
- first reply: our message to the first bot or human answer;
- first human response: our message to the first message from a person.

Prints the absolute error per kind (median, p95, max in ms) and the share of messages the
probe labelled as the sandbox wrote them (bot, human or notice). Targets: median <= 50 ms,
p95 <= 150 ms on every kind; labels >= 95 % right.

    .venv/bin/python benchmarks/chat_timing.py [--copies 4] [--parallel 4] [--only ID ...]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import socket
import statistics
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from playwright.async_api import Browser

from probes.base import BrowserOptions, Observation, ProbeContext
from probes.browser import chromium
from probes.chat.probe import ChatProbe
from sandbox.chat_showcase import with_showcase
from sandbox.server import SandboxServer
from sandbox.world import World, load_world

KINDS: dict[str, str] = {
    "bloomly": "intercom: iframes, streamed bot, badge",
    "northwind": "zendesk: launcher iframe, queue",
    "quickcart": "tawk: two-step pre-chat form",
    "fernseh-profi": "tidio: bot by product name",
    "zelena-trgovina": "crisp: in page, no ARIA",
    "olympos-market": "freshchat: list re-rendered",
    "kyma-home": "hubspot: aria-label, on request",
    "baltic-books": "drift: cross-origin frame",
    "bosphorus-kitap": "gorgias: queue, bot by name",
    "sportwelt": "generic: open shadow, list replaced",
    "nemunas-energy": "generic: closed shadow root",
    "anadolu-elektronik": "generic: late, icon launcher",
    "olark-shop": "olark: in page, intro form, queue",
    "salesforce-shop": "salesforce: x-origin frame, shadow",
    "sendbird-shop": "sendbird: page shadow root, AI label",
}
"""Sandbox company -> the widget kind it shows."""
TRUE_ROLE = {"bot": "bot", "agent": "human", "system": "notice"}
SETTINGS = {
    "chat_first_reply_timeout_s": 20.0,
    "chat_widget_timeout_s": 60.0,
    "chat_total_timeout_s": 90.0,
    "chat_settle_s": 1.0,
    "screenshots": False,
}
METRICS = ("chat.first_response_s", "chat.first_reply_s", "chat.first_human_response_s")


@dataclass
class KindResult:
    """Errors (s) per metric and label outcomes of one widget kind."""

    errors: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    labels: list[bool] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def bench_world(copies: int) -> tuple[World, dict[str, str]]:
    """The sandbox world plus `copies` of each kind's company with varied delays."""
    world = with_showcase(load_world())
    extra, kind_of = [], {}
    for source in KINDS:
        base = world.company(source)
        for i in range(copies):
            script = dict(base.chat or {})
            script["bot_delay_s"] = round(0.3 + (i % 4) * 0.23, 3)
            script["human_delay_s"] = round(1.4 + (i % 3) * 0.41, 3)
            if script.get("load") == "delay":
                script["load_delay_s"] = 1.0
            cid = f"bench-{source}-{i}"
            extra.append(
                base.model_copy(update={"id": cid, "host": f"{cid}.sandbox.test", "chat": script})
            )
            kind_of[cid] = source
    return world.model_copy(update={"companies": [*world.companies, *extra]}), kind_of


class ChildSandbox:
    """The bench world served by a child process on `port`."""

    def __init__(self, copies: int) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = int(probe.getsockname()[1])
        self.world, _ = bench_world(copies)
        self.host_map = SandboxServer(self.world).host_map
        self.proc = multiprocessing.Process(target=_serve, args=(copies, self.port), daemon=True)
        self.proc.start()
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                if time.monotonic() > deadline or not self.proc.is_alive():
                    raise RuntimeError("the sandbox server did not start") from None
                time.sleep(0.1)

    def target(self, cid: str) -> Any:
        return self.world.company(cid).target(self.port)

    def close(self) -> None:
        self.proc.terminate()
        self.proc.join(timeout=10)


def _serve(copies: int, port: int) -> None:
    world, _ = bench_world(copies)
    with SandboxServer(world, port=port):
        multiprocessing.Event().wait()


def server_log(server: ChildSandbox, cid: str) -> list[dict[str, Any]]:
    headers = {"Host": f"{cid}.sandbox.test:{server.port}"}
    url = f"http://127.0.0.1:{server.port}/__sandbox/chat/log"
    entries: list[dict[str, Any]] = httpx.get(url, headers=headers, timeout=30).json()
    return entries


CLOCKS = {
    "client_t": "probe error: vs the widget's own page clock (when its transport sent ours "
    "and received theirs)",
    "t": "end to end: vs the sandbox server's log (adds loopback transport and the server's "
    "and browser's scheduling)",
}
"""Which log clock a truth is read from -> what the comparison with it shows."""


def truth(log: list[dict[str, Any]], clock: str) -> dict[str, float | None]:
    """The true seconds from our first message for each metric, from the sandbox's log,
    on the server's clock (`t`) or the page's as the widget's transport saw it (`client_t`)."""
    sessions = [e["session"] for e in log if e["direction"] == "in" and e["author"] == "visitor"]
    if not sessions:
        return dict.fromkeys(METRICS)
    mine = [e for e in log if e["session"] == sessions[-1]]
    ours = next(e for e in mine if e["direction"] == "in" and e["author"] == "visitor")
    # greetings sent before our message are not responses to it
    out = [
        e
        for e in mine
        if e["direction"] == "out" and e["author"] != "control" and e["t"] >= ours["t"]
    ]

    def first(authors: tuple[str, ...]) -> float | None:
        entry = next((e for e in out if e["author"] in authors), None)
        if entry is None or entry.get(clock) is None or ours.get(clock) is None:
            return None
        return float(entry[clock]) - float(ours[clock])

    return {
        "chat.first_response_s": first(("bot", "agent", "system")),
        "chat.first_reply_s": first(("bot", "agent")),
        "chat.first_human_response_s": first(("agent",)),
    }


def score(result: KindResult, obs: Observation, log: list[dict[str, Any]]) -> None:
    """Add one chat's timing errors (on both clocks) and label outcomes to `result`."""
    if obs.status.value != "ok":
        result.failed.append(f"{obs.company}: {obs.status.value} {obs.detail[:80]}")
        return
    for clock in CLOCKS:
        for name, true_s in truth(log, clock).items():
            got = obs.metrics.get(name)
            if true_s is not None and isinstance(got, float):
                result.errors[f"{clock}:{name}"].append(got - true_s)
            elif true_s is not None or got is not None:
                result.failed.append(
                    f"{obs.company}: {name} measured {got}, truth {true_s} ({clock})"
                )
    transcript = next((e for e in obs.evidence if e.kind == "transcript"), None)
    if transcript is None:
        return
    data = json.loads(Path(transcript.path).read_text(encoding="utf-8"))
    author = {e["text"].strip(): e["author"] for e in log}
    for m in data["messages"]:
        want = TRUE_ROLE.get(author.get(m["text"].strip(), ""))
        if want is not None:
            result.labels.append(m["role"] == want)
            if m["role"] != want:
                result.failed.append(
                    f"{obs.company}: {m['text'][:40]!r} {m['role']}: {m['reason']}"
                )


async def sample_load(samples: list[float]) -> None:
    """Append the 1-minute load average to `samples` every 5 s until cancelled."""
    while True:
        samples.append(os.getloadavg()[0])
        await asyncio.sleep(5)


def cells(values: list[float]) -> str:
    """Median, p95 and max of |`values`| in ms."""
    if not values:
        return f"{'-':>6} {'-':>6} {'-':>6}"
    ms = sorted(abs(v) * 1000 for v in values)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return f"{statistics.median(ms):>6.0f} {p95:>6.0f} {ms[-1]:>6.0f}"


async def main(copies: int, parallel: int, only: list[str]) -> None:
    _, kind_of = bench_world(copies)
    if only:
        kind_of = {cid: kind for cid, kind in kind_of.items() if kind in only}
    gate = asyncio.Semaphore(parallel)
    results: dict[str, KindResult] = {k: KindResult() for k in KINDS}
    root = Path(tempfile.mkdtemp(prefix="chat-bench-"))
    samples: list[float] = []
    server = ChildSandbox(copies)
    try:
        async with chromium(server.host_map) as browser:

            async def one(cid: str) -> None:
                async with gate:
                    obs = await run_chat(browser, server, cid, root)
                score(results[kind_of[cid]], obs, server_log(server, cid))

            started = time.monotonic()
            loads = asyncio.create_task(sample_load(samples))
            await asyncio.gather(*(one(cid) for cid in kind_of))
            loads.cancel()
            took = time.monotonic() - started
    finally:
        server.close()
    print(f"{len(kind_of)} chats, {parallel} at a time, {took:.0f} s; errors in ms |measured-true|")
    print(
        f"machine load average (1 min, {os.cpu_count()} cores) during the run: "
        f"min {min(samples):.1f}, median {statistics.median(samples):.1f}, max {max(samples):.1f}"
    )
    for clock, title in CLOCKS.items():
        print(f"\n{title}")
        table(results, clock)
    labels = [ok for r in results.values() for ok in r.labels]
    share = 100 * sum(labels) / max(len(labels), 1)
    print(f"\nbot/human/notice labels right: {sum(labels)}/{len(labels)} = {share:.1f} %")
    print("targets: median <= 50 ms, p95 <= 150 ms per kind; labels >= 95 % right")
    for r in results.values():
        for line in r.failed:
            print("not measured:", line)


def table(results: dict[str, KindResult], clock: str) -> None:
    """Print one timing table: per kind median, p95 and max |error| (ms) of each metric."""
    head = "median    p95    max"
    print(f"{'widget kind':<40} {'first response':^20} {'first reply':^20} {'first human':^20}")
    print(f"{'':<40} {head:>20} {head:>20} {head:>20}  n labels")
    every: dict[str, list[float]] = defaultdict(list)
    for source, label in KINDS.items():
        r = results[source]
        if not (r.errors or r.failed):
            continue
        errors = [r.errors[f"{clock}:{n}"] for n in METRICS]
        for name, values in zip(METRICS, errors, strict=True):
            every[name] += values
        row = " ".join(f"{cells(v):>20}" for v in errors)
        print(f"{label:<40} {row} {len(errors[1]):>2} {sum(r.labels)}/{len(r.labels)}")
    print(f"{'all kinds':<40} " + " ".join(f"{cells(every[n]):>20}" for n in METRICS))


async def run_chat(browser: Browser, server: ChildSandbox, cid: str, root: Path) -> Observation:
    ctx = ProbeContext(
        attempt_id=f"bench/{cid}",
        evidence_dir=root / cid,
        browser=browser,
        browser_options=BrowserOptions(navigation_timeout_s=60.0),
        settings=SETTINGS,
    )
    (obs,) = await ChatProbe().run(server.target(cid), ctx)
    return obs


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--parallel", type=int, default=4)
    parser.add_argument("--only", nargs="*", default=[], help="sandbox company ids of the kinds")
    args = parser.parse_args()
    asyncio.run(main(args.copies, args.parallel, args.only))
