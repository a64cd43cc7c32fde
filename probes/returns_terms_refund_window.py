"""When a refund named beside a duration makes it the window to return, not the time to
refund (see `probes.returns_terms_kinds`, which reads what a duration is the period of): the
refund allowed within it, a return and a refund named together before it, a refund offered as
the last of a return's options, a refund that follows a return after "and", a refund the shop
accepts or offers counted from delivery."""

from __future__ import annotations

import re

from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_keywords import CLAUSE_MARKS, THEN, keywords

# "return the product, exchange it or request a refund": a refund as the last of a return's options
# (the language's "or", then a verb of asking or getting and an article).
_OR = {
    "es": "o|u",
    "fr": "ou",
    "de": "oder",
    "it": "o|oppure",
    "nl": "of",
    "pt": "ou",
    "pl": "lub|albo",
}
_OR_REFUND = (
    r"\s+(?:(?:request|ask\s+for|get|obtain|solicitar|pedir|obtener|demander|obtenir|beantragen|"
    r"erhalten|richiedere|ottenere|chiedere|aanvragen|krijgen|obter|poprosic\s+o|otrzymac|uzyskac)"
    r"\s+)?(?:(?:a|an|the|el|un|una|une|le|la|il|lo|o|um|uma|een|de|het|einen?|eine|l')\s*)?$"
)


def refund_allowed(sentence: str, match: re.Match[str], p: CompiledLexicon) -> bool:
    """Whether a refund word is followed, before the duration `match` and in its clause, by words
    saying it is allowed ("el reembolso se permite dentro de los 14 días"): a window to ask."""
    start = max(sentence.rfind(c, 0, match.start()) for c in CLAUSE_MARKS) + 1
    refunds = [s for s, kind in keywords(sentence[start : match.start()], p) if kind == "refund"]
    return any(p.allowed.search(sentence, start + end, match.start()) for _, end in refunds)


def return_and_refund(sentence: str, match: re.Match[str], p: CompiledLexicon) -> bool:
    """Whether a return and a refund are named together in the clause before the duration
    `match`, the return first ("las devoluciones y reintegros ... dentro de los 10 días
    siguientes a la recepción"): the window of both, counted from delivery."""
    start = max(sentence.rfind(c, 0, match.start()) for c in CLAUSE_MARKS) + 1
    found = [kind for _, kind in sorted(keywords(sentence[start : match.start()], p))]
    return "return" in found and "refund" in found[found.index("return") :]


def refund_option(sentence: str, match: re.Match[str], p: CompiledLexicon) -> bool:
    """Whether the refund named last before the duration `match` is an option after "or" that a
    return named before it leads ("devolver el producto, cambiarlo o solicitar el reembolso, ...
    en un plazo de 14 días desde la entrega"): the window to choose, counted from delivery."""
    found = [(span, kind) for span, kind in keywords(sentence, p) if span[1] <= match.start()]
    refunds = [span for span, kind in found if kind == "refund"]
    if not refunds:
        return False
    last = max(refunds)
    said_or = re.compile(rf"\b(?:{_OR.get(p.language, 'or')}){_OR_REFUND}")
    option = said_or.search(sentence, max(0, last[0] - 40), last[0])
    if option is None:
        return False
    # Review 46: not when the return has a period of its own before the "or" ("return within
    # 30 days of delivery, or request a refund within 14 days": the refund's own period).
    return any(
        kind == "return"
        and span[1] <= last[0]
        and not p.duration.search(sentence[span[1] : option.start()])
        for span, kind in found
    )


def refund_follows(sentence: str, match: re.Match[str], p: CompiledLexicon) -> bool:
    """Whether the refund named right after the duration `match` is what follows a return, in a
    clause after "and" ("return it ..., within 30 days, and we will refund the full price")."""
    after = [
        span[0]
        for span, kind in keywords(sentence, p)
        if kind == "refund" and span[0] >= match.end()
    ]
    if not after:
        return False
    gap = sentence[match.end() : min(after)]
    then = THEN.get(p.language, "and")
    return not p.duration.search(gap) and bool(re.search(rf"\s(?:{then})\s", gap))


# Round 31: a verb accepting or offering refunds, at most three words before the refund word ("we
# accept exchanges or refunds", "we offer full refunds", "aceitamos trocas ou reembolsos"), in
# any supported language (folded).
_ACCEPTS = re.compile(
    r"\b(?:accept|accepts|offer|offers|aceptamos|ofrecemos|aceitamos|oferecemos|acceptons|"
    r"proposons|accettiamo|offriamo|akzeptieren|bieten|accepteren|bieden|akceptujemy|oferujemy)"
    r"\s+(?:[\w'-]+\s+){0,3}$"
)


# Review 59: the returned parcel as what is delivered ("of delivery of your return", "of the
# returned goods", "back to our warehouse", "del paquete devuelto", "der Rücksendung", "del reso"),
# folded: the refund's time, counted from the return's arrival.
_RETURN_ARRIVES = re.compile(
    r"\b(?:returned|back|warehouse|returns?\s+(?:centre|center|department)|of\s+(?:your|the)\s+"
    r"return|devuelt\w*|devolvid\w*|(?:de|da)\s+(?:la\s+)?devolu\w*|retourne\w*|du\s+retour|"
    r"(?:del|dal)\s+reso|rucksendung\w*|zuruck\w*|retourpakket\w*|retourzending\w*|almacen|"
    r"armazem|entrepot|magazzino|lager|magazijn|zwrot\w*)\b"
)


def refund_accepted(sentence: str, match: re.Match[str], p: CompiledLexicon) -> bool:
    """Whether the refund named last before the duration `match` is one the shop accepts or
    offers ("we accept exchanges or refunds within 14 days after delivery"): counted from
    delivery, the window to ask for it (round 31); not counted from the returned parcel's
    arrival, named in its clause or before it ("of delivery of your return", "once it arrives
    back, ...": review 59)."""
    refunds = [s for s, kind in keywords(sentence, p) if kind == "refund" and s[1] <= match.start()]
    if not refunds:
        return False
    last = max(refunds)
    start = max(sentence.rfind(c, 0, last[0]) for c in CLAUSE_MARKS) + 1
    ends = [i for i in (sentence.find(c, match.end()) for c in CLAUSE_MARKS) if i >= 0]
    own_clause = sentence[: min(ends, default=len(sentence))]
    return bool(_ACCEPTS.search(sentence, max(start, last[0] - 40), last[0])) and not (
        _RETURN_ARRIVES.search(own_clause)
    )
