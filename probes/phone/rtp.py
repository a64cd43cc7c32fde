"""RTP media for one call: PCMU audio both ways and RFC 4733 DTMF, over UDP (RFC 3550).

A `MediaSession` owns one UDP socket. Its sender is a 20 ms clock that always
sends a frame (silence when nothing is queued), scheduled against absolute times so
it never drifts; every frame sent and received goes to the optional `tap`
(for the recording) and every frame received to `on_audio` with its arrival time.
"""

from __future__ import annotations

import asyncio
import random
import struct
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from probes.phone.audio import (
    FRAME_SAMPLES,
    RFC4733_EVENTS,
    SILENCE,
    dtmf_tone,
    frames,
    pcm_to_ulaw,
    ulaw_to_pcm,
)
from probes.phone.hearing import FRAME_S
from probes.phone.tasks import stop

PT_PCMU = 0
PT_EVENT = 101
"""The dynamic payload type we offer for RFC 4733 telephone-event."""

AudioSink = Callable[[bytes, float], None]
"""Called with a received 20 ms PCM frame and the loop time it was sent (`_media_time`)."""
REANCHOR_S = 30.0
"""Timestamps that disagree with the arrival clock by more than this start a new anchor."""
Tap = Callable[[int, bytes, float], None]
"""Called with the direction (0 received, 1 sent), a 20 ms PCM frame and the loop time."""


@dataclass(frozen=True)
class RtpPacket:
    """The fields of an RTP packet this module uses."""

    payload_type: int
    marker: bool
    seq: int
    timestamp: int
    ssrc: int
    payload: bytes

    def pack(self) -> bytes:
        """The packet on the wire (version 2, no padding, extension or CSRCs)."""
        first = 0x80
        second = (0x80 if self.marker else 0) | (self.payload_type & 0x7F)
        head = struct.pack("!BBHII", first, second, self.seq & 0xFFFF, self.timestamp, self.ssrc)
        return head + self.payload

    @classmethod
    def parse(cls, data: bytes) -> RtpPacket | None:
        """The packet in `data`, or None when it is not RTP version 2."""
        if len(data) < 12 or data[0] >> 6 != 2:
            return None
        first, second, seq, timestamp, ssrc = struct.unpack("!BBHII", data[:12])
        start = 12 + 4 * (first & 0x0F)
        if first & 0x10 and len(data) >= start + 4:
            start += 4 + 4 * struct.unpack("!H", data[start + 2 : start + 4])[0]
        end = len(data) - (data[-1] if first & 0x20 else 0)
        return cls(second & 0x7F, bool(second & 0x80), seq, timestamp, ssrc, data[start:end])


def dtmf_event(digit: str, end: bool, duration: int, volume: int = 10) -> bytes:
    """An RFC 4733 telephone-event payload for `digit`."""
    code = RFC4733_EVENTS.index(digit.upper())
    return struct.pack("!BBH", code, (0x80 if end else 0) | volume, duration)


class MediaSession(asyncio.DatagramProtocol):
    """One call's RTP: send queued audio every 20 ms, hand received frames on."""

    def __init__(self, on_audio: AudioSink, tap: Tap | None = None) -> None:
        self.on_audio = on_audio
        self.on_dtmf: Callable[[str, float], None] | None = None
        self.tap = tap
        self.remote: tuple[str, int] | None = None
        self.event_pt: int | None = PT_EVENT
        self._transport: asyncio.DatagramTransport | None = None
        self._queue: deque[bytes | tuple[str, int, bool] | Callable[[float], None]] = deque()
        self._seq = random.randrange(1 << 16)
        self._ts = random.randrange(1 << 32)
        self._ssrc = random.randrange(1 << 32)
        self._clock: asyncio.Task[None] | None = None
        self._last_event: tuple[int, int] | None = None
        self._drained = asyncio.Event()
        self._anchor: tuple[int, int, float] | None = None

    @classmethod
    async def open(cls, host: str, on_audio: AudioSink, tap: Tap | None = None) -> MediaSession:
        """A session bound to a free UDP port on `host`."""
        loop = asyncio.get_running_loop()
        _, session = await loop.create_datagram_endpoint(
            lambda: cls(on_audio, tap), local_addr=(host, 0)
        )
        return session

    @property
    def port(self) -> int:
        """The local RTP port (for SDP)."""
        assert self._transport is not None
        return int(self._transport.get_extra_info("sockname")[1])

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        now = asyncio.get_running_loop().time()
        if addr[:2] != self.remote:
            return  # not the far end of this call (e.g. a stale stream to a reused port)
        packet = RtpPacket.parse(data)
        if packet is None:
            return
        if packet.payload_type == PT_PCMU:
            pcm = ulaw_to_pcm(packet.payload)
            sent = self._media_time(packet, now)
            self.on_audio(pcm, sent)
            if self.tap is not None:
                self.tap(0, pcm, sent)
        elif packet.payload_type == self.event_pt and len(packet.payload) >= 4:
            key = (packet.timestamp, packet.payload[0])
            if key != self._last_event and packet.payload[0] < len(RFC4733_EVENTS):
                self._last_event = key
                if self.on_dtmf is not None:
                    self.on_dtmf(RFC4733_EVENTS[packet.payload[0]], now)

    def _media_time(self, packet: RtpPacket, now: float) -> float:
        """When the frame was sent, on our clock: the RTP timestamps since the stream's
        first frame, anchored where the stream arrived soonest (a frame that arrives
        earlier than the anchor predicts moves the anchor back: the first frames were
        read late). A busy loop that reads packets late does not move them, and no frame
        is stamped later than it arrived; a new stream (SSRC) or a timestamp jump (a
        transfer to another media server) re-anchors.
        """
        anchor = self._anchor
        if anchor is not None and anchor[0] == packet.ssrc:
            elapsed = ((packet.timestamp - anchor[1]) & 0xFFFFFFFF) / 8000
            if elapsed < 2**31 / 8000 and abs(anchor[2] + elapsed - now) < REANCHOR_S:
                if now - elapsed < anchor[2]:
                    self._anchor = (anchor[0], anchor[1], now - elapsed)
                    return now
                return anchor[2] + elapsed
        self._anchor = (packet.ssrc, packet.timestamp, now)
        return now

    def start(self, remote: tuple[str, int]) -> None:
        """Start sending to `remote` (the address in the other side's SDP)."""
        self.remote = remote
        if self._clock is None:
            self._clock = asyncio.get_running_loop().create_task(self._run())

    def play(self, pcm: bytes) -> None:
        """Queue `pcm` to be sent after what is already queued."""
        self._drained.clear()
        self._queue.extend(frames(pcm))

    def mark(self, callback: Callable[[float], None]) -> None:
        """Call `callback(loop_time)` when what is queued before it has been sent."""
        self._drained.clear()
        self._queue.append(callback)

    def clear(self) -> None:
        """Drop whatever is queued (barge-in: the caller pressed a key)."""
        self._queue.clear()

    def send_dtmf(self, digit: str, inband: bool, seconds: float = 0.1) -> None:
        """Queue one digit, as RFC 4733 events or as in-band tones, then a 60 ms gap."""
        if inband or self.event_pt is None:
            self.play(dtmf_tone(digit, seconds) + bytes(int(0.06 * 8000) * 2))
            return
        self._drained.clear()
        n = max(1, round(seconds / FRAME_S))
        for i in range(n):
            self._queue.append((digit, (i + 1) * FRAME_SAMPLES, False))
        self._queue.append((digit, n * FRAME_SAMPLES, True))
        self._queue.extend([SILENCE] * 3)

    async def drained(self) -> None:
        """Wait until everything queued so far has been sent."""
        await self._drained.wait()

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        start = loop.time()
        tick = 0
        event_ts: int | None = None
        while True:
            while self._queue and callable(self._queue[0]):
                mark = self._queue.popleft()
                assert callable(mark)
                mark(loop.time())
            item = self._queue.popleft() if self._queue else SILENCE
            if not self._queue:
                self._drained.set()
            assert not callable(item)
            if isinstance(item, tuple):
                digit, duration, end = item
                if event_ts is None:
                    event_ts = self._ts
                payload = dtmf_event(digit, end, duration)
                first = duration == FRAME_SAMPLES
                pt = PT_EVENT if self.event_pt is None else self.event_pt
                for _ in range(3 if end else 1):  # the end packet thrice (RFC 4733 2.5.1.4)
                    self._send(pt, payload, event_ts, first)
                if end:
                    event_ts = None
                if self.tap is not None:  # the recording shows the digit as its tones
                    self.tap(1, dtmf_tone(digit, FRAME_S), loop.time())
            else:
                self._send(PT_PCMU, pcm_to_ulaw(item), self._ts, False)
                if self.tap is not None:
                    self.tap(1, item, loop.time())
            self._ts = (self._ts + FRAME_SAMPLES) & 0xFFFFFFFF
            tick += 1
            await asyncio.sleep(max(0.0, start + tick * FRAME_S - loop.time()))

    def _send(self, pt: int, payload: bytes, ts: int, marker: bool) -> None:
        if self._transport is None or self.remote is None:
            return
        packet = RtpPacket(pt, marker, self._seq, ts, self._ssrc, payload)
        self._seq = (self._seq + 1) & 0xFFFF
        self._transport.sendto(packet.pack(), self.remote)

    async def close(self) -> None:
        """Stop the clock and close the socket (closed even when we are being cancelled)."""
        try:
            if self._clock is not None:
                await stop(self._clock)
        finally:
            if self._transport is not None:
                self._transport.close()
