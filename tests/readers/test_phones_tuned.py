"""The phone reader keeps every tuned contact block right: customer-service numbers (sales lines
count, as `phone.numbers` counts them) and the role of every fax or department number.
(A batch in `tests/data/phones_unseen/` is scored by `benchmarks/extraction.py` only.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from probes.website.line_walk import read_phone_roles
from probes.website.sightings import REACHABLE

DATA = Path(__file__).resolve().parents[1] / "data" / "phones"
PAGES: list[dict[str, Any]] = [
    page for p in sorted(DATA.glob("*.yaml")) for page in yaml.safe_load(p.read_text("utf-8"))
]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p["id"]))
def test_tuned_page_is_read_as_labelled(page: dict[str, Any]) -> None:
    others: dict[str, str] = page.get("other") or {}
    roles = read_phone_roles(page["text"], page["country"])
    expected = set(page.get("customer_service") or []) | {
        n for n, role in others.items() if role in REACHABLE
    }
    assert {n for n, role in roles.items() if role in REACHABLE} == expected
    assert {n: roles.get(n) for n in others} == others


def test_enough_tuned_pages_in_every_language() -> None:
    languages = {page["lang"] for page in PAGES}
    assert {"de", "en", "es", "fr", "it", "nl", "pl", "pt"} <= languages
    assert len(PAGES) >= 150
