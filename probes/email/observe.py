"""Turning an attempt's stored replies into an `Observation` with the `email.*` metrics.

Times run from our send (the SMTP server's acceptance, our UTC clock) to each
reply's IMAP INTERNALDATE (the mailbox server's clock), never its Date: header.
When the measured clock offset exceeds the INTERNALDATE resolution (1 s), the
reply time is moved onto our clock before subtracting.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from pydantic import BaseModel, ConfigDict

from probes.base import Channel, Evidence, MetricValue, Observation, Status
from probes.email.interface import ReplyClass

OFFSET_APPLIED_ABOVE_S = 2.0


class SentFacts(BaseModel):
    """The sending side of an attempt, as stored."""

    model_config = ConfigDict(frozen=True)

    attempt_id: str
    company: str
    channel: str
    """`smtp` or `form`."""
    sent_at: datetime
    deadline: datetime
    clock_offset_s: float | None = None
    sent_evidence: tuple[Evidence, ...] = ()
    sent_inferred: tuple[datetime, datetime] | None = None
    """(earliest, latest) when the send was interrupted and a reply proved it went out."""


class ReplyFacts(BaseModel):
    """One stored reply: arrival, kind and judgement, with reasons."""

    model_config = ConfigDict(frozen=True)

    uid: int
    internaldate: datetime
    kind: ReplyClass
    from_addr: str = ""
    subject: str = ""
    match_reason: str = ""
    reasons: tuple[str, ...] = ()
    answered: bool = False
    personalised: bool = False
    agent_named: bool = False
    eml_path: str = ""
    counts: bool = True
    """False for a message from an unverified sender: kept as evidence, not counted."""


INTERNALDATE_MIDPOINT = timedelta(seconds=0.5)


def reply_time(reply: ReplyFacts, sent: SentFacts) -> datetime:
    """The reply's arrival on our clock: INTERNALDATE (whole seconds, so the middle of
    its second: truncation alone makes replies look 0.5 s early on average), corrected
    for a large clock offset, and never before our send."""
    arrival = reply.internaldate
    if arrival.microsecond == 0:
        arrival += INTERNALDATE_MIDPOINT
    offset = sent.clock_offset_s
    if offset is not None and abs(offset) >= OFFSET_APPLIED_ABOVE_S:
        arrival -= timedelta(seconds=offset)
    return max(arrival, sent.sent_at)


def build_observation(
    sent: SentFacts, replies: Sequence[ReplyFacts], now: datetime, probe_id: str = "email"
) -> tuple[Observation | None, bool]:
    """(observation, final). None while nothing arrived and the deadline is ahead."""
    ordered = sorted(replies, key=lambda r: (r.internaldate, r.uid))
    # Unverified senders and held (challenge-response) notices are kept, not counted.
    counted = [r for r in ordered if r.counts and r.kind is not ReplyClass.HELD]
    in_time = [r for r in counted if reply_time(r, sent) <= sent.deadline]
    late = len(counted) - len(in_time)
    bounce = next((r for r in in_time if r.kind is ReplyClass.BOUNCE), None)
    answers = [r for r in in_time if r.kind is not ReplyClass.BOUNCE]
    humans = [r for r in answers if r.kind is ReplyClass.HUMAN]
    final = now >= sent.deadline or (bounce is not None and not humans)
    if not answers and bounce is None and not final:
        return None, False

    def after_send(r: ReplyFacts) -> float:
        return round((reply_time(r, sent) - sent.sent_at).total_seconds(), 3)

    first_human = humans[0] if humans else None
    metrics: dict[str, MetricValue] = {
        "email.channel": sent.channel,
        "email.replies": len(answers),
        "email.first_response_s": after_send(answers[0]) if answers else None,
        "email.first_human_response_s": after_send(first_human) if first_human else None,
        "email.auto_ack": any(r.kind is ReplyClass.AUTO_ACK for r in answers),
        "email.answered": bool(first_human and first_human.answered),
        "email.personalised": bool(first_human and first_human.personalised),
        "email.agent_named": bool(first_human and first_human.agent_named),
        "email.follow_up": len(humans) > 1,
    }
    lines = [
        f"sent by {sent.channel} at {sent.sent_at.isoformat()}; "
        f"deadline {sent.deadline.isoformat()}",
        "clock offset (mail server - ours): "
        + ("not measured" if sent.clock_offset_s is None else f"{sent.clock_offset_s:+.3f} s"),
    ]
    if sent.sent_inferred is not None:
        low, high = sent.sent_inferred
        lines.append(
            "sent time inferred: the send was interrupted and a reply proves it went out, "
            f"between {low.isoformat()} and {high.isoformat()}; times count from the earliest"
        )
    for r in ordered:
        when = f"+{after_send(r):.1f} s"
        flag = "" if r.counts else "unverified sender, not counted: "
        lines.append(
            f"reply uid {r.uid} {when} {flag}{r.kind.value} from {r.from_addr}: "
            f"{r.match_reason}; " + "; ".join(r.reasons)
        )
    if late:
        lines.append(f"{late} repl{'y' if late == 1 else 'ies'} after the deadline not counted")
    if bounce is not None and not humans:
        status = Status.ABSENT
        lines.insert(0, f"bounced: {'; '.join(bounce.reasons)}")
    elif not answers:
        status = Status.TIMEOUT
        lines.insert(0, "no reply before the deadline")
    else:
        status = Status.OK
    if not final:
        lines.insert(0, f"provisional until the deadline {sent.deadline.isoformat()}")
    evidence = list(sent.sent_evidence)
    evidence += [
        Evidence(kind="eml", path=r.eml_path, caption=f"{r.kind.value} reply, uid {r.uid}")
        for r in ordered
        if r.eml_path
    ]
    finished = min(now, sent.deadline) if final else now
    observation = Observation(
        attempt_id=sent.attempt_id,
        company=sent.company,
        channel=Channel.EMAIL,
        probe_id=probe_id,
        status=status,
        started=sent.sent_at,
        finished=finished,
        metrics=metrics,
        evidence=tuple(evidence),
        detail="\n".join(lines),
    )
    return observation, final
