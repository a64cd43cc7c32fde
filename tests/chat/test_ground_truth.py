"""Transcripts against the sandbox's log: every message the company sent, in order, once.

No durations here (the machine is shared): `benchmarks/chat_timing.py` measures the timing
error of each message against the same log.
"""

from __future__ import annotations

from tests.chat.conftest import ChatRun


def _their_messages(run: ChatRun) -> list[str]:
    """What the sandbox sent in the last chat session, in order (control frames left out)."""
    sessions = {e["session"] for e in run.server_log if e["direction"] == "in"}
    return [
        e["text"].strip()
        for e in run.server_log
        if e["session"] == max(sessions) and e["direction"] == "out" and e["author"] != "control"
    ]


def test_every_message_sent_is_in_the_transcript_in_order(chats: dict[str, ChatRun]) -> None:
    checked = 0
    for company, run in chats.items():
        if run.observation.status.value != "ok" or run.transcript is None:
            continue
        seen = [m["text"].strip() for m in run.transcript["messages"] if m["role"] != "visitor"]
        assert seen == _their_messages(run), company
        checked += 1
    assert checked >= 10


TRUE_ROLE = {"bot": "bot", "agent": "human", "system": "notice"}


def test_every_message_is_labelled_as_the_sandbox_sent_it(chats: dict[str, ChatRun]) -> None:
    """Bot, person or notice, as the sandbox's log says who wrote it (every widget kind)."""
    wrong = []
    checked = 0
    for company, run in chats.items():
        if run.transcript is None:
            continue
        author = {e["text"].strip(): e["author"] for e in run.server_log}
        for message in run.transcript["messages"]:
            truth = TRUE_ROLE.get(author.get(message["text"].strip(), ""))
            if truth is None:
                continue
            checked += 1
            if message["role"] != truth:
                wrong.append((company, message["text"][:40], message["role"], message["reason"]))
    assert checked >= 30
    assert wrong == []


def test_chats_at_once_do_not_mix(chats: dict[str, ChatRun]) -> None:
    for company, run in chats.items():
        if run.transcript is None:
            continue
        own = {e["text"].strip() for e in run.server_log}
        for message in run.transcript["messages"]:
            if message["role"] != "visitor":
                assert message["text"].strip() in own, (company, message["text"])
    bloomly = chats["bloomly"].transcript
    northwind = chats["northwind"].transcript
    assert bloomly is not None and northwind is not None
    assert "Emma" in " ".join(m["text"] for m in bloomly["messages"])
    assert "Emma" not in " ".join(m["text"] for m in northwind["messages"])
