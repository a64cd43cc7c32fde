"""Starting and stopping the sandbox server: quick, repeatable, no leaked threads."""

from __future__ import annotations

import threading

import httpx

from sandbox import SandboxServer, World


def test_context_manager_serves_and_cleans_up(world: World) -> None:
    before = set(threading.enumerate())
    with SandboxServer(world) as server:
        assert list(server.host_map.items()) == [
            ("*.sandbox.test", "127.0.0.1"),
            ("*", "~NOTFOUND"),
        ]
        assert server.url("bloomly") == f"http://bloomly.sandbox.test:{server.port}/"
        response = httpx.get(
            f"http://127.0.0.1:{server.port}/", headers={"Host": "bloomly.sandbox.test"}
        )
        assert response.status_code == 200
    assert set(threading.enumerate()) <= before


def test_start_stop_twice_gives_two_servers(world: World) -> None:
    first = SandboxServer(world).start()
    first.stop()
    second = SandboxServer(world).start()
    try:
        response = httpx.get(
            f"http://127.0.0.1:{second.port}/", headers={"Host": "sportwelt.sandbox.test"}
        )
        assert response.status_code == 200
    finally:
        second.stop()
    first.stop()  # stopping again is harmless


def test_default_world_is_the_packaged_file() -> None:
    server = SandboxServer()
    assert any(c.id == "bloomly" for c in server.world.companies)


def test_a_chosen_port_is_used(world: World) -> None:
    probe = SandboxServer(world).start()
    free_port = probe.port
    probe.stop()
    with SandboxServer(world, port=free_port) as server:
        assert server.port == free_port
        assert server.target("bloomly").website == f"http://bloomly.sandbox.test:{free_port}/"
