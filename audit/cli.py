"""The `audit` command line: run campaigns, follow them, judge and rank what they saw."""

from __future__ import annotations

import asyncio
import json
from importlib.metadata import version as package_version
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich import box
from rich.table import Table
from rich.text import Text
from sqlalchemy.exc import SQLAlchemyError

from audit import cli_metrics, cli_plan, cli_reanalyze, cli_report, cli_results, cli_show
from audit.campaign import load_campaign
from audit.campaign_periods import until_period
from audit.campaign_replies import earlier_waiting
from audit.cli_db import db_app
from audit.cli_logs import phone_app, returns_app
from audit.console import console, disable_color, err_console, fail, progress_bar
from audit.fleet import cli as fleet_cli
from audit.formats import emit
from audit.lock import workspace_lock
from audit.options import CampaignOpt, FormatOpt, OutputFormat, WorkspaceOpt, output_format
from audit.records import status_records
from audit.scoring import LOGS_KIND, SHIPPED_RUBRICS
from audit.settings import effective_settings, layered_settings
from audit.workspace import init_workspace, open_store
from probes.base import Clock
from probes.clock import utcnow
from probes.errors import AuditError, InputError, OurSideError
from probes.registry import TWO_PHASE_PROBES
from results.safe_text import safe_text
from results.schema import AttemptState

if TYPE_CHECKING:
    from audit.run_summary import RunSummary

app = typer.Typer(
    help="Mystery-shopping audits of customer service: probe, time, score and rank companies.\n\n"
    "Start with `audit demo`, or `audit init my-audit` and `audit run my-audit/campaign.yaml`.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    epilog="Exit codes: 0 done; 1 done with rejected input rows (imports); 2 bad input "
    "(file, line and field named); 3 our side failed (browser, mail server, database); "
    "130 interrupted (run it again to resume).",
)
sandbox_app = typer.Typer(
    help="The built-in sandbox world of simulated companies.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"audit (service-audit) {package_version('service-audit')}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
    no_color: Annotated[
        bool, typer.Option("--no-color", help="No colours (also: NO_COLOR=1 in the environment).")
    ] = False,
) -> None:
    """Options for every command."""
    if no_color:
        disable_color()


@app.command()
def demo(
    workspace: Annotated[
        Path, typer.Option("--workspace", "-w", help="Where the demo's data lands.")
    ] = Path("demo-workspace"),
    concurrency: Annotated[int, typer.Option(help="Attempts probed at once.")] = 4,
) -> None:
    """Start the sandbox world, audit it, score it and print the leaderboard.

    Everything runs on loopback; nothing leaves this machine.
    """
    _demo_module().run_demo(workspace, concurrency)


def _demo_module() -> Any:
    """`audit.demo`, which needs the sandbox extra; a one-line error when it is missing."""
    try:
        from audit import demo as demo_module
    except ImportError as exc:
        raise InputError(
            f"the sandbox world is not installed ({exc.name} missing): "
            "pip install 'service-audit[sandbox]'"
        ) from exc
    return demo_module


@app.command()
def init(
    folder: Annotated[Path, typer.Argument(help="Folder to create (must be empty or new).")],
) -> None:
    """Scaffold a workspace: a commented campaign.yaml, a companies.csv and a data folder.

    Example: audit init my-audit && audit run my-audit/campaign.yaml
    """
    created = init_workspace(folder)
    for path in created:
        err_console.print(Text("created ") + Text(str(path), style="green"))
    err_console.print(
        Text(f"next: edit {folder}/companies.csv, then: audit run {folder}/campaign.yaml")
    )


@app.command()
def run(
    ctx: typer.Context,
    campaign_file: Annotated[Path, typer.Argument(help="The campaign YAML file.")],
    concurrency: Annotated[int | None, typer.Option(help="Attempts probed at once.")] = None,
    per_host_delay: Annotated[
        float | None, typer.Option(help="Seconds between visits to one host.")
    ] = None,
    navigation_timeout: Annotated[float | None, typer.Option(help="Page-load bound, s.")] = None,
    retries: Annotated[int | None, typer.Option(help="Retries of our own failures.")] = None,
    headless: Annotated[bool | None, typer.Option("--headless/--headed")] = None,
    resend_uncertain: Annotated[
        bool,
        typer.Option(help="Re-send emails left `uncertain` by a crash mid-send (may send twice)."),
    ] = False,
    due_only: Annotated[
        bool, typer.Option(help="Scheduled campaigns: run what is due, then exit (for cron).")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option(help="Print what would run now (and what waits); run nothing.")
    ] = False,
    queue: Annotated[
        str | None,
        typer.Option(help="Enqueue the attempts for `audit worker`s (redis://host:port/0)."),
    ] = None,
) -> None:
    """Probe every company of a campaign; resumable: run it again after any interruption.

    Settings come from defaults < the campaign's settings: < AUDIT_* environment
    variables < these flags. Example: audit run campaign.yaml --concurrency 2
    """
    loaded = load_campaign(campaign_file)
    settings = layered_settings(
        loaded.campaign.settings,
        {
            "concurrency": concurrency,
            "per_host_delay_s": per_host_delay,
            "navigation_timeout_s": navigation_timeout,
            "retries": retries,
            "headless": headless,
        },
    )
    if dry_run:
        from audit.phone_calls import print_planned_calls  # the phone probe's stack, when needed

        cli_plan.print_due_now(loaded, utcnow())
        print_planned_calls(loaded, utcnow(), None)
        return
    if queue is not None:
        store = open_store(loaded.workspace, create=True)
        fleet_cli.print_enqueued(fleet_cli.enqueue(store, loaded, settings, queue))
        return
    ctx.with_resource(workspace_lock(loaded.workspace, "run"))
    store = open_store(loaded.workspace, create=True)
    from audit.runner import Runner  # the browser stack: imported when needed
    from audit.two_phase_runs import watch_two_phase

    while True:  # a recurring campaign: period after period, unless --due-only
        with progress_bar(f"auditing {loaded.campaign.name}") as reporter:
            summary = asyncio.run(
                Runner(store, loaded, settings, reporter).run(resend_uncertain, due_only)
            )
        print_run_summary(summary)
        rubric = loaded.rubric_path or SHIPPED_RUBRICS[loaded.campaign.rubric]
        cli_results.score_and_show(store, None, loaded.campaign.period, rubric)
        _fail_if_gave_up(summary.gave_up(), loaded.source)
        for earlier in earlier_waiting(store, loaded):  # replies to earlier periods' inquiries
            phases = asyncio.run(watch_two_phase(store, earlier, _note))
            _fail_if_gave_up([g for p in phases.values() for g in p.gave_up], campaign_file)
        if due_only or loaded.next_period is None:
            break
        asyncio.run(until_period(loaded.next_period, Clock(), asyncio.sleep, err_console.print))
        loaded = load_campaign(campaign_file, loaded.next_period)


def _note(message: str) -> None:
    """A line of news on stderr, printed literally (no markup)."""
    err_console.print(Text(message))


class MailboxGaveUp(OurSideError):
    """A run or collect stopped waiting for a mailbox it could not reach (exit 3)."""


def _fail_if_gave_up(gave_up: list[str], campaign_file: Path) -> None:
    if gave_up:
        raise MailboxGaveUp(
            f"gave up on {', '.join(gave_up)}: unreachable or refusing the login; the "
            f"inquiries stay awaiting, nothing was judged: when it is back, run "
            f"`audit collect {campaign_file}`"
        )


@app.command()
def config(
    campaign_file: Annotated[
        Path | None, typer.Argument(help="A campaign YAML file (its settings: layer).")
    ] = None,
    concurrency: Annotated[int | None, typer.Option(help="Attempts probed at once.")] = None,
    per_host_delay: Annotated[
        float | None, typer.Option(help="Seconds between visits to one host.")
    ] = None,
    navigation_timeout: Annotated[float | None, typer.Option(help="Page-load bound, s.")] = None,
    retries: Annotated[int | None, typer.Option(help="Retries of our own failures.")] = None,
    headless: Annotated[bool | None, typer.Option("--headless/--headed")] = None,
    fmt: FormatOpt = None,
) -> None:
    """The effective run settings and where each came from: default, campaign,
    environment (AUDIT_<NAME>) or flag (the same flags as `audit run`).

    Example: AUDIT_RETRIES=5 audit config campaign.yaml --concurrency 2
    """
    spec = load_campaign(campaign_file).campaign.settings if campaign_file else None
    flags = {
        "concurrency": concurrency,
        "per_host_delay_s": per_host_delay,
        "navigation_timeout_s": navigation_timeout,
        "retries": retries,
        "headless": headless,
    }
    records = [
        {"setting": name, "value": value, "from": layer}
        for name, (value, layer) in effective_settings(spec, flags).items()
    ]
    chosen = output_format(fmt)
    if chosen is not OutputFormat.TABLE:
        emit(chosen, records=records, title="settings")
        return
    table = Table(title="effective settings", box=box.SIMPLE_HEAD)
    for column in ("setting", "value", "from"):
        table.add_column(column, overflow="fold")
    for record in records:
        table.add_row(
            str(record["setting"]), safe_text(json.dumps(record["value"])), str(record["from"])
        )
    console.print(table)


def print_run_summary(summary: RunSummary) -> None:
    """One paragraph on what a run did."""
    statuses = ", ".join(f"{v} {k}" for k, v in sorted(summary.statuses.items())) or "nothing"
    line = (
        f"campaign {summary.campaign_id}: {summary.ran} attempts run "
        f"({summary.planned_new} newly planned, {summary.resumed} resumed after interruption, "
        f"{summary.failed_before} failed earlier and tried again, "
        f"{summary.retried} retries, {summary.failed} failed on our side); observations: {statuses}"
    )
    err_console.print(Text(line))
    if summary.missed:
        count = len(summary.missed)
        err_console.print(Text(f"{count} attempts missed their slot and were re-planned (above)"))
    if summary.next_due is not None:
        when = summary.next_due.isoformat(timespec="minutes")
        err_console.print(
            Text(f"{summary.waiting} attempts waiting for their slot; next due {when}")
        )
    for phase in summary.two_phase.values():
        err_console.print(Text(phase.line()))


@app.command()
def collect(
    ctx: typer.Context,
    campaign_file: Annotated[Path, typer.Argument(help="The campaign YAML file.")],
    once: Annotated[bool, typer.Option(help="Read each mailbox once instead of watching.")] = False,
) -> None:
    """Resume watching the mailboxes for replies to a campaign's emails (after a restart).

    Watches until every inquiry is answered or past its deadline. Example:
    audit collect campaign.yaml
    """
    loaded = load_campaign(campaign_file)
    if not any(p in TWO_PHASE_PROBES for p in loaded.campaign.probes):
        raise typer.BadParameter(
            "this campaign has no probe that waits for replies (email)", param_hint="campaign_file"
        )
    ctx.with_resource(workspace_lock(loaded.workspace, "collect"))
    store = open_store(loaded.workspace)
    from audit.two_phase_runs import watch_two_phase  # the probes' stack: imported when needed

    for each in [*earlier_waiting(store, loaded), loaded]:  # a recurring file: earlier periods too
        period = f"{each.campaign.period}: " if loaded.campaign.recurrence else ""
        with progress_bar("watching for replies") as reporter:
            phases = asyncio.run(watch_two_phase(store, each, reporter.note, until_done=not once))
        for phase in phases.values():
            err_console.print(Text(period + phase.line()))
        _fail_if_gave_up([g for p in phases.values() for g in p.gave_up], campaign_file)


@app.command()
def status(
    workspace: WorkspaceOpt = Path("."), campaign: CampaignOpt = None, fmt: FormatOpt = None
) -> None:
    """Attempts by state for a campaign (planned, running, done, failed...)."""
    store = open_store(workspace)
    if campaign is None:  # the latest audit, not the latest imported log
        audits = [c for c in store.campaigns() if c.spec.get("kind") != LOGS_KIND]
        campaign = audits[-1].id if audits else None
    row = store.campaign(campaign)
    counts = store.state_counts(row.id)
    seen = {state for counter in counts.values() for state in counter}
    states = [s.value for s in AttemptState if s.value in seen or s is AttemptState.DONE]
    failed = store.attempts(row.id, [AttemptState.FAILED, AttemptState.UNCERTAIN])
    chosen = output_format(fmt)
    if chosen is not OutputFormat.TABLE:
        problems = [
            {"attempt_id": a.id, "state": a.state.value, "error": a.last_error} for a in failed
        ]
        payload = {"campaign": row.id, "period": row.period, "by_probe": [
            {"probe": p, **dict(c)} for p, c in sorted(counts.items())
        ], "problems": problems}  # fmt: skip
        emit(chosen, records=status_records(counts, states), payload=payload, title=row.name)
        return
    console.print(Text(f"{row.name} ({row.period}) · campaign {row.id}", style="bold"))
    table = Table()
    table.add_column("probe")
    for state in states:
        table.add_column(state, justify="right")
    for probe_id, counter in sorted(counts.items()):
        table.add_row(probe_id, *[str(counter.get(s, 0) or "") for s in states])
    console.print(table)
    for attempt in failed:
        console.print(
            Text(f"{attempt.state.value}: ")
            + safe_text(attempt.id)
            + Text(" — ")
            + safe_text(attempt.last_error or "", limit=200)
        )
    fleet_cli.print_workers(store)
    for mailbox in store.mailboxes(row.id):
        if mailbox.unreachable_since is not None:
            since = mailbox.unreachable_since.isoformat(timespec="seconds")
            console.print(
                Text("mailbox unreachable since ", style="red")
                + Text(since)
                + Text(": ")
                + safe_text(mailbox.account)
                + Text(" — ")
                + safe_text(mailbox.problem or "", limit=200)
                + Text(" (its inquiries stay awaiting; `audit collect` when it is back)")
            )


@sandbox_app.command("serve")
def sandbox_serve(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (0 = any free one).")] = 0,
    latency_ms: Annotated[
        float, typer.Option(help="Delay every response, like a site across a network.")
    ] = 0.0,
) -> None:
    """Serve the sandbox websites for a person to browse (Ctrl-C to stop).

    Example: audit sandbox serve --port 8080 --latency-ms 80
    """
    _demo_module().serve_sandbox(port, latency_ms)


# Registered here so `audit --help` lists the commands in the order of a campaign.
cli_plan.register(app)
cli_results.register(app)
cli_metrics.register(app)
cli_show.register(app)
cli_reanalyze.register(app)
cli_report.register(app)
app.add_typer(phone_app, name="phone")
app.add_typer(returns_app, name="returns")
app.add_typer(sandbox_app, name="sandbox")
app.add_typer(db_app, name="db")
fleet_cli.register(app)  # `audit worker` (its Celery stack is imported when it starts)


def main() -> None:
    """Entry point: runs the app and turns known failures into one-line errors."""
    try:
        app()
    except SystemExit as exc:
        if exc.code == 130:  # typer turns Ctrl-C into exit 130
            fail("interrupted; run the same command again to resume", code=130)
        raise
    except AuditError as exc:
        fail(exc.one_line(), code=exc.exit_code)
    except SQLAlchemyError as exc:
        detail = getattr(exc, "orig", None) or exc
        fail(f"database error: {' '.join(str(detail).split())[:300]}")
    except OSError as exc:
        fail(f"{exc.strerror or type(exc).__name__}: {exc.filename or ''}".rstrip(": "))
    except KeyboardInterrupt:
        fail("interrupted; run the same command again to resume", code=130)
