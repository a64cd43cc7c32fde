"""What a report is drawn from (read from the store by `audit report`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from probes.base import Observation
from results.slot_contacts import TimedContact
from rubrics.interface import Rubric


@dataclass(frozen=True)
class PeriodInfo:
    """A period label and the names of its campaigns."""

    label: str
    campaigns: list[str]


@dataclass(frozen=True)
class ReportInput:
    """Everything a report is drawn from (read from the store by `audit report`)."""

    title: str
    period: str
    rubric: Rubric
    frame: pd.DataFrame
    observations: list[Observation]
    periods: list[PeriodInfo]
    previous_period: str | None = None
    evidence_roots: list[Path] = field(default_factory=list)
    company: str | None = None
    competitors: list[str] = field(default_factory=list)
    contacts: list[TimedContact] = field(default_factory=list)
    """Contacts whose wait depends on when (`results.slot_contacts`): the by-slot tables."""
