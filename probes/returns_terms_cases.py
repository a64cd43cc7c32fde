"""Whether a sentence speaks of the faulty goods named in the sentence before it: "Return costs
are the customer's, except for defective items or our error. In these cases we pay the return."
A pointer to cases ("in these cases", "dans ce cas", "in diesen Fällen"; the lexicon's
`returns: flags: cases`) at the head of a sentence whose lead names a defect or the shop's
error makes the shop's paying there a fault's, not an ordinary return's. So does a pointer ending
a line of its own ("5. Defective items" + "In this case:" + "We pay the return costs"): the
sentence after it is what the pointer leads to (round 23)."""

from __future__ import annotations

import re

# How far into the sentence the pointer may stand ("Dans ces cas, ...", "And in such cases").
_HEAD = 30


def faults_case(text: str, before: list[str], f: dict[str, re.Pattern[str]]) -> bool:
    """`text` (folded) opens on a pointer to cases and its lead (the last of `before`, the
    sentences before it, folded) names a defect: what `text` says of who pays is said of those
    faults only. A lead that is a pointer ending on a colon ("Dans ce cas :") passes it on."""
    lead = before[-1] if before else ""
    if len(before) > 1 and lead.rstrip().endswith(":") and faults_case(lead, before[:-1], f):
        return True
    pointer = f["cases"].search(text)
    if pointer is None or pointer.start() > _HEAD:
        return False
    return bool(f["defect"].search(lead))
