"""Every scripted chat behaviour of the sandbox ends in the right status and metrics."""

from __future__ import annotations

import json
from typing import Any

import pytest

from probes.base import Status
from tests.chat.conftest import ChatRun

# company -> (status, vendor, expected metrics). `MEASURED` means "a time was measured":
# tests never check durations (the machine is shared); `benchmarks/chat_timing.py` measures
# the timing error against the sandbox's log.
MEASURED = object()
EXPECTED: dict[str, tuple[Status, str, dict[str, Any]]] = {
    "bloomly": (
        Status.OK,
        "intercom",
        {
            "chat.bot_first": True,
            "chat.first_response_s": MEASURED,
            "chat.first_human_response_s": MEASURED,
            "chat.answered": True,
            "chat.queue_position_shown": False,
        },
    ),
    "northwind": (
        Status.OK,
        "zendesk",
        {
            "chat.bot_first": True,
            "chat.first_reply_s": MEASURED,
            "chat.queue_position_shown": True,
            "chat.first_human_response_s": MEASURED,
            "chat.first_response_s": MEASURED,
        },
    ),
    "quickcart": (
        Status.OK,
        "tawk",
        {"chat.first_human_response_s": MEASURED, "chat.answered": True},
    ),
    "greenleaf": (Status.ABSENT, "livechat", {"chat.available": False}),
    "fernseh-profi": (
        Status.OK,
        "tidio",
        {"chat.bot_first": True, "chat.first_human_response_s": None, "chat.answered": True},
    ),
    "sportwelt": (Status.OK, "generic", {"chat.first_human_response_s": MEASURED}),
    "zelena-trgovina": (Status.OK, "crisp", {"chat.first_human_response_s": MEASURED}),
    "alpe-telekom": (Status.ABSENT, "none", {"chat.available": False}),
    "olympos-market": (
        Status.OK,
        "freshchat",
        {
            "chat.bot_first": True,
            "chat.first_response_s": MEASURED,
            "chat.first_human_response_s": MEASURED,
        },
    ),
    "kyma-home": (Status.OK, "hubspot", {"chat.bot_first": True, "chat.answered": True}),
    "baltic-books": (Status.OK, "drift", {"chat.first_human_response_s": MEASURED}),
    "nemunas-energy": (Status.OK, "generic", {"chat.first_human_response_s": MEASURED}),
    "anadolu-elektronik": (Status.OK, "generic", {"chat.first_human_response_s": MEASURED}),
    "bosphorus-kitap": (
        Status.OK,
        "gorgias",
        {
            "chat.queue_position_shown": True,
            "chat.bot_first": False,
            "chat.first_response_s": MEASURED,
            "chat.first_reply_s": MEASURED,
            "chat.first_human_response_s": MEASURED,
        },
    ),
    "connecting-shop": (
        Status.OK,
        "hubspot",
        {"chat.handoff_requested": True, "chat.handed_off": True, "chat.bot_first": True},
    ),
    "ghost-shop": (Status.ABSENT, "none", {"chat.available": False}),
    "vanish-shop": (Status.ABSENT, "drift", {"chat.first_response_s": None}),
    "leaving-shop": (Status.ABSENT, "crisp", {"chat.first_response_s": None}),
    "slowpoke-tv": (Status.TIMEOUT, "none", {"chat.available": False}),
    "deadline-shop": (Status.TIMEOUT, "hubspot", {"chat.first_response_s": None}),
    "typing-shop": (Status.OK, "crisp", {"chat.first_human_response_s": MEASURED}),
    "silent-shop": (
        Status.TIMEOUT,
        "hubspot",
        {"chat.available": True, "chat.first_response_s": None, "chat.answered": False},
    ),
}


@pytest.mark.parametrize("company", sorted(EXPECTED))
def test_behaviour_ends_in_the_right_metrics(chats: dict[str, ChatRun], company: str) -> None:
    status, vendor, metrics = EXPECTED[company]
    obs = chats[company].observation
    assert obs.status is status, obs.detail
    assert obs.metrics["chat.vendor"] == vendor
    for name, want in metrics.items():
        got = obs.metrics.get(name)
        if want is MEASURED:
            assert isinstance(got, float) and got > 0, (name, got, obs.detail)
        else:
            assert got == want, (name, got, obs.detail)


def test_every_shipped_vendor_embed_is_opened_through_its_api(chats: dict[str, ChatRun]) -> None:
    via_api = {
        run.observation.metrics["chat.vendor"]
        for run in chats.values()
        if "JavaScript API" in run.observation.detail
    }
    assert {"intercom", "zendesk", "tidio", "freshchat", "hubspot", "crisp", "drift"} <= via_api


def test_generic_widgets_are_found_as_a_customer_finds_them(chats: dict[str, ChatRun]) -> None:
    # a link labelled "Show or hide widget" in an open shadow root, next to a greeting
    # bubble whose close button's id says "chat": the launcher, never the close button
    assert 'by its place and shape "Show or hide widget' in chats["sportwelt"].observation.detail
    # a labelled launcher in a closed shadow root
    assert 'by its label "Pokalbis' in chats["nemunas-energy"].observation.detail
    # a late round launcher with only an icon
    assert "by its place and shape" in chats["anadolu-elektronik"].observation.detail


def test_late_widget_is_waited_for(chats: dict[str, ChatRun]) -> None:
    obs = chats["anadolu-elektronik"].observation
    assert obs.status is Status.OK, obs.detail
    assert isinstance(obs.metrics["chat.time_to_open_s"], float)


def test_bot_then_person_on_request(chats: dict[str, ChatRun]) -> None:
    run = chats["kyma-home"]
    assert "asked for a person" in run.observation.detail
    assert run.transcript is not None
    messages = run.transcript["messages"]
    roles = [m["role"] for m in messages]
    assert roles.count("visitor") == 2 and roles[-1] == "human"
    # the person came only after we asked
    asked = next(i for i, m in enumerate(messages) if m["text"].startswith("Μπορώ να μιλήσω"))
    assert [m["role"] for m in messages[asked + 1 :]] == ["human"]


def test_probe_keeps_waiting_while_the_widget_connects_us(chats: dict[str, ChatRun]) -> None:
    run = chats["connecting-shop"]
    assert run.transcript is not None
    roles = [m["role"] for m in run.transcript["messages"]]
    assert roles == ["visitor", "bot", "visitor", "notice", "notice", "notice", "human"]
    assert "a person answered" in run.observation.detail


def test_bots_that_name_themselves_are_bots(chats: dict[str, ChatRun]) -> None:
    reasons = {
        "bloomly": "bot badge 'AI Agent'",  # Intercom: a badge beside the name
        "northwind": "zendesk's bot product name 'Answer Bot'",  # a sender line
        "fernseh-profi": "tidio's bot product name 'Lyro'",  # product name and avatar
        "kyma-home": "aria-label 'Message from Kyma (chatbot)'",  # only in an aria-label
    }
    for company, reason in reasons.items():
        transcript = chats[company].transcript
        assert transcript is not None
        bots = [m for m in transcript["messages"] if m["role"] == "bot"]
        assert bots and all(m["reason"] == reason for m in bots), (company, bots)


def test_connected_notice_then_new_sender_is_a_person(chats: dict[str, ChatRun]) -> None:
    transcript = chats["olympos-market"].transcript
    assert transcript is not None
    last_two = transcript["messages"][-2:]
    assert [m["role"] for m in last_two] == ["notice", "human"]
    assert last_two[1]["reason"].startswith("new sender 'Eleni' after the widget said")


def test_bot_that_never_hands_over(chats: dict[str, ChatRun]) -> None:
    run = chats["fernseh-profi"]
    assert run.transcript is not None
    assert {m["role"] for m in run.transcript["messages"]} == {"bot", "visitor"}
    assert "no person joined" in run.observation.detail


def test_prechat_form_is_filled_step_by_step(chats: dict[str, ChatRun]) -> None:
    run = chats["quickcart"]
    assert run.transcript is not None
    assert run.transcript["prechat_steps"] == [
        "step 1: name, email -> 'Next'",
        "step 2: topic \"Orders and returns\", order number, consent -> 'Start Chat'",
    ]
    forms = [json.loads(e["text"]) for e in run.server_log if e["author"] == "form"]
    assert forms == [
        {
            "consent": True,
            "department": "Orders and returns",
            "email": "alex.morgan@example.com",
            "name": "Alex Morgan",
            "order_number": "100-2345-6789",
        }
    ]


def test_streamed_reply_is_one_message_with_its_final_text(chats: dict[str, ChatRun]) -> None:
    transcript = chats["bloomly"].transcript
    assert transcript is not None
    bots = [m["text"] for m in transcript["messages"] if m["role"] == "bot"]
    assert bots[-1] == "Thanks! Let me connect you with a member of our team."
    assert len(bots) == 2  # the greeting and the streamed reply, no chunk recorded apart


def test_offline_widget_says_why(chats: dict[str, ChatRun]) -> None:
    assert "offline" in chats["greenleaf"].observation.detail


def test_widget_that_breaks_mid_chat_gives_a_clear_observation(chats: dict[str, ChatRun]) -> None:
    assert "disappeared" in chats["vanish-shop"].observation.detail
    assert "navigated away" in chats["leaving-shop"].observation.detail


def test_evidence_has_transcript_and_screenshots(chats: dict[str, ChatRun]) -> None:
    kinds = [e.kind for e in chats["bloomly"].observation.evidence]
    assert kinds.count("screenshot") == 2 and "transcript" in kinds


def test_whole_chat_limit_ends_a_chat_that_would_wait_long(chats: dict[str, ChatRun]) -> None:
    detail = chats["deadline-shop"].observation.detail
    assert "reached its 3 s limit" in detail


def test_broken_sites_give_a_clear_observation(chats: dict[str, ChatRun]) -> None:
    assert "404" in chats["ghost-shop"].observation.detail
    assert "did not finish loading" in chats["slowpoke-tv"].observation.detail


def test_typed_question_is_sent_whole(chats: dict[str, ChatRun]) -> None:
    log = chats["typing-shop"].server_log
    sent = [e["text"] for e in log if e["direction"] == "in"]
    assert len(sent) == 1 and sent[0].startswith("Pri vas bi rad naročil")
