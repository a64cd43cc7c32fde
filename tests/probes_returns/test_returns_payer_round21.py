"""Who pays, round 21 (from the twentieth returns batch): the customer (a customer noun or the
polite 'you') must pay the return itself, a modal verb before 'pay' and the return as its
object ("el cliente deberá pagar la devolución", "le client devra payer le retour"): the
customer pays. A shop as subject, a negation, or another object (the money's return, the
order) is not reached. A fee or commission said never charged for refunds ("nunca cobramos comisión
por reembolsar"): no restocking fee; a payment's fee, or a restocking fee charged beside it, is
not reached. A percentage penalty charged on returns ('penalidad del 5%', 'a 5% penalty', 'boete
van 5%', 'karze w wysokości 5%'): a restocking fee; a cancellation's penalty is not one. It is
"your" responsibility to pay or cover the return's cost (en, es, de, nl), or the customer is
"liable" for it (en): the customer pays; "our" responsibility, a negation, another duty or
another cost is not reached. A
collection (pick-up) fee said deducted from the refund (en, es, de, it, pt): the return's
postage, paid by the customer (no restocking fee); a hedge, a negation or an order's collection
fee is not reached. The
customer named as the one who withdraws ("quien se retracta", "celui qui se rétracte", "chi
recede", "quem desiste") is the payer; the same words beside a shop that pays are not reached."""

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
    ("lang", "text"),
    [
        ("es", "Dinero: no cobramos comisiones por los reembolsos."),
        ("en", "Money back: we do not charge any fee for refunding."),
        ("fr", "Argent : nous ne prélevons aucune commission sur les remboursements."),
        ("it", "Denaro: non applichiamo nessuna commissione sui rimborsi."),
        ("pt", "Dinheiro: não aplicamos qualquer comissão nos reembolsos."),
        ("de", "Geld zurück: Wir erheben keine Gebühren für die Rückerstattung."),
        ("nl", "Geld terug: wij brengen geen kosten in rekening voor een terugbetaling."),
        ("pl", "Pieniądze: nie naliczamy żadnych opłat za zwrot środków."),
    ],
)  # fmt: skip
def test_no_fee_for_refunds(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FEE) is False


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


def test_no_fee_for_refunds_leaves_who_pays() -> None:
    text = "Returns: return shipping is at your own expense. We never charge a fee for refunds."
    assert extract_returns_terms(text, "en").get(FREE) is False


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Devoluciones: cada artículo devuelto tiene una penalidad del 8%."),
        ("en", "Returns: every returned item carries a 8% penalty."),
        ("en", "Returns: every returned item carries a penalty of 8%."),
        ("pt", "Devoluções: cada artigo devolvido tem uma penalidade de 8%."),
        ("nl", "Retouren: elk geretourneerd artikel krijgt een boete van 8%."),
        ("pl", "Zwroty: każdy zwrócony artykuł podlega karze w wysokości 8%."),
        ("de", "Rücksendungen: für jeden zurückgesandten Artikel gilt eine Strafgebühr von 8%."),
    ],
)  # fmt: skip
def test_percentage_penalty_on_returns(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FEE) is True


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
        ("en", "Sending back: it is your responsibility to pay for return postage."),
        ("en", "Sending back: it's your responsibility to arrange and cover costs of return"),
        ("en", "Sending back: buyers are liable for the costs of returning their items."),
        ("es", "Envíos: es tu responsabilidad pagar los gastos de envío de la devolución."),
        ("de", "Hinweis: Es liegt in deiner Verantwortung, die Rücksendekosten zu übernehmen."),
        ("nl", "Let op: het is jouw verantwoordelijkheid om de kosten van terugzending te dragen"),
    ],
)  # fmt: skip
def test_your_responsibility_or_liable_for_return_cost(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


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
        ("en", "Returns: the pick-up charge of $15 is deducted from your refund."),
        ("es", "Devoluciones: el cargo de retiro de 4.500 pesos se descuenta del reembolso."),
        ("es", "Devoluciones: se deducirá de tu reembolso el costo de recolección."),
        ("de", "Rücksendung: die Abholpauschale von 9 € wird von der Erstattung abgezogen."),
        ("it", "Resi: le spese di ritiro di 9 € verranno trattenute dal rimborso."),
        ("pt", "Devoluções: o custo de coleta de R$ 20 será abatido do reembolso."),
    ],
)  # fmt: skip
def test_collection_fee_deducted_from_refund(lang: str, text: str) -> None:
    terms = extract_returns_terms(text, lang)
    assert terms.get(FREE) is False
    assert terms.get(FEE) is None


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
