"""Commands that judge and show stored results: score, leaderboard, export, metrics, show."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import pandas as pd
import typer
from rich.table import Table
from rich.text import Text

from audit.console import console
from audit.options import CampaignOpt, PeriodOpt, RubricOpt, WorkspaceOpt
from audit.scoring import (
    leaderboard_frame,
    score_selection,
    select,
    selection_observations,
    selection_rubric,
)
from audit.workspace import open_store
from probes.base import Channel
from probes.metrics import METRICS
from results.export import ExportFormat, observations_frame, write_export
from results.leaderboard import leaderboard_json, render_leaderboard
from results.safe_text import safe_text
from results.store import Store


def score_and_show(
    store: Store,
    campaign_id: str | None,
    period: str | None,
    rubric_path: Path | None,
    channel: Channel | None = None,
    as_json: bool = False,
) -> None:
    """Score stored observations (no network), save the scores and print the leaderboard."""
    selection = select(store, campaign_id, period)
    rubric = selection_rubric(selection, rubric_path)
    report = score_selection(store, selection, rubric)
    frame = leaderboard_frame(report, rubric)
    if as_json:
        payload = {
            "period": selection.period,
            "campaigns": [c.id for c in selection.campaigns],
            "rubric": rubric.name,
            "rubric_hash": rubric.content_hash,
            "scale_note": rubric.scale_note,
            "rows": leaderboard_json(frame, channel),
        }
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=1))
        return
    title = f"{selection.title} — rubric: {rubric.name}"
    console.print(
        render_leaderboard(frame, title=title, channel=channel, scale_note=rubric.scale_note)
    )
    errors = sum(1 for s in report.observations if s.status.value == "error")
    if errors:
        console.print(
            Text(
                f"{errors} observation(s) failed on our side and are not scored "
                "(see `audit status`).",
                style="yellow",
            )
        )


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `audit` app."""

    @app.command()
    def score(
        workspace: WorkspaceOpt = Path("."),
        campaign: CampaignOpt = None,
        period: PeriodOpt = None,
        rubric: RubricOpt = None,
    ) -> None:
        """(Re)score stored observations without probing anyone; prints the leaderboard.

        Example: audit score --rubric strict.yaml
        """
        score_and_show(open_store(workspace), campaign, period, rubric)

    @app.command()
    def leaderboard(
        workspace: WorkspaceOpt = Path("."),
        campaign: CampaignOpt = None,
        period: PeriodOpt = None,
        rubric: RubricOpt = None,
        channel: Annotated[Channel | None, typer.Option(help="Rank by one channel.")] = None,
        as_json: Annotated[bool, typer.Option("--json", help="JSON instead of a table.")] = False,
    ) -> None:
        """The ranking of a period, overall or for one channel.

        Example: audit leaderboard --period 2026-Q4 --channel phone
        """
        score_and_show(open_store(workspace), campaign, period, rubric, channel, as_json)

    @app.command()
    def export(
        fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="csv, json or parquet")],
        out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("export"),
        workspace: WorkspaceOpt = Path("."),
        campaign: CampaignOpt = None,
        period: PeriodOpt = None,
        rubric: RubricOpt = None,
    ) -> None:
        """Write observations (metric names as in `audit metrics`) and scores to files.

        Example: audit export --format parquet --out export/
        """
        store = open_store(workspace)
        selection = select(store, campaign, period)
        rub = selection_rubric(selection, rubric)
        report = score_selection(store, selection, rub)
        by_campaign = selection_observations(store, selection)
        observations = pd.concat(
            [observations_frame(cid, obs) for cid, obs in by_campaign.items()], ignore_index=True
        )
        scores = pd.DataFrame(
            [
                {
                    "period": selection.period,
                    "rubric": rub.name,
                    "rubric_hash": rub.content_hash,
                    "attempt_id": s.attempt_id,
                    "company": s.company,
                    "channel": s.channel.value,
                    "status": s.status.value,
                    "score": s.score,
                }
                for s in report.observations
            ]
        )
        board = leaderboard_json(leaderboard_frame(report, rub))
        for path in write_export(out, fmt, observations, scores, board):
            console.print(Text("wrote ") + Text(str(path), style="green"))

    @app.command()
    def metrics() -> None:
        """Every metric name with its channel, unit and meaning (the export contract)."""
        table = Table(title="metrics")
        for column in ("name", "unit", "meaning", "accuracy"):
            table.add_column(column)
        for m in METRICS.values():
            table.add_row(m.name, m.kind, m.meaning, m.accuracy)
        console.print(table)

    @app.command()
    def show(
        company: Annotated[str, typer.Argument(help="Company name as in the campaign.")],
        workspace: WorkspaceOpt = Path("."),
        campaign: CampaignOpt = None,
        period: PeriodOpt = None,
    ) -> None:
        """One company's observations, metrics and the paths to their evidence."""
        store = open_store(workspace)
        selection = select(store, campaign, period)
        observations = [
            obs for c in selection.campaigns for obs in store.observations(c.id, company)
        ]
        if not observations:
            known = ", ".join(sorted({n for c in selection.campaigns for n in store.targets(c.id)}))
            raise typer.BadParameter(f"no observations for {company!r} (companies: {known})")
        for obs in observations:
            header = Text(
                f"{obs.channel.value} · {obs.probe_id} · {obs.status.value} · ", style="bold"
            )
            console.print(header + safe_text(obs.attempt_id))
            if obs.detail:
                console.print(Text("  ") + safe_text(obs.detail, limit=500))
            for name, value in sorted(obs.metrics.items()):
                console.print(Text(f"  {name} = ") + safe_text(_value(value), limit=300))
            for ev in obs.evidence:
                console.print(
                    Text(f"  [{ev.kind}] ")
                    + safe_text(ev.path)
                    + Text("  ")
                    + safe_text(ev.caption, limit=120)
                )


def _value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
