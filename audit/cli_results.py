"""Commands that judge and show stored results: score, leaderboard, findings, compare,
export. None of them touches the network (`audit metrics` and `audit show` are in
`audit/cli_metrics.py` and `audit/cli_show.py`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import pandas as pd
import typer
from rich.text import Text

from audit.console import console, err_console, print_at_width
from audit.formats import emit
from audit.judgement import judged
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
from audit.records import comparison_records
from audit.workspace import open_store
from probes.base import Channel, Status
from results.compare import UnknownCompanyError, compare, comparison_json
from results.compare_table import render_comparison
from results.export import SCORE_COLUMNS, ExportFormat, observations_frame, write_export
from results.findings import findings, findings_json, render_findings, slot_findings
from results.leaderboard import leaderboard_json, leaderboard_records, render_leaderboard
from results.leaderboard_json import summary_records
from results.ranking import DECIMALS
from results.slot_contacts import stored_contacts
from results.store import Store

TopOpt = Annotated[int | None, typer.Option("--top", min=1, help="Show the first N rows only.")]
WideOpt = Annotated[
    bool, typer.Option("--wide", help="Every column, whatever the terminal's width.")
]


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
