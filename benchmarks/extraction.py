"""How well the readers recover what real pages state, per language, against hand labels.

Returns policies, two sets kept apart:
- tuned: `tests/data/returns/*.yaml` and `tests/data/returns_heldout/*.yaml` (the second was
  held out at first, then tuned on from commit 1dd5670): the lexicons are written against these;
- unseen: `tests/data/returns_unseen/*.yaml`, labelled and committed (1bf90cc) before the
  reader first ran on them and never used to tune it. Which unseen items were misread is
  not printed unless `--show-unseen-misses` is given (reading them would make them tuned).
Each prints return window exact, free returns and restocking fee, as accuracy over all
policies (an unknown answer is right only where the label is unknown too) and over the
policies whose label is stated.

Phone pages (`tests/data/phones/*.yaml`, tuned on: pages_6 and pages_7 were the first two
unseen batches, moved there after their first runs; `tests/data/phones_unseen/*.yaml`, a
batch labelled and committed before the readers first run on it, when there is one): each
page's text is read block by block (one line a block, as the collector splits `<br>`, block
elements and table cells) with the company's country; customer-service numbers are
scored by precision and recall against the labelled ones, and every labelled fax or
department number by whether its role was read right. Sales lines count as numbers a
customer calls (as `phone.numbers` does), whether labelled `customer_service` or
`other: sales`. A naive scraper (every valid number in the text, no labels read) is
printed next to it.

    .venv/bin/python benchmarks/extraction.py [--show-unseen-misses]
    .venv/bin/python benchmarks/extraction.py --tuned-only   # tuned tables only, nothing unseen
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import phonenumbers
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from probes.returns_terms import extract_returns_terms
from probes.website.line_walk import read_phone_roles
from probes.website.sightings import REACHABLE

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
TERMS = ("window_days", "free_returns", "restocking_fee")


TUNED = ("returns", "returns_heldout")
UNSEEN = ("returns_unseen",)


def load(*folders: str, data: Path | None = None) -> list[dict[str, Any]]:
    """Every labelled item of the `folders` under `data` (default `DATA`), file by file."""
    items: list[dict[str, Any]] = []
    for folder in folders:
        for path in sorted(((data or DATA) / folder).glob("*.yaml")):
            items.extend(yaml.safe_load(path.read_text(encoding="utf-8")) or [])
    return items


def labelled_callable(page: dict[str, Any]) -> set[str]:
    """The numbers a customer calls on a labelled page: its customer-service numbers and the
    other numbers whose role is reachable (sales lines), as `phone.numbers` counts them."""
    others: dict[str, str] = page.get("other") or {}
    return set(page.get("customer_service") or []) | {
        n for n, role in others.items() if role in REACHABLE
    }


def pct(right: int, total: int) -> str:
    """`right` of `total` as a percentage and the counts ("  85.0% (17/20)"); "-" for none."""
    return f"{100 * right / total:5.1f}% ({right}/{total})" if total else "    -"


def returns_table(folders: tuple[str, ...] = TUNED, show_misses: bool = True) -> list[str]:
    """One row per language: window, free returns, fee accuracy (all; stated only)."""
    tally: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0, 0]))
    misses: list[str] = []
    for item in load(*folders):
        got = extract_returns_terms(item["text"], item["lang"])
        for term in TERMS:
            truth = item["truth"].get(term)
            value = got.get(f"returns.{term}")
            for lang in (item["lang"], "all"):
                row = tally[lang][term]
                row[0] += value == truth
                row[1] += 1
                if truth is not None:
                    row[2] += value == truth
                    row[3] += 1
            if value != truth:
                misses.append(f"  {item['id']}: {term} read {value}, labelled {truth}")
    lines = [
        f"Returns policies ({' + '.join(folders)}): accuracy over all policies | over policies "
        "with a stated label",
        f"{'lang':5} {'n':>3}  {'window exact':>32}  {'free returns':>32}  {'restocking fee':>32}",
    ]
    for lang in sorted(tally, key=lambda k: (k == "all", k)):
        cells = []
        for term in TERMS:
            r = tally[lang][term]
            cells.append(f"{pct(r[0], r[1]):>15} | {pct(r[2], r[3]):<15}")
        n = tally[lang][TERMS[0]][1]
        lines.append(f"{lang:5} {n:>3}  " + "  ".join(cells))
    if not show_misses:
        return [*lines, f"Misread: {len(misses)} values (not listed: this set is never tuned on)"]
    return [*lines, "Misread:", *misses]


def batch_lines(folder: str) -> list[str]:
    """Each batch file of `folder` apart (a batch's first run is its unseen figure):
    window and free-returns accuracy over all its policies."""
    lines = [f"by batch ({folder}): window exact, free returns"]
    for path in sorted((DATA / folder).glob("*.yaml")):
        items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        right = [0, 0]
        for item in items:
            got = extract_returns_terms(item["text"], item["lang"])
            for k, term in enumerate(("window_days", "free_returns")):
                right[k] += got.get(f"returns.{term}") == item["truth"].get(term)
        lines.append(
            f"  {path.name:18} {len(items):>3}  {pct(right[0], len(items))}  "
            f"{pct(right[1], len(items))}"
        )
    return lines


def _naive(text: str, region: str) -> set[str]:
    found = set()
    for line in text.splitlines():
        for m in phonenumbers.PhoneNumberMatcher(line, region):
            found.add(phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164))
    return found


def phones_table(folder: str = "phones", show_misses: bool = True) -> list[str]:
    """Precision/recall of customer-service numbers and role accuracy, per language."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0, 0])
    misses: list[str] = []
    for page in load(folder):
        others: dict[str, str] = page.get("other") or {}
        truth_cs = labelled_callable(page)
        roles = read_phone_roles(page["text"], page["country"])
        got_cs = {n for n, role in roles.items() if role in REACHABLE}
        naive = _naive(page["text"], page["country"])
        for lang in (page["lang"], "all"):
            t = tally[lang]
            t[0] += len(got_cs & truth_cs)  # true positives
            t[1] += len(got_cs)  # predicted
            t[2] += len(truth_cs)  # labelled
            t[3] += sum(roles.get(n) == role for n, role in others.items())
            t[4] += len(others)
            t[5] += len(naive & truth_cs)
            t[6] += len(naive)
        for n in sorted(got_cs ^ truth_cs):
            misses.append(
                f"  {page['id']}: {n} read {roles.get(n)}, labelled "
                f"{'customer_service' if n in truth_cs else others.get(n)}"
            )
        for n, role in sorted(others.items()):
            if roles.get(n) != role and n not in got_cs:
                misses.append(f"  {page['id']}: {n} read {roles.get(n)}, labelled {role}")
    lines = [
        f"Phone pages ({folder}): customer-service numbers (precision, recall), roles of the "
        "others",
        f"{'lang':5} {'pages':>5}  {'precision':>18} {'recall':>18}  {'fax/role right':>18}"
        f"  {'naive P':>18} {'naive R':>18}",
    ]
    pages: dict[str, int] = defaultdict(int)
    for page in load(folder):
        pages[page["lang"]] += 1
        pages["all"] += 1
    for lang in sorted(tally, key=lambda k: (k == "all", k)):
        t = tally[lang]
        lines.append(
            f"{lang:5} {pages[lang]:>5}  {pct(t[0], t[1]):>18} {pct(t[0], t[2]):>18}  "
            f"{pct(t[3], t[4]):>18}  {pct(t[5], t[6]):>18} {pct(t[5], t[2]):>18}"
        )
    if not show_misses:
        return [*lines, f"Misread: {len(misses)} numbers (not listed: this set is never tuned on)"]
    return [*lines, "Misread:", *misses]


def phone_batch_lines(folder: str = "phones") -> list[str]:
    """Each batch file of `folder` apart (a batch's first run is its unseen figure): precision,
    recall and role accuracy over its pages."""
    lines = [f"by batch ({folder}): precision, recall, fax/role right"]
    for path in sorted((DATA / folder).glob("*.yaml")):
        right = [0, 0, 0, 0, 0]
        for page in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            others: dict[str, str] = page.get("other") or {}
            truth = set(page.get("customer_service") or [])
            truth |= {n for n, role in others.items() if role in REACHABLE}
            roles = read_phone_roles(page["text"], page["country"])
            got = {n for n, role in roles.items() if role in REACHABLE}
            right[0] += len(got & truth)
            right[1] += len(got)
            right[2] += len(truth)
            right[3] += sum(roles.get(n) == role for n, role in others.items())
            right[4] += len(others)
        lines.append(
            f"  {path.name:18} {pct(right[0], right[1]):>18} {pct(right[0], right[2]):>18} "
            f"{pct(right[3], right[4]):>18}"
        )
    return lines


def main() -> None:
    """Print both tables (with `--tuned-only`, only the sets tuned on: nothing of the unseen
    sets is read, so a helper tuning the readers can measure without seeing them)."""
    print("\n".join(returns_table(TUNED)))
    print("\n".join(batch_lines(TUNED[0])))
    print()
    if "--tuned-only" in sys.argv:
        print("\n".join(phones_table()))
        print("\n".join(phone_batch_lines()))
        return
    unseen_misses = "--show-unseen-misses" in sys.argv
    print("\n".join(returns_table(UNSEEN, show_misses=unseen_misses)))
    print("\n".join(batch_lines(UNSEEN[0])))
    print()
    print("\n".join(phones_table()))
    print("\n".join(phone_batch_lines()))
    print()
    if load("phones_unseen"):
        print("\n".join(phones_table("phones_unseen", show_misses=unseen_misses)))
    else:
        print("Phone pages (phones_unseen): no unseen phone pages")


if __name__ == "__main__":
    main()
