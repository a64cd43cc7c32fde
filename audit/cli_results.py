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
from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

from audit.console import console, err_console, print_at_width
from audit.formats import emit
from audit.options import (
    CampaignOpt,
    FormatOpt,
    JsonOpt,
    OutputFormat,
    PeriodOpt,
    RubricOpt,
    WorkspaceOpt,
    output_format,
)
from audit.records import (
    comparison_records,
    metrics_records,
    observation_json,
    observation_records,
)
from audit.scoring import (
    Selection,
    leaderboard_frame,
    score_selection,
    select,
    selection_observations,
    selection_rubric,
)
from audit.workspace import open_store
from probes.base import Channel, Observation, Status
from probes.metrics import METRICS
from results.compare import UnknownCompanyError, compare, comparison_json, render_comparison
from results.export import SCORE_COLUMNS, ExportFormat, observations_frame, write_export
from results.findings import (
    findings,
    findings_json,
    render_findings,
    slot_findings,
    slot_lines,
)
from results.leaderboard import leaderboard_json, leaderboard_records, render_leaderboard
from results.leaderboard_json import summary_records
from results.ranking import DECIMALS
from results.safe_text import safe_text
from results.slot_contacts import contacts_of, slot_json, slot_stamps, stored_contacts
from results.store import Store
from rubrics.engine import AttemptScores, score_observations
from rubrics.explain import explain
from rubrics.interface import ObservationScore, Rubric

TopOpt = Annotated[int | None, typer.Option("--top", min=1, help="Show the first N rows only.")]
WideOpt = Annotated[
    bool, typer.Option("--wide", help="Every column, whatever the terminal's width.")
]


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


def score_and_show(
    store: Store,
    campaign_id: str | None,
    period: str | None,
    rubric_path: Path | None,
    channel: Channel | None = None,
    fmt: OutputFormat = OutputFormat.TABLE,
    top: int | None = None,
    wide: bool = False,
) -> None:
    """Score stored observations (no network, no writes) and print the leaderboard."""
    result = judged(store, campaign_id, period, rubric_path)
    selection, rubric, frame = result.selection, result.rubric, result.frame
    title = f"{selection.title} — rubric: {rubric.name}"
    if fmt is not OutputFormat.TABLE:
        records = (
            summary_records(frame, channel)
            if fmt is OutputFormat.MARKDOWN
            else leaderboard_records(frame, channel)
        )
        payload = {
            "period": selection.period,
            "campaigns": [c.id for c in selection.campaigns],
            "rubric": rubric.name,
            "rubric_hash": rubric.content_hash,
            "scale_note": rubric.scale_note,
            "rows": leaderboard_json(frame, channel),
        }
        shown = records if top is None else records[:top]
        if top is not None and isinstance(payload["rows"], list):
            payload["rows"] = payload["rows"][:top]
        emit(fmt, records=shown, payload=payload, title=title)
        return
    board = render_leaderboard(
        frame, title=title, channel=channel, scale_note=rubric.scale_note, top=top, wide=wide
    )
    if wide:
        print_at_width(board, board.natural_width())
    else:
        console.print(board)
    errors = result.attempts.count(Status.ERROR)
    if errors:
        err_console.print(
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
        fmt: FormatOpt = None,
    ) -> None:
        """(Re)score stored observations without probing anyone; prints the leaderboard.

        Scores are never stored: every results command judges the observations afresh
        with the rubric given (or the campaign's), so this is `leaderboard` for trying
        out a rubric. Example: audit score --rubric strict.yaml
        """
        score_and_show(open_store(workspace), campaign, period, rubric, fmt=output_format(fmt))

    @app.command()
    def leaderboard(
        workspace: WorkspaceOpt = Path("."),
        campaign: CampaignOpt = None,
        period: PeriodOpt = None,
        rubric: RubricOpt = None,
        channel: Annotated[Channel | None, typer.Option(help="Rank by one channel.")] = None,
        top: TopOpt = None,
        wide: WideOpt = False,
        fmt: FormatOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """The ranking of a period (with movement against the previous one), overall or
        for one channel. The table fits the terminal: columns that do not fit are left
        out (never cut); notes are footnotes under it.

        Example: audit leaderboard --period 2026-Q4 --channel phone --top 20
        """
        store = open_store(workspace)
        chosen = output_format(fmt, as_json)
        score_and_show(store, campaign, period, rubric, channel, chosen, top, wide)

    @app.command("findings")
    def findings_command(
        workspace: WorkspaceOpt = Path("."),
        campaign: CampaignOpt = None,
        period: PeriodOpt = None,
        rubric: RubricOpt = None,
        fmt: FormatOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Headline statistics from the data, each next to the field fact it mirrors.

        Example: audit findings --format markdown
        """
        store = open_store(workspace)
        result = judged(store, campaign, period, rubric)
        items = findings(result.observations, result.frame)
        ranked = {str(name) for name in result.frame["company"]}
        with store.engine.connect() as conn:
            contacts = stored_contacts(conn, [c.id for c in result.selection.campaigns])
            items += slot_findings(c for c in contacts if c.company in ranked)
        title = f"Findings — {result.selection.title}"
        chosen = output_format(fmt, as_json)
        if chosen is not OutputFormat.TABLE:
            data = findings_json(items)
            records = [row for row in data if isinstance(row, dict)]
            emit(chosen, records=records, payload=data, title=title)
            return
        console.print(render_findings(items, title=title))

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
        fmt: FormatOpt = None,
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
        chosen = output_format(fmt, as_json)
        if chosen is not OutputFormat.TABLE:
            records = comparison_records(result)
            emit(chosen, records=records, payload=comparison_json(result), title=result.company)
            return
        console.print(render_comparison(result, console.width))

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
            err_console.print(Text("wrote ") + Text(str(path), style="green"))

    @app.command()
    def metrics(fmt: FormatOpt = None) -> None:
        """Every metric name with its channel, unit and meaning (the export contract)."""
        chosen = output_format(fmt)
        if chosen is not OutputFormat.TABLE:
            emit(chosen, records=metrics_records(), title="metrics")
            return
        console.print(metrics_table() if console.width >= 120 else metrics_list())

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


def metrics_table() -> Table:
    """The metric contract as a table (wide terminals)."""
    longest = max(len(name) for name in METRICS)
    table = Table(title="metrics", box=box.SIMPLE_HEAD)
    table.add_column("name", no_wrap=True, min_width=longest)
    table.add_column("unit", no_wrap=True)
    table.add_column("source", no_wrap=True)
    table.add_column("better", no_wrap=True)
    table.add_column("meaning", overflow="fold", ratio=2)
    table.add_column("accuracy", overflow="fold", ratio=1)
    for m in METRICS.values():
        table.add_row(m.name, m.kind, m.source, m.better or "", m.meaning, m.accuracy)
    return table


def metrics_list() -> Group:
    """The metric contract as a list (narrow terminals): name, unit and source on one
    line, meaning and accuracy indented under it."""
    lines: list[Text] = [Text("metrics", style="bold")]
    for m in METRICS.values():
        better = f" · {m.better} is better" if m.better else ""
        lines.append(
            Text(m.name, style="bold") + Text(f"  {m.kind} · {m.source}{better}", style="dim")
        )
        lines.append(Text("  " + m.meaning))
        if m.accuracy:
            lines.append(Text("  accuracy: " + m.accuracy, style="dim"))
    return Group(*lines)


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
