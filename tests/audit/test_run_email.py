"""`audit run` with the email probe, end to end: real aiosmtpd, real Dovecot, real SQLite."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml

from probes.attempts import OPEN_STATES
from results.store import Store
from sandbox.mail import SandboxMail, sandbox_email_spec
from sandbox.mailrig import DovecotRig

SHOPPER = "mia.kovac@shopper.test"
COMPANIES = {"bloomly": "Bloomly Flowers", "greenleaf": "Greenleaf Energy"}


@pytest.fixture(scope="module")
def mail() -> Iterator[SandboxMail]:
    with DovecotRig({SHOPPER: "rig-secret-1"}) as rig, SandboxMail(rig, time_scale=0.3) as sm:
        yield sm


COMMAND = [sys.executable, "-c", "from audit.cli import main; main()"]


def write_campaign(
    tmp_path: Path,
    mail: SandboxMail,
    campaign_id: str,
    companies: dict[str, str],
    deadline_s: float,
) -> Path:
    spec = sandbox_email_spec(mail.rig, mail, SHOPPER, deadline_s=deadline_s)
    campaign = {
        "name": campaign_id,
        "period": "2026-Q4",
        "id": campaign_id,
        "companies": [
            {"name": name, "support_email": f"support@{cid}.sandbox.test"}
            for cid, name in companies.items()
        ],
        "probes": {"email": {"attempts": 1}},
        "email": spec.model_dump(mode="json", exclude_defaults=True),
    }
    path = tmp_path / "campaign.yaml"
    path.write_text(yaml.safe_dump(campaign, sort_keys=False))
    return path


def attempt_states(tmp_path: Path, campaign_id: str) -> dict[str, str]:
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    try:
        return {a.company: a.state.value for a in store.attempts(campaign_id)}
    finally:
        store.close()


def wait_until(check: Callable[[], bool], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "condition never met"
        time.sleep(0.1)


def test_run_sends_watches_and_ranks_email(tmp_path: Path, mail: SandboxMail) -> None:
    path = write_campaign(tmp_path, mail, "email-only", COMPANIES, deadline_s=3.0)
    command = COMMAND
    result = subprocess.run(
        [*command, "run", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, COLUMNS="200"),
    )
    assert result.returncode == 0, result.stderr
    assert "email: 2 sent" in result.stderr
    assert "rig-secret-1" not in result.stdout + result.stderr
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    observations = {o.company: o for o in store.observations("email-only")}
    assert observations["Bloomly Flowers"].metrics["email.auto_ack"] is True
    assert observations["Bloomly Flowers"].metrics["email.first_human_response_s"] is not None
    assert observations["Greenleaf Energy"].status.value == "timeout"
    assert b"rig-secret-1" not in (tmp_path / "audit.db").read_bytes()
    again = subprocess.run(
        [*command, "collect", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ, COLUMNS="200"),
    )
    assert again.returncode == 0, again.stderr
    assert "0 still awaiting" in again.stderr
    assert sum(1 for m in mail.received if m.company in COMPANIES) == 2  # never sent twice


def test_sigkill_while_sending_then_while_awaiting(tmp_path: Path, mail: SandboxMail) -> None:
    companies = {"zelena-trgovina": "Zelena trgovina", "fernseh-profi": "Fernseh-Profi"}
    path = write_campaign(tmp_path, mail, "killed", companies, deadline_s=6.0)
    env = dict(os.environ, COLUMNS="200")
    # 1. Killed mid-send: the server has the DATA but we never saw its 250.
    mail.hold_replies.set()
    try:
        run = subprocess.Popen(
            [*COMMAND, "run", str(path)],
            env=env,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until(
            lambda: (
                tmp_path.joinpath("audit.db").exists()
                and "sending" in attempt_states(tmp_path, "killed").values()
                and len([m for m in mail.received if m.company in companies]) == 1
            )
        )
        os.killpg(run.pid, signal.SIGKILL)
        run.wait(timeout=10)
    finally:
        mail.hold_replies.clear()
    # 2. Run again: the interrupted send becomes uncertain and is not re-sent (until its
    #    reply proves it went out); the other company is sent; killed again while awaiting.
    run = subprocess.Popen(
        [*COMMAND, "run", str(path)],
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_until(
        lambda: (
            len([m for m in mail.received if m.company in companies]) == 2
            and not {"planned", "sending"} & set(attempt_states(tmp_path, "killed").values())
        )
    )
    os.killpg(run.pid, signal.SIGKILL)
    run.wait(timeout=10)
    # 3. Collect after the restart: every reply is picked up, nothing was sent twice.
    done = subprocess.run(
        [*COMMAND, "collect", str(path)], capture_output=True, text=True, timeout=90, env=env
    )
    assert done.returncode == 0, done.stderr
    received = [m for m in mail.received if m.company in companies]
    assert len(received) == 2, [m.company for m in received]
    states = attempt_states(tmp_path, "killed")
    # The interrupted send was answered: the reply proves it went out, so it is no longer
    # uncertain but sent (time inferred) and scored; watching stops once both are answered.
    # The proof is two steps (uncertain -> sent -> awaiting): a kill between them leaves
    # `sent`, which is open like `awaiting` and watched the same way.
    assert set(states.values()) <= {*(s.value for s in OPEN_STATES), "done"}, states
    status = subprocess.run(
        [*COMMAND, "status", "-w", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert status.returncode == 0 and "uncertain:" not in status.stdout
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    observations = store.observations("killed")
    assert {o.company for o in observations} == set(companies.values())
    assert sum("sent time inferred" in o.detail for o in observations) == 1
    answered = [o for o in observations if o.status.value == "ok"]
    assert answered and all(o.metrics["email.first_human_response_s"] for o in answered)
