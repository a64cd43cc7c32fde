"""What the email probe keeps in the store, as a protocol (`results.store.Store` implements it).

Attempts and their states come from `probes.two_phase.AttemptJournal`; the email
probe adds the messages read from mailboxes (once per mailbox UID), the read
cursor per mailbox, the measured clock offset and the mailbox's health (when a
complete read last began, since when it cannot be reached); it reads the other
probes' observations only for the domains the company's website links to.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

from probes.attempts import AttemptRecord
from probes.base import Observation
from probes.two_phase import AttemptJournal

PROBE_ID = "email"


@dataclass(frozen=True)
class MailboxHealth:
    """One mailbox as last seen: when a complete read began; since when it is unreachable."""

    account: str
    read_at: datetime | None
    unreachable_since: datetime | None
    problem: str | None


@runtime_checkable
class MailJournal(AttemptJournal, Protocol):
    """The store as the email probe uses it."""

    def record_message(self, row: Mapping[str, Any]) -> bool:
        """Insert one ingested message; False when it was already there."""
        ...

    def messages_for(self, attempt_id: str) -> list[dict[str, Any]]:
        """The stored messages of one attempt, oldest first."""
        ...

    def cursor(self, campaign_id: str, account: str, uidvalidity: int) -> int:
        """The last UID read from `account` under `uidvalidity`."""
        ...

    def save_cursor(
        self,
        campaign_id: str,
        account: str,
        uidvalidity: int,
        last_uid: int | None = None,
        clock_offset_s: float | None = None,
    ) -> None:
        """Advance the cursor and/or store the measured clock offset."""
        ...

    def clock_offset(self, campaign_id: str, account: str) -> float | None:
        """The last measured offset of the mailbox server's clock to ours."""
        ...

    def mailbox_read(self, campaign_id: str, account: str, read_at: datetime) -> None:
        """A complete read of `account` began at `read_at`."""
        ...

    def mailbox_problem(self, campaign_id: str, account: str, problem: str, at: datetime) -> None:
        """`account` could not be reached or read."""
        ...

    def mailboxes(self, campaign_id: str) -> list[MailboxHealth]:
        """Health of every mailbox of the campaign."""
        ...

    def observations(self, campaign_id: str, company: str | None = None) -> list[Observation]:
        """Stored observations of a campaign (the website's linked domains vouch for senders)."""
        ...


def email_part(attempt: AttemptRecord) -> Mapping[str, Any]:
    """The email probe's section of an attempt's data (message id, tokens, send time...)."""
    return attempt.part(PROBE_ID)
