"""The return's own costs refunded (or paid by the shop, "we") ONLY for faulty goods (round 24): "We
only refund the return shipping if the item arrived damaged", "We only pay return shipping if the
item is faulty", "Sólo reembolsamos los gastos de
devolución si el producto es defectuoso", "Les frais de retour ne sont remboursés que si l'article
est défectueux", "Die Rücksendekosten erstatten wir nur, wenn die Ware defekt ist". Like "we pay
the return shipping if the error is ours" (tests/data/LABELLING.md), the customer pays for an
ordinary return. Not the original (outbound) shipping refunded only for faults (no return word
at the cost), not "only" limiting another verb before an "and" ("returns are only accepted
unused and we refund the return costs if faulty"), not faults named beside another case ("if
faulty or if you return the whole order"), nor "also for faulty goods"."""

from __future__ import annotations

import re

from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_defect_paid import (
    ALSO,
    CASE_REACH,
    CLAUSE_END,
    IF,
    NO_DEFECT,
    other_case,
)

# "only", in any supported language (folded); French "ne ... que" marks its "que".
_ONLY = re.compile(
    r"\b(?:only|solely|exclusively|seulement|uniquement|exclusivement|solo|solamente|unicamente|"
    r"exclusivamente|soltanto|esclusivamente|nur|ausschlie(?:ss|ß)lich|alleen|enkel|uitsluitend|"
    r"apenas|somente|tylko|wy[lł]acznie|jedynie)\b|"
    # Portuguese "só" (folded "so") only right before a verb of refunding, never English "so".
    r"\bso\s+(?=(?:\w+\s+){0,2}?(?:reembols|ressarc|devolv|restitu)\w*)|(?:\bne\s|\bn')[^.;:!?]{0,80}?\b(que)\b(?=\s)"
)
# The shop (we) paying, in any supported language (folded): "we pay", "cubrimos", "wir übernehmen".
_WE_PAY = re.compile(
    r"\bwe\s+(?:will\s+|shall\s+)?(?:only\s+)?(?:pay|cover|bear)\b|\b(?:pag|abon|cubr|asum)(?:amos|imos|aremos|iremos)\b|"
    r"\bnous\s+(?:ne\s+)?(?:payons|prenons\s+en\s+charge)\b|\b(?:ubernehmen|zahlen|tragen)\s+wir\b|"
    r"\bwir\s+(?:ubernehmen|zahlen|tragen)\b|\b(?:paghiamo|copriamo|sosteniamo)\b|\b(?:pagamos|cobrimos|assumimos)\b|"
    r"\b(?:betalen|vergoeden|dragen)\s+wij\b|\bwij\s+(?:betalen|vergoeden|dragen)\b|\b(?:pokrywamy|placimy|ponosimy)\b"
)
# "not only", in any supported language (folded), right before "only": it limits nothing.
NOT_ONLY = re.compile(r"\b(?:not|nicht|pas|non|no|niet|nao|nie)\s+$")
# A conjunction opening another clause, in any supported language (folded).
_AND = re.compile(r"\b(?:and|y|e|et|und|en|i|oraz|ma|but|pero|mais|aber|maar|ale|mas)\b")
_ITS_RETURN = 25  # characters around a cost in which the return it is for is looked for
_REACH = 100  # characters from "only" (or the refund) to the condition


def costs_for_faults_only(text: str, p: CompiledLexicon) -> bool:
    """`text` (folded) refunds (or, the shop as "we", pays) the return's costs (a cost word with a
    return word within 25 characters) only on a condition naming a defect within 40 characters
    after its word: "only" and the refund both before the condition, in one clause, within 100
    characters of it, no conjunction between a leading "only" and the refund."""
    f = p.flags
    costs = [
        c
        for c in [*f["cost"].finditer(text), *f["send"].finditer(text)]
        if p.kinds["return"].search(text, max(0, c.start() - _ITS_RETURN), c.end() + _ITS_RETURN)
    ]
    refunds = sorted(
        [*p.kinds["refund"].finditer(text), *_WE_PAY.finditer(text)], key=lambda m: m.start()
    )
    if not costs or not refunds:
        return False
    for only in _ONLY.finditer(text):
        at = only.start(1) if only.group(1) else only.start()
        if NOT_ONLY.search(text, 0, at):
            continue
        end = CLAUSE_END.search(text, at)
        stop = end.start() if end else len(text)
        for cond in IF.finditer(text, at, stop):
            defect = f["defect"].search(text, cond.end(), cond.end() + CASE_REACH)
            if defect and NO_DEFECT.search(text, cond.end(), defect.start()):
                continue  # review 48: "only if the goods are not damaged"
            refund = [r for r in refunds if r.end() <= cond.start()]
            if not (defect and refund and any(c.end() <= cond.start() for c in costs)):
                continue
            start = min(at, refund[-1].start())
            if cond.start() - start > _REACH or CLAUSE_END.search(text, start, cond.start()):
                continue
            if at < refund[-1].start() and _AND.search(text, at, refund[-1].start()):
                continue  # "only accepted unused, and we refund the return costs if faulty"
            if ALSO.search(text, start, defect.start()) or other_case(text, cond, defect, f):
                continue
            return True
    return False
