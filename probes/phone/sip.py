"""SIP over UDP (RFC 3261), the part a dialer and a test call centre need.

Messages (`SipMessage`), digest authentication (RFC 2617/8760 MD5), and a
`SipEndpoint`: one UDP socket that retransmits our requests until answered
(timers A/E, T1 = 0.5 s), hands each response to the transaction that sent the
request and each request to a handler. Dialogs live in the dialer and in the
sandbox; this module knows no calls.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import re
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import cast

T1_S = 0.5
T2_S = 4.0
TRANSACTION_S = 32.0
"""Timer B/F: how long a request waits for a final answer (64 * T1)."""

_COMPACT = {"v": "via", "f": "from", "t": "to", "i": "call-id", "m": "contact",
            "l": "content-length", "c": "content-type"}  # fmt: skip


@dataclass
class SipMessage:
    """A request (`method`, `uri`) or a response (`status`, `reason`) with headers and body."""

    method: str = ""
    uri: str = ""
    status: int = 0
    reason: str = ""
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""

    @property
    def is_request(self) -> bool:
        """True for a request, False for a response."""
        return bool(self.method)

    def get(self, name: str) -> str | None:
        """The first value of header `name` (case-insensitive, compact forms too)."""
        values = self.get_all(name)
        return values[0] if values else None

    def get_all(self, name: str) -> list[str]:
        """Every value of header `name`, in order."""
        want = name.lower()
        return [v for k, v in self.headers if _COMPACT.get(k.lower(), k.lower()) == want]

    def set(self, name: str, value: str) -> None:
        """Replace header `name` by one `value`."""
        self.headers = [(k, v) for k, v in self.headers if k.lower() != name.lower()]
        self.headers.append((name, value))

    @property
    def cseq(self) -> tuple[int, str]:
        """The CSeq number and method."""
        number, _, method = (self.get("cseq") or "0 ").partition(" ")
        return int(number), method.strip()

    @property
    def branch(self) -> str:
        """The branch of the top Via (identifies the transaction)."""
        match = re.search(r";\s*branch=([^;,\s]+)", self.get("via") or "")
        return match.group(1) if match else ""

    def encode(self) -> bytes:
        """The message on the wire, with its Content-Length."""
        first = (
            f"{self.method} {self.uri} SIP/2.0"
            if self.is_request
            else f"SIP/2.0 {self.status} {self.reason}"
        )
        lines = [first] + [f"{k}: {v}" for k, v in self.headers if k.lower() != "content-length"]
        lines.append(f"Content-Length: {len(self.body)}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + self.body

    @classmethod
    def parse(cls, data: bytes) -> SipMessage | None:
        """The message in one datagram, or None when it is not SIP."""
        head, sep, body = data.partition(b"\r\n\r\n")
        if not sep:
            return None
        try:
            lines = head.decode("utf-8").split("\r\n")
        except UnicodeDecodeError:
            return None
        parts = lines[0].split(" ", 2)
        if len(parts) < 3:
            return None
        msg = cls()
        if parts[0] == "SIP/2.0":
            if not parts[1].isdigit():
                return None
            msg.status, msg.reason = int(parts[1]), parts[2]
        elif parts[2] == "SIP/2.0":
            msg.method, msg.uri = parts[0].upper(), parts[1]
        else:
            return None
        for line in lines[1:]:
            if line[:1] in (" ", "\t") and msg.headers:  # folded continuation
                k, v = msg.headers[-1]
                msg.headers[-1] = (k, v + " " + line.strip())
            elif ":" in line:
                k, _, v = line.partition(":")
                msg.headers.append((k.strip(), v.strip()))
        length = msg.get("content-length")
        msg.body = body[: int(length)] if length and length.isdigit() else body
        return msg


def new_tag() -> str:
    """A random tag, Call-ID part or branch suffix."""
    return secrets.token_hex(8)


def new_branch() -> str:
    """A fresh RFC 3261 branch (the magic cookie, then randomness)."""
    return "z9hG4bK" + secrets.token_hex(8)


def tag_of(header: str | None) -> str:
    """The tag parameter of a From/To header ('' when none)."""
    match = re.search(r";\s*tag=([^;\s]+)", header or "")
    return match.group(1) if match else ""


def uri_of(header: str | None) -> str:
    """The URI inside a From/To/Contact header."""
    text = header or ""
    match = re.search(r"<([^>]+)>", text)
    return match.group(1) if match else text.split(";")[0].strip()


def response_to(request: SipMessage, status: int, reason: str, to_tag: str = "") -> SipMessage:
    """A response copying Via, From, To (adding `to_tag`), Call-ID and CSeq."""
    resp = SipMessage(status=status, reason=reason)
    for name in ("via", "from", "to", "call-id", "cseq"):
        for value in request.get_all(name):
            if name == "to" and to_tag and not tag_of(value):
                value = f"{value};tag={to_tag}"
            resp.headers.append((name.title() if name != "call-id" else "Call-ID", value))
    return resp


def _params(header: str) -> dict[str, str]:
    _, _, rest = header.partition(" ")
    return {k.lower(): v.strip('"') for k, v in re.findall(r'(\w+)\s*=\s*("[^"]*"|[^,\s]+)', rest)}


def digest_authorization(
    challenge: str, method: str, uri: str, user: str, password: str, nc: int = 1
) -> str:
    """The Authorization value answering a `WWW-Authenticate`/`Proxy-Authenticate` challenge."""
    p = _params(challenge)
    realm, nonce = p.get("realm", ""), p.get("nonce", "")

    def md5(text: str) -> str:
        return hashlib.md5(text.encode("utf-8")).hexdigest()

    ha1 = md5(f"{user}:{realm}:{password}")
    ha2 = md5(f"{method}:{uri}")
    fields = [f'username="{user}"', f'realm="{realm}"', f'nonce="{nonce}"', f'uri="{uri}"']
    if "auth" in [q.strip() for q in p.get("qop", "").split(",")]:
        cnonce = secrets.token_hex(8)
        response = md5(f"{ha1}:{nonce}:{nc:08x}:{cnonce}:auth:{ha2}")
        fields += ["qop=auth", f"nc={nc:08x}", f'cnonce="{cnonce}"']
    else:
        response = md5(f"{ha1}:{nonce}:{ha2}")
    fields += [f'response="{response}"', "algorithm=MD5"]
    if "opaque" in p:
        fields.append(f'opaque="{p["opaque"]}"')
    return "Digest " + ", ".join(fields)


def digest_valid(authorization: str, method: str, user: str, password: str, realm: str) -> bool:
    """Whether an Authorization header proves knowledge of `password` (the server's check)."""
    p = _params(authorization)
    if p.get("username") != user or p.get("realm") != realm:
        return False

    def md5(text: str) -> str:
        return hashlib.md5(text.encode("utf-8")).hexdigest()

    ha1 = md5(f"{user}:{realm}:{password}")
    ha2 = md5(f"{method}:{p.get('uri', '')}")
    if p.get("qop") == "auth":
        expect = md5(f"{ha1}:{p.get('nonce')}:{p.get('nc')}:{p.get('cnonce')}:auth:{ha2}")
    else:
        expect = md5(f"{ha1}:{p.get('nonce')}:{ha2}")
    return secrets.compare_digest(expect, p.get("response", ""))


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
