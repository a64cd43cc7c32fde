"""One `audit worker` process: its store, leases, Redis, event loop and campaigns.

Celery runs tasks on a pool of N threads (`--concurrency N`); every probe runs on
the process's one asyncio loop (a thread of its own) with one Chromium per campaign,
like the local runner. A heartbeat thread renews the worker's lease and every lease
it holds, and keeps the fleet moving: attempts left `running` by a dead worker (their
lease expired) and two-phase probes whose mailboxes nobody watches are enqueued again.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import socket
import threading
from collections.abc import Coroutine
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

import redis
import redis.asyncio as aioredis
from celery import Celery

from audit.browser_pool import _BrowserPool
from audit.campaign import Campaign, LoadedCampaign
from audit.campaign_attempts import evidence_root
from audit.companies import Company
from audit.fleet.app import ATTEMPT_TASK, TWO_PHASE_TASK
from audit.fleet.evidence import EvidencePlace
from audit.runner import IMMEDIATE_PROBES, Runner
from audit.settings import RunSettings, layered_settings
from probes.attempts import AttemptState
from probes.email.interface import EmailCampaignSpec
from probes.pacing import SharedHostPacer
from probes.registry import TWO_PHASE_PROBES
from results.leases import Leases
from results.store import Store

T = TypeVar("T")
OPEN_TWO_PHASE = (
    AttemptState.PLANNED,
    AttemptState.SENDING,
    AttemptState.SENT,
    AttemptState.AWAITING,
)


def loaded_from_store(store: Store, campaign_id: str) -> LoadedCampaign:
    """A campaign as the store holds it: a worker needs no copy of the campaign file."""
    row = store.campaign(campaign_id)
    campaign = Campaign.model_validate(row.spec)
    companies = tuple(Company.model_validate(t) for t in store.targets(campaign_id).values())
    source = Path(row.source)
    return LoadedCampaign(
        campaign=campaign,
        source=source,
        companies=companies,
        workspace=(source.parent / campaign.workspace).resolve(),
        rubric_path=None,
    )


def mailbox_leases(loaded: LoadedCampaign, probe_id: str) -> list[str]:
    """The lease names a two-phase probe's watcher must hold: one per mailbox."""
    if probe_id == "email" and loaded.campaign.email is not None:
        spec = EmailCampaignSpec.model_validate(loaded.campaign.email)
        return sorted({f"mailbox:{a.imap.key()}" for a in spec.accounts.values()})
    return [f"two-phase:{loaded.campaign.campaign_id}:{probe_id}"]


@dataclass
class CampaignRun:
    """What a worker keeps per campaign: the campaign, its runner, browser and evidence place."""

    loaded: LoadedCampaign
    settings: RunSettings
    runner: Runner
    pool: _BrowserPool
    evidence: EvidencePlace


class Fleet:
    """The worker process's shared state (one per process; tasks find it as `CURRENT`)."""

    def __init__(
        self, store: Store, app: Celery, broker_url: str, concurrency: int, lease_s: float = 60.0
    ) -> None:
        self.store = store
        self.app = app
        self.leases = Leases(store.engine)
        self.lease_s = lease_s
        self.concurrency = concurrency
        self.id = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"
        self.redis = redis.Redis.from_url(broker_url)
        self.aioredis = aioredis.Redis.from_url(broker_url)
        self.loop = asyncio.new_event_loop()
        self._loop_thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._held: set[str] = set()
        self._lock = threading.Lock()
        self._campaigns: dict[str, CampaignRun] = {}
        self._stop = threading.Event()
        self._heartbeat = threading.Thread(target=self._beat, daemon=True)

    # life ----------------------------------------------------------------
    def start(self) -> None:
        """Take the worker's lease and start the loop and the heartbeat."""
        info = {"host": socket.gethostname(), "pid": os.getpid(), "concurrency": self.concurrency}
        self.leases.take(f"worker:{self.id}", self.id, self.lease_s, info)
        self._loop_thread.start()
        self._heartbeat.start()

    def close(self) -> None:
        """Stop the heartbeat, close browsers, give back every lease."""
        self._stop.set()
        for run in list(self._campaigns.values()):
            with contextlib.suppress(Exception):
                self.run(run.pool.close())
        with self._lock:
            held = list(self._held)
        for name in [*held, f"worker:{self.id}"]:
            with contextlib.suppress(Exception):
                self.leases.release(name, self.id)
        self.loop.call_soon_threadsafe(self.loop.stop)

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run `coro` on the worker's loop and wait for it (from a task's thread)."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result()

    # leases --------------------------------------------------------------
    def hold(self, name: str, info: dict[str, Any] | None = None) -> bool:
        """Take lease `name` (renewed by the heartbeat until `drop`); False: someone has it."""
        if not self.leases.take(name, self.id, self.lease_s, info):
            return False
        with self._lock:
            self._held.add(name)
        return True

    def drop(self, name: str) -> None:
        """Give lease `name` back."""
        with self._lock:
            self._held.discard(name)
        self.leases.release(name, self.id)

    def still_holds(self, name: str) -> bool:
        """Renew `name` now; False if it expired and another worker took it."""
        return self.leases.renew(name, self.id, self.lease_s)

    # campaigns -----------------------------------------------------------
    def campaign(self, campaign_id: str) -> CampaignRun:
        """The campaign's run state, made on first use (re-read if its spec changed)."""
        with self._lock:
            run = self._campaigns.get(campaign_id)
        if run is not None:
            return run
        loaded = loaded_from_store(self.store, campaign_id)
        settings = layered_settings(loaded.campaign.settings)
        location = loaded.campaign.evidence
        if location is not None and "://" not in location:
            location = str((loaded.source.parent / location).resolve())
        default = evidence_root(loaded.workspace, campaign_id)
        place = EvidencePlace.for_campaign(location, default, campaign_id)
        runner = Runner(self.store, loaded, settings)
        runner.pacer = SharedHostPacer(self.aioredis, settings.per_host_delay_s)
        runner.evidence_root = place.local_root
        run = CampaignRun(loaded, settings, runner, _BrowserPool(settings), place)
        with self._lock:
            return self._campaigns.setdefault(campaign_id, run)

    # heartbeat -----------------------------------------------------------
    def _beat(self) -> None:
        interval = self.lease_s / 3
        while not self._stop.wait(interval):
            with contextlib.suppress(Exception):  # a store or broker blip: next beat
                self.leases.renew(f"worker:{self.id}", self.id, self.lease_s)
                with self._lock:
                    held = list(self._held)
                for name in held:
                    self.leases.renew(name, self.id, self.lease_s)
                self.keep_moving()

    def keep_moving(self) -> None:
        """Enqueue what nobody works on: attempts left `running` by a dead worker, and
        two-phase probes with open attempts whose mailboxes nobody watches. One worker
        at a time does this (a lease); a marker in Redis keeps it from enqueuing twice."""
        if not self.leases.take("keeper", self.id, self.lease_s / 3):
            return
        live = {lease.name for lease in self.leases.live()}
        now = self.store_now()
        for campaign in self.store.campaigns():
            probes = campaign.spec.get("probes") or {}
            for attempt in self.store.attempts(campaign.id, [AttemptState.RUNNING]):
                if attempt.probe_id not in IMMEDIATE_PROBES or f"attempt:{attempt.id}" in live:
                    continue
                if attempt.updated and now - attempt.updated < timedelta(seconds=self.lease_s):
                    continue  # just claimed: its lease is being taken
                if self._mark(f"attempt:{attempt.id}"):
                    self.app.send_task(ATTEMPT_TASK, args=[attempt.id])
            for probe_id in probes:
                if probe_id not in TWO_PHASE_PROBES:
                    continue
                if not self.store.attempts(campaign.id, list(OPEN_TWO_PHASE), probe_id):
                    continue
                names = mailbox_leases(self.campaign(campaign.id).loaded, probe_id)
                if any(name in live for name in names):
                    continue
                if self._mark(f"two-phase:{campaign.id}:{probe_id}"):
                    self.app.send_task(TWO_PHASE_TASK, args=[campaign.id, probe_id])

    def _mark(self, what: str) -> bool:
        return bool(self.redis.set(f"audit:kept:{what}", self.id, nx=True, ex=int(self.lease_s)))

    def store_now(self) -> Any:
        """Now, UTC (the clock leases are judged by)."""
        return self.leases.clock()


CURRENT: Fleet | None = None
"""The process's fleet state, set by `audit worker` before Celery starts."""
