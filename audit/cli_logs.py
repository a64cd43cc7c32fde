"""Commands for what people log: phone calls (live stopwatch or CSV) and returned orders (CSV).

The observers are in `probes.logs`; where their rows go (`--campaign`, else
`logs-<period>`) is `audit.log_routing`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from audit.console import console, err_console
from audit.log_routing import destination, number_to_dial, store_call, store_logged
from audit.options import CampaignOpt, PeriodOpt, WorkspaceOpt
from audit.scoring import select
from audit.workspace import open_store
from probes.logs.calls import read_calls
from probes.logs.returns import read_returns
from probes.logs.rows import LoggedRow
from probes.logs.stopwatch import run_stopwatch
from probes.yaml_source import SourceError
from results.safe_text import safe_text
from results.store import SelectionError, Store

phone_app = typer.Typer(
    help="Phone calls: time one live, or import a call log.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
returns_app = typer.Typer(
    help="Returned orders logged by shoppers.", no_args_is_help=True, rich_markup_mode=None
)
StrictOpt = Annotated[bool, typer.Option("--strict", help="Import nothing if any row is bad.")]


def _default_period(store: Store, period: str | None, campaign_id: str | None) -> str:
    if period is not None:
        return period
    if campaign_id is not None:
        return store.campaign(campaign_id).period
    try:
        return select(store).period
    except SelectionError:
        raise SelectionError("the log has no period column: give --period (e.g. 2026-Q4)") from None


def _show_error(error: SourceError) -> None:
    err_console.print(safe_text(error.one_line()), soft_wrap=True)


def _run_import(
    reader: Callable[[Path], Iterator[LoggedRow | SourceError]],
    file: Path,
    workspace: Path,
    campaign: str | None,
    period: str | None,
    strict: bool,
) -> None:
    store = open_store(workspace)
    if campaign is not None:
        store.campaign(campaign)  # an unknown campaign fails before any row is read
    counts = store_logged(
        store,
        reader(file),
        lambda: _default_period(store, period, campaign),
        campaign,
        strict=strict,
        on_error=_show_error,
        file=str(file),
    )
    for cid, n in sorted(counts.imported.items()):
        err_console.print(Text(f"imported {n} row(s) into campaign {cid}"))
    for (old, new), n in sorted(counts.moved.items()):
        err_console.print(Text(f"moved {n} row(s) from campaign {old} to {new}"))
    if counts.errors:
        kept = "nothing imported (--strict)" if strict else "good rows were kept"
        err_console.print(Text(f"{counts.errors} bad cell(s) in {file}; {kept}", style="yellow"))
        raise typer.Exit(2 if strict else 1)


@phone_app.command("import")
def phone_import(
    file: Annotated[
        Path, typer.Argument(help="Call log CSV (format: `audit phone import --help`).")
    ],
    workspace: WorkspaceOpt = Path("."),
    campaign: CampaignOpt = None,
    period: PeriodOpt = None,
    strict: StrictOpt = False,
) -> None:
    """Import calls timed elsewhere. Columns: company, dialed_at, period, number, ivr_end,
    agent, hold, transfers, wait_announced, callback_offered, resolved, hung_up, note.

    Times are seconds or m:ss offsets from dialing. Example: audit phone import calls.csv
    """
    _run_import(read_calls, file, workspace, campaign, period, strict)


@returns_app.command("import")
def returns_import(
    file: Annotated[Path, typer.Argument(help="Returns log CSV.")],
    workspace: WorkspaceOpt = Path("."),
    campaign: CampaignOpt = None,
    period: PeriodOpt = None,
    strict: StrictOpt = False,
) -> None:
    """Import returned orders. Columns: company, period, order_id, ordered, return_started,
    label_received, shipped_back, refund_received, notes (dates, ISO 8601).

    Example: audit returns import returns.csv
    """
    _run_import(read_returns, file, workspace, campaign, period, strict)


@phone_app.command("call")
def phone_call(
    company: Annotated[str, typer.Argument(help="Company name as in the campaign.")],
    number: Annotated[str | None, typer.Option(help="Number to dial (default: found)")] = None,
    workspace: WorkspaceOpt = Path("."),
    campaign: CampaignOpt = None,
    period: PeriodOpt = None,
) -> None:
    """Time a call live with single keys (shown on screen), then type a note.

    The number shown is the one the website probe found, else the company's own.
    Example: audit phone call "Acme Outdoor"
    """
    store = open_store(workspace)
    selection = select(store, campaign, period)
    number = number or number_to_dial(store, selection.period, company)
    # A campaign of another period fails now, not after the call.
    destination({c.id: c for c in store.campaigns()}, selection.period, campaign)
    log = run_stopwatch(console, company, number)
    obs = store_call(store, workspace.resolve() / "evidence", log, selection.period, campaign)
    console.print(
        Text(f"recorded {obs.status.value} call as {obs.attempt_id}; ")
        + safe_text(", ".join(f"{k}={v}" for k, v in sorted(obs.metrics.items())))
    )
