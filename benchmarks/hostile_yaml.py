"""How fast hostile YAML is refused: a 396-byte "billion laughs" file and deep nesting.

Prints the median of 5 refusals each (the goal: a bomb refused in under a second).
Run: .venv/bin/python benchmarks/hostile_yaml.py
"""

from __future__ import annotations

import statistics
import time

from probes.errors import InputError
from probes.yaml_source import parse_yaml

LAUGHS = "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9) if prev else ', '.join(['lol'] * 9)}]\n"
    for prev, name in zip(["", *"abcdefgh"], "abcdefghi", strict=True)
)  # the same file as tests/hostile/test_yaml.py: 9^9 strings once expanded

CASES = {
    f"billion laughs ({len(LAUGHS.encode())} bytes)": LAUGHS,
    "flow nesting, 20,000 levels on one line": "x: " + "[" * 20_000 + "]" * 20_000 + "\n",
    "block nesting, 2,000 levels": "".join(f"{'  ' * i}k:\n" for i in range(2_000)) + "  x\n",
}


def refusal_s(text: str) -> float:
    start = time.perf_counter()
    try:
        parse_yaml(text, "bench.yaml")
    except InputError:
        return time.perf_counter() - start
    raise SystemExit("accepted a hostile file")


def main() -> None:
    for name, text in CASES.items():
        times = [refusal_s(text) for _ in range(5)]
        print(f"{name:45s} refused in {statistics.median(times) * 1000:8.1f} ms (median of 5)")


if __name__ == "__main__":
    main()
