"""Where the browser may connect: every Chromium connection goes through this guard.

Chromium is started with a SOCKS5 proxy on loopback (`EgressGuard`; the proxy
itself, `probes.egress_proxy`, runs in a child process so that it never waits for
our event loop or our threads), so every
connection it opens — pages, redirect hops, iframes, scripts, WebSockets, service
workers, preconnects — reaches us first, with the host name still unresolved. The
guard resolves the name itself (the campaign's `host_map`, then the system
resolver), refuses loopback, private, link-local, metadata and other non-public
addresses unless the campaign allows them, and connects to the very address it
checked, so a name cannot resolve to a public address for the check and to a
private one for the connection (DNS rebinding).

A host the `host_map` pins to an address may be reached at that address: naming it
there is the allowance (the sandbox and staging sites). `allow_private` adds host
globs (`*.intranet.example`) or networks (`127.0.0.0/8`, `*` for everything).

The guard also remembers, per host, the last failure (for a one-line reason) and
the last successful connection (to tell our outage from the company's).
"""

from __future__ import annotations

import asyncio
import contextlib
import fnmatch
import ipaddress
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
NOT_FOUND = "~NOTFOUND"
NON_PUBLIC = "a non-public address"
"""Words in every reason the guard gives for refusing a destination."""
_SOCKS_REASONS = {1: "failed", 2: NON_PUBLIC, 4: "unreachable", 5: "connection refused"}


def is_public(ip: IPAddress) -> bool:
    """Whether `ip` is a public unicast address (not loopback, private, link-local,
    metadata, shared, reserved, multicast, or an IPv4 address hidden in IPv6)."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:
            return is_public(embedded)
    return ip.is_global and not ip.is_multicast


def _as_ip(text: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return None


@dataclass(frozen=True)
class EgressPolicy:
    """What the browser may reach: `host_map` (glob -> IP or `~NOTFOUND`, first match
    wins, as Chromium's host rules) and the non-public destinations allowed."""

    host_map: tuple[tuple[str, str], ...] = ()
    allow_private: tuple[str, ...] = ()

    def to_json(self) -> str:
        """The policy as one JSON argument for the proxy process."""
        return json.dumps({"host_map": self.host_map, "allow_private": self.allow_private})

    @classmethod
    def from_json(cls, text: str) -> EgressPolicy:
        """The policy `to_json` wrote."""
        data = json.loads(text)
        pairs = tuple((str(glob), str(ip)) for glob, ip in data["host_map"])
        return cls(pairs, tuple(str(entry) for entry in data["allow_private"]))

    @classmethod
    def of(
        cls, host_map: Mapping[str, str] | None = None, allow_private: Iterable[str] = ()
    ) -> EgressPolicy:
        """A policy from a campaign's `host_map` and `allow_private_hosts` settings."""
        return cls(tuple((host_map or {}).items()), tuple(allow_private))

    def mapped(self, host: str) -> str | None:
        """The address `host_map` gives `host` (`~NOTFOUND` included), or None."""
        for pattern, target in self.host_map:
            if fnmatch.fnmatchcase(host, pattern.lower()):
                return target
        return None

    def allows(self, host: str, ip: IPAddress) -> bool:
        """Whether `host` may be reached at `ip`."""
        if is_public(ip):
            return True
        if self.mapped(host) not in (None, NOT_FOUND):
            return True  # pinned by the campaign's host_map
        for entry in self.allow_private:
            if entry == "*" or fnmatch.fnmatchcase(host, entry.lower()):
                return True
            with contextlib.suppress(ValueError):
                if ip in ipaddress.ip_network(entry, strict=False):
                    return True
        return False


class EgressGuard:
    """The egress proxy process and what it reported: per destination, the last failure
    (a one-line reason) and the last successful connection."""

    def __init__(self, policy: EgressPolicy) -> None:
        self.policy = policy
        self.port = 0
        self._process: subprocess.Popen[str] | None = None
        self._reader: threading.Thread | None = None
        self._changed = threading.Condition()
        self._failures: dict[str, str] = {}
        self._reached: dict[str, float] = {}

    def start(self) -> EgressGuard:
        """Start the proxy process; returns once it accepts connections."""
        self._process = subprocess.Popen(
            [sys.executable, "-m", "probes.egress_proxy", self.policy.to_json()],
            stdin=subprocess.PIPE,  # the proxy ends when we do: it watches this pipe
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        first = self._process.stdout.readline().strip()
        if not first.isdigit():
            self.stop()
            raise OSError(f"the egress proxy did not start: {first!r}")
        self.port = int(first)
        self._reader = threading.Thread(target=self._read_events, daemon=True)
        self._reader.start()
        return self

    def stop(self) -> None:
        """End the proxy process (open tunnels are dropped)."""
        if self._process is not None:
            with contextlib.suppress(OSError):
                self._process.kill()
            self._process.wait(timeout=10)
            for pipe in (self._process.stdin, self._process.stdout):
                if pipe is not None:
                    pipe.close()

    @property
    def proxy_server(self) -> str:
        """The value of Chromium's `--proxy-server`."""
        return f"socks5://127.0.0.1:{self.port}"

    def _read_events(self) -> None:
        assert self._process is not None and self._process.stdout is not None
        for line in self._process.stdout:
            outcome, key, *reason = line.rstrip("\n").split(" ", 2)
            with self._changed:
                if outcome == "ok":
                    self._failures.pop(key, None)
                    self._reached[key] = time.monotonic()
                else:
                    self._failures[key] = reason[0] if reason else "failed"
                self._changed.notify_all()

    def failure(self, host: str, port: int, wait_s: float = 2.0) -> str | None:
        """Why the last connection to host:port failed, or None if it did not. The
        proxy reports just before it answers Chromium; `wait_s` covers the gap."""
        key = f"{host.lower()}:{port}"
        with self._changed:
            self._changed.wait_for(lambda: key in self._failures, timeout=wait_s)
            return self._failures.get(key)

    def reached_hosts(self, exclude: str = "") -> list[str]:
        """`host:port` destinations connected to successfully, most recent first."""
        with self._changed:
            ordered = sorted(self._reached.items(), key=lambda kv: -kv[1])
        return [key for key, _ in ordered if key.rsplit(":", 1)[0] != exclude.lower()]

    async def try_connect(self, host: str, port: int, timeout_s: float = 5.0) -> str | None:
        """Connect to host:port through the proxy, as the browser would: None when it
        worked, else why not. Used as a canary for our own network."""
        try:
            code = await asyncio.wait_for(self._socks_connect(host, port), timeout_s)
        except (OSError, TimeoutError, asyncio.IncompleteReadError):
            return f"no answer within {timeout_s:g} s"
        if code == 0:
            return None
        known = await asyncio.to_thread(self.failure, host, port, 0.5)
        return known or _SOCKS_REASONS.get(code, "failed")

    async def _socks_connect(self, host: str, port: int) -> int:
        reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
        try:
            name = host.lower().encode("idna")
            writer.write(b"\x05\x01\x00" + bytes([5, 1, 0, 3, len(name)]) + name)
            writer.write(port.to_bytes(2, "big"))
            await reader.readexactly(2)
            reply = await reader.readexactly(10)
            return reply[1]
        finally:
            writer.close()
