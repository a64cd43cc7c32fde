"""Vendor naming and bot/human/notice labels over every chat widget of the sandbox.

Every sandbox company with a chat (the demo world's, plus the chat-only vendor showcase of
`sandbox/chat_showcase.py`) is chatted with `--repeat` times by the real chat probe. For each
it prints the vendor the probe named against the world's truth (`chat.vendor`; a widget of
no vendor may be reported as `generic`), and how many of the messages from their side the
probe labelled as the sandbox sent them (bot, human or notice), with the probe's reason for
every wrong label. Target: labels >= 95 % right, every vendor named.

    .venv/bin/python benchmarks/chat_labels.py [--repeat 1] [--parallel 4]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
from playwright.async_api import Browser

from probes.base import BrowserOptions, Observation, ProbeContext
from probes.browser import chromium
from probes.chat.probe import ChatProbe
from sandbox import SandboxServer, load_world
from sandbox.chat import script_for
from sandbox.chat_showcase import with_showcase
from sandbox.world import SandboxCompany

TRUE_ROLE = {"bot": "bot", "agent": "human", "system": "notice"}
SETTINGS = {
    "chat_first_reply_timeout_s": 20.0,
    "chat_widget_timeout_s": 60.0,
    "chat_total_timeout_s": 90.0,
    "chat_settle_s": 1.0,
    "screenshots": False,
}


def widget_of(company: SandboxCompany) -> str:
    """How the company's chat is embedded, in a few words."""
    script = script_for(company)
    if company.site.chat_widget is not None:
        return f"{company.site.chat_widget.vendor} embed"
    if script is None:
        return "-"
    return f"generic ({script.shadow} shadow, {script.embed}, {script.launcher})"


def labels(obs: Observation, log: list[dict[str, Any]]) -> tuple[int, int, list[str]]:
    """(right, total, wrong ones with the probe's reason) of the chat's messages from their side."""
    transcript = next((e for e in obs.evidence if e.kind == "transcript"), None)
    if transcript is None:
        return 0, 0, []
    author = {e["text"].strip(): e["author"] for e in log}
    right, total, wrong = 0, 0, []
    for m in json.loads(Path(transcript.path).read_text(encoding="utf-8"))["messages"]:
        want = TRUE_ROLE.get(author.get(m["text"].strip(), ""))
        if want is None:
            continue
        total += 1
        if m["role"] == want:
            right += 1
        else:
            wrong.append(f"{m['text'][:40]!r}: {m['role']} (truth {want}): {m['reason']}")
    return right, total, wrong


async def chat(browser: Browser, server: SandboxServer, cid: str, root: Path) -> Observation:
    ctx = ProbeContext(
        attempt_id=f"labels/{cid}",
        evidence_dir=root / cid,
        browser=browser,
        browser_options=BrowserOptions(navigation_timeout_s=60.0),
        settings=SETTINGS,
    )
    (obs,) = await ChatProbe().run(server.target(cid), ctx)
    return obs


def server_log(server: SandboxServer, cid: str) -> list[dict[str, Any]]:
    headers = {"Host": f"{cid}.sandbox.test:{server.port}"}
    url = f"http://127.0.0.1:{server.port}/__sandbox/chat/log"
    entries: list[dict[str, Any]] = httpx.get(url, headers=headers, timeout=30).json()
    return entries


async def main(repeat: int, parallel: int) -> None:
    world = with_showcase(load_world())
    companies = [c for c in world.companies if c.chat is not None and c.site.mode == "normal"]
    root = Path(tempfile.mkdtemp(prefix="chat-labels-"))
    gate = asyncio.Semaphore(parallel)
    rows: dict[str, list[tuple[Observation, tuple[int, int, list[str]]]]] = {}
    with SandboxServer(world) as server:
        async with chromium(server.host_map) as browser:

            async def one(company: SandboxCompany, n: int) -> None:
                async with gate:
                    obs = await chat(browser, server, company.id, root / str(n))
                # the log holds every repeat: label this chat against its own session only
                log = server_log(server, company.id)
                sessions = [e["session"] for e in log if e["author"] == "visitor"]
                mine = [e for e in log if sessions and e["session"] == sessions[-1]]
                rows.setdefault(company.id, []).append((obs, labels(obs, mine)))

            for n in range(repeat):  # repeats one after another: sessions stay apart
                await asyncio.gather(*(one(c, n) for c in companies))
    print(f"{len(companies)} sandbox chat widgets, {repeat} chat(s) each")
    head = f"{'company':<20} {'widget':<38} {'vendor truth':<13} {'named':<24} {'labels':>8}"
    print(head)
    vendors_right, right_all, total_all, wrong_all = 0, 0, 0, []
    for company in companies:
        truth = str(company.truth.get("chat.vendor", "none"))
        named = Counter(str(obs.metrics.get("chat.vendor", "?")) for obs, _ in rows[company.id])
        ok = all(v == truth or (truth == "none" and v in ("none", "generic")) for v in named)
        vendors_right += ok
        right = sum(r for _, (r, _, _) in rows[company.id])
        total = sum(t for _, (_, t, _) in rows[company.id])
        right_all, total_all = right_all + right, total_all + total
        for obs, (_, _, wrong) in rows[company.id]:
            wrong_all += [f"{company.id}: {w}" for w in wrong]
            if obs.status.value != "ok":
                wrong_all.append(f"{company.id}: status {obs.status.value}: {obs.detail[:100]}")
        shown = ", ".join(f"{v}×{n}" if n > 1 else v for v, n in named.items())
        mark = "" if ok else "  <- wrong vendor"
        print(
            f"{company.id:<20} {widget_of(company):<38} {truth:<13} {shown:<24} "
            f"{right:>3}/{total:<3}{mark}"
        )
    share = 100 * right_all / max(total_all, 1)
    print(f"vendors named right: {vendors_right}/{len(companies)} widgets")
    print(f"labels right: {right_all}/{total_all} = {share:.1f} % (target >= 95 %)")
    for line in wrong_all:
        print("note:", line)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--parallel", type=int, default=4)
    args = parser.parse_args()
    asyncio.run(main(args.repeat, args.parallel))
