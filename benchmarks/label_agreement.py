"""How far two labellers agree on the returns labels, and what that means for the reader.

Every policy of `tests/data/returns/policies_95.yaml` to `policies_107.yaml` (450), of
`policies_119.yaml` to `policies_130.yaml` (423), of `policies_131.yaml` to `policies_140.yaml`
(289) and of `policies_141.yaml` to `policies_152.yaml` (323) was labelled twice: by the
labeller who collected it, and later by a second labeller who saw only its text (not the first
labels, not the reader) and worked from `tests/data/LABELLING.md` alone. The second labels are
under `tests/data/returns_second/`. For each term this prints how often the two labels agree,
Cohen's kappa (agreement beyond what the two labellers' own label frequencies would give by
chance), and the reader's accuracy against the first labels, against the second, and on the
policies where both agree. Where they disagree, it counts whose side the reader took. The
figures bound what any reader can be shown to reach: a reader cannot be measured above the
labels' own agreement on the contested part.

    .venv/bin/python benchmarks/label_agreement.py
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from extraction import DATA, TERMS, load, pct  # also puts the project on sys.path

from probes.returns_terms import extract_returns_terms


def load_pairs(data: Path = DATA) -> list[dict[str, Any]]:
    """One row per twice-labelled policy: id, lang, text, `first` and `second` label dicts."""
    second = {item["id"]: item for item in load("returns_second", data=data)}
    pairs: list[dict[str, Any]] = []
    for item in load("returns", data=data):
        if item["id"] in second:
            other = second[item["id"]]
            pairs.append(
                {
                    "id": item["id"],
                    "lang": item["lang"],
                    "text": item["text"],
                    "first": item["truth"],
                    "second": {term: other.get(term) for term in TERMS},
                    "doubt": tuple(other.get("doubt") or ()),
                }
            )
    return pairs


def cohen_kappa(pairs: list[tuple[Any, Any]]) -> float:
    """Cohen's kappa of two raters' labels (any hashable values, `None` included as a value):
    1 is full agreement, 0 what chance alone would give from each rater's frequencies."""
    n = len(pairs)
    if not n:
        return float("nan")
    observed = sum(a == b for a, b in pairs) / n
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    expected = sum(first[v] * second[v] for v in first) / (n * n)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def agreement_lines(pairs: list[dict[str, Any]]) -> list[str]:
    """The agreement table, a per-language table for each term, and the disagreements' sides."""
    read = {p["id"]: extract_returns_terms(p["text"], p["lang"]) for p in pairs}
    lines = [
        f"Returns labels given twice, blind: {len(pairs)} policies",
        f"{'term':15} {'agree':>16} {'kappa':>6}  {'reader=first':>16}  {'reader=second':>16}"
        f"  {'reader, agreed':>16}  disagreements: reader took first / second / neither",
    ]
    per_lang: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0] * 4))
    for term in TERMS:
        agree = first_right = second_right = agreed_right = 0
        sides = Counter[str]()
        for p in pairs:
            a, b = p["first"].get(term), p["second"][term]
            value = read[p["id"]].get(f"returns.{term}")
            agree += a == b
            first_right += value == a
            second_right += value == b
            if a == b:
                agreed_right += value == a
            else:
                sides["first" if value == a else "second" if value == b else "neither"] += 1
            for lang in (p["lang"], "all"):
                row = per_lang[term][lang]
                row[0] += 1
                row[1] += a == b
                row[2] += value == a
                row[3] += a == b and value == a
        n = len(pairs)
        kappa = cohen_kappa([(p["first"].get(term), p["second"][term]) for p in pairs])
        lines.append(
            f"{term:15} {pct(agree, n):>16} {kappa:6.2f}  {pct(first_right, n):>16}  "
            f"{pct(second_right, n):>16}  {pct(agreed_right, agree):>16}  "
            f"{sides['first']} / {sides['second']} / {sides['neither']}"
        )
    for term in TERMS:
        lines.append(f"{term}, per language: n, labels agree, reader=first, reader on agreed")
        for lang in sorted(per_lang[term], key=lambda k: (k == "all", k)):
            n, agree, first_right, agreed_right = per_lang[term][lang]
            lines.append(
                f"  {lang:4} {n:>3}  {pct(agree, n):>16}  {pct(first_right, n):>16}  "
                f"{pct(agreed_right, agree):>16}"
            )
    return lines


def main() -> None:
    """Print the agreement tables."""
    pairs = load_pairs()
    if not pairs:
        print("No second labels under tests/data/returns_second/")
        return
    print("\n".join(agreement_lines(pairs)))


if __name__ == "__main__":
    main()
