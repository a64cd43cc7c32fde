"""`benchmarks/first_runs.py`: the first-run lines of tuned files, read back and pooled."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import yaml

from rubrics.loader import load_rubric
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


def test_first_readings_are_pooled_per_language_against_the_labels(tmp_path: Path) -> None:
    (tmp_path / "returns").mkdir()
    (tmp_path / "returns" / "policies_9.yaml").write_text(
        "- id: es-a\n  lang: es\n  truth: {window_days: 14, free_returns: false, "
        "restocking_fee: null}\n"
        "- id: es-b\n  lang: es\n  truth: {window_days: 30, free_returns: null, "
        "restocking_fee: null}\n"
        "- id: pt-c\n  lang: pt\n  truth: {window_days: 7, free_returns: true, "
        "restocking_fee: false}\n",
        encoding="utf-8",
    )
    record = tmp_path / "record.csv"
    record.write_text(
        "batch,file,reader,id,lang,window_days,free_returns,restocking_fee\n"
        "9,policies_9.yaml,abc,es-a,es,14,false,\n"
        "9,policies_9.yaml,abc,es-b,es,,true,\n"
        "9,policies_9.yaml,abc,pt-c,pt,7,,false\n",
        encoding="utf-8",
    )
    lines = benchmark("first_runs").by_language(record, tmp_path)
    es, pt, every = lines[2], lines[3], lines[4]
    assert es.split()[:3] == ["es", "2", "50.0%"]  # es-b's window unread
    assert "50.0% (1/2)" in es and "100.0% (2/2)" in es  # free: es-b read true; fee: both
    assert pt.split()[:2] == ["pt", "1"] and "0.0% (0/1)" in pt  # pt-c's free returns unread
    assert every.split()[:3] == ["all", "3", "66.7%"]


def test_phone_first_readings_are_pooled_per_language_against_the_labels(tmp_path: Path) -> None:
    (tmp_path / "phones").mkdir()
    (tmp_path / "phones" / "pages_9.yaml").write_text(
        "- id: de-a\n  lang: de\n  country: DE\n  customer_service: ['+49301234567']\n"
        "  other: {'+49301234568': fax, '+49301234569': sales}\n"
        "- id: it-b\n  lang: it\n  country: IT\n  customer_service: ['+390612345678']\n",
        encoding="utf-8",
    )
    record = tmp_path / "record.csv"
    record.write_text(
        "batch,file,reader,id,lang,roles\n"
        '9,pages_9.yaml,abc,de-a,de,"{""+49301234567"": ""customer_service"", '
        '""+49301234568"": ""customer_service""}"\n'
        '9,pages_9.yaml,abc,it-b,it,"{""+390612345678"": ""customer_service""}"\n',
        encoding="utf-8",
    )
    lines = benchmark("first_runs").phones_by_language(record, tmp_path)
    de, it, every = lines[2], lines[3], lines[4]
    # de: the fax read as a customer line (precision 1/2), the sales line unread (recall 1/2)
    assert de.split()[:2] == ["de", "1"] and de.count("50.0% (1/2)") == 2
    assert it.count("100.0% (1/1)") == 3
    assert every.split()[:3] == ["all", "2", "66.7%"] and "66.7% (2/3)" in every
    # both pages show a number a customer calls, as labelled
    assert "100.0% (1/1)" in de and every.split()[-3:] == ["100.0%", "(2/2)", "34.2-100.0%"]


def test_a_page_read_with_no_number_or_a_stray_one_shows_the_wrong_answer(tmp_path: Path) -> None:
    (tmp_path / "phones").mkdir()
    (tmp_path / "phones" / "pages_9.yaml").write_text(
        "- id: de-a\n  lang: de\n  country: DE\n  customer_service: ['+49301234567']\n"
        "- id: de-b\n  lang: de\n  country: DE\n  customer_service: []\n",
        encoding="utf-8",
    )
    record = tmp_path / "record.csv"
    record.write_text(
        "batch,file,reader,id,lang,roles\n"
        "9,pages_9.yaml,abc,de-a,de,{}\n"
        '9,pages_9.yaml,abc,de-b,de,"{""+49301234568"": ""customer_service""}"\n',
        encoding="utf-8",
    )
    de = benchmark("first_runs").phones_by_language(record, tmp_path)[2]
    # de-a's number unread (recall 0/1), de-b's stray number read (precision 0/1): both pages
    # give the wrong answer to "does it show a number a customer calls?"
    assert de.split() == [
        "de",
        "2",
        *["0.0%", "(0/1)", "0.0-79.3%"] * 2,
        "0.0%",
        "(0/2)",
        "0.0-65.8%",
    ]


def test_a_misreading_counts_against_the_score_only_where_the_rubric_scores_it_apart(
    tmp_path: Path,
) -> None:
    (tmp_path / "returns").mkdir()
    (tmp_path / "returns" / "policies_9.yaml").write_text(
        "- id: es-a\n  lang: es\n  truth: {window_days: 15, free_returns: false, "
        "restocking_fee: null}\n"
        "- id: es-b\n  lang: es\n  truth: {window_days: 30, free_returns: true, "
        "restocking_fee: false}\n",
        encoding="utf-8",
    )
    record = tmp_path / "record.csv"
    record.write_text(
        "batch,file,reader,id,lang,window_days,free_returns,restocking_fee\n"
        # 14 for 15 days: the same step (0.5); customer pays read as not stated: fails either way;
        # a fee read where none is stated: both score 0 under when_unknown: fail
        "9,policies_9.yaml,abc,es-a,es,14,,true\n"
        # 29 for 30 days: a lower step; free read as not stated; no fee read as not stated
        "9,policies_9.yaml,abc,es-b,es,29,,\n",
        encoding="utf-8",
    )
    bench = benchmark("first_runs")
    es = bench.scored_by_language(record, tmp_path)[2]
    assert es.split()[:2] == ["es", "2"]
    assert es.count("50.0% (1/2)") == 4  # window, free returns, no fee, all three: es-a only


def test_a_criterion_scores_a_reading_as_the_engine_does() -> None:
    bench = benchmark("first_runs")
    criteria = {c.id: c for c in load_rubric().channels["returns"].criteria}
    assert bench.criterion_score(criteria["window"], 30) == 1.0
    assert bench.criterion_score(criteria["window"], 14) == 0.5
    assert bench.criterion_score(criteria["window"], None) == 0.0  # when_unknown: fail
    assert bench.criterion_score(criteria["no_restocking_fee"], False) == 1.0
    assert bench.criterion_score(criteria["no_restocking_fee"], True) == 0.0


@pytest.mark.parametrize("kind", ["returns", "phones"])
def test_every_first_run_file_has_its_items_recorded(kind: str) -> None:
    # After moving a scored batch to the tuned folder, run benchmarks/record_first_readings.py.
    record = benchmark("record_first_readings")
    spec = record.KINDS[kind]
    files = record.first_run_files(spec)
    assert record.recorded_files(spec) == set(files)
    with spec.record.open(encoding="utf-8", newline="") as fh:
        recorded = {row["id"]: row for row in csv.DictReader(fh)}
    for name, (batch, reader) in files.items():
        for item in yaml.safe_load((spec.folder / name).read_text(encoding="utf-8")):
            row = recorded[item["id"]]
            assert (row["file"], int(row["batch"]), row["reader"]) == (name, batch, reader)
