"""The SDP of a G.711 audio call (RFC 4566, offer/answer RFC 3264): PCMU plus telephone-event."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from probes.phone.rtp import PT_EVENT, PT_PCMU


def make_sdp(host: str, port: int, event_pt: int | None = PT_EVENT) -> bytes:
    """Our offer or answer: PCMU at 8 kHz, 20 ms, and RFC 4733 events when `event_pt`."""
    session = secrets.randbelow(1 << 31)
    pts = f"{PT_PCMU}" + (f" {event_pt}" if event_pt is not None else "")
    lines = [
        "v=0",
        f"o=- {session} {session} IN IP4 {host}",
        "s=service-audit",
        f"c=IN IP4 {host}",
        "t=0 0",
        f"m=audio {port} RTP/AVP {pts}",
        "a=rtpmap:0 PCMU/8000",
    ]
    if event_pt is not None:
        lines += [f"a=rtpmap:{event_pt} telephone-event/8000", f"a=fmtp:{event_pt} 0-16"]
    lines += ["a=ptime:20", "a=sendrecv"]
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


@dataclass(frozen=True)
class MediaOffer:
    """What the other side's SDP says: where to send RTP, and its telephone-event type."""

    host: str
    port: int
    pcmu: bool
    event_pt: int | None


def parse_sdp(body: bytes) -> MediaOffer | None:
    """The audio stream of an SDP body, or None when it has none."""
    text = body.decode("utf-8", "replace")
    host = ""
    port = 0
    pts: list[str] = []
    event_pt: int | None = None
    for line in text.splitlines():
        if line.startswith("c=IN IP4 "):
            host = line[9:].strip().split("/")[0]
        elif line.startswith("m=audio "):
            fields = line.split()
            port = int(fields[1]) if fields[1].isdigit() else 0
            pts = fields[3:]
        elif m := re.match(r"a=rtpmap:(\d+) telephone-event/8000", line, re.IGNORECASE):
            event_pt = int(m.group(1))
    if not host or not port:
        return None
    return MediaOffer(host, port, str(PT_PCMU) in pts, event_pt if str(event_pt) in pts else None)
