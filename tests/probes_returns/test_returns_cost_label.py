"""A return's cost given as a label and its value: on one line ("Return shipping: Free.", "Envío
de devolución: gratis", "Costo de envío de retorno: sin costo.") or as a title and the short line
under it ("Costo de envío de retorno" + "A cargo del cliente.", "Return shipping" + "Free."). The
shipping named is the return's when a return word qualifies it; the order's shipping, a list of
topics ("Shipping and returns: free") or the shipping of exchanged goods stay unread. Sentences
made up; es-zenn and pl-dogstore (tuned) read so since."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"

# (language, text, free_returns expected)
CASES: list[tuple[str, str, bool | None]] = [
    ("en", "Return shipping: Free.", True),
    ("en", "Return shipping\nFree.", True),
    ("en", "Return postage\nPaid by the customer.", False),
    ("es", "Envío de devolución: gratis", True),
    ("es", "Costo de envío de retorno: sin costo.", True),
    ("es", "Costo de envío de retorno\nA cargo del cliente.", False),
    ("es", "Gastos de devolución\nGratuitos.", True),
    ("de", "Rücksendekosten\nTrägt der Kunde.", False),
    ("de", "Rücksendekosten\nKostenlos", True),
    ("fr", "Frais de retour\nGratuits.", True),
    # Guards: the order's shipping, topics listed together, the next title, a long sentence.
    ("en", "Shipping: free. Returns within 30 days.", None),
    ("en", "Shipping and returns: free", None),
    ("es", "Envío y devoluciones: gratis", None),
    ("en", "Return shipping\nExchanges", None),
    (
        "en",
        "Return shipping\nPlease write to us before you send anything back to our warehouse.",
        None,
    ),
    (
        "pl",
        "W przypadku wymiany koszt wysyłki wymienianych butów ze sklepu do Klienta jest GRATIS!",
        False,  # read so before, by another path (the exchange's shipping)
    ),
]


@pytest.mark.parametrize(("lang", "text", "free"), CASES, ids=lambda v: str(v)[:40])
def test_a_return_cost_label_and_its_value(lang: str, text: str, free: bool | None) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is free
