"""The clock every probe reads: monotonic for durations, UTC for events across processes."""

from __future__ import annotations

import time
from datetime import UTC, datetime


def utcnow() -> datetime:
    """The current time as an aware UTC datetime."""
    return datetime.now(UTC)


class Clock:
    """Time source for probes: monotonic for durations, UTC for cross-process events."""

    def monotonic(self) -> float:
        return time.monotonic()

    def utcnow(self) -> datetime:
        return utcnow()
