"""Scripted live chat for sandbox companies over a real WebSocket, with a ground-truth log.

Each company's `chat:` section in `world.yaml` is a `ChatScript`: a bot greeting, a
bot reply, queue notices, a human reply after N seconds (or only on request, or
never), offline hours, and how the widget is embedded (vendor script, or the
generic widget inline, late, in a shadow root or in an iframe). Every message the server sends or
receives is logged with the server's wall-clock time (`time.time()`, taken just
before the frame is written): that log is the truth chat timing is tested against.
Each entry also carries `client_t`, the page's clock as the widget's transport saw it
(when it sent our message, when their message arrived): the truth without the loopback
transport and the server's own scheduling in it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import time
from dataclasses import asdict, dataclass, replace
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Route, WebSocketRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from starlette.websockets import WebSocket, WebSocketDisconnect

from sandbox.vendors import STATIC_DIR, vendor_for_host
from sandbox.world import SandboxCompany, World

CHAT_PATH = "/__sandbox/chat"
REQUEST_FOR_PERSON = re.compile(
    r"person|human|real agent|someone|mensch|mitarbeiter|osebo|človek|άνθρωπο|žmogumi|insanla",
    re.I,
)
"""A visitor asking for a person (the probe's follow-up, in every sandbox language)."""

GENERIC_LABELS: dict[str, dict[str, str]] = {
    "en": {"launcher": "Chat with us", "placeholder": "Write a message…", "send": "Send"},
    "de": {
        "launcher": "Chat – wir helfen",
        "placeholder": "Nachricht schreiben…",
        "send": "Senden",
    },
    "sl": {"launcher": "Klepet s podporo", "placeholder": "Napišite sporočilo…", "send": "Pošlji"},
    "el": {"launcher": "Συνομιλία", "placeholder": "Γράψτε ένα μήνυμα…", "send": "Αποστολή"},
    "lt": {"launcher": "Pokalbis", "placeholder": "Rašykite žinutę…", "send": "Siųsti"},
    "tr": {"launcher": "Canlı destek", "placeholder": "Mesajınızı yazın…", "send": "Gönder"},
}


class ChatScript(BaseModel):
    """How one company's chat behaves; every delay is in seconds."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    widget: Literal["vendor", "generic"] = "vendor"
    """`vendor`: the site's vendor embed; `generic`: the sandbox's own unbranded widget."""
    embed: Literal["page", "iframe"] = "page"
    """Generic widget only: inline in the page, or inside an iframe on the page."""
    shadow: Literal["none", "open", "closed"] = "none"
    """Generic widget only: drawn in the light DOM or inside an open or closed shadow root."""
    launcher: Literal["words", "icon", "toggle"] = "words"
    """Generic widget only: a labelled launcher, an icon-only round button, or a link
    labelled "Show or hide widget" (next to a greeting bubble with a close button)."""
    load: Literal["immediate", "delay", "scroll"] = "immediate"
    """Generic widget only: appear at once, after `load_delay_s`, or on the first scroll."""
    load_delay_s: float = Field(0.0, ge=0)
    online: bool = True
    offline_text: str = "We are offline right now. Leave us a message and we will email you."
    offline_button: str = "Leave a message"
    prechat: bool = False
    greeting: str | None = None
    greeting_delay_s: float = Field(0.0, ge=0)
    author_classes: bool = True
    """False: bot and human messages look alike (class `operator`): only names tell."""
    bot_name: str = "Assistant"
    bot_badge: str | None = "Bot"
    bot_reply: str | None = None
    bot_delay_s: float = Field(0.3, ge=0)
    queue: list[int] = Field(default_factory=list)
    queue_text: str = "You are number {n} in line."
    queue_interval_s: float = Field(0.5, gt=0)
    queue_on_request: bool = False
    """The queue notices start when the visitor asks for a person, not after the first message."""
    human: Literal["after_message", "on_request", "never"] = "after_message"
    human_delay_s: float = Field(2.0, ge=0)
    """From the first visitor message (`after_message`) or from the request for a person."""
    agent_name: str = "Maria"
    human_reply: str = "Hello! You can return it within 30 days, and returns are free."
    refusal: str = "Our agents are busy, but I am happy to help you right here!"
    stream: bool = False
    """Bot replies arrive as growing text (chunks of words), after a typing indicator."""
    stream_chunk_s: float = Field(0.15, gt=0)
    typing_s: float = Field(0.0, ge=0)
    """A typing indicator is shown this long before each bot or agent message."""
    connected_text: str | None = None
    """A notice ("You are now connected to {name}.") just before the person's first reply."""
    vanish_after_s: float | None = Field(None, ge=0)
    """The widget removes itself this long after the first visitor message (a crash)."""
    navigate_after_s: float | None = Field(None, ge=0)
    """The page navigates away this long after the first visitor message."""


@dataclass(frozen=True)
class LogEntry:
    """One message as the server saw it: `out` when sent, `in` when received."""

    company: str
    session: int
    seq: int
    direction: Literal["in", "out"]
    author: str
    text: str
    t: float
    client_t: float | None = None
    """The page's clock (epoch s) when the widget's transport sent (`in`) or received
    (`out`) this message; None until the page reports it."""


def script_for(company: SandboxCompany) -> ChatScript | None:
    """The company's chat script, or None when it has no `chat:` section."""
    return ChatScript.model_validate(company.chat) if company.chat is not None else None


class _Session:
    def __init__(self, hub: ChatHub, company: SandboxCompany, script: ChatScript, ws: WebSocket):
        self.hub, self.company, self.script, self.ws = hub, company, script, ws
        self.id = hub.next_session()
        self.seq = 0
        self.tasks: set[asyncio.Task[None]] = set()
        self.greeted = False
        self.visitor_messages = 0
        self.human_scheduled = False
        self.write_lock = asyncio.Lock()
        self.seq_id = 0
        self.unacked: dict[int, int] = {}
        """Message id -> index in the hub's log of the entry awaiting the page's arrival time."""

    def log(
        self,
        direction: Literal["in", "out"],
        author: str,
        text: str,
        t: float,
        client_t: float | None = None,
    ) -> None:
        self.seq += 1
        entry = LogEntry(self.company.id, self.id, self.seq, direction, author, text, t, client_t)
        self.hub.entries.append(entry)

    def ack(self, message_id: object, t: object) -> None:
        """The page's transport received message `message_id` at page time `t`."""
        if not isinstance(message_id, int) or not isinstance(t, (int, float)):
            return
        index = self.unacked.pop(message_id, None)
        if index is not None:
            self.hub.entries[index] = replace(self.hub.entries[index], client_t=float(t))

    def later(self, delay_s: float, author: str, text: str) -> None:
        task = asyncio.create_task(self._later(delay_s, author, text))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _later(self, delay_s: float, author: str, text: str) -> None:
        s = self.script
        typing = s.typing_s if author in ("bot", "agent") else 0.0
        await asyncio.sleep(max(delay_s - typing, 0.0))
        if typing:
            await self._write({"type": "typing", **self._who(author)})
            await asyncio.sleep(typing)
        if author == "bot" and s.stream:
            await self.stream(text)
        else:
            await self.say(author, text)

    def _who(self, author: str) -> dict[str, Any]:
        s = self.script
        name = {"bot": s.bot_name, "agent": s.agent_name}.get(author, "")
        badge = s.bot_badge if author == "bot" else None
        css = author if s.author_classes or author not in ("bot", "agent") else "operator"
        return {"author": css, "name": name, "badge": badge}

    async def _write(self, frame: dict[str, Any], log: tuple[str, str] | None = None) -> None:
        async with self.write_lock:
            if log is not None:
                self.log("out", log[0], log[1], time.time())
                if isinstance(frame.get("id"), int):
                    self.unacked[frame["id"]] = len(self.hub.entries) - 1
            await self.ws.send_text(json.dumps(frame))

    async def say(self, author: str, text: str) -> None:
        self.seq_id += 1
        frame = {"type": "message", "id": self.seq_id, "text": text, **self._who(author)}
        if author == "control":
            frame = {"type": text, "url": "/?left-the-chat"}
        await self._write(frame, (author, text))

    async def stream(self, text: str) -> None:
        """Send `text` as growing chunks; the truth is the first chunk (first visible text)."""
        self.seq_id += 1
        message_id = self.seq_id  # other messages may be sent between the chunks
        words = text.split(" ")
        step = max(1, len(words) // 4)
        cuts = [*range(step, len(words), step), len(words)]
        for i, cut in enumerate(cuts):
            part = " ".join(words[:cut])
            done = cut == len(words)
            frame = {"type": "chunk", "id": message_id, "text": part, "done": done}
            await self._write({**frame, **self._who("bot")}, ("bot", text) if i == 0 else None)
            if not done:
                await asyncio.sleep(self.script.stream_chunk_s)

    async def on_open(self) -> None:
        s = self.script
        if s.online and s.greeting and not self.greeted:
            self.greeted = True
            self.later(s.greeting_delay_s, "bot", s.greeting)

    def on_visitor(self, text: str) -> None:
        s = self.script
        self.visitor_messages += 1
        if not s.online:
            return
        if self.visitor_messages == 1:
            if s.bot_reply:
                self.later(s.bot_delay_s, "bot", s.bot_reply)
            if not s.queue_on_request:
                self.queue(s.bot_delay_s + 0.05)
            if s.vanish_after_s is not None:
                self.later(s.vanish_after_s, "control", "vanish")
            if s.navigate_after_s is not None:
                self.later(s.navigate_after_s, "control", "navigate")
            if s.human == "after_message":
                self.human(s.human_delay_s)
            return
        if REQUEST_FOR_PERSON.search(text) and not self.human_scheduled:
            if s.human == "on_request":
                if s.queue_on_request:
                    self.queue(0.3)
                self.human(s.human_delay_s)
            elif s.human == "never":
                self.later(s.bot_delay_s, "bot", s.refusal)

    def queue(self, delay_s: float) -> None:
        s = self.script
        for index, position in enumerate(s.queue):
            text = s.queue_text.format(n=position)
            self.later(delay_s + index * s.queue_interval_s, "system", text)

    def human(self, delay_s: float) -> None:
        s = self.script
        self.human_scheduled = True
        if s.connected_text:
            self.later(
                max(delay_s - 0.4, 0.0), "system", s.connected_text.format(name=s.agent_name)
            )
        self.later(delay_s, "agent", s.human_reply)

    async def run(self) -> None:
        s = self.script
        await self.ws.accept()
        status = {"type": "status", "online": s.online, "prechat": s.prechat}
        status |= {"offline_text": s.offline_text, "offline_button": s.offline_button}
        await self.ws.send_text(json.dumps(status))
        try:
            while True:
                data = json.loads(await self.ws.receive_text())
                if data.get("type") == "open":
                    await self.on_open()
                elif data.get("type") == "ack":
                    self.ack(data.get("id"), data.get("t"))
                elif data.get("type") == "prechat":
                    fields = data.get("fields") or {}
                    self.log("in", "form", json.dumps(fields, sort_keys=True), time.time())
                elif data.get("type") == "visitor":
                    sent = data.get("t")
                    client_t = float(sent) if isinstance(sent, (int, float)) else None
                    self.log("in", "visitor", str(data.get("text", "")), time.time(), client_t)
                    self.on_visitor(str(data.get("text", "")))
        except (WebSocketDisconnect, json.JSONDecodeError, RuntimeError):
            pass
        finally:
            for task in list(self.tasks):
                task.cancel()


class ChatHub:
    """The chat endpoints of a sandbox world and the log of every message."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.entries: list[LogEntry] = []
        self._sessions = 0

    def next_session(self) -> int:
        self._sessions += 1
        return self._sessions

    def _company(
        self, host_header: str, site: str = ""
    ) -> tuple[SandboxCompany, ChatScript] | None:
        """The company served at `host_header`, or at `site` when asked from a vendor's host
        (a widget in a cross-origin frame names the site it is embedded in)."""
        host = host_header.split(":")[0].strip().lower().rstrip(".")
        if vendor_for_host(host) is not None and site:
            host = site.split(":")[0].strip().lower().rstrip(".")
        company = self.world.by_host(host)
        script = script_for(company) if company is not None else None
        return (company, script) if company is not None and script is not None else None

    async def websocket(self, ws: WebSocket) -> None:
        found = self._company(ws.headers.get("host", ""), ws.query_params.get("site", ""))
        if found is None:
            await ws.close(code=4404)
            return
        await _Session(self, found[0], found[1], ws).run()

    async def log(self, request: Request) -> Response:
        """JSON list of the logged messages of the requesting host's company."""
        found = self._company(request.headers.get("host", ""))
        company_id = found[0].id if found else None
        return JSONResponse([asdict(e) for e in self.entries if e.company == company_id])

    async def beacon(self, request: Request) -> Response:
        """Hit only if a page ever runs markup sent as chat text: logged as author `beacon`."""
        found = self._company(request.headers.get("host", ""))
        company = found[0].id if found else "?"
        self.entries.append(LogEntry(company, 0, 0, "in", "beacon", str(request.url), time.time()))
        return Response("", status_code=204)

    async def generic_js(self, request: Request) -> Response:
        found = self._company(request.headers.get("host", ""))
        if found is None:
            return Response("", status_code=404)
        return Response(
            generic_script(*found), media_type="application/javascript", headers=_NO_STORE
        )

    async def embed_page(self, request: Request) -> Response:
        found = self._company(request.headers.get("host", ""))
        if found is None:
            return Response("", status_code=404)
        page = (
            "<!doctype html><meta charset=utf-8><title>Support</title>"
            "<body style='margin:0;background:transparent'>"
            f'<script src="{CHAT_PATH}/generic.js"></script></body>'
        )
        return HTMLResponse(page, headers=_NO_STORE)

    def routes(self) -> list[BaseRoute]:
        """Routes to mount before the sites' catch-all route."""
        return [
            WebSocketRoute(CHAT_PATH, self.websocket),
            Route(f"{CHAT_PATH}/log", self.log),
            Route(f"{CHAT_PATH}/beacon", self.beacon),
            Route(f"{CHAT_PATH}/generic.js", self.generic_js),
            Route(f"{CHAT_PATH}/embed", self.embed_page),
        ]

    def page_addition(self, host_header: str) -> str:
        """HTML to append to a company page: the generic widget (or its iframe), else ""."""
        found = self._company(host_header)
        if found is None or found[1].widget != "generic":
            return ""
        if found[1].embed == "iframe":
            return (
                f'<iframe id="support-frame" title="Customer support" src="{CHAT_PATH}/embed" '
                'style="position:fixed;right:0;bottom:0;width:380px;height:520px;border:0;'
                'z-index:2147483000"></iframe>'
            )
        return f'<script src="{CHAT_PATH}/generic.js" async></script>'


_NO_STORE = {"Cache-Control": "no-store"}


def generic_script(company: SandboxCompany, script: ChatScript) -> str:
    """The generic widget (`static/generic.js`), created now, after a delay or on first scroll."""
    labels = GENERIC_LABELS.get(company.language, GENERIC_LABELS["en"])
    cfg = {"shadow": script.shadow, "launcher": script.launcher, "labels": labels}
    create = f"window.__sandboxGeneric({json.dumps(cfg)});"
    if script.load == "delay":
        start = f"setTimeout(function () {{ {create} }}, {int(script.load_delay_s * 1000)});"
    elif script.load == "scroll":
        start = (
            "var go = function () { window.removeEventListener('scroll', go); "
            f"{create} }}; window.addEventListener('scroll', go);"
        )
    else:
        start = create
    code = [(STATIC_DIR / n).read_text(encoding="utf-8") for n in ("transport.js", "generic.js")]
    return "\n".join(code) + f"\n(function () {{ {start} }})();\n"


class ChatEmbedMiddleware:
    """Appends the generic chat widget to the HTML pages of companies that use it."""

    def __init__(self, app: ASGIApp, hub: ChatHub) -> None:
        self.app = app
        self.hub = hub

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(CHAT_PATH):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        addition = self.hub.page_addition(headers.get("host", ""))
        if not addition:
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        body = bytearray()

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            body.extend(message.get("body", b""))
            if message.get("more_body"):
                return
            await _send_with_addition(send, start, bytes(body), addition)

        await self.app(scope, receive, wrapped)


async def _send_with_addition(
    send: Send, start: dict[str, Any], body: bytes, addition: str
) -> None:
    raw = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
    content_type = next((v for k, v in raw if k.lower() == b"content-type"), b"")
    if content_type.startswith(b"text/html") and b"</body>" in body:
        index = body.rfind(b"</body>")
        body = body[:index] + addition.encode() + body[index:]
    raw.append((b"content-length", str(len(body)).encode()))
    with contextlib.suppress(OSError):
        await send({**start, "headers": raw})
        await send({"type": "http.response.body", "body": body})
