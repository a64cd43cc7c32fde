"""The readers' first runs on fresh batches, batch by batch and pooled, from the tuned files.

A fresh batch is labelled and committed before the readers first read it; its first run is its
honest figure. When it moves to the tuned folder, that figure is written as the first line of
its file (`# First run (returns batch 55, reader ...): ... window 86.1% (31/36), free returns
91.7% (33/36), fee 97.2% (35/36) ...`, or for phones `... precision 100% (52/52), recall 100%
(52/52) ...`). This prints them all and their pooled sums with a 95% Wilson interval (how far
the pooled share could be from the reader's true share on pages like these, counting each
policy or number as one draw), so the fresh figures quoted in the README and `docs/READERS.md`
can be checked against the data and against the targets (batches whose files carry no such
line, the earlier ones, are logged in `docs/READERS.md` only). Then, per language, the returns
reader's first readings of those batches, policy by policy, from `first_readings_returns.csv`
(written by `benchmarks/record_first_readings.py` with each batch's own first-run reader) against
the labels as they stand now (a few were corrected after their batch's first run), and the
phone reader's, page by page, from `first_readings_phones.csv`: precision and recall of the
numbers a customer calls, and whether the page shows one. And, since a company is ranked by its
score, not by the reading: how often each returns reading scores the shipped rubric's returns
criteria as its label would (a misreading the rubric scores the same costs the company nothing).

    .venv/bin/python benchmarks/first_runs.py
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from extraction import DATA, REACHABLE, TERMS, labelled_callable, load, pct
from scipy.stats import binomtest

from rubrics.engine import criterion_points
from rubrics.interface import Criterion
from rubrics.loader import load_rubric

RECORD = Path(__file__).resolve().parent / "first_readings_returns.csv"
# Per language: items, then (right, total) for each figure.
Tally = dict[str, tuple[int, list[tuple[int, int]]]]
PHONE_RECORD = Path(__file__).resolve().parent / "first_readings_phones.csv"

_HEADER = re.compile(r"^# First run \((?:returns |phones )?batch (\d+)")
_COUNT = r"[\d.]+% \((\d+)/(\d+)\)"
FIGURES = {
    "returns": ("window", "free returns", "fee"),
    "phones": ("precision", "recall"),
}


@dataclass(frozen=True)
class FirstRun:
    """One file's first-run line: its kind, batch and (right, total) for each figure named."""

    kind: str
    batch: int
    file: str
    counts: dict[str, tuple[int, int]]


def first_runs(data: Path = DATA) -> list[FirstRun]:
    """Every tuned file's first-run line, in batch order."""
    runs = []
    for folder in ("returns", "phones"):
        for path in sorted((data / folder).glob("*.yaml")):
            line = path.read_text(encoding="utf-8").split("\n", 1)[0]
            header = _HEADER.match(line)
            if header is None:
                continue
            kind = folder
            counts = {}
            for name in FIGURES[kind]:
                found = re.search(rf"\b{name} {_COUNT}", line)
                if found:
                    counts[name] = (int(found.group(1)), int(found.group(2)))
            runs.append(FirstRun(kind, int(header.group(1)), path.name, counts))
    return sorted(runs, key=lambda r: (r.kind, r.batch, r.file))


def table(runs: list[FirstRun], kind: str) -> list[str]:
    """One line per file of `kind`, then the pooled sums of each figure."""
    names = FIGURES[kind]
    lines = [f"{kind}: first runs, file by file", f"  {'batch':>5} {'file':20} " + "  ".join(names)]
    pooled: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    # A batch split over several files may give a figure for the whole batch in each file's
    # line (batches 25-26 give their fee so): such a figure counts once.
    whole_batch: set[tuple[int, str, tuple[int, int]]] = set()
    for run in (r for r in runs if r.kind == kind):
        cells = []
        size = run.counts.get(names[0], (0, 0))[1]
        for name in names:
            right, total = run.counts.get(name, (0, 0))
            cells.append(pct(right, total))
            if name in ("window", "free returns", "fee") and total != size:
                if (run.batch, name, (right, total)) in whole_batch:
                    continue
                whole_batch.add((run.batch, name, (right, total)))
            pooled[name][0] += right
            pooled[name][1] += total
        lines.append(f"  {run.batch:>5} {run.file:20} " + "  ".join(cells))
    batches = len({r.batch for r in runs if r.kind == kind})
    first = min((r.batch for r in runs if r.kind == kind), default=0)
    lines.append(
        f"  pooled over {batches} batches ({first} on): "
        + ", ".join(f"{name} {pct(*pooled[name])}" for name in names)
    )
    lines.append(
        "  95% interval (Wilson): " + ", ".join(f"{name} {wilson(*pooled[name])}" for name in names)
    )
    return lines


def wilson(right: int, total: int) -> str:
    """The 95% Wilson score interval of `right` out of `total`, as "82.0-84.8%"."""
    if total == 0:
        return "-"
    ci = binomtest(right, total).proportion_ci(confidence_level=0.95, method="wilson")
    return f"{ci.low * 100:.1f}-{ci.high:.1%}"


def reading(cell: str) -> object:
    """A recorded reading back as a value: "" unknown, "true"/"false", or a number of days."""
    words: dict[str, object] = {"": None, "true": True, "false": False}
    return words[cell] if cell in words else int(cell)


def language_lines(title: str, size: str, names: tuple[str, ...], tally: Tally) -> list[str]:
    """A table of `tally` (language -> items, then (right, total) per figure in `names`): one
    row a language, largest first, then all, each figure with its 95% Wilson interval."""
    lines = [
        title,
        f"  {'lang':4} {size:>5}  " + "  ".join(f"{n:>18} {'95% interval':>13}" for n in names),
    ]
    order = sorted((lang for lang in tally if lang != "all"), key=lambda x: -tally[x][0])
    for lang in [*order, "all"]:
        items, figures = tally[lang]
        cells = [f"{pct(*f):>18} {wilson(*f):>13}" for f in figures]
        lines.append(f"  {lang:4} {items:>5}  " + "  ".join(cells))
    return lines


def _rows(record: Path) -> list[dict[str, str]]:
    with record.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def by_language(record: Path = RECORD, data: Path = DATA) -> list[str]:
    """The first readings of `record` against the tuned labels under `data`, per language,
    each figure with its 95% Wilson interval; languages by policies, then all."""
    labels = {str(item["id"]): item["truth"] for item in load("returns", data=data)}
    right: dict[str, list[int]] = defaultdict(lambda: [0] * (len(TERMS) + 1))
    for row in _rows(record):
        truth = labels[row["id"]]
        for lang in (row["lang"], "all"):
            counts = right[lang]
            for i, term in enumerate(TERMS):
                counts[i] += reading(row[term]) == truth.get(term)
            counts[-1] += 1
    tally = {lang: (c[-1], [(r, c[-1]) for r in c[:-1]]) for lang, c in right.items()}
    return language_lines(
        "returns: first readings per language, policy by policy (95% Wilson intervals)",
        "n",
        ("window", "free returns", "fee"),
        tally,
    )


def criterion_score(criterion: Criterion, value: object) -> float:
    """What `criterion` gives one reading `value` (None: not stated) in an observation of its
    own source, as `rubrics.engine.judge` scores it: NaN where it does not apply."""
    if value is not None and not isinstance(value, bool | int | float):
        raise TypeError(f"a returns reading is a flag, a number of days or None, not {value!r}")
    column = np.array([np.nan if value is None else float(value)])
    points = float(criterion_points(criterion.scorer, column)[0])
    if np.isnan(points) and criterion.when_unknown == "fail":
        return 0.0
    return points


def scored_by_language(
    record: Path = RECORD, data: Path = DATA, rubric: Path | None = None
) -> list[str]:
    """How often each first reading of `record` scores the rubric's returns criteria as its label
    would (the shipped rubric unless `rubric` names one), per language: an error that leaves the
    company's score as it was (a "customer pays" read as "not stated" fails free returns either
    way; 14 days read for 15 scores the same step) does not count. "all three": the three
    criteria's weighted points together, as the channel adds them."""
    criteria = {c.metric: c for c in load_rubric(rubric).channels["returns"].criteria}
    judged = [criteria[f"returns.{term}"] for term in TERMS]
    labels = {str(item["id"]): item["truth"] for item in load("returns", data=data)}
    same: dict[str, list[int]] = defaultdict(lambda: [0] * (len(TERMS) + 2))
    for row in _rows(record):
        truth = labels[row["id"]]
        pairs = [
            (criterion_score(c, reading(row[t])), criterion_score(c, truth.get(t)))
            for c, t in zip(judged, TERMS, strict=True)
        ]
        alike = [a == b or (np.isnan(a) and np.isnan(b)) for a, b in pairs]
        read_sum = sum(c.weight * read for c, (read, _) in zip(judged, pairs, strict=True))
        label_sum = sum(c.weight * label for c, (_, label) in zip(judged, pairs, strict=True))
        for lang in (row["lang"], "all"):
            counts = same[lang]
            for i, hit in enumerate(alike):
                counts[i] += hit
            counts[-2] += abs(read_sum - label_sum) < 1e-9
            counts[-1] += 1
    tally = {lang: (c[-1], [(r, c[-1]) for r in c[:-1]]) for lang, c in same.items()}
    return language_lines(
        "returns: first readings scored as their labels would be, by the rubric's criteria",
        "n",
        ("window", "free returns", "no fee", "all three"),
        tally,
    )


def phones_by_language(record: Path = PHONE_RECORD, data: Path = DATA) -> list[str]:
    """The phone reader's first readings of `record` against the tuned labels under `data`, per
    language: precision and recall of the numbers a customer calls (`labelled_callable`), each
    with its 95% Wilson interval, and how often the page-level answer the rubric's phone criteria
    score (the page shows a number a customer calls, or none) is the label's."""
    labels = {str(page["id"]): labelled_callable(page) for page in load("phones", data=data)}
    # pages, hits, read, labelled, pages whose "shows a number" is the label's
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for row in _rows(record):
        truth = labels[row["id"]]
        read = {n for n, role in json.loads(row["roles"]).items() if role in REACHABLE}
        for lang in (row["lang"], "all"):
            c = counts[lang]
            c[0] += 1
            c[1] += len(read & truth)
            c[2] += len(read)
            c[3] += len(truth)
            c[4] += bool(read) == bool(truth)
    tally = {lang: (c[0], [(c[1], c[2]), (c[1], c[3]), (c[4], c[0])]) for lang, c in counts.items()}
    return language_lines(
        "phones: first readings per language, page by page (95% Wilson intervals)",
        "pages",
        ("precision", "recall", "shows a number"),
        tally,
    )


def main() -> None:
    """Print the tables."""
    runs = first_runs()
    print("\n".join(table(runs, "returns")))
    print()
    print("\n".join(by_language()))
    print()
    print("\n".join(scored_by_language()))
    print()
    print("\n".join(table(runs, "phones")))
    print()
    print("\n".join(phones_by_language()))


if __name__ == "__main__":
    main()
