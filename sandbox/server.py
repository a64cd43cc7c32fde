"""Serving the sandbox world on 127.0.0.1 with uvicorn in a background thread."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections import OrderedDict
from collections.abc import Callable
from types import TracebackType

import uvicorn

from probes.base import Target
from sandbox.app import SandboxApp, build_app
from sandbox.world import World, load_world

START_TIMEOUT_S = 10.0
STOP_TIMEOUT_S = 5.0


class SandboxServer:
    """The sandbox websites on a free loopback port; `with SandboxServer() as s: s.url("acme")`."""

    def __init__(self, world: World | None = None, port: int = 0, latency_s: float = 0.0) -> None:
        """Serve `world` (default: the packaged world) on `port` (0: any free port),
        answering every request after `latency_s` (a network round trip)."""
        self.world = world if world is not None else load_world()
        self._requested_port = port
        self._app = build_app(self.world)
        self._app.state.sandbox.latency_s = latency_s
        self._socket: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._error: BaseException | None = None
        self._port: int | None = None

    @property
    def port(self) -> int:
        """The TCP port the server listens on (after `start()`)."""
        if self._port is None:
            raise RuntimeError("sandbox server is not started")
        return self._port

    @property
    def host_map(self) -> OrderedDict[str, str]:
        """Host globs -> IP for Chromium: sandbox hosts to loopback, all else unresolvable."""
        return OrderedDict([("*.sandbox.test", "127.0.0.1"), ("*", "~NOTFOUND")])

    def on_contact_form(self, listener: Callable[[str, dict[str, str]], None]) -> None:
        """Call `listener(company_id, fields)` whenever a sandbox contact form is sent."""
        self._app.state.sandbox.form_listener = listener

    def url(self, company_id: str) -> str:
        """The homepage URL of `company_id`, e.g. `http://acme.sandbox.test:8123/`."""
        return f"http://{self.world.company(company_id).host}:{self.port}/"

    def target(self, company_id: str) -> Target:
        """`company_id` as a probe `Target` whose website is on this server."""
        return self.world.company(company_id).target(self.port)

    def start(self) -> SandboxServer:
        """Bind a free port and serve in a background thread; returns once accepting."""
        if self._thread is not None:
            return self
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self._requested_port))
        self._socket = sock
        self._port = sock.getsockname()[1]
        sandbox: SandboxApp = self._app.state.sandbox
        sandbox.closing = asyncio.Event()
        config = uvicorn.Config(
            self._app,
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=1,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._run, name="sandbox-web", daemon=True)
        self._thread.start()
        while not self._server.started:
            if self._error is not None or not self._thread.is_alive():
                self.stop()
                raise RuntimeError(f"sandbox server failed to start: {self._error!r}")
            self._thread.join(0.01)
        return self

    def _run(self) -> None:
        assert self._server is not None and self._socket is not None
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # reported to the starting thread
            self._error = exc

    async def _serve(self) -> None:
        assert self._server is not None and self._socket is not None
        self._loop = asyncio.get_running_loop()
        await self._server.serve(sockets=[self._socket])

    def stop(self) -> None:
        """Stop serving, releasing held-open responses; returns when the thread has ended."""
        sandbox: SandboxApp = self._app.state.sandbox
        if self._loop is not None and not self._loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                self._loop.call_soon_threadsafe(sandbox.closing.set)
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(STOP_TIMEOUT_S)
        if self._socket is not None:
            self._socket.close()
        self._thread = None
        self._server = None
        self._loop = None

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
