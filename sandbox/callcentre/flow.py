"""Playing a line's flow on an answered call, and stamping the ground truth as sound leaves.

Every event is stamped by a media mark: the moment the first frame of its sound is
sent, not when it was queued.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Protocol

from probes.dialer import CallEventKind
from probes.phone.rtp import MediaSession
from sandbox.callcentre.lines import Agent, Closed, Hold, Line, Menu, Say, Segment, Transfer
from sandbox.callcentre.voices import AGENT_VOICE, IVR_VOICE, Voices


class InboundCall(Protocol):
    """What a flow needs of the call it plays on (`server.InboundCall`)."""

    line: Line
    media: MediaSession | None
    digits: asyncio.Queue[str]

    def note(self, kind: CallEventKind, loop_time: float, detail: str = "") -> None:
        """Add a ground-truth event."""
        ...

    async def hang_up(self) -> None:
        """End the call from the company's side."""
        ...


INVALID = "Sorry, that is not a valid option."
GOODBYE = "We did not receive a valid choice. Goodbye."


def sounds_of(line: Line, voices: Voices) -> None:
    """Render every sound `line` can play (so calls never wait for a render)."""
    voices.speech(INVALID)
    voices.speech(GOODBYE)
    for seg in line.flow:
        for text in _texts(seg):
            voices.speech(text, AGENT_VOICE if isinstance(seg, Agent) else IVR_VOICE)
        if isinstance(seg, Hold):
            voices.music()


def _texts(seg: Segment) -> list[str]:
    match seg:
        case Say(say=text) | Menu(menu=text) | Transfer(transfer=text) | Closed(closed=text):
            return [text]
        case Agent(agent=text):
            return [text]
        case Hold():
            return [t for t in (seg.wait_announced, seg.callback_offer, seg.reassure) if t]
    return []


async def play_flow(call: InboundCall, voices: Voices) -> None:
    """Play the line's segments in order; return when the line is done with the caller."""
    for seg in call.line.flow:
        if not await _segment(call, voices, seg):
            return
    await call.hang_up()


def _say(call: InboundCall, pcm: bytes, kind: CallEventKind | None, detail: str = "") -> None:
    media = call.media
    assert media is not None
    if kind is not None:
        media.mark(lambda at: call.note(kind, at, detail))
    media.play(pcm)


async def _segment(call: InboundCall, voices: Voices, seg: Segment) -> bool:
    """Play one segment; False when the call is over (closed, no valid choice)."""
    media = call.media
    assert media is not None
    match seg:
        case Say(say=text):
            _say(call, voices.speech(text), CallEventKind.IVR_PROMPT, text)
            await media.drained()
        case Menu():
            return await _menu(call, voices, seg)
        case Hold():
            await _hold(call, voices, seg)
        case Transfer():
            _say(call, voices.speech(seg.transfer), CallEventKind.TRANSFER, seg.transfer)
            media.play(voices.ringback(seg.ring_s))
            await media.drained()
        case Agent():
            _say(call, voices.speech(seg.agent, AGENT_VOICE), CallEventKind.AGENT_ANSWERED)
            await media.drained()
            await asyncio.sleep(seg.listen_s)
        case Closed():
            _say(call, voices.speech(seg.closed), CallEventKind.IVR_PROMPT, "closed")
            await media.drained()
            return False
    return True


async def _menu(call: InboundCall, voices: Voices, seg: Menu) -> bool:
    media = call.media
    assert media is not None
    for _ in range(seg.repeats + 1):
        _say(call, voices.speech(seg.menu), CallEventKind.IVR_PROMPT, seg.menu)
        digit = await _next_digit(call, seg.timeout_s)
        media.clear()  # barge-in: a key stops the prompt
        if digit == seg.choice:
            return True
        if digit is not None:
            _say(call, voices.speech(INVALID), CallEventKind.IVR_PROMPT, INVALID)
            await media.drained()
    _say(call, voices.speech(GOODBYE), CallEventKind.IVR_PROMPT, GOODBYE)
    await media.drained()
    return False


async def _next_digit(call: InboundCall, timeout_s: float) -> str | None:
    """The next key pressed, while the prompt plays or within `timeout_s` after it."""
    media = call.media
    assert media is not None
    getting = asyncio.ensure_future(call.digits.get())
    playing = asyncio.ensure_future(media.drained())
    try:
        await asyncio.wait({getting, playing}, return_when=asyncio.FIRST_COMPLETED)
        if not getting.done():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(getting), timeout_s)
        return getting.result() if getting.done() else None
    finally:
        getting.cancel()
        playing.cancel()


async def _hold(call: InboundCall, voices: Voices, seg: Hold) -> None:
    """Announcements, then music (interrupted by reassurance) for `seg.hold` seconds."""
    media = call.media
    assert media is not None
    if seg.wait_announced:
        _say(call, voices.speech(seg.wait_announced), CallEventKind.WAIT_ANNOUNCED)
    if seg.callback_offer:
        _say(call, voices.speech(seg.callback_offer), CallEventKind.CALLBACK_OFFERED)
    music = voices.music()
    left = seg.hold
    first = True
    while left > 0:
        chunk_s = min(left, seg.reassure_every_s if seg.reassure else left)
        pcm = (music * (int(chunk_s / 4.8) + 1))[: 2 * int(chunk_s * 8000)]
        _say(call, pcm, CallEventKind.HOLD_STARTED if first else None)
        first = False
        left -= chunk_s
        if left > 0 and seg.reassure:
            speech = voices.speech(seg.reassure)
            _say(call, speech, None)
            left -= len(speech) / 16000
    media.mark(lambda at: call.note(CallEventKind.HOLD_ENDED, at))
    await media.drained()
