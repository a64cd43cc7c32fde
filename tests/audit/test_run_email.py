"""`audit run` with the email probe, end to end: real aiosmtpd, real Dovecot, real SQLite."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from audit.sandbox.mail import SandboxMail, sandbox_email_spec
from audit.sandbox.mailrig import DovecotRig
from results.store import Store

SHOPPER = "mia.kovac@shopper.test"
COMPANIES = {"bloomly": "Bloomly Flowers", "greenleaf": "Greenleaf Energy"}


@pytest.fixture(scope="module")
def mail() -> Iterator[SandboxMail]:
    with DovecotRig({SHOPPER: "rig-secret-1"}) as rig, SandboxMail(rig, time_scale=0.3) as sm:
        yield sm


def test_run_sends_watches_and_ranks_email(tmp_path: Path, mail: SandboxMail) -> None:
    spec = sandbox_email_spec(mail.rig, mail, SHOPPER, deadline_s=3.0)
    campaign = {
        "name": "Email only",
        "period": "2026-Q4",
        "id": "email-only",
        "companies": [
            {"name": name, "support_email": f"support@{cid}.sandbox.test"}
            for cid, name in COMPANIES.items()
        ],
        "probes": {"email": {"attempts": 1}},
        "email": spec.model_dump(mode="json", exclude_defaults=True),
    }
    path = tmp_path / "campaign.yaml"
    path.write_text(yaml.safe_dump(campaign, sort_keys=False))
    command = [sys.executable, "-c", "from audit.cli import main; main()"]
    result = subprocess.run(
        [*command, "run", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, COLUMNS="200"),
    )
    assert result.returncode == 0, result.stderr
    assert "email: 2 sent" in result.stdout
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
    assert "0 still awaiting" in again.stdout
    assert sum(1 for m in mail.received if m.company in COMPANIES) == 2  # never sent twice
