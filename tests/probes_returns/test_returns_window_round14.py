"""Families of window wordings the thirteenth returns batch (policies_37) showed the reader
missing, each in the languages where it exists: the model form's "the deadline is met if you
send the goods back before the period expires" (a time to send the goods, no window beside the
shop's own); goods that "can be returned for a full refund within N days" (the refund is the
return's purpose: the period is the window); money returned at most N days "from the moment"
the return arrives (Polish: a refund time, no window). The sentences are made up, one idiom
each."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

WINDOW = "returns.window_days"

# The shop's own 30-day withdrawal period, then the model form's time to send the goods back,
# restated as "the deadline is met if ...": the 30 days are the window.
DEADLINE_MET = [
    (
        "en",
        "You may withdraw from the purchase within 30 days of delivery without giving a reason. "
        "The deadline is met if you send back the goods before the period of 14 days expires.",
    ),
    (
        "de",
        "Sie können innerhalb von 30 Tagen ab Erhalt der Ware ohne Angabe von Gründen "
        "widerrufen. Die Frist ist gewahrt, wenn Sie die Ware vor Ablauf der Frist von "
        "14 Tagen absenden.",
    ),
    (
        "fr",
        "Vous pouvez exercer votre droit de rétractation dans les 30 jours suivant la "
        "livraison. Le délai est respecté si vous renvoyez le bien avant l'expiration du délai "
        "de 14 jours.",
    ),
    (
        "es",
        "Puede desistir de la compra en un plazo de 30 días desde la entrega sin indicar el "
        "motivo. El plazo se considerará cumplido si devuelve los bienes antes de que venza el "
        "plazo de 14 días.",
    ),
    (
        "it",
        "Puoi recedere dall'acquisto entro 30 giorni dalla consegna senza indicarne le "
        "ragioni. Il termine è rispettato se rispedisci i beni prima della scadenza del periodo "
        "di 14 giorni.",
    ),
    (
        "nl",
        "U kunt de koop binnen 30 dagen na levering zonder opgave van redenen herroepen. De "
        "termijn is nageleefd als u de goederen terugstuurt voordat de termijn van 14 dagen is "
        "verstreken.",
    ),
    (
        "pt",
        "Pode exercer o direito de livre resolução no prazo de 30 dias a contar da entrega. O "
        "prazo é respeitado se devolver os bens antes do fim do período de 14 dias.",
    ),
    (
        "pl",
        "Możesz odstąpić od umowy w terminie 30 dni od otrzymania towaru bez podania "
        "przyczyny. Termin jest zachowany, jeżeli odeślesz towar przed upływem 14 dni.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DEADLINE_MET)
def test_deadline_met_by_sending_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


# A return "for a full refund within N days": the period is the window, not a refund time.
FULL_REFUND = [
    ("en", "Unused accessories can be returned for a full refund within 10 days, in their box."),
    (
        "en",
        "Boxed items may be sent back for a full refund within 21 days provided they are unused.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), FULL_REFUND)
def test_return_for_a_full_refund_is_the_window(lang: str, text: str) -> None:
    days = int(text.split(" days")[0].split()[-1])
    assert extract_returns_terms(text, lang).get(WINDOW) == days


# Polish: money returned at most N days "from the moment" the return arrives: a refund time.
MOMENT = [
    (
        "pl",
        "Należność zostaje zwrócona na konto maksymalnie 7 dni od chwili otrzymania paczki "
        "zwrotnej.",
    ),
    (
        "pl",
        "Pieniądze zostaną zwrócone przelewem najpóźniej 10 dni od momentu otrzymania zwrotu.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), MOMENT)
def test_money_from_the_moment_the_return_arrives_is_no_window(lang: str, text: str) -> None:
    assert WINDOW not in extract_returns_terms(text, lang)


# Not too far: the model form's "deadline is met" alone states no window; a refund time after a
# return "for a refund" is still a refund time; a Polish window "from the moment of delivery"
# stays the window.
REACH = [
    ("en", "Refunds are paid within 14 days of receiving your return.", None),
    ("en", "You have 30 days from delivery to return items for a full refund.", 30),
    (
        "pl",
        "Masz 14 dni od momentu otrzymania towaru na zwrot bez podania przyczyny.",
        14,
    ),
    (
        "pl",
        "Możesz w ciągu 21 dni od momentu otrzymania przesyłki dokonać zwrotu towaru.",
        21,
    ),
    (
        "it",
        "Hai 30 giorni dalla consegna per restituire i prodotti per un rimborso completo.",
        30,
    ),
]


@pytest.mark.parametrize(("lang", "text", "days"), REACH)
def test_the_rules_reach_no_further(lang: str, text: str, days: int | None) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


# A return window, then the refund made or credited "within 5 days" for the value of the returned
# items: the refund's time, not a second window (the return word after it names the goods).
REFUND_MADE = [
    (
        "en",
        "We accept returns of unworn shoes within 30 days of delivery. Refunds will be credited to "
        "the original card within 5 business days for the value of the returned pairs.",
    ),
    (
        "fr",
        "Vous pouvez nous retourner vos achats dans les 30 jours suivant la livraison. Les "
        "remboursements seront crédités sur votre carte sous 5 jours ouvrés pour la valeur des "
        "articles retournés.",
    ),
    (
        "es",
        "Admitimos devoluciones dentro de 30 días desde la entrega. Los reembolsos se abonarán "
        "en su tarjeta en un plazo de 5 días hábiles por el importe de los artículos devueltos.",
    ),
    (
        "it",
        "Puoi rendere i prodotti entro 30 giorni dalla consegna. I rimborsi verranno "
        "accreditati sulla tua carta entro 5 giorni lavorativi per il valore dei prodotti "
        "restituiti.",
    ),
    (
        "de",
        "Rücksendungen nehmen wir innerhalb von 30 Tagen nach Lieferung an. Erstattungen "
        "erfolgen auf Ihr Konto innerhalb von 5 Werktagen für den Wert der zurückgesendeten "
        "Waren.",
    ),
    (
        "nl",
        "Retourneren kan binnen 30 dagen na levering. Terugbetalingen worden op je rekening "
        "binnen 5 werkdagen gestort voor de waarde van de geretourneerde artikelen.",
    ),
    (
        "pt",
        "Aceitamos devoluções no prazo de 30 dias após a entrega. Os reembolsos serão "
        "creditados no seu cartão no prazo de 5 dias úteis pelo valor dos artigos devolvidos.",
    ),
    (
        "pl",
        "Zwroty przyjmujemy w ciągu 30 dni od dostawy. Zwrot środków nastąpi na konto w ciągu "
        "5 dni roboczych za wartość zwróconych produktów.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), REFUND_MADE)
def test_refund_made_within_days_is_no_second_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


# Not too far: a refund "made for items returned within 30 days" still states the window.
REFUND_FOR_RETURNED = [
    ("en", "Refunds will be issued for items returned within 30 days of delivery."),
    (
        "fr",
        "Les remboursements sont effectués pour les articles retournés dans les 30 jours "
        "suivant la livraison.",
    ),
    (
        "es",
        "Los reembolsos se harán por los artículos devueltos dentro de 30 días desde la entrega.",
    ),
    (
        "it",
        "I rimborsi sono effettuati per gli articoli restituiti entro 30 giorni dalla consegna.",
    ),
    ("pt", "Os reembolsos são feitos para artigos devolvidos no prazo de 30 dias após a entrega."),
    ("pl", "Zwrot pieniędzy nastąpi za produkty odesłane w ciągu 30 dni od dostawy."),
]


@pytest.mark.parametrize(("lang", "text"), REFUND_FOR_RETURNED)
def test_refund_for_goods_returned_within_keeps_the_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


# A sentence naming no return, counted from the goods' receipt named by a possessive ("its
# receipt", "sua receção"), right after the right to withdraw: a window counted from delivery.
POSSESSIVE = [
    ("en", "You may cancel the contract. To do so, write to us within 21 days of its receipt."),
    (
        "fr",
        "Vous pouvez résilier le contrat. Pour cela, écrivez-nous dans les 21 jours à compter de "
        "sa réception.",
    ),
    (
        "es",
        "Puede resolver el contrato. Para ello, escríbanos en un plazo de 21 días a partir de la "
        "fecha de su recepción.",
    ),
    (
        "it",
        "Può risolvere il contratto. A tal fine, ci scriva entro 21 giorni dalla data della sua "
        "ricezione.",
    ),
    (
        "pt",
        "Pode resolver o contrato. Para tal, escreva-nos no prazo de 21 dias a contar da data da "
        "sua receção.",
    ),
    (
        "pl",
        "Możesz rozwiązać umowę. W tym celu napisz do nas w terminie 21 dni od daty jego "
        "otrzymania.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), POSSESSIVE)
def test_counted_from_its_receipt_is_from_delivery(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 21


# Not too far: a refund counted from "its receipt" (the return's) stays a refund time.
POSSESSIVE_REFUND = [
    ("en", "Once we get your parcel back, we refund you within 10 days of its receipt."),
    ("pt", "Reembolsamos o valor no prazo de 10 dias a contar da sua receção no armazém."),
]


@pytest.mark.parametrize(("lang", "text"), POSSESSIVE_REFUND)
def test_refund_counted_from_its_receipt_is_no_window(lang: str, text: str) -> None:
    assert WINDOW not in extract_returns_terms(text, lang)


# French "après la réception du colis": the customer's parcel (delivery), not the shop's receipt
# of the return, unless the parcel is said to be back with the shop ("chez nous", "retourné").
PARCEL = [
    (
        "Vous pouvez exercer votre droit de rétractation (remboursement) jusqu'à 21 jours après "
        "la réception du colis.",
        21,
    ),
    (
        "Demande d'échange : jusqu'à 60 jours après la réception du colis. Demande de "
        "rétractation (remboursement) : jusqu'à 21 jours après la réception du colis.",
        21,
    ),
    ("Nous vous remboursons sous 10 jours après la réception du colis chez nous.", None),
    ("Le remboursement intervient sous 10 jours après réception du colis retourné.", None),
]


@pytest.mark.parametrize(("text", "days"), PARCEL)
def test_french_receipt_of_the_parcel_is_delivery(text: str, days: int | None) -> None:
    assert extract_returns_terms(text, "fr").get(WINDOW) == days
