"""The sandbox web app: every company's website and every chat vendor's CDN, routed by Host.

Broken companies behave as broken sites do: `not_found` answers 404 everywhere,
`redirect_loop` bounces between two URLs forever, `hang` sends the start of a
page and then holds the response open until the server shuts down.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import (
    HTMLResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Route

from sandbox.chat import ChatEmbedMiddleware, ChatHub
from sandbox.sites import SiteRenderer
from sandbox.vendors import key_from_path, vendor_for_host, vendor_frame, vendor_script
from sandbox.world import SandboxCompany, World

LOOP_PATHS = ("/", "/welcome")


def request_host(request: Request) -> tuple[str, int]:
    """The Host header's name (lower case, no port) and port (80 when absent)."""
    raw = request.headers.get("host", "").strip().lower()
    name, _, port = raw.rpartition(":") if raw.rfind(":") > raw.rfind("]") else (raw, "", "")
    try:
        return name.rstrip("."), int(port) if port else 80
    except ValueError:
        return name.rstrip("."), 80


class SandboxApp:
    """Routes requests to a company site or a vendor CDN by the `Host` header."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.closing = asyncio.Event()
        self.latency_s = 0.0
        """Delay before every response, to behave like a site across a network."""
        self.form_listener: Callable[[str, dict[str, str]], None] | None = None
        """Called with (company id, fields) for every contact form sent (the sandbox mail)."""

    async def handle(self, request: Request) -> Response:
        if self.latency_s:
            await asyncio.sleep(self.latency_s)  # a real site's network round trip
        host, port = request_host(request)
        vendor = vendor_for_host(host)
        if vendor is not None:
            framed = vendor_frame(vendor.id, request.url.path)
            if framed is not None:
                return Response(
                    framed[0], media_type=framed[1], headers={"Cache-Control": "no-store"}
                )
            key = request.query_params.get("key") or key_from_path(vendor.id, request.url.path)
            return Response(
                vendor_script(vendor.id, key),
                media_type="application/javascript",
                headers={"Cache-Control": "no-store", "Access-Control-Allow-Origin": "*"},
            )
        company = self.world.by_host(host)
        if company is None:
            return PlainTextResponse(f"unknown host {host!r}", status_code=404)
        return await self.site(company, request, port)

    async def site(self, company: SandboxCompany, request: Request, port: int) -> Response:
        mode = company.site.mode
        path = request.url.path
        if mode == "not_found":
            return HTMLResponse("<h1>404 Not Found</h1>", status_code=404)
        if mode == "redirect_loop":
            following = LOOP_PATHS[1] if path == LOOP_PATHS[0] else LOOP_PATHS[0]
            return RedirectResponse(following, status_code=302)
        if mode == "hang":
            return StreamingResponse(self._never_ending(company), media_type="text/html")
        renderer = SiteRenderer(self.world, company, port)
        if path.startswith("/assets/phone-") and path.endswith(".svg"):
            index = path.removeprefix("/assets/phone-").removesuffix(".svg")
            svg = renderer.phone_image_svg(int(index)) if index.isdigit() else None
            if svg is None:
                return PlainTextResponse("not found", status_code=404)
            return Response(svg, media_type="image/svg+xml")
        contact = company.site.contact
        if request.method == "POST" and contact and path.rstrip("/") == contact.path:
            body = (await request.body()).decode("utf-8", "replace")
            fields = {k: v[0] for k, v in parse_qs(body, keep_blank_values=True).items()}
            if self.form_listener is not None:
                self.form_listener(company.id, fields)
            return HTMLResponse(renderer.contact_sent())
        page = renderer.page(path)
        if page is None:
            return HTMLResponse("<h1>404</h1>", status_code=404)
        return HTMLResponse(page)

    async def _never_ending(self, company: SandboxCompany) -> AsyncIterator[bytes]:
        yield f"<!DOCTYPE html><html><head><title>{company.id}</title></head><body>".encode()
        await self.closing.wait()


def build_app(world: World) -> Starlette:
    """The Starlette app serving `world`; `app.state.sandbox` is the `SandboxApp`."""
    sandbox = SandboxApp(world)
    chat = ChatHub(world)
    methods = ["GET", "HEAD", "POST"]
    app = Starlette(
        routes=[
            *chat.routes(),
            Route("/", sandbox.handle, methods=methods),
            Route("/{path:path}", sandbox.handle, methods=methods),
        ]
    )
    app.add_middleware(ChatEmbedMiddleware, hub=chat)
    app.state.sandbox = sandbox
    app.state.chat = chat
    return app
