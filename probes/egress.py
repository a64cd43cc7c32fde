"""Where the browser may connect: every Chromium connection goes through this guard.

Chromium is started with a SOCKS5 proxy on loopback (`EgressGuard`), so every
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
import socket
import struct
import threading
import time
from collections.abc import Coroutine, Iterable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, TypeVar

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
T = TypeVar("T")
NOT_FOUND = "~NOTFOUND"
NON_PUBLIC = "a non-public address"
"""Words in every reason the guard gives for refusing a destination."""
_CONNECT_TIMEOUT_S = 15.0
_CHUNK = 64 * 1024
# SOCKS5 reply codes (RFC 1928).
_OK, _FAILURE, _NOT_ALLOWED, _HOST_UNREACHABLE, _REFUSED = 0, 1, 2, 4, 5


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


class Refused(Exception):
    """A connection the guard did not open, with the SOCKS reply code and a reason."""

    def __init__(self, code: int, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


class EgressGuard:
    """A SOCKS5 proxy on loopback, in its own thread, enforcing an `EgressPolicy`."""

    def __init__(self, policy: EgressPolicy) -> None:
        self.policy = policy
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._lock = threading.Lock()
        self._failures: dict[str, str] = {}
        self._reached: dict[str, float] = {}
        self.port = 0

    # -- life cycle -------------------------------------------------------------

    def start(self) -> EgressGuard:
        """Listen on a free loopback port; returns once accepting."""
        self._thread.start()
        self._server = self._call(asyncio.start_server(self._serve, "127.0.0.1", 0)).result()
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        """Stop listening and end the thread (open tunnels are dropped)."""
        if self._server is not None:
            self._server.close()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)

    @property
    def proxy_server(self) -> str:
        """The value of Chromium's `--proxy-server`."""
        return f"socks5://127.0.0.1:{self.port}"

    def _call(self, coro: Coroutine[Any, Any, T]) -> Future[T]:
        return asyncio.run_coroutine_threadsafe(coro, self._loop)

    # -- what happened ----------------------------------------------------------

    def failure(self, host: str, port: int) -> str | None:
        """Why the last connection to host:port failed, or None if it did not."""
        with self._lock:
            return self._failures.get(f"{host.lower()}:{port}")

    def reached_hosts(self, exclude: str = "") -> list[str]:
        """`host:port` destinations connected to successfully, most recent first."""
        with self._lock:
            ordered = sorted(self._reached.items(), key=lambda kv: -kv[1])
        return [key for key, _ in ordered if key.rsplit(":", 1)[0] != exclude.lower()]

    async def try_connect(self, host: str, port: int, timeout_s: float = 5.0) -> str | None:
        """Open and close a connection to host:port as the browser would: None when it
        worked, else why not. Used as a canary for our own network."""
        future = self._call(self._connect(host.lower(), port, timeout_s))
        try:
            _, writer = await asyncio.wrap_future(future)
        except Refused as refused:
            return refused.reason
        self._loop.call_soon_threadsafe(writer.close)
        return None

    def _note(self, key: str, failure: str | None) -> None:
        with self._lock:
            if failure is None:
                self._failures.pop(key, None)
                self._reached[key] = time.monotonic()
            else:
                self._failures[key] = failure

    # -- the proxy --------------------------------------------------------------

    async def _resolve(self, host: str, port: int) -> list[IPAddress]:
        mapped = self.policy.mapped(host)
        if mapped == NOT_FOUND:
            raise Refused(_HOST_UNREACHABLE, "host name not found")
        literal = _as_ip(mapped or host)
        if literal is not None:
            return [literal]
        try:
            infos = await self._loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError):
            raise Refused(_HOST_UNREACHABLE, "host name not found") from None
        addresses = [_as_ip(str(info[4][0])) for info in infos]
        return [ip for ip in dict.fromkeys(addresses) if ip is not None]

    async def _connect(
        self, host: str, port: int, timeout_s: float = _CONNECT_TIMEOUT_S
    ) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        key = f"{host}:{port}"
        try:
            addresses = await self._resolve(host, port)
            blocked = [ip for ip in addresses if not self.policy.allows(host, ip)]
            if blocked or not addresses:
                what = f"{host} resolves to {blocked[0]}" if _as_ip(host) is None else host
                raise Refused(_NOT_ALLOWED, f"{what}, {NON_PUBLIC} (not visited)")
            streams = await self._open(addresses, port, timeout_s)
        except Refused as refused:
            self._note(key, refused.reason)
            raise
        self._note(key, None)
        return streams

    async def _open(
        self, addresses: list[IPAddress], port: int, timeout_s: float
    ) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        reason = Refused(_HOST_UNREACHABLE, "no address")
        for ip in addresses:
            try:
                return await asyncio.wait_for(asyncio.open_connection(str(ip), port), timeout_s)
            except ConnectionRefusedError:
                reason = Refused(_REFUSED, "connection refused")
            except TimeoutError:
                reason = Refused(_HOST_UNREACHABLE, f"no answer within {timeout_s:g} s")
            except OSError as exc:
                reason = Refused(_HOST_UNREACHABLE, exc.strerror or "unreachable")
        raise reason

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        upstream: asyncio.StreamWriter | None = None
        try:
            host, port = await self._handshake(reader, writer)
            try:
                up_reader, upstream = await self._connect(host, port)
            except Refused as refused:
                writer.write(_reply(refused.code))
                return
            writer.write(_reply(_OK))
            await writer.drain()
            await asyncio.gather(
                _pipe(reader, upstream), _pipe(up_reader, writer), return_exceptions=True
            )
        except (OSError, asyncio.IncompleteReadError, ValueError):
            pass
        finally:
            for end in (writer, upstream):
                if end is not None:
                    end.close()

    async def _handshake(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> tuple[str, int]:
        version, methods = await reader.readexactly(2)
        await reader.readexactly(methods)
        if version != 5:
            raise ValueError("not SOCKS5")
        writer.write(b"\x05\x00")  # no authentication
        _, command, _, kind = await reader.readexactly(4)
        if kind == 1:
            host = str(ipaddress.IPv4Address(await reader.readexactly(4)))
        elif kind == 4:
            host = str(ipaddress.IPv6Address(await reader.readexactly(16)))
        elif kind == 3:
            (length,) = await reader.readexactly(1)
            host = (await reader.readexactly(length)).decode("idna").lower()
        else:
            raise ValueError("unknown address type")
        (port,) = struct.unpack("!H", await reader.readexactly(2))
        if command != 1:
            writer.write(_reply(7))  # command not supported
            raise ValueError("only CONNECT is supported")
        return host, port


def _reply(code: int) -> bytes:
    return bytes([5, code, 0, 1, 0, 0, 0, 0, 0, 0])


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(_CHUNK):
            writer.write(data)
            await writer.drain()
    finally:
        writer.close()
