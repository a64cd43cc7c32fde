"""Call timelines that a call centre plays, built on `calls.CallScript`, with their truth."""

from __future__ import annotations

import random

from probes.dialer import CallEventKind as K
from tests.phone_listen.calls import (
    AGENT_VOICES,
    IVR_VOICE,
    CallScript,
    busy,
    music,
    ringback,
    speech,
)

WELCOME = "Thank you for calling Acme Outdoor."
MENUS = (
    "For orders, press 1. For returns, press 2. For anything else, press 3.",
    "Please listen carefully as our menu options have changed. "
    "For billing, press 1. For technical support, press 2.",
    "To speak with customer service, press 0.",
)
CONNECTING = "Please hold while we connect you."
TRANSFERRING = "Please hold while I transfer your call to the right team."
IMPORTANT = "Your call is important to us. Please continue to hold."
WAIT = "The estimated wait time is {n} minutes."
CALLBACK = "Press 1 for a callback instead of waiting on hold."
SHORTLY = "Thank you for waiting. An adviser will be with you shortly."
"""Said once, at the end of the hold, right before the agent picks up."""
GREETINGS = (
    "Hello, thanks for holding, this is Sam. How can I help you today?",
    "Good morning, customer service, Maria speaking.",
    "Hi there, you are through to Jordan. What can I do for you?",
)
FOLLOW_UPS = ("Sure, can I have your order number please?", "Okay, let me look into that.")
CLOSED = (
    "Thank you for calling. Our offices are currently closed. "
    "Our opening hours are Monday to Friday, nine to five. Please call again."
)


def _ring(script: CallScript, seconds: float) -> None:
    if seconds > 0:
        script.add(ringback(seconds))
        script.silence(0.3)


def _agent(
    script: CallScript,
    rng: random.Random,
    pickup_gap: float,
    voice: tuple[str, int] | None = None,
) -> None:
    """The agent picks up now, speaks after `pickup_gap`, waits for the caller, goes on."""
    voice = voice or rng.choice(AGENT_VOICES)
    script.mark(K.AGENT_ANSWERED, script.now)
    script.silence(pickup_gap)
    at = script.add(speech(rng.choice(GREETINGS), voice))
    script.mark(K.FIRST_HUMAN_SPEECH, at)
    script.silence(rng.uniform(2.0, 3.0))
    script.add(speech(rng.choice(FOLLOW_UPS), voice))
    script.silence(rng.uniform(1.0, 3.0))


def menu_hold_agent(
    rng: random.Random,
    *,
    ring_s: float = 4.0,
    menus: int = 1,
    hold_s: float = 30.0,
    announce_every_s: float = 15.0,
    wait_minutes: int | None = 3,
    callback: bool = True,
    connecting: bool = True,
    agent: bool = True,
    end_on_announcement: bool = False,
    end_on_new_announcement: bool = False,
    transfer_ring_s: float = 0.0,
    agent_voice: tuple[str, int] | None = None,
) -> CallScript:
    """Ring, welcome + menu(s) answered by DTMF, hold music with announcements, an agent
    (or, `agent` False, the shopper gives up on hold: the call ends in the music).
    `end_on_announcement`: the hold's last sound is "your call is important" played
    once more, and the agent picks up right after it. `end_on_new_announcement`: the
    hold ends with an announcement not heard before ("an adviser will be with you
    shortly") and a moment of music, then the agent speaks. `transfer_ring_s`: after the
    menu, "please hold while I transfer your call" and this long of ringback (a transfer)
    instead of "please hold while we connect you". `agent_voice`: (espeak-ng voice, words
    a minute), else one of AGENT_VOICES."""
    script = CallScript()
    _ring(script, ring_s)
    at = script.add(speech(WELCOME + " " + MENUS[0], IVR_VOICE))
    script.mark(K.IVR_PROMPT, at)
    script.press("1", rng.uniform(0.5, 1.5))
    for i in range(1, menus):
        script.silence(rng.uniform(0.3, 1.0))
        at = script.add(speech(MENUS[i % len(MENUS)], IVR_VOICE))
        script.mark(K.IVR_PROMPT, at)
        script.press(str(i + 1), rng.uniform(0.5, 1.5))
    script.silence(rng.uniform(0.3, 1.0))
    if transfer_ring_s > 0:
        at = script.add(speech(TRANSFERRING, IVR_VOICE))
        script.mark(K.IVR_PROMPT, at)
        script.mark(K.TRANSFER, at)
        script.add(ringback(transfer_ring_s))
        script.silence(rng.uniform(0.2, 0.5))
    elif connecting:
        at = script.add(speech(CONNECTING, IVR_VOICE))
        script.mark(K.IVR_PROMPT, at)
        script.silence(rng.uniform(0.2, 0.8))
    if hold_s > 0:
        style = rng.randrange(3)
        hold_from = script.now
        script.mark(K.HOLD_STARTED, hold_from)
        announced = 0
        while True:
            left = hold_s - (script.now - hold_from)
            script.add(music(max(3.0, min(announce_every_s, left)), style))
            if script.now - hold_from >= hold_s - 3.0:
                break
            script.silence(rng.uniform(0.2, 0.6))
            lines = [IMPORTANT]
            if wait_minutes is not None and announced == 0:
                lines.append(WAIT.format(n=wait_minutes))
            if callback and announced == 1:
                lines.append(CALLBACK)
            at = script.add(speech(" ".join(lines), IVR_VOICE))
            if wait_minutes is not None and announced == 0:
                script.mark(K.WAIT_ANNOUNCED, at)
            if callback and announced == 1:
                script.mark(K.CALLBACK_OFFERED, at)
            announced += 1
            script.silence(rng.uniform(0.2, 0.6))
        if not agent:
            return script
        if end_on_announcement:
            script.silence(rng.uniform(0.2, 0.6))
            script.add(speech(IMPORTANT, IVR_VOICE))
            script.silence(rng.uniform(0.2, 0.6))
        elif end_on_new_announcement:
            script.silence(rng.uniform(0.2, 0.6))
            script.add(speech(SHORTLY, IVR_VOICE))
            script.add(music(rng.uniform(0.3, 0.7), style))
        script.mark(K.HOLD_ENDED, script.now)
    elif not connecting and transfer_ring_s == 0:
        # Straight to the agent: the transfer rings first, as a real one does.
        script.mark(K.TRANSFER, script.now)
        _ring(script, rng.uniform(2.0, 8.0))
    _agent(script, rng, rng.uniform(0.3, 1.2), agent_voice)
    return script


def direct_agent(rng: random.Random, ring_s: float = 6.0) -> CallScript:
    """Ringing, then a person answers: no menu, no hold."""
    script = CallScript()
    _ring(script, ring_s)
    _agent(script, rng, rng.uniform(0.2, 0.8))
    return script


def closed_message(rng: random.Random) -> CallScript:
    """Ringing, a recorded closed-hours message, the line drops."""
    script = CallScript()
    _ring(script, 4.0)
    at = script.add(speech(CLOSED, IVR_VOICE))
    script.mark(K.IVR_PROMPT, at)
    script.silence(1.0)
    return script


def short_closed_message() -> CallScript:
    """Ringing, a closed-hours message as short as a greeting, the line drops at once."""
    script = CallScript()
    _ring(script, 4.0)
    at = script.add(speech("We are closed today. Goodbye.", IVR_VOICE))
    script.mark(K.IVR_PROMPT, at)
    script.silence(0.5)
    return script


def busy_line(rng: random.Random) -> CallScript:
    """The busy tone and nothing else."""
    script = CallScript()
    script.add(busy(6.0))
    return script


def no_answer(rng: random.Random) -> CallScript:
    """Ringback until the caller gives up."""
    script = CallScript()
    script.add(ringback(20.0))
    return script


def random_call(rng: random.Random) -> CallScript:
    """A call with a random timeline (IVR length, hold length, announcements, agent)."""
    roll = rng.random()
    if roll < 0.1:
        script = direct_agent(rng, ring_s=rng.uniform(2.0, 12.0))
    elif roll < 0.14:
        script = closed_message(rng)
    else:
        hold = 0.0 if roll < 0.28 else rng.uniform(8.0, 75.0)
        script = menu_hold_agent(
            rng,
            ring_s=rng.uniform(0.0, 12.0),
            menus=rng.randint(1, 3),
            hold_s=hold,
            announce_every_s=rng.uniform(10.0, 25.0),
            wait_minutes=rng.choice([None, 2, 5, 12]),
            callback=rng.random() < 0.5,
            connecting=rng.random() < 0.7,
            agent=hold == 0.0 or rng.random() > 0.08,
            end_on_announcement=(ending := rng.random()) < 0.25,
            end_on_new_announcement=0.25 <= ending < 0.45,
            transfer_ring_s=rng.uniform(2.0, 6.0) if rng.random() < 0.2 else 0.0,
        )
    script.hiss = rng.choice([0.0, 0.0, 0.001, 0.003])
    return script
