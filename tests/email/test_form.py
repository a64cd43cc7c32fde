"""A company with only a contact form: the form is found, filled, sent and replies match."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import Engine, select

from audit.email_flow import collect, send_due
from audit.sandbox.mail import SandboxMail
from audit.sandbox.mailrig import DovecotRig
from audit.sandbox.server import SandboxServer
from results import email_journal as journal
from results.schema import observations
from tests.email.conftest import make_campaign, make_spec


async def test_contact_form_inquiry_is_sent_and_answered(
    engine: Engine, rig: DovecotRig, sandbox_mail: SandboxMail, mailbox_user: str, tmp_path: Path
) -> None:
    with SandboxServer() as server:
        target = server.target("northwind").model_copy(update={"support_email": None})
        targets = {target.name: target}
        [attempt_id] = make_campaign(engine, "form", targets)
        spec = make_spec(rig, sandbox_mail.smtp_port, mailbox_user, deadline_s=6.0)
        spec = spec.model_copy(update={"host_map": dict(server.host_map)})
        summary = await send_due(engine, "form", targets, spec, tmp_path / "ev")
    assert summary.sent == [attempt_id], summary
    attempt = journal.get_attempt(engine, attempt_id)
    assert attempt.email["channel"] == "form"
    assert set(attempt.email["form_fields"]) >= {"name", "email", "message"}
    assert Path(attempt.email["screenshot"]).stat().st_size > 1000
    # The sandbox website does not forward posts to the mail side yet: do what it would.
    sandbox_mail.form_submitted(
        "northwind", attempt.email["from_name"], attempt.email["from_addr"], attempt.email["body"]
    )
    await asyncio.wait_for(collect(engine, "form", spec, tmp_path / "ev", until_done=True), 20)
    with engine.connect() as conn:
        row = conn.execute(select(observations)).one()
    assert row.status == "ok", row.detail
    assert row.metrics["email.channel"] == "form"
    assert row.metrics["email.answered"] is True
    assert "token" in row.detail  # matched by the plus-address typed into the form
