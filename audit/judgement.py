"""The judgement every results command starts from: the selection, its rubric, the scores
and the ranking, made by reading the store only."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pandas as pd

from audit.scoring import (
    Selection,
    leaderboard_frame,
    score_selection,
    select,
    selection_observations,
    selection_rubric,
)
from probes.base import Observation
from results.store import Store
from rubrics.engine import AttemptScores
from rubrics.interface import Rubric


@dataclass(frozen=True)
class Judged:
    """What every results command starts from: the selection, its rubric, the scores and
    the ranking; the full observations (with evidence) are read once, when first asked for."""

    store: Store
    selection: Selection
    rubric: Rubric
    attempts: AttemptScores
    frame: pd.DataFrame

    @cached_property
    def by_campaign(self) -> dict[str, list[Observation]]:
        """Campaign id -> its stored observations."""
        return selection_observations(self.store, self.selection)

    @property
    def observations(self) -> list[Observation]:
        return [o for obs in self.by_campaign.values() for o in obs]


def judged(
    store: Store, campaign_id: str | None, period: str | None, rubric_path: Path | None
) -> Judged:
    """Select, score and rank (reading the store only): the first step of every results
    command."""
    selection = select(store, campaign_id, period)
    rubric = selection_rubric(selection, rubric_path)
    report, attempts, contacts = score_selection(store, rubric, selection)
    frame = leaderboard_frame(store, selection, rubric, report, attempts, contacts)
    return Judged(store, selection, rubric, attempts, frame)
