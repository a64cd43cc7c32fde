"""Classifying replies (bounce, auto-acknowledgement, out-of-office, human) and judging answers.

Every decision keeps its reasons, which end up in the observation's detail.
`X-Auto-Response-Suppress` asks *others* not to auto-reply; it is not a sign
that this message is automatic, so it is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from probes.email.interface import IncomingMessage, ReplyClass
from probes.email.parse import strip_quoted

_NO_REPLY = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|noreply-|notifications?)\b|^mailer-daemon@|^postmaster@",
    re.I,
)
_BOUNCE_FROM = re.compile(r"^(?:mailer-daemon|postmaster)@", re.I)
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|delivery status notification|delivery failure|returned mail|"
    r"mail delivery failed|unzustellbar|nicht zugestellt",
    re.I,
)
_OUT_OF_OFFICE = re.compile(
    r"out of (?:the )?office|on vacation|on holiday|away from the office|automatic reply|"
    r"abwesenheit|nicht im büro|außer haus|odsoten|odsotnost|εκτός γραφείου|"
    r"nesu biure|atostogauju|ofis dışında|izindeyim",
    re.I,
)
_ACK_WORDING = re.compile(
    # Only phrases an acknowledgement uses and an answer rarely does: "thank you for
    # your message" opens many human answers too, so it is not here.
    r"we (?:have )?received your (?:message|e-?mail|request|inquiry|enquiry)|"
    r"ticket (?:number|#|no\.?|id)|"
    r"your (?:request|ticket) (?:has been|was) (?:received|created|logged)|"
    r"we will (?:get back|respond|reply) (?:to you )?(?:as soon as|within)|"
    r"ihre (?:anfrage|nachricht) (?:ist eingegangen|wurde empfangen)|"
    r"wir haben ihre (?:anfrage|nachricht|e-?mail) erhalten|ticketnummer|"
    r"prejeli smo vaš|številka zahtevka|"
    r"λάβαμε το (?:μήνυμά|αίτημά) σας|αριθμός αιτήματος|"
    r"gavome jūsų (?:laišką|užklausą|žinutę)|užklausos numeris|"
    r"mesajınızı aldık|talebiniz (?:alınmıştır|alındı)|talep numaranız",
    re.I,
)
_CLOSING = re.compile(
    r"^(?:best|kind|warm)?\s*regards,?|^best,?$|^cheers,?|^thanks,?$|^thank you,?$|^sincerely,?|"
    r"^(?:mit )?(?:freundlichen|besten|vielen|liebe) grüßen?,?|^viele grüße,?|^lg,?$|"
    r"^lep pozdrav,?|^lp,?$|^s spoštovanjem,?|^με εκτίμηση,?|^φιλικά,?|^pagarbiai,?|"
    r"^su pagarba,?|^saygılarımızla,?|^saygılarımla,?|^iyi günler,?",
    re.I,
)
_TEAM_WORDS = re.compile(
    r"team|support|service|customer|care|kundenservice|kundendienst|ekipa|podpora|"
    r"ομάδα|εξυπηρέτηση|komanda|aptarnavimas|ekibi|destek|müşteri|help ?desk|"
    r"\b(?:inc|ltd|gmbh|d\.o\.o|a\.e|uab|a\.ş)\b",
    re.I,
)
_PERSON = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſΑ-Ω][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſΑ-Ω][\w'’.-]+){0,3}$")


@dataclass(frozen=True)
class Classification:
    """The kind of a reply and why."""

    kind: ReplyClass
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class AnswerQuality:
    """How good a human answer is, with reasons."""

    answered: bool
    personalised: bool
    agent_named: bool
    agent: str
    reasons: tuple[str, ...]


def is_bounce(msg: IncomingMessage) -> str | None:
    """Why `msg` is a delivery failure report (DSN), or None."""
    ctype = msg.headers.get("content-type", "") or msg.content_type
    if msg.dsn_status or "delivery-status" in ctype or msg.content_type == "multipart/report":
        return f"delivery status report {msg.dsn_status} {msg.dsn_diagnostic}".strip()
    if _BOUNCE_FROM.search(msg.from_addr) and _BOUNCE_SUBJECT.search(msg.subject):
        return f"bounce from {msg.from_addr}: {msg.subject[:80]}"
    if msg.headers.get("x-failed-recipients"):
        return f"X-Failed-Recipients: {msg.headers['x-failed-recipients'][:80]}"
    return None


def classify(msg: IncomingMessage) -> Classification:
    """Bounce, out-of-office, auto-acknowledgement or human, with the signals that decided."""
    bounce = is_bounce(msg)
    if bounce:
        return Classification(ReplyClass.BOUNCE, (bounce,))
    signals: list[str] = []
    auto = msg.headers.get("auto-submitted", "").lower()
    if auto and not auto.startswith("no"):
        signals.append(f"Auto-Submitted: {auto[:40]}")
    for header in ("x-autoreply", "x-autorespond"):
        if msg.headers.get(header):
            signals.append(f"{header}: {msg.headers[header][:40]}")
    precedence = msg.headers.get("precedence", "").lower()
    if precedence in ("auto_reply", "bulk", "junk", "list"):
        signals.append(f"Precedence: {precedence}")
    if _NO_REPLY.search(msg.from_addr):
        signals.append(f"no-reply sender {msg.from_addr}")
    own_text = strip_quoted(msg.text)
    both = f"{msg.subject}\n{own_text[:5000]}"
    ooo = _OUT_OF_OFFICE.search(both)
    if ooo:
        return Classification(
            ReplyClass.OUT_OF_OFFICE, (*signals, f"out-of-office wording {ooo.group(0)!r}")
        )
    ack = _ACK_WORDING.search(both)
    if ack and (signals or len(own_text) < 1500):
        signals.append(f"acknowledgement wording {ack.group(0)!r}")
    if signals:
        return Classification(ReplyClass.AUTO_ACK, tuple(signals))
    return Classification(ReplyClass.HUMAN, ("no automatic-reply header, sender or wording",))


def signer(text: str) -> str:
    """The person signing `text` after a closing line ("Best regards,\\nMaria Novak"), or ""."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for index, line in enumerate(lines):
        if _CLOSING.search(line):
            for candidate in lines[index + 1 : index + 3]:
                if _PERSON.match(candidate) and not _TEAM_WORDS.search(candidate):
                    return candidate
                if _TEAM_WORDS.search(candidate):
                    break
    return ""


def judge_answer(
    msg: IncomingMessage, must_mention: tuple[str, ...], first_name: str
) -> AnswerQuality:
    """Does the human reply answer (every pattern matches), use the name, carry a signature?"""
    text = strip_quoted(msg.text)
    reasons: list[str] = []
    missing = [p for p in must_mention if not re.search(p, text, re.I)]
    answered = bool(must_mention) and not missing
    if not must_mention:
        reasons.append("template names nothing a correct answer must mention")
    elif missing:
        reasons.append(f"answer does not mention {', '.join(missing)[:200]}")
    else:
        reasons.append("answer mentions everything the template requires")
    personalised = (
        bool(first_name) and re.search(rf"\b{re.escape(first_name)}\b", text, re.I) is not None
    )
    reasons.append(
        "uses the shopper's first name" if personalised else "does not use the first name"
    )
    agent = signer(text)
    reasons.append(f"signed by {agent}" if agent else "no named person signs")
    return AnswerQuality(answered, personalised, bool(agent), agent, tuple(reasons))
