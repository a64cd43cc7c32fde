"""Commands for what people log: phone calls (live stopwatch or CSV) and returned orders (CSV).

Logged observations go into a campaign of their period: `--campaign` if given,
else a "logs" campaign per period (`logs-<period>`), created when a row first goes
into it and ranked together with the other campaigns of that period. Every row's
destination is checked before anything is written: a row of another period than
`--campaign`'s is a `file:line: period:` error like a bad cell. A row imported
before into another campaign (its period corrected) is moved there, not copied.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
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
from probes.yaml_source import SourceError
from results.periods import campaigns_by_period
from results.safe_text import safe_text
from results.store import CampaignRow, SelectionError, Store

phone_app = typer.Typer(
    help="Phone calls: time one live, or import a call log.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
returns_app = typer.Typer(
    help="Returned orders logged by shoppers.", no_args_is_help=True, rich_markup_mode=None
)
StrictOpt = Annotated[bool, typer.Option("--strict", help="Import nothing if any row is bad.")]


class WrongPeriod(ValueError):
    """A logged row cannot go where its period says; the message names why."""


def destination(known: Mapping[str, CampaignRow], period: str, campaign_id: str | None) -> str:
    """The id of the campaign that receives a logged row of `period` (nothing is written).

    `campaign_id` if given (its period must be `period`), else `logs-<period>`.
    """
    if campaign_id is not None:
        row = known.get(campaign_id)
        if row is None:
            raise SelectionError(
                f"no campaign {campaign_id!r} in the store (known: {', '.join(known)})"
            )
        if row.period != period:
            raise WrongPeriod(f"{period!r} does not match campaign {row.id!r} ({row.period})")
        return row.id
    logs_id = f"logs-{slug(period)}"
    existing = known.get(logs_id)
    if existing is not None and existing.period != period:
        raise WrongPeriod(f"{period!r} maps to campaign {logs_id!r}, which is {existing.period!r}")
    return logs_id


def period_errors(
    store: Store, result: ImportResult, default_period: str, campaign_id: str | None
) -> dict[str, SourceError]:
    """Attempt id -> a `file:line: period: ...` error, for rows with no valid destination."""
    known = {c.id: c for c in store.campaigns()}
    errors = {}
    for obs in result.observations:
        try:
            destination(known, result.periods.get(obs.attempt_id, default_period), campaign_id)
        except WrongPeriod as exc:
            line = result.lines.get(obs.attempt_id)
            errors[obs.attempt_id] = SourceError(result.file, line, "period", str(exc))
    return errors


@dataclass(frozen=True)
class LoggedCounts:
    """What `record_logged` wrote: rows per campaign, and rows moved (from, to) a campaign."""

    imported: dict[str, int]
    moved: dict[tuple[str, str], int]


def record_logged(
    store: Store,
    observations: list[Observation],
    periods: dict[str, str],
    default_period: str,
    campaign_id: str | None,
) -> dict[str, int]:
    """Store logged observations in their period's campaign; returns counts per campaign."""
    return write_logged(store, observations, periods, default_period, campaign_id).imported


def write_logged(
    store: Store,
    observations: list[Observation],
    periods: dict[str, str],
    default_period: str,
    campaign_id: str | None,
) -> LoggedCounts:
    """Store logged observations in their period's campaign (`destination`).

    Every destination is checked before anything is written (a `WrongPeriod` or
    `StoreError` leaves the store as it was). A `logs-<period>` campaign is created
    only when a row goes into it; companies are added, never overwritten; a row
    imported before into another campaign (a corrected period) is moved, not copied.
    """
    known = {c.id: c for c in store.campaigns()}
    routed: dict[str, tuple[str, list[Observation]]] = {}
    for obs in observations:
        period = periods.get(obs.attempt_id, default_period)
        cid = destination(known, period, campaign_id)
        routed.setdefault(cid, (period, []))[1].append(obs)
    imported: dict[str, int] = {}
    moved: dict[tuple[str, str], int] = {}
    for cid, (period, batch) in routed.items():
        if cid not in known:
            spec = {"kind": LOGS_KIND, "rubric": None}
            store.save_campaign(
                cid, f"Logged calls and returns ({period})", period, "logs", spec, {}
            )
        companies = {obs.company: {"name": obs.company} for obs in batch}
        store.save_campaign_companies(cid, companies, overwrite=False)
        for obs in batch:
            previous = store.move_attempt(obs.attempt_id, cid)
            if previous is None:
                store.plan_attempts(cid, [(obs.attempt_id, obs.company, obs.probe_id, 1)])
            elif previous != cid:
                moved[(previous, cid)] = moved.get((previous, cid), 0) + 1
            store.record(cid, obs.attempt_id, [obs], replace=True)
        imported[cid] = len(batch)
    return LoggedCounts(imported, moved)


def _default_period(store: Store, period: str | None, campaign_id: str | None) -> str:
    if period is not None:
        return period
    if campaign_id is not None:
        return store.campaign(campaign_id).period
    try:
        return select(store).period
    except SelectionError:
        raise SelectionError("the log has no period column: give --period (e.g. 2026-Q4)") from None


def _run_import(
    importer: Callable[[Path, bool], ImportResult],
    file: Path,
    workspace: Path,
    campaign: str | None,
    period: str | None,
    strict: bool,
) -> None:
    store = open_store(workspace)
    if campaign is not None:
        store.campaign(campaign)  # an unknown campaign fails before any row is read
    result = importer(file, strict)
    errors = list(result.errors)
    observations = result.observations
    needs_default = any(o.attempt_id not in result.periods for o in observations)
    default = _default_period(store, period, campaign) if needs_default else ""
    misplaced = period_errors(store, result, default, campaign)
    if misplaced:
        errors = sorted([*errors, *misplaced.values()], key=lambda e: e.line or 0)
        observations = [] if strict else [o for o in observations if o.attempt_id not in misplaced]
    for error in errors:
        err_console.print(safe_text(error.one_line()), soft_wrap=True)
    if observations:
        counts = write_logged(store, observations, result.periods, default, campaign)
        for cid, n in sorted(counts.imported.items()):
            console.print(Text(f"imported {n} row(s) into campaign {cid}"))
        for (old, new), n in sorted(counts.moved.items()):
            console.print(Text(f"moved {n} row(s) from campaign {old} to {new}"))
    if errors:
        kept = "nothing imported (--strict)" if strict else "good rows were kept"
        console.print(Text(f"{len(errors)} bad cell(s) in {file}; {kept}", style="yellow"))
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
    number = number or number_to_dial(store, selection.period, company)
    cid = destination({c.id: c for c in store.campaigns()}, selection.period, campaign)
    log = run_stopwatch(console, company, number)
    seq = 1 + sum(1 for a in store.attempts(cid, probe_id="phone-call") if a.company == company)
    attempt = f"{cid}/{slug(company)}/phone-call/{seq}"
    evidence = workspace.resolve() / "evidence" / cid / slug(company) / f"phone-call-{seq}.json"
    evidence.parent.mkdir(parents=True, exist_ok=True)
    evidence.write_text(log.model_dump_json(indent=1), encoding="utf-8")
    obs = call_log_to_observation(log, attempt, str(evidence))
    record_logged(store, [obs], {}, selection.period, campaign)
    console.print(
        Text(f"recorded {obs.status.value} call as {attempt}; ")
        + safe_text(", ".join(f"{k}={v}" for k, v in sorted(obs.metrics.items())))
    )


def number_to_dial(store: Store, period: str, company: str) -> str | None:
    """The number to call `company` on in `period`, from its probe campaigns, newest first.

    The first number the website probe found (`phone.numbers`) in any of them,
    else the company's own `phone`; log campaigns (calls, returns) hold neither.
    """
    probed = [
        c
        for c in reversed(campaigns_by_period(store).get(period, []))
        if c.spec.get("kind") != LOGS_KIND
    ]
    for campaign in probed:
        for obs in reversed(store.observations(campaign.id, company)):
            numbers = obs.metrics.get("phone.numbers")
            if isinstance(numbers, list) and numbers:
                return str(numbers[0])
    for campaign in probed:
        phone = store.targets(campaign.id).get(company, {}).get("phone")
        if phone:
            return str(phone)
    return None
