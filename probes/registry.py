"""Probes registered by name, one module per probe (Scrapy-style), imported on demand."""

from __future__ import annotations

import importlib

from probes.base import Probe
from probes.errors import InputError

PROBES: dict[str, str] = {
    "website": "probes.website.probe:WebsiteProbe",
    "chat": "probes.chat.probe:ChatProbe",
}
"""Probe id -> "module:Class". Adding a probe is one line here and one module."""

TWO_PHASE_PROBES: dict[str, str] = {
    "email": "send an inquiry, then watch the mailbox until the deadline (audit/email_*.py)",
}
"""Probes that act, then wait for the company across hours or days; driven by the runner."""


def known_probe_ids() -> list[str]:
    """Every probe id a campaign may name."""
    return sorted({*PROBES, *TWO_PHASE_PROBES})


class UnknownProbeError(InputError):
    """A campaign named a probe that is not registered."""


def load_probe(probe_id: str) -> Probe:
    """An instance of the probe registered as `probe_id`."""
    try:
        target = PROBES[probe_id]
    except KeyError:
        known = ", ".join(sorted(PROBES))
        raise UnknownProbeError(f"unknown probe {probe_id!r} (known: {known})") from None
    module_name, _, class_name = target.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    probe: Probe = cls()
    return probe
