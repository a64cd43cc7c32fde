"""Whether a sentence speaks of the faulty goods named in the sentence before it: "Return costs
are the customer's, except for defective items or our error. In these cases we pay the return."
A pointer to cases ("in these cases", "dans ce cas", "in diesen Fällen"; the lexicon's
`returns: flags: cases`) at the head of a sentence whose lead names a defect or the shop's
error makes the shop's paying there a fault's, not an ordinary return's; so does a pointer at
the head of a clause after a dash whose part before names a defect ("... unless the item is
faulty - in that case we pay the return")."""

from __future__ import annotations

import re

# How far into the sentence the pointer may stand ("Dans ces cas, ...", "And in such cases").
_HEAD = 30
# A dash between two clauses of one sentence (" – ", " — ", " - ").
_DASH = re.compile(r"\s[–—-]\s")


def faults_case(text: str, lead: str, f: dict[str, re.Pattern[str]]) -> bool:
    """`text` (folded) opens on a pointer to cases and `lead` (the sentence before, folded)
    names a defect: what `text` says of who pays is said of those faults only."""
    pointer = f["cases"].search(text)
    if pointer is None or pointer.start() > _HEAD:
        return False
    return bool(f["defect"].search(lead))


def faults_clause(text: str, f: dict[str, re.Pattern[str]]) -> bool:
    """`text` (folded) has a clause after a dash that opens on a pointer to cases, the part
    before the dash naming a defect ("... ausser die Ware war defekt – in diesen Fällen
    übernehmen wir die Kosten")."""
    return any(
        faults_case(text[dash.end() :], text[: dash.start()], f) for dash in _DASH.finditer(text)
    )
