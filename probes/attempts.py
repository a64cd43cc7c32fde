"""The durable life of an attempt: its states and, as data, the transitions allowed between them.

One-phase probes (website, chat) go `planned -> running -> done | failed`.
Two-phase probes (email; the phone dialer next) act, then wait for the company:
`planned -> sending -> sent -> awaiting -> done | expired`. A crash between
`sending` and `sent` leaves the outcome unknown: the next run marks it
`uncertain`, which is never acted on again unless asked (`--resend-uncertain`),
and becomes `sent` only when the company's reply proves the inquiry went out.

The store (`results.store.Store.transition`) refuses any change not in
`TRANSITIONS`; it is defined here, in the lowest layer, so probes can name
states without importing the store (`results.schema` re-exports both).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from probes.errors import OurSideError


class AttemptState(StrEnum):
    """Where an attempt is in its life (see the module docstring)."""

    PLANNED = "planned"
    RUNNING = "running"
    SENDING = "sending"
    SENT = "sent"
    AWAITING = "awaiting"
    UNCERTAIN = "uncertain"
    DONE = "done"
    FAILED = "failed"
    EXPIRED = "expired"


_S = AttemptState
TRANSITIONS: Mapping[AttemptState, frozenset[AttemptState]] = {
    # DONE: a logged row recorded straight from the plan; FAILED: cannot even start.
    _S.PLANNED: frozenset({_S.RUNNING, _S.SENDING, _S.DONE, _S.FAILED}),
    # PLANNED: our failure, retried (now, or by the next run after a crash).
    _S.RUNNING: frozenset({_S.DONE, _S.FAILED, _S.PLANNED}),
    # PLANNED: nothing was accepted (4xx, refused); FAILED: refused for good (5xx).
    _S.SENDING: frozenset({_S.SENT, _S.UNCERTAIN, _S.PLANNED, _S.FAILED}),
    # SENDING: re-sent when asked; SENT: a reply proved that it went out.
    _S.UNCERTAIN: frozenset({_S.SENDING, _S.SENT}),
    _S.SENT: frozenset({_S.AWAITING, _S.DONE, _S.EXPIRED}),
    _S.AWAITING: frozenset({_S.DONE, _S.EXPIRED}),
    # DONE: a corrected log row recorded again.
    _S.DONE: frozenset({_S.DONE}),
    # PLANNED: our failure, tried again by the next run with fresh retries.
    _S.FAILED: frozenset({_S.PLANNED}),
    _S.EXPIRED: frozenset(),
}
"""state -> the states it may move to. Anything else is refused by the store."""

OPEN_STATES = (AttemptState.SENT, AttemptState.AWAITING)
"""A two-phase attempt waiting for the company."""


def allowed(current: AttemptState, to: AttemptState) -> bool:
    """May an attempt in `current` move to `to`?"""
    return to in TRANSITIONS[current]


class IllegalTransition(OurSideError):
    """A state change not in `TRANSITIONS` was asked for: a bug of ours, never data."""


@dataclass(frozen=True)
class AttemptRecord:
    """One attempt as stored: who, which probe, its state and the probe's own data."""

    id: str
    campaign_id: str
    company: str
    probe_id: str
    seq: int
    state: AttemptState
    tries: int = 0
    data: Mapping[str, Any] = field(default_factory=dict)
    last_error: str | None = None
    not_before: datetime | None = None
    deadline: datetime | None = None
    updated: datetime | None = None

    def part(self, key: str) -> Mapping[str, Any]:
        """The section `key` of `data` (e.g. the email probe's message id and send time)."""
        value = self.data.get(key, {})
        return value if isinstance(value, Mapping) else {}
