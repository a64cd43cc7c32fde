"""Hostile and odd mail: each message gets a clear outcome in bounded time and memory."""

from __future__ import annotations

import asyncio
import tracemalloc
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from sqlalchemy import select

from probes.email.collecting import collect
from probes.email.journal import email_part
from probes.email.sending import send_due
from probes.email.watch import ImapWatcher
from results.schema import observations
from results.store import Store
from sandbox.mail import SandboxMail
from sandbox.mailrig import DovecotRig
from tests.email.conftest import make_campaign, make_spec, sandbox_targets

ESC = "\x1b"


def _headers(to: str, subject: str, extra: str = "") -> str:
    return (
        f"From: Support <support@kyma-home.sandbox.test>\r\nTo: {to}\r\n"
        f"Subject: {subject}\r\nDate: {format_datetime(datetime.now(UTC))}\r\n"
        f"Message-ID: {make_msgid(domain='kyma-home.sandbox.test')}\r\n{extra}"
    )


def hostile_messages(to: str, other_message_id: str) -> dict[str, bytes]:
    """Name -> raw bytes of every odd message the watcher must survive."""
    out: dict[str, bytes] = {}
    out["malformed"] = (
        _headers(to, "Re: broken", "MIME-Version: 1.0\r\nContent-Type: multipart/mixed\r\n")
        + "\r\n--nowhere\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64***\r\n"
    ).encode()
    big = "Returns within 30 days.\r\n" + ("x" * 998 + "\r\n") * 20_500
    out["20mb"] = (_headers(to, "Re: big", "Content-Type: text/plain\r\n") + "\r\n" + big).encode()
    parts = "".join(f"--b\r\nContent-Type: text/plain\r\n\r\npart {i}\r\n" for i in range(5000))
    out["5000parts"] = (
        _headers(
            to, "Re: parts", 'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n'
        )
        + "\r\n"
        + parts
        + "--b--\r\n"
    ).encode()
    html = EmailMessage()
    html["From"] = "Agent <support@kyma-home.sandbox.test>"
    html["To"] = to
    html["Subject"] = "Re: html only"
    html["Message-ID"] = make_msgid(domain="kyma-home.sandbox.test")
    html.set_content(
        "<html><head><style>p{}</style><script>alert(1)</script></head><body>"
        "<p>Dear Lena,</p><p>επιστροφή μέσα σε <b>30 ημέρες</b>.</p>"
        "<p>Kind regards,<br>Eva Lind</p></body></html>",
        subtype="html",
    )
    out["html"] = html.as_bytes()
    greek = "Γεια σας Lena, επιστροφή μέσα σε 30 ημέρες.".encode("iso-8859-7")
    out["iso-8859-7"] = (
        _headers(to, "=?iso-8859-7?q?=C5=F0=E9=F3=F4=F1=EF=F6=DE?=",
                 "Content-Type: text/plain; charset=iso-8859-7\r\n").encode()
        + b"\r\n" + greek
    )  # fmt: skip
    out["bogus-charset"] = (
        _headers(to, "Re: charset", "Content-Type: text/plain; charset=x-no-such-charset\r\n")
        + "\r\n"
    ).encode() + b"caf\xe9 \xff\xfe"
    osc_link = f"{ESC}]8;;http://evil.test{ESC}\\click{ESC}]8;;{ESC}\\"
    escapes = f"[bold red]ALERT[/] {ESC}[2J{osc_link} {ESC}[31m"
    out["escapes"] = (
        _headers(to, f"Re: {escapes}", "Content-Type: text/plain; charset=utf-8\r\n")
        + "\r\n"
        + escapes
        + "\r\n\x07\x08 body [link=http://evil.test]x[/link]\r\n"
    ).encode()
    out["forged-in-reply-to"] = (
        _headers(to, "Re: question", f"In-Reply-To: {other_message_id}\r\n")
        + "\r\nAnswer for the first shop.\r\n"
    ).encode()
    return out


async def test_hostile_mail_is_handled(
    store: Store, rig: DovecotRig, sandbox_mail: SandboxMail, mailbox_user: str, tmp_path: Path
) -> None:
    targets = sandbox_targets(["kyma-home", "greenleaf"])  # neither answers by itself
    first, second = make_campaign(store, "hostile", targets)
    spec = make_spec(rig, sandbox_mail.smtp_port, mailbox_user, deadline_s=60)
    await send_due(store, "hostile", targets, spec, tmp_path / "ev")
    a = store.attempt(first)
    b = store.attempt(second)
    messages = hostile_messages(email_part(a)["from_addr"], email_part(b)["message_id"])
    for raw in messages.values():
        sandbox_mail.deliver_now(email_part(a)["from_addr"], raw)

    tracemalloc.start()
    try:
        summary = await asyncio.wait_for(
            collect(store, "hostile", spec, tmp_path / "ev", until_done=False), 30
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64 * 2**20, f"peak Python memory {peak / 2**20:.0f} MB for a 20 MB message"
    assert summary.ingested == len(messages), summary
    assert summary.unmatched == 0

    rows = store.messages_for(first)
    assert len(rows) == len(messages)  # the forged In-Reply-To went to the token's attempt
    assert store.messages_for(second) == []
    forged = [r for r in rows if "wins" in r["match_reason"]]
    assert len(forged) == 1 and second in forged[0]["match_reason"]
    for row in rows:
        assert ESC not in row["subject"] and "\x07" not in row["subject"]
        assert Path(row["eml_path"]).stat().st_size <= ImapWatcher.max_fetch_bytes
    by_subject = {r["subject"]: r for r in rows}
    assert by_subject["Re: html only"]["kind"] == "human"
    assert by_subject["Re: html only"]["answered"] and by_subject["Re: html only"]["agent_named"]
    assert any("read only in part" in reason for reason in by_subject["Re: big"]["reasons"])
    assert any("MIME parts" in reason for reason in by_subject["Re: parts"]["reasons"])
    assert "Επιστροφή" in by_subject
    assert any("unknown charset" in r for r in by_subject["Re: charset"]["reasons"])
    escaped = next(r for r in rows if "ALERT" in r["subject"])
    assert "[bold red]" in escaped["subject"]  # kept literally, never interpreted

    with store.engine.connect() as conn:
        obs = conn.execute(select(observations)).one()
    assert ESC not in obs.detail and "\x07" not in obs.detail
    assert obs.detail.startswith("provisional")
