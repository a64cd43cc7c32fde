"""Judging stored observations: choose what to judge, resolve the rubric, score, persist, rank.

Rankings are per period: a period may hold several campaigns (a website
campaign, logged calls, returned orders), whose observations are judged together.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

import rubrics
from probes.base import Observation
from results.ranking import rank
from results.store import CampaignRow, Store, StoreError
from rubrics.engine import score_campaign
from rubrics.interface import Rubric, ScoreReport
from rubrics.loader import load_rubric

SHIPPED_RUBRICS = {
    name: Path(rubrics.__file__).resolve().parent / f"{name}.yaml" for name in ("default", "demo")
}
LOGS_KIND = "logs"


@dataclass(frozen=True)
class Selection:
    """The campaigns judged together: one campaign, or every campaign of a period."""

    period: str
    campaigns: tuple[CampaignRow, ...]

    @property
    def title(self) -> str:
        """A heading naming what is judged."""
        named = [c for c in self.campaigns if c.spec.get("kind") != LOGS_KIND] or self.campaigns
        return f"{' + '.join(c.name for c in named)} — {self.period}"


def select(store: Store, campaign_id: str | None = None, period: str | None = None) -> Selection:
    """`campaign_id` alone, else every campaign of `period` (default: the latest's period)."""
    if campaign_id is not None:
        row = store.campaign(campaign_id)
        return Selection(row.period, (row,))
    rows = store.campaigns()
    if not rows:
        store.campaign(None)  # raises the "no campaigns yet" error
    chosen = period if period is not None else rows[-1].period
    matching = tuple(r for r in rows if r.period == chosen)
    if not matching:
        known = ", ".join(sorted({r.period for r in rows}))
        raise StoreError(f"no campaign for period {chosen!r} (periods: {known})")
    return Selection(chosen, matching)


def periods(store: Store) -> list[str]:
    """Every period in the store, in order of first appearance."""
    return list(dict.fromkeys(r.period for r in store.campaigns()))


def campaign_rubric(campaign: CampaignRow, override: Path | None = None) -> Rubric:
    """The rubric to judge `campaign` with: `override`, else the one its file names."""
    if override is not None:
        return load_rubric(override)
    name = str(campaign.spec.get("rubric") or "default")
    if name in SHIPPED_RUBRICS:
        return load_rubric(SHIPPED_RUBRICS[name])
    return load_rubric((Path(campaign.source).parent / name).resolve())


def selection_rubric(selection: Selection, override: Path | None = None) -> Rubric:
    """`override`, else the rubric of the latest non-log campaign of the selection."""
    named = [c for c in selection.campaigns if c.spec.get("kind") != LOGS_KIND]
    return campaign_rubric((named or list(selection.campaigns))[-1], override)


def selection_observations(store: Store, selection: Selection) -> dict[str, list[Observation]]:
    """Campaign id -> its stored observations."""
    return {c.id: store.observations(c.id) for c in selection.campaigns}


def score_selection(store: Store, selection: Selection, rubric: Rubric) -> ScoreReport:
    """Score every observation of the selection (no network) and save scores per campaign."""
    by_campaign = selection_observations(store, selection)
    everything = [obs for observations in by_campaign.values() for obs in observations]
    report = score_campaign(rubric, everything, selection.period)
    owner = {
        obs.attempt_id: cid for cid, observations in by_campaign.items() for obs in observations
    }
    rows: dict[str, list[dict[str, object]]] = {cid: [] for cid in by_campaign}
    for s in report.observations:
        rows[owner[s.attempt_id]].append({
            "attempt_id": s.attempt_id, "company": s.company, "channel": s.channel.value,
            "status": s.status.value, "score": s.score,
            "criteria": [c.model_dump(mode="json") for c in s.criteria],
        })  # fmt: skip
    for cid, campaign_rows in rows.items():
        store.save_scores(cid, rubric.name, rubric.content_hash, campaign_rows)
    return report


def leaderboard_frame(report: ScoreReport, rubric: Rubric) -> pd.DataFrame:
    """The ranking table for a score report, with bootstrap intervals where n >= 3."""
    weights = {channel: spec.weight for channel, spec in rubric.channels.items()}
    return rank(report.scorecards, report.observations, channel_weights=weights)
