"""Return window, round 24 (from returns batch 23): a shop extending the law's period with an
article before the number ("amplía este plazo hasta los 30 días", "até aos 30 dias", "fino ai 30
giorni") extends it, and a period the shop extends, longer than every other general period
beside it, is its window; a word of sending among the goods a delivery anchor names ("30 days
from the day you receive your shipment", "ab Erhalt der Sendung", "desde que recibes tu envío")
names the delivery, not a time to send the goods back; a policy named by two of its kinds ("our
returns and refunds policy lasts 30 days", "política de devoluciones y reembolsos tiene una
duración de 30 días") lasts its window, in all eight languages; the law's right to return
restated ("under the Consumer Rights Act you have the right to return within 14 days") is the
withdrawal period beside the shop's own longer one; a time counted from the receipt "by us"
("desde la recepción por nuestra parte del paquete") is the refund's (es, pt); cancelling the
purchase by its noun ("la anulación de la compra", "a anulação da compra", "l'annullamento
dell'acquisto") is the withdrawal, as its verb is; the law's days and the shop's added to them
with a plus sign ("14 dni ustawowych + dodatkowe 16 dni") are the window in all (30)."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

WINDOW = "returns.window_days"

EXTENDED = [
    (
        "es",
        "Puedes devolver los productos en un plazo de 14 días naturales desde la recepción. "
        "Nuestra tienda amplía este plazo hasta los 45 días naturales desde la recepción.",
        45,
    ),
    (
        "pt",
        "A lei dá ao consumidor 14 dias para devolver o que compra. A nossa loja alarga este "
        "prazo até aos 60 dias a contar da entrega.",
        60,
    ),
    (
        "it",
        "La legge dà al consumatore 14 giorni per restituire ciò che acquista. Il nostro negozio "
        "estende questo termine fino ai 60 giorni dalla consegna.",
        60,
    ),
    (
        "en",
        "The law lets you return what you buy within 14 days of delivery. Our shop extends this "
        "period to 60 days from delivery.",
        60,
    ),
    (
        "de",
        "Das Gesetz erlaubt die Rückgabe innerhalb von 14 Tagen nach Erhalt. Unser Laden "
        "verlängert diese Frist auf 60 Tage ab Lieferung.",
        60,
    ),
]


@pytest.mark.parametrize(("lang", "text", "days"), EXTENDED)
def test_a_shops_extension_longer_than_the_other_period_is_the_window(
    lang: str, text: str, days: int
) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


EXTENDED_GUARDS = [
    # Another period's extension (a warranty's) is no window.
    (
        "es",
        "Puedes devolver cualquier producto en un plazo de 14 días desde la entrega. Además "
        "ampliamos la garantía hasta los 3 años.",
        14,
    ),
    # No extension named: two different general windows stay unknown.
    (
        "es",
        "Puedes devolver los productos en 14 días desde la entrega. Los pedidos se pueden "
        "devolver en 45 días desde la entrega.",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text", "days"), EXTENDED_GUARDS)
def test_no_extension_of_the_window_no_window_from_it(
    lang: str, text: str, days: int | None
) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


SHIPMENT_RECEIVED = [
    (
        "en",
        "You have 30 calendar days from the day you receive your shipment to ask for a return. "
        "Once it is approved, the items must be shipped back to us within 10 days.",
        30,
    ),
    (
        "de",
        "Sie haben 30 Tage ab Erhalt der Sendung, um eine Rückgabe anzumelden. Danach schicken "
        "Sie die Ware innerhalb von 10 Tagen zurück.",
        30,
    ),
    (
        "es",
        "Tienes 30 días desde que recibes tu envío para solicitar una devolución. Una vez "
        "aprobada, debes enviar el producto de vuelta en un plazo de 7 días.",
        30,
    ),
]


@pytest.mark.parametrize(("lang", "text", "days"), SHIPMENT_RECEIVED)
def test_the_shipment_received_is_no_time_to_send(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


SHIPMENT_GUARDS = [
    # A word of sending before the duration is still a time to send the goods.
    (
        "en",
        "You may request a return within 30 days of delivery. Please ship the items back within "
        "10 days of receiving your label.",
        30,
    ),
    # A time to send counted from delivery, beside no other period, stays the one period.
    (
        "en",
        "Items must be shipped back to us within 14 days of receiving your order.",
        14,
    ),
]


@pytest.mark.parametrize(("lang", "text", "days"), SHIPMENT_GUARDS)
def test_a_time_to_send_stays_one(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


POLICY_OF_TWO_KINDS = [
    ("en", "Our returns and refunds policy lasts 30 days.", 30),
    ("en", "Our refund & exchange policy lasts 21 days.", 21),
    ("es", "Nuestra política de devoluciones y reembolsos tiene una duración de 20 días.", 20),
    ("es", "Nuestra política de cambios y devoluciones dura 15 días.", 15),
    ("pt", "A nossa política de trocas e devoluções dura 30 dias.", 30),
    ("it", "La nostra politica di resi e rimborsi dura 30 giorni.", 30),
    ("fr", "Notre politique de retours et remboursements dure 30 jours.", 30),
    ("de", "Unsere Rückgabe- und Erstattungsrichtlinie gilt 30 Tage.", 30),
    ("nl", "Ons retour- en restitutiebeleid duurt 30 dagen.", 30),
    ("pl", "Nasza polityka zwrotów i wymian trwa 30 dni.", 30),
]


@pytest.mark.parametrize(("lang", "text", "days"), POLICY_OF_TWO_KINDS)
def test_a_policy_of_two_kinds_lasts_its_window(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


POLICY_GUARDS = [
    # The policy named, then a refund's own time: no window.
    (
        "en",
        "Our returns and refunds policy is simple: refunds are issued within 10 days of "
        "receiving your return.",
    ),
    (
        "es",
        "Nuestra política de devoluciones y reembolsos es sencilla: el reembolso se realiza en "
        "un plazo de 10 días desde que recibimos el producto devuelto.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), POLICY_GUARDS)
def test_a_policy_named_before_a_refunds_time_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) is None


LAW_RESTATED = [
    (
        "pl",
        "Zgodnie z ustawą o prawach konsumenta masz prawo do zwrotu towaru w ciągu 14 dni. U nas "
        "masz 60 dni na zwrot bez podania przyczyny.",
        60,
    ),
    (
        "en",
        "Under the Consumer Rights Act you have the right to return goods within 14 days. We give "
        "you 60 days to change your mind.",
        60,
    ),
    (
        "es",
        "Según la ley, tienes derecho a devolver el producto en 14 días. Nosotros te damos 60 "
        "días para cambiar de opinión.",
        60,
    ),
    (
        "de",
        "Laut Gesetz haben Sie ein Recht zur Rückgabe innerhalb von 14 Tagen. Bei uns haben Sie "
        "60 Tage, um es sich anders zu überlegen.",
        60,
    ),
]


@pytest.mark.parametrize(("lang", "text", "days"), LAW_RESTATED)
def test_the_laws_right_to_return_beside_the_shops_longer_withdrawal(
    lang: str, text: str, days: int
) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


LAW_GUARDS = [
    # The law's right alone: its period is the window.
    ("en", "Under the law you have the right to return goods within 14 days of delivery.", 14),
    # No law named: a plain right to return is the shop's window.
    ("pl", "Masz prawo do zwrotu towaru w ciągu 30 dni od odbioru.", 30),
    # The law's right beside the shop's own return window: the shop's.
    (
        "es",
        "Según la ley, tienes derecho a devolver el producto en 14 días. En nuestra tienda puedes "
        "devolver cualquier artículo en 30 días desde la entrega.",
        30,
    ),
]


@pytest.mark.parametrize(("lang", "text", "days"), LAW_GUARDS)
def test_the_laws_right_alone_or_beside_a_return_window(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


RECEIVED_BY_US = [
    (
        "es",
        "Tienes 15 días desde la entrega para devolver el producto. En un plazo de 5 días a partir "
        "de la recepción por nuestra parte del paquete devuelto, te abonamos el importe.",
        15,
    ),
    (
        "pt",
        "Tens 15 dias após a entrega para devolver o produto. No prazo de 5 dias a partir da "
        "receção por nossa parte do artigo que nos devolveste, transferimos o valor.",
        15,
    ),
]


@pytest.mark.parametrize(("lang", "text", "days"), RECEIVED_BY_US)
def test_a_time_counted_from_our_receipt_is_the_refunds(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


def test_the_customers_receipt_stays_a_window() -> None:
    # Counted from the customer's receipt of the order ("por su parte" is not ours): the window.
    text = "Dispones de 10 días desde la recepción del pedido por tu parte para devolverlo."
    assert extract_returns_terms(text, "es").get(WINDOW) == 10


PURCHASE_CANCELLED = [
    (
        "es",
        "Tienes 10 días desde la entrega para solicitar la anulación de la compra y la devolución "
        "del importe. Los cambios se aceptan durante 30 días.",
        10,
    ),
    (
        "pt",
        "Tens 10 dias após a entrega para pedir a anulação da compra e o reembolso do valor. As "
        "trocas são aceites durante 30 dias.",
        10,
    ),
    (
        "it",
        "Hai 10 giorni dalla consegna per chiedere l'annullamento dell'acquisto e il rimborso. I "
        "cambi sono accettati entro 30 giorni.",
        10,
    ),
    (
        "fr",
        "Vous disposez de 10 jours après la livraison pour demander l'annulation de votre achat et "
        "le remboursement. Les échanges sont acceptés pendant 30 jours.",
        10,
    ),
]


@pytest.mark.parametrize(("lang", "text", "days"), PURCHASE_CANCELLED)
def test_cancelling_the_purchase_by_its_noun_is_the_withdrawal(
    lang: str, text: str, days: int
) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


def test_cancelling_the_order_before_dispatch_is_no_window() -> None:
    # The order cancelled before it ships ("anulación del pedido"): not the purchase's withdrawal.
    text = (
        "Tienes 30 días desde la entrega para devolver el producto. La anulación del pedido antes "
        "del envío es posible durante 2 días."
    )
    assert extract_returns_terms(text, "es").get(WINDOW) == 30


DAYS_ADDED = [
    ("pl", "Masz 14 dni ustawowych + dodatkowe 16 dni od nas na odstąpienie od umowy.", 30),
    ("es", "Puedes desistir en 14 días legales + 16 días adicionales, sin dar explicaciones.", 30),
    ("fr", "Vous pouvez vous rétracter pendant 14 jours + 16 jours supplémentaires offerts.", 30),
]


@pytest.mark.parametrize(("lang", "text", "days"), DAYS_ADDED)
def test_days_added_with_a_plus_to_the_laws_are_the_window_in_all(
    lang: str, text: str, days: int
) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


def test_two_withdrawal_periods_without_a_plus_keep_the_longer() -> None:
    text = (
        "Masz 14 dni na odstąpienie od umowy. Możesz też odstąpić w ciągu 30 dni bez podania "
        "przyczyny."
    )
    assert extract_returns_terms(text, "pl").get(WINDOW) == 30
