"""Short made-up policies (a window and who pays), restocking-fee sentences and sentences about
shipping, dispatch and warranties that say nothing of returns, in eight languages, each round
written before the reader ran on it (first-run figures above each list)."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

# A third round: 24 short policies, three in each language (windows 23 of 24 and who-pays 21 of
# 24 read at first), and the family they showed missing in all eight languages: the return (or
# the collection of the goods) said to be free with words between ("Returns within 30 days are
# free", "il reso, che è sempre gratuito", "La recogida del producto es gratuita"); and "you can
# cancel within 14 days" under the Consumer Contracts Regulations.
SHORT_POLICIES = [
    (
        "en",
        30,
        False,
        "You may return any unused item within 30 days of delivery. Return postage is paid by "
        "you unless the item is faulty.",
    ),
    (
        "en",
        14,
        None,
        "Under the Consumer Contracts Regulations you can cancel within 14 days. We will refund "
        "you within 14 days of receiving the goods back.",
    ),
    (
        "en",
        30,
        True,
        "Changed your mind? No problem. Send it back within 30 days using the free returns label "
        "in your parcel.",
    ),
    (
        "fr",
        14,
        False,
        "Vous disposez d'un délai de 14 jours pour exercer votre droit de rétractation. Les "
        "frais de retour restent à votre charge. Le remboursement sera effectué sous 14 jours.",
    ),
    (
        "fr",
        30,
        True,
        "Retour gratuit sous 30 jours. Imprimez simplement l'étiquette depuis votre compte.",
    ),
    (
        "fr",
        30,
        None,
        "Vous pouvez retourner vos articles pendant 30 jours. Attention, les articles soldés ne "
        "sont ni repris ni échangés.",
    ),
    (
        "es",
        30,
        False,
        "Tienes 30 días desde la recepción para devolver tu pedido. Los gastos de envío de la "
        "devolución son a cargo del cliente, salvo producto defectuoso.",
    ),
    ("es", 14, True, "Dispones de 14 días para desistir. La recogida del producto es gratuita."),
    (
        "es",
        15,
        None,
        "Las devoluciones se aceptan hasta 15 días después de la compra. El reembolso se hará en "
        "el mismo método de pago en un plazo de 10 días.",
    ),
    (
        "it",
        14,
        False,
        "Il cliente ha 14 giorni per recedere dal contratto. Le spese di restituzione sono a "
        "carico del cliente. Il rimborso avverrà entro 14 giorni.",
    ),
    ("it", 30, True, "Hai 30 giorni per il reso, che è sempre gratuito."),
    (
        "it",
        14,
        None,
        "Hai diritto di recedere entro 14 giorni dalla consegna. Rimborseremo tutti i pagamenti "
        "ricevuti, comprese le spese di consegna.",
    ),
    (
        "de",
        14,
        False,
        "Sie können die Ware binnen 14 Tagen zurücksenden. Die Kosten der Rücksendung tragen "
        "Sie. Wir erstatten den Kaufpreis innerhalb von 14 Tagen.",
    ),
    ("de", 30, True, "30 Tage Rückgaberecht. Der Rückversand ist kostenlos."),
    (
        "de",
        100,
        None,
        "Sie haben 100 Tage Zeit, Ihre Bestellung zurückzuschicken. Die Erstattung erfolgt nach "
        "Eingang der Rücksendung.",
    ),
    (
        "nl",
        30,
        False,
        "Je hebt 30 dagen bedenktijd. De kosten van het terugsturen zijn voor jouw rekening.",
    ),
    ("nl", 14, True, "Binnen 14 dagen kun je je bestelling gratis retourneren."),
    (
        "nl",
        30,
        None,
        "Retourneren kan tot 30 dagen na ontvangst. Het aankoopbedrag wordt binnen 5 werkdagen "
        "teruggestort.",
    ),
    (
        "pt",
        14,
        False,
        "Tem 14 dias para exercer o direito de livre resolução. Os custos da devolução são "
        "suportados pelo cliente.",
    ),
    ("pt", 30, True, "Devoluções gratuitas até 30 dias após a entrega."),
    (
        "pt",
        7,
        None,
        "O prazo para solicitar a devolução é de 7 dias corridos. O estorno será feito em até 10 "
        "dias úteis.",
    ),
    (
        "pl",
        14,
        False,
        "Masz 14 dni na odstąpienie od umowy. Koszty odesłania towaru ponosisz Ty. Zwrot "
        "pieniędzy nastąpi w ciągu 14 dni.",
    ),
    ("pl", 30, True, "Zwroty do 30 dni są darmowe."),
    (
        "pl",
        30,
        None,
        "Towar możesz zwrócić w ciągu 30 dni od otrzymania przesyłki. Pieniądze zwrócimy w ciągu "
        "7 dni roboczych.",
    ),
]


# A sixth round: 32 restocking-fee sentences, four in each language (31 read at first; the miss
# was the Italian "non applichiamo alcuna commissione di rimagazzinaggio", no fee).
FEES = [
    ("en", True, "A 15% restocking fee applies to all returns."),
    ("en", False, "We never charge a restocking fee."),
    ("en", True, "Returned items may be subject to a restocking fee of up to 20%."),
    ("en", True, "An administration charge of £5 is deducted from every refund."),
    ("fr", True, "Des frais de restockage de 10 % seront retenus."),
    ("fr", False, "Aucuns frais de restockage ne sont appliqués."),
    ("fr", True, "Des frais de traitement de 5 € sont retenus sur chaque remboursement."),
    ("fr", True, "Une décote de 20 % peut être appliquée aux articles retournés."),
    ("es", True, "Se aplicará un cargo de reposición del 15 %."),
    ("es", False, "No cobramos ningún cargo de reposición."),
    ("es", True, "Se cobrarán 5 € de gastos de gestión por cada devolución."),
    ("es", True, "Podrá aplicarse una penalización del 10 % sobre el importe."),
    ("it", True, "Verrà applicato un costo di riassortimento del 15%."),
    ("it", False, "Non applichiamo alcuna commissione di rimagazzinaggio."),
    ("it", True, "Sarà trattenuta una commissione di gestione di 5 €."),
    ("it", True, "Potrà essere applicata una trattenuta del 10% sul rimborso."),
    ("de", True, "Für Rücksendungen berechnen wir eine Bearbeitungsgebühr von 5 €."),
    ("de", False, "Wir erheben keine Bearbeitungsgebühr."),
    ("de", True, "Es kann eine Wiedereinlagerungsgebühr von bis zu 15 % anfallen."),
    ("de", True, "Bei Rückgabe wird eine Gebühr von 10 % des Kaufpreises einbehalten."),
    ("nl", True, "Wij rekenen 15% herbevoorradingskosten."),
    ("nl", False, "Wij rekenen geen administratiekosten."),
    ("nl", True, "Er worden € 5 administratiekosten ingehouden op de terugbetaling."),
    ("nl", True, "Er kan een inhouding van 10% worden toegepast."),
    ("pt", True, "Será cobrada uma taxa de reposição de 15%."),
    ("pt", False, "Não cobramos qualquer taxa de processamento."),
    ("pt", True, "Será descontada uma taxa de processamento de 5 € por devolução."),
    ("pt", True, "Poderá ser aplicada uma dedução de 10% sobre o valor."),
    ("pl", True, "Za przyjęcie zwrotu pobieramy opłatę manipulacyjną 10 zł."),
    ("pl", False, "Nie pobieramy opłat manipulacyjnych."),
    ("pl", True, "Od zwracanej kwoty potrącimy 10% opłaty administracyjnej."),
    ("pl", True, "Może zostać naliczona opłata za ponowne przyjęcie towaru."),
]


# Sentences about shipping, delivery, dispatch, service hours, warranties and defective goods
# say nothing of returns (all clean before and after the rules of this round).
NOT_ABOUT_RETURNS = [
    ("en", "Shipping is free within the EU."),
    ("en", "Delivery is free on orders over £50."),
    ("en", "Orders are dispatched within 2 working days."),
    ("en", "Our support team is available 7 days a week."),
    ("en", "Returning customers get free shipping on their next order."),
    ("en", "Delivery takes 3 to 5 days and is free for members."),
    ("en", "The product comes with a 2-year warranty."),
    ("en", "If you receive a damaged item, we will replace it free of charge."),
    ("fr", "La livraison est gratuite dès 50 € d'achat."),
    ("fr", "Les commandes sont expédiées sous 48 heures."),
    ("fr", "Notre service client est disponible 6 jours sur 7."),
    ("fr", "L'échange d'un article défectueux est gratuit."),
    ("es", "El envío es gratuito en pedidos superiores a 50 €."),
    ("es", "Los pedidos se envían en 24-48 horas."),
    ("es", "La entrega tarda de 3 a 5 días hábiles."),
    ("es", "Garantía de 2 años en todos los productos."),
    ("it", "La spedizione è gratuita per ordini superiori a 50 €."),
    ("it", "Gli ordini vengono spediti entro 2 giorni lavorativi."),
    ("it", "La consegna richiede 3-5 giorni."),
    ("it", "La sostituzione di un prodotto difettoso è gratuita."),
    ("de", "Der Versand ist ab 50 € kostenlos."),
    ("de", "Bestellungen werden innerhalb von 2 Werktagen versendet."),
    ("de", "Die Lieferung dauert 3 bis 5 Tage."),
    ("de", "Der Umtausch defekter Ware ist kostenlos."),
    ("nl", "Verzending is gratis vanaf € 50."),
    ("nl", "Bestellingen worden binnen 2 werkdagen verzonden."),
    ("nl", "De levering duurt 3 tot 5 dagen."),
    ("nl", "Het vervangen van een defect product is gratis."),
    ("pt", "O envio é gratuito em encomendas acima de 50 €."),
    ("pt", "As encomendas são expedidas em 2 dias úteis."),
    ("pt", "A entrega demora 3 a 5 dias úteis."),
    ("pt", "A troca de um produto com defeito é gratuita."),
    ("pl", "Dostawa jest darmowa od 100 zł."),
    ("pl", "Zamówienia wysyłamy w ciągu 2 dni roboczych."),
    ("pl", "Dostawa trwa od 3 do 5 dni."),
    ("pl", "Wymiana wadliwego produktu jest bezpłatna."),
]


@pytest.mark.parametrize(("lang", "days", "free", "text"), SHORT_POLICIES)
def test_short_policies_are_read(lang: str, days: int, free: bool | None, text: str) -> None:
    terms = extract_returns_terms(text, lang)
    assert (terms.get("returns.window_days"), terms.get("returns.free_returns")) == (days, free)


@pytest.mark.parametrize(("lang", "fee", "text"), FEES)
def test_common_restocking_fee_sentences_are_read(lang: str, fee: bool, text: str) -> None:
    assert extract_returns_terms(text, lang).get("returns.restocking_fee") is fee


@pytest.mark.parametrize(("lang", "text"), NOT_ABOUT_RETURNS)
def test_sentences_not_about_returns_say_nothing(lang: str, text: str) -> None:
    terms = extract_returns_terms(text, lang)
    assert not {"returns.window_days", "returns.free_returns", "returns.restocking_fee"} & set(
        terms
    )
