"""Message times against the sandbox's log, and chats at once kept apart."""

from __future__ import annotations

import statistics

from tests.chat.conftest import ChatRun

# The error is the page-server round trip: a message is timed when the page shows it, so
# never early, and late by as much as a loaded machine delays the page. Other engineers
# share this 2-core machine, so the bounds are loose; the targets (50 ms median, 150 ms p95)
# are measured by `benchmarks/chat_timing.py`.
MAX_ERROR_S = 0.75
MEDIAN_ERROR_S = 0.1
EARLY_S = 0.02


def timing_errors(run: ChatRun) -> list[float]:
    """measured - true seconds from our first message to each later incoming message."""
    assert run.transcript is not None
    sessions = {e["session"] for e in run.server_log if e["direction"] == "in"}
    log = [e for e in run.server_log if e["session"] == max(sessions)]
    first_in = next(e["t"] for e in log if e["direction"] == "in")
    truth = {e["text"].strip(): e["t"] - first_in for e in log if e["direction"] == "out"}
    sent = run.transcript["first_sent_at"]
    errors = []
    for message in run.transcript["messages"]:
        true_s = truth.get(message["text"].strip())
        if message["role"] != "visitor" and true_s is not None and true_s >= 0:
            errors.append((message["t"] - sent) - true_s)
    return errors


def test_every_message_is_timed_against_the_sandbox_log(chats: dict[str, ChatRun]) -> None:
    errors: dict[str, list[float]] = {}
    for company, run in chats.items():
        if run.observation.status.value == "ok":
            errors[company] = timing_errors(run)
    assert len(errors) >= 12
    signed = [e for per in errors.values() for e in per]
    flat = [abs(e) for e in signed]
    assert len(flat) >= 15
    worst = {c: round(max(map(abs, v)), 3) for c, v in errors.items() if v}
    assert max(flat) <= MAX_ERROR_S, worst
    assert statistics.median(flat) <= MEDIAN_ERROR_S, worst
    assert min(signed) >= -EARLY_S, "a message was timed before the sandbox sent it"


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
