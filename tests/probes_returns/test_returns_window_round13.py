"""Families of window wordings the twelfth unseen returns batch (policies_35/36) showed the reader
missing, each in the languages where it exists: a lack of conformity that shows within two years
(the legal guarantee, no window); a period in hours written "48h" (counted from delivery, a
window in days); a time counted from receiving the RMA, the return number or label (a time to
send the goods, no window); a refund request that "can be made" within a period (a window to
ask); a German "Rückzahlungsgarantie" (a money-back guarantee: the window); a French period
counted from receiving "votre colis" (the customer's parcel: delivery, not the shop's receipt of
the return); a shop that "undertakes to send" a replacement within some days (its own time); a
class named before a bracketed list with commas (still the opening clause); an exchange right
under a heading about defects (a warranty's swap); days counted "including the day you receive
your order" (from delivery); a withdrawal offered beside a period for damaged goods only (that
period is no window). The sentences are made up, one idiom each."""

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


# A shop that takes back only faulty goods: the days to report them; the days in which the shop
# "undertakes to send" a new one are its own time, no second period.
COMMIT = [
    (
        "en",
        "We only exchange faulty items. Tell us within 4 days of delivery.",
        "Send the faulty piece back; we undertake to send a new one within 6 days of receiving it.",
    ),
    (
        "fr",
        "Nous échangeons uniquement les articles défectueux. Prévenez-nous dans les 4 jours "
        "suivant la livraison.",
        "Renvoyez la pièce défectueuse ; nous nous engageons à envoyer une pièce neuve sous 6 "
        "jours après réception.",
    ),
    (
        "es",
        "Solo cambiamos artículos defectuosos. Avísanos en 4 días desde la entrega.",
        "Envía la pieza defectuosa; nos comprometemos a enviar una nueva en 6 días desde la "
        "recepción.",
    ),
    (
        "it",
        "Sostituiamo solo articoli difettosi. Avvisaci entro 4 giorni dalla consegna.",
        "Rispedisci il pezzo difettoso; ci impegniamo a inviare un pezzo nuovo entro 6 giorni "
        "dal ricevimento.",
    ),
    (
        "pt",
        "Trocamos apenas artigos com defeito. Avise-nos em até 4 dias após a entrega.",
        "Envie a peça com defeito; comprometemo-nos a enviar uma peça nova em até 6 dias após o "
        "recebimento.",
    ),
    (
        "pl",
        "Wymieniamy tylko wadliwe produkty. Zgłoś to w ciągu 4 dni od dostarczenia.",
        "Odeślij wadliwą część; zobowiązujemy się wysłać nową w ciągu 6 dni od otrzymania.",
    ),
    (
        "de",
        "Wir tauschen nur defekte Artikel um. Melden Sie dies binnen 4 Tagen nach Lieferung.",
        "Senden Sie das defekte Teil ein; wir verpflichten uns, Ihnen binnen 6 Tagen nach Erhalt "
        "ein neues zu senden.",
    ),
    (
        "nl",
        "Wij ruilen alleen defecte artikelen. Meld dit binnen 4 dagen na levering.",
        "Stuur het defecte stuk op; wij verbinden ons ertoe binnen 6 dagen na ontvangst een "
        "nieuw stuk te sturen.",
    ),
]


@pytest.mark.parametrize(("lang", "report", "replace"), COMMIT)
def test_the_shops_undertaking_to_send_is_its_own_time(
    lang: str, report: str, replace: str
) -> None:
    assert extract_returns_terms(f"{report}\n{replace}", lang).get(WINDOW) == 4


# A class named in an opening clause that holds a bracket with a comma ("For sale items (e.g.,
# shoes, bags), ..."): the class's window gives way to the general one.
BRACKET = [
    (
        "en",
        "For sale items (e.g., shoes, bags), returns are limited to 10 days. Returns are "
        "accepted within 30 days of delivery.",
    ),
    (
        "fr",
        "Pour les soldes (par ex., chaussures, sacs), les retours sont limités à 10 jours. Les "
        "retours sont acceptés dans les 30 jours suivant la livraison.",
    ),
    (
        "es",
        "Para las rebajas (p. ej., zapatos, bolsos), las devoluciones se limitan a 10 días. Las "
        "devoluciones se aceptan en 30 días desde la entrega.",
    ),
    (
        "it",
        "Per i saldi (ad es., scarpe, borse), i resi sono limitati a 10 giorni. I resi sono "
        "accettati entro 30 giorni dalla consegna.",
    ),
    (
        "pt",
        "Para os saldos (por ex., sapatos, malas), as devoluções estão limitadas a 10 dias. As "
        "devoluções são aceites em 30 dias após a entrega.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), BRACKET)
def test_a_class_before_a_bracketed_list_is_still_the_opening_clause(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


# An exchange right under a heading about defects is the swap of a faulty item (a warranty's
# period); an exchange shop's own period is the window.
DEFECT_HEADING = [
    (
        "en",
        "Defective items\nExchanges must be requested within 5 days of delivery.\nFor any other "
        "reason, exchanges are accepted within 25 days of delivery.",
    ),
    (
        "fr",
        "Articles défectueux\nLes échanges doivent être demandés dans les 5 jours suivant la "
        "livraison.\nPour toute autre raison, les échanges sont acceptés dans les 25 jours "
        "suivant la livraison.",
    ),
    (
        "es",
        "Artículos defectuosos\nLos cambios deben solicitarse en 5 días desde la entrega.\nPor "
        "cualquier otro motivo, los cambios se aceptan en 25 días desde la entrega.",
    ),
    (
        "pt",
        "Produtos com defeito\nA troca deve ser solicitada em até 5 dias após a entrega.\nPor "
        "qualquer outro motivo, a troca é aceite em até 25 dias após a entrega.",
    ),
    (
        "it",
        "Articoli difettosi\nI cambi vanno richiesti entro 5 giorni dalla consegna.\nPer ogni "
        "altro motivo, i cambi sono accettati entro 25 giorni dalla consegna.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DEFECT_HEADING)
def test_an_exchange_under_a_defect_heading_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 25


def test_an_exchange_under_a_plain_heading_still_counts() -> None:
    text = "Exchanges\nExchanges must be requested within 20 days of delivery."
    assert extract_returns_terms(text, "en").get(WINDOW) == 20


def test_a_shop_sending_within_days_beside_a_window_leaves_the_window() -> None:
    text = (
        "You may return any item within 30 days of delivery. "
        "We undertake to send your replacement within 5 days of receiving your return."
    )
    assert extract_returns_terms(text, "en").get(WINDOW) == 30


# Days counted "including the day you receive your order", in a sentence naming nothing else:
# counted from delivery, the window.
INCL = [
    ("en", "You have 12 days, including the day you receive your order."),
    (
        "fr",
        "Vous avez changé d'avis ? Vous disposez de 12 jours, y compris le jour de la réception.",
    ),
    ("es", "¿Has cambiado de idea? Tienes 12 días, incluido el día de la entrega."),
    (
        "it",
        "Hai cambiato idea? Hai a disposizione 12 giorni, incluso quello in cui ricevi l'ordine.",
    ),
    ("pt", "Tem 12 dias, incluindo o dia em que recebe a encomenda."),
    ("de", "Sie haben 12 Tage Zeit, einschließlich des Tages der Lieferung."),
    ("nl", "U heeft 12 dagen de tijd, inclusief de dag van ontvangst."),
    ("pl", "Masz 12 dni, wliczając dzień otrzymania paczki."),
]


@pytest.mark.parametrize(("lang", "text"), INCL)
def test_days_including_the_day_of_receipt_are_counted_from_delivery(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 12


def test_a_refund_counted_including_the_day_we_receive_the_return_is_no_window() -> None:
    text = (
        "Returns are accepted within 30 days of delivery. "
        "Refunds take 5 days, including the day we receive your return."
    )
    assert extract_returns_terms(text, "en").get(WINDOW) == 30


# A page that gives a period only for damaged goods but also takes goods back after a withdrawal
# (whose period it does not state): the damage period is not the window (null).
OFFERED = [
    (
        "en",
        "Damaged items must be reported within 5 days of delivery. If you use your right of "
        "withdrawal, you pay the return shipping.",
    ),
    (
        "fr",
        "Les articles endommagés doivent être signalés dans les 5 jours suivant la livraison. En "
        "cas de rétractation, les frais de retour sont à votre charge.",
    ),
    (
        "es",
        "Los artículos dañados deben comunicarse en 5 días desde la entrega. En caso de "
        "desistimiento, los gastos de devolución corren por tu cuenta.",
    ),
    (
        "it",
        "Gli articoli danneggiati vanno segnalati entro 5 giorni dalla consegna. In caso di "
        "recesso, le spese di reso sono a tuo carico.",
    ),
    (
        "pt",
        "Os artigos danificados devem ser comunicados em até 5 dias após a entrega. Em caso de "
        "desistência, os portes de devolução são por sua conta.",
    ),
    (
        "de",
        "Beschädigte Artikel sind binnen 5 Tagen nach Lieferung zu melden. Bei einem Widerruf "
        "tragen Sie die Kosten der Rücksendung.",
    ),
    (
        "nl",
        "Beschadigde artikelen moet u binnen 5 dagen na levering melden. Bij herroeping betaalt "
        "u de retourkosten.",
    ),
    (
        "pl",
        "Uszkodzone produkty należy zgłosić w ciągu 5 dni od dostarczenia. W przypadku "
        "odstąpienia od umowy koszt zwrotu ponosi klient.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), OFFERED)
def test_a_withdrawal_offered_beside_a_damage_period_leaves_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) is None


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


def test_a_change_of_mind_in_a_refused_list_leaves_the_damage_period() -> None:
    text = (
        "We do not accept returns if:\n- you change your mind\n"
        "Damaged items must be reported within 5 days of delivery."
    )
    assert extract_returns_terms(text, "en").get(WINDOW) == 5


def test_no_right_of_withdrawal_leaves_the_damage_period() -> None:
    text = (
        "Damaged items must be reported within 5 days of delivery. "
        "There is no right of withdrawal for custom-made goods."
    )
    assert extract_returns_terms(text, "en").get(WINDOW) == 5
