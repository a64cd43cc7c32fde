"""The egress proxy process: `python -m probes.egress_proxy POLICY_JSON`.

A SOCKS5 server (RFC 1928, CONNECT only, no authentication) on a free loopback
port, enforcing an `EgressPolicy` (see `probes.egress`). It prints its port, then
one line per connection it was asked for, before answering it:
`ok HOST:PORT` or `fail HOST:PORT REASON`. It ends when its standard input closes
(the parent ended, however it ended).
"""

from __future__ import annotations

import asyncio
import ipaddress
import os
import socket
import struct
import sys
import threading

from probes.egress import NON_PUBLIC, NOT_FOUND, EgressPolicy, IPAddress

_CONNECT_TIMEOUT_S = 15.0
_CHUNK = 64 * 1024
# SOCKS5 reply codes (RFC 1928).
_OK, _NOT_ALLOWED, _HOST_UNREACHABLE, _REFUSED, _UNSUPPORTED = 0, 2, 4, 5, 7


class Refused(Exception):
    """A connection the proxy did not open, with the SOCKS reply code and a reason."""

    def __init__(self, code: int, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def _as_ip(text: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return None


class EgressProxy:
    """Resolves, checks and connects each destination, then relays bytes both ways."""

    def __init__(self, policy: EgressPolicy) -> None:
        self.policy = policy

    def _report(self, line: str) -> None:
        sys.stdout.write(line.replace("\n", " ") + "\n")
        sys.stdout.flush()

    async def _resolve(self, host: str, port: int) -> list[IPAddress]:
        mapped = self.policy.mapped(host)
        if mapped == NOT_FOUND:
            raise Refused(_HOST_UNREACHABLE, "host name not found")
        literal = _as_ip(mapped or host)
        if literal is not None:
            return [literal]
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError):
            raise Refused(_HOST_UNREACHABLE, "host name not found") from None
        addresses = [_as_ip(str(info[4][0])) for info in infos]
        return [ip for ip in dict.fromkeys(addresses) if ip is not None]

    async def connect(
        self, host: str, port: int
    ) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        """Open a checked connection, reporting the outcome."""
        key = f"{host}:{port}"
        try:
            addresses = await self._resolve(host, port)
            blocked = [ip for ip in addresses if not self.policy.allows(host, ip)]
            if blocked or not addresses:
                what = f"{host} resolves to {blocked[0]}" if _as_ip(host) is None else host
                raise Refused(_NOT_ALLOWED, f"{what}, {NON_PUBLIC} (not visited)")
            streams = await self._open(addresses, port)
        except Refused as refused:
            self._report(f"fail {key} {refused.reason}")
            raise
        self._report(f"ok {key}")
        return streams

    async def _open(
        self, addresses: list[IPAddress], port: int
    ) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        reason = Refused(_HOST_UNREACHABLE, "no address")
        for ip in addresses:  # the very addresses checked: no second lookup to rebind
            try:
                opening = asyncio.open_connection(str(ip), port)
                return await asyncio.wait_for(opening, _CONNECT_TIMEOUT_S)
            except ConnectionRefusedError:
                reason = Refused(_REFUSED, "connection refused")
            except TimeoutError:
                reason = Refused(_HOST_UNREACHABLE, f"no answer within {_CONNECT_TIMEOUT_S:g} s")
            except OSError as exc:
                reason = Refused(_HOST_UNREACHABLE, exc.strerror or "unreachable")
        raise reason

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """One SOCKS5 client connection."""
        upstream: asyncio.StreamWriter | None = None
        try:
            host, port = await _handshake(reader, writer)
            try:
                up_reader, upstream = await self.connect(host, port)
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


async def _handshake(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> tuple[str, int]:
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
        writer.write(_reply(_UNSUPPORTED))
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


async def _main(policy: EgressPolicy) -> None:
    proxy = EgressProxy(policy)
    server = await asyncio.start_server(proxy.serve, "127.0.0.1", 0, backlog=1024)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


def _exit_with_parent() -> None:
    sys.stdin.read()  # returns at EOF: the parent closed the pipe or died
    os._exit(0)


if __name__ == "__main__":
    threading.Thread(target=_exit_with_parent, daemon=True).start()
    asyncio.run(_main(EgressPolicy.from_json(sys.argv[1])))
