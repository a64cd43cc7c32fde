"""A return the shop pays for (or calls free) on faulty goods only, as a condition: "If the item
arrives damaged, we pay the return costs", "Si el producto llega defectuoso, cubrimos los gastos de
devolución", "Bei defekter Ware übernehmen wir die Rücksendekosten", or any such sentence under a
"Faulty goods" title. Like "we pay the return shipping if the error is ours" (tests/data/
LABELLING.md), it implies the customer pays for an ordinary return: a weak "no" (`defect_no`,
`probes.returns_terms_answers`) that gives way to anything else the page says of who pays. Not a
defect named without a condition ("free returns, also for damaged goods"), nor one after an
exception ("except damaged goods"), nor one a negation right before it denies ("only if it is not
damaged").
"""

from __future__ import annotations

import re

# A condition opening on the case it names, in any supported language (folded).
IF = re.compile(
    r"\b(?:if|when|where|should|in\s+(?:the\s+)?(?:case|event)\s+(?:of|that)|for|si|lorsque|quand|"
    r"en\s+cas\s+(?:de|d'|ou)|pour|cuando|en\s+(?:el\s+)?caso\s+(?:de|que)|para|se|qualora|"
    r"in\s+caso\s+(?:di|in\s+cui)|nel\s+caso\s+(?:di|in\s+cui)|per|wenn|falls|sofern|bei|"
    r"im\s+falle?|fur|als|indien|wanneer|bij|in\s+geval\s+van|voor|caso|quando|em\s+caso\s+de|"
    r"no\s+caso\s+de|jesli|jezeli|gdy|w\s+przypadku|w\s+razie|dla)\b"
)
CASE_REACH = 40  # characters after the condition word in which its defect is looked for
# Review 48: a negation anywhere between a condition word and its defect word ("if the goods are
# NOT damaged"), in any supported language (folded): a condition of no defect, not of faulty goods.
# Read by the refund-only path (`probes.returns_terms_refund_only`) only; the other defect paths
# use the narrower `negated` below (review 49).
NO_DEFECT = re.compile(
    r"\b(?:not|no|never|nicht|kein\w*|pas|non|niet|geen|nao|nie|sin|sem|bez|nunca|mai)\b|n't\b"
)
# Review 49: a negation right before the defect word, at most two words between and no "or" or
# "and" ("not damaged", "isn't faulty", "nicht beschädigt ist" is none; "non-conforming or
# faulty", "no later than 7 days on, the item is damaged" still name the defect), in any
# supported language (folded). Not "sin", "sem", "bez" ("sin funcionar": a defect).
_NEGATED = re.compile(
    r"(?:\b(?:not|no|never|nicht|kein\w*|pas|non|niet|geen|nao|nie|nunca)|n't)\s+"
    r"(?:(?!(?:or|o|u|ou|oder|of|lub|albo|and|y|e|et|und|en|i)\b)[^\W\d_]+\s+){0,2}$"
)
_NEGATED_REACH = 40  # characters before a defect word in which its negation is looked for
# Review 46: "free returns, also (even, including) for faulty goods": a defect added to what is
# free, no condition (folded words of every supported language).
ALSO = re.compile(
    r"\b(?:also|even|including|incl|tambien|incluso|incluidos?|incluidas?|inclusive|ya\s+sea|"
    r"tambem|meme|y\s+compris|aussi|egalement|anche|pure|inclusi|compresi|auch|sogar|selbst|"
    r"einschliesslich|inklusive|ook|zelfs|inclusief|incluindo|mesmo|takze|rowniez|nawet|w\s+tym)\b"
)
# Review 46: "for faulty items and for all returns over 50 EUR", "if faulty or you are a Premium
# member", "within 30 days or when faulty": the shop pays in another case named beside the faults.
_AND_OR = r"(?:and|or|y|o|u|e|et|ou|und|oder|en|of|i|lub|albo|oraz)"
_OR_ONLY = r"(?:or|o|u|ou|oder|of|lub|albo|oppure)"
_YOU = re.compile(r"(?:you|vous|tu|usted|du|u|je|voce|ty)\b")
CLAUSE_END = re.compile(r"[.;:!?\n]")
# Review 46: "All returns are free" under a "Defective goods" title: said of every return.
ALL_RETURNS = re.compile(
    r"\b(?:all|every|any)\s+(?:\w+\s+)?returns?\b(?!\s+(?:shipping|postage|costs?|fees?|charges?|labels?"
    r"|freight|carriage)\b)|\b(?:todas\s+las|toutes\s+les|tutti\s+i|"
    r"alle|todas\s+as|wszystkie)\s+(?:\w+\s+)?(?:devoluciones|retours|resi|retouren|"
    r"rucksendungen|retourzendingen|devolucoes|zwroty)\b(?!\s+(?:de\s+)?(?:envio|port|spedizione|kosten|"
    r"frais|gastos|costi|custos|koszty))"
)


def defect_paid(text: str, faulty_heading: bool, f: dict[str, re.Pattern[str]]) -> bool:
    """`text` (folded; said to be free or paid by the shop) says so of faulty goods only: under a
    faulty-goods title (unless said of all returns), or with a condition naming a defect starting
    within 40 characters after its word, the defect not negated right before it, no exception or
    "also" between ("except damaged goods") and no other case beside it (`other_case`)."""
    if faulty_heading:
        return not ALL_RETURNS.search(text)
    for hit in IF.finditer(text):
        defect = f["defect"].search(text, hit.end())
        if (
            defect
            and defect.start() <= hit.end() + CASE_REACH
            # "we pay the return postage and refund it only if it is not damaged": no defect.
            and not negated(text, defect)
            # "free, except for damaged items": the exception may stand just before the word.
            and not f["exception"].search(text, max(0, hit.start() - 20), defect.start())
            and not ALSO.search(text, max(0, hit.start() - 20), defect.start())
            and not other_case(text, hit, defect, f)
        ):
            return True
    return False


def negated(text: str, defect: re.Match[str]) -> bool:
    """Whether a negation right before `defect` (at most two words between, in its clause, no
    "or" or "and") denies it: "refunded only if it is not damaged"."""
    before = re.split(r"[.;:!?,]", text[max(0, defect.start() - _NEGATED_REACH) : defect.start()])
    return bool(_NEGATED.search(before[-1]))


def named_defect(text: str, f: dict[str, re.Pattern[str]]) -> re.Match[str] | None:
    """The first defect `text` names that no negation right before it denies ("refunded only if
    it is not damaged": no defect named; "non-conforming or faulty": a defect)."""
    return next((d for d in f["defect"].finditer(text) if not negated(text, d)), None)


def other_case(
    text: str, hit: re.Match[str], defect: re.Match[str], f: dict[str, re.Pattern[str]]
) -> bool:
    """Whether the clause of the condition `hit` (naming `defect`) names another case beside the
    faults (Review 46): "... or when the item is faulty" (one more case before it), "for faulty
    items and for orders over 50 EUR" or "if faulty or you are a member" (one after it)."""
    if re.search(rf"\b{_OR_ONLY}\s+$", text[max(0, hit.start() - 8) : hit.start()]):
        return True
    end = CLAUSE_END.search(text, defect.end())
    rest = text[defect.end() : end.start() if end else len(text)]
    for joint in re.finditer(rf"\b(?:{_AND_OR})\s+(?:also\s+)?", rest):
        after = rest[joint.end() :]
        if f["defect"].search(after):
            continue
        # "... or if you return the whole order", "... or you are a member" (not "o errores
        # atribuibles a la marca", "o sia stato spedito per errore": the shop's error too).
        if IF.match(after) or (re.match(_OR_ONLY + r"\b", joint.group(0)) and _YOU.match(after)):
            return True
    return False
