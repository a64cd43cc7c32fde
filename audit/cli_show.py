"""The `audit show` command: one company's observations, each with its metrics, the score
of each criterion and the evidence files, judged afresh from the store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.text import Text

from audit.console import console
from audit.formats import emit
from audit.options import (
    CampaignOpt,
    FormatOpt,
    OutputFormat,
    PeriodOpt,
    RubricOpt,
    WorkspaceOpt,
    output_format,
)
from audit.records import observation_json, observation_records
from audit.scoring import select, selection_rubric
from audit.workspace import open_store
from probes.base import Observation
from results.findings import slot_lines
from results.safe_text import safe_text
from results.slot_contacts import contacts_of, slot_json, slot_stamps
from rubrics.engine import score_observations
from rubrics.explain import explain
from rubrics.interface import ObservationScore, Rubric


def register(app: typer.Typer) -> None:
    """Add the `show` command to the `audit` app."""

    @app.command()
    def show(
        company: Annotated[str, typer.Argument(help="Company name as in the campaign.")],
        workspace: WorkspaceOpt = Path("."),
        campaign: CampaignOpt = None,
        period: PeriodOpt = None,
        rubric: RubricOpt = None,
        fmt: FormatOpt = None,
    ) -> None:
        """One company's observations: metrics, each criterion's score and the evidence files.

        Example: audit show "Acme Outdoor" --period 2026-Q3
        """
        store = open_store(workspace)
        selection = select(store, campaign, period)
        rub = selection_rubric(selection, rubric)
        observations = [
            obs for c in selection.campaigns for obs in store.observations(c.id, company)
        ]
        if not observations:
            known = sorted({n for c in selection.campaigns for n in store.targets(c.id)})
            raise typer.BadParameter(f"no observations for {company!r} (companies: {known})")
        pairs = list(zip(observations, explain(rub, observations), strict=True))
        with store.engine.connect() as conn:
            stamps = slot_stamps(conn, [c.id for c in selection.campaigns], company)
        chosen = output_format(fmt)
        if chosen is not OutputFormat.TABLE:
            records = [row for obs, sc in pairs for row in observation_records(obs, sc)]
            payload = [
                {**observation_json(obs, sc), "slot": slot_json(stamps, obs)} for obs, sc in pairs
            ]
            emit(chosen, records=records, payload=payload, title=company)
            return
        show_channels(rub, selection.period, observations)
        for line in slot_lines(contacts_of(observations, stamps)):
            console.print(Text("by slot: ", style="bold") + safe_text(line))
        for obs, scored in pairs:
            show_observation(obs, scored)


def show_channels(rubric: Rubric, period: str, observations: list[Observation]) -> None:
    """One line per channel: the company's score, attempts and, when the score rests on
    less than half of the criteria weight, a low-confidence warning."""
    report, _ = score_observations(rubric, observations, period)
    for card in report.scorecards:
        for ch, cs in card.channels.items():
            score = "not scored" if cs.score is None else f"{cs.score:.1f}"
            line = Text(f"{ch.value}: {score} (n={cs.n}, {cs.n_errors} our errors)", style="bold")
            if cs.low_confidence and cs.measured is not None:
                line.append(
                    f"  low confidence: {cs.measured:.0%} of the criteria weight judged",
                    style="yellow",
                )
            console.print(line)


_STATE_MARKS = {"unknown": " UNKNOWN (scored 0)", "failed": " (company failed)"}


def show_observation(obs: Observation, scored: ObservationScore) -> None:
    """Print one observation with its score, criteria (unknown ones marked), metrics and
    evidence."""
    score = "not scored" if scored.score is None else f"{scored.score:.1f}"
    header = Text(
        f"{obs.channel.value} · {obs.probe_id} · {obs.status.value} · {score} · ", style="bold"
    )
    console.print(header + safe_text(obs.attempt_id))
    if obs.detail:
        console.print(Text("  ") + safe_text(obs.detail, limit=500))
    for c in scored.criteria:
        value = "n/a" if c.score is None else f"{c.score:.2f}"
        mark = Text(_STATE_MARKS.get(c.state, ""), style="bold yellow")
        console.print(
            Text(f"  criterion {c.criterion_id} = {value}")
            + mark
            + Text(f"  ({c.metric}: ")
            + safe_text(_value(c.value), limit=100)
            + Text(") ")
            + Text(c.reason, style="dim")
        )
    for name, metric_value in sorted(obs.metrics.items()):
        if name == "phone.sightings" and isinstance(metric_value, str):
            show_sightings(metric_value)
            continue
        console.print(Text(f"  {name} = ") + safe_text(_value(metric_value), limit=300))
    for ev in obs.evidence:
        console.print(
            Text(f"  [{ev.kind}] ")
            + safe_text(ev.path)
            + Text("  ")
            + safe_text(ev.caption, limit=120)
        )


def show_sightings(cell: str) -> None:
    """One line per phone number seen: number, role, how, page, above the fold, size."""
    for row in json.loads(cell or "[]"):
        fold = "above fold" if row.get("above_fold") else "below fold"
        size = f" ×{row['font_ratio']}" if row.get("font_ratio") else ""
        line = f"  sighting {row['e164']} {row['role']} {row['how']} {fold}{size} "
        console.print(Text(line) + safe_text(str(row.get("page_url", "")), limit=120))


def _value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
