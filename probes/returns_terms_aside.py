"""Asides in brackets that stand between a cost and its payer (round 27: "los costes de
devolución (envío del producto de vuelta a nuestro local de X) serán asumidos por el cliente"),
for `probes.returns_terms_payer.customer_pays`, which reads past them."""

from __future__ import annotations

import re

from probes.returns_lexicon import CompiledLexicon

# An aside in brackets, long enough to hold a cost apart from its payer.
_ASIDE = re.compile(r"\s?\([^()]{12,160}\)")
# What an aside may say that the sentence needs: a cost, a payer, no cost, an exception...
_NAMED = ("cost", "payer", "no_cost", "free_yes", "ours", "exception", "condition", "abroad")
# Review 54: an aside opening on an example, in any supported language (folded): "(ejemplo:
# color, talle)", "(e.g. ...)", "(z. B. ...)"; an example names no class of goods it limits to.
_EXAMPLE = re.compile(
    r"\(\s*(?:ejemplo|ej\.|p\.\s*ej|por\s+ejemplo|e\.g\.|eg\b|i\.e\.|z\.\s*b\.|par\s+exemple|"
    r"ad\s+esempio|bijv\.|bijvoorbeeld|np\.|por\s+exemplo|ex\.)"
)
# Review 54: a case named in an aside, in any supported language (folded): when, for, only...
_CASE = re.compile(
    r"\b(?:cuando|when|for|para|pour|per|bei|bij|voor|dla|nur|only|solo|unicamente|"
    r"uniquement|seulement|alleen|tylko|apenas|somente|si|if|se|wenn|als|quand|quando|jesli|gdy|"
    r"en\s+el\s+caso|in\s+case|en\s+cas|in\s+caso|em\s+caso|im\s+fall|in\s+geval)\b"
)


def without_asides(text: str, p: CompiledLexicon) -> str:
    """`text` (folded) less its asides in brackets that only give an example or name the
    return's own path ("(envío del producto de vuelta a nuestro almacén)"): no cost, payer,
    exception, case or number (a price, a period), nor the sentence's only return ("the cost of
    the collection (i.e. the return shipment) is borne by the buyer" keeps its aside). Review
    54 narrowed it to these two kinds."""
    f = p.flags
    outside = p.kinds["return"].search(_ASIDE.sub(" ", text))

    def keep(aside: re.Match[str]) -> str:
        inner = aside.group(0)
        if not outside and p.kinds["return"].search(inner):
            return inner
        if _EXAMPLE.match(inner.strip()):
            return ""
        if any(ch.isdigit() for ch in inner) or any(f[key].search(inner) for key in _NAMED):
            return inner
        path = p.kinds["return"].search(inner) or f["send"].search(inner)
        return "" if path and not _CASE.search(inner) else inner

    return _ASIDE.sub(keep, text)
