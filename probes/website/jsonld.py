"""Reading schema.org JSON-LD: ContactPoint telephones, FAQPage questions, return policies."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from probes.base import MetricValue


def iter_nodes(scripts: list[str]) -> Iterator[dict[str, Any]]:
    """Every JSON object in the JSON-LD `scripts`, walking lists, @graph and nested values."""
    for source in scripts:
        try:
            data = json.loads(source)
        except ValueError:
            continue
        yield from _walk(data)


def _walk(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _walk(item)
    elif isinstance(value, dict):
        yield value
        for child in value.values():
            if isinstance(child, dict | list):
                yield from _walk(child)


def _types(node: dict[str, Any]) -> set[str]:
    raw = node.get("@type", [])
    names = raw if isinstance(raw, list) else [raw]
    return {str(name).rsplit("/", 1)[-1] for name in names}


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def contact_telephones(scripts: list[str]) -> list[str]:
    """Telephone strings of ContactPoint nodes (not faxNumber)."""
    phones: list[str] = []
    for node in iter_nodes(scripts):
        if "ContactPoint" in _types(node):
            phones.extend(str(t) for t in _as_list(node.get("telephone")) if t)
    return phones


def faq_question_count(scripts: list[str]) -> int:
    """Questions declared in FAQPage `mainEntity` (the largest FAQPage on the page)."""
    counts = [0]
    for node in iter_nodes(scripts):
        if "FAQPage" in _types(node):
            entities = _as_list(node.get("mainEntity"))
            counts.append(sum(1 for e in entities if isinstance(e, dict)))
    return max(counts)


_FREE = "FreeReturn"
_PAID = {"ReturnFeesCustomerResponsibility", "ReturnShippingFees", "RestockingFees"}


def return_policy_metrics(scripts: list[str]) -> dict[str, MetricValue]:
    """`returns.window_days` and `returns.free_returns` from a MerchantReturnPolicy node."""
    metrics: dict[str, MetricValue] = {}
    for node in iter_nodes(scripts):
        if "MerchantReturnPolicy" not in _types(node):
            continue
        days = node.get("merchantReturnDays")
        if isinstance(days, int | float | str) and str(days).strip().isdigit():
            metrics.setdefault("returns.window_days", int(str(days).strip()))
        fees = {str(f).rsplit("/", 1)[-1] for f in _as_list(node.get("returnFees"))}
        if _FREE in fees:
            metrics.setdefault("returns.free_returns", True)
        elif fees & _PAID:
            metrics.setdefault("returns.free_returns", False)
    return metrics


def return_policy_links(scripts: list[str]) -> list[str]:
    """URLs given as `merchantReturnLink` in MerchantReturnPolicy nodes."""
    links: list[str] = []
    for node in iter_nodes(scripts):
        if "MerchantReturnPolicy" in _types(node):
            links.extend(str(u) for u in _as_list(node.get("merchantReturnLink")) if u)
    return links
