"""Probes registered by name, one module per probe (Scrapy-style), imported on demand."""

from __future__ import annotations

import importlib

from probes.base import Probe
from probes.errors import InputError
from probes.two_phase import TwoPhaseProbe

PROBES: dict[str, str] = {
    "website": "probes.website.probe:WebsiteProbe",
    "chat": "probes.chat.probe:ChatProbe",
}
"""Probe id -> "module:Class". Adding a probe is one line here and one module."""

TWO_PHASE_PROBES: dict[str, str] = {
    "email": "probes.email.probe:EmailProbe",
    "phone-dialer": "probes.phone.probe:PhoneProbe",
}
"""Probes that act, then wait for the company across hours or days (`probes.two_phase`):
probe id -> "module:Class"; the runner drives each the same way."""


def known_probe_ids() -> list[str]:
    """Every probe id a campaign may name."""
    return sorted({*PROBES, *TWO_PHASE_PROBES})


class UnknownProbeError(InputError):
    """A campaign named a probe that is not registered."""


def _instance(registry: dict[str, str], probe_id: str) -> object:
    try:
        target = registry[probe_id]
    except KeyError:
        known = ", ".join(sorted(registry))
        raise UnknownProbeError(f"unknown probe {probe_id!r} (known: {known})") from None
    module_name, _, class_name = target.partition(":")
    return getattr(importlib.import_module(module_name), class_name)()


def load_probe(probe_id: str) -> Probe:
    """An instance of the probe registered as `probe_id`."""
    probe = _instance(PROBES, probe_id)
    assert isinstance(probe, Probe)
    return probe


def load_two_phase_probe(probe_id: str) -> TwoPhaseProbe:
    """An instance of the two-phase probe registered as `probe_id`."""
    probe = _instance(TWO_PHASE_PROBES, probe_id)
    assert isinstance(probe, TwoPhaseProbe)
    return probe
