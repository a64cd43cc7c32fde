"""Who pays, round 21 (from the twentieth returns batch): the customer (a customer noun or the
polite 'you') must pay the return itself, a modal verb before 'pay' and the return as its
object ("el cliente deberá pagar la devolución", "le client devra payer le retour"): the
customer pays; a shop as subject, a negation, or another object (the money's return, the
order) is not reached. The customer named as the one who withdraws ("quien se retracta", "celui
qui se rétracte", "chi recede", "quem desiste") is the payer; the same words beside a shop that
pays are not reached. Four more rules of the round were removed after review 40 (a percentage
penalty as a restocking fee, "no fee for refunds" as no restocking fee, "your responsibility to
pay", a collection fee deducted): their guards stay, with the review's counter-examples."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"
FEE = "returns.restocking_fee"


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
        # The shop as subject, a negation, another object than the return: not the customer paying.
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


@pytest.mark.parametrize(
    ("lang", "text", "fee"),
    [
        # A payment's fee is not a refund's; a restocking fee beside the no-refund-fee still reads.
        ("es", "Pagos: no cobramos comisión por pagar con tarjeta.", None),
        ("en", "Payments: we do not charge a fee for card payments.", None),
        ("en", "We never charge a fee for refunds, but a 10% restocking fee applies to returns.",
         True),
        ("es", "No cobramos comisión por reembolsar, pero se aplica un cargo de reposición del 10%"
         " en cada devolución.", True),
    ],
)  # fmt: skip
def test_no_fee_for_refunds_guards(lang: str, text: str, fee: bool | None) -> None:
    assert extract_returns_terms(text, lang).get(FEE) is fee


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A cancelled order's penalty, no return named: not a restocking fee.
        ("en", "Cancellations: cancelled orders carry a 10% penalty."),
        ("es", "Cancelaciones: los pedidos cancelados tienen una penalidad del 10%."),
        ("pl", "Anulowanie: anulowane zamówienia podlegają karze w wysokości 10%."),
    ],
)  # fmt: skip
def test_cancellation_penalty_guard(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FEE) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Our responsibility, a negation, another duty or cost: the customer is not said to pay.
        ("en", "Sending back: it is our responsibility to cover return shipping costs."),
        ("en", "Sending back: you will not be liable for the cost of returning the goods."),
        ("en", "Sending back: you are liable for the cost of any damage to the goods."),
        ("en", "Sending back: it is your responsibility to pack the item securely."),
        ("es", "Envíos: es nuestra responsabilidad cubrir el costo de la devolución."),
    ],
)  # fmt: skip
def test_your_responsibility_guards(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is not False


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A hedge, a negation, an order's collection fee: the customer is not said to pay.
        ("en", "Returns: a collection fee may be deducted from your refund."),
        ("en", "Delivery: a collection fee of £5 applies to click and collect orders."),
        ("es", "Devoluciones: la tarifa de recogida no se descontará del reembolso."),
        ("it", "Resi: la tariffa di ritiro non sarà detratta dal rimborso."),
        ("pt", "Devoluções: a taxa de recolha não será descontada do reembolso."),
    ],
)  # fmt: skip
def test_collection_fee_guards(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is not False


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Retracto: el envío de vuelta del artículo es a cargo de quien se retracta."),
        ("es", "Retracto: los gastos de devolución corren por cuenta de quien desiste."),
        ("fr", "Rétractation : le renvoi du colis est à la charge de la personne qui se rétracte."),
        ("it", "Recesso: i costi di spedizione del reso sono a carico di chi recede."),
        ("pt", "Desistência: os custos de envio da devolução são suportados por quem desiste."),
    ],
)  # fmt: skip
def test_the_one_who_withdraws_pays(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The same words beside a shop that pays: the shop pays.
        ("es", "Retracto: la tienda paga los gastos de devolución, incluso a quien se retracta."),
        ("es", "Retracto: quien se retracta cobra; los gastos de devolución los paga la tienda."),
    ],
)  # fmt: skip
def test_the_one_who_withdraws_guards(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is True


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # review 40: a late return's or damage's penalty, late payment: no restocking fee
        ("es", "Puede devolver el producto en 30 días. Los artículos devueltos tarde tendrán una "
         "penalidad del 10% del precio."),
        ("en", "You can return items within 30 days. Items returned damaged are subject to a 20% "
         "penalty."),
        ("de", "Rücksendungen innerhalb von 30 Tagen. Bei Zahlungsverzug wird eine Vertragsstrafe "
         "von 5 % fällig."),
    ],
)  # fmt: skip
def test_review40_penalties_are_no_restocking_fee(lang: str, text: str) -> None:
    terms = extract_returns_terms(text, lang)
    assert terms.get(FEE) is not True
    assert terms.get(FREE) is not False


@pytest.mark.parametrize(
    "text",
    [
        # review 40: a payment method's fee says nothing of a restocking fee
        "Free returns within 30 days. We never charge a fee for refunds to your original card, but "
        "refunds by bank transfer carry a 3% commission.",
        # review 40: a cost for some items only, beside free returns for the rest
        "It is your responsibility to pay the return shipping costs for items bought on sale only; "
        "we cover the return costs of all other items.",
        "Free returns within 30 days. A collection fee of $50 for large items will be deducted "
        "from your refund.",
    ],
)
def test_review40_some_items_or_payment_fees_leave_free_returns(text: str) -> None:
    terms = extract_returns_terms(text, "en")
    assert terms.get(FREE) is True
    assert FEE not in terms
