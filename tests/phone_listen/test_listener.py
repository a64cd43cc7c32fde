"""The listener turns synthesised calls into the right events, in the right order.

These calls run on the timing rules alone (`make_hearing("de")`: no transcriber),
which every language gets; transcription is tested in test_announcements.py.
"""

from __future__ import annotations

import random

from probes.dialer import CallEvent, CallEventKind, call_metrics, person_reached
from probes.phone.hearing import Hearing
from probes.phone.listener import make_hearing
from tests.phone_listen import scenarios
from tests.phone_listen.calls import kinds, play

K = CallEventKind
PERSON = ("agent_answered", "first_human_speech")


def hearing() -> Hearing:
    return make_hearing("de")


def first(events: list[CallEvent], kind: CallEventKind) -> CallEvent:
    return next(e for e in events if e.kind == kind)


def test_menu_hold_agent_reads_as_prompt_then_hold_then_person() -> None:
    script = scenarios.menu_hold_agent(random.Random(1), ring_s=2.0, hold_s=8.0)
    events = play(hearing(), script)
    assert [k for k in kinds(events) if k != "ivr_prompt"] == [
        "hold_started",
        "hold_ended",
        *PERSON,
    ]
    assert kinds(events)[0] == "ivr_prompt"
    truth = {e.kind: e.at_s for e in script.truth}
    # The person's first words are stamped inside the greeting, not when they were settled.
    speech_at = first(events, K.FIRST_HUMAN_SPEECH).at_s
    assert truth[K.HOLD_ENDED] < speech_at < truth[K.FIRST_HUMAN_SPEECH] + 1.0
    assert call_metrics(events)["phone.hold_s"] > 0


def test_announcements_during_hold_do_not_end_it() -> None:
    script = scenarios.menu_hold_agent(
        random.Random(2),
        ring_s=0.0,
        hold_s=10.0,
        announce_every_s=3.5,
        connecting=False,
        end_on_announcement=True,
    )
    events = play(hearing(), script)
    assert [k for k in kinds(events) if k != "ivr_prompt"] == [
        "hold_started",
        "hold_ended",
        *PERSON,
    ]
    # The last announcement (a replay of the first) is still the hold, not the agent.
    truth = {e.kind: e.at_s for e in script.truth}
    assert first(events, K.HOLD_ENDED).at_s > truth[K.WAIT_ANNOUNCED]
    assert first(events, K.FIRST_HUMAN_SPEECH).at_s > truth[K.HOLD_ENDED]


def test_menu_without_hold_goes_straight_to_the_person() -> None:
    script = scenarios.menu_hold_agent(random.Random(3), ring_s=2.0, menus=2, hold_s=0.0)
    events = play(hearing(), script)
    assert "hold_started" not in kinds(events)
    # Two menus and the "please hold while we connect you" are all the IVR's voice.
    assert kinds(events) == ["ivr_prompt"] * 3 + list(PERSON)


def test_a_person_answering_directly_is_no_ivr() -> None:
    events = play(hearing(), scenarios.direct_agent(random.Random(4), ring_s=6.0))
    assert kinds(events) == list(PERSON)


def test_a_closed_hours_message_is_a_prompt_and_no_person() -> None:
    events = play(hearing(), scenarios.closed_message(random.Random(5)))
    assert kinds(events) == ["ivr_prompt"]
    assert not person_reached(events)


def test_a_short_message_then_their_hang_up_is_no_person() -> None:
    """Short enough to be a greeting, but the line drops before it waits for an answer."""
    script = scenarios.short_closed_message()
    assert not person_reached(play(hearing(), script, they_hung_up=True))
    # Had we ended the call instead, nothing would say it was not a person greeting us.
    assert person_reached(play(hearing(), script, they_hung_up=False))


def test_busy_and_unanswered_lines_give_no_events() -> None:
    assert play(hearing(), scenarios.busy_line(random.Random(6))) == []
    assert play(hearing(), scenarios.no_answer(random.Random(7))) == []


def test_line_hiss_changes_nothing() -> None:
    script = scenarios.menu_hold_agent(random.Random(8), ring_s=2.0, hold_s=6.0)
    script.hiss = 0.003
    events = play(hearing(), script)
    assert [k for k in kinds(events) if k != "ivr_prompt"] == [
        "hold_started",
        "hold_ended",
        *PERSON,
    ]


def test_ringback_after_the_menu_is_a_transfer_announced_by_its_prompt() -> None:
    script = scenarios.menu_hold_agent(
        random.Random(9), ring_s=3.0, hold_s=8.0, transfer_ring_s=4.0, wait_minutes=None
    )
    events = play(hearing(), script)
    assert [k for k in kinds(events) if k != "ivr_prompt"] == [
        "transfer",
        "hold_started",
        "hold_ended",
        *PERSON,
    ]
    # Stamped where "please hold while I transfer your call" began (after the key press),
    # not where the ringing began; so the IVR time ends there, as in the truth.
    truth = {e.kind: e.at_s for e in script.truth}
    pressed = script.dtmf[-1][0]
    transfer = first(events, K.TRANSFER).at_s
    assert pressed < transfer < truth[K.TRANSFER] + 1.0
    prompts = [e.at_s for e in events if e.kind == K.IVR_PROMPT]
    assert transfer in prompts  # the announcement itself is still the IVR speaking
    assert call_metrics(events)["phone.ivr_s"] == round(transfer - prompts[0], 2)


def test_ringing_before_the_answer_is_no_transfer() -> None:
    events = play(hearing(), scenarios.direct_agent(random.Random(4), ring_s=12.0))
    assert "transfer" not in kinds(events)


def test_ringback_straight_after_the_menu_is_a_transfer_at_the_ringing() -> None:
    script = scenarios.menu_hold_agent(random.Random(3), ring_s=2.0, hold_s=0.0, connecting=False)
    events = play(hearing(), script)
    assert kinds(events).count("transfer") == 1  # however many rings it takes
    truth = {e.kind: e.at_s for e in script.truth}
    assert script.dtmf[-1][0] < first(events, K.TRANSFER).at_s
    assert first(events, K.TRANSFER).at_s < first(events, K.AGENT_ANSWERED).at_s
    assert truth[K.TRANSFER] <= first(events, K.TRANSFER).at_s


def test_a_new_announcement_running_into_the_agent_is_not_the_agent() -> None:
    """ "An adviser will be with you shortly", a moment of music, then the agent: the
    announcement (the IVR's voice) is not the person, who starts with their own voice."""
    for seed in (21, 22, 23):
        script = scenarios.menu_hold_agent(
            random.Random(seed),
            ring_s=0.0,
            hold_s=10.0,
            announce_every_s=4.0,
            wait_minutes=None,
            callback=False,
            end_on_new_announcement=True,
            agent_voice=("en-us+f3", 145),
        )
        events = play(hearing(), script)
        assert [k for k in kinds(events) if k != "ivr_prompt"] == [
            "hold_started",
            "hold_ended",
            *PERSON,
        ]
        truth = {e.kind: e.at_s for e in script.truth}
        shortly_said = truth[K.HOLD_ENDED] - 2.0  # the announcement takes longer than this
        assert first(events, K.AGENT_ANSWERED).at_s > shortly_said
        assert first(events, K.FIRST_HUMAN_SPEECH).at_s > shortly_said
