"""The second, blind labels of returns policies (`tests/data/returns_second/`) and the
agreement figures `benchmarks/label_agreement.py` prints from them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.benchmark_scripts import benchmark

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
TWICE = [DATA / "returns" / f"policies_{n}.yaml" for n in (*range(95, 108), *range(119, 153))]


def _second() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for path in sorted((DATA / "returns_second").glob("*.yaml")):
        items.extend(yaml.safe_load(path.read_text(encoding="utf-8")))
    return items


def test_every_twice_labelled_policy_has_one_second_label() -> None:
    first = [i["id"] for p in TWICE for i in yaml.safe_load(p.read_text(encoding="utf-8"))]
    second = [i["id"] for i in _second()]
    assert sorted(second) == sorted(first)


def test_second_labels_are_well_formed() -> None:
    for item in _second():
        window, free, fee = item["window_days"], item["free_returns"], item["restocking_fee"]
        assert window is None or (isinstance(window, int) and window > 0), item["id"]
        assert free in (True, False, None) and fee in (True, False, None), item["id"]
        assert set(item.get("doubt") or ()) <= {"window_days", "free_returns", "restocking_fee"}


@pytest.mark.parametrize(
    ("pairs", "kappa"),
    [
        ([(1, 1), (2, 2), (None, None)], 1.0),
        ([(True, True), (True, False), (False, True), (False, False)], 0.0),
        # observed 0.8; expected 0.6 * 0.6 + 0.4 * 0.4 = 0.52; (0.8 - 0.52) / 0.48
        ([(True, True)] * 5 + [(False, False)] * 3 + [(True, False), (False, True)], 0.28 / 0.48),
    ],
)
def test_cohen_kappa(pairs: list[tuple[Any, Any]], kappa: float) -> None:
    assert benchmark("label_agreement").cohen_kappa(pairs) == pytest.approx(kappa)


def test_pairs_join_first_and_second_labels() -> None:
    pairs = benchmark("label_agreement").load_pairs(DATA)
    assert len(pairs) == len(_second())
    first = {
        i["id"]: i["truth"] for p in TWICE for i in yaml.safe_load(p.read_text(encoding="utf-8"))
    }
    for pair in pairs:
        assert pair["first"] == first[pair["id"]]
