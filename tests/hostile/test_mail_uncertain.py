"""An inquiry left `uncertain` by a crash, proven sent by its reply, is scored (issue 9.3).

The run is SIGKILLed while the SMTP server holds back its 250 (the message was
accepted, we never heard so). The next run marks the attempt `uncertain` and does
not re-send it; when the company's reply arrives, the reply proves the inquiry
went out: the attempt becomes sent, its send time bounded by what the store
knows and flagged, and the reply is scored. Real Dovecot, aiosmtpd, a child process.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from probes.email.collecting import collect
from probes.email.journal import email_part
from probes.email.sending import send_due
from results.schema import AttemptState
from results.store import Store
from sandbox.mail import SandboxMail
from sandbox.mailrig import DovecotRig
from tests.email.conftest import make_campaign, make_spec, sandbox_targets
from tests.hostile import mail_fixtures as fx
from tests.hostile.mail_fixtures import wait_for

rig, sandbox_mail, mailbox_user, store = fx.rig, fx.sandbox_mail, fx.mailbox_user, fx.store
ROOT = Path(__file__).resolve().parents[2]


async def test_a_reply_proves_an_uncertain_send_and_is_scored(
    store: Store, rig: DovecotRig, sandbox_mail: SandboxMail, mailbox_user: str, tmp_path: Path
) -> None:
    targets = sandbox_targets(["zelena-trgovina"])
    [attempt_id] = make_campaign(store, "proven", targets)
    spec = make_spec(rig, sandbox_mail.smtp_port, mailbox_user, deadline_s=30.0)
    config = tmp_path / "child.json"
    config.write_text(
        json.dumps(
            {
                "db": f"sqlite:///{tmp_path / 'audit.db'}",
                "campaign": "proven",
                "evidence": str(tmp_path / "ev"),
                "targets": {k: v.model_dump() for k, v in targets.items()},
                "spec": spec.model_dump(mode="json"),
            }
        )
    )
    sandbox_mail.hold_replies.set()
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.email.child_run", str(config)],
            cwd=ROOT,
            env=dict(os.environ),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

        def in_flight() -> bool:
            message_id = email_part(store.attempt(attempt_id)).get("message_id", "")
            return bool(message_id) and sandbox_mail.count(message_id) == 1

        await wait_for(in_flight)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        sandbox_mail.hold_replies.clear()
    assert store.attempt(attempt_id).state is AttemptState.SENDING
    message_id = email_part(store.attempt(attempt_id))["message_id"]

    resumed = await send_due(store, "proven", targets, spec, tmp_path / "ev")
    assert resumed.uncertain == [attempt_id] and not resumed.sent
    assert store.attempt(attempt_id).state is AttemptState.UNCERTAIN

    summary = await collect(store, "proven", spec, tmp_path / "ev", until_done=True)
    assert summary.proven == [attempt_id], summary
    attempt = store.attempt(attempt_id)
    assert attempt.state in (AttemptState.AWAITING, AttemptState.DONE)
    sent = email_part(attempt)
    assert sent["sent_time"] == "inferred"
    low, high = (datetime.fromisoformat(t) for t in sent["sent_bounds"])
    assert datetime.fromisoformat(sent["sending_at"]) == low <= high
    assert datetime.fromisoformat(sent["sent_at"]) == low
    assert attempt.deadline is not None and attempt.deadline > high
    [observation] = store.observations("proven")
    assert observation.status.value == "ok", observation.detail
    assert observation.metrics["email.answered"] is True
    first = observation.metrics["email.first_human_response_s"]
    assert isinstance(first, float) and first >= 0
    assert "sent time inferred" in observation.detail
    assert sandbox_mail.count(message_id) == 1  # proven, never sent again
    again = await send_due(store, "proven", targets, spec, tmp_path / "ev", resend_uncertain=True)
    assert not again.sent and sandbox_mail.count(message_id) == 1
