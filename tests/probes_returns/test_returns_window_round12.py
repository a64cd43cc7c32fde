"""Families of window wordings the eleventh unseen returns batch (policies_33/34) showed the reader
missing, each in the languages where it exists: cancelling "without having to justify it" (the
withdrawal, whatever verb it follows); days "to think it over" (the withdrawal period); a time
counted from receiving "this" or "our" e-mail (a time to send the goods, no window); the legal
period, the days a shop adds to it and their sum (the sum is the window); a Portuguese "retornar"
said of the goods, and a refund phrase that holds the returned goods inside it; a refund counted
from "the return or the withdrawal" (no second withdrawal period); an ordinal day ("up to the
fourteenth day after delivery"); the customer receiving an e-mail within a few days (the shop's
own time); a fee on items returned "after 5 days" (a tier's boundary inside the window); a return
"for store credit or refund" (the refund a purpose); goods that "must then be returned" after the
notice (a time to send them). The sentences are made up, one idiom each."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

WINDOW = "returns.window_days"

# Cancelling (or sending back) "without having to justify it": the withdrawal, 20 days.
JUSTIFY = [
    ("en", "You may cancel your order within 20 days without having to justify your decision."),
    ("fr", "Vous pouvez annuler votre commande sous 20 jours sans avoir à vous justifier."),
    (
        "es",
        "Puedes anular tu compra en un plazo de 20 días sin necesidad de justificar tu decisión.",
    ),
    ("it", "Puoi annullare l'ordine entro 20 giorni senza doverlo giustificare."),
    ("pt", "Pode anular a encomenda no prazo de 20 dias sem ter de justificar a sua decisão."),
    ("de", "Sie können Ihre Bestellung binnen 20 Tagen ohne Begründung stornieren."),
    ("nl", "U kunt uw bestelling binnen 20 dagen zonder opgaaf van redenen annuleren."),
    ("pl", "Możesz anulować zamówienie w ciągu 20 dni bez podawania przyczyn."),
]


@pytest.mark.parametrize(("lang", "text"), JUSTIFY)
def test_cancelling_without_justifying_it_is_the_withdrawal(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 20


# Days "to think it over": the withdrawal period, 20 days.
THINK = [
    ("en", "Once your parcel has arrived, you get 20 days to think it over."),
    ("fr", "Après réception du colis, vous disposez d'un délai de réflexion de 20 jours."),
    ("es", "Una vez recibido el paquete, tienes 20 días para pensarlo."),
    ("it", "Dopo aver ricevuto il pacco hai 20 giorni per pensarci."),
    ("pt", "Depois de receber a encomenda tem 20 dias para pensar melhor."),
    ("de", "Nach Erhalt des Pakets haben Sie 20 Tage Bedenkzeit."),
    ("nl", "Na ontvangst van het pakket heb je 20 dagen de tijd om je te bedenken."),
    ("pl", "Po otrzymaniu paczki masz 20 dni do namysłu."),
]


@pytest.mark.parametrize(("lang", "text"), THINK)
def test_days_to_think_it_over_are_the_withdrawal(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 20


# A time counted from receiving "this" or "our" e-mail: a time to send the parcel, no window.
MAIL = [
    ("fr", "Le renvoi doit se faire sous 8 jours ouvrés à compter de la réception de ce mail."),
    ("es", "La devolución debe enviarse en 8 días desde la recepción de este correo."),
    ("it", "Il reso deve essere spedito entro 8 giorni dalla ricezione della nostra mail."),
    ("pt", "A devolução deve ser enviada em 8 dias após a receção deste e-mail."),
    ("de", "Die Rücksendung muss innerhalb von 8 Tagen nach Erhalt dieser E-Mail erfolgen."),
    ("nl", "Je retour moet binnen 8 dagen na ontvangst van deze e-mail verstuurd worden."),
    ("pl", "Zwrot należy nadać w ciągu 8 dni od otrzymania naszego maila."),
]


@pytest.mark.parametrize(("lang", "text"), MAIL)
def test_a_time_from_receiving_this_email_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) is None


# The legal period, the days added to it and their sum: the sum is the window.
ADDED = [
    (
        "de",
        "Zusätzlich zum gesetzlichen 14-tägigen Widerrufsrecht erhalten Sie weitere 16 Tage, in "
        "denen Sie ohne Angabe von Gründen widerrufen können. Sie können also innerhalb von 30 "
        "Tagen widerrufen.",
    ),
    (
        "fr",
        "En plus du délai légal de rétractation de 14 jours, vous disposez de 16 jours "
        "supplémentaires de rétractation. Vous pouvez donc vous rétracter dans les 30 jours.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ADDED)
def test_the_legal_period_plus_added_days_is_the_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


def test_portuguese_retornar_and_a_refund_holding_the_returned_goods() -> None:
    text = (
        "Tem a possibilidade de retornar dentro de 20 dias após receber a encomenda. Os "
        "reembolsos dos artigos devolvidos serão efetuados no prazo de 5 dias após a receção "
        "do artigo."
    )
    assert extract_returns_terms(text, "pt").get(WINDOW) == 20


def test_portuguese_retornar_o_produto_is_a_return() -> None:
    text = "O cliente pode retornar o produto em até 20 dias corridos após a entrega."
    assert extract_returns_terms(text, "pt").get(WINDOW) == 20


# Guards: the rules reach no further.
def test_justifying_a_price_is_no_withdrawal() -> None:
    text = "Returns are accepted within 30 days. We justify every price change within 5 days."
    assert extract_returns_terms(text, "en").get(WINDOW) == 30


def test_the_shop_getting_back_to_you_is_no_return() -> None:
    text = "Retornaremos o seu contacto no prazo de 2 dias úteis."
    assert extract_returns_terms(text, "pt").get(WINDOW) is None


def test_a_window_from_receiving_the_order_stays_a_window() -> None:
    text = "Le retour est possible dans les 30 jours à compter de la réception de votre commande."
    assert extract_returns_terms(text, "fr").get(WINDOW) == 30


def test_three_withdrawal_periods_that_do_not_add_up_are_unknown() -> None:
    text = (
        "En plus du délai légal de rétractation de 14 jours, vous disposez de 10 jours "
        "supplémentaires de rétractation. Vous pouvez donc vous rétracter dans les 30 jours."
    )
    assert extract_returns_terms(text, "fr").get(WINDOW) is None


def test_a_refund_time_stays_a_refund_beside_the_window() -> None:
    text = (
        "Os artigos podem ser devolvidos no prazo de 14 dias. Os reembolsos serão efetuados "
        "em 10 dias."
    )
    assert extract_returns_terms(text, "pt").get(WINDOW) == 14


# A refund counted from "the return or the withdrawal": no second withdrawal period, 14 stays.
RETURN_OR_WITHDRAWAL = [
    (
        "nl",
        "U kunt de koop binnen 14 dagen herroepen. Wij betalen het bedrag uiterlijk binnen 30 "
        "dagen na de terugzending of herroeping terug.",
    ),
    (
        "en",
        "You may withdraw within 14 days. We will refund the price no later than 30 days after "
        "the return or withdrawal.",
    ),
    (
        "de",
        "Sie können binnen 14 Tagen widerrufen. Wir erstatten den Preis spätestens 30 Tage nach "
        "der Rücksendung oder dem Widerruf.",
    ),
    (
        "fr",
        "Vous pouvez vous rétracter sous 14 jours. Nous remboursons le prix au plus tard 30 jours "
        "après le retour ou la rétractation.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), RETURN_OR_WITHDRAWAL)
def test_a_refund_after_the_return_or_withdrawal_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


# "up to the fourteenth day after delivery": an ordinal day, 14 days.
ORDINAL = [
    ("en", "You may cancel the contract up to and including the fourteenth day after delivery."),
    ("fr", "Vous pouvez vous rétracter jusqu'au quatorzième jour suivant la livraison."),
    ("es", "Puede desistir del contrato hasta el decimocuarto día siguiente a la entrega."),
    ("it", "Può recedere dal contratto fino al quattordicesimo giorno successivo alla consegna."),
    ("pt", "Pode resolver o contrato até ao décimo quarto dia após a entrega."),
    ("nl", "U kunt de overeenkomst herroepen tot en met de veertiende dag na levering."),
    ("de", "Sie können den Vertrag bis zum vierzehnten Tag nach Erhalt der Ware widerrufen."),
    ("pl", "Możesz odstąpić od umowy do czternastego dnia od otrzymania towaru."),
]


@pytest.mark.parametrize(("lang", "text"), ORDINAL)
def test_an_ordinal_day_is_that_many_days(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


# The customer receiving an e-mail within 3 days: the shop's own time, beside the window.
RECEIVE_MAIL = [
    (
        "en",
        "Returns are accepted within 30 days of delivery. Within 3 days you will receive an "
        "e-mail with the return authorisation.",
    ),
    (
        "fr",
        "Les retours sont acceptés sous 30 jours après la livraison. Sous 3 jours, vous "
        "recevrez un e-mail avec l'autorisation de retour.",
    ),
    (
        "es",
        "Las devoluciones se aceptan dentro de los 30 días siguientes a la entrega. En un plazo "
        "de 3 días recibirás un correo con la autorización de devolución.",
    ),
    (
        "it",
        "I resi sono accettati entro 30 giorni dalla consegna. Entro 3 giorni riceverai una "
        "mail con l'autorizzazione al reso.",
    ),
    (
        "pt",
        "As devoluções são aceites até 30 dias após a entrega. No prazo de 3 dias receberá um "
        "e-mail com a autorização de devolução.",
    ),
    (
        "nl",
        "Retourneren kan binnen 30 dagen na levering. Binnen 3 dagen ontvang je een e-mail met "
        "de retourmachtiging.",
    ),
    (
        "de",
        "Rücksendungen sind innerhalb von 30 Tagen nach Erhalt möglich. Innerhalb von 3 Tagen "
        "erhalten Sie eine E-Mail mit der Rücksendegenehmigung.",
    ),
    (
        "pl",
        "Zwroty przyjmujemy w ciągu 30 dni od dostawy. W ciągu 3 dni otrzymasz e-mail z "
        "autoryzacją zwrotu.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), RECEIVE_MAIL)
def test_a_time_to_receive_an_email_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


def test_a_date_named_by_an_ordinal_is_no_period() -> None:
    text = (
        "Orders placed on the seventh of each month ship within 2 days. Returns are accepted "
        "within 30 days."
    )
    assert extract_returns_terms(text, "en").get(WINDOW) == 30


def test_receiving_a_refund_after_returning_keeps_the_window() -> None:
    text = "Return your item within 30 days and you will receive a full refund."
    assert extract_returns_terms(text, "en").get(WINDOW) == 30


# Items returned "after 5 days" pay a fee: a tier's boundary inside the 10-day window.
PAST_DAYS = [
    (
        "en",
        "Returns are accepted within 10 days of purchase. A 20% fee is charged on items "
        "returned after 5 days of purchase.",
    ),
    (
        "fr",
        "Les retours sont acceptés dans les 10 jours suivant l'achat. Des frais de 20 % "
        "s'appliquent aux articles retournés après 5 jours.",
    ),
    (
        "es",
        "Se aceptan devoluciones dentro de los 10 días siguientes a la compra. Se cobra un 20 % "
        "por los artículos devueltos después de 5 días.",
    ),
    (
        "it",
        "I resi sono accettati entro 10 giorni dall'acquisto. Per gli articoli resi dopo 5 "
        "giorni si applica una trattenuta del 20%.",
    ),
    (
        "pt",
        "As devoluções são aceites até 10 dias após a compra. Aos artigos devolvidos após 5 "
        "dias aplica-se uma taxa de 20%.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), PAST_DAYS)
def test_a_fee_past_some_days_is_a_tier_inside_the_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 10


def test_returned_for_store_credit_or_refund_is_a_return() -> None:
    text = (
        "Most items can be returned for store credit or refund, at our discretion, within 10 "
        "days of purchase."
    )
    assert extract_returns_terms(text, "en").get(WINDOW) == 10


def test_no_returns_after_the_window_keeps_the_window() -> None:
    text = "Returns are accepted within 30 days. After 30 days no returns can be accepted."
    assert extract_returns_terms(text, "en").get(WINDOW) == 30


# The goods "must then be returned within 30 days" after a 14-day notice: a time to send them.
THEN_RETURNED = [
    (
        "en",
        "You may withdraw by e-mail within 14 days of receipt. The goods must then be returned "
        "within 30 days of delivery.",
    ),
    (
        "fr",
        "Vous pouvez vous rétracter par e-mail sous 14 jours après réception. Les produits "
        "doivent ensuite être retournés dans les 30 jours suivant la livraison.",
    ),
    (
        "es",
        "Puede desistir por correo electrónico en 14 días desde la recepción. Los productos "
        "deberán luego ser devueltos dentro de los 30 días siguientes a la entrega.",
    ),
    (
        "it",
        "Puoi recedere via e-mail entro 14 giorni dal ricevimento. La merce dovrà poi essere "
        "restituita entro 30 giorni dalla consegna.",
    ),
    (
        "pt",
        "Pode exercer o direito de livre resolução por e-mail em 14 dias após a receção. Os "
        "produtos deverão depois ser devolvidos no prazo de 30 dias após a entrega.",
    ),
    (
        "de",
        "Sie können binnen 14 Tagen nach Erhalt per E-Mail widerrufen. Die Ware ist "
        "anschließend innerhalb von 30 Tagen nach Lieferung zurückzusenden.",
    ),
    (
        "nl",
        "U kunt binnen 14 dagen na ontvangst per e-mail herroepen. De producten moeten daarna "
        "binnen 30 dagen na levering worden teruggestuurd.",
    ),
    (
        "pl",
        "Możesz odstąpić od umowy mailowo w ciągu 14 dni od otrzymania. Następnie należy zwrócić "
        "towar w ciągu 30 dni od dostawy.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), THEN_RETURNED)
def test_goods_then_returned_after_the_notice_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


def test_goods_to_be_returned_within_a_period_stay_the_window() -> None:
    text = "Items must be returned within 30 days of delivery."
    assert extract_returns_terms(text, "en").get(WINDOW) == 30
