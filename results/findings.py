"""Headline findings computed from the observations, the way StellaService reported them.

Each finding is a share of companies (or a median across companies) next to
the field fact it mirrors (docs/ARCHITECTURE.md, "Facts from the field"). A company's
attempts are aggregated first (median time, any flag), then companies are
counted, so a company probed 20 times weighs as much as one probed once.

- Our own errors are left out. Unanswered calls, emails and chats are
  censored waits (`rubrics.summary.metric_value`, the rule `audit compare`
  and the leaderboard use too): "never", longer than the deadline, slower
  than any threshold; a returned order never refunded likewise.
- Logged calls and returned orders count as well as probes: resolved calls,
  transfers, hold and refund times.
- A finding without data says so (`n` = 0, `value` None), never 0%.
- `field_value` is the field figure in the same direction and unit as
  `value` (90% sent no acknowledgement -> 0.10 acknowledging), so the two
  compare directly; `field_fact` quotes the original.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence

import pandas as pd
from pydantic import BaseModel, ConfigDict
from rich import box
from rich.table import Table
from rich.text import Text

from probes.base import Channel, Observation
from results.finding_companies import attempts_by_company
from results.finding_specs import SPECS, FindingUnit
from results.interface import json_figures
from results.leaderboard import NO_DATA, format_duration
from results.safe_text import safe_text
from results.slot_contacts import TimedContact
from results.slot_mix import breakdown
from results.slots import SLOT_WHAT
from rubrics.interface import Scorecard


class Finding(BaseModel):
    """One headline statistic next to the field fact it mirrors."""

    model_config = ConfigDict(frozen=True)

    id: str
    statement: str
    value: float | None
    unit: FindingUnit
    n: int
    field_fact: str
    field_value: float | None


def _companies_of(ranked: Sequence[Scorecard] | pd.DataFrame | None) -> set[str] | None:
    if ranked is None:
        return None
    if isinstance(ranked, pd.DataFrame):
        return {str(name) for name in ranked["company"]}
    return {card.company for card in ranked}


def findings(
    observations: Iterable[Observation],
    ranked: Sequence[Scorecard] | pd.DataFrame | None = None,
) -> list[Finding]:
    """The headline findings, in a fixed order (see `results.finding_specs.SPECS`).

    `ranked` (the campaign's scorecards or ranking frame) limits the companies
    to those ranked; without it every observed company counts.
    """
    companies = list(attempts_by_company(observations, _companies_of(ranked)).values())
    out = []
    for spec in SPECS:
        values = [v for v in (spec.per_company(c) for c in companies) if v is not None]
        value: float | None
        if not values:
            value = None
        elif spec.unit == "share":
            value = sum(1 for v in values if v) / len(values)
        else:
            value = float(statistics.median(values))
        out.append(
            Finding(
                id=spec.id,
                statement=spec.statement,
                value=value,
                unit=spec.unit,
                n=len(values),
                field_fact=spec.field_fact,
                field_value=spec.field_value,
            )
        )
    return out


def format_value(value: float | None, unit: FindingUnit, n: int | None = None) -> str:
    """A finding's value as read: `23% (7 of 30)`, `4.2 min`, `30 d`; "—" without data."""
    if value is None:
        return NO_DATA
    if unit == "share":
        shown = f"{value:.0%}"
        return f"{shown} ({round(value * n)} of {n})" if n else shown
    if unit == "seconds":
        return format_duration(value)
    if unit == "count":
        return f"{value:g}"
    return f"{value:g} d"


def render_findings(items: Sequence[Finding], title: str = "Findings") -> Table:
    """A rich table: statement, our figure (with how many companies), the field fact."""
    table = Table(title=safe_text(title), box=box.SIMPLE_HEAD)
    table.add_column("Finding")
    table.add_column("Here", justify="right", style="bold")
    table.add_column("Field", justify="right", style="cyan")
    table.add_column("Field fact", style="dim")
    for item in items:
        if item.n == 0:
            here = Text("no data (n = 0)", style="dim")
        else:
            here = Text(
                format_value(item.value, item.unit, item.n if item.unit == "share" else None)
            )
            if item.unit != "share":
                here.append(f" n={item.n}", style="dim")
        table.add_row(
            safe_text(item.statement),
            here,
            format_value(item.field_value, item.unit),
            safe_text(item.field_fact),
        )
    return table


def findings_json(items: Sequence[Finding]) -> list[object]:
    """The findings as JSON-safe dicts (None where there is no data; figures rounded)."""
    return [json_figures(item.model_dump(mode="python")) for item in items]


def slot_findings(contacts: Iterable[TimedContact]) -> list[Finding]:
    """Each channel's wait per slot band ("first chat reply on weekday mornings"): the
    median across companies of each one's median, censored waits counted as never."""
    return [
        Finding(
            id=f"slot.{t.channel.value}.{t.band.lower().replace(' ', '_')}",
            statement=f"median {SLOT_WHAT[t.channel]} on {t.band}",
            value=t.median_s,
            unit="seconds",
            n=t.companies,
            field_fact="",
            field_value=None,
        )
        for t in breakdown(contacts)
    ]


def slot_lines(contacts: Iterable[TimedContact]) -> list[str]:
    """One line per channel: `first chat reply: 40 s on weekday mornings (n=3), 6 min on
    Saturday evenings (n=2)` (n: contacts)."""
    by_channel: dict[Channel, list[str]] = {}
    for t in breakdown(contacts):
        by_channel.setdefault(t.channel, []).append(
            f"{format_duration(t.median_s)} on {t.band} (n={t.contacts})"
        )
    return [f"{SLOT_WHAT[ch]}: {', '.join(parts)}" for ch, parts in by_channel.items()]
