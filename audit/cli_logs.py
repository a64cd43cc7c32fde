"""Commands for what people log: phone calls (live stopwatch or CSV) and returned orders (CSV).

Logged observations go into a campaign of their period: `--campaign` if given,
else a "logs" campaign per period (`logs-<period>`), created on first use and
ranked together with the other campaigns of that period.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from audit.call_import import import_calls
from audit.campaign import slug
from audit.console import console, err_console
from audit.csv_rows import ImportResult
from audit.options import CampaignOpt, PeriodOpt, WorkspaceOpt
from audit.phone_stopwatch import call_log_to_observation, run_stopwatch
from audit.returns_import import import_returns
from audit.scoring import LOGS_KIND, select
from audit.workspace import open_store
from probes.base import Observation
from results.safe_text import safe_text
from results.store import Store, StoreError

phone_app = typer.Typer(
    help="Phone calls: time one live, or import a call log.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
returns_app = typer.Typer(
    help="Returned orders logged by shoppers.", no_args_is_help=True, rich_markup_mode=None
)
StrictOpt = Annotated[bool, typer.Option("--strict", help="Import nothing if any row is bad.")]


def logs_campaign(store: Store, period: str, campaign_id: str | None) -> str:
    """The campaign that receives logged observations of `period`."""
    if campaign_id is not None:
        row = store.campaign(campaign_id)
        if row.period != period:
            raise StoreError(
                f"row period {period!r} does not match campaign {row.id!r} ({row.period})"
            )
        return row.id
    logs_id = f"logs-{slug(period)}"
    if not any(c.id == logs_id for c in store.campaigns()):
        store.save_campaign(
            logs_id,
            f"Logged calls and returns ({period})",
            period,
            "logs",
            {"kind": LOGS_KIND, "rubric": None},
            {},
        )
    return logs_id


def record_logged(
    store: Store,
    observations: list[Observation],
    periods: dict[str, str],
    default_period: str,
    campaign_id: str | None,
) -> dict[str, int]:
    """Store logged observations in their period's campaign; returns counts per campaign."""
    counts: dict[str, int] = {}
    for obs in observations:
        period = periods.get(obs.attempt_id, default_period)
        cid = logs_campaign(store, period, campaign_id)
        store.save_campaign_companies(cid, {obs.company: {"name": obs.company}})
        store.plan_attempts(cid, [(obs.attempt_id, obs.company, obs.probe_id, 1)])
        store.record(cid, obs.attempt_id, [obs], replace=True)
        counts[cid] = counts.get(cid, 0) + 1
    return counts


def _default_period(store: Store, period: str | None) -> str:
    if period is not None:
        return period
    try:
        return select(store).period
    except StoreError:
        raise StoreError("the log has no period column: give --period (e.g. 2026-Q4)") from None


def _run_import(
    importer: Callable[[Path, bool], ImportResult],
    file: Path,
    workspace: Path,
    campaign: str | None,
    period: str | None,
    strict: bool,
) -> None:
    result = importer(file, strict)
    for error in result.errors:
        err_console.print(safe_text(error.one_line()), soft_wrap=True)
    store = open_store(workspace)
    if result.observations:
        needs_default = any(o.attempt_id not in result.periods for o in result.observations)
        default = _default_period(store, period) if needs_default else ""
        counts = record_logged(store, result.observations, result.periods, default, campaign)
        for cid, n in sorted(counts.items()):
            console.print(Text(f"imported {n} row(s) into campaign {cid}"))
    if result.errors:
        kept = "nothing imported (--strict)" if strict else "good rows were kept"
        console.print(Text(f"{len(result.errors)} bad cell(s) in {file}; {kept}", style="yellow"))
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
    _run_import(import_calls, file, workspace, campaign, period, strict)


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
    _run_import(import_returns, file, workspace, campaign, period, strict)


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
    number = number or _known_number(store, selection.campaigns[-1].id, company)
    log = run_stopwatch(console, company, number)
    cid = logs_campaign(store, selection.period, campaign)
    seq = 1 + sum(1 for a in store.attempts(cid, probe_id="phone-call") if a.company == company)
    attempt = f"{cid}/{slug(company)}/phone-call/{seq}"
    evidence = workspace.resolve() / "evidence" / cid / slug(company) / f"phone-call-{seq}.json"
    evidence.parent.mkdir(parents=True, exist_ok=True)
    evidence.write_text(log.model_dump_json(indent=1), encoding="utf-8")
    obs = call_log_to_observation(log, attempt, str(evidence))
    record_logged(store, [obs], {}, selection.period, cid)
    console.print(
        Text(f"recorded {obs.status.value} call as {attempt}; ")
        + safe_text(", ".join(f"{k}={v}" for k, v in sorted(obs.metrics.items())))
    )


def _known_number(store: Store, campaign_id: str, company: str) -> str | None:
    for obs in store.observations(campaign_id, company):
        numbers = obs.metrics.get("phone.numbers")
        if isinstance(numbers, list) and numbers:
            return str(numbers[0])
    target = store.targets(campaign_id).get(company, {})
    phone = target.get("phone")
    return str(phone) if phone else None
