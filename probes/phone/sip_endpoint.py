"""The SIP UDP socket (RFC 3261): `SipEndpoint` retransmits our requests until answered
(timers A/E, T1 = 0.5 s), hands each response to the transaction that sent the request
and each request to a handler. It knows no dialogs or calls.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import cast

from probes.phone.sip import SipMessage

T1_S = 0.5
T2_S = 4.0
TRANSACTION_S = 32.0
"""Timer B/F: how long a request waits for a final answer (64 * T1)."""


RequestHandler = Callable[[SipMessage, tuple[str, int]], Awaitable[None] | None]


class SipEndpoint(asyncio.DatagramProtocol):
    """One SIP UDP socket: client transactions with retransmission, requests to a handler."""

    def __init__(self, on_request: RequestHandler | None = None) -> None:
        self.on_request = on_request
        self._transport: asyncio.DatagramTransport | None = None
        self._waiting: dict[tuple[str, str], tuple[asyncio.Queue[SipMessage], asyncio.Event]] = {}
        self._tasks: set[asyncio.Task[object]] = set()

    @classmethod
    async def open(cls, host: str, port: int = 0, on_request: RequestHandler | None = None
                   ) -> SipEndpoint:  # fmt: skip
        """An endpoint bound to `host:port` (0: a free port)."""
        loop = asyncio.get_running_loop()
        _, endpoint = await loop.create_datagram_endpoint(
            lambda: cls(on_request), local_addr=(host, port)
        )
        return endpoint

    @property
    def address(self) -> tuple[str, int]:
        """The bound (host, port)."""
        assert self._transport is not None
        host, port = self._transport.get_extra_info("sockname")[:2]
        return str(host), int(port)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        msg = SipMessage.parse(data)
        if msg is None:
            return
        if msg.is_request:
            if self.on_request is not None:
                result = self.on_request(msg, addr)
                if asyncio.iscoroutine(result):
                    self._spawn(result)
            return
        waiting = self._waiting.get((msg.branch, msg.cseq[1]))
        if waiting is not None:
            waiting[0].put_nowait(msg)
            waiting[1].set()

    def _spawn(self, coro: Awaitable[object]) -> None:
        task: asyncio.Task[object] = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def send(self, msg: SipMessage, addr: tuple[str, int]) -> None:
        """Send once (responses, ACKs)."""
        if self._transport is not None:
            self._transport.sendto(msg.encode(), addr)

    def send_reliably(self, msg: SipMessage, addr: tuple[str, int], until: asyncio.Event) -> None:
        """Send now and again (T1 doubling to T2) until `until` is set or 64*T1 passed."""

        async def resend() -> None:
            interval, waited = T1_S, 0.0
            while waited < TRANSACTION_S:
                self.send(msg, addr)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(until.wait(), interval)
                    return
                waited += interval
                interval = min(interval * 2, T2_S)

        self._spawn(resend())

    @contextlib.asynccontextmanager
    async def transaction(
        self, msg: SipMessage, addr: tuple[str, int]
    ) -> AsyncIterator[asyncio.Queue[SipMessage]]:
        """Send request `msg` (retransmitted until a response) and yield its response queue."""
        key = (msg.branch, msg.cseq[1])
        queue: asyncio.Queue[SipMessage] = asyncio.Queue()
        answered = asyncio.Event()
        self._waiting[key] = (queue, answered)
        self.send_reliably(msg, addr, answered)
        try:
            yield queue
        finally:
            answered.set()
            self._waiting.pop(key, None)

    async def close(self) -> None:
        """Close the socket and stop pending work."""
        for task in list(self._tasks):
            task.cancel()
        if self._transport is not None:
            self._transport.close()
