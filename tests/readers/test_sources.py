"""Every file of real-world test data has its source and licence in tests/data/SOURCES.md."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "data"
SOURCES = (DATA / "SOURCES.md").read_text(encoding="utf-8")
# returns_second/ holds second labels of policies already under returns/, not new items.
LABELLED = sorted(p for p in DATA.glob("*/*.yaml") if p.parent.name != "returns_second")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def _items(path: Path) -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    return loaded


@cache
def _rows() -> dict[str, str]:
    """`file/id` -> its table row, for every row naming a labelled item."""
    rows: dict[str, str] = {}
    folder = ""
    for line in SOURCES.splitlines():
        if line.startswith("#") and "`" in line:
            folder = line.split("`")[1].rstrip("/")
        cells = [c.strip() for c in line.strip("|").split("|")]
        if line.startswith("| ") and len(cells) >= 4 and cells[0].endswith(".yaml"):
            rows[f"{folder}/{cells[0]}/{cells[1]}"] = line
    return rows


@pytest.mark.parametrize("path", LABELLED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_labelled_item_has_a_source_row(path: Path) -> None:
    rows = _rows()
    for item in _items(path):
        row = rows.get(f"{path.parent.name}/{path.name}/{item['id']}")
        assert row is not None, f"{path.name}: {item['id']} has no row in SOURCES.md"
        source = item.get("url") or item.get("source")
        assert source and source in row, f"{item['id']}: its source is not the one listed"


def test_every_data_folder_has_a_licence_entry() -> None:
    licence_table = SOURCES.split("## Licence review", 1)[1].split("\n## ", 1)[0]
    for folder in sorted(p for p in DATA.iterdir() if p.is_dir()):
        assert f"`{folder.name}/" in licence_table, f"{folder.name}/ has no licence entry"


def test_ids_are_unique_across_sets() -> None:
    ids = [i["id"] for p in LABELLED for i in _items(p)]
    assert len(ids) == len(set(ids))


PHONE_FILES = [p for p in LABELLED if p.parent.name.startswith("phones")]


@pytest.mark.parametrize("path", PHONE_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_phone_labels_have_the_benchmarks_shape(path: Path) -> None:
    # a batch once gave `other` as a list of {number, role}: the benchmark could not read it
    for item in _items(path):
        where = f"{path.name}: {item['id']}"
        assert isinstance(item.get("customer_service") or [], list), f"{where}: customer_service"
        other = item.get("other") or {}
        assert isinstance(other, dict), f"{where}: other must map each number to its role"
        assert all(str(n).startswith("+") and isinstance(r, str) for n, r in other.items()), where
