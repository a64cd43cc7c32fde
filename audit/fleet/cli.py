"""`audit run --queue` (plan and enqueue), `audit worker` (run what is enqueued) and the
workers' part of `audit status`."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table
from rich.text import Text

from audit.console import console, err_console
from audit.workspace import open_store
from probes.errors import InputError, OurSideError
from probes.registry import TWO_PHASE_PROBES
from results.leases import Leases
from results.safe_text import safe_text
from results.schema import AttemptState
from results.store import Store

if TYPE_CHECKING:
    from audit.campaign import LoadedCampaign
    from audit.settings import RunSettings

LEASE_ENV = "AUDIT_WORKER_LEASE_S"


class BrokerError(OurSideError):
    """The broker cannot be reached: exit 3."""


@dataclass(frozen=True)
class Enqueued:
    """What `audit run --queue` did."""

    campaign_id: str
    planned_new: int
    attempts: int
    two_phase: tuple[str, ...]
    waiting: int


def enqueue(store: Store, loaded: LoadedCampaign, settings: RunSettings, url: str) -> Enqueued:
    """Plan the campaign in the store, then enqueue its due immediate attempts and one
    task per two-phase probe. Safe to repeat: a task for work already done is a no-op."""
    _need_fleet()
    from kombu.exceptions import KombuError

    from audit.campaign_attempts import plan
    from audit.fleet.app import ATTEMPT_TASK, TWO_PHASE_TASK, check_bounds, make_app
    from audit.fleet.tasks import watch_slice_s
    from audit.run_summary import RunSummary
    from audit.runner import IMMEDIATE_PROBES, Runner

    app = make_app(url)
    runner = Runner(store, loaded, settings)
    probes = loaded.campaign.probes
    immediate = [p for p in probes if p in IMMEDIATE_PROBES]
    check_bounds(max((runner.attempt_bound(p) for p in immediate), default=0.0), watch_slice_s())
    planned_new = plan(store, loaded)
    pending = [
        a
        for a in store.attempts(runner.campaign_id, [AttemptState.PLANNED])
        if a.probe_id in immediate
        and a.company in runner.targets
        and a.seq <= probes[a.probe_id].attempts
    ]
    summary = RunSummary(runner.campaign_id)
    if runner.plan is not None:
        pending = runner._due(pending, summary)
    two_phase = tuple(p for p in probes if p in TWO_PHASE_PROBES)
    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, interval_start=0, interval_step=1, timeout=10)
            for attempt in pending:
                app.send_task(ATTEMPT_TASK, args=[attempt.id], connection=conn)
            for probe_id in two_phase:
                app.send_task(TWO_PHASE_TASK, args=[runner.campaign_id, probe_id], connection=conn)
    except (OSError, KombuError) as exc:
        first = (str(exc).splitlines() or [type(exc).__name__])[0]
        raise BrokerError(f"cannot reach the broker at {url}: {first}") from exc
    return Enqueued(runner.campaign_id, planned_new, len(pending), two_phase, summary.waiting)


def _need_fleet() -> None:
    """A one-line error when the `fleet` extra is not installed."""
    try:
        import celery  # noqa: F401
        import fsspec  # noqa: F401
        import redis  # noqa: F401
    except ImportError as exc:
        raise InputError(
            f"distributed runs need the fleet extra ({exc.name} missing): "
            "pip install 'service-audit[fleet]'"
        ) from exc


def register(app: typer.Typer) -> None:
    """Add `audit worker` to the CLI."""
    app.command()(worker)


def worker(
    queue: Annotated[str, typer.Option("--queue", help="The broker, e.g. redis://host:6379/0.")],
    concurrency: Annotated[int, typer.Option(help="Attempts this worker runs at once.")] = 2,
    workspace: Annotated[
        Path, typer.Option("--workspace", "-w", help="Its audit.db, unless AUDIT_DB_URL is set.")
    ] = Path("."),
) -> None:
    """Run the attempts enqueued by `audit run CAMPAIGN --queue URL` (Ctrl-C to stop).

    Start one per machine (or more); every worker needs the same store (AUDIT_DB_URL)
    and broker. Example: AUDIT_DB_URL=postgresql+psycopg://... audit worker --queue
    redis://127.0.0.1:6379/0 --concurrency 4
    """
    _need_fleet()
    from audit.fleet.app import QUEUE_NAME, make_app
    from audit.fleet.tasks import register as register_tasks
    from audit.fleet.worker import Fleet

    store = open_store(workspace)
    celery = make_app(queue)
    lease_s = float(os.environ.get(LEASE_ENV) or 60.0)
    fleet = Fleet(store, celery, queue, concurrency, lease_s=lease_s)
    register_tasks(celery, lambda: fleet)
    fleet.start()
    err_console.print(Text(f"worker {fleet.id}: {concurrency} at once, queue {QUEUE_NAME}"))
    try:
        celery.worker_main(
            [
                "worker",
                "--pool=threads",
                f"--concurrency={concurrency}",
                "--loglevel=WARNING",
                f"--hostname=audit-{fleet.id.replace(':', '-')}@%h",
                "--without-gossip",
                "--without-mingle",
                f"--queues={QUEUE_NAME}",
            ]
        )
    finally:
        fleet.close()


def print_enqueued(done: Enqueued) -> None:
    """One line on what `audit run --queue` enqueued."""
    line = (
        f"campaign {done.campaign_id}: {done.attempts} attempts enqueued "
        f"({done.planned_new} newly planned)"
    )
    if done.two_phase:
        line += f"; {', '.join(done.two_phase)}: sending and watching by the workers"
    if done.waiting:
        line += f"; {done.waiting} wait for their slot (run this again when they are due)"
    err_console.print(Text(line + "; follow with `audit status`"))


def print_workers(store: Store) -> None:
    """The live workers and what each holds (attempts, mailboxes)."""
    leases = Leases(store.engine).live()
    workers = [lease for lease in leases if lease.kind == "worker"]
    if not workers:
        return
    table = Table(title="workers")
    for column in ("worker", "at once", "since", "holds"):
        table.add_column(column, overflow="fold")
    for lease in workers:
        holds = [x.subject for x in leases if x.holder == lease.holder and x.kind != "worker"]
        table.add_row(
            safe_text(lease.holder),
            str(lease.info.get("concurrency", "")),
            lease.taken.isoformat(timespec="seconds"),
            safe_text("\n".join(holds) or "idle"),
        )
    console.print(table)
