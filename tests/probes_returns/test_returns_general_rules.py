"""Rules that hold across languages: who pays is read from a cost, a return word and the
customer close together; "once we have received your return" starts a refund time; a
sentence opening on a class of orders makes its window a class window."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

W, FREE, REFUND, WD = (
    "returns.window_days",
    "returns.free_returns",
    "returns.refund_days_stated",
    "returns.withdrawal_days",
)

CUSTOMER_PAYS = [
    # Wordings no fixed phrase of the lexicons covers: the three parts are enough.
    (
        "nl",
        "Stuurt u iets terug, dan komen de kosten van het retourneren van de goederen voor "
        "rekening van de koper.",
    ),
    ("nl", "U bent verantwoordelijk voor alle kosten voor het terugsturen van de artikelen."),
    ("nl", "Let op: retourkosten zijn voor de verzender."),
    ("pl", "Sprzedawca nie ponosi kosztów przesyłki zwrotnej."),
    ("pl", "Koszt odesłania butów do sklepu klient pokrywa we własnym zakresie."),
    ("it", "Tutti i costi legati al reso del pacco rimangono al cliente."),
    ("pt", "Os custos associados à devolução da encomenda ficam com o comprador."),
    ("fr", "Tous les frais liés au retour du colis restent pour le client."),
    ("es", "Se aplicarán gastos por cada devolución, que serán descontados del reembolso."),
    ("en", "Any costs arising from the return of the parcel are for the customer."),
]


@pytest.mark.parametrize(("lang", "text"), CUSTOMER_PAYS)
def test_a_cost_a_return_and_the_customer_as_payer_say_returns_are_not_free(
    lang: str, text: str
) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


NOT_THE_CUSTOMER = [
    ("es", "La devolución es sin coste alguno para el cliente."),
    ("fr", "Le retour est gratuit : aucun frais pour le client."),
    ("en", "We refund the customer the return shipping costs."),
    ("pl", "Konsument może zwrócić towar bez ponoszenia kosztów."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_THE_CUSTOMER)
def test_no_cost_or_a_refunded_cost_is_not_the_customer_paying(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is not False


REFUND_AFTER_RECEIPT = [
    (
        "en",
        "You may return items within 30 days of delivery. After receiving and checking the "
        "returned goods (within 5 business days), we refund you.",
    ),
    (
        "nl",
        "Je kunt artikelen binnen 30 dagen na ontvangst retourneren. Nadat wij je retour in "
        "goede staat hebben ontvangen, betalen we binnen 5 werkdagen terug.",
    ),
    (
        "es",
        "Puedes devolver tu pedido en un plazo de 30 días desde la entrega. Una vez recibida la "
        "devolución en nuestro almacén, el abono se hace en 5 días.",
    ),
    (
        "pt",
        "Pode devolver os artigos no prazo de 30 dias após a entrega. Após a receção da "
        "devolução no armazém, o valor é creditado em 5 dias.",
    ),
    (
        "it",
        "Puoi restituire gli articoli entro 30 giorni dalla consegna. Dopo aver ricevuto il reso "
        "in magazzino, l'accredito avviene in 5 giorni.",
    ),
    (
        "fr",
        "Vous pouvez retourner vos articles sous 30 jours après la livraison. Après réception de "
        "votre retour à l'entrepôt, le crédit est fait sous 5 jours.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), REFUND_AFTER_RECEIPT)
def test_a_period_after_we_received_the_return_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang)[W] == 30


CLASS_IN_THE_OPENING = [
    (
        "en",
        "Consumers may withdraw within 30 days of receipt. For B2B customers, returns may be "
        "accepted within 14 days.",
    ),
    (
        "es",
        "El plazo de devolución es de 30 días. En cuanto a pedidos internacionales, el plazo "
        "de devolución se reduce a 15 días.",
    ),
    (
        "fr",
        "Les retours sont acceptés sous 30 jours. Pour les commandes internationales, le retour "
        "doit se faire sous 15 jours.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CLASS_IN_THE_OPENING)
def test_a_window_for_a_class_named_in_the_opening_clause_gives_way(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang)[W] == 30


def test_a_period_after_registering_the_return_is_no_window() -> None:
    text = (
        "Meld binnen 14 dagen nadat je je bestelling hebt ontvangen je retour aan. "
        "Breng je pakket binnen 3 werkdagen na het aanmelden naar een servicepunt (retour via DHL)."
    )
    assert extract_returns_terms(text, "nl")[W] == 14


def test_resolving_the_contract_is_the_withdrawal_in_portuguese() -> None:
    text = "O consumidor tem o direito de resolver o contrato no prazo de 14 dias."
    terms = extract_returns_terms(text, "pt")
    assert (terms[W], terms[WD]) == (14, 14)


def test_the_send_back_time_after_the_return_address_is_no_window() -> None:
    text = (
        "Dispones de 30 días después de recibir tu pedido para solicitar una devolución. "
        "Tras recibir la dirección, dispondrás de 5 días para devolvernos el artículo."
    )
    assert extract_returns_terms(text, "es")[W] == 30


SHOP_DOES_NOT_PAY = [
    ("pl", "Nie ponosimy odpowiedzialności za koszty przesyłki zwrotnej."),
    ("es", "No nos hacemos cargo de los gastos de la devolución."),
    ("nl", "Wij vergoeden geen kosten van het terugsturen."),
]


@pytest.mark.parametrize(("lang", "text"), SHOP_DOES_NOT_PAY)
def test_the_shop_saying_it_does_not_pay_the_return_costs_is_not_free(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


def test_a_period_counted_from_the_moment_we_received_the_return_is_the_refund() -> None:
    text = (
        "U kunt de overeenkomst binnen een termijn van 14 dagen zonder opgave van redenen "
        "ontbinden. Wij restitueren het aankoopbedrag. Deze 10 werkdagen gaan van kracht op het "
        "moment dat wij uw bestelling retour hebben ontvangen."
    )
    terms = extract_returns_terms(text, "nl")
    assert terms[W] == 14
    assert terms.get(REFUND) in (None, 10)


def test_two_withdrawal_periods_are_the_shops_window_and_the_legal_period() -> None:
    text = (
        "Puoi restituire l'articolo, senza doverne specificare il motivo, fino al termine di 30 "
        "giorni dalla data di consegna, salvo che il diritto di recesso sia escluso. Se acquisti "
        "come consumatore puoi recedere dal contratto entro quattordici giorni dalla consegna."
    )
    terms = extract_returns_terms(text, "it")
    assert (terms[W], terms[WD]) == (30, 14)


def test_any_return_costs_taken_off_the_refund_is_no_hedge_in_italian() -> None:
    text = "Le eventuali spese di restituzione verranno dedotte dal tuo rimborso."
    assert extract_returns_terms(text, "it")[FREE] is False


def test_the_customer_not_having_to_pay_is_not_the_customer_paying() -> None:
    text = "Guarde a embalagem para que o cliente não tenha que incorrer em um custo na devolução."
    assert FREE not in extract_returns_terms(text, "pt")


def test_a_percentage_kept_on_a_cancelled_order_is_no_restocking_fee() -> None:
    text = (
        "Después de las 24 horas, las cancelaciones estarán sujetas a una penalización del 10% "
        "sobre el valor del pedido. Tienes 14 días para solicitar la devolución."
    )
    terms = extract_returns_terms(text, "es")
    assert "returns.restocking_fee" not in terms
    assert terms[W] == 14


def test_a_restocking_fee_named_so_on_a_cancelled_order_still_counts() -> None:
    text = "If you cancel your order before shipment, a 10% restocking fee applies."
    assert extract_returns_terms(text, "en")["returns.restocking_fee"] is True


def test_the_standard_return_window_named_so_in_spanish() -> None:
    assert extract_returns_terms("- Ventana estándar: 30 días", "es")[W] == 30


DENIED_FREE = [
    ("pl", "Nadanie paczki jest proste, jednak nie jest to darmowy zwrot."),
    ("en", "Please note these are not free returns."),
    ("nl", "Let op: dit is geen gratis retour."),
    ("it", "Attenzione: non è un reso gratuito."),
]


@pytest.mark.parametrize(("lang", "text"), DENIED_FREE)
def test_a_free_returns_phrase_after_a_negation_says_returns_cost(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang)[FREE] is False


CUSTOMER_NEED_NOT_PAY = [
    ("es", "El cliente no tendrá que pagar los gastos de la devolución."),
    ("fr", "Le client ne paie pas les frais de retour."),
    ("en", "The customer does not have to pay any return shipping costs."),
    ("nl", "De klant hoeft de retourkosten niet te betalen."),
    ("it", "Il cliente non pagherà le spese del reso."),
    ("pt", "O cliente não paga os custos de devolução."),
    ("pl", "Klient nie ponosi kosztów zwrotu."),
]


@pytest.mark.parametrize(("lang", "text"), CUSTOMER_NEED_NOT_PAY)
def test_the_customer_not_paying_is_not_read_as_the_customer_paying(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is not False


def test_after_receipt_of_the_goods_the_window_is_still_a_window() -> None:
    text = "After receipt of the goods you may return them within 30 days."
    assert extract_returns_terms(text, "en")[W] == 30


def test_the_laws_twelve_month_extension_is_no_shop_window() -> None:
    text = (
        "Masz prawo odstąpić od umowy w terminie 14 dni. Jeśli nie poinformowano Cię o prawie "
        "odstąpienia, termin na odstąpienie wydłuża się do 12 miesięcy."
    )
    terms = extract_returns_terms(text, "pl")
    assert terms.get(W) != 365


PRICED_RETURNS = [
    ("nl", "Retourkosten bij gebruik van ons retourlabel: € 4,95."),
    ("fr", "Frais de retour avec notre étiquette : 5,90 €."),
    ("es", "Gastos de devolución con nuestra etiqueta: 4,95 €."),
    ("pl", "Koszt zwrotu przez paczkomat wynosi 12 zł."),
    ("nl", "De verzendkosten voor het retourneren met ons label zijn:\nPostNL € 6,95"),
]


@pytest.mark.parametrize(("lang", "text"), PRICED_RETURNS)
def test_a_price_for_returning_says_the_customer_pays(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang)[FREE] is False


def test_a_price_beside_free_returns_is_no_answer_of_its_own() -> None:
    text = "Gratis retourneren bij bestellingen boven € 50."
    assert extract_returns_terms(text, "nl").get(FREE) is not False


def test_bearing_the_return_costs_as_a_step_for_the_customer_in_italian() -> None:
    text = "Per recedere il consumatore deve: sostenere le spese di spedizione per il reso."
    assert extract_returns_terms(text, "it")[FREE] is False


def test_a_heading_says_what_the_period_under_it_is() -> None:
    text = (
        "Troca por modelo ou numeração\n"
        "• Prazo: até 7 dias corridos após o recebimento do produto.\n"
        "Troca de produtos com defeito\n"
        "• Prazo: até 30 dias corridos após o recebimento."
    )
    assert extract_returns_terms(text, "pt")[W] == 7


def test_a_number_word_in_spaced_brackets_is_read() -> None:
    text = "A solicitação de troca deverá ser feita no prazo de até 7 ( sete ) dias."
    assert extract_returns_terms(text, "pt")[W] == 7


def test_the_laws_extended_periods_give_way_to_the_ordinary_withdrawal_period() -> None:
    text = (
        "I consumatori possono recedere entro 14 giorni senza dover fornire motivazioni. "
        "Il termine di recesso può essere esteso a 30 giorni per contratti conclusi durante "
        "visite non richieste. Se il venditore non informa il consumatore, il termine viene "
        "esteso a 12 mesi."
    )
    terms = extract_returns_terms(text, "it")
    assert (terms[W], terms[WD]) == (14, 14)


def test_a_shops_own_extended_withdrawal_period_alone_is_its_window() -> None:
    text = "Il nostro periodo di recesso è stato esteso a 30 giorni dalla consegna."
    assert extract_returns_terms(text, "it")[W] == 30


def test_the_exchange_shipping_paid_by_the_customer_in_spanish() -> None:
    text = "Los gastos de envío por cambio corren por parte del cliente."
    assert extract_returns_terms(text, "es")[FREE] is False
