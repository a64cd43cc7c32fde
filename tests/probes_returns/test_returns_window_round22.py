"""Return window, round 22 (from returns batches 20 and 21): the law's minimum named beside a
longer window ("more than the legal minimum of 14 days") is the withdrawal period, not a second
window (review 41: only with a number of its own); a period counted from the customer's
receiving, said as a clause ("within 30 days after the buyer receives it"), is counted from
delivery; Spanish and Portuguese "de recibido",
"de recebido" (the participle alone) count from delivery; "días calendario(s)", "dias
calendário(s)" are days; a sentence giving a period for a refund and another for an exchange
("15 days for a full refund or 45 days for exchange or credit"): the refund's is the window
(review 41: not where the durations are a refund's own time); a period counted from the
cancellation is no window (review 41: a subscription's cancellation, or its confirmation e-mail,
is no notice)."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

WINDOW = "returns.window_days"
WITHDRAWAL = "returns.withdrawal_days"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Send items back within 45 days of delivery (longer than the statutory "
            "minimum of 14 days).",
        ),
        (
            "es",
            "Admitimos devoluciones durante 45 días desde la entrega (más que el "
            "mínimo legal de 14 días).",
        ),
        (
            "de",
            "Rückgaben sind 45 Tage nach Erhalt möglich (länger als die "
            "gesetzliche Mindestfrist von 14 Tagen).",
        ),
        (
            "fr",
            "Les retours sont acceptés 45 jours après réception (plus que le "
            "minimum légal de 14 jours).",
        ),
        (
            "it",
            "I resi sono accettati entro 45 giorni dalla consegna (più del minimo "
            "legale di 14 giorni).",
        ),
        (
            "nl",
            "Retourneren kan binnen 45 dagen na levering (meer dan het wettelijk "
            "minimum van 14 dagen).",
        ),
        (
            "pt",
            "Aceitamos devoluções em 45 dias após a entrega (mais do que o mínimo "
            "legal de 14 dias).",
        ),
        (
            "pl",
            "Zwroty przyjmujemy w ciągu 45 dni od dostawy (dłużej niż ustawowe "
            "minimum 14 dni).",
        ),
    ],
)  # fmt: skip
def test_legal_minimum_beside_a_longer_window_is_the_withdrawal(lang: str, text: str) -> None:
    terms = extract_returns_terms(text, lang)
    assert (terms.get(WINDOW), terms.get(WITHDRAWAL)) == (45, 14)


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        # The reach: a legal minimum warranty is no withdrawal period; the window stands.
        (
            "en",
            "Send items back within 45 days of delivery. The legal minimum "
            "warranty is 2 years.",
            45,
        ),
        (
            "es",
            "Admitimos devoluciones durante 45 días desde la entrega. El mínimo "
            "legal de garantía es de 2 años.",
            45,
        ),
        (
            "it",
            "I resi sono accettati entro 45 giorni dalla consegna. Il minimo "
            "legale di garanzia è di 2 anni.",
            45,
        ),
        # The legal minimum alone, restated as the window: still the window.
        ("en", "Returns are taken within 14 days of delivery, the legal minimum.", 14),
    ],
)  # fmt: skip
def test_legal_minimum_guards(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Review 41: the legal minimum with no number of its own: the shop's window is no
        # withdrawal period.
        ("en", "You have 30 days to return items, well above the legal minimum."),
        ("en", "We give you 30 days to return your items, more than twice the legal minimum."),
        ("es", "Tienes 30 días para devolver tus productos, el doble del mínimo legal."),
        ("es", "Superamos el mínimo legal: dispones de 30 días para devolver tus productos."),
        ("de", "Sie haben 30 Tage Zeit für die Rücksendung, doppelt so lang wie die "
               "gesetzliche Mindestfrist."),
        ("fr", "Vous avez 30 jours pour retourner vos articles, bien au-delà du minimum légal."),
        ("it", "Hai 30 giorni per restituire i tuoi articoli, ben oltre il minimo legale."),
        ("nl", "Je hebt 30 dagen om je artikelen te retourneren, ruim boven het wettelijk "
               "minimum."),
        ("pl", "Masz 30 dni na zwrot produktów, dwa razy dłużej niż ustawowe minimum."),
        ("pt", "Tem 30 dias para devolver os seus artigos, bem acima do mínimo legal."),
    ],
)  # fmt: skip
def test_legal_minimum_without_its_number_is_no_withdrawal(lang: str, text: str) -> None:
    terms = extract_returns_terms(text, lang)
    assert (terms.get(WINDOW), terms.get(WITHDRAWAL)) == (30, None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Within 21 days after the buyer receives it, no matter why."),
        ("en", "Within 21 days after the customer has received them, no matter why."),
        (
            "es",
            "Nuestra política: dentro de los 21 días después de que el comprador "
            "lo reciba, sea cual sea el motivo.",
        ),
        (
            "fr",
            "Notre politique : dans les 21 jours après que l'acheteur l'a reçu, "
            "quel que soit le motif.",
        ),
        (
            "de",
            "Unsere Regel: innerhalb von 21 Tagen, nachdem der Kunde die Sendung "
            "erhalten hat, egal aus welchem Grund.",
        ),
        (
            "it",
            "La nostra regola: entro 21 giorni dopo che il cliente lo ha ricevuto, "
            "qualunque sia il motivo.",
        ),
        (
            "nl",
            "Onze regel: binnen 21 dagen nadat de klant het pakket ontvangt, om "
            "welke reden ook.",
        ),
        (
            "pt",
            "A nossa regra: no prazo de 21 dias depois que o comprador o recebe, "
            "seja qual for o motivo.",
        ),
        (
            "pl",
            "Nasza zasada: w ciągu 21 dni od chwili, gdy klient je otrzyma, bez "
            "względu na powód.",
        ),
    ],
)  # fmt: skip
def test_counted_from_the_customer_receiving_it(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 21


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The reach: the shop receiving, or the customer receiving a refund's e-mail: no window.
        ("en", "The money reaches your account within 9 days after you receive the refund email."),
        ("en", "The money reaches your account within 9 days after we receive it."),
        (
            "es",
            "El dinero llega a tu cuenta en 9 días después de que recibas el "
            "correo de reembolso.",
        ),
        ("fr", "L'argent arrive sous 9 jours après que vous avez reçu l'e-mail de remboursement."),
        ("de", "Das Geld ist innerhalb von 9 Tagen da, nachdem wir die Ware erhalten haben."),
        ("nl", "Het geld staat binnen 9 dagen op je rekening nadat wij het pakket ontvangen."),
    ],
)  # fmt: skip
def test_counted_from_receiving_guards(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) is None


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        ("es", "Avísanos por WhatsApp dentro de las primeras 72 horas de recibido.", 3),
        ("es", "Tienes que escribirnos dentro de los 6 días de recibida la mercancía.", 6),
        ("pt", "Avise-nos nas primeiras 72 horas de recebido o pedido.", 3),
        (
            "es",
            "Podrá solicitarse dentro de los nueve (9) días calendarios "
            "posteriores a la entrega.",
            9,
        ),
        ("es", "Se puede pedir dentro de los 9 días calendario siguientes a la recepción.", 9),
        ("pt", "Pode ser pedido no prazo de 9 dias calendário após a entrega.", 9),
    ],
)  # fmt: skip
def test_received_participle_and_calendar_days(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The reach: the return received is a refund's start, not delivery.
        ("pt", "Devolvemos o dinheiro em 6 dias após recebida a devolução."),
    ],
)  # fmt: skip
def test_received_participle_guards(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Bring your merchandise back within 21 days for a full refund or 50 "
            "days for exchange or credit.",
        ),
        (
            "es",
            "Puedes devolver lo comprado en 21 días para reembolso o en 50 días "
            "para cambio o vale.",
        ),
        (
            "fr",
            "Renvoyez vos articles sous 21 jours pour remboursement ou 50 jours "
            "pour échange ou avoir.",
        ),
        ("de", "Rücksendung innerhalb von 21 Tagen zur Erstattung oder von 50 Tagen zum Umtausch."),
        ("it", "Restituzione entro 21 giorni per rimborso o entro 50 giorni per cambio o buono."),
        ("nl", "Terugsturen binnen 21 dagen voor terugbetaling of binnen 50 dagen voor ruiling."),
        ("pt", "Devolva em 21 dias para reembolso ou em 50 dias para troca ou vale."),
        ("pl", "Zwrot w ciągu 21 dni w celu zwrotu pieniędzy albo 50 dni na wymianę."),
    ],
)  # fmt: skip
def test_refund_period_beside_exchange_period(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 21


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        # The reach: one period for "exchange or refund" is the window; a lone exchange period too.
        ("en", "Bring your merchandise back within 50 days for exchange or refund.", 50),
        ("es", "Puedes devolver lo comprado en 50 días para cambio o reembolso.", 50),
        ("en", "You may bring items back within 50 days for exchange.", 50),
    ],
)  # fmt: skip
def test_refund_and_exchange_guards(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Review 41: a refund's own time, split by how the money comes back (a card, a voucher),
        # is no return window.
        ("en", "Refunds are processed within 5 days for a refund to your card and 10 days for "
               "store credit."),
        ("en", "Once approved, refunds take 3 days for a refund to PayPal and 7 days for a gift "
               "card."),
        ("es", "El reembolso tarda 5 días para reembolso en tarjeta y 10 días para vale."),
        ("fr", "Le remboursement est effectué sous 5 jours pour un remboursement sur carte et "
               "10 jours pour un avoir."),
        ("pt", "O reembolso é feito em 5 dias para reembolso no cartão e 10 dias para vale."),
        ("de", "Die Erstattung erfolgt innerhalb von 5 Tagen für eine Erstattung auf Ihre Karte "
               "und 10 Tagen für einen Gutschein."),
        ("it", "Il rimborso avviene entro 5 giorni per un rimborso su carta e 10 giorni per un "
               "buono."),
        ("nl", "De terugbetaling duurt 5 dagen voor terugbetaling op je kaart en 10 dagen voor "
               "een tegoedbon."),
        ("pl", "Zwrot pieniędzy trwa 5 dni na zwrot pieniędzy na kartę i 10 dni na bon."),
    ],
)  # fmt: skip
def test_refund_time_split_by_payment_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Counted from the cancellation (the customer's notice): the refund's time, no window.
        ("en", "You get the money back for the returned goods within 11 days of cancellation."),
        (
            "es",
            "Te devolveremos el importe de la devolución dentro de los 11 días "
            "siguientes a la cancelación.",
        ),
        ("fr", "Nous vous rembourserons le retour dans les 11 jours suivant l'annulation."),
        ("it", "Rimborsiamo il reso entro 11 giorni dall'annullamento."),
        ("pt", "Reembolsamos a devolução em 11 dias após o cancelamento."),
    ],
)  # fmt: skip
def test_counted_from_the_cancellation_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) is None


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        # The reach: the window counted from delivery stands beside the refund counted from the
        # cancellation.
        (
            "en",
            "You may send the goods back within 21 days of delivery. We repay you "
            "within 11 days of cancellation.",
            21,
        ),
        (
            "es",
            "Puedes devolver el artículo en 21 días desde la entrega; te abonamos "
            "en 11 días tras la cancelación.",
            21,
        ),
        # A cancellation period named after the anchor word is not the anchor.
        ("en", "Returns are taken within 21 days of delivery.", 21),
    ],
)  # fmt: skip
def test_counted_from_the_cancellation_guards(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Review 41: a subscription's cancellation, or its confirmation e-mail, is no customer's
        # notice to withdraw: the window counted from it stands.
        ("en", "Items can be returned within 30 days of the cancellation of your subscription."),
        ("en", "You may cancel your order and return items within 30 days of the cancellation "
               "confirmation email."),
        ("es", "Los artículos pueden devolverse dentro de los 30 días siguientes a la "
               "cancelación de tu suscripción."),
        ("fr", "Les articles peuvent être retournés dans les 30 jours suivant l'annulation de "
               "votre abonnement."),
        ("it", "Gli articoli possono essere restituiti entro 30 giorni dall'annullamento "
               "dell'abbonamento."),
        ("pt", "Os artigos podem ser devolvidos em 30 dias após o cancelamento da sua "
               "assinatura."),
    ],
)  # fmt: skip
def test_counted_from_a_subscriptions_cancellation_is_a_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Counted from the return itself ("upon return to us", "po zwrocie"): the refund's time.
        ("en", "Expect your money within three weeks upon return to us of the item."),
        ("en", "Expect your money within three weeks on return of the item."),
        ("pl", "Otrzymasz pieniądze w ciągu trzech tygodni po zwrocie towaru."),
    ],
)  # fmt: skip
def test_counted_upon_the_return_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The reach: a return window beside the refund's time stands; "on return of the form",
        # "po zwrocie formularza" is no return of the goods.
        (
            "en",
            "Send it back within 21 days of delivery. Your money follows within 10 "
            "days upon return to us.",
        ),
        ("en", "You can return items within 21 days on return of the form."),
        ("pl", "Towar możesz zwrócić w ciągu 21 dni po zwrocie formularza."),
    ],
)  # fmt: skip
def test_counted_upon_the_return_guards(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 21


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # Counted from the date the customer wrote or notified us to cancel: the time to send the
        # goods back, not a window; the cooling-off period stands.
        (
            "You may cancel within 14 days of delivery. You pay for sending the item back to us "
            "within 30 days of the date you have written to cancel.",
            14,
        ),
        (
            "You may cancel within 14 days of delivery. You pay for sending the item back to us "
            "within 30 days of the date you notified us of your cancellation.",
            14,
        ),
        # The reach: the date the goods were received, or a contact about a fault, is no notice.
        ("Returns are accepted within 30 days of the date you received the goods.", 30),
        ("You can return it within 30 days of the date you contacted us about a fault.", 30),
    ],
)
def test_counted_from_writing_to_cancel(text: str, days: int) -> None:
    assert extract_returns_terms(text, "en").get(WINDOW) == days


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The shop accepting or taking goods back "for refund": a return (the refund its purpose).
        ("en", "We gladly accept back unwanted goods for refund, within 20 days of purchase."),
        (
            "es",
            "Aceptamos de vuelta los productos no deseados para reembolso, dentro "
            "de los 20 días de la compra.",
        ),
        (
            "fr",
            "Nous reprenons les articles non désirés pour remboursement, dans les "
            "20 jours suivant l'achat.",
        ),
        (
            "it",
            "Riprendiamo gli articoli indesiderati per rimborso, entro 20 giorni "
            "dall'acquisto.",
        ),
        (
            "nl",
            "Wij nemen ongewenste artikelen terug voor terugbetaling, binnen 20 "
            "dagen na aankoop.",
        ),
        (
            "pt",
            "Aceitamos de volta artigos indesejados para reembolso, no prazo de 20 "
            "dias após a compra.",
        ),
    ],
)  # fmt: skip
def test_shop_accepting_goods_back_is_a_return(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 20


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The reach: accepting a payment back, or a refund's time, is no return.
        ("en", "Refunds are issued within 20 days of purchase. We accept back payment by card."),
        ("en", "Refunds are issued within 20 days of purchase; we accept card payments back home."),
    ],
)  # fmt: skip
def test_shop_accepting_goods_back_guards(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) is None
