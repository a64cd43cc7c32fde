"""The durable runner: plans attempts, probes companies concurrently, records every result.

Each attempt is committed as `running` before its probe starts and as `done`
(with its observations) in one transaction after, so `audit run` can be killed
at any moment and run again: finished attempts are kept and not redone, and
interrupted ones start over. A failure on our side is retried and, when the
retries are spent, recorded as an `error` observation rather than a crash.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime

from audit.attempt_outcomes import _one_line, _outcome, _with_try, error_observations
from audit.browser_pool import _browser_pool, _BrowserPool
from audit.campaign import LoadedCampaign, slug
from audit.campaign_attempts import evidence_root, plan
from audit.due import ran_at, split_due
from audit.planner import PlannedAttempt, plan_campaign
from audit.run_summary import RunReporter, RunSummary, _SilentReporter
from audit.settings import RunSettings
from audit.two_phase_runs import two_phase_probes
from probes.base import (
    BrowserOptions,
    Clock,
    Observation,
    Probe,
    ProbeContext,
    ProbeError,
    Status,
    Target,
)
from probes.chat.interface import ChatSettings
from probes.pacing import HostPacer
from probes.registry import TWO_PHASE_PROBES, load_probe
from probes.two_phase import TwoPhaseContext, TwoPhaseProbe
from results.schema import AttemptState
from results.store import Store
from results.store_attempts import AttemptRow

IMMEDIATE_PROBES = frozenset({"website", "chat"})
"""Probes that finish within one attempt and are safe to redo after a crash."""


class Runner:
    """Runs a campaign's immediate attempts with bounded concurrency and politeness."""

    def __init__(
        self,
        store: Store,
        loaded: LoadedCampaign,
        settings: RunSettings,
        reporter: RunReporter | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.store = store
        self.loaded = loaded
        self.settings = settings
        self.reporter = reporter or _SilentReporter()
        self.clock = clock or Clock()
        self.campaign_id = loaded.campaign.campaign_id
        self.plan = plan_campaign(loaded) if loaded.campaign.schedule else None
        self.sleep: Callable[[float], Awaitable[object]] = asyncio.sleep
        self._missed: set[tuple[str, str, int]] = set()
        self._held: tuple[int, datetime | None] = (0, None)
        """Scheduled two-phase attempts held back this round, and when the next is due."""
        self.targets: dict[str, Target] = {c.name: c.target() for c in loaded.companies}
        self.pacer = HostPacer(settings.per_host_delay_s, self.clock)
        self.evidence_root = evidence_root(loaded.workspace, self.campaign_id)
        chat = loaded.campaign.chat.model_dump() if loaded.campaign.chat else {}
        self.probe_settings = {
            **settings.model_dump(),
            **{f"chat_{name}": value for name, value in chat.items()},
        }

    async def run(self, resend_uncertain: bool = False, due_only: bool = False) -> RunSummary:
        """Plan and resume; start the two-phase probes (send due emails), run the immediate
        attempts, then watch the two-phase ones (replies) until they are final.

        With a schedule, only due attempts run; the runner then waits for the next due one
        unless `due_only` (run what is due and return, for cron or a systemd timer)."""
        summary = RunSummary(self.campaign_id)
        summary.planned_new = plan(self.store, self.loaded)
        two_phase = two_phase_probes(self.store, self.loaded, self.reporter.note, resend_uncertain)
        await self._start_two_phase(two_phase, summary)
        await self._run_immediate(summary)
        while not due_only and summary.next_due is not None:
            await self._wait_until(summary.next_due)
            await self._start_two_phase(two_phase, summary)
            await self._run_immediate(summary)
        for probe, ctx in two_phase:
            await probe.watch(ctx, summary.two_phase[probe.id], until_done=True)
        return summary

    async def _start_two_phase(
        self, two_phase: list[tuple[TwoPhaseProbe, TwoPhaseContext]], summary: RunSummary
    ) -> None:
        """Hold back the scheduled two-phase attempts not due now, then start the due ones."""
        self._held = (0, None)
        if self.plan is not None:
            self._hold_two_phase(summary)
        for probe, ctx in two_phase:
            await probe.start(ctx, summary.two_phase.setdefault(probe.id, probe.summary()))

    def _hold_two_phase(self, summary: RunSummary) -> None:
        """Scheduled two-phase attempts (email) start only in their slot: the others get a
        `not_before` (their due or re-planned time) that the probe's start respects."""
        assert self.plan is not None
        rows = [
            a
            for p in self.loaded.campaign.probes
            if p in TWO_PHASE_PROBES and p in self.plan.slots
            for a in self.store.attempts(self.campaign_id, [AttemptState.PLANNED], p)
        ]
        if not rows:
            return
        keys = {(a.company, a.probe_id, a.seq): a for a in rows}
        now = self.clock.utcnow()
        split = split_due(self.plan, keys, now, ran_at(self.store, self.campaign_id))
        times: dict[tuple[str, str, int], datetime | None] = dict.fromkeys(keys, _NEVER)
        for attempt, when in split.waiting:
            times[(attempt.company, attempt.probe_id, attempt.seq)] = when
        for attempt in split.due:
            times[(attempt.company, attempt.probe_id, attempt.seq)] = None
        changed = {keys[k].id: t for k, t in times.items() if keys[k].not_before != t}
        self.store.hold_until(changed)
        self._note_missed(split.missed, summary)
        self._held = (len(split.waiting), split.next_due)

    async def _run_immediate(self, summary: RunSummary) -> None:
        probe_ids = [p for p in self.loaded.campaign.probes if p in IMMEDIATE_PROBES]
        resumed, failed_before = self.store.reset_interrupted(self.campaign_id, probe_ids)
        summary.resumed += resumed
        summary.failed_before += failed_before
        planned = self.loaded.campaign.probes
        pending = [
            a
            for a in self.store.attempts(self.campaign_id, [AttemptState.PLANNED])
            if a.probe_id in probe_ids
            and a.company in self.targets
            and a.seq <= planned[a.probe_id].attempts  # the file may have lowered `attempts`
        ]
        if self.plan is not None:
            pending = self._due(pending, summary)
        self.reporter.total(len(pending))
        if not pending:
            return
        probes = {pid: load_probe(pid) for pid in probe_ids}
        queue: asyncio.Queue[AttemptRow] = asyncio.Queue()
        for attempt in pending:
            queue.put_nowait(attempt)
        async with _browser_pool(self.settings) as pool:
            workers = [
                asyncio.create_task(self._worker(queue, probes, pool, summary))
                for _ in range(min(self.settings.concurrency, len(pending)))
            ]
            try:
                await asyncio.gather(*workers)
            finally:
                for worker in workers:
                    worker.cancel()

    async def _worker(
        self,
        queue: asyncio.Queue[AttemptRow],
        probes: dict[str, Probe],
        pool: _BrowserPool,
        summary: RunSummary,
    ) -> None:
        while True:
            try:
                attempt = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            probe = probes[attempt.probe_id]
            target = self.targets[attempt.company]
            if target.website and not getattr(probe, "paces_navigation", False):
                await self.pacer.wait(target.website)
            if not self.store.transition(attempt.id, [AttemptState.PLANNED], AttemptState.RUNNING):
                continue  # another run took it
            try:
                observations = await self._probe(probe, target, attempt, pool)
                ours = [o.detail for o in observations if o.status is Status.ERROR]
                if ours:  # a probe may also report our own failure as a result
                    raise ProbeError(ours[0] or "the probe reported an error")
            except Exception as exc:  # any failure of ours becomes a result, never a crash
                message = _one_line(exc)
                if attempt.tries < self.settings.retries:
                    self.store.transition(
                        attempt.id,
                        [AttemptState.RUNNING],
                        AttemptState.PLANNED,
                        error=message,
                        add_try=True,
                    )
                    summary.retried += 1
                    queue.put_nowait(_with_try(attempt))
                    continue
                observations = error_observations(probe, attempt, self.clock, message)
                self.store.record(self.campaign_id, attempt.id, observations, AttemptState.FAILED)
                summary.failed += 1
            else:
                self.store.record(self.campaign_id, attempt.id, observations)
            summary.ran += 1
            for obs in observations:
                summary.statuses[obs.status.value] += 1
            self.reporter.finished(attempt, _outcome(observations))

    async def _probe(
        self, probe: Probe, target: Target, attempt: AttemptRow, pool: _BrowserPool
    ) -> Sequence[Observation]:
        browser = await pool.get() if probe.needs_browser else None
        ctx = ProbeContext(
            attempt_id=attempt.id,
            evidence_dir=self.evidence_root / slug(attempt.company) / f"{probe.id}-{attempt.seq}",
            clock=self.clock,
            browser=browser,
            browser_options=BrowserOptions(navigation_timeout_s=self.settings.navigation_timeout_s),
            settings=self.probe_settings,
            pacer=self.pacer,
        )
        bound = self.attempt_bound(probe.id)
        try:
            return await asyncio.wait_for(probe.run(target, ctx), timeout=bound)
        except TimeoutError:
            raise ProbeError(f"attempt exceeded its {bound:g} s bound") from None

    def _due(self, pending: list[AttemptRow], summary: RunSummary) -> list[AttemptRow]:
        """The pending attempts whose slot is now; notes missed and waiting ones."""
        assert self.plan is not None
        keys = {(a.company, a.probe_id, a.seq): a for a in pending}
        split = split_due(
            self.plan, keys, self.clock.utcnow(), ran_at(self.store, self.campaign_id)
        )
        self._note_missed(split.missed, summary)
        held, held_next = self._held
        summary.waiting = len(split.waiting) + held
        summary.next_due = min((t for t in (split.next_due, held_next) if t), default=None)
        return [keys[(a.company, a.probe_id, a.seq)] for a in split.due]

    def _note_missed(
        self, missed: list[tuple[PlannedAttempt, datetime | None]], summary: RunSummary
    ) -> None:
        for attempt, later in missed:
            if (attempt.company, attempt.probe_id, attempt.seq) in self._missed:
                continue
            self._missed.add((attempt.company, attempt.probe_id, attempt.seq))
            where = later.isoformat(timespec="minutes") if later else "now"
            line = f"missed {attempt.probe_id} {attempt.seq} of {attempt.company} "
            line += f"({attempt.slot}): re-planned for {where}"
            summary.missed.append(line)
            self.reporter.note(line)

    async def _wait_until(self, when: datetime) -> None:
        """Sleep until `when` by the runner's clock, a minute at a time at most."""
        self.reporter.note(f"next attempt due at {when.isoformat(timespec='minutes')}; waiting")
        while (left := (when - self.clock.utcnow()).total_seconds()) > 0:
            await self.sleep(min(left, 60.0))

    def attempt_bound(self, probe_id: str) -> float:
        """Seconds one attempt of `probe_id` may take: a chat may wait for its own limit."""
        if probe_id == "chat":
            chat = self.loaded.campaign.chat or ChatSettings()
            return max(self.settings.attempt_timeout_s, chat.total_timeout_s + 30)
        return self.settings.attempt_timeout_s


_NEVER = datetime(9999, 1, 1, tzinfo=UTC)
"""`not_before` of a scheduled attempt with no slot left to run in (never started)."""
