"""A distributed run end to end: PostgreSQL, Redis, two `audit worker` processes, the
sandbox (websites, chat, Dovecot and SMTP) on loopback; one worker SIGKILLed mid-attempt.

The campaign must finish with every attempt done exactly once (one observation per
attempt and channel), no email sent twice, nothing lost, and the evidence in the
object store named by the campaign (fsspec's local filesystem stands for S3).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import fsspec
import pytest
import yaml

from audit.demo import DEMO_SHOPPER, demo_campaign
from audit.fleet.app import ATTEMPT_TASK, make_app
from results.leases import Leases
from results.schema import AttemptState
from results.store import Store
from sandbox.mail import SandboxMail, sandbox_email_spec
from sandbox.mailrig import DovecotRig
from sandbox.server import SandboxServer
from sandbox.world import load_world
from tests.postgres.server import PgServer

FINAL = {AttemptState.DONE, AttemptState.EXPIRED, AttemptState.FAILED}
SETTLED = FINAL | {AttemptState.UNCERTAIN}
"""`uncertain`: a worker killed mid-send; never re-sent unless asked (as for `audit run`)."""


def _audit(*args: str) -> list[str]:
    return [sys.executable, "-c", "from audit.cli import main; main()", *args]


def wait_until(check: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.2)


@pytest.fixture(scope="module")
def world() -> Iterator[tuple[SandboxServer, DovecotRig, SandboxMail]]:
    with (
        SandboxServer(load_world()) as server,
        DovecotRig({DEMO_SHOPPER: "fleet-secret-1"}) as rig,
        SandboxMail(rig, time_scale=0.3) as mail,
    ):
        server.on_contact_form(
            lambda company, fields: mail.form_submitted(
                company, fields.get("name", ""), fields.get("email", ""), fields.get("message", "")
            )
        )
        yield server, rig, mail


def _campaign(tmp_path: Path, world: tuple[SandboxServer, DovecotRig, SandboxMail]) -> Path:
    server, rig, mail = world
    email = sandbox_email_spec(rig, mail, DEMO_SHOPPER, deadline_s=8.0, host_map=server.host_map)
    spec = demo_campaign(server.world, server, 2, "2026-Q4", email)
    spec["id"] = "fleet-e2e"
    spec["companies"] = spec["companies"][:6]
    spec["chat"] = {**spec["chat"], "total_timeout_s": 30.0, "first_reply_timeout_s": 8.0}
    spec["settings"] = {**spec["settings"], "attempt_timeout_s": 60.0, "screenshots": True}
    spec["evidence"] = (tmp_path / "object-store").as_uri()  # file://: an object store
    path = tmp_path / "campaign.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))
    return path


def _worker(env: dict[str, str], url: str, log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        _audit("worker", "--queue", url, "--concurrency", "2"),
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=log.open("wb"),
    )


@pytest.mark.timeout(900)
def test_two_workers_one_killed_mid_attempt_finish_the_campaign_once(
    tmp_path: Path,
    pg_server: PgServer,
    redis_url: str,
    world: tuple[SandboxServer, DovecotRig, SandboxMail],
) -> None:
    import redis

    redis.Redis.from_url(redis_url).flushdb()
    db_url = pg_server.database_for(str(tmp_path / "fleet"))
    path = _campaign(tmp_path, world)  # sets the mailbox password's variable in os.environ
    env = dict(
        os.environ,
        AUDIT_DB_URL=db_url,
        AUDIT_QUEUE_VISIBILITY_S="150",
        AUDIT_WORKER_LEASE_S="6",
        COLUMNS="200",
    )
    mail = world[2]
    companies = {c["name"] for c in yaml.safe_load(path.read_text())["companies"]}
    store = Store.open(db_url)
    leases = Leases(store.engine)
    workers = [_worker(env, redis_url, tmp_path / f"worker{i}.log") for i in range(2)]
    try:
        queued = subprocess.run(
            _audit("run", str(path), "--queue", redis_url),
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert queued.returncode == 0, queued.stderr
        assert "attempts enqueued" in queued.stderr
        broker = make_app(redis_url)
        for attempt in store.attempts("fleet-e2e"):  # every task delivered twice
            if attempt.probe_id != "email":
                broker.send_task(ATTEMPT_TASK, args=[attempt.id])

        # SIGKILL the worker that holds a website or chat attempt, while it runs.
        def running_chats() -> set[str]:
            running = store.attempts("fleet-e2e", [AttemptState.RUNNING], probe_id="chat")
            return {a.id for a in running}

        def a_running_chat() -> bool:
            running = running_chats()
            return any(x.subject in running for x in leases.live("attempt:"))

        wait_until(a_running_chat, 300, "a worker running a chat attempt")
        running = running_chats()
        victim_lease = next(x for x in leases.live("attempt:") if x.subject in running)
        victim_pid = int(victim_lease.holder.split(":")[1])
        victim = next(w for w in workers if w.pid == victim_pid)
        os.killpg(victim.pid, signal.SIGKILL)
        victim.wait(timeout=30)
        survivor = next(w for w in workers if w is not victim)

        status = subprocess.run(
            _audit("status"), env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path
        )
        assert status.returncode == 0, status.stderr
        assert "workers" in status.stdout

        def all_final() -> bool:
            attempts = store.attempts("fleet-e2e")
            return bool(attempts) and all(a.state in SETTLED for a in attempts)

        wait_until(all_final, 600, "every attempt final")
        assert survivor.poll() is None, (tmp_path / "worker0.log").read_text()
    finally:
        for proc in workers:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in workers:
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()

    attempts = {a.id: a for a in store.attempts("fleet-e2e")}
    assert len(attempts) == 3 * len(companies)
    killed = attempts[victim_lease.subject]
    assert killed.state is AttemptState.DONE, killed.last_error  # redone by the survivor
    for attempt in attempts.values():
        if attempt.probe_id != "email":
            assert attempt.state is AttemptState.DONE, (attempt.id, attempt.last_error)
    observations = store.observations("fleet-e2e")
    keys = [(o.attempt_id, o.channel) for o in observations]
    finished = [a for a in attempts.values() if a.state in FINAL]
    assert len(keys) == len(set(keys))  # each attempt and channel recorded exactly once
    assert {attempt_id for attempt_id, _ in keys} == {a.id for a in finished}  # none lost
    ids = {c.id: c.name for c in world[0].world.companies if c.name in companies}
    sent = [m.company for m in mail.received if m.company in ids]
    assert len(sent) == len(set(sent))  # never sent twice
    for attempt in attempts.values():
        if attempt.probe_id == "email" and attempt.state is not AttemptState.UNCERTAIN:
            assert attempt.company in {ids[c] for c in sent}, attempt.id  # nothing lost
    website = [o for o in observations if o.probe_id == "website" and o.evidence]
    assert website, "no website evidence recorded"
    for obs in website:
        for evidence in obs.evidence:
            assert evidence.path.startswith("file://"), evidence.path
            with fsspec.open(evidence.path, "rb") as handle:
                assert handle.read(1)  # uploaded, readable by every worker
    store.close()
