"""A loopback website of consent banners in many languages and late-rendered numbers.

Paths:
- `/consent/<lang>/`: a cookie banner worded in `<lang>` (a refuse button first, then the
  accept button); the page's customer-service number is written only once it is accepted.
- `/late/<ms>/`: a number written by a timer `<ms>` milliseconds after `load`.
- `/chain/`: a timer that re-arms itself forever (the page is never quiet); a number is
  in the page from the start.
"""

from __future__ import annotations

import json
import socket
import threading

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

HOST = "site.readers.test"
HOST_MAP = {"*.readers.test": "127.0.0.1", "*": "~NOTFOUND"}

# (refuse text, accept text, customer-service label, number as written, E.164, country).
# Accept texts are real-world wordings; those marked * are not in the lexicons' word
# lists and are found by the consent-container fallback.
CONSENT = {
    "fr": (
        "Tout refuser",
        "Accepter et fermer la fenêtre",
        "Service client",  # *
        "01 99 00 12 34",
        "+33199001234",
        "FR",
    ),
    "es": (
        "Rechazar todas",
        "Aceptar todas las cookies",
        "Atención al cliente",
        "910 000 123",
        "+34910000123",
        "ES",
    ),
    "it": (
        "Rifiuta",
        "Accetta tutti i cookie e continua",
        "Servizio clienti",  # *
        "02 1234 5678",
        "+390212345678",
        "IT",
    ),
    "nl": (
        "Weigeren",
        "Alle cookies accepteren",
        "Klantenservice",
        "020 123 4567",
        "+31201234567",
        "NL",
    ),
    "pl": (
        "Odrzuć",
        "Akceptuję wszystkie pliki cookies",
        "Biuro obsługi klienta",  # *
        "22 123 45 67",
        "+48221234567",
        "PL",
    ),
    "pt": (
        "Rejeitar",
        "Aceitar todos os cookies",
        "Apoio ao cliente",
        "211 234 567",
        "+351211234567",
        "PT",
    ),
}
LATE_NUMBER = ("030 901820", "+4930901820")


def _page(lang: str, body: str) -> HTMLResponse:
    return HTMLResponse(
        f"<!doctype html><html lang={lang}><head><meta charset=utf-8><title>Shop</title>"
        f"</head><body>{body}</body></html>"
    )


def consent_page(lang: str) -> Response:
    """A page whose number appears only after its consent banner is accepted."""
    refuse, accept, label, number, _, _ = CONSENT[lang]
    shown = json.dumps(f"{label}: {number}")
    body = f"""
<header><h1>Shop</h1></header><main><p id="cs"></p></main>
<div class="cc-window" role="dialog" aria-label="cookieconsent"
     style="position:fixed;inset:0;z-index:99999;background:rgba(0,0,0,.7)">
  <div style="background:#fff;margin:120px auto;width:460px;padding:20px">
    <p>Cookies</p>
    <button id="refuse">{refuse}</button> <button id="accept">{accept}</button>
  </div>
</div>
<script>
  document.getElementById("refuse").onclick = () => {{ document.title = "refused"; }};
  document.getElementById("accept").onclick = () => {{
    document.querySelector(".cc-window").remove();
    document.getElementById("cs").textContent = {shown};
  }};
</script>"""
    return _page(lang, body)


def late_page(delay_ms: int) -> Response:
    """A page whose number a timer writes `delay_ms` after load."""
    text = json.dumps(f"Kundenservice: {LATE_NUMBER[0]}")
    body = f"""<main><p id="late">Willkommen</p></main>
<script>
  window.addEventListener("load", () => setTimeout(() => {{
    document.getElementById("late").textContent = {text};
  }}, {delay_ms}));
</script>"""
    return _page("de", body)


def chain_page() -> Response:
    """A page that is never quiet: a 500 ms timer re-arms itself forever."""
    body = f"""<main><p>Kundenservice: {LATE_NUMBER[0]}</p><p id="tick">0</p></main>
<script>
  const tick = () => {{
    const el = document.getElementById("tick");
    el.textContent = String(Number(el.textContent) + 1);
    setTimeout(tick, 500);
  }};
  tick();
</script>"""
    return _page("de", body)


async def route(request: Request) -> Response:
    parts = [p for p in request.url.path.split("/") if p]
    if len(parts) == 2 and parts[0] == "consent" and parts[1] in CONSENT:
        return consent_page(parts[1])
    if len(parts) == 2 and parts[0] == "late" and parts[1].isdigit():
        return late_page(int(parts[1]))
    if parts == ["chain"]:
        return chain_page()
    return HTMLResponse("not found", status_code=404)


class ReadersSite:
    """The site served by uvicorn on a free 127.0.0.1 port (as `HOST`) in a thread."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        app = Starlette(routes=[Route("/{path:path}", route)])
        config = uvicorn.Config(app, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )

    def url(self, path: str) -> str:
        """The absolute URL of `path` on this server."""
        return f"http://{HOST}:{self.port}{path}"

    def start(self) -> None:
        self.thread.start()
        started = threading.Event()
        for _ in range(1000):
            if self.server.started:
                return
            started.wait(0.01)
        raise RuntimeError("readers test site did not start")

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()
