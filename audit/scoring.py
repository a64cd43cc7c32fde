"""Judging stored observations: choose what to judge, resolve the rubric, score, rank.

Rankings are per period: a period may hold several campaigns (a website
campaign, logged calls, returned orders), whose observations are judged together.
Judging only reads the store: scores are recomputed from the observations in
seconds (a rubric never touches the network), so nothing is persisted and every
results command, `audit score` included, leaves the store as it found it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

import rubrics
from probes.base import Observation
from results.periods import campaigns_by_period, earlier_frames, with_history
from results.ranking import rank
from results.slot_contacts import ContactTap, TimedContact, declared_of
from results.slot_mix import slot_gaps, with_slot_gaps
from results.store import CampaignRow, SelectionError, Store
from rubrics.engine import AttemptScores, score_observations
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
    is_period: bool = True

    @property
    def title(self) -> str:
        """A heading naming what is judged."""
        named = [c for c in self.campaigns if c.spec.get("kind") != LOGS_KIND] or self.campaigns
        return f"{' + '.join(c.name for c in named)} — {self.period}"


def select(store: Store, campaign_id: str | None = None, period: str | None = None) -> Selection:
    """`campaign_id` alone, else every campaign of `period` (default: the latest period)."""
    if campaign_id is not None:
        row = store.campaign(campaign_id)
        return Selection(row.period, (row,), is_period=False)
    grouped = campaigns_by_period(store)
    if not grouped:
        store.campaign(None)  # raises the "no campaigns yet" error
    chosen = period if period is not None else list(grouped)[-1]
    if chosen not in grouped:
        raise SelectionError(f"no campaign for period {chosen!r} (periods: {', '.join(grouped)})")
    return Selection(chosen, tuple(grouped[chosen]))


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


def score_selection(
    store: Store, rubric: Rubric, selection: Selection
) -> tuple[ScoreReport, AttemptScores, list[TimedContact]]:
    """Score the selection's observations, streamed from the store as records (no
    evidence, no pydantic objects: a million observations fit); writes nothing. Also
    the timed contacts among them (slot mixes), gathered in the same pass."""
    ids = [c.id for c in selection.campaigns]
    with store.engine.connect() as conn:
        tap = ContactTap(declared_of(conn, ids))
    records = (r for cid in ids for r in store.observation_records(cid))
    report, attempts = score_observations(rubric, tap(records), selection.period)
    return report, attempts, tap.contacts


def leaderboard_frame(
    store: Store,
    selection: Selection,
    rubric: Rubric,
    report: ScoreReport,
    attempts: AttemptScores,
    contacts: list[TimedContact],
) -> pd.DataFrame:
    """The ranking table, with intervals and rank ranges and, for a period, the
    movement against earlier periods judged with the same rubric."""
    frame = rank(report.scorecards, attempts, rubric=rubric)
    frame = with_slot_gaps(frame, slot_gaps(contacts))  # slot mixes not comparable
    if selection.is_period:
        frame = with_history(frame, earlier_frames(store, selection.period, rubric))
    return frame
