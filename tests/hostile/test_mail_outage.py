"""Our mailbox down is never the company's silence (issue 9.1).

With the shopper's IMAP port closed (or the login refused) for the whole reply
window, inquiries stay `awaiting`: a deadline is judged only from a mailbox read
that began after it. Once the mailbox is back, replies that arrived before the
deadline count. Real Dovecot, real aiosmtpd, a real closed port.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from probes.base import utcnow
from probes.email.collecting import collect
from probes.email.sending import send_due
from results.schema import AttemptState
from results.store import Store
from sandbox.mail import SandboxMail, sandbox_email_spec
from sandbox.mailrig import DovecotRig, PortGate
from tests.email.conftest import make_campaign, make_spec, sandbox_targets
from tests.hostile import mail_fixtures as fx
from tests.hostile.mail_fixtures import with_settings

# The module's fixtures (a shared conftest would be another helper's file).
rig, sandbox_mail, mailbox_user, store = fx.rig, fx.sandbox_mail, fx.mailbox_user, fx.store

ANSWERS, SILENT = "zelena-trgovina", "greenleaf"


@pytest.mark.parametrize("outage", ["port closed", "login refused"])
async def test_an_unreachable_mailbox_judges_nothing_and_replies_count_once_back(
    store: Store,
    rig: DovecotRig,
    sandbox_mail: SandboxMail,
    mailbox_user: str,
    tmp_path: Path,
    outage: str,
) -> None:
    targets = sandbox_targets([ANSWERS, SILENT])
    answers, silent = make_campaign(store, "outage", targets)
    good = make_spec(rig, sandbox_mail.smtp_port, mailbox_user, deadline_s=2.0)
    imap = good.accounts["default"].imap
    gate = PortGate(rig.port)
    if outage == "port closed":
        down_imap = imap.model_copy(update={"port": gate.port})  # nothing listens there
        up_imap = down_imap
    else:
        os.environ["AUDIT_TEST_OUTAGE_PW"] = "not-the-password"
        down_imap = imap.model_copy(update={"password_env": "AUDIT_TEST_OUTAGE_PW"})
        up_imap = imap
    account = good.accounts["default"]
    down = good.model_copy(
        update={"accounts": {"default": account.model_copy(update={"imap": down_imap})}}
    )
    down = with_settings(down, mailbox_patience_s=3.0)
    up = good.model_copy(
        update={"accounts": {"default": account.model_copy(update={"imap": up_imap})}}
    )
    sent = await send_due(store, "outage", targets, down, tmp_path / "ev")
    assert sorted(sent.sent) == sorted([answers, silent])
    deadline = max(a.deadline for a in store.attempts("outage") if a.deadline)
    before_answer = len(sandbox_mail.delivered)

    watched = await collect(store, "outage", down, tmp_path / "ev", until_done=True)
    assert watched.gave_up == [down_imap.key()], watched
    assert utcnow() > deadline  # the whole reply window passed while we could not read
    assert len(sandbox_mail.delivered) > before_answer  # the answer is in the mailbox
    assert {a.state for a in store.attempts("outage")} == {AttemptState.AWAITING}
    assert all(o.status.value != "timeout" for o in store.observations("outage"))
    [health] = store.mailboxes("outage")
    assert health.unreachable_since is not None and health.problem
    assert health.read_at is None

    with gate:
        gate.open()
        again = await collect(store, "outage", up, tmp_path / "ev", until_done=True)
    assert not again.gave_up, again
    states = {a.id: a.state for a in store.attempts("outage")}
    details = [o.detail for o in store.observations("outage")]
    assert states == {answers: AttemptState.DONE, silent: AttemptState.EXPIRED}, details
    observed = {o.attempt_id: o for o in store.observations("outage")}
    assert observed[answers].status.value == "ok", observed[answers].detail
    assert observed[answers].metrics["email.first_human_response_s"] is not None
    assert observed[silent].status.value == "timeout"
    [health] = store.mailboxes(outage_campaign := "outage")
    assert health.unreachable_since is None and health.read_at is not None
    assert health.read_at >= deadline, outage_campaign


COMMAND = [sys.executable, "-c", "from audit.cli import main; main()"]


def test_audit_run_gives_up_with_exit_3_and_status_says_since_when(
    tmp_path: Path, rig: DovecotRig, sandbox_mail: SandboxMail, mailbox_user: str
) -> None:
    gate = PortGate(rig.port)
    spec = sandbox_email_spec(rig, sandbox_mail, mailbox_user, deadline_s=2.0)
    account = spec.accounts["default"]
    imap = account.imap.model_copy(update={"port": gate.port})
    spec = spec.model_copy(
        update={"accounts": {"default": account.model_copy(update={"imap": imap})}}
    )
    spec = with_settings(spec, mailbox_patience_s=3.0)
    campaign = {
        "name": "outage",
        "period": "2026-Q4",
        "id": "outage-cli",
        "companies": [
            {"name": name, "support_email": f"support@{cid}.sandbox.test"}
            for cid, name in (
                (ANSWERS, sandbox_mail.world.names[ANSWERS]),
                (SILENT, sandbox_mail.world.names[SILENT]),
            )
        ],
        "probes": {"email": {"attempts": 1}},
        "email": spec.model_dump(mode="json", exclude_defaults=True),
    }
    path = tmp_path / "campaign.yaml"
    path.write_text(yaml.safe_dump(campaign, sort_keys=False, allow_unicode=True))
    env = dict(os.environ, COLUMNS="250")

    def audit(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*COMMAND, *args], capture_output=True, text=True, timeout=180, env=env
        )

    ran = audit("run", str(path))
    assert ran.returncode == 3, (ran.stdout, ran.stderr)
    assert "gave up on" in ran.stderr and "audit collect" in ran.stderr
    # Progress notes share stderr; the error itself is one line, and no traceback.
    errors = [line for line in ran.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "Traceback" not in ran.stderr, ran.stderr
    assert "gave up on" in errors[0]
    status = audit("status", "-w", str(tmp_path))
    assert status.returncode == 0, status.stderr
    assert "mailbox unreachable since" in status.stdout
    opened = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    try:
        assert {a.state for a in opened.attempts("outage-cli")} == {AttemptState.AWAITING}
    finally:
        opened.close()

    with gate:
        gate.open()
        collected = audit("collect", str(path))
    assert collected.returncode == 0, collected.stderr
    opened = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    try:
        observed = {o.company: o.status.value for o in opened.observations("outage-cli")}
    finally:
        opened.close()
    names = sandbox_mail.world.names
    assert observed == {names[ANSWERS]: "ok", names[SILENT]: "timeout"}
    status = audit("status", "-w", str(tmp_path))
    assert "mailbox unreachable" not in status.stdout
