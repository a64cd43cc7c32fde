"""Reading a returns policy's terms (window, fees, label, refund time) from its text.

Where the text is ambiguous the value is unknown (absent from the result), never guessed.
"""

from __future__ import annotations

from probes.base import MetricValue


def extract_returns_terms(text: str, language: str) -> dict[str, MetricValue]:
    """Metrics `returns.window_days`, `returns.free_returns`, `returns.restocking_fee`,
    `returns.prepaid_label`, `returns.refund_days_stated` found in `text`; unknown ones omitted.
    """
    return {}
