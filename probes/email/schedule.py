"""When inquiries may go out (weekdays, business hours in the campaign's timezone), and where
each attempt's evidence lives."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from probes.email.interface import EmailSettings


def attempt_dir(evidence_root: Path, attempt_id: str) -> Path:
    """The evidence folder of one attempt (id made safe as a file name)."""
    return evidence_root / re.sub(r"[^A-Za-z0-9._-]+", "_", attempt_id)


def in_send_window(settings: EmailSettings, when: datetime) -> bool:
    """Is `when` on a sending weekday within business hours (in the campaign's timezone)?"""
    local = when.astimezone(ZoneInfo(settings.timezone))
    start, end = settings.business_hours
    return local.weekday() in settings.weekdays and start <= local.hour < end


def next_send_window(settings: EmailSettings, when: datetime) -> datetime:
    """The first moment at or after `when` inside the send window (hour resolution)."""
    probe = when.replace(minute=0, second=0, microsecond=0)
    for _ in range(24 * 8):
        if probe >= when and in_send_window(settings, probe):
            return probe
        probe += timedelta(hours=1)
    return when
