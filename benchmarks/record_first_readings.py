"""Record, item by item, what the readers first read on every fresh batch.

A fresh batch's first run is written as the first line of its tuned file, naming the reader
commit it was scored with (`# First run (returns batch 66, reader 1c9d954 ...`, `# First run
(phones batch 47, reader 1c9d954 ...`). That line gives the batch's totals only; this script
reads the batch again with that very commit's reader (its `probes/` taken from git history into
a scratch folder) and appends one row per policy or page to `benchmarks/first_readings_<kind>.csv`,
so `benchmarks/first_runs.py` can pool first readings per language. Files already recorded are
skipped, so run it after moving a scored batch to the tuned folder (it needs the repository's
history; the test suite only checks the records are complete).

    .venv/bin/python benchmarks/record_first_readings.py
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
_HEADER = re.compile(r"^# First run \((?:returns |phones )?batch (\d+), reader ([0-9a-f]{7,40})\b")
# Run by the old reader's interpreter: one JSON line per item of the files named.
_READ_RETURNS = """
import json, sys, yaml
from probes.returns_terms import extract_returns_terms
TERMS = ("window_days", "free_returns", "restocking_fee")
for path in sys.argv[1:]:
    for item in yaml.safe_load(open(path, encoding="utf-8")) or []:
        got = extract_returns_terms(item["text"], item["lang"])
        row = {"file": path.rsplit("/", 1)[-1], "id": item["id"], "lang": item["lang"]}
        print(json.dumps({**row, **{t: got.get("returns." + t) for t in TERMS}}))
"""
_READ_PHONES = """
import json, sys, yaml
from probes.website.line_walk import read_phone_roles
for path in sys.argv[1:]:
    for item in yaml.safe_load(open(path, encoding="utf-8")) or []:
        roles = read_phone_roles(item["text"], item["country"])
        row = {"file": path.rsplit("/", 1)[-1], "id": item["id"], "lang": item["lang"]}
        print(json.dumps({**row, "roles": json.dumps(roles, sort_keys=True)}))
"""


@dataclass(frozen=True)
class Kind:
    """One reader's fresh batches: where they are, what is recorded and how they are read."""

    folder: Path
    record: Path
    readings: tuple[str, ...]  # the columns after batch, file, reader, id, lang
    script: str

    @property
    def columns(self) -> tuple[str, ...]:
        return ("batch", "file", "reader", "id", "lang", *self.readings)


KINDS = {
    "returns": Kind(
        DATA / "returns",
        ROOT / "benchmarks" / "first_readings_returns.csv",
        ("window_days", "free_returns", "restocking_fee"),
        _READ_RETURNS,
    ),
    "phones": Kind(
        DATA / "phones",
        ROOT / "benchmarks" / "first_readings_phones.csv",
        ("roles",),
        _READ_PHONES,
    ),
}


def first_run_files(kind: Kind) -> dict[str, tuple[int, str]]:
    """Every tuned file of `kind` with a first-run line: its name -> (batch, reader commit)."""
    found = {}
    for path in sorted(kind.folder.glob("*.yaml")):
        header = _HEADER.match(path.read_text(encoding="utf-8").split("\n", 1)[0])
        if header:
            found[path.name] = (int(header.group(1)), header.group(2))
    return found


def recorded_files(kind: Kind) -> set[str]:
    """The files `kind`'s record already holds rows of."""
    if not kind.record.exists():
        return set()
    with kind.record.open(encoding="utf-8", newline="") as fh:
        return {row["file"] for row in csv.DictReader(fh)}


def cell(value: object) -> str:
    """A reading as the record writes it: "" for unknown, "true"/"false", or as it is."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def read_with(kind: Kind, reader: str, files: list[str], scratch: Path) -> list[dict[str, object]]:
    """What the reader at commit `reader` reads in the tuned `files` of `kind`."""
    tree = scratch / reader
    if not tree.exists():
        tree.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", reader, "probes"], check=True, capture_output=True
        )
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    out = subprocess.run(
        [sys.executable, "-c", kind.script, *(str(kind.folder / f) for f in files)],
        cwd=tree,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
        check=True,
        capture_output=True,
        text=True,
    )
    return [json.loads(line) for line in out.stdout.splitlines()]


def record(name: str, kind: Kind, scratch: Path) -> None:
    """Append the first readings of every first-run file of `kind` not yet recorded."""
    batches = first_run_files(kind)
    done = recorded_files(kind)
    todo: dict[str, list[str]] = defaultdict(list)
    for file, (_, reader) in batches.items():
        if file not in done:
            todo[reader].append(file)
    if not todo:
        print(f"{kind.record.name}: every first-run file is recorded ({len(done)} files)")
        return
    new = not kind.record.exists()
    added = 0
    with kind.record.open("a", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        if new:
            writer.writerow(kind.columns)
        for reader, files in sorted(todo.items(), key=lambda kv: batches[kv[1][0]][0]):
            for r in read_with(kind, reader, files, scratch):
                batch = batches[str(r["file"])][0]
                readings = [cell(r[c]) for c in kind.readings]
                writer.writerow([batch, r["file"], reader, r["id"], r["lang"], *readings])
                added += 1
    files = sum(map(len, todo.values()))
    print(f"{kind.record.name}: {added} {name} items recorded from {files} files")


def main() -> None:
    """Record both kinds."""
    with tempfile.TemporaryDirectory() as scratch:
        for name, kind in KINDS.items():
            record(name, kind, Path(scratch))


if __name__ == "__main__":
    main()
