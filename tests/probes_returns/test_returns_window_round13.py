"""Families of window wordings the twelfth unseen returns batch (policies_35/36) showed the reader
missing, each in the languages where it exists: a lack of conformity that shows within two years
(the legal guarantee, no window); a period in hours written "48h" (counted from delivery, a
window in days); a time counted from receiving the RMA, the return number or label (a time to
send the goods, no window); a refund request that "can be made" within a period (a window to
ask); a German "Rückzahlungsgarantie" (a money-back guarantee: the window); a French period
counted from receiving "votre colis" (the customer's parcel: delivery, not the shop's receipt of
the return). The sentences are made up, one idiom each."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

WINDOW = "returns.window_days"

# A heading about returns, then the legal guarantee for a lack of conformity: no return window.
CONFORMITY = [
    (
        "en",
        "Returns",
        "We answer for any lack of conformity that appears within 2 years of delivery.",
    ),
    (
        "fr",
        "Retours",
        "Nous répondons des défauts de conformité apparus dans les 2 ans de la livraison.",
    ),
    (
        "es",
        "Devoluciones",
        "Respondemos de las faltas de conformidad que surjan en 2 años desde la entrega.",
    ),
    (
        "it",
        "Resi",
        "Rispondiamo dei difetti di conformità che emergono entro 2 anni dalla consegna.",
    ),
    (
        "pt",
        "Devoluções",
        "Respondemos pelas faltas de conformidade que surjam em 2 anos a contar da entrega.",
    ),
    (
        "de",
        "Rücksendungen",
        "Wir haften für jede Vertragswidrigkeit, die binnen 2 Jahren ab Lieferung auftritt.",
    ),
    (
        "nl",
        "Retourneren",
        "Wij staan in voor elk gebrek aan overeenstemming dat binnen 2 jaar na levering blijkt.",
    ),
    (
        "pl",
        "Zwroty",
        "Odpowiadamy za niezgodność towaru z umową ujawnioną w ciągu 2 lat od dostarczenia.",
    ),
]


@pytest.mark.parametrize(("lang", "heading", "text"), CONFORMITY)
def test_a_lack_of_conformity_is_the_legal_guarantee_not_a_window(
    lang: str, heading: str, text: str
) -> None:
    assert extract_returns_terms(f"{heading}\n{text}", lang).get(WINDOW) is None


# A period in hours written "48h", counted from delivery: 2 days.
HOURS = [
    ("en", "Not happy with the flowers? You may return them within 48h of delivery."),
    ("fr", "Vous pouvez nous retourner les fleurs dans les 48h suivant la livraison."),
    ("es", "Puedes devolver las flores dentro de las 48h posteriores a la entrega."),
    ("it", "Puoi restituire i fiori entro 48h dalla consegna."),
    ("pt", "Pode devolver as flores no prazo de 48h após a entrega."),
    ("de", "Sie können die Blumen innerhalb von 48h nach Lieferung zurücksenden."),
    ("nl", "U kunt de bloemen binnen 48h na levering retourneren."),
    ("pl", "Możesz zwrócić kwiaty w ciągu 48h od dostarczenia."),
]


@pytest.mark.parametrize(("lang", "text"), HOURS)
def test_hours_written_h_from_delivery_are_days(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 2


# A return window, then a time to send the goods counted from receiving the RMA or return label.
RMA = [
    (
        "en",
        "Items may be returned within 45 days of purchase. "
        "Return the item within 10 days after receiving the RMA.",
    ),
    (
        "fr",
        "Les articles peuvent être retournés dans les 45 jours suivant l'achat. "
        "Retournez le colis dans les 10 jours suivants la réception de votre étiquette.",
    ),
    (
        "es",
        "Los artículos se pueden devolver en 45 días desde la compra. "
        "Devuelve el paquete antes de 10 días después de recibir la RMA.",
    ),
    (
        "it",
        "Gli articoli possono essere resi entro 45 giorni dall'acquisto. "
        "Restituisci il pacco entro 10 giorni dal ricevimento del numero di reso.",
    ),
    (
        "pt",
        "Os artigos podem ser devolvidos em 45 dias a contar da compra. "
        "Devolva a encomenda em até 10 dias após receber o número de devolução.",
    ),
    (
        "de",
        "Artikel können innerhalb von 45 Tagen ab Kauf zurückgegeben werden. "
        "Geben Sie das Paket binnen 10 Tagen nach Erhalt der Rücksendenummer zurück.",
    ),
    (
        "nl",
        "Artikelen kunnen binnen 45 dagen na aankoop geretourneerd worden. "
        "Retourneer het pakket binnen 10 dagen na ontvangst van het retournummer.",
    ),
    (
        "pl",
        "Towar można zwrócić w ciągu 45 dni od zakupu. "
        "Paczkę zwróć w ciągu 10 dni od otrzymania numeru zwrotu.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), RMA)
def test_a_time_from_receiving_the_rma_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 45


# A refund request that "can be made" within a period counted from delivery: a window to ask (not
# German or Dutch, whose verb comes after the period).
REQUEST_MADE = [
    ("en", "Refund requests can be made within 12 days of delivery."),
    ("fr", "Les demandes de remboursement peuvent être faites sous 12 jours après la livraison."),
    ("es", "Las solicitudes de reembolso pueden presentarse en 12 días desde la entrega."),
    ("it", "Le richieste di rimborso possono essere presentate entro 12 giorni dalla consegna."),
    ("pt", "Os pedidos de reembolso podem ser feitos em até 12 dias após a entrega."),
    ("pl", "Wniosek o zwrot pieniędzy można złożyć w ciągu 12 dni od dostarczenia."),
]


@pytest.mark.parametrize(("lang", "text"), REQUEST_MADE)
def test_a_refund_request_that_can_be_made_within_a_period_is_a_window(
    lang: str, text: str
) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 12


def test_a_money_back_guarantee_in_german_is_the_window() -> None:
    text = (
        "Wir gewähren 21 Tage Rückzahlungsgarantie ab Zustellung. "
        "Wer nach 20 Tagen zurücksendet, zahlt 5 EUR."
    )
    assert extract_returns_terms(text, "de").get(WINDOW) == 21


def test_french_receipt_of_your_parcel_is_delivery() -> None:
    text = (
        "Vous disposez d'un délai de 21 jours calendaires à compter de la réception de votre "
        "colis pour exercer votre droit de rétractation."
    )
    assert extract_returns_terms(text, "fr").get(WINDOW) == 21


# --- How far the rules reach ---


def test_a_non_conforming_item_may_still_be_returned_in_the_window() -> None:
    text = "Les articles non conformes peuvent être retournés sous 14 jours après la livraison."
    assert extract_returns_terms(text, "fr").get(WINDOW) == 14


def test_hours_without_delivery_beside_days_are_no_window() -> None:
    text = "You may return items within 30 days of delivery. We reply to every e-mail within 24h."
    assert extract_returns_terms(text, "en").get(WINDOW) == 30


def test_french_receipt_of_your_return_parcel_is_still_a_refund_time() -> None:
    text = (
        "Vous pouvez retourner un article sous 30 jours. Le remboursement intervient dans les "
        "10 jours suivant la réception de votre retour."
    )
    assert extract_returns_terms(text, "fr").get(WINDOW) == 30


def test_a_refund_made_after_the_return_arrives_is_no_window() -> None:
    text = (
        "Returns are accepted within 30 days of delivery. "
        "Refunds are made within 5 days of receiving your return."
    )
    assert extract_returns_terms(text, "en").get(WINDOW) == 30


def test_german_refund_word_still_a_refund() -> None:
    text = (
        "Sie können Artikel binnen 30 Tagen zurücksenden. "
        "Die Rückzahlung erfolgt binnen 14 Tagen nach Eingang der Rücksendung."
    )
    assert extract_returns_terms(text, "de").get(WINDOW) == 30
