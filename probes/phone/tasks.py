"""Stopping helper tasks without swallowing our own cancellation.

`task.cancel()` followed by `with suppress(CancelledError): await task` is the usual way to
stop a child task, but when the task running that code is itself being cancelled, the
suppress swallows *its* cancellation too and it carries on as if never told to stop.
`stop` re-raises in that case.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any


async def stop(*tasks: asyncio.Future[Any]) -> None:
    """Cancel `tasks` and wait until they have ended; re-raise if we are being cancelled."""
    for task in tasks:
        task.cancel()
    for task in tasks:
        with contextlib.suppress(asyncio.CancelledError):
            await task
    current = asyncio.current_task()
    if current is not None and current.cancelling():
        raise asyncio.CancelledError
