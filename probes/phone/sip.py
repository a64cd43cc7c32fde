"""SIP over UDP (RFC 3261), the part a dialer and a test call centre need: messages.

`SipMessage` parses and encodes requests and responses; the helpers make tags, branches
and responses and read tags and URIs from headers. Digest authentication (RFC 2617/8760
MD5) is in `probes.phone.sip_digest`, the UDP socket that carries the messages
(`SipEndpoint`) in `probes.phone.sip_endpoint`. Dialogs live in the dialer and in the
sandbox; these modules know no calls.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field

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
