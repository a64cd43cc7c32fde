"""SMTP outcomes: 4xx retried with backoff, 5xx final and recorded, passwords never leak."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import select

from probes.email.collecting import collect
from probes.email.interface import SendError, SmtpAccount
from probes.email.journal import email_part
from probes.email.send import send_bytes
from probes.email.sending import send_due
from results.schema import AttemptState, attempts, observations
from results.store import Store
from sandbox.mail import SandboxMail
from sandbox.mailrig import DovecotRig
from tests.email.conftest import (
    CANARY,
    SMTP_USER,
    make_campaign,
    make_spec,
    sandbox_targets,
)

MESSAGE = b"From: a@audit.test\r\nTo: support@bloomly.sandbox.test\r\nSubject: x\r\n\r\nhi\r\n"


async def test_4xx_is_retried_with_exponential_backoff(sandbox_mail: SandboxMail) -> None:
    account = SmtpAccount(host="127.0.0.1", port=sandbox_mail.smtp_port, security="none")
    waits: list[float] = []

    async def record_sleep(seconds: float) -> None:
        waits.append(seconds)

    sandbox_mail.fail_next("451 4.3.0 try again later", times=2)
    result = await send_bytes(
        account, None, "greenleaf-test@audit.test", "support@greenleaf.sandbox.test", MESSAGE,
        backoff_s=1.5, sleep=record_sleep,
    )  # fmt: skip
    assert result.tries == 3 and result.response.startswith("250")
    assert waits == [1.5, 3.0]


async def test_5xx_is_final(sandbox_mail: SandboxMail) -> None:
    account = SmtpAccount(host="127.0.0.1", port=sandbox_mail.smtp_port, security="none")
    sandbox_mail.fail_next("554 5.7.1 message refused")
    with pytest.raises(SendError) as caught:
        await send_bytes(
            account, None, "a@audit.test", "support@greenleaf.sandbox.test", MESSAGE,
            sleep=lambda s: asyncio.sleep(0),
        )  # fmt: skip
    assert caught.value.permanent and caught.value.code == 554


async def test_flow_records_5xx_and_exhausted_4xx(
    store: Store, rig: DovecotRig, sandbox_mail: SandboxMail, mailbox_user: str, tmp_path: Path
) -> None:
    targets = sandbox_targets(["kyma-home"])
    [attempt_id] = make_campaign(store, "smtp-errors", targets)
    spec = make_spec(rig, sandbox_mail.smtp_port, mailbox_user)
    sandbox_mail.fail_next("451 4.7.1 greylisted", times=4)
    summary = await send_due(store, "smtp-errors", targets, spec, tmp_path)
    assert summary.retry_later == [attempt_id]
    assert store.attempt(attempt_id).state is AttemptState.PLANNED
    with store.engine.connect() as conn:
        last_error = conn.execute(select(attempts.c.last_error)).scalar_one()
    assert "451" in last_error and "4 tries" in last_error
    sandbox_mail.fail_next("550 5.7.1 relaying denied")
    summary = await send_due(store, "smtp-errors", targets, spec, tmp_path)
    assert summary.failed == [attempt_id]
    attempt = store.attempt(attempt_id)
    assert attempt.state is AttemptState.FAILED
    with store.engine.connect() as conn:
        row = conn.execute(select(observations)).one()
    assert row.status == "error" and "550" in row.detail
    assert sandbox_mail.count(email_part(attempt)["message_id"]) == 0


async def test_canary_password_appears_nowhere(
    store: Store,
    rig: DovecotRig,
    sandbox_mail: SandboxMail,
    mailbox_user: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    targets = sandbox_targets(["bloomly", "alpe-telekom"])
    make_campaign(store, "canary", targets)
    spec = make_spec(rig, sandbox_mail.smtp_port, mailbox_user, deadline_s=2.0,
                     smtp_user=SMTP_USER)  # fmt: skip
    lines: list[str] = []
    failures_before = sandbox_mail.auth_failures
    summary = await send_due(store, "canary", targets, spec, tmp_path / "ev", progress=lines.append)
    assert len(summary.sent) == 2 and sandbox_mail.auth_failures == failures_before
    await asyncio.wait_for(collect(store, "canary", spec, tmp_path / "ev", True, lines.append), 20)
    await asyncio.sleep(2.2)
    await collect(store, "canary", spec, tmp_path / "ev", until_done=False, progress=lines.append)

    # A wrong IMAP password: the problem is reported without the password itself.
    bad = spec.model_copy(
        update={"accounts": {"default": spec.accounts["default"].model_copy(
            update={"imap": spec.accounts["default"].imap.model_copy(
                update={"password_env": "AUDIT_TEST_WRONG_PW"})})}}
    )  # fmt: skip
    import os

    os.environ["AUDIT_TEST_WRONG_PW"] = CANARY + "-wrong"
    stop = asyncio.Event()
    task = asyncio.ensure_future(
        collect(store, "canary", bad, tmp_path / "ev", False, lines.append, stop=stop)
    )
    await asyncio.sleep(1.0)
    stop.set()
    result = await task
    assert result.problems, "a refused login must be reported"

    store.close()
    captured = capsys.readouterr()
    haystacks = [captured.out, captured.err, "\n".join(lines), *result.problems]
    for text in haystacks:
        assert CANARY not in text
    db_bytes = (tmp_path / "audit.sqlite").read_bytes()
    assert CANARY.encode() not in db_bytes
    for path in (tmp_path / "ev").rglob("*"):
        if path.is_file():
            assert CANARY.encode() not in path.read_bytes(), path
