"""Whether a sentence points back to the return named before it ("In this case the costs are the
buyer's"; see `probes.returns_terms_flags`): a pointer ("in this case", "these costs") and no
refund kept in the same clause. "... taken off your refund" keeps the sentence about the refund;
a refund in a clause of its own after the pointer ("in this case the shipping is the buyer's and
only the item's price is refunded") does not."""

from __future__ import annotations

import re

from probes.returns_terms_payer import negated

# "and", "but" between two clauses, in any supported language (folded).
_CLAUSE_JOIN = re.compile(
    r"\s(?:and|et|y|e|ed|und|en|i|oraz|but|mais|pero|ma|maar|aber|ale|mas)\s|[;,]\s"
)


def points_back(text: str, refunding: re.Match[str] | None, f: dict[str, re.Pattern[str]]) -> bool:
    """`text` (folded; `refunding` its first refund word) points back to the sentence before."""
    pointer = f["anaphor"].search(text)
    if pointer is None:
        return False
    if refunding is None or negated(text, refunding.start(), f["negation"]):  # "not refund"
        return True
    return refunding.start() > pointer.end() and bool(
        _CLAUSE_JOIN.search(text, pointer.end(), refunding.start())
    )
