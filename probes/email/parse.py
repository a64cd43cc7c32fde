"""Parsing fetched mail defensively: bounded parts and text, any charset, no escapes kept.

Nothing here trusts the message: malformed MIME, unknown charsets, thousands of
parts or terminal escape sequences give a clear `parse_problems` entry, never
an exception.
"""

from __future__ import annotations

import re
from datetime import datetime
from email import message_from_bytes
from email.message import Message
from email.policy import compat32
from email.utils import getaddresses, parseaddr
from html.parser import HTMLParser

from probes.email.interface import IncomingMessage

MAX_PARTS = 200
MAX_TEXT_CHARS = 100_000
MAX_HEADER_CHARS = 500
WATCHED_HEADERS = (
    "auto-submitted",
    "x-autoreply",
    "x-autorespond",
    "x-auto-response-suppress",
    "precedence",
    "list-id",
    "list-unsubscribe",
    "return-path",
    "x-failed-recipients",
    "delivered-to",
    "x-original-to",
)

# C0/C1 controls except tab/newline, and whole ANSI CSI / OSC sequences.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x9b[0-?]*[ -/]*[@-~]"
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_QUOTE_CUT = re.compile(
    r"^(?:-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Izvirno sporočilo)\s*-{2,}"
    r"|On .{0,200}wrote:|Am .{0,200}schrieb.{0,80}:|.{0,200} je napisal\(a\):"
    r"|From: .{0,200}|Von: .{0,200}|Od: .{0,200})\s*$",
    re.MULTILINE,
)


def clean_text(text: str, limit: int = MAX_TEXT_CHARS) -> str:
    """`text` without terminal escape sequences or control characters, at most `limit` chars."""
    text = _ESCAPES.sub("", text[: limit * 2])
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", text)[:limit]


def clean_line(text: str, limit: int = MAX_HEADER_CHARS) -> str:
    """One header value on one line, cleaned and bounded."""
    return " ".join(clean_text(text, limit * 2).split())[:limit]


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.size = 0
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag in ("br", "p", "div", "tr", "li", "h1", "h2", "h3", "blockquote"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip and self.size < MAX_TEXT_CHARS:
            self.parts.append(data)
            self.size += len(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML body (no scripts or styles)."""
    parser = _HtmlText()
    try:
        parser.feed(html[: MAX_TEXT_CHARS * 4])
        parser.close()
    except Exception:  # HTMLParser is lenient; anything left is a pathological input
        pass
    return re.sub(r"\n\s*\n+", "\n\n", "".join(parser.parts))


def strip_quoted(text: str) -> str:
    """The new part of a reply: quoted lines (`>`) and everything after a quote header go."""
    match = _QUOTE_CUT.search(text)
    if match:
        text = text[: match.start()]
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(">"))


def _decode_header(value: object) -> str:
    from email.header import decode_header, make_header

    raw = str(value)
    try:
        return str(make_header(decode_header(raw)))
    except (ValueError, LookupError, UnicodeError, AssertionError):
        return raw


def _header(msg: Message, name: str) -> str:
    value = msg.get(name)
    return clean_line(_decode_header(value)) if value is not None else ""


def _part_text(part: Message, problems: list[str]) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        problems.append(f"unknown charset {clean_line(charset, 40)}")
        return payload.decode("utf-8", errors="replace")


def _body_and_dsn(msg: Message, problems: list[str]) -> tuple[str, str, str]:
    plain: str | None = None
    html: str | None = None
    status = diagnostic = ""
    for count, part in enumerate(msg.walk()):
        if count >= MAX_PARTS:
            problems.append(f"more than {MAX_PARTS} MIME parts: the rest was not read")
            break
        ctype = part.get_content_type()
        if ctype == "message/delivery-status":
            blocks = part.get_payload()
            for block in blocks if isinstance(blocks, list) else []:
                if not isinstance(block, Message):
                    continue
                status = status or clean_line(str(block.get("Status", "")), 40)
                diagnostic = diagnostic or clean_line(str(block.get("Diagnostic-Code", "")))
        elif part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        elif ctype == "text/plain" and plain is None:
            plain = _part_text(part, problems)
        elif ctype == "text/html" and html is None:
            html = _part_text(part, problems)
    if plain is not None and plain.strip():
        return plain, status, diagnostic
    if html is not None:
        return html_to_text(html), status, diagnostic
    return plain or "", status, diagnostic


def _ids(value: str) -> tuple[str, ...]:
    return tuple(re.findall(r"<[^<>\s]{1,250}>", value))[:50]


def parse_message(
    raw: bytes,
    *,
    account: str,
    uidvalidity: int,
    uid: int,
    internaldate: datetime,
    size: int,
    truncated: bool = False,
) -> IncomingMessage:
    """An `IncomingMessage` from fetched bytes; never raises on hostile input."""
    problems: list[str] = []
    if truncated:
        problems.append(f"message of {size} bytes was read only in part ({len(raw)} bytes)")
    try:
        msg = message_from_bytes(raw, policy=compat32)
    except Exception as exc:  # the stdlib parser is lenient; this is a last resort
        problems.append(f"unparseable: {type(exc).__name__}")
        msg = Message()
    problems.extend(clean_line(type(d).__name__, 60) for d in msg.defects[:5])
    try:
        text, status, diagnostic = _body_and_dsn(msg, problems)
    except Exception as exc:  # malformed MIME deep inside: keep what the headers say
        problems.append(f"body unreadable: {type(exc).__name__}")
        text, status, diagnostic = "", "", ""
    from_name, from_addr = parseaddr(_header(msg, "From"))
    recipients = [
        addr
        for _, addr in getaddresses(
            [_header(msg, h) for h in ("To", "Cc", "Delivered-To", "X-Original-To")]
        )
        if addr
    ]
    message_id = (_ids(_header(msg, "Message-ID")) or (f"<imap.{uidvalidity}.{uid}@{account}>",))[0]
    return IncomingMessage(
        account=account,
        uidvalidity=uidvalidity,
        uid=uid,
        message_id=message_id,
        internaldate=internaldate,
        date_header=_header(msg, "Date"),
        from_addr=clean_line(from_addr, 254).lower(),
        from_name=clean_line(from_name, 120),
        to_addrs=tuple(dict.fromkeys(a.lower() for a in recipients))[:50],
        subject=_header(msg, "Subject"),
        in_reply_to=_ids(_header(msg, "In-Reply-To")),
        references=_ids(str(msg.get("References", "")))[:50],
        headers={h: _header(msg, h) for h in WATCHED_HEADERS if msg.get(h) is not None},
        text=clean_text(text),
        content_type=clean_line(msg.get_content_type(), 100),
        dsn_status=status,
        dsn_diagnostic=diagnostic,
        size=size,
        truncated=truncated,
        parse_problems=tuple(dict.fromkeys(problems))[:10],
        raw=raw,
    )
