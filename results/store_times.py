"""Times read back from the store: SQLite returns naive datetimes; everything we write is UTC."""

from __future__ import annotations

from datetime import UTC, datetime


def aware(value: datetime) -> datetime:
    """`value` with UTC as its zone when it has none."""
    # SQLite returns naive datetimes; everything we write is UTC.
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def maybe_aware(value: datetime | None) -> datetime | None:
    """`aware(value)`, None staying None."""
    return None if value is None else aware(value)
