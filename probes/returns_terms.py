"""Reading a returns policy's terms (window, fees, label, refund time) from its text.

Where the text is ambiguous the value is unknown (absent from the result), never guessed.

How it reads (en, de, sl, el, lt, tr; other languages are read as English):
- Text is case-folded and stripped of accents (`Rücksendung` -> `rucksendung`,
  `ημέρες` -> `ημερες`), then split into sentences.
- Durations are numbers (digits, common number words, "a month") with a unit:
  days (calendar or business days, taken as stated), weeks (x7), months (x30),
  years (x365); a range ("5-7 business days") counts as its upper bound.
- Each duration belongs to the refund, the return window, the statutory
  withdrawal period or a warranty: first by an anchor right after it ("... of
  receiving your return" -> refund, "... of delivery" -> window), else by the
  nearest keyword in its sentence; durations in sentences without one are ignored.
- `returns.window_days`: the one window stated; a statutory withdrawal period
  only counts when no other window is stated; two different windows (product
  classes, members, seasons), or a window shorter than the statutory period
  (it can only be for some products) -> unknown. `returns.refund_days_stated`:
  the one refund time stated, else unknown.
- Flags come from phrases that say yes or no ("free returns", "Sie tragen die
  Kosten der Rücksendung", "no restocking fee", "keine Rücksendekosten"); a
  hedge ("may be charged") or both answers -> unknown; free returns only under a
  condition ("on orders over €50", "for members") -> unknown.
"""

from __future__ import annotations

import re

from probes.base import MetricValue
from probes.returns_lexicon import LEXICONS, UNIT_DAYS, CompiledLexicon, compile_lexicon, fold

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\s*[•·|]\s*")
_PARENTHESISED = re.compile(r"([^\W\d_]+)\s*\((\d{1,3})\)|(\d{1,3})\s*\([^\W\d_]+\)")


def _paragraph_lines(text: str) -> list[str]:
    """Lines joined back into sentences: a single line break only ends a short heading."""
    blocks: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        current = ""
        for line in paragraph.splitlines():
            line = line.strip()
            if current and len(current) <= 40 and not current.endswith((",", "-")):
                blocks.append(current)
                current = line
            else:
                current = f"{current} {line}".strip()
        blocks.append(current)
    return blocks


def _sentences(text: str, language: str) -> list[str]:
    pieces = (s for block in _paragraph_lines(text) for s in _SENTENCE_END.split(block))
    folded = (fold(s, language) for s in pieces if s.strip())
    # "thirty (30) days" and "30 (thirty) days" read as "30 days".
    return [_PARENTHESISED.sub(lambda m: m.group(2) or m.group(3), s) for s in folded]


def _days(match: re.Match[str], p: CompiledLexicon) -> int | None:
    unit = next(kind for kind in UNIT_DAYS if match.group(kind))
    if match.group("w"):
        word = match.group("w")
        if word in p.articles:
            if unit == "day":
                return None
            count = 1
        else:
            count = p.numbers[word]
    else:
        count = int(match.group("d2") or match.group("d1"))
    return count * UNIT_DAYS[unit]


def _distance(sentence: str, a: tuple[int, int], b: tuple[int, int]) -> int:
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    gap = sentence[lo:hi] if lo < hi else ""
    return len(gap) + 30 * sum(gap.count(c) for c in ",:()")


def _kind_of(sentence: str, match: re.Match[str], p: CompiledLexicon) -> str | None:
    after = sentence[match.end() : match.end() + 70]
    if p.refund_anchor.match(after):
        return "refund"
    hits: list[tuple[int, bool, str]] = []  # (distance, keyword is before the duration, kind)
    refund_spans = [m.span() for m in p.kinds["refund"].finditer(sentence)]
    for kind, pattern in p.kinds.items():
        for hit in pattern.finditer(sentence):
            inside_refund = kind != "refund" and any(
                s <= hit.start() < e or hit.start() <= s < hit.end() for s, e in refund_spans
            )
            if not inside_refund:
                distance = _distance(sentence, match.span(), hit.span())
                hits.append((distance, hit.end() <= match.start(), kind))
    if p.delivery_anchor.match(after):
        # "... within 30 days of delivery": a window, unless a refund is the subject before it.
        before = [h for h in hits if h[1]]
        if before and min(before)[2] == "refund":
            return "refund"
        windows = [h for h in hits if h[2] in ("return", "withdrawal")]
        return min(windows)[2] if windows else "return"
    return min(hits)[2] if hits else None


def _one(values: set[int]) -> int | None:
    return next(iter(values)) if len(values) == 1 else None


def _durations(sentences: list[str], p: CompiledLexicon) -> dict[str, MetricValue]:
    found: dict[str, set[int]] = {"refund": set(), "return": set(), "withdrawal": set()}
    for sentence in sentences:
        for match in p.duration.finditer(sentence):
            if p.threshold.search(sentence[max(0, match.start() - 30) : match.start()]):
                continue
            days = _days(match, p)
            kind = _kind_of(sentence, match, p)
            if days is not None and kind in found:
                found[kind].add(days)
    out: dict[str, MetricValue] = {}
    window = _one(found["return"])
    statutory = _one(found["withdrawal"])
    if not found["return"]:
        window = statutory
    elif window is not None and statutory is not None and window < statutory:
        window = None  # shorter than the legal minimum: for some products only
    if window is not None:
        out["returns.window_days"] = window
    refund = _one(found["refund"])
    if refund is not None:
        out["returns.refund_days_stated"] = refund
    return out


def _verdict(answers: set[str]) -> bool | None:
    if answers == {"yes"}:
        return True
    if answers == {"no"}:
        return False
    return None


def _said(yes: re.Pattern[str], no: re.Pattern[str], sentence: str) -> bool:
    """A "yes" phrase that is not part of a "no" phrase ("we do not provide a label")."""
    noes = [m.span() for m in no.finditer(sentence)]
    return any(
        not any(s <= hit.start() < e or hit.start() <= s < hit.end() for s, e in noes)
        for hit in yes.finditer(sentence)
    )


def _flags(sentences: list[str], p: CompiledLexicon) -> dict[str, MetricValue]:
    f = p.flags
    free: set[str] = set()
    fee: set[str] = set()
    label: set[str] = set()
    for s in sentences:
        hedged = bool(f["hedge"].search(s))
        conditional = bool(f["condition"].search(s)) and not f["defect"].search(s)
        if _said(f["free_yes"], f["free_no"], s):
            free.add("unsure" if hedged or conditional else "yes")
        if f["free_no"].search(s):
            free.add("unsure" if hedged else "no")
        for hit in f["fee"].finditer(s):
            near = s[max(0, hit.start() - 30) : hit.end() + 40]
            fee.add("no" if f["fee_no"].search(near) else "unsure" if hedged else "yes")
        if _said(f["label_yes"], f["label_no"], s):
            label.add("unsure" if hedged else "yes")
        if f["label_no"].search(s):
            label.add("no")
    out: dict[str, MetricValue] = {}
    for name, answers in (
        ("free_returns", free),
        ("restocking_fee", fee),
        ("prepaid_label", label),
    ):
        verdict = _verdict(answers)
        if verdict is not None:
            out[f"returns.{name}"] = verdict
    return out


def extract_returns_terms(text: str, language: str) -> dict[str, MetricValue]:
    """Metrics `returns.window_days`, `returns.free_returns`, `returns.restocking_fee`,
    `returns.prepaid_label`, `returns.refund_days_stated` found in `text`; unknown ones omitted.
    """
    lang = language.lower().split("-")[0].split("_")[0]
    lang = lang if lang in LEXICONS else "en"
    p = compile_lexicon(lang)
    sentences = _sentences(text, lang)
    return {**_durations(sentences, p), **_flags(sentences, p)}
