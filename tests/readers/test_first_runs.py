"""`benchmarks/first_runs.py`: the first-run lines of tuned files, read back and pooled."""

from __future__ import annotations

from pathlib import Path

from tests.benchmark_scripts import benchmark


def _write(folder: Path, name: str, first_line: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(first_line + "\n- id: x\n", encoding="utf-8")


def test_lines_are_read_and_pooled(tmp_path: Path) -> None:
    returns, phones = tmp_path / "returns", tmp_path / "phones"
    _write(returns, "policies_1.yaml", "# A tuning batch, no first run.")
    _write(
        returns,
        "policies_2.yaml",
        "# First run (returns batch 7, reader abc): pt 10 window 80.0% (8/10), free returns "
        "70.0% (7/10), fee 100% (10/10).",
    )
    # A batch over two files, its fee given for the whole batch in both lines: counted once.
    for name, window in (("policies_3.yaml", "5/6"), ("policies_4.yaml", "3/4")):
        _write(
            returns,
            name,
            f"# First run (batch 8, reader def): window 50.0% ({window}), free returns 50.0% "
            f"({window}), fee 90.0% (9/10).",
        )
    _write(
        phones,
        "pages_1.yaml",
        "# First run (phones batch 3): precision 96.0% (24/25), recall 100% (24/24).",
    )
    bench = benchmark("first_runs")
    runs = bench.first_runs(tmp_path)
    assert [(r.kind, r.batch, r.file) for r in runs] == [
        ("phones", 3, "pages_1.yaml"),
        ("returns", 7, "policies_2.yaml"),
        ("returns", 8, "policies_3.yaml"),
        ("returns", 8, "policies_4.yaml"),
    ]
    assert runs[1].counts == {"window": (8, 10), "free returns": (7, 10), "fee": (10, 10)}
    pooled, interval = bench.table(runs, "returns")[-2:]
    assert "over 2 batches (7 on)" in pooled
    assert "window  80.0% (16/20)" in pooled
    assert "fee  95.0% (19/20)" in pooled
    # the 95% Wilson interval of 16/20 and 19/20 (textbook values)
    assert "window 58.4-91.9%" in interval
    assert "fee 76.4-99.1%" in interval
    assert "precision  96.0% (24/25)" in bench.table(runs, "phones")[-2]


def test_an_interval_of_nothing_is_a_dash_and_of_everything_reaches_100() -> None:
    bench = benchmark("first_runs")
    assert bench.wilson(0, 0) == "-"
    assert bench.wilson(20, 20) == "83.9-100.0%"


def test_every_fresh_batch_since_returns_batch_20_has_its_line() -> None:
    runs = benchmark("first_runs").first_runs()
    batches = {r.batch for r in runs if r.kind == "returns"}
    assert set(range(20, max(batches) + 1)) <= batches
