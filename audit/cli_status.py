"""The `audit status` command: a campaign's attempts by state, with what failed, the
workers holding leases and any mailbox that cannot be reached."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table
from rich.text import Text

from audit.console import console
from audit.fleet import cli as fleet_cli
from audit.formats import emit
from audit.options import CampaignOpt, FormatOpt, OutputFormat, WorkspaceOpt, output_format
from audit.records import status_records
from audit.scoring import LOGS_KIND
from audit.workspace import open_store
from results.safe_text import safe_text
from results.schema import AttemptState


def register(app: typer.Typer) -> None:
    """Add `status` to the `audit` app."""
    app.command()(status)


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
