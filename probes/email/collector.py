"""The state of one `collect` call: the attempts awaiting replies and what they know.

`Collector` keeps the sent attempts (uncertain ones too) with their match
references, records each message read once, proves uncertain sends from a
reply, and rewrites an attempt's observation from its stored replies, finishing
it when final. A deadline is judged only from a mailbox read that began after it.
The mailbox watching around it is `probes.email.collecting`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from probes.attempts import OPEN_STATES, AttemptRecord, AttemptState
from probes.base import Status, Target, utcnow
from probes.domains import LINKED_DOMAINS, linked_domains
from probes.email.ingest import analyse, message_row
from probes.email.interface import EmailCampaignSpec, IncomingMessage, ReplyClass
from probes.email.journal import PROBE_ID, MailJournal, email_part
from probes.email.match import domain_of
from probes.email.observe import build_observation
from probes.email.proof import inquiry_facts, prove_sent, reply_facts, sent_facts, sent_ref
from probes.email.schedule import attempt_dir
from probes.email.senders import DnsTxt
from probes.metrics import WEBSITE_PROBE

_KNOWN_STATES = (*OPEN_STATES, AttemptState.DONE, AttemptState.EXPIRED, AttemptState.UNCERTAIN)
_JUST_BEFORE = timedelta(microseconds=1)


@dataclass
class CollectSummary:
    """What one `collect` call did."""

    ingested: int = 0
    duplicates: int = 0
    unmatched: int = 0
    observations: int = 0
    finished: list[str] = field(default_factory=list)
    still_open: list[str] = field(default_factory=list)
    proven: list[str] = field(default_factory=list)
    clock_offsets: dict[str, float | None] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    gave_up: list[str] = field(default_factory=list)
    """Mailboxes we stopped trying to read (unreachable, login refused): exit 3."""


class Collector:
    """State of one `collect` call: attempts, refs, mailbox reads, observation updates."""

    def __init__(
        self,
        journal: MailJournal,
        campaign_id: str,
        spec: EmailCampaignSpec,
        evidence_root: Path,
        targets: Mapping[str, Target],
        say: Callable[[str], None],
        dkim_dns: DnsTxt | None = None,
    ) -> None:
        self.journal = journal
        self.campaign_id = campaign_id
        self.spec = spec
        self.evidence_root = evidence_root
        self.targets = targets
        self.say = say
        self.dkim_dns = dkim_dns
        self.own_domains = sorted({domain_of(p.address) for p in spec.personas})
        self.summary = CollectSummary()
        self.answered: set[str] = set()
        self.read_at: dict[str, datetime] = {
            h.account: h.read_at for h in journal.mailboxes(campaign_id) if h.read_at
        }
        self.linked = self.linked_domains()
        self.reload()

    def reload(self) -> None:
        # Uncertain sends are matched too: a reply to one proves it went out. Without a
        # send time they match by Message-ID, token or subject reference, never by domain.
        self.attempts = {
            a.id: a
            for a in self.journal.attempts(self.campaign_id, _KNOWN_STATES, PROBE_ID)
            if email_part(a).get("message_id")
        }
        self.refs = [
            sent_ref(a, self.targets.get(a.company), self.linked.get(a.company, ()))
            for a in self.attempts.values()
        ]
        self.facts = {a.id: inquiry_facts(a) for a in self.attempts.values()}

    def linked_domains(self) -> dict[str, tuple[str, ...]]:
        """Company -> the domains its website links to (the website probe's latest
        observations in this campaign), read again for every batch of messages: the
        website may be probed while we wait for replies."""
        found: dict[str, tuple[str, ...]] = {}
        for obs in self.journal.observations(self.campaign_id):
            if obs.probe_id == WEBSITE_PROBE and LINKED_DOMAINS in obs.metrics:
                found[obs.company] = linked_domains(obs.metrics)
        return found

    def refresh_linked(self) -> None:
        """Read the linked domains again; rebuild the matcher's view when they changed."""
        linked = self.linked_domains()
        if linked != self.linked:
            self.linked = linked
            self.reload()

    def open_ids(self) -> list[str]:
        return [a.id for a in self.attempts.values() if a.state in OPEN_STATES]

    def waiting_ids(self, now: datetime) -> list[str]:
        """Open attempts, and uncertain ones a reply could still prove (within a deadline's
        time of being interrupted)."""
        window = timedelta(hours=self.spec.settings.deadline_h)
        uncertain = [
            a.id
            for a in self.attempts.values()
            if a.state is AttemptState.UNCERTAIN and (a.updated is None or a.updated + window > now)
        ]
        return self.open_ids() + uncertain

    def account_of(self, attempt: AttemptRecord) -> str:
        name = str(email_part(attempt).get("account", "default"))
        accounts = self.spec.accounts.get(name) or next(iter(self.spec.accounts.values()))
        return accounts.imap.key()

    def ingest(self, msg: IncomingMessage) -> str | None:
        """Record one message (idempotent); the attempt it belongs to."""
        analysis = analyse(msg, self.refs, self.facts, self.own_domains, self.dkim_dns)
        attempt_id = analysis.match.attempt_id
        eml = ""
        if attempt_id is not None:
            folder = attempt_dir(self.evidence_root, attempt_id)
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"reply-{msg.uidvalidity}-{msg.uid}.eml"
            if not path.exists():
                path.write_bytes(msg.raw)
            eml = str(path)
        if self.journal.record_message(message_row(self.campaign_id, msg, analysis, eml)):
            self.summary.ingested += 1
            if attempt_id is None:
                self.summary.unmatched += 1
        else:
            self.summary.duplicates += 1
        return attempt_id

    def prove(self, attempt_id: str) -> None:
        """An uncertain inquiry with a reply from the company went out: it becomes sent."""
        attempt = self.attempts.get(attempt_id)
        if attempt is None or attempt.state is not AttemptState.UNCERTAIN:
            return
        replies = self.journal.messages_for(attempt_id)
        if prove_sent(self.journal, attempt, replies, self.spec, self.evidence_root):
            self.summary.proven.append(attempt_id)
            self.say(f"{attempt_id}: a reply proves the uncertain inquiry went out")
            self.reload()

    def update(self, attempt_id: str, now: datetime) -> None:
        """Rewrite the attempt's observation from its stored replies; finish it when final.

        Past the deadline, the attempt is judged only when its mailbox was read from a
        moment after the deadline; until then the observation stays provisional.
        """
        attempt = self.journal.attempt(attempt_id)
        self.attempts[attempt_id] = attempt
        if attempt.state not in OPEN_STATES or not email_part(attempt).get("sent_at"):
            return
        deadline = attempt.deadline
        account = self.account_of(attempt)
        if deadline is not None and now >= deadline:
            read = self.read_at.get(account)
            if read is None or read < deadline:
                now = deadline - _JUST_BEFORE
        offset = self.journal.clock_offset(self.campaign_id, account)
        linked = self.linked.get(attempt.company, ())
        replies = [reply_facts(r, linked) for r in self.journal.messages_for(attempt_id)]
        observation, final = build_observation(sent_facts(attempt, offset), replies, now)
        if any(r.counts and r.kind in (ReplyClass.HUMAN, ReplyClass.BOUNCE) for r in replies):
            self.answered.add(attempt_id)
        if observation is not None:
            self.journal.record(
                self.campaign_id, attempt_id, [observation], state=None, replace=True
            )
            self.summary.observations += 1
        if final:
            state = (
                AttemptState.EXPIRED
                if observation is None or observation.status is Status.TIMEOUT
                else AttemptState.DONE
            )
            if self.journal.transition(attempt_id, OPEN_STATES, state):
                self.summary.finished.append(attempt_id)
                self.say(f"{attempt_id}: finished ({state.value})")
            self.attempts[attempt_id] = self.journal.attempt(attempt_id)

    def read(self, account: str, read_started: datetime) -> None:
        """A complete read of `account` began at `read_started`: judge what it allows."""
        self.read_at[account] = read_started
        self.journal.mailbox_read(self.campaign_id, account, read_started)
        self.refresh_linked()
        for attempt_id in self.open_ids():
            attempt = self.attempts[attempt_id]
            deadline = attempt.deadline
            if self.account_of(attempt) == account and deadline and deadline <= read_started:
                self.update(attempt_id, utcnow())

    def waiting_for_a_read(self, now: datetime) -> set[str]:
        """Accounts with an attempt past its deadline but no read since the deadline."""
        out = set()
        for attempt_id in self.open_ids():
            attempt = self.attempts[attempt_id]
            account = self.account_of(attempt)
            read = self.read_at.get(account)
            deadline = attempt.deadline
            if deadline is not None and deadline <= now and (read is None or read < deadline):
                out.add(account)
        return out

    def all_done(self) -> bool:
        return all(i in self.answered for i in self.waiting_ids(utcnow()))
