"""A company with only a contact form: the form is found, filled, sent and replies match."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import select

from probes.email.collecting import collect
from probes.email.journal import email_part
from probes.email.sending import send_due
from results.schema import observations
from results.store import Store
from sandbox.mail import SandboxMail
from sandbox.mailrig import DovecotRig
from sandbox.server import SandboxServer
from tests.email.conftest import make_campaign, make_spec


async def test_contact_form_inquiry_is_sent_and_answered(
    store: Store, rig: DovecotRig, sandbox_mail: SandboxMail, mailbox_user: str, tmp_path: Path
) -> None:
    with SandboxServer() as server:
        target = server.target("northwind").model_copy(update={"support_email": None})
        targets = {target.name: target}
        [attempt_id] = make_campaign(store, "form", targets)
        spec = make_spec(rig, sandbox_mail.smtp_port, mailbox_user, deadline_s=6.0)
        spec = spec.model_copy(update={"host_map": dict(server.host_map)})
        summary = await send_due(store, "form", targets, spec, tmp_path / "ev")
    assert summary.sent == [attempt_id], summary
    attempt = store.attempt(attempt_id)
    assert email_part(attempt)["channel"] == "form"
    assert set(email_part(attempt)["form_fields"]) >= {"name", "email", "message"}
    assert Path(email_part(attempt)["screenshot"]).stat().st_size > 1000
    # The sandbox website does not forward posts to the mail side yet: do what it would.
    sandbox_mail.form_submitted(
        "northwind",
        email_part(attempt)["from_name"],
        email_part(attempt)["from_addr"],
        email_part(attempt)["body"],
    )
    await asyncio.wait_for(collect(store, "form", spec, tmp_path / "ev", until_done=True), 20)
    with store.engine.connect() as conn:
        row = conn.execute(select(observations)).one()
    assert row.status == "ok", row.detail
    assert row.metrics["email.channel"] == "form"
    assert row.metrics["email.answered"] is True
    assert "token" in row.detail  # matched by the plus-address typed into the form


FORM_PAGE = """<!DOCTYPE html><html lang="de"><body>
<nav><a href="/">Start</a> <a href="/hilfe/kontakt">Kontakt</a></nav></body></html>"""
CONTACT_PAGE = """<!DOCTYPE html><html lang="de"><body><h1>Kontakt</h1>
<form method="post" action="/hilfe/kontakt">
  <input type="hidden" name="csrf" value="t0k3n">
  <label for="f1">Ihr Name</label><input id="f1" name="field_1">
  <input name="field_2" placeholder="E-Mail-Adresse">
  <label>Betreff <input name="field_3"></label>
  <label for="f4">Ihre Nachricht</label><textarea id="f4" name="field_4"></textarea>
  <label><input type="checkbox" name="dsgvo"> Ich bin mit dem Datenschutz einverstanden</label>
  <label><input type="checkbox" name="newsletter"> Newsletter abonnieren</label>
  <button>Absenden</button>
</form></body></html>"""


async def test_form_fields_found_by_label_placeholder_and_consent_ticked(tmp_path: Path) -> None:
    import socket
    import threading
    from urllib.parse import parse_qsl

    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import HTMLResponse
    from starlette.routing import Route

    from probes.base import Target
    from probes.email.compose import compose
    from probes.email.form import submit_contact_form
    from probes.email.interface import Persona
    from probes.email.templates import load_templates

    posted: list[dict[str, str]] = []

    async def home(request: Request) -> HTMLResponse:
        return HTMLResponse(FORM_PAGE)

    async def contact(request: Request) -> HTMLResponse:
        if request.method == "POST":
            posted.append(dict(parse_qsl((await request.body()).decode(), keep_blank_values=True)))
            return HTMLResponse("<h1>Danke! Wir melden uns.</h1>")
        return HTMLResponse(CONTACT_PAGE)

    app = Starlette(
        routes=[Route("/", home), Route("/hilfe/kontakt", contact, methods=["GET", "POST"])]
    )
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="error"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        while not server.started:
            await asyncio.sleep(0.02)
        target = Target(
            name="Formhaus", website=f"http://formhaus.sandbox.test:{port}/", language="de"
        )
        persona = Persona(first_name="Lena", last_name="Horvat", address="lena@audit.test")
        inquiry = compose("f1", target, persona, load_templates()["warranty"])
        result = await submit_contact_form(
            target.website or "",
            inquiry,
            tmp_path,
            {"*.sandbox.test": "127.0.0.1", "*": "~NOTFOUND"},
        )
    finally:
        server.should_exit = True
        thread.join(5)
    assert posted == [
        {
            "csrf": "t0k3n",
            "field_1": "Lena Horvat",
            "field_2": inquiry.from_addr,
            "field_3": inquiry.subject,
            "field_4": inquiry.body.replace("\n", "\r\n"),
            "dsgvo": "on",
        }
    ]
    assert set(result.fields) == {"name", "email", "subject", "message", "consent"}
    assert result.url.endswith("/hilfe/kontakt") and result.screenshot.exists()


def test_only_consent_or_required_boxes_are_ticked() -> None:
    from probes.email.form import _role

    def box(label: str, required: bool = False) -> dict[str, object]:
        return {"type": "checkbox", "tag": "input", "hidden": False, "required": required,
                "label": label, "name": "", "id": "", "placeholder": "", "aria": ""}  # fmt: skip

    assert _role(box("I accept the privacy policy")) == "consent"
    assert _role(box("Sutinku su privatumo politika")) == "consent"
    assert _role(box("Send me the newsletter")) is None
    assert _role(box("Terms", required=True)) == "consent"
