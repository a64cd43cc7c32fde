"""Matching a reply to the inquiry it answers.

Order: In-Reply-To/References to our Message-ID, then the plus-address token,
then the subject reference, then the sender's domain within the deadline. A
header match contradicted by the token (or, without a token, by the subject
reference) loses: headers are the easiest part of a reply to get wrong or forge.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from probes.email.interface import IncomingMessage

_PLUS = re.compile(r"^[^@+]+\+([a-z0-9]{4,32})@")
_REF = re.compile(r"\bref:?\s*([A-Z0-9]{6})\b", re.I)


@dataclass(frozen=True)
class SentRef:
    """What the matcher knows of one sent inquiry."""

    attempt_id: str
    message_id: str
    token: str
    ref: str
    company_domain: str
    sent_at: datetime
    deadline: datetime
    company_domains: tuple[str, ...] = ()
    """Every domain of the company (support address, website); `company_domain` first."""
    linked_domains: tuple[str, ...] = ()
    """Other sites the company's website links to: they vouch for a sender, never match."""

    def domains(self) -> tuple[str, ...]:
        """The company's domains, `company_domain` included."""
        return tuple(dict.fromkeys(d for d in (self.company_domain, *self.company_domains) if d))


@dataclass(frozen=True)
class Match:
    """The attempt a message belongs to (None: unmatched), how, and why."""

    attempt_id: str | None
    method: str
    reason: str


def domain_of(address_or_url: str) -> str:
    """`support@shop.example` or `https://www.shop.example/x` -> `shop.example`."""
    text = address_or_url.strip().lower()
    if "@" in text:
        text = text.rpartition("@")[2]
    text = re.sub(r"^[a-z]+://", "", text).split("/")[0].split(":")[0]
    return text.removeprefix("www.").rstrip(">")


def _same_org(sender_domain: str, company_domain: str) -> bool:
    return bool(company_domain) and (
        sender_domain == company_domain or sender_domain.endswith("." + company_domain)
    )


def match_message(msg: IncomingMessage, sent: Sequence[SentRef]) -> Match:
    """The attempt `msg` replies to, by the first method that finds one (with conflicts noted)."""
    by_id = {s.message_id: s for s in sent}
    by_token = {s.token: s for s in sent}
    by_ref = {s.ref.upper(): s for s in sent}
    header = next((by_id[i] for i in (*msg.in_reply_to, *msg.references) if i in by_id), None)
    token = next(
        (
            by_token[m.group(1)]
            for a in msg.to_addrs
            for m in [_PLUS.match(a)]
            if m and m.group(1) in by_token
        ),
        None,
    )
    ref_match = _REF.search(msg.subject)
    ref = by_ref.get(ref_match.group(1).upper()) if ref_match else None
    if header is not None:
        for other, how in ((token, "plus-address token"), (ref, "subject reference")):
            if other is not None and other.attempt_id != header.attempt_id:
                return Match(
                    other.attempt_id,
                    "token" if other is token else "subject",
                    f"In-Reply-To/References name attempt {header.attempt_id}, but the {how} "
                    f"names {other.attempt_id}; the {how} wins",
                )
        return Match(header.attempt_id, "header", "In-Reply-To/References carry our Message-ID")
    if token is not None:
        return Match(token.attempt_id, "token", "sent to the attempt's plus-address")
    if ref is not None:
        return Match(ref.attempt_id, "subject", f"subject carries reference {ref.ref}")
    sender = domain_of(msg.from_addr)
    candidates = [
        s
        for s in sent
        if any(_same_org(sender, d) for d in s.domains())
        and s.sent_at <= msg.internaldate <= s.deadline
    ]
    if candidates:
        chosen = max(candidates, key=lambda s: s.sent_at)
        note = f" (latest of {len(candidates)})" if len(candidates) > 1 else ""
        return Match(
            chosen.attempt_id, "domain", f"sender domain {sender} within the deadline{note}"
        )
    return Match(None, "none", f"no Message-ID, token, reference or domain of ours ({sender})")
