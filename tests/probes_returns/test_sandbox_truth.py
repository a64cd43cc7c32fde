"""Extraction against the sandbox world's ground truth, company by company."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from probes.returns_terms import extract_returns_terms

WORLD = Path(__file__).resolve().parents[2] / "sandbox" / "world.yaml"
TERMS = (
    "returns.window_days",
    "returns.free_returns",
    "returns.restocking_fee",
    "returns.prepaid_label",
    "returns.refund_days_stated",
)


def _companies() -> list[dict[str, Any]]:
    if not WORLD.exists():
        return []
    world = yaml.safe_load(WORLD.read_text(encoding="utf-8")) or {}
    return [
        c
        for c in world.get("companies") or []
        if (c.get("site") or {}).get("returns") and any(t in (c.get("truth") or {}) for t in TERMS)
    ]


COMPANIES = _companies()


@pytest.mark.skipif(not COMPANIES, reason="the sandbox world declares no returns pages yet")
@pytest.mark.parametrize("company", COMPANIES, ids=[c.get("id", "?") for c in COMPANIES])
def test_sandbox_returns_page_matches_truth(company: dict[str, Any]) -> None:
    returns = company["site"]["returns"]
    text = "\n".join([returns.get("title", ""), *returns.get("paragraphs", [])])
    expected = {t: v for t, v in company["truth"].items() if t in TERMS and v is not None}
    assert extract_returns_terms(text, company.get("language", "en")) == expected
