"""A small local website for the website probe's Chromium tests (Starlette on uvicorn).

Each "site" lives under its own path prefix on one loopback server:
`/shop/` is a full site (cookie wall, JS-rendered, hidden and image-only numbers,
decoys, Help -> Contact us two clicks deep, FAQ, returns, a chat global);
`/framed/` hides its number behind a consent wall in an iframe;
`/plain/` shows nothing useful; `/gone/` answers 404; `/loop/` redirects forever;
`/hang/` starts a page and never finishes it.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections.abc import AsyncIterator

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route

HOST = "site.probe.test"
HOST_MAP = {"*.probe.test": "127.0.0.1", "*": "~NOTFOUND"}
"""Chromium host mapping: the test site on loopback, every other host unresolvable."""

COOKIE_WALL = """
<div id="consent" style="position:fixed;inset:0;z-index:99999;background:rgba(0,0,0,.7)">
  <div style="background:#fff;margin:120px auto;width:420px;padding:20px">
    <p>We use cookies.</p>
    <button id="reject">Reject non-essential</button> <button id="accept">Accept all</button>
  </div>
</div>
<script>
  document.getElementById("accept").onclick = () => document.getElementById("consent").remove();
</script>
"""

JS_NUMBER = """
<p id="late"></p>
<script>
  window.addEventListener("load", () => setTimeout(() => {
    document.getElementById("late").textContent = "Sales: +49 30 901820";
  }, 250));
</script>
"""

FAQ_JSONLD = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "WebPage", "name": "FAQ"},
        {
            "@type": "FAQPage",
            "mainEntity": [{"@type": "Question", "name": f"Question {i}?"} for i in range(1, 8)],
        },
    ],
}

RETURNS_JSONLD = [
    {"@context": "https://schema.org", "@type": "Organization", "name": "Shop"},
    {
        "@context": "https://schema.org",
        "@type": "MerchantReturnPolicy",
        "merchantReturnDays": 30,
        "returnFees": "https://schema.org/FreeReturn",
    },
]


def _page(title: str, body: str, head: str = "") -> HTMLResponse:
    html = (
        f"<!doctype html><html lang=de><head><meta charset=utf-8><title>{title}</title>{head}"
        f"</head><body>{body}</body></html>"
    )
    return HTMLResponse(html)


def _jsonld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def shop_home() -> HTMLResponse:
    body = f"""
    <header style="height:80px">
      <nav><a href="/shop/">Start</a> <a href="/shop/hilfe">Hilfe</a></nav>
      <p>Kundenservice: <a href="tel:+498001234567">0800 123 4567</a> (Mo–Fr 8–20 Uhr)</p>
      <img src="/shop/phone.svg" alt="Hotline" width="200" height="30">
    </header>
    <main>
      <h1>Willkommen</h1>
      {JS_NUMBER}
      <div style="display:none">Alte Hotline: +49 30 7777777</div>
      <p hidden>+49 30 6666666</p>
      <span style="position:absolute;left:-9999px">+49 30 5555555</span>
      <p>Bestellnummer: 4930123456 · Preis 49,99 €</p>
      <div style="height:2000px"></div>
      <footer>
        <p>Telefon: +49 40 3012345 · Fax: +49 40 3012346</p>
        <p>USt-IdNr. DE123456789</p>
        <a href="/shop/rueckgabe">Rückgabe</a> <a href="/shop/faq">Häufige Fragen</a>
      </footer>
    </main>
    <script>window.Intercom = function () {{}}; window.intercomSettings = {{app_id: "x"}};</script>
    {COOKIE_WALL}
    """
    return _page("Shop", body)


def shop_help() -> HTMLResponse:
    body = """
    <h1>Hilfe</h1>
    <form role="search"><input type="search" name="q"></form>
    <ul><li><a href="/shop/service/kontakt-aufnehmen">Kontakt</a></li>
        <li><a href="/shop/faq">FAQ</a></li>
        <li><a href="/shop/hilfe-center">Hilfe-Center</a></li></ul>
    """
    return _page("Hilfe", body)


def shop_contact() -> HTMLResponse:
    body = """
    <h1>Kontakt</h1>
    <dl><dt>Telefax</dt><dd>+49 30 1234568</dd>
        <dt>Service-Hotline</dt><dd>+49 30 1234567</dd></dl>
    <p>Wir sind rund um die Uhr für Sie da.</p>
    <form><input name="name"><textarea name="message"></textarea><button>Senden</button></form>
    """
    return _page("Kontakt", body)


def shop_faq() -> HTMLResponse:
    questions = "".join(
        f"<details><summary>Frage {i}?</summary><p>Antwort</p></details>" for i in range(1, 6)
    )
    body = f"<h1>FAQ</h1>{questions}<h3>Wie lange dauert der Versand?</h3><p>2 Tage.</p>"
    return _page("FAQ", body, head=_jsonld(FAQ_JSONLD))


def shop_returns() -> HTMLResponse:
    body = "<h1>Rückgabe</h1><p>Sie können Artikel innerhalb von 30 Tagen zurückgeben.</p>"
    return _page("Rückgabe", body, head=_jsonld(RETURNS_JSONLD))


def framed_home() -> HTMLResponse:
    """A Slovenian page whose consent wall is an iframe covering the whole window."""
    body = """
    <header><p>Klicni center: <a href="tel:+38612345678">01 234 56 78</a></p></header>
    <iframe id="cmp" src="/framed/consent"
      style="position:fixed;inset:0;width:100%;height:100%;border:0;z-index:9999"></iframe>
    """
    return _page("Trgovina", body)


def framed_consent() -> HTMLResponse:
    body = """
    <p>Piškotki</p><button onclick="parent.document.getElementById('cmp').remove()">
    Sprejmi vse</button>
    """
    return _page("Soglasje", body)


PHONE_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="30">'
    '<text x="4" y="22" font-size="18">+49 30 4444444</text></svg>'
)


def declared_only_home() -> HTMLResponse:
    """A number in schema.org ContactPoint only: nowhere a customer could read it."""
    org = {"@context": "https://schema.org", "@type": "Organization", "name": "Shop",
           "contactPoint": {"@type": "ContactPoint", "telephone": "+49 30 901820",
                            "contactType": "customer service"}}  # fmt: skip
    return _page("Shop", "<h1>Willkommen</h1><p>Wir verkaufen Schuhe.</p>", _jsonld(org))


def lines_home() -> HTMLResponse:
    """Numbers as real pages write them: `<br>`-separated lines, labels after the number,
    department lines, a "Call us" link with no number shown, a number in an image's alt."""
    body = """
    <header><a href="tel:+493088888888">Rufen Sie uns an</a></header>
    <h1 style="font-size:32px">Hotline <span style="font-size:32px">030 1234567</span></h1>
    <address>Tempelhofer Ufer 23<br>10963<br>030 2345678<br>030 2345679 (Fax)</address>
    <p>Presse: 030 3456789</p>
    <p>Fax (Zentrale, nur Bestellungen): 030 4567890</p>
    <table><tr><td>Bestellnummer</td><td>0301234599</td></tr></table>
    <img src="/shop/phone.svg" alt="Bestellhotline 030 5678901" width="200" height="30">
    """
    return _page("Zeilen", body)


def reveal_home() -> HTMLResponse:
    """A number behind a "show number" button, and one inside an open shadow root."""
    body = """
    <p>Kundenservice: <span id="hidden-number">030 12** ****</span>
       <button onclick="document.getElementById('hidden-number').textContent='030 1234567'">
       Nummer anzeigen</button></p>
    <shop-footer></shop-footer>
    <style>.tel::after { content: "Service: 089 1234567"; }</style>
    <p class="tel"></p>
    <iframe src="/reveal/frame" width="400" height="60"></iframe>
    <script>
      customElements.define("shop-footer", class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({mode: "open"}).innerHTML = "<p>Hotline: 040 7654321</p>";
        }
      });
    </script>
    """
    return _page("Nummer", body)


async def _never_ending() -> AsyncIterator[bytes]:
    yield b"<!doctype html><html><head><title>slow</title></head><body><p>Loading"
    await asyncio.sleep(3600)


async def handle(request: Request) -> Response:
    path = request.url.path
    shop = {
        "/shop/": shop_home,
        "/shop/hilfe": shop_help,
        "/shop/service/kontakt-aufnehmen": shop_contact,
        "/shop/faq": shop_faq,
        "/shop/rueckgabe": shop_returns,
    }
    if path in shop:
        return shop[path]()
    if path == "/framed/":
        return framed_home()
    if path == "/framed/consent":
        return framed_consent()
    if path == "/shop/phone.svg":
        return Response(PHONE_SVG, media_type="image/svg+xml")
    if path == "/reveal/":
        return reveal_home()
    if path == "/reveal/frame":
        return _page("Rahmen", "<p>Hotline im Rahmen: 0221 4567890</p>")
    if path == "/inline-chat/":
        config = (
            '<script>window.supportConfig = {endpoint: "https://messenger.dixa.io/v2/x"};</script>'
        )
        return _page("Chat", "<h1>Hallo</h1>" + config)
    if path == "/lines/":
        return lines_home()
    if path == "/declared-only/":
        return declared_only_home()
    if path == "/plain/":
        return _page("Plain", "<h1>Hello</h1><p>Nothing to see here.</p>")
    if path.startswith("/loop/"):
        return RedirectResponse("/loop/b" if path == "/loop/a" else "/loop/a", status_code=302)
    if path == "/hang/":
        return StreamingResponse(_never_ending(), media_type="text/html")
    return HTMLResponse("<h1>Not Found</h1>", status_code=404)


def build_app() -> Starlette:
    """The test website app."""
    return Starlette(routes=[Route("/{path:path}", handle)])


class LocalSite:
    """The test website served by uvicorn on a free 127.0.0.1 port (as `HOST`) in a thread."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        config = uvicorn.Config(
            build_app(), log_level="warning", lifespan="off", timeout_graceful_shutdown=0
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )

    def url(self, path: str) -> str:
        """The absolute URL of `path` on this server."""
        return f"http://{HOST}:{self.port}{path}"

    def start(self) -> None:
        self.thread.start()
        for _ in range(500):
            if self.server.started:
                return
            threading.Event().wait(0.01)
        raise RuntimeError("test site did not start")

    def stop(self) -> None:
        self.server.should_exit = True
        self.server.force_exit = True
        self.thread.join(timeout=5)
        self.sock.close()
