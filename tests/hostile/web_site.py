"""A hostile website on loopback for the website probe's hostile-site tests.

`HostileSite` is a plain `http.server` in a thread that answers each path with a
fixed `Reply` and logs every request (host, path, user agent, arrival time), so a
test can say what the browser asked for, and when. `run_campaign` runs a real
`audit` campaign (Runner, store, Chromium) against it in a worker thread, with a
generous bound, so a blocked event loop fails the test instead of hanging it.
"""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

from audit.campaign import load_campaign
from audit.runner import Runner
from audit.settings import layered_settings
from probes.base import Observation
from results.store import Store


@dataclass(frozen=True)
class Reply:
    """What the server answers for one path."""

    body: str = "<p>ok</p>"
    status: int = 200
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "text/html; charset=utf-8"),)


@dataclass(frozen=True)
class Seen:
    """One request the server received."""

    host: str
    path: str
    user_agent: str
    at: float


def page(body: str, title: str = "Shop") -> Reply:
    """An HTML page."""
    return Reply(f"<!doctype html><html><head><title>{title}</title></head><body>{body}</body>")


def redirect(location: str) -> Reply:
    """A 302 redirect."""
    return Reply("", 302, (("Location", location),))


@dataclass
class HostileSite:
    """Serves `replies` (path -> Reply; key "host/path" wins for one host) on 127.0.0.1."""

    replies: dict[str, Reply]
    seen: list[Seen] = field(default_factory=list)

    def __post_init__(self) -> None:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                host = (self.headers.get("Host") or "").split(":")[0]
                path = self.path.split("?")[0]
                site.seen.append(
                    Seen(host, path, self.headers.get("User-Agent") or "", time.monotonic())
                )
                reply = site.replies.get(f"{host}{path}") or site.replies.get(path)
                reply = reply or Reply("not here", 404)
                body = reply.body.encode()
                self.send_response(reply.status)
                for name, value in reply.headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, host: str, path: str = "/") -> str:
        """`http://host:port/path` on this server."""
        return f"http://{host}:{self.port}{path}"

    def paths(self, host: str | None = None) -> list[str]:
        """Paths requested (of `host` only, when given), favicon requests left out."""
        return [
            s.path
            for s in self.seen
            if (host is None or s.host == host) and "favicon" not in s.path
        ]

    def stop(self) -> None:
        """Stop serving and free the port."""
        self.server.shutdown()
        self.server.server_close()


def run_campaign(
    tmp_path: Path,
    companies: list[dict[str, str]],
    settings: dict[str, Any],
    bound_s: float = 300.0,
    probes: dict[str, Any] | None = None,
) -> Store:
    """Run a campaign (default: the website probe) with the real runner and Chromium;
    fail the test if it does not finish within `bound_s` (generous: a shared, slow machine)."""
    spec = {
        "name": "Hostile sites",
        "period": "2026-Q4",
        "id": "hostile",
        "companies": companies,
        "probes": probes or {"website": {"attempts": 1}},
        "settings": {"per_host_delay_s": 0, "screenshots": False, "retries": 0, **settings},
    }
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "campaign.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    loaded = load_campaign(path)
    store = Store.open(f"sqlite:///{tmp_path / 'audit.db'}")
    failure: list[BaseException] = []

    def work() -> None:
        try:
            asyncio.run(Runner(store, loaded, layered_settings(loaded.campaign.settings)).run())
        except BaseException as exc:  # reported in the test's thread
            failure.append(exc)

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(bound_s)
    assert not worker.is_alive(), f"the run did not finish within {bound_s:g} s"
    if failure:
        raise failure[0]
    return store


def observations(store: Store, company: str) -> dict[str, Observation]:
    """The company's observations by channel name."""
    return {o.channel.value: o for o in store.observations("hostile") if o.company == company}
