"""From stored rows to the facts an observation is built from; an uncertain send proven sent.

A crash between `sending` and `sent` leaves an inquiry `uncertain`. When the
company's reply to it arrives, the reply proves that it went out: the attempt
becomes `sent`, its send time bounded by what the store knows (no earlier than
the moment `sending` was committed, no later than the first reply's arrival),
and flagged as inferred in the observation's detail.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from probes.attempts import AttemptRecord, AttemptState
from probes.base import Evidence, Target
from probes.domains import registrable_domain
from probes.email.ingest import InquiryFacts
from probes.email.interface import EmailCampaignSpec, ReplyClass
from probes.email.journal import PROBE_ID, MailJournal, email_part
from probes.email.match import SentRef, domain_of
from probes.email.observe import ReplyFacts, SentFacts
from probes.email.schedule import attempt_dir
from probes.email.senders import relation

_NEVER = datetime.min.replace(tzinfo=UTC)
_INTERNALDATE_RESOLUTION = timedelta(seconds=1)


def _time(value: object) -> datetime | None:
    return datetime.fromisoformat(str(value)) if value else None


def sent_evidence(attempt: AttemptRecord) -> tuple[Evidence, ...]:
    """Evidence of our side: the sent .eml or the form's confirmation screenshot."""
    e = email_part(attempt)
    if e.get("sent_eml"):
        return (Evidence(kind="eml", path=str(e["sent_eml"]), caption="our inquiry as sent"),)
    if e.get("screenshot"):
        return (
            Evidence(
                kind="screenshot", path=str(e["screenshot"]), caption="contact form confirmation"
            ),
        )
    return ()


def sent_facts(attempt: AttemptRecord, offset: float | None) -> SentFacts:
    """The sending side of an attempt, as stored."""
    e = email_part(attempt)
    sent_at = _time(e["sent_at"]) or _NEVER
    bounds = e.get("sent_bounds")
    inferred = None
    if e.get("sent_time") == "inferred" and isinstance(bounds, list) and len(bounds) == 2:
        low, high = _time(bounds[0]), _time(bounds[1])
        if low is not None and high is not None:
            inferred = (low, high)
    return SentFacts(
        attempt_id=attempt.id,
        company=attempt.company,
        channel=str(e.get("channel", "smtp")),
        sent_at=sent_at,
        deadline=attempt.deadline or sent_at,
        clock_offset_s=offset,
        sent_evidence=sent_evidence(attempt),
        sent_inferred=inferred,
    )


def reply_facts(row: Mapping[str, Any], linked: Sequence[str] = ()) -> ReplyFacts:
    """One stored message as the observation sees it. A sender unverified when the reply
    arrived counts once the company's website is seen to link to its domain (`linked`)."""
    counts = bool(row.get("sender_verified", True))
    reasons = tuple(row["reasons"] or ())
    if not counts and linked:
        sender = domain_of(str(row["from_addr"] or ""))
        why = relation(sender, (), linked)
        if why:
            counts = True
            reasons += (f"sender {sender}: {why} (seen after the reply arrived)",)
    return ReplyFacts(
        uid=row["uid"],
        internaldate=row["internaldate"],
        kind=ReplyClass(row["kind"]),
        from_addr=row["from_addr"],
        subject=row["subject"],
        match_reason=f"{row['match_method']}: {row['match_reason']}",
        reasons=reasons,
        answered=row["answered"],
        personalised=row["personalised"],
        agent_named=row["agent_named"],
        eml_path=row["eml_path"],
        counts=counts,
    )


def company_domains(attempt: AttemptRecord, target: Target | None) -> tuple[str, ...]:
    """The company's own domains: its support address, the form's site, its website, and
    their registrable domains (`eu.shop.co.uk` -> `shop.co.uk`, Public Suffix List)."""
    e = email_part(attempt)
    found = [domain_of(str(e.get("to_addr") or "")), str(e.get("company_domain") or "")]
    if target is not None:
        found += [domain_of(target.support_email or ""), domain_of(target.website or "")]
    found += [registrable_domain(d) for d in found if d]
    return tuple(dict.fromkeys(d for d in found if d))


def sent_ref(
    attempt: AttemptRecord, target: Target | None, linked: tuple[str, ...] = ()
) -> SentRef:
    """What the matcher knows of one inquiry (an uncertain one has no send time);
    `linked`: the domains the company's website links to."""
    e = email_part(attempt)
    sent_at = _time(e.get("sent_at")) or _NEVER
    domains = company_domains(attempt, target)
    return SentRef(
        attempt_id=attempt.id,
        message_id=str(e.get("message_id", "")),
        token=str(e.get("token", "")),
        ref=str(e.get("ref", "")),
        company_domain=domains[0] if domains else "",
        sent_at=sent_at,
        deadline=attempt.deadline or sent_at,
        company_domains=domains,
        linked_domains=linked,
    )


def inquiry_facts(attempt: AttemptRecord) -> InquiryFacts:
    """What judging an answer to this inquiry needs."""
    e = email_part(attempt)
    return InquiryFacts(tuple(e.get("must_mention", ())), str(e.get("first_name", "")))


def prove_sent(
    journal: MailJournal,
    attempt: AttemptRecord,
    replies: Sequence[Mapping[str, Any]],
    spec: EmailCampaignSpec,
    evidence_root: Path,
) -> bool:
    """Make an uncertain attempt `sent` (then `awaiting`) when a reply from the company
    proves it went out; False when none does yet (or another run did it first)."""
    counted = [r for r in replies if r.get("sender_verified", True)]
    if attempt.state is not AttemptState.UNCERTAIN or not counted:
        return False
    e = email_part(attempt)
    # INTERNALDATE is whole seconds: the first reply arrived before the end of its second.
    first_reply = min(r["internaldate"] for r in counted) + _INTERNALDATE_RESOLUTION
    marked = _time(e.get("sending_at")) or attempt.updated or first_reply
    low = min(marked, first_reply)
    eml = attempt_dir(evidence_root, attempt.id) / "sent.eml"
    data: dict[str, Any] = {
        "sent_at": low.isoformat(),
        "sent_time": "inferred",
        "sent_bounds": [low.isoformat(), first_reply.isoformat()],
        "channel": "smtp" if e.get("to_addr") else "form",
    }
    if e.get("to_addr") and eml.exists():
        data["sent_eml"] = str(eml)
    deadline = low + timedelta(hours=spec.settings.deadline_h)
    if not journal.transition(
        attempt.id,
        [AttemptState.UNCERTAIN],
        AttemptState.SENT,
        data={PROBE_ID: data},
        deadline=deadline,
    ):
        return False
    journal.transition(attempt.id, [AttemptState.SENT], AttemptState.AWAITING)
    return True
