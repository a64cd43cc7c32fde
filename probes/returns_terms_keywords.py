"""The period keywords of a returns-policy sentence (return, exchange, refund, withdrawal,
warranty ...), where they are and how far apart: what the readers of periods start from."""

from __future__ import annotations

import re

from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_payer import overlaps

_PRIORITY = (
    "shipback",
    "refund",
    "withdrawal",
    "cancellation",
    "takeback",
    "guarantee",
    "repair",
    "warranty",
    "exchange",
    "return",
)
CLAUSE_MARKS = ",;:()–"
# "and" in the supported languages (a coordinated phrase starts after it); not the words that
# are also articles or prepositions elsewhere ("en", "i", "a").
_AND = re.compile(r"\s(?:and|et|y|e|ed|und|oraz)\s")


# "and" opening the clause of what follows a return ("..., and we will refund you").
THEN = {
    "en": "and",
    "fr": "et",
    "es": "y|e",
    "it": "e|ed",
    "pt": "e",
    "de": "und",
    "nl": "en",
    "pl": "a|i|oraz",
}


def distance(sentence: str, a: tuple[int, int], b: tuple[int, int]) -> int:
    """How far apart two spans of `sentence` are: the characters between them, a comma, colon
    or bracket between them counting as 30."""
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    gap = sentence[lo:hi] if lo < hi else ""
    # "devolver o produto em 30 dias e receber o reembolso em 10 dias": a word after "and" is in
    # the next coordinated phrase.
    return len(gap) + 30 * sum(gap.count(c) for c in ",:()") + 20 * len(_AND.findall(gap))


def keywords(sentence: str, p: CompiledLexicon) -> list[tuple[tuple[int, int], str]]:
    """Every period keyword in `sentence`; where they overlap the longer phrase wins
    ("money-back guarantee" over "money back"), then the more specific kind."""
    found = [
        (m.span(), kind)
        for kind in _PRIORITY
        for m in p.kinds[kind].finditer(sentence)
        if m.end() > m.start()
    ]
    found.sort(key=lambda h: (h[0][0] - h[0][1], _PRIORITY.index(h[1])))
    kept: list[tuple[tuple[int, int], str]] = []
    for span, kind in found:
        if not overlaps(span, [k[0] for k in kept]):
            kept.append((span, kind))
    return kept
