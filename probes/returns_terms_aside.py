"""Asides in brackets that stand between a cost and its payer (round 27: "los costes de
devolución (envío del producto de vuelta a nuestro local de X) serán asumidos por el cliente"),
for `probes.returns_terms_payer.customer_pays`, which reads past them."""

from __future__ import annotations

import re

from probes.returns_lexicon import CompiledLexicon

# An aside in brackets, long enough to hold a cost apart from its payer.
_ASIDE = re.compile(r"\s?\([^()]{12,160}\)")
# What an aside may say that the sentence needs: a cost, a payer, no cost, an exception...
_NAMED = ("cost", "payer", "no_cost", "free_yes", "ours", "exception", "condition")


def without_asides(text: str, p: CompiledLexicon) -> str:
    """`text` (folded) less its asides in brackets that name no cost, payer, exception or number
    (a price, a period), nor the sentence's only return ("the cost of the collection (i.e. the
    return shipment) is borne by the buyer" keeps its aside)."""
    f = p.flags
    outside = p.kinds["return"].search(_ASIDE.sub(" ", text))

    def keep(aside: re.Match[str]) -> str:
        inner = aside.group(0)
        if any(ch.isdigit() for ch in inner) or any(f[key].search(inner) for key in _NAMED):
            return inner
        return inner if not outside and p.kinds["return"].search(inner) else ""

    return _ASIDE.sub(keep, text)
