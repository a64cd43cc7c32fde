"""Chat timing accuracy: the in-page MutationObserver against a 300 ms DOM-polling loop.

50 sandbox chats with known, varied delays (a bot reply, then a person). In each chat
both methods watch the same widget at once: the probe's observer (`probes/chat/
observer.js`, page clock) and a Python loop reading the message count every 300 ms
(Python clock, from the moment the send click returned). Each incoming message's
"seconds after our message" is compared with the sandbox's log (server send time
minus server receive time). Prints median, p95 and max absolute error per method.

    .venv/bin/python benchmarks/chat_timing.py [--chats 50] [--parallel 5]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from dataclasses import dataclass
from typing import Any

import httpx
from playwright.async_api import Browser

from probes.base import Clock
from probes.browser import chromium
from probes.chat.inquiries import build_inquiry
from probes.chat.interface import ChatSettings
from probes.chat.session import ChatSession
from sandbox.server import SandboxServer
from sandbox.world import World, load_world

POLL_INTERVAL_S = 0.3
_COUNT_JS = "() => window.__auditChat.root.children.length"


@dataclass
class ChatTimes:
    """Per incoming message: true, observer-measured and poll-measured seconds after sending."""

    truth: list[float]
    observer: list[float]
    polled: list[float]


def bench_world(chats: int) -> World:
    """`chats` copies of one sandbox company, each with its own bot and human delays."""
    world = load_world()
    base = world.company("baltic-books")
    extra = []
    for i in range(chats):
        script = {
            "bot_reply": f"Bot reply {i}: an agent will join shortly.",
            "bot_delay_s": round(0.25 + (i % 7) * 0.19, 3),
            "human_delay_s": round(1.3 + (i % 5) * 0.37, 3),
            "agent_name": "Rasa",
            "human_reply": f"Human reply {i}: 30 dienų.",
        }
        cid = f"bench-{i:02d}"
        extra.append(
            base.model_copy(update={"id": cid, "host": f"{cid}.sandbox.test", "chat": script})
        )
    return world.model_copy(update={"companies": [*world.companies, *extra]})


async def one_chat(browser: Browser, server: SandboxServer, cid: str) -> ChatTimes:
    settings = ChatSettings(settle_s=0.5, widget_timeout_s=30)
    inquiry = build_inquiry("returns_window", "lt", cid, "Alex", "Morgan")
    context = await browser.new_context(viewport={"width": 1366, "height": 768})
    page = await context.new_page()
    try:
        session = ChatSession(page, settings, inquiry, Clock())
        await page.goto(server.url(cid), wait_until="domcontentloaded")
        await session.start()
        await session.open()
        await session.prepare()
        frame = session.frame
        assert frame is not None
        before = int(await frame.evaluate(_COUNT_JS))
        sent_t = await session.send(inquiry.text)
        sent_mono = time.monotonic()
        session.record.first_sent_t = sent_t
        polled: list[float] = []
        seen = before + 1  # our own message
        deadline = sent_mono + 15
        while len(polled) < 2 and time.monotonic() < deadline:
            count = int(await frame.evaluate(_COUNT_JS))
            now = time.monotonic()
            polled.extend([now - sent_mono] * max(count - seen, 0))
            seen = max(seen, count)
            await asyncio.sleep(POLL_INTERVAL_S)
        await session.poll()
        incoming = [m for m in session.record.raw if m.t >= sent_t and m.text not in inquiry.text]
        observer = [m.t - sent_t for m in incoming]
    finally:
        await context.close()
    log = server_log(server, cid)
    first_in = next(e["t"] for e in log if e["direction"] == "in")
    truth = [e["t"] - first_in for e in log if e["direction"] == "out" and e["t"] >= first_in]
    return ChatTimes(truth, observer, polled)


def server_log(server: SandboxServer, cid: str) -> list[dict[str, Any]]:
    headers = {"Host": f"{cid}.sandbox.test:{server.port}"}
    url = f"http://127.0.0.1:{server.port}/__sandbox/chat/log"
    entries: list[dict[str, Any]] = httpx.get(url, headers=headers, timeout=10).json()
    return entries


def errors(times: list[ChatTimes], method: str) -> list[float]:
    out = []
    for chat in times:
        measured = getattr(chat, method)
        for true_s, got_s in zip(chat.truth, measured, strict=False):
            out.append(abs(got_s - true_s))
    return out


def row(name: str, values: list[float]) -> str:
    values = sorted(values)
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    med = statistics.median(values)
    ms = [med * 1000, p95 * 1000, values[-1] * 1000]
    return f"{name:<28} {len(values):>5} " + " ".join(f"{v:>9.1f}" for v in ms)


async def main(chats: int, parallel: int) -> None:
    world = bench_world(chats)
    ids = [f"bench-{i:02d}" for i in range(chats)]
    gate = asyncio.Semaphore(parallel)
    with SandboxServer(world) as server:
        async with chromium(server.host_map) as browser:

            async def guarded(cid: str) -> ChatTimes:
                async with gate:
                    return await one_chat(browser, server, cid)

            started = time.monotonic()
            times = await asyncio.gather(*(guarded(cid) for cid in ids))
            took = time.monotonic() - started
    complete = [t for t in times if len(t.truth) == len(t.observer) == len(t.polled) == 2]
    print(f"{len(complete)}/{chats} chats complete, {parallel} at a time, {took:.1f} s")
    print(f"{'method':<28} {'msgs':>5} {'median ms':>9} {'p95 ms':>9} {'max ms':>9}")
    print(row("MutationObserver (page)", errors(complete, "observer")))
    print(row("DOM polling every 300 ms", errors(complete, "polled")))
    print("targets: observer median <= 50 ms, p95 <= 150 ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=50)
    parser.add_argument("--parallel", type=int, default=5)
    args = parser.parse_args()
    asyncio.run(main(args.chats, args.parallel))
