"""A sentence that says sending costs nothing or is at the shop's expense, right after a sentence
about returning, with no return word of its own: its subject is that return ("... ask for your
exchange or return. The postage is entirely on us, at no cost to you"; "Exchanges and returns
are possible within 7 days. After that they are free for 30 days"). Pages in Portuguese and
Spanish often leave the subject out; the rule holds in any supported language. Also: what a
title over a sentence says of it ("Faulty returns" over "we'll cover the return postage": the
shop pays a faulty return's, not an ordinary one's)."""

from __future__ import annotations

import re

from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_free import NEGATION, return_is_free
from probes.returns_terms_payer import PRICE, defect_only
from probes.returns_terms_payer_shop import sent_free, shop_pays

# "Returns and complaints", "Retours & défauts": a title joining returns to defects is both's.
_JOINED = re.compile(r"\s(?:and|und|et|y|e|ed|en|i|in|oraz|oder|or|ou|o|of|ili)\s|[/&,+]")
# A free delivery the order had or qualified for, in any supported language (folded): "if your
# item was free shipping", "si usted fue cualificado para un envio gratuito" (its cost is then
# taken off the refund): the outbound delivery's, not the return's.
_HAD_FREE_DELIVERY = re.compile(
    r"\b(?:was|were|had|qualif\w*\s+for|eligible\s+for|war|waren|hatte|etait|a\s+beneficie|fue|"
    r"tuvo|cualificad[oa]\s+para|era|aveva|ha\s+avuto|foi|teve|byl\w*|była|mial\w*|miał\w*)"
    r"(?:\s+[\w'-]+){0,3}?\s+(?:free\s+(?:shipping|delivery)|versandkostenfrei|kostenlos\w*\s+versand|"
    r"livraison\s+gratuite|env[ií]o\s+gratuito|spedizione\s+gratuita|gratis\s+(?:verzending|verzonden)|"
    r"frete\s+gr[aá]tis|envio\s+gratuito|darmow\w+\s+dostaw\w*)"
)


def delivery_sent_free(text: str, f: dict[str, re.Pattern[str]]) -> bool:
    """Sending said to cost nothing (`sent_free`), not a free delivery the order had."""
    return sent_free(text, f) and not _HAD_FREE_DELIVERY.search(text)


def faulty_title(heading: str, p: CompiledLexicon) -> bool:
    """`heading` (folded) is a title over goods with a defect only ("Faulty returns",
    "Defective or wrong products"), not one joining ordinary returns to them."""
    # "Return for a defect or discrepancy": a join after the defect lists faults, not returns.
    back, defect = p.kinds["return"].search(heading), p.flags["defect"].search(heading)
    joined = bool(back and _JOINED.search(heading))
    if back and defect and back.end() <= defect.start():
        joined = bool(_JOINED.search(heading, back.end(), defect.start()))
    return bool(heading) and defect_only(heading, p.flags) and not joined


def free_after_return(text: str, previous: str, p: CompiledLexicon) -> bool:
    """`text` (folded) says the return `previous` (the sentence before, folded) names costs the
    customer nothing; not when `text` names a return, an exchange, defective goods, a price or a
    negation itself, or `previous` names defective goods."""
    f = p.flags
    before = p.kinds["return"].search(previous)
    # Under "Shipping and returns", "Shipping is free" is the delivery's.
    if f["send"].search(previous):
        return False
    if before is None or p.kinds["return"].search(text) or p.kinds["exchange"].search(text):
        return False
    # "Parcels sent at our expense are not accepted", "from 199 EUR of goods: free".
    if f["defect"].search(text) or f["defect"].search(previous) or NEGATION.search(text):
        return False
    if PRICE.search(text):
        return False
    # The return word is lent to each clause ("to meet the request, the postage is on us").
    return delivery_sent_free(text, f) or any(
        shop_pays(f"{before.group(0)} {clause}", p)
        or return_is_free(f"{before.group(0)} {clause}", p)
        for clause in re.split(r"[,;]", text)
    )
