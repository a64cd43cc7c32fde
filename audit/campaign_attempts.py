"""A campaign's place in the store and the workspace: the campaign and its companies, its
attempts under stable ids, and the folder of its evidence files.
"""

from __future__ import annotations

from pathlib import Path

from audit.campaign import LoadedCampaign, slug
from results.store import Store


def attempt_id(campaign_id: str, company: str, probe_id: str, seq: int) -> str:
    """Stable attempt id: `campaign/company-slug/probe/seq`."""
    return f"{campaign_id}/{slug(company)}/{probe_id}/{seq}"


def save_campaign(store: Store, loaded: LoadedCampaign) -> str:
    """Store the campaign and its companies; returns the campaign id."""
    campaign = loaded.campaign
    campaign_id = campaign.campaign_id
    store.save_campaign(
        campaign_id,
        campaign.name,
        campaign.period,
        str(loaded.source),
        campaign.model_dump(mode="json"),
        {c.name: c.target().model_dump(mode="json") for c in loaded.companies},
    )
    return campaign_id


def plan(store: Store, loaded: LoadedCampaign) -> int:
    """Create the campaign's missing attempts; returns how many were new."""
    campaign_id = save_campaign(store, loaded)
    rows = [
        (attempt_id(campaign_id, company.name, probe_id, seq), company.name, probe_id, seq)
        for company in loaded.companies
        for probe_id, probe_plan in loaded.campaign.probes.items()
        for seq in range(1, probe_plan.attempts + 1)
    ]
    return store.plan_attempts(campaign_id, rows)


def evidence_root(workspace: Path, campaign_id: str) -> Path:
    """Where a campaign's evidence files live."""
    return workspace / "evidence" / slug(campaign_id)
