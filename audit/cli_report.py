"""`audit report`: a self-contained static HTML report of a period, to share with people
who have no terminal."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from audit.console import console, err_console
from audit.judgement import Judged, judged
from audit.options import CampaignOpt, PeriodOpt, RubricOpt, WorkspaceOpt
from audit.workspace import open_store
from probes.errors import InputError
from results.periods import campaigns_by_period, period_key
from results.slot_contacts import TimedContact, stored_contacts
from results.store import Store


class UnknownCompanyInReportError(InputError):
    """--company or --with names a company the period does not have."""


def _resolve(name: str, known: list[str]) -> str:
    if name in known:
        return name
    folded = {k.casefold(): k for k in known}
    if name.casefold() in folded:
        return folded[name.casefold()]
    shown = ", ".join(sorted(known)[:10]) + (" …" if len(known) > 10 else "")
    raise UnknownCompanyInReportError(f"no company {name!r} in this period (companies: {shown})")


def build_report(
    store: Store,
    workspace: Path,
    out: Path,
    *,
    campaign: str | None = None,
    period: str | None = None,
    rubric: Path | None = None,
    company: str | None = None,
    competitors: list[str] | None = None,
) -> Path:
    """Judge the selection (no network) and write the report; returns index.html's path."""
    # Charts (matplotlib) and the runner's paths: imported here so other commands start faster.
    from audit.campaign_attempts import evidence_root
    from results.report import PeriodInfo, ReportInput, write_report

    result = judged(store, campaign, period, rubric)
    selection = result.selection
    known = [str(c) for c in result.frame["company"]]
    focus = _resolve(company, known) if company else None
    others = [_resolve(name, known) for name in competitors or []]
    # Ranks in the previous period come with the frame (`prev_rank`), judged with the
    # same rubric; only its label is looked up here.
    earlier = [
        p for p in campaigns_by_period(store) if period_key(p) < period_key(selection.period)
    ]
    previous_period = earlier[-1] if selection.is_period and earlier else None
    periods = [
        PeriodInfo(label, [row.name for row in rows])
        for label, rows in campaigns_by_period(store).items()
    ]
    roots = [workspace, *(evidence_root(workspace, c.id) for c in selection.campaigns), Path.cwd()]
    return write_report(
        ReportInput(
            title=selection.title, period=selection.period, rubric=result.rubric,
            frame=result.frame, observations=result.observations, periods=periods,
            previous_period=previous_period, evidence_roots=roots,
            company=focus, competitors=others, contacts=_contacts(store, result),
        ),
        out,
    )  # fmt: skip


def _contacts(store: Store, result: Judged) -> list[TimedContact]:
    """The ranked companies' contacts whose wait depends on when (the by-slot tables)."""
    ranked = {str(name) for name in result.frame["company"]}
    with store.engine.connect() as conn:
        contacts = stored_contacts(conn, [c.id for c in result.selection.campaigns])
        return [c for c in contacts if c.company in ranked]


def register(app: typer.Typer) -> None:
    """Add `audit report` to the app."""

    @app.command()
    def report(
        workspace: WorkspaceOpt = Path("."),
        campaign: CampaignOpt = None,
        period: PeriodOpt = None,
        rubric: RubricOpt = None,
        company: Annotated[
            str | None, typer.Option("--company", help="A company for the 'you vs' page.")
        ] = None,
        competitors: Annotated[
            str, typer.Option("--with", help="Its competitors, comma-separated: A,B,C")
        ] = "",
        out: Annotated[
            Path | None, typer.Option("--out", "-o", help="Folder (default: WORKSPACE/report).")
        ] = None,
    ) -> None:
        """Write a static HTML report (index.html, a page per company, methodology) that
        opens without a network: charts are inline SVG, no scripts. Prints its path.

        Example: audit report -w my-audit --company "Acme" --with "Berg,Northwind"
        """
        others = [n.strip() for n in competitors.split(",") if n.strip()]
        if others and company is None:
            raise typer.BadParameter("--with needs --company")
        store = open_store(workspace)
        target = out if out is not None else workspace / "report"
        err_console.print(f"writing the report into {target}/ …")
        index = build_report(
            store, workspace, target, campaign=campaign, period=period, rubric=rubric,
            company=company, competitors=others,
        )  # fmt: skip
        console.print(str(index), soft_wrap=True)
