"""Record, policy by policy, what the returns reader first read on every fresh batch.

A fresh batch's first run is written as the first line of its tuned file, naming the reader
commit it was scored with (`# First run (returns batch 66, reader 1c9d954 ...`). That line
gives the batch's totals only; this script reads the batch again with that very commit's reader
(its `probes/` taken from git history into a scratch folder) and appends one row per policy to
`benchmarks/first_readings_returns.csv`, so `benchmarks/first_runs.py` can pool first readings
per language. Files already recorded are skipped, so run it after moving a scored batch to the
tuned folder (it needs the repository's history; the test suite only checks the file is complete).

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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RETURNS = ROOT / "tests" / "data" / "returns"
RECORD = ROOT / "benchmarks" / "first_readings_returns.csv"
COLUMNS = ("batch", "file", "reader", "id", "lang", "window_days", "free_returns", "restocking_fee")
_HEADER = re.compile(r"^# First run \(returns batch (\d+), reader ([0-9a-f]{7,40})\b")
# Run by the old reader's interpreter: one JSON line per policy of the files named.
_READ = """
import json, sys, yaml
from probes.returns_terms import extract_returns_terms
TERMS = ("window_days", "free_returns", "restocking_fee")
for path in sys.argv[1:]:
    for item in yaml.safe_load(open(path, encoding="utf-8")) or []:
        got = extract_returns_terms(item["text"], item["lang"])
        row = {"file": path.rsplit("/", 1)[-1], "id": item["id"], "lang": item["lang"]}
        print(json.dumps({**row, **{t: got.get("returns." + t) for t in TERMS}}))
"""


def first_run_files() -> dict[str, tuple[int, str]]:
    """Every tuned returns file with a first-run line: its name -> (batch, reader commit)."""
    found = {}
    for path in sorted(RETURNS.glob("*.yaml")):
        header = _HEADER.match(path.read_text(encoding="utf-8").split("\n", 1)[0])
        if header:
            found[path.name] = (int(header.group(1)), header.group(2))
    return found


def recorded_files() -> set[str]:
    """The files `RECORD` already holds rows of."""
    if not RECORD.exists():
        return set()
    with RECORD.open(encoding="utf-8", newline="") as fh:
        return {row["file"] for row in csv.DictReader(fh)}


def cell(value: object) -> str:
    """A reading as the record writes it: "" for unknown, "true"/"false", or the number."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def read_with(reader: str, files: list[str], scratch: Path) -> list[dict[str, object]]:
    """What the returns reader at commit `reader` reads in the tuned `files`."""
    tree = scratch / reader
    tree.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", reader, "probes"], check=True, capture_output=True
    )
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    out = subprocess.run(
        [sys.executable, "-c", _READ, *(str(RETURNS / f) for f in files)],
        cwd=tree,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
        check=True,
        capture_output=True,
        text=True,
    )
    return [json.loads(line) for line in out.stdout.splitlines()]


def main() -> None:
    """Append the first readings of every first-run file not yet recorded."""
    todo: dict[str, list[str]] = defaultdict(list)
    batches = first_run_files()
    done = recorded_files()
    for name, (_, reader) in batches.items():
        if name not in done:
            todo[reader].append(name)
    if not todo:
        print(f"{RECORD.name}: every first-run file is recorded ({len(done)} files)")
        return
    new = not RECORD.exists()
    added = 0
    with tempfile.TemporaryDirectory() as scratch, RECORD.open("a", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        if new:
            writer.writerow(COLUMNS)
        for reader, files in sorted(todo.items(), key=lambda kv: batches[kv[1][0]][0]):
            for r in read_with(reader, files, Path(scratch)):
                batch = batches[str(r["file"])][0]
                writer.writerow(
                    [batch, r["file"], reader, r["id"], r["lang"]]
                    + [cell(r[t]) for t in COLUMNS[5:]]
                )
                added += 1
    print(f"{RECORD.name}: {added} policies recorded from {sum(map(len, todo.values()))} files")


if __name__ == "__main__":
    main()
