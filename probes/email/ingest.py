"""Deciding what one fetched message is: whose reply, what kind, how good (pure, no I/O)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from probes.email.classify import AnswerQuality, Classification, classify, judge_answer
from probes.email.interface import IncomingMessage, ReplyClass
from probes.email.match import Match, SentRef, match_message
from probes.email.senders import DnsTxt, SenderCheck, check_sender


@dataclass(frozen=True)
class InquiryFacts:
    """What judging an answer needs to know about the inquiry."""

    must_mention: tuple[str, ...]
    first_name: str


@dataclass(frozen=True)
class Analysis:
    """Match, classification and (for human replies) answer quality of one message."""

    match: Match
    classification: Classification
    quality: AnswerQuality | None
    sender: SenderCheck | None = None
    """For a message matched to an inquiry: is its sender the company?"""


def analyse(
    msg: IncomingMessage,
    sent: Sequence[SentRef],
    inquiries: Mapping[str, InquiryFacts],
    own_domains: Sequence[str] = (),
    dns: DnsTxt | None = None,
) -> Analysis:
    """Match `msg` to an attempt, check its sender, classify it, and judge it when a
    human wrote it."""
    found = match_message(msg, sent)
    classification = classify(msg)
    quality = None
    sender = None
    if found.attempt_id is not None:
        ref = next(s for s in sent if s.attempt_id == found.attempt_id)
        sender = check_sender(
            msg.from_addr,
            msg.raw,
            ref.domains(),
            own_domains,
            system_mail=classification.kind in (ReplyClass.BOUNCE, ReplyClass.HELD),
            dns=dns,
            linked_domains=ref.linked_domains,
        )
    if found.attempt_id is not None and classification.kind is ReplyClass.HUMAN:
        facts = inquiries.get(found.attempt_id, InquiryFacts((), ""))
        quality = judge_answer(msg, facts.must_mention, facts.first_name)
    return Analysis(found, classification, quality, sender)


def message_row(
    campaign_id: str, msg: IncomingMessage, analysis: Analysis, eml_path: str
) -> dict[str, Any]:
    """The `email_messages` row for `msg` (no body text: only what scoring needs)."""
    quality = analysis.quality
    reasons = list(analysis.classification.reasons)
    if quality is not None:
        reasons += quality.reasons
    if analysis.sender is not None:
        reasons.append(analysis.sender.reason)
    reasons += list(msg.parse_problems)
    return {
        "campaign_id": campaign_id,
        "attempt_id": analysis.match.attempt_id,
        "account": msg.account,
        "uidvalidity": msg.uidvalidity,
        "uid": msg.uid,
        "message_id": msg.message_id,
        "internaldate": msg.internaldate,
        "from_addr": msg.from_addr,
        "subject": msg.subject,
        "kind": analysis.classification.kind.value,
        "match_method": analysis.match.method,
        "match_reason": analysis.match.reason,
        "reasons": reasons,
        "answered": bool(quality and quality.answered),
        "personalised": bool(quality and quality.personalised),
        "agent_named": bool(quality and quality.agent_named),
        "sender_verified": analysis.sender is None or analysis.sender.verified,
        "eml_path": eml_path,
        "size": msg.size,
    }
