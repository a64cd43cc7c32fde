"""Browser-free parts: settings, inquiries, classification, the adapter table, world scripts."""

from __future__ import annotations

import pytest

from probes.chat.adapters import VENDOR_ADAPTERS, supported_vendors
from probes.chat.classify import classify, is_offline
from probes.chat.inquiries import ASK_FOR_PERSON, build_inquiry, chat_line
from probes.chat.interface import ChatSettings, RawMessage, Role
from probes.website.vendors import VENDORS
from sandbox import load_world
from sandbox.chat import REQUEST_FOR_PERSON, ChatScript, script_for


def test_settings_defaults_and_overrides() -> None:
    defaults = ChatSettings.from_mapping({})
    assert defaults.first_reply_timeout_s == 600
    assert defaults.widget_timeout_s == 20
    assert defaults.total_timeout_s == 900
    assert defaults.settle_s == 3
    assert defaults.typing_cps == 0
    custom = ChatSettings.from_mapping({"chat_settle_s": 1.5, "screenshots": False, "other": 1})
    assert custom.settle_s == 1.5 and custom.screenshots is False


def test_every_issue_vendor_has_an_adapter() -> None:
    wanted = {
        "intercom",
        "zendesk",
        "livechat",
        "drift",
        "tidio",
        "freshchat",
        "hubspot",
        "crisp",
        "gorgias",
        "olark",
        "liveagent",
        "salesforce",
    }
    assert wanted <= set(VENDOR_ADAPTERS)
    assert set(VENDOR_ADAPTERS) <= {v.id for v in VENDORS}
    assert supported_vendors()[0] == "intercom"


@pytest.mark.parametrize("language", ["en", "de", "sl", "el", "lt", "tr"])
def test_inquiry_and_follow_up_per_language(language: str) -> None:
    inquiry = build_inquiry("returns_window", language, "Acme", "Alex", "Morgan")
    assert inquiry.language == language
    assert "\n" not in inquiry.text and inquiry.text[0].isupper()
    assert inquiry.must_mention
    assert REQUEST_FOR_PERSON.search(ASK_FOR_PERSON[language])


def test_chat_line_drops_greeting_and_signature() -> None:
    body = "Hello team,\n\nHow many days do I have?\nThanks.\n\nBest,\nAlex"
    assert chat_line(body) == "How many days do I have? Thanks."


def _raw(t: float, text: str, sender: str = "", badge: str = "", hints: str = "") -> RawMessage:
    return RawMessage(t=t, text=text, sender=sender, badge=badge, hints=hints)


def test_classify_roles_and_reasons() -> None:
    raw = [
        _raw(1.0, "Welcome to Acme!", sender="Acme"),
        _raw(2.0, "How many days?", hints="msg visitor"),
        _raw(2.5, "You are number 2 in line."),
        _raw(3.0, "I'm a virtual assistant, one moment.", sender="Acme"),
        _raw(4.0, "Same bot again.", sender="Acme"),
        _raw(5.0, "Hi, Jane here: 30 days.", sender="Jane"),
    ]
    messages = classify(raw, ["How many days?"], 2.0)
    assert [m.role for m in messages] == [
        Role.BOT,
        Role.VISITOR,
        Role.NOTICE,
        Role.BOT,
        Role.BOT,
        Role.HUMAN,
    ]
    assert "canned greeting" in messages[0].reason
    assert "sender changed" in messages[5].reason
    assert messages[5].at_s == 3.0


def test_bot_badges_and_classes() -> None:
    raw = [_raw(3.0, "Hello", sender="Max", badge="AI"), _raw(4.0, "Hello", hints="msg bot")]
    assert [m.role for m in classify(raw, [], 1.0)] == [Role.BOT, Role.BOT]


@pytest.mark.parametrize(
    "text",
    [
        "We're offline right now. Leave us a message.",
        "Hinterlassen Sie uns eine Nachricht",
        "Pustite nam sporočilo",
        "Αφήστε μας ένα μήνυμα",
        "Palikite mums žinutę",
        "Mesaj bırakın",
    ],
)
def test_offline_wording(text: str) -> None:
    assert is_offline(text)


def test_world_chat_scripts_are_valid() -> None:
    world = load_world()
    scripts = {c.id: script_for(c) for c in world.companies}
    assert sum(1 for s in scripts.values() if s is not None) >= 12
    assert {s.widget for s in scripts.values() if s} == {"vendor", "generic"}
    assert any(isinstance(s, ChatScript) and not s.online for s in scripts.values())


def test_bot_product_names_need_the_whole_name() -> None:
    def role(**fields: str) -> tuple[Role, str]:
        msg = RawMessage(t=5.0, text="Here to help.", **fields)
        (out,) = classify([msg], [], first_sent_t=1.0)
        return out.role, out.reason

    assert role(sender="Lyro") == (Role.BOT, "tidio's bot product name 'Lyro'")
    assert role(sender="Fin") == (Role.BOT, "intercom's bot product name 'Fin'")
    # "Fin" is a given name too: only a sender that is exactly the product counts
    assert role(sender="Fin Murphy")[0] is Role.HUMAN
    assert role(sender="Lyron")[0] is Role.HUMAN
    assert role(sender="Kyma", label="Message from Kyma (chatbot)")[0] is Role.BOT
    assert role(sender="Sofia", avatar="Sofia")[0] is Role.HUMAN


def test_connected_notice_then_a_new_sender_is_a_person() -> None:
    raw = [
        RawMessage(t=2.0, text="I am a virtual assistant.", sender="Olympos"),
        RawMessage(t=3.0, text="You are now connected to Eleni."),
        RawMessage(t=4.0, text="Hello, Eleni here.", sender="Eleni"),
        RawMessage(t=5.0, text="We are connecting you to an agent (position 2)."),
    ]
    roles = [(m.role, m.reason) for m in classify(raw, [], first_sent_t=1.0)]
    assert [r for r, _ in roles] == [Role.BOT, Role.NOTICE, Role.HUMAN, Role.NOTICE]
    assert roles[2][1] == "new sender 'Eleni' after the widget said a person joined"
