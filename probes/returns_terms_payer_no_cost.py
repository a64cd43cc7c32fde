"""A clause of a returns policy that says the return costs nothing ("without any cost to the
customer"), which `probes.returns_terms_payer.customer_pays` gives way to: the "no cost" phrase
not part of a longer refund denied ("aucun frais de retour ne sera remboursé"), and the clause not
about exchanging goods only ("Ruilen is gratis, retourneren kost € 4,95") nor about withdrawing
from the contract only ("Der Widerruf ist kostenlos, die Rücksendekosten trägt jedoch der
Kunde"), in any supported language (folded text)."""

from __future__ import annotations

import re

from probes.returns_lexicon import CompiledLexicon

# Where a sentence's clauses part: a comma or semicolon, and the "and", "but" or "while" after it.
CLAUSES = re.compile(
    r"[,;]\s*(?:(?:a|et|y|e|ed|und|en|i|and|mais|pero|ma|aber|maar|mas|ale|while|mentre|"
    r"alors\s+que|mientras\s+que|wahrend|terwijl|enquanto)\s+)?"
)


def exchange_only(clause: str, p: CompiledLexicon) -> bool:
    """A clause (or sentence) about exchanging goods that names no return and no refund ("For
    further exchanges a handling fee applies"; "por cambios o reembolsos" names refunds, the
    returns whose cost is asked)."""
    return bool(p.kinds["exchange"].search(clause)) and not (
        p.kinds["return"].search(clause) or p.kinds["refund"].search(clause)
    )


def withdrawal_only(clause: str, p: CompiledLexicon) -> bool:
    """A clause whose subject is withdrawing from the contract (named before its "free"), and
    that names no return."""
    withdrawal = p.kinds["withdrawal"].search(clause)
    free = p.flags["no_cost"].search(clause)
    return (
        withdrawal is not None
        and free is not None
        and withdrawal.start() < free.start()
        and not p.kinds["return"].search(clause)
    )


def costs_nothing(clause: str, f: dict[str, re.Pattern[str]]) -> bool:
    """A "without any cost" phrase in `clause` that is not part of a longer refund denied
    ("aucun frais de retour ne sera remboursé": "aucun frais" is no free return there; "le
    client ne paie pas" still is)."""
    payers = [hit.span() for hit in f["payer"].finditer(clause)]
    return any(
        not any(
            s <= hit.start() and hit.end() <= e and e - s > len(hit.group(0)) for s, e in payers
        )
        for hit in f["no_cost"].finditer(clause)
    )
