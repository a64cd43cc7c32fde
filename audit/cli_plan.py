"""`audit plan`: when each attempt of a scheduled campaign is due, by company and slot."""

from __future__ import annotations

import json
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from audit.campaign import LoadedCampaign, load_campaign
from audit.console import console
from audit.due import ran_at, split_due
from audit.planner import Plan, plan_campaign
from audit.workspace import open_store
from probes.attempts import AttemptState
from results.safe_text import safe_text

_NOT_YET_RUN = frozenset({AttemptState.PLANNED, AttemptState.RUNNING, AttemptState.FAILED})


class PlanFormat(StrEnum):
    """How `audit plan` prints."""

    TABLE = "table"
    JSON = "json"


def plan_json(plan: Plan) -> dict[str, Any]:
    """The plan as JSON-ready data: slot mix per probe and every attempt (ISO times)."""
    return {
        "slot_mix": plan.slot_mix,
        "attempts": [
            {
                "company": a.company,
                "probe": a.probe_id,
                "seq": a.seq,
                "slot": a.slot or None,
                "timezone": a.timezone,
                "due": a.due.isoformat() if a.due else None,
                "local": a.local.isoformat() if a.local else None,
            }
            for a in plan.attempts
        ],
    }


def plan_table(plan: Plan) -> Table:
    """One row per company and slot: its attempts' local times, probe by probe."""
    table = Table()
    for column in ("company", "time zone", "slot", "probe", "due (local)"):
        table.add_column(column)
    rows: dict[tuple[str, str, str], list[datetime | None]] = {}
    zones: dict[str, str] = {}
    for a in plan.attempts:
        rows.setdefault((a.company, a.slot or "any time", a.probe_id), []).append(a.local)
        if a.due is not None:
            zones[a.company] = a.timezone
    for (company, slot, probe_id), times in sorted(rows.items()):
        shown = [t.strftime("%a %Y-%m-%d %H:%M") for t in sorted(t for t in times if t)]
        shown += ["now"] * sum(t is None for t in times)
        table.add_row(
            safe_text(company), zones.get(company, ""), safe_text(slot), probe_id, ", ".join(shown)
        )
    return table


def register(app: typer.Typer) -> None:
    """Add `audit plan` to the app."""

    @app.command("plan")
    def plan_command(
        campaign_file: Annotated[Path, typer.Argument(help="The campaign YAML file.")],
        fmt: Annotated[PlanFormat, typer.Option("--format", "-f", help="table or json")] = (
            PlanFormat.TABLE
        ),
    ) -> None:
        """Print when each attempt is due: slots, local times and time zones by company.

        The plan is fixed by the file (its schedule's seed); probes without a schedule
        are due at once. Example: audit plan campaign.yaml --format json
        """
        plan = plan_campaign(load_campaign(campaign_file))
        if fmt is PlanFormat.JSON:
            typer.echo(json.dumps(plan_json(plan), ensure_ascii=False, indent=1))
            return
        for probe_id, mix in plan.slot_mix.items():
            spread = ", ".join(f"{n} × {slot}" for slot, n in mix.items())
            console.print(Text(f"{probe_id}: every company gets ") + safe_text(spread))
        console.print(plan_table(plan))


def print_due_now(loaded: LoadedCampaign, now: datetime) -> None:
    """`audit run --dry-run`: what would run now, what missed its slot, what waits."""
    plan = plan_campaign(loaded)
    pending = [(a.company, a.probe_id, a.seq) for a in plan.attempts]
    ran: dict[tuple[str, str, int], datetime] = {}
    if (loaded.workspace / "audit.db").exists():
        store = open_store(loaded.workspace)
        rows = store.attempts(loaded.campaign.campaign_id)
        if rows:  # attempts already stored: only those not finished yet
            open_rows = [r for r in rows if r.state in _NOT_YET_RUN]
            stored = {(r.company, r.probe_id, r.seq) for r in rows}
            pending = [k for k in pending if k not in stored] + [
                (r.company, r.probe_id, r.seq) for r in open_rows
            ]
            ran = ran_at(store, loaded.campaign.campaign_id)
    split = split_due(plan, pending, now, ran)
    table = Table(title=f"due now ({now.isoformat(timespec='minutes')})")
    for column in ("company", "probe", "#", "slot", "due (local)"):
        table.add_column(column)
    for a in split.due:
        local = a.local.strftime("%a %Y-%m-%d %H:%M") if a.local else "now"
        table.add_row(safe_text(a.company), a.probe_id, str(a.seq), safe_text(a.slot), local)
    console.print(Text(f"would run now: {len(split.due)} attempts"))
    if split.due:
        console.print(table)
    for attempt, later in split.missed:
        where = later.isoformat(timespec="minutes") if later else "now"
        console.print(
            Text(f"missed {attempt.probe_id} {attempt.seq} of ")
            + safe_text(attempt.company)
            + Text(f" ({attempt.slot}): re-planned for {where}")
        )
    if split.next_due is not None:
        when = split.next_due.isoformat(timespec="minutes")
        console.print(Text(f"{len(split.waiting)} attempts waiting; next due {when}"))
