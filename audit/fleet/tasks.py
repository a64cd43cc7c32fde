"""What a worker does with a task: run one attempt, or one slice of a two-phase probe.

`run_attempt` is safe to deliver any number of times: it acts only while it holds the
attempt's lease and only after the store's `planned -> running` swap succeeds; an
attempt found `running` under an expired lease was left by a dead worker and is
started over. `two_phase_slice` sends what is due (the journal's swaps make every send
happen once) and watches the mailboxes for a while under a lease on each of them.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from celery import Celery

from audit.attempt_outcomes import _one_line, _outcome, error_observations
from audit.campaign import slug
from audit.fleet.app import ATTEMPT_TASK, TWO_PHASE_TASK, visibility_timeout_s
from audit.fleet.caps import DailyCaps
from audit.fleet.worker import CampaignRun, Fleet, mailbox_leases
from audit.two_phase_runs import two_phase_probes
from probes.attempts import AttemptState
from probes.base import ProbeError, Status
from probes.errors import AuditError
from probes.registry import load_probe
from probes.two_phase import TwoPhaseContext

WATCH_POLL_S = 5.0


def watch_slice_s() -> float:
    """How long one two-phase task watches before the next takes over: well inside the
    broker's visibility timeout, at most five minutes."""
    return min(300.0, visibility_timeout_s() / 2)


def run_attempt(fleet: Fleet, attempt_id: str) -> str:
    """Run one immediate attempt exactly once; returns what happened (for the log)."""
    try:
        attempt = fleet.store.attempt(attempt_id)
    except KeyError:
        return "unknown attempt"
    if attempt.state not in (AttemptState.PLANNED, AttemptState.RUNNING):
        return f"already {attempt.state.value}"
    lease = f"attempt:{attempt_id}"
    if not fleet.hold(lease, {"campaign": attempt.campaign_id}):
        return "held by another worker"
    try:
        attempt = fleet.store.attempt(attempt_id)
        if attempt.state is AttemptState.RUNNING:  # its worker died: its lease expired
            fleet.store.transition(
                attempt_id, [AttemptState.RUNNING], AttemptState.PLANNED, error="worker lost"
            )
        elif attempt.state is not AttemptState.PLANNED:
            return f"already {attempt.state.value}"
        run = fleet.campaign(attempt.campaign_id)
        schedule = run.loaded.campaign.schedule
        if schedule is not None:
            now = datetime.now(UTC)
            caps = DailyCaps(fleet.redis)
            if not caps.take(
                attempt.campaign_id, attempt.company, attempt_id, schedule.max_per_day, now
            ):
                tomorrow = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0)
                fleet.app.send_task(ATTEMPT_TASK, args=[attempt_id], eta=tomorrow)
                return "daily cap reached: tomorrow"
        if not fleet.store.transition(attempt_id, [AttemptState.PLANNED], AttemptState.RUNNING):
            return "taken by another run"
        return _probe_and_record(fleet, run, attempt_id)
    finally:
        fleet.drop(lease)


def _probe_and_record(fleet: Fleet, run: CampaignRun, attempt_id: str) -> str:
    attempt = fleet.store.attempt(attempt_id)
    probe = load_probe(attempt.probe_id)
    runner = run.runner
    target = runner.targets.get(attempt.company)
    if target is None:
        fleet.store.transition(attempt_id, [AttemptState.RUNNING], AttemptState.PLANNED)
        return "company no longer in the campaign"
    attempt_dir = run.evidence.local_root / slug(attempt.company) / f"{probe.id}-{attempt.seq}"

    async def probe_once() -> Any:
        if target.website and not getattr(probe, "paces_navigation", False):
            await runner.pacer.wait(target.website)
        return await runner._probe(probe, target, attempt, run.pool)

    failed = False
    try:
        observations = list(fleet.run(probe_once()))
        ours = [o.detail for o in observations if o.status is Status.ERROR]
        if ours:
            raise ProbeError(ours[0] or "the probe reported an error")
    except Exception as exc:  # our failure: retried, then recorded, never a crash
        message = _one_line(exc)
        if attempt.tries < run.settings.retries:
            fleet.store.transition(
                attempt_id,
                [AttemptState.RUNNING],
                AttemptState.PLANNED,
                error=message,
                add_try=True,
            )
            fleet.app.send_task(ATTEMPT_TASK, args=[attempt_id])
            return f"retry: {message}"
        observations = error_observations(probe, attempt, runner.clock, message)
        failed = True
    if not fleet.still_holds(f"attempt:{attempt_id}"):
        return "lease lost while probing: another worker redoes it"
    observations = run.evidence.publish(observations, attempt_dir)
    state = AttemptState.FAILED if failed else AttemptState.DONE
    fleet.store.record(attempt.campaign_id, attempt_id, observations, state)
    return _outcome(observations)


def two_phase_slice(
    fleet: Fleet, campaign_id: str, probe_id: str, slice_s: float | None = None
) -> str:
    """Send what is due and watch the mailboxes for up to `slice_s`, holding a lease on
    each; the worker heartbeat enqueues the next slice while attempts stay open."""
    run = fleet.campaign(campaign_id)
    names = mailbox_leases(run.loaded, probe_id)
    taken = []
    try:
        for name in names:
            if not fleet.hold(name, {"campaign": campaign_id, "probe": probe_id}):
                return f"{name} is watched by another worker"
            taken.append(name)
        pairs = [
            (p, c)
            for p, c in two_phase_probes(fleet.store, run.loaded, lambda _m: None)
            if p.id == probe_id
        ]
        for probe, ctx in pairs:
            ctx = _with_evidence_root(ctx, run)
            started = probe.summary()
            fleet.run(probe.start(ctx, started))
            ends = time.monotonic() + (watch_slice_s() if slice_s is None else slice_s)
            while True:
                summary = probe.summary()
                fleet.run(probe.watch(ctx, summary, until_done=False))
                if not summary.still_open and not started.deferred:
                    break
                if time.monotonic() >= ends or not all(fleet.still_holds(n) for n in taken):
                    break
                fleet.run(asyncio.sleep(WATCH_POLL_S))
        return "watched"
    finally:
        for name in taken:
            fleet.drop(name)


def _with_evidence_root(ctx: TwoPhaseContext, run: CampaignRun) -> TwoPhaseContext:
    return dataclasses.replace(ctx, evidence_root=run.evidence.local_root)


def register(app: Celery, fleet_of: Any) -> None:
    """Register the tasks on `app`; `fleet_of()` returns the process's `Fleet`."""

    @app.task(name=ATTEMPT_TASK, ignore_result=True)
    def attempt_task(attempt_id: str) -> str:
        return run_attempt(fleet_of(), attempt_id)

    @app.task(name=TWO_PHASE_TASK, ignore_result=True)
    def two_phase_task(campaign_id: str, probe_id: str) -> str:
        try:
            return two_phase_slice(fleet_of(), campaign_id, probe_id)
        except AuditError as exc:  # a mailbox or secret problem: the keeper tries again
            return f"{probe_id} of {campaign_id}: {exc.one_line()}"
