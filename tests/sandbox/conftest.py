"""One sandbox server for the whole sandbox test folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sandbox import SandboxServer, World, load_world


@pytest.fixture(scope="session")
def world() -> World:
    return load_world()


@pytest.fixture(scope="session")
def sandbox(world: World) -> Iterator[SandboxServer]:
    with SandboxServer(world) as server:
        yield server
