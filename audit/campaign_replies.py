"""Earlier periods of a recurring campaign that still wait for replies.

When a period ends, the file opens the next one (`audit.campaign_periods`), but inquiries
sent late in the old period may still be answered. `audit run` and `audit collect` keep
watching those: every earlier period of the same file whose two-phase attempts (email)
are not final yet.
"""

from __future__ import annotations

from audit.campaign import LoadedCampaign, load_campaign
from audit.campaign_periods import parse_period
from probes.attempts import AttemptState
from results.store import Store

AWAITING = (
    AttemptState.SENDING,
    AttemptState.SENT,
    AttemptState.AWAITING,
    AttemptState.UNCERTAIN,
)
"""States of an attempt whose company may still answer."""


def earlier_waiting(store: Store, loaded: LoadedCampaign) -> list[LoadedCampaign]:
    """The campaigns of earlier periods of `loaded`'s file with attempts still awaiting."""
    recurrence = loaded.campaign.recurrence
    if recurrence is None:
        return []
    out = []
    for row in store.campaigns():
        if row.id == loaded.campaign.campaign_id or row.source != str(loaded.source):
            continue
        period = parse_period(recurrence, row.period)
        if period is None or not store.attempts(row.id, list(AWAITING)):
            continue
        earlier = load_campaign(loaded.source, period.start)
        if earlier.campaign.campaign_id == row.id:  # the file still names that campaign
            out.append(earlier)
    return out
