"""Commands that run a campaign and resume it: run, config (the settings a run would use)
and collect (watching the mailboxes for replies again)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich import box
from rich.table import Table
from rich.text import Text

from audit import cli_plan, cli_results
from audit.campaign import load_campaign
from audit.campaign_periods import until_period
from audit.campaign_replies import earlier_waiting
from audit.console import console, err_console, progress_bar
from audit.fleet import cli as fleet_cli
from audit.formats import emit
from audit.lock import workspace_lock
from audit.options import (
    ConcurrencyOpt,
    FormatOpt,
    HeadlessOpt,
    NavigationTimeoutOpt,
    OutputFormat,
    PerHostDelayOpt,
    RetriesOpt,
    output_format,
    setting_flags,
)
from audit.scoring import SHIPPED_RUBRICS
from audit.settings import effective_settings, layered_settings
from audit.workspace import open_store
from probes.base import Clock
from probes.clock import utcnow
from probes.errors import OurSideError
from probes.registry import TWO_PHASE_PROBES
from results.safe_text import safe_text, strip_control

if TYPE_CHECKING:
    from audit.run_summary import RunSummary


def register(app: typer.Typer) -> None:
    """Add `run`, `config` and `collect` to the `audit` app, in this order."""
    app.command()(run)
    app.command()(config)
    app.command()(collect)


def run(
    ctx: typer.Context,
    campaign_file: Annotated[Path, typer.Argument(help="The campaign YAML file.")],
    concurrency: ConcurrencyOpt = None,
    per_host_delay: PerHostDelayOpt = None,
    navigation_timeout: NavigationTimeoutOpt = None,
    retries: RetriesOpt = None,
    headless: HeadlessOpt = None,
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
        setting_flags(concurrency, per_host_delay, navigation_timeout, retries, headless),
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
    """A line of news on stderr, printed literally (no markup, no control characters: it may
    name what a company sent), as `audit.console.ProgressReporter.note` prints."""
    err_console.print(Text(strip_control(message)))


class MailboxGaveUp(OurSideError):
    """A run or collect stopped waiting for a mailbox it could not reach (exit 3)."""


def _fail_if_gave_up(gave_up: list[str], campaign_file: Path) -> None:
    if gave_up:
        raise MailboxGaveUp(
            f"gave up on {', '.join(gave_up)}: unreachable or refusing the login; the "
            f"inquiries stay awaiting, nothing was judged: when it is back, run "
            f"`audit collect {campaign_file}`"
        )


def config(
    campaign_file: Annotated[
        Path | None, typer.Argument(help="A campaign YAML file (its settings: layer).")
    ] = None,
    concurrency: ConcurrencyOpt = None,
    per_host_delay: PerHostDelayOpt = None,
    navigation_timeout: NavigationTimeoutOpt = None,
    retries: RetriesOpt = None,
    headless: HeadlessOpt = None,
    fmt: FormatOpt = None,
) -> None:
    """The effective run settings and where each came from: default, campaign,
    environment (AUDIT_<NAME>) or flag (the same flags as `audit run`).

    Example: AUDIT_RETRIES=5 audit config campaign.yaml --concurrency 2
    """
    spec = load_campaign(campaign_file).campaign.settings if campaign_file else None
    flags = setting_flags(concurrency, per_host_delay, navigation_timeout, retries, headless)
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
