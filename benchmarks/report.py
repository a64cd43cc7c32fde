"""Benchmark: the HTML report for 1,000 companies x 5 channels x 2 periods.

    python benchmarks/report.py [--companies 1000] [--attempts 2] [--keep DIR]

A synthetic store (tests/world_factory.py: realistic metric values driven by a
hidden quality per company, a chat transcript and an email per company, no
screenshots) is built first and not counted. Counted: `audit report`'s work,
judging the period (scores, ranking with bootstrap intervals, movement against
the previous period) and writing every page and chart. Printed: wall and CPU
seconds, peak RSS, pages written and the report's size on disk.

Targets: <= 15 s and <= 25 MB.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from audit.cli_report import build_report
from results.store import Store
from tests.world_factory import build_store

TARGET_SECONDS = 15.0
TARGET_BYTES = 25 * 1024**2


def size_of(folder: Path) -> tuple[int, int]:
    """Bytes and files under `folder`."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--companies", type=int, default=1000)
    parser.add_argument("--attempts", type=int, default=2, help="per company, channel, period")
    parser.add_argument(
        "--keep", type=Path, help="keep the workspace here (reused when it holds a store)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workspace = args.keep or Path(tmp) / "ws"
        start = time.perf_counter()
        if (workspace / "audit.db").exists():  # a store kept by an earlier --keep run
            store = Store.open(f"sqlite:///{workspace / 'audit.db'}")
            print(f"reusing the store in {workspace}")
        else:
            store = build_store(workspace, companies=args.companies, attempts=args.attempts)
            built = time.perf_counter() - start
            print(
                f"store built in {built:.1f} s (not counted): {args.companies} companies "
                f"x 5 channels x {args.attempts} attempts x 2 periods"
            )
        out = workspace / "report"
        start, cpu = time.perf_counter(), time.process_time()
        build_report(store, workspace, out)
        wall, used = time.perf_counter() - start, time.process_time() - cpu
        size, files = size_of(out)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"report written in {wall:.2f} s (CPU {used:.2f} s), peak RSS {peak:.0f} MiB")
        print(f"report size {size / 2**20:.1f} MiB in {files} files")
        fast = "met" if wall <= TARGET_SECONDS else "MISSED"
        small = "met" if size <= TARGET_BYTES else "MISSED"
        print(f"targets: <= {TARGET_SECONDS:.0f} s {fast}; <= 25 MiB {small}")
        store.close()


if __name__ == "__main__":
    main()
