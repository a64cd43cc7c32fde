"""One sandbox (the shipped world plus a few misbehaving companies), one Chromium, and
every chat of the test folder run before the tests, `AT_ONCE` at a time (the machine is
shared: more at once only makes each page load slower)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.async_api import Browser

from probes.base import BrowserOptions, Observation, ProbeContext
from probes.browser import chromium
from probes.chat.probe import ChatProbe
from sandbox import SandboxServer, World, load_world
from sandbox.chat_showcase import SHOWCASE, with_showcase

HOSTILE_NAME = "[bold red]Mallory[/bold red]\x1b]0;owned\x07"
HOSTILE_TEXT = (
    "Sie haben 14 Tage. [link=file:///etc/passwd]click[/link] \x1b[31mRED\x1b[0m "
    "\x1b]8;;http://evil.example/\x07link\x1b]8;;\x07 "
    "<img src=/__sandbox/chat/beacon?img onerror=\"fetch('/__sandbox/chat/beacon?onerror')\">"
    "<script>fetch('/__sandbox/chat/beacon?script')</script>"
)
EXTRA_COMPANIES: dict[str, tuple[str, dict[str, Any]]] = {
    # new id: (copied company, chat script)
    "hostile-shop": (
        "sportwelt",
        {
            "widget": "generic",
            "human_delay_s": 1.0,
            "agent_name": HOSTILE_NAME,
            "human_reply": HOSTILE_TEXT,
        },
    ),
    "vanish-shop": ("baltic-books", {"human": "never", "vanish_after_s": 0.5}),
    "leaving-shop": ("zelena-trgovina", {"human": "never", "navigate_after_s": 0.5}),
    "silent-shop": ("kyma-home", {"human": "never"}),
    "deadline-shop": ("kyma-home", {"human": "never"}),
    "typing-shop": ("zelena-trgovina", {"human_delay_s": 1.0}),
    # a bot, then after we ask for a person "connecting you" notices for longer than the
    # first-reply deadline: the probe keeps waiting while the widget says it is connecting
    "connecting-shop": (
        "kyma-home",
        {
            "bot_name": "Kyma",
            "bot_reply": "Μπορώ να βοηθήσω με παραγγελίες και επιστροφές.",
            "human": "on_request",
            "queue": [3, 2, 1],
            "queue_text": "We are connecting you to an agent (position {n}).",
            "queue_interval_s": 1.5,
            "queue_on_request": True,
            "human_delay_s": 6.0,
            "agent_name": "Sofia",
            "human_reply": "Καλησπέρα, είμαι η Σοφία. Έχετε 14 ημέρες για να το επιστρέψετε.",
        },
    ),
}
# Generous deadlines: this 2-core machine is shared and may run 5x slower than normal.
# The chats run at once, so the folder takes as long as the slowest chat.
SETTINGS = {
    "chat_first_reply_timeout_s": 30.0,
    "chat_widget_timeout_s": 90.0,
    "chat_total_timeout_s": 150.0,
    "chat_settle_s": 1.5,
}
SETTINGS_FOR: dict[str, dict[str, Any]] = {
    # the first-reply deadline is far away: only the whole-chat limit can end this one
    "deadline-shop": {"chat_first_reply_timeout_s": 600.0, "chat_total_timeout_s": 3.0},
    "typing-shop": {"chat_typing_cps": 150.0},
    "connecting-shop": {"chat_first_reply_timeout_s": 3.0},
}
NO_WIDGET_WAIT_S = 15.0
"""How long a site with no chat at all (`chat: null` in the world) is watched for a late widget:
the generous deadline above is for widgets that do come, and four such sites kept the folder
waiting 90 s for nothing (the late widget that does come, anadolu-elektronik's, keeps it)."""
AT_ONCE = 6
ALSO_RUN = {"ghost-shop", "slowpoke-tv"}
"""Broken sites (404, a page that never finishes) that are not demo companies."""


@dataclass(frozen=True)
class ChatRun:
    """One company's chat: the observation, its transcript and the sandbox's log of it."""

    observation: Observation
    transcript: dict[str, Any] | None
    server_log: list[dict[str, Any]]


def _test_world() -> World:
    world = with_showcase(load_world())
    extra = []
    for new_id, (source, chat) in EXTRA_COMPANIES.items():
        base = world.company(source)
        extra.append(
            base.model_copy(
                update={
                    "id": new_id,
                    "host": f"{new_id}.sandbox.test",
                    "name": new_id.title(),
                    "chat": chat,
                }
            )
        )
    return world.model_copy(update={"companies": [*world.companies, *extra]})


@pytest.fixture(scope="session")
def chat_world() -> World:
    return _test_world()


@pytest.fixture(scope="session")
def chat_sandbox(chat_world: World) -> Iterator[SandboxServer]:
    with SandboxServer(chat_world) as server:
        yield server


@pytest.fixture(scope="session")
async def chat_browser(chat_sandbox: SandboxServer) -> AsyncIterator[Browser]:
    async with chromium(chat_sandbox.host_map) as browser:
        yield browser


def server_log(server: SandboxServer, company_id: str) -> list[dict[str, Any]]:
    """The sandbox's ground-truth log of `company_id`'s chats."""
    host = f"{company_id}.sandbox.test:{server.port}"
    response = httpx.get(
        f"http://127.0.0.1:{server.port}/__sandbox/chat/log", headers={"Host": host}, timeout=5
    )
    response.raise_for_status()
    entries: list[dict[str, Any]] = response.json()
    return entries


async def _run_one(
    browser: Browser, server: SandboxServer, company_id: str, root: Path, no_chat: bool = False
) -> Observation:
    slow = company_id == "slowpoke-tv"
    ctx = ProbeContext(
        attempt_id=f"test/{company_id}/chat/1",
        evidence_dir=root / company_id,
        browser=browser,
        # generous: other engineers load this machine; the page that never ends waits less
        browser_options=BrowserOptions(navigation_timeout_s=5.0 if slow else 120.0),
        settings={
            **SETTINGS,
            **({"chat_widget_timeout_s": NO_WIDGET_WAIT_S} if no_chat else {}),
            **SETTINGS_FOR.get(company_id, {}),
        },
    )
    (observation,) = await ChatProbe().run(server.target(company_id), ctx)
    return observation


@pytest.fixture(scope="session")
async def chats(
    chat_browser: Browser,
    chat_sandbox: SandboxServer,
    chat_world: World,
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, ChatRun]:
    root = tmp_path_factory.mktemp("chat-evidence")
    wanted = {*EXTRA_COMPANIES, *ALSO_RUN, *SHOWCASE}
    ids = [c.id for c in chat_world.companies if c.demo or c.id in wanted]
    gate = asyncio.Semaphore(AT_ONCE)
    no_chat = {c.id for c in chat_world.companies if c.chat is None}

    async def gated(cid: str) -> Observation:
        async with gate:
            return await _run_one(chat_browser, chat_sandbox, cid, root, cid in no_chat)

    observations = await asyncio.gather(*(gated(cid) for cid in ids))
    runs = {}
    for cid, obs in zip(ids, observations, strict=True):
        transcript = next((e for e in obs.evidence if e.kind == "transcript"), None)
        data = json.loads(Path(transcript.path).read_text()) if transcript else None
        runs[cid] = ChatRun(obs, data, server_log(chat_sandbox, cid))
    return runs
