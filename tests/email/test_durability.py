"""Never twice: a run killed while sending or awaiting resumes without re-sending anything."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select

from probes.email.collecting import collect
from probes.email.journal import email_part
from probes.email.sending import send_due
from results.schema import AttemptState, observations
from results.store import Store
from sandbox.mail import SandboxMail
from sandbox.mailrig import DovecotRig
from tests.email.conftest import make_campaign, make_spec, sandbox_targets

ROOT = Path(__file__).resolve().parents[2]


def _start_child(
    tmp_path: Path, campaign: str, targets: dict, spec: object
) -> subprocess.Popen[str]:
    config = {
        "db": f"sqlite:///{tmp_path / 'audit.sqlite'}",
        "campaign": campaign,
        "evidence": str(tmp_path / "evidence"),
        "targets": {k: v.model_dump() for k, v in targets.items()},
        "spec": spec.model_dump(mode="json"),  # type: ignore[attr-defined]
    }
    path = tmp_path / f"{campaign}.json"
    path.write_text(json.dumps(config))
    return subprocess.Popen(
        [sys.executable, "-m", "tests.email.child_run", str(path)],
        cwd=ROOT,
        env={**os.environ},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


async def _wait_for(condition: object, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.05)


def _kill(child: subprocess.Popen[str]) -> str:
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=10)
    return out


async def test_killed_while_sending_is_uncertain_and_never_resent(
    store: Store, rig: DovecotRig, sandbox_mail: SandboxMail, mailbox_user: str, tmp_path: Path
) -> None:
    targets = sandbox_targets(["zelena-trgovina"])
    [attempt_id] = make_campaign(store, "kill-send", targets)
    spec = make_spec(rig, sandbox_mail.smtp_port, mailbox_user, deadline_s=3.0)
    sandbox_mail.hold_replies.set()
    try:
        child = _start_child(tmp_path, "kill-send", targets, spec)

        def in_flight() -> bool:
            attempt = store.attempt(attempt_id)
            message_id = email_part(attempt).get("message_id", "")
            return attempt.state is AttemptState.SENDING and sandbox_mail.count(message_id) == 1

        await _wait_for(in_flight)
        _kill(child)
    finally:
        sandbox_mail.hold_replies.clear()
    message_id = email_part(store.attempt(attempt_id))["message_id"]

    summary = await send_due(store, "kill-send", targets, spec, tmp_path / "evidence")
    assert summary.uncertain == [attempt_id] and not summary.sent
    assert store.attempt(attempt_id).state is AttemptState.UNCERTAIN
    again = await send_due(store, "kill-send", targets, spec, tmp_path / "evidence")
    assert not again.sent and not again.uncertain
    await asyncio.sleep(0.3)
    assert sandbox_mail.count(message_id) == 1

    # Told to, it re-sends once, with the same Message-ID so replies still thread.
    resent = await send_due(
        store, "kill-send", targets, spec, tmp_path / "evidence", resend_uncertain=True
    )
    assert resent.sent == [attempt_id]
    assert sandbox_mail.count(message_id) == 2
    assert email_part(store.attempt(attempt_id))["message_id"] == message_id


async def test_killed_while_awaiting_collects_every_reply_once(
    store: Store, rig: DovecotRig, sandbox_mail: SandboxMail, mailbox_user: str, tmp_path: Path
) -> None:
    targets = sandbox_targets(["bloomly", "fernseh-profi", "greenleaf"])
    ids = make_campaign(store, "kill-await", targets)
    spec = make_spec(rig, sandbox_mail.smtp_port, mailbox_user, deadline_s=3.0)
    child = _start_child(tmp_path, "kill-await", targets, spec)

    def all_awaiting() -> bool:
        states = {store.attempt(i).state for i in ids}
        return states == {AttemptState.AWAITING}

    await _wait_for(all_awaiting)
    await asyncio.sleep(0.4)  # the child is watching; some replies are in, some to come
    out = _kill(child)
    assert "DONE" not in out

    summary = await send_due(store, "kill-await", targets, spec, tmp_path / "evidence")
    assert not summary.sent and not summary.uncertain
    await asyncio.wait_for(
        collect(store, "kill-await", spec, tmp_path / "evidence", until_done=True), 20
    )
    await asyncio.sleep(max(0.0, 3.2 - 0.4))
    await collect(store, "kill-await", spec, tmp_path / "evidence", until_done=False)
    for attempt_id in ids:
        assert sandbox_mail.count(email_part(store.attempt(attempt_id))["message_id"]) == 1
    with store.engine.connect() as conn:
        rows = {r.company: r for r in conn.execute(select(observations)).all()}
    assert rows["Bloomly Flowers"].metrics["email.replies"] == 3
    assert rows["Bloomly Flowers"].metrics["email.follow_up"] is True
    assert rows["Greenleaf Energy"].status == "timeout"

    # Ingestion is idempotent: forgetting the cursor re-reads the mailbox, adds nothing.
    before = store.count_messages("kill-await")
    store.forget_cursors("kill-await")
    again = await collect(store, "kill-await", spec, tmp_path / "evidence", until_done=False)
    assert again.ingested == 0 and again.duplicates == before
    assert store.count_messages("kill-await") == before
