"""Returns round 40 (2026-12-05; from returns batch 51's misses once tuned): who pays by the
order's value, the German "40-Euro-Klausel" in two more wordings, says nothing of an ordinary
return (`probes.returns_terms_payer_value`, tests/data/LABELLING.md: it depends on the order's
value):

- "Die Kosten der Rücksendung von Waren bis zu einem Wert von Euro 40,- trägt der Verbraucher"
  (de-basisverlag; a sum written after "Euro" too);
- "Der Käufer hat die Kosten der Rücksendung zu tragen, ..., es sei denn der Bestellwert ...
  übersteigt 40 €" (de-richterverlag).

And the shop's expense before a clause-final return verb (German and Dutch word order):
"Paketversandfähige Sachen sind auf unsere Kosten und Gefahr zurückzusenden"
(de-schlosssommerhausen; `probes.returns_terms_payer_shop`).

Cases are (language, text, expected free returns). Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"

CASES = [
    (
        "de",
        "Widerruf\nDie Kosten der Rücksendung von Waren bis zu einem Wert von Euro 40,- trägt "
        "der Kunde. Anderenfalls ist die Rücksendung kostenfrei.",
        None,
    ),
    (
        "de",
        "Widerruf\nDer Käufer hat die Kosten der Rücksendung zu tragen, es sei denn der "
        "Bestellwert übersteigt 40 €.",
        None,
    ),
    (
        "en",
        "Returns\nThe customer pays the return shipping, unless the order exceeds £40.",
        None,
    ),
]

SHOP_PAYS = [
    (
        "de",
        "Widerrufsbelehrung\nPaketversandfähige Sachen sind auf unsere Kosten und Gefahr "
        "zurückzusenden.",
        True,
    ),
    ("nl", "Retourneren\nHet artikel is op onze kosten terug te sturen.", True),
]

# Not reached: the customer pays every return (no value named); a sum that is the fee itself;
# the shop's expense said of a replacement, the return verb in another clause.
GUARDS = [
    (
        "de",
        "Widerrufsbelehrung\nAuf unsere Kosten senden wir Ersatz, zurückgesandte Ware zahlt der "
        "Kunde.",
        None,
    ),
    ("de", "Widerruf\nDie Kosten der Rücksendung trägt der Kunde.", False),
    ("en", "Returns\nThe customer pays the return shipping of £4.95.", False),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES + SHOP_PAYS + GUARDS)
def test_round40(lang: str, text: str, expected: bool | None) -> None:
    assert extract_returns_terms(text, lang).get(FREE) == expected
