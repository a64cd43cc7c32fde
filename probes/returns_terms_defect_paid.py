"""A return the shop pays for (or calls free) on faulty goods only, as a condition: "If the item
arrives damaged, we pay the return costs", "Si el producto llega defectuoso, cubrimos los gastos de
devolución", "Bei defekter Ware übernehmen wir die Rücksendekosten", or any such sentence under a
"Faulty goods" title. Like "we pay the return shipping if the error is ours" (tests/data/
LABELLING.md), it implies the customer pays for an ordinary return: a weak "no" (`defect_no`,
`probes.returns_terms_answers`) that gives way to anything else the page says of who pays. Not a
defect named without a condition ("free returns, also for damaged goods"), nor one after an
exception ("except damaged goods").
"""

from __future__ import annotations

import re

# A condition opening on the case it names, in any supported language (folded).
_IF = re.compile(
    r"\b(?:if|when|where|should|in\s+(?:the\s+)?(?:case|event)\s+(?:of|that)|for|si|lorsque|quand|"
    r"en\s+cas\s+(?:de|d'|ou)|pour|cuando|en\s+(?:el\s+)?caso\s+(?:de|que)|para|se|qualora|"
    r"in\s+caso\s+(?:di|in\s+cui)|nel\s+caso\s+(?:di|in\s+cui)|per|wenn|falls|sofern|bei|"
    r"im\s+falle?|fur|als|indien|wanneer|bij|in\s+geval\s+van|voor|caso|quando|em\s+caso\s+de|"
    r"no\s+caso\s+de|jesli|jezeli|gdy|w\s+przypadku|w\s+razie|dla)\b"
)
_CASE_REACH = 40  # characters after the condition word in which its defect is looked for


def defect_paid(text: str, faulty_heading: bool, f: dict[str, re.Pattern[str]]) -> bool:
    """`text` (folded; said to be free or paid by the shop) says so of faulty goods only: under a
    faulty-goods title, or with a condition naming a defect starting within 40 characters after
    its word and no exception between ("except damaged goods")."""
    if faulty_heading:
        return True
    for hit in _IF.finditer(text):
        defect = f["defect"].search(text, hit.end())
        if (
            defect
            and defect.start() <= hit.end() + _CASE_REACH
            # "free, except for damaged items": the exception may stand just before the word.
            and not f["exception"].search(text, max(0, hit.start() - 20), defect.start())
        ):
            return True
    return False
