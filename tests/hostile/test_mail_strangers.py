"""Replies from strangers are evidence, not the company's answer (issue 9.4).

Messages that name our inquiry (In-Reply-To, plus-address) are delivered into the
shopper's real Dovecot mailbox; only those whose sender is the company's domain
(or a subdomain), a help-desk provider's, or signed by one of those with a valid
DKIM signature count. The others are kept, marked "unverified sender".
"""

from __future__ import annotations

import base64
import subprocess
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import make_msgid
from pathlib import Path

import dkim

from probes.email.collecting import collect
from probes.email.journal import email_part
from probes.email.sending import send_due
from results.store import Store
from sandbox.mail import SandboxMail
from sandbox.mailrig import DovecotRig
from tests.email.conftest import make_campaign, make_spec, sandbox_targets
from tests.hostile import mail_fixtures as fx

rig, sandbox_mail, mailbox_user, store = fx.rig, fx.sandbox_mail, fx.mailbox_user, fx.store
QUIET = ["quiet-stranger", "quiet-helpdesk", "quiet-subdomain", "quiet-dkim", "quiet-evil-dkim"]
ANSWER = "Dear Lena,\n\nyou can return it within 30 days, free.\n\nBest regards,\nEva Lind\n"


def _keys(tmp_path: Path) -> tuple[bytes, bytes]:
    """(private key PEM, public key DER base64) made by openssl for this test."""
    private = tmp_path / "dkim.pem"
    subprocess.run(["openssl", "genrsa", "-out", str(private), "2048"], check=True,
                   capture_output=True)  # fmt: skip
    der = subprocess.run(
        ["openssl", "rsa", "-in", str(private), "-pubout", "-outform", "DER"],
        check=True, capture_output=True,
    ).stdout  # fmt: skip
    return private.read_bytes(), base64.b64encode(der)


def _reply(sender: str, to: str, in_reply_to: str, signer: tuple[bytes, str] | None) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = f"Eva Lind <{sender}>"
    msg["To"] = to
    msg["Subject"] = "Re: your question"
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2])
    msg["In-Reply-To"] = in_reply_to
    msg.set_content(ANSWER)
    raw = msg.as_bytes()
    if signer is None:
        return raw
    private, domain = signer
    signature = dkim.sign(
        raw, b"audit", domain.encode(), private,
        canonicalize=(b"relaxed", b"relaxed"),
        include_headers=[b"from", b"to", b"subject", b"message-id", b"in-reply-to"],
    )  # fmt: skip
    return signature + raw


async def test_only_the_company_its_help_desk_or_its_dkim_signer_counts(
    store: Store, rig: DovecotRig, sandbox_mail: SandboxMail, mailbox_user: str, tmp_path: Path
) -> None:
    targets = sandbox_targets(QUIET)  # none of these answers by itself
    ids = dict(zip(QUIET, make_campaign(store, "strangers", targets), strict=True))
    spec = make_spec(rig, sandbox_mail.smtp_port, mailbox_user, deadline_s=4.0)
    sent = await send_due(store, "strangers", targets, spec, tmp_path / "ev")
    assert sorted(sent.sent) == sorted(ids.values())
    private, public = _keys(tmp_path)
    records = {}
    for cid in ("quiet-dkim", "evil.example"):
        domain = cid if "." in cid else f"{cid}.sandbox.test"
        records[f"audit._domainkey.{domain}.".encode()] = b"v=DKIM1; k=rsa; p=" + public

    def dns(name: bytes, timeout: int = 5) -> bytes | None:
        return records.get(name)

    senders = {
        "quiet-stranger": ("helpful@evil.example", None),
        "quiet-helpdesk": ("quiet-helpdesk@quiethelp.zendesk.com", None),
        "quiet-subdomain": ("eva@eu.quiet-subdomain.sandbox.test", None),
        "quiet-dkim": ("eva.lind@mailbox.example", (private, "quiet-dkim.sandbox.test")),
        "quiet-evil-dkim": ("eva.lind@mailbox.example", (private, "evil.example")),
    }
    for cid, (sender, signer) in senders.items():
        inquiry = email_part(store.attempt(ids[cid]))
        raw = _reply(sender, inquiry["from_addr"], inquiry["message_id"], signer)
        sandbox_mail.deliver_now(inquiry["from_addr"], raw)

    summary = await collect(
        store, "strangers", spec, tmp_path / "ev", until_done=True, dkim_dns=dns
    )
    assert summary.ingested == len(senders) and summary.unmatched == 0, summary
    observed = {o.attempt_id: o for o in store.observations("strangers")}
    for cid in ("quiet-helpdesk", "quiet-subdomain", "quiet-dkim"):
        obs = observed[ids[cid]]
        assert obs.status.value == "ok", (cid, obs.detail)
        assert obs.metrics["email.answered"] is True, (cid, obs.detail)
        assert "unverified sender" not in obs.detail
    assert "DKIM signature by quiet-dkim.sandbox.test" in observed[ids["quiet-dkim"]].detail
    assert "Zendesk" in observed[ids["quiet-helpdesk"]].detail
    for cid in ("quiet-stranger", "quiet-evil-dkim"):
        obs = observed[ids[cid]]
        assert obs.status.value == "timeout", (cid, obs.detail)  # judged after the deadline
        assert obs.metrics["email.replies"] == 0
        assert "unverified sender, not counted" in obs.detail
        [row] = store.messages_for(ids[cid])
        assert row["sender_verified"] is False
        assert b"within 30 days" in Path(row["eml_path"]).read_bytes()
        assert any(e.path == row["eml_path"] for e in obs.evidence)  # kept as evidence
