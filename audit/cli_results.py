"""Commands that judge and show stored results: score, leaderboard, findings, compare,
export, metrics, show. None of them touches the network."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any

import pandas as pd
import typer
from rich.table import Table
from rich.text import Text

from audit.console import console
from audit.options import CampaignOpt, PeriodOpt, RubricOpt, WorkspaceOpt
from audit.scoring import (
    Selection,
    leaderboard_frame,
    score_selection,
    select,
    selection_observations,
    selection_rubric,
)
from audit.workspace import open_store
from probes.base import Channel, Observation
from probes.metrics import METRICS
from results.compare import UnknownCompanyError, compare, comparison_json, render_comparison
from results.export import SCORE_COLUMNS, ExportFormat, observations_frame, write_export
from results.findings import findings, findings_json, render_findings
from results.leaderboard import leaderboard_json, render_leaderboard
from results.ranking import DECIMALS
from results.safe_text import safe_text
from results.store import Store
from rubrics.engine import AttemptScores, score_observations
from rubrics.explain import explain
from rubrics.interface import ObservationScore, Rubric

JsonOpt = Annotated[bool, typer.Option("--json", help="JSON instead of a table.")]


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
    report, attempts = score_selection(store, rubric, selection)
    frame = leaderboard_frame(store, selection, rubric, report, attempts)
    return Judged(store, selection, rubric, attempts, frame)


def score_and_show(
    store: Store,
    campaign_id: str | None,
    period: str | None,
    rubric_path: Path | None,
    channel: Channel | None = None,
    as_json: bool = False,
) -> None:
    """Score stored observations (no network, no writes) and print the leaderboard."""
    result = judged(store, campaign_id, period, rubric_path)
    selection, rubric, frame = result.selection, result.rubric, result.frame
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
    errors = sum(1 for *_, status, _ in result.attempts.rows() if status.value == "error")
    if errors:
        console.print(
            Text(
                f"{errors} observation(s) failed on our side and are not "
                "scored (see `audit status`).",
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

        Scores are never stored: every results command judges the observations afresh
        with the rubric given (or the campaign's), so this is `leaderboard` for trying
        out a rubric. Example: audit score --rubric strict.yaml
        """
        score_and_show(open_store(workspace), campaign, period, rubric)

    @app.command()
    def leaderboard(
        workspace: WorkspaceOpt = Path("."),
        campaign: CampaignOpt = None,
        period: PeriodOpt = None,
        rubric: RubricOpt = None,
        channel: Annotated[Channel | None, typer.Option(help="Rank by one channel.")] = None,
        as_json: JsonOpt = False,
    ) -> None:
        """The ranking of a period (with movement against the previous one), overall or
        for one channel.

        Example: audit leaderboard --period 2026-Q4 --channel phone
        """
        score_and_show(open_store(workspace), campaign, period, rubric, channel, as_json)

    @app.command("findings")
    def findings_command(
        workspace: WorkspaceOpt = Path("."),
        campaign: CampaignOpt = None,
        period: PeriodOpt = None,
        rubric: RubricOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Headline statistics from the data, each next to the field fact it mirrors.

        Example: audit findings --json
        """
        store = open_store(workspace)
        result = judged(store, campaign, period, rubric)
        items = findings(result.observations, result.frame)
        selection = result.selection
        if as_json:
            typer.echo(json.dumps(findings_json(items), ensure_ascii=False, indent=1))
            return
        console.print(render_findings(items, title=f"Findings — {selection.title}"))

    @app.command("compare")
    def compare_command(
        company: Annotated[str, typer.Argument(help="The company benchmarking itself.")],
        competitors: Annotated[
            str, typer.Option("--with", help="Competitors, comma-separated: A,B,C")
        ],
        workspace: WorkspaceOpt = Path("."),
        campaign: CampaignOpt = None,
        period: PeriodOpt = None,
        rubric: RubricOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """A company against chosen competitors, channel by channel and metric by metric,
        with the gap to the best of them.

        Example: audit compare "Acme Outdoor" --with "Berg Sport,Northwind"
        """
        store = open_store(workspace)
        judgement = judged(store, campaign, period, rubric)
        others = [name.strip() for name in competitors.split(",") if name.strip()]
        try:
            result = compare(judgement.frame, judgement.observations, company, others)
        except UnknownCompanyError as exc:
            raise typer.BadParameter(str(exc)) from None
        if as_json:
            typer.echo(json.dumps(comparison_json(result), ensure_ascii=False, indent=1))
            return
        console.print(render_comparison(result))

    @app.command()
    def export(
        fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="csv, json or parquet")],
        out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("export"),
        workspace: WorkspaceOpt = Path("."),
        campaign: CampaignOpt = None,
        period: PeriodOpt = None,
        rubric: RubricOpt = None,
        raw: Annotated[
            bool, typer.Option("--raw", help="CSV: keep cells starting with = + - @ as they are.")
        ] = False,
    ) -> None:
        """Write observations (metric names as in `audit metrics`), scores and the
        leaderboard to files. CSV cells a spreadsheet would run as formulas get a
        leading ' unless --raw.

        Example: audit export --format parquet --out export/
        """
        store = open_store(workspace)
        judgement = judged(store, campaign, period, rubric)
        selection, rub, by_campaign = judgement.selection, judgement.rubric, judgement.by_campaign
        frames = [observations_frame(cid, obs) for cid, obs in by_campaign.items()]
        owner = {o.attempt_id: cid for cid, obs in by_campaign.items() for o in obs}
        scores = pd.DataFrame(
            [
                {
                    "campaign_id": owner.get(attempt_id, ""),
                    "period": selection.period,
                    "rubric": rub.name,
                    "rubric_hash": rub.content_hash,
                    "attempt_id": attempt_id,
                    "company": company,
                    "channel": channel.value,
                    "status": status.value,
                    "score": None if value is None else round(value, DECIMALS),
                }
                for attempt_id, company, channel, status, value in judgement.attempts.rows()
            ],
            columns=list(SCORE_COLUMNS),
        )
        board = leaderboard_json(judgement.frame)
        observations = pd.concat(frames, ignore_index=True)
        for path in write_export(out, fmt, observations, scores, board, raw=raw):
            console.print(Text("wrote ") + Text(str(path), style="green"))

    @app.command()
    def metrics() -> None:
        """Every metric name with its channel, unit and meaning (the export contract)."""
        table = Table(title="metrics")
        for column in ("name", "unit", "source", "better", "meaning", "accuracy"):
            table.add_column(column)
        for m in METRICS.values():
            table.add_row(m.name, m.kind, m.source, m.better or "", m.meaning, m.accuracy)
        console.print(table)

    @app.command()
    def show(
        company: Annotated[str, typer.Argument(help="Company name as in the campaign.")],
        workspace: WorkspaceOpt = Path("."),
        campaign: CampaignOpt = None,
        period: PeriodOpt = None,
        rubric: RubricOpt = None,
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
        show_channels(rub, selection.period, observations)
        for obs, scored in zip(observations, explain(rub, observations), strict=True):
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
