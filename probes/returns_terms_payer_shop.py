"""The shop as the payer of a return, and the parcel's postage (see `probes.returns_terms_payer`
for the customer as payer): a return said to be at the shop's expense ("die Rücksendung erfolgt auf
unsere Kosten"), not a refused carriage-forward parcel; sending said to cost nothing ("kosteloos te
versturen"); the shop paying only when the error is its own (the customer then pays an ordinary
return); the customer stamping the parcel ("send it sufficiently stamped"), unless the postage is
refunded."""

from __future__ import annotations

import re

from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_payer import NOT, negated, overlaps

_OURS_REACH = 60  # characters before "at our expense" in which its return word is looked for
_SENT_REACH = 40  # characters after a word of sending in which "at no cost" is looked for


def postage_paid(text: str, p: CompiledLexicon) -> bool:
    """The customer stamps the parcel ("send it sufficiently stamped", "carriage-forward
    parcels are refused"), unless the postage is refunded ("... we refund the postage")."""
    stamps = [hit.span() for hit in p.flags["postage"].finditer(text)]
    return bool(stamps) and not any(
        not overlaps(hit.span(), stamps) for hit in p.kinds["refund"].finditer(text)
    )


def sent_free(text: str, f: dict[str, re.Pattern[str]]) -> bool:
    """Sending said to cost nothing: a word of sending with "at no cost" within 40 characters
    after it or 25 before it ("kosteloos te versturen")."""
    return any(
        f["no_cost"].search(text, max(0, hit.start() - 25), hit.end() + _SENT_REACH)
        for hit in f["send"].finditer(text)
    )


def shop_pays(text: str, p: CompiledLexicon) -> bool:
    """A return said to be at the shop's expense ("die Rücksendung erfolgt auf unsere Kosten"):
    the phrase within 60 characters after a return word (its subject), not turned round by a
    negation, not a refused carriage-forward parcel ("wysłane na koszt sklepu nie będą
    odbierane")."""
    f = p.flags
    stamps = [hit.span() for hit in f["postage"].finditer(text)]
    return any(
        p.kinds["return"].search(text, max(0, hit.start() - _OURS_REACH), hit.start())
        and not (negated(text, hit.start(), f["negation"]) or NOT.search(text[: hit.start()]))
        and not f["negation_after"].match(text, hit.end())
        and not overlaps(hit.span(), stamps)
        for hit in f["ours"].finditer(text)
    )


_ITS_RETURN = 25  # characters around a cost in which the return it is for is looked for
_ERROR_CLAUSE = 30  # characters before "our error" in which the return it causes is looked for
# The shop's own error or mistake, in any supported language (folded).
OUR_ERROR = re.compile(
    r"\b(?:our\s+(?:own\s+)?(?:error|mistake|fault)|(?:error|mistake|fault)\s+(?:is\s+ours|on\s+our\s+part)|"
    r"we\s+(?:have\s+)?made\s+(?:an?\s+)?(?:error|mistake)|notre\s+(?:erreur|faute)|"
    r"(?:erreur|faute)\s+de\s+notre\s+part|(?:error|fallo)\s+(?:nuestro|de\s+nuestra\s+parte|por\s+"
    r"nuestra\s+parte)|nuestro\s+(?:error|fallo)|nostro\s+errore|errore\s+(?:nostro|da\s+parte\s+"
    r"nostra)|(?:erro|falha)\s+(?:nosso|nossa|da\s+nossa\s+parte)|nosso\s+erro|nossa\s+falha|"
    r"(?:fehlers?|irrtums?|versehens?)\s+(?:unsererseits|von\s+uns|bei\s+uns)|unse?r\w*\s+(?:fehler|irrtum|versehen)|onze\s+(?:fout|vergissing)|"
    r"fout\s+(?:van\s+onze\s+kant|onzerzijds)|nasz\w*\s+b[lł]ed\w*|b[lł]ed\w*\s+po\s+naszej\s+stronie|"
    r"z\s+naszej\s+winy|"
    # Round 28: the error said to be the shop's with a verb ("si el error es/fue nuestro", "se o
    # erro for nosso", "se l'errore è nostro", "si l'erreur est de notre fait").
    r"(?:error|fallo|equivocacion|erro|errore|erreur)\s+(?:es|fue|sea|fuera|haya\s+sido|e|for|foi|"
    r"sia|est|vient)\s+(?:nuestr[oa]|noss[oa]|nostr[oa]|de\s+notre\s+(?:part|fait))(?!\s+o\s)|"
    # Round 28: a problem put down to someone other than the customer ("cuando el problema es
    # atribuible a <the shop's name>"): the shop pays for its faults only.
    r"(?:problema|falla)\s+(?:sea|es|fuera)\s+(?:atribuible|imputable)\s+a\s+(?!(?:l|el|la)\s+"
    r"(?:client[ea]|comprador\w*|consumidor\w*|usuari[oa])\b|usted\b|ti\b|vos\b)\w|"
    # Round 22: an error attributable to the shop ("el error sea atribuible a nuestra tienda").
    r"(?:error|mistake|fault)\s+(?:is\s+)?attributable\s+to\s+(?:us|our\s+\w+|the\s+(?:shop|store|seller))|"
    r"(?:error|fallo)\s+(?:sea\s+|es\s+|fuera\s+)?(?:atribuible|imputable)\s+a\s+(?:nosotros|nuestr[oa]\s+\w+|"
    r"la\s+tienda|la\s+empresa|el\s+vendedor)|erreur\s+(?:qui\s+nous\s+est\s+imputable|(?:est\s+)?imputable\s+a\s+"
    r"(?:nous|notre\s+\w+|la\s+boutique|le\s+vendeur))|errore\s+(?:sia\s+|e\s+)?(?:imputabile|attribuibile)\s+"
    r"(?:a\s+noi|al\s+(?:nostro\s+\w+|venditore|negozio))|erro\s+(?:seja\s+|for\s+)?(?:imputavel|atribuivel)\s+"
    r"(?:a\s+nos|a\s+(?:nossa\s+)?loja|ao\s+(?:vendedor|nosso\s+\w+))|(?:fehler|irrtum)\w*,?\s+(?:\w+\s+){0,2}"
    r"(?:von\s+uns|wir)\s+zu\s+vertreten|fout\s+(?:die\s+)?(?:is\s+)?aan\s+ons\s+(?:te\s+wijten|toe\s+te\s+rekenen)|"
    r"b[lł][ea]d\w*\s+(?:sklepu|sprzedawcy|lez\w*\s+po\s+stronie\s+(?:sklepu|sprzedawcy))|z\s+winy\s+(?:sklepu|sprzedawcy))"
)


def paid_on_our_error(text: str, p: CompiledLexicon) -> bool:
    """The shop paying for a return (or making it free) when the error is its own ("We will also
    pay the return shipping costs if the return is a result of our error"): the customer pays
    for an ordinary return."""
    f = p.flags
    error = OUR_ERROR.search(text)
    if not error:
        return False
    # The cost is the return's ("return shipping costs", "frais de retour"), not the initial
    # delivery's refunded when a return results from the shop's error.
    costs = [*f["cost"].finditer(text), *f["pay"].finditer(text), *f["ours"].finditer(text)]
    near = any(
        p.kinds["return"].search(text, max(0, c.start() - _ITS_RETURN), c.end() + _ITS_RETURN)
        for c in costs
    )
    # Round 28: or the return is what the error clause names ("Si la devolución se debe a un error
    # nuestro, asumimos los gastos"); review 55: only for bare costs, no refund, exchange,
    # sending (a replacement sent out) or cost said to be nothing in the sentence.
    erring = p.kinds["return"].search(text, max(0, error.start() - _ERROR_CLAUSE), error.start())
    other = (p.kinds["refund"], p.kinds["exchange"], f["send"], f["no_cost"], f["free_yes"])
    return near or bool(erring and costs and not any(rx.search(text) for rx in other))
