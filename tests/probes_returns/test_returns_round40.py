"""Returns round 40 (2026-12-05; from returns batch 51's misses once tuned): who pays by the
order's value, the German "40-Euro-Klausel" in two more wordings, says nothing of an ordinary
return (`probes.returns_terms_payer_value`, tests/data/LABELLING.md: it depends on the order's
value):

- "Die Kosten der Rücksendung von Waren bis zu einem Wert von Euro 40,- trägt der Verbraucher"
  (de-basisverlag; a sum written after "Euro" too);
- "Der Käufer hat die Kosten der Rücksendung zu tragen, ..., es sei denn der Bestellwert ...
  übersteigt 40 €" (de-richterverlag).

Review 66 narrowed "exceeds" to the German order's or goods' value ("der Bestellwert ...
übersteigt"; not "even if the order exceeds £40", nor a sum that is no order's value) and
withdrew the shop's expense before a clause-final return verb ("Paketversandfähige Sachen sind
auf unsere Kosten und Gefahr zurückzusenden", de-schlosssommerhausen): it read "senden wir ...
zurück" of repairs, replacements and refunds as a free return. Its cases stay as strict xfails.

Cases are (language, text, expected free returns). Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms
from tests.known_gaps import review_gap

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
]

gap = review_gap("review 66")
_WITHDRAWN = "read right by round 40's clause-final return verb, withdrawn after review 66"

SHOP_PAYS = [
    gap(
        "de",
        "Widerrufsbelehrung\nPaketversandfähige Sachen sind auf unsere Kosten und Gefahr "
        "zurückzusenden.",
        True,
        _WITHDRAWN,
    ),
    gap("nl", "Retourneren\nHet artikel is op onze kosten terug te sturen.", True, _WITHDRAWN),
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
