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
from probes.returns_terms_payer import PRICE, defect_only, sent_free, shop_pays

# "Returns and complaints", "Retours & défauts": a title joining returns to defects is both's.
_JOINED = re.compile(r"\s(?:and|und|et|y|e|ed|en|i|in|oraz|oder|or|ou|o|of|ili)\s|[/&,+]")


def faulty_title(heading: str, p: CompiledLexicon) -> bool:
    """`heading` (folded) is a title over goods with a defect only ("Faulty returns",
    "Defective or wrong products"), not one joining ordinary returns to them."""
    joined = bool(p.kinds["return"].search(heading) and _JOINED.search(heading))
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
    return sent_free(text, f) or any(
        shop_pays(f"{before.group(0)} {clause}", p)
        or return_is_free(f"{before.group(0)} {clause}", p)
        for clause in re.split(r"[,;]", text)
    )
