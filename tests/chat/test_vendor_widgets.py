"""Olark, Salesforce Enhanced Chat and Sendbird's AI agent messenger, built the way those
vendors build them (`sandbox/chat_showcase.py`), read as a customer reads them: each is named
by its vendor, its pre-chat form is filled with the right fields, and every message gets the
role the sandbox gave it (`test_ground_truth.py` checks the labels of every chat)."""

from __future__ import annotations

import json

import pytest

from probes.base import Status
from sandbox.chat_showcase import SHOWCASE
from tests.chat.conftest import ChatRun


def _roles(run: ChatRun) -> list[tuple[str, str]]:
    assert run.transcript is not None
    return [(m["role"], m["text"]) for m in run.transcript["messages"]]


@pytest.mark.parametrize("company", sorted(SHOWCASE))
def test_vendor_widget_is_named_and_answered(chats: dict[str, ChatRun], company: str) -> None:
    obs = chats[company].observation
    assert obs.status is Status.OK, obs.detail
    assert obs.metrics["chat.vendor"] == SHOWCASE[company][1].vendor
    assert obs.metrics["chat.answered"] is True, obs.detail
    assert isinstance(obs.metrics["chat.first_human_response_s"], float)


def test_olark_in_page_widget_intro_form_then_queue_then_person(
    chats: dict[str, ChatRun],
) -> None:
    run = chats["olark-shop"]
    assert run.transcript is not None
    assert run.transcript["prechat_steps"] == ["step 1: name, email -> 'Start chat'"]
    roles = [role for role, _ in _roles(run)]
    assert roles == ["visitor", "notice", "notice", "human"]
    # the site's own search button beside the page is never taken for the chat's send button
    assert "navigated away" not in run.observation.detail


def test_salesforce_frame_prechat_gets_first_and_last_name(chats: dict[str, ChatRun]) -> None:
    run = chats["salesforce-shop"]
    assert run.transcript is not None
    assert run.transcript["prechat_steps"] == [
        "step 1: first name, last name, email -> 'Start Conversation'"
    ]
    forms = [json.loads(e["text"]) for e in run.server_log if e["author"] == "form"]
    assert forms == [{"email": "alex.morgan@example.com", "first": "Alex", "last": "Morgan"}]
    messages = run.transcript["messages"]
    bot = next(m for m in messages if m["role"] == "bot")
    assert bot["sender"] == "Agentforce" and "Agentforce" in bot["reason"]
    joined = [i for i, m in enumerate(messages) if m["text"].endswith("joined the conversation.")]
    human = [i for i, m in enumerate(messages) if m["role"] == "human"]
    assert joined and human and joined[0] < human[0]
    assert messages[joined[0]]["role"] == "notice"


def test_sendbird_shadow_root_launcher_and_ai_label(chats: dict[str, ChatRun]) -> None:
    run = chats["sendbird-shop"]
    assert run.transcript is not None
    # no global API: the launcher inside the page's shadow root is what opened it
    assert "#sb-agent-launcher" in run.transcript["opened_by"]
    messages = [m for m in run.transcript["messages"] if m["role"] != "visitor"]
    assert [m["role"] for m in messages] == ["bot", "bot", "human"]
    assert all("AI agent" in m["reason"] for m in messages if m["role"] == "bot")
    # the person came only after we asked for one
    assert run.observation.metrics["chat.handoff_requested"] is True
    assert run.observation.metrics["chat.handed_off"] is True
