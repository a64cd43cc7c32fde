"""A rejected return's clause in a sentence of a returns policy ("Returns that do not comply will
not be accepted and will be returned at your expense"): its cost is no ordinary return's, so the
clause is left out and the rest of the sentence says who pays, if anything (see
`probes.returns_terms_flags`, which reads the sentence)."""

from __future__ import annotations

import re

from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_payer import customer_pays
from probes.returns_terms_payer_shop import postage_paid
from probes.returns_terms_said import free_denied, said
from probes.returns_terms_scope import paid_otherwise

# Where the clause of a rejected return opens, and where it ends (review 37).
_CLAUSE_OPENS = re.compile(
    r"[,;:(]\s*|\s(?:and|as|since|because|y|e|et|und|en|i|ed|oraz|car|porque|perch[eé]|omdat|"
    r"da|weil|pois)\s+"
)
_CLAUSE_ENDS = re.compile(r"[,;:.)]")
# A cost with no verb of its own after the comma ("..., at your own expense", "..., aux frais du
# client", "..., a spese del cliente") still belongs to the rejected clause (review 39).
_COST_ADJUNCT = re.compile(
    r",\s*(?:at\s+(?:your|their|his|her|the\s+(?:customer|buyer|sender|client|consumer)'?s?)\s+"
    r"(?:own\s+)?(?:expense|cost)s?|(?:aux|a\s+vos|a\s+ses|a\s+leurs)\s+frais(?:\s+d\S*\s*\w+)?|"
    r"a\s+(?:la\s+)?charge\s+d\S*\s*\w+|a\s+(?:vos|votre)\s+charge|"
    r"a\s+(?:spese|carico)\s+(?:del|dell\S*|della)\s*\w+|a\s+(?:sue|vostre|tue|proprie)\s+spese|"
    r"(?:a\s+cargo|por\s+cuenta|a\s+costa|a\s+expensas|a\s+conta|por\s+conta|as\s+custas|a\s+custa)"
    r"\s+(?:del?|do|da|dos|das|de\s+la|de\s+los)\s+\w+|"
    r"auf\s+(?:kosten\s+des\s+\w+|eigene\s+kosten|ihre\s+kosten)|"
    r"op\s+(?:kosten\s+van\s+(?:de\s+)?\w+|eigen\s+kosten|uw\s+kosten)|"
    r"na\s+(?:koszt\s+\w+|wlasny\s+koszt|wlasny\s+rachunek))"
    r"(?=\s*(?:[,;:.)!]|$))"
)


def rejected_only(text: str, before: str, p: CompiledLexicon) -> bool:
    """Whether `text` says a return is not accepted and sent back (the lexicon's `rejected`:
    its cost is no ordinary return's) and its other clauses say nothing of who pays ("The
    customer pays, and unpaid parcels are refused and sent back" still says the customer pays).
    Unlike `refused` (a refused return sent back at the customer's cost, which leaves the
    who-pays of the sentence unsure), a rejected return's clause is left out altogether."""
    hit = p.flags["rejected"].search(text)
    if hit is None:
        return False
    start = max((m.end() for m in _CLAUSE_OPENS.finditer(text, 0, hit.start())), default=0)
    stop = _CLAUSE_ENDS.search(text, hit.end())
    adjunct = _COST_ADJUNCT.match(text, stop.start()) if stop else None
    if adjunct:
        stop = _CLAUSE_ENDS.search(text, adjunct.end())
    rest = f"{text[:start]} {text[stop.start() :] if stop else ''}".strip()
    f = p.flags
    return not (
        customer_pays(rest, p)
        or said(f["free_no"], f["no_cost"], rest)
        or free_denied(rest, f)
        or postage_paid(rest, p)
        or paid_otherwise(rest, before, p)
        or f["not_free"].search(rest)
    )
