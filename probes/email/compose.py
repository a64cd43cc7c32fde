"""Composing an inquiry: tokens, plus-address, Message-ID, subject reference, MIME bytes."""

from __future__ import annotations

import secrets as random_source
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from probes.base import Target
from probes.email.interface import InquiryTemplate, OutgoingInquiry, Persona, TemplateError
from probes.email.templates import pick_language, render

_TOKEN_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
_REF_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_token(length: int = 10) -> str:
    """A random plus-address token (lower-case, no look-alike characters)."""
    return "".join(random_source.choice(_TOKEN_ALPHABET) for _ in range(length))


def new_ref(length: int = 6) -> str:
    """A short random reference for the subject line."""
    return "".join(random_source.choice(_REF_ALPHABET) for _ in range(length))


def plus_address(address: str, token: str) -> str:
    """`shopper@example.org` + `abc` -> `shopper+abc@example.org`."""
    local, _, domain = address.rpartition("@")
    local = local.split("+", 1)[0]
    return f"{local}+{token}@{domain}"


def subject_with_ref(subject: str, ref: str) -> str:
    """The subject carrying the reference token the matcher looks for."""
    return f"{subject} (ref {ref})"


def _no_crlf(value: str, what: str) -> str:
    if "\r" in value or "\n" in value:
        raise TemplateError(f"CR/LF in the {what} header is refused")
    return value


def compose(
    attempt_id: str,
    target: Target,
    persona: Persona,
    template: InquiryTemplate,
    product: str = "",
) -> OutgoingInquiry:
    """A new inquiry for `target` from `persona` with fresh Message-ID and tokens."""
    language = pick_language(template, target.language)
    values = {
        "company": target.name,
        "first_name": persona.first_name,
        "last_name": persona.last_name,
        "product": product,
    }
    subject, body, text = render(template, language, values)
    token, ref = new_token(), new_ref()
    domain = persona.address.rpartition("@")[2]
    from_name = f"{persona.first_name} {persona.last_name}".strip()
    _no_crlf(from_name, "From")
    if target.support_email is not None:
        _no_crlf(target.support_email, "To")
    return OutgoingInquiry(
        attempt_id=attempt_id,
        company=target.name,
        message_id=make_msgid(idstring=ref.lower(), domain=domain),
        token=token,
        ref=ref,
        from_addr=plus_address(persona.address, token),
        from_name=from_name,
        to_addr=target.support_email,
        subject=_no_crlf(subject_with_ref(subject, ref), "Subject"),
        body=body,
        template_id=template.id,
        language=language,
        first_name=persona.first_name,
        must_mention=text.must_mention,
    )


def to_mime(inquiry: OutgoingInquiry, date: datetime) -> bytes:
    """The RFC 5322 bytes (CRLF) of `inquiry`, dated `date`."""
    if inquiry.to_addr is None:
        raise TemplateError(f"{inquiry.company}: no support address to send to")
    msg = EmailMessage(policy=SMTP)
    local, _, domain = inquiry.from_addr.rpartition("@")
    msg["From"] = Address(inquiry.from_name, local, domain)
    msg["To"] = inquiry.to_addr
    msg["Subject"] = inquiry.subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = inquiry.message_id
    msg.set_content(inquiry.body, charset="utf-8")
    return msg.as_bytes()
