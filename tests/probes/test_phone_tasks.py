"""Stopping child tasks (`probes.phone.tasks.stop`) never swallows our own cancellation."""

from __future__ import annotations

import asyncio

import pytest

from probes.phone.tasks import stop


async def _slow_to_stop(release: asyncio.Event) -> None:
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        await release.wait()  # a child that takes a moment to wind down
        raise


async def test_a_task_cancelled_while_it_stops_its_children_is_cancelled() -> None:
    release = asyncio.Event()
    child = asyncio.ensure_future(_slow_to_stop(release))
    await asyncio.sleep(0)

    async def parent() -> str:
        await stop(child)
        return "carried on"

    running = asyncio.ensure_future(parent())
    await asyncio.sleep(0)  # the parent now waits for its child to end
    running.cancel()
    release.set()
    with pytest.raises(asyncio.CancelledError):
        await running
    assert child.cancelled()


async def test_stopping_children_when_not_cancelled_returns() -> None:
    children = [asyncio.ensure_future(asyncio.sleep(3600)) for _ in range(2)]
    await stop(*children)
    assert all(c.cancelled() for c in children)
