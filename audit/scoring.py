"""Judging stored observations: resolve a campaign's rubric, score, persist, rank."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

import rubrics
from results.ranking import rank
from results.store import CampaignRow, Store
from rubrics.engine import score_campaign
from rubrics.interface import Rubric, ScoreReport
from rubrics.loader import load_rubric

SHIPPED_RUBRICS = {
    name: Path(rubrics.__file__).resolve().parent / f"{name}.yaml" for name in ("default", "demo")
}


def campaign_rubric(campaign: CampaignRow, override: Path | None = None) -> Rubric:
    """The rubric to judge `campaign` with: `override`, else the one its file names."""
    if override is not None:
        return load_rubric(override)
    name = str(campaign.spec.get("rubric", "default"))
    if name in SHIPPED_RUBRICS:
        return load_rubric(SHIPPED_RUBRICS[name])
    return load_rubric((Path(campaign.source).parent / name).resolve())


def score_stored(store: Store, campaign: CampaignRow, rubric: Rubric) -> ScoreReport:
    """Score every stored observation of `campaign` (no network) and save the scores."""
    report = score_campaign(rubric, store.observations(campaign.id), campaign.period)
    rows = [
        {
            "attempt_id": s.attempt_id,
            "company": s.company,
            "channel": s.channel.value,
            "status": s.status.value,
            "score": s.score,
            "criteria": [c.model_dump(mode="json") for c in s.criteria],
        }
        for s in report.observations
    ]
    store.save_scores(campaign.id, rubric.name, rubric.content_hash, rows)
    return report


def leaderboard_frame(report: ScoreReport, rubric: Rubric) -> pd.DataFrame:
    """The ranking table for a score report, with bootstrap intervals where n >= 3."""
    weights = {channel: spec.weight for channel, spec in rubric.channels.items()}
    return rank(report.scorecards, report.observations, channel_weights=weights)
