"""The inquiry as an email attempt keeps it: who writes it, what is stored, and how it is rebuilt.

The fields are committed with `sending`, before the first SMTP byte, so an
`uncertain` inquiry sent again (`resend_uncertain`) is the same inquiry
(Message-ID, token, text). Sending is `probes.email.sending`.
"""

from __future__ import annotations

from typing import Any

from probes.attempts import AttemptRecord
from probes.email.interface import EmailCampaignSpec, OutgoingInquiry, Persona
from probes.email.journal import email_part


def persona_for(spec: EmailCampaignSpec, attempt: AttemptRecord) -> Persona:
    """Who writes the attempt's inquiry: the persona it names, else one by its sequence number."""
    wanted = attempt.data.get("persona")
    for persona in spec.personas:
        if wanted in (persona.address, persona.first_name):
            return persona
    return spec.personas[attempt.seq % len(spec.personas)]


def inquiry_data(inquiry: OutgoingInquiry, persona: Persona) -> dict[str, Any]:
    """The inquiry as the attempt's data keeps it (committed with `sending`)."""
    return {
        "message_id": inquiry.message_id,
        "token": inquiry.token,
        "ref": inquiry.ref,
        "from_addr": inquiry.from_addr,
        "from_name": inquiry.from_name,
        "to_addr": inquiry.to_addr,
        "subject": inquiry.subject,
        "body": inquiry.body,
        "template_id": inquiry.template_id,
        "language": inquiry.language,
        "first_name": inquiry.first_name,
        "must_mention": list(inquiry.must_mention),
        "persona": persona.address,
        "account": persona.account,
    }


def rebuild_inquiry(attempt: AttemptRecord) -> OutgoingInquiry:
    """The inquiry kept in the attempt's data, as it was first composed (to send it again)."""
    e = email_part(attempt)
    return OutgoingInquiry(
        attempt_id=attempt.id,
        company=attempt.company,
        message_id=e["message_id"],
        token=e["token"],
        ref=e["ref"],
        from_addr=e["from_addr"],
        from_name=e["from_name"],
        to_addr=e.get("to_addr"),
        subject=e["subject"],
        body=e["body"],
        template_id=e["template_id"],
        language=e["language"],
        first_name=e["first_name"],
        must_mention=tuple(e.get("must_mention", ())),
    )
