"""Who pays, round 21 (from the twentieth returns batch): the customer (a customer noun or the
polite 'you') must pay the return itself, a modal verb before 'pay' and the return as its
object ("el cliente deberá pagar la devolución", "le client devra payer le retour"): the
customer pays. A shop as subject, a negation, or another object (the money's return, the
order) is not reached."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Cambios: el comprador tendrá que pagar la devolución."),
        ("es", "Importante: usted debe pagar el envío de la devolución."),
        ("fr", "Important : le client devra payer le retour."),
        ("it", "Importante: il cliente dovrà pagare il reso."),
        ("pt", "Importante: o cliente terá de pagar a devolução."),
        ("nl", "Let op: de klant moet de retourzending zelf betalen."),
    ],
)  # fmt: skip
def test_customer_must_pay_the_return(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The shop as subject, a negation, or another object than the return: not the customer paying.
        ("es", "Cambios: la tienda debe pagar la devolución."),
        ("es", "Cambios: el cliente no debe pagar la devolución."),
        ("es", "Cambios: el cliente debe pagar la devolución del dinero en efectivo."),
        ("es", "Cambios: el cliente debe pagar el pedido antes de la devolución."),
        ("fr", "Important : le vendeur doit payer le retour."),
        ("it", "Importante: il negozio deve pagare il reso."),
        ("pt", "Importante: a loja deve pagar a devolução."),
        ("nl", "Let op: de winkel moet de retour betalen."),
    ],
)  # fmt: skip
def test_customer_must_pay_guards(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is not False
