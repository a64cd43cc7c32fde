"""Families of window wordings the ninth unseen returns batch (policies_29/30) showed the reader
missing, each in the languages where it exists: a no-break space's mojibake glued before a
number ("binnenΒ 14 dagenΒ na"); a return and a refund named together before a period counted
from delivery (the window of both); a withdrawal period named right before a duration with a
return purpose, beside the shop's own window; an "except ..." that excepts sale items, not the
defect the period is for; and refund wordings (money returns, a refund counted from the return's
receipt or its approval) that are no second window; the shop's time to ship an order; a period
in a sentence that names nothing after one about a defect (the defect's); a refund "allowed
within" a period (a window to ask); a row ("Card: return within 5 days") of a list of refunds
(no window). The sentences are made up, one idiom each."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

WINDOW = "returns.window_days"

# A no-break space's lead byte shown in a Windows code page, glued to the word before it.
NBSP = [
    ("en", "You can return any itemÂ 30 daysÂ after delivery."),
    ("fr", "Vous pouvez retourner un article dansÂ 30 joursÂ après la livraison."),
    ("es", "Puedes devolver cualquier artículo enΒ 30 díasΒ desde la entrega."),
    ("it", "Puoi restituire qualsiasi articolo entroΒ 30 giorniΒ dalla consegna."),
    ("pt", "Pode devolver qualquer artigo atéÂ 30 diasÂ após a entrega."),
    ("de", "Sie können jeden Artikel innerhalbÂ 30 TagenÂ nach Erhalt zurücksenden."),
    ("nl", "U kunt een product binnenΒ 30 dagenΒ na ontvangst retourneren."),
    ("pl", "Możesz zwrócić każdy produkt wΒ 30 dniΒ od otrzymania."),
]
# "Returns and refunds within 10 days of delivery": the window, beside an exchange period.
RETURN_AND_REFUND = [
    (
        "en",
        "Exchanges are accepted within 30 days of purchase. Returns and refunds are "
        "accepted within 10 days of delivery.",
    ),
    (
        "fr",
        "Les échanges sont acceptés sous 30 jours après l'achat. Les retours et "
        "remboursements sont acceptés dans les 10 jours suivant la livraison.",
    ),
    (
        "es",
        "Los cambios se aceptan hasta 30 días después de la compra. Las devoluciones y "
        "reembolsos se aceptan dentro de los 10 días siguientes a la entrega.",
    ),
    (
        "it",
        "I cambi sono accettati entro 30 giorni dall'acquisto. I resi e i rimborsi sono "
        "accettati entro 10 giorni dalla consegna.",
    ),
    (
        "pt",
        "As trocas são aceites até 30 dias após a compra. As devoluções e reembolsos são "
        "aceites até 10 dias após a entrega.",
    ),
    (
        "de",
        "Ein Umtausch ist innerhalb von 30 Tagen nach dem Kauf möglich. Rücksendungen und "
        "Erstattungen sind innerhalb von 10 Tagen nach Erhalt möglich.",
    ),
    (
        "nl",
        "Ruilen kan binnen 30 dagen na aankoop. Retouren en terugbetalingen kunnen binnen "
        "10 dagen na ontvangst.",
    ),
    (
        "pl",
        "Wymiana jest możliwa w ciągu 30 dni od zakupu. Zwroty i zwrot pieniędzy są "
        "możliwe w ciągu 10 dni od otrzymania.",
    ),
]
# "a legal withdrawal period of 14 days to return your order" beside the shop's 30 days.
NAMED_WITHDRAWAL = [
    (
        "en",
        "You can return items within 30 days of delivery, and you have a legal withdrawal "
        "period of 14 days to return your order.",
    ),
    (
        "fr",
        "Vous pouvez retourner un article dans les 30 jours suivant la livraison, et vous "
        "disposez d'un délai de rétractation de 14 jours pour retourner votre commande.",
    ),
    (
        "es",
        "Puedes devolver un artículo en los 30 días siguientes a la entrega, y dispones de "
        "un plazo de desistimiento de 14 días para devolver tu pedido.",
    ),
    (
        "it",
        "Puoi restituire un articolo entro 30 giorni dalla consegna, e hai un diritto di "
        "recesso di 14 giorni per restituire il tuo ordine.",
    ),
    (
        "pt",
        "Pode devolver um artigo até 30 dias após a entrega, e tem um direito de "
        "arrependimento de 14 dias para devolver a sua encomenda.",
    ),
    (
        "de",
        "Sie können Artikel innerhalb von 30 Tagen nach Erhalt zurücksenden, und Sie haben "
        "eine Widerrufsfrist von 14 Tagen, um Ihre Bestellung zurückzusenden.",
    ),
    (
        "nl",
        "Je kunt artikelen binnen 30 dagen na ontvangst retourneren, en je hebt een "
        "bedenktijd van 14 dagen om je bestelling te retourneren.",
    ),
    (
        "pl",
        "Zwrotu można dokonać w ciągu 30 dni od otrzymania, a ustawowy termin na "
        "odstąpienie od umowy wynosi 14 dni na zwrot zamówienia.",
    ),
]
# "Except for sale items, defective products for 60 days": the 60 days are the defect's.
EXCEPTION = [
    (
        "en",
        "Except for sale items, we accept the return of defective products for 60 days "
        "from purchase. Other returns must be requested within 7 days of receipt.",
    ),
    (
        "fr",
        "Sauf pour les articles soldés, nous acceptons le retour des produits défectueux "
        "pendant 60 jours après l'achat. Les autres retours doivent être demandés dans les "
        "7 jours suivant la réception.",
    ),
    (
        "es",
        "Salvo los artículos rebajados, aceptamos la devolución de productos defectuosos "
        "durante 60 días desde la compra. Las demás devoluciones deben solicitarse en los "
        "7 días siguientes a la recepción.",
    ),
    (
        "it",
        "Ad eccezione degli articoli in saldo, accettiamo il reso di prodotti difettosi "
        "per 60 giorni dall'acquisto. Gli altri resi devono essere richiesti entro 7 "
        "giorni dalla ricezione.",
    ),
    (
        "pt",
        "Exceto artigos em saldo, aceitamos a devolução de produtos com defeito durante 60 "
        "dias após a compra. As outras devoluções devem ser pedidas até 7 dias após a "
        "receção.",
    ),
    (
        "de",
        "Außer bei reduzierten Artikeln nehmen wir die Rücksendung defekter Produkte 60 "
        "Tage ab Kauf an. Andere Rücksendungen müssen innerhalb von 7 Tagen nach Erhalt "
        "angemeldet werden.",
    ),
    (
        "nl",
        "Behalve voor afgeprijsde artikelen accepteren we de retour van defecte producten "
        "gedurende 60 dagen na aankoop. Andere retouren moeten binnen 7 dagen na ontvangst "
        "worden aangemeld.",
    ),
    (
        "pl",
        "Z wyjątkiem produktów przecenionych przyjmujemy zwrot wadliwych produktów przez "
        "60 dni od zakupu. Inne zwroty należy zgłosić w ciągu 7 dni od otrzymania.",
    ),
]
# Money returns and refunds counted from the return's receipt or approval: refund times.
REFUND_WORDS = [
    (
        "es",
        "Puedes devolver el pedido en un plazo de 14 días desde la entrega. Las "
        "devoluciones de dinero se realizarán en un plazo de 10 días.",
    ),
    (
        "nl",
        "Je kunt de bestelling binnen 14 dagen na levering retourneren. We betalen het "
        "bedrag uiterlijk binnen 30 dagen na retourontvangst terug.",
    ),
    (
        "pt",
        "A devolução pode ser pedida até 7 dias após a entrega. O reembolso é feito após a "
        "confirmação de que a devolução foi aprovada, num prazo de até 15 dias.",
    ),
]
# "if we take more than 60 days to ship your order": the shop's time to dispatch, no window.
DISPATCH = [
    (
        "en",
        "You may withdraw from the purchase within 14 days of delivery, or if we take more "
        "than 60 days to ship your order.",
    ),
    (
        "fr",
        "Vous pouvez vous rétracter dans les 14 jours suivant la livraison, ou si nous "
        "dépassons le délai de 60 jours pour expédier votre commande.",
    ),
    (
        "es",
        "Puede desistir de la compra en los 14 días siguientes a la entrega, o si "
        "superamos el plazo de 60 días para enviar su pedido.",
    ),
    (
        "it",
        "Puoi esercitare il diritto di recesso entro 14 giorni dalla consegna, o se "
        "superiamo il termine di 60 giorni per spedire il tuo ordine.",
    ),
    (
        "pt",
        "Pode exercer o direito de arrependimento até 14 dias após a entrega, ou se "
        "ultrapassarmos o prazo de 60 dias para envio do pedido.",
    ),
    (
        "de",
        "Sie können innerhalb von 14 Tagen nach Erhalt widerrufen, oder wenn wir mehr als "
        "60 Tage für den Versand Ihrer Bestellung brauchen.",
    ),
    (
        "nl",
        "U kunt binnen 14 dagen na ontvangst herroepen, of als wij meer dan 60 dagen nodig "
        "hebben om uw bestelling te verzenden.",
    ),
    (
        "pl",
        "Możesz odstąpić od umowy w ciągu 14 dni od otrzymania, lub gdy przekroczymy "
        "termin 60 dni na wysyłkę zamówienia.",
    ),
]
# "If you receive a faulty product ..." + "Please contact us within 30 days": the defect's period.
FAULTY_BEFORE = [
    (
        "en",
        "If you receive a faulty product, we will replace it. Please contact us within 30 "
        "days of receiving it. You can return any other item within 14 days of delivery.",
    ),
    (
        "fr",
        "Si vous recevez un produit défectueux, nous le remplaçons. Contactez-nous dans "
        "les 30 jours suivant la réception. Vous pouvez retourner tout autre article dans "
        "les 14 jours suivant la livraison.",
    ),
    (
        "es",
        "Si recibe un producto defectuoso, lo sustituimos. Contáctenos en los 30 días "
        "siguientes a la recepción. Puede devolver cualquier otro artículo en los 14 días "
        "siguientes a la entrega.",
    ),
    (
        "it",
        "Se ricevi un prodotto difettoso, lo sostituiamo. Contattaci entro 30 giorni dalla "
        "ricezione. Puoi restituire qualsiasi altro articolo entro 14 giorni dalla "
        "consegna.",
    ),
    (
        "pt",
        "Se receber um produto com defeito, nós substituímo-lo. Contacte-nos até 30 dias "
        "após a receção. Pode devolver qualquer outro artigo até 14 dias após a entrega.",
    ),
    (
        "de",
        "Wenn Sie ein defektes Produkt erhalten, ersetzen wir es. Kontaktieren Sie uns "
        "innerhalb von 30 Tagen nach Erhalt. Andere Artikel können Sie innerhalb von 14 "
        "Tagen nach Erhalt zurücksenden.",
    ),
    (
        "nl",
        "Als u een defect product ontvangt, vervangen wij het. Neem binnen 30 dagen na "
        "ontvangst contact met ons op. Andere artikelen kunt u binnen 14 dagen na levering "
        "retourneren.",
    ),
    (
        "pl",
        "Jeśli otrzymasz wadliwy produkt, wymienimy go. Skontaktuj się z nami w ciągu 30 "
        "dni od otrzymania. Inne produkty możesz zwrócić w ciągu 14 dni od dostarczenia.",
    ),
]
# "Refunds are allowed within 14 days of the order date": a window to ask for a refund.
ALLOWED = [
    ("en", "Refunds are allowed within 14 days of the order date. We refund you within 30 days."),
    (
        "fr",
        "Le remboursement est accepté dans les 14 jours suivant la commande. Nous vous "
        "remboursons sous 30 jours.",
    ),
    (
        "es",
        "El reembolso se permite dentro de los 14 días a partir de la fecha del pedido. "
        "Reembolsamos en un plazo de 30 días.",
    ),
    (
        "it",
        "Il rimborso è consentito entro 14 giorni dalla data dell'ordine. Rimborsiamo "
        "entro 30 giorni.",
    ),
    (
        "pt",
        "O reembolso pode ser solicitado até 14 dias após a data do pedido. Reembolsamos "
        "em até 30 dias.",
    ),
    (
        "de",
        "Eine Erstattung ist möglich innerhalb von 14 Tagen ab Bestelldatum. Wir erstatten "
        "innerhalb von 30 Tagen.",
    ),
    (
        "nl",
        "Terugbetaling is mogelijk binnen 14 dagen na de besteldatum. Wij betalen binnen "
        "30 dagen terug.",
    ),
    (
        "pl",
        "Zwrot pieniędzy jest możliwy w ciągu 14 dni od daty zamówienia. Zwracamy "
        "pieniądze w ciągu 30 dni.",
    ),
]
# "The amount is refunded by payment method:" + "Bank transfer: return within 5 days": a refund.
REFUND_ROWS = [
    (
        "en",
        "You can return an item within 30 days of delivery.\nThe amount is refunded by the "
        "payment method used:\nBank transfer: return within 5 days.\nCard: within two "
        "statements.",
    ),
    (
        "fr",
        "Vous pouvez retourner un article dans les 30 jours suivant la livraison.\nLe "
        "montant est remboursé selon le mode de paiement :\nVirement : retour sous 5 "
        "jours.\nCarte : sous deux relevés.",
    ),
    (
        "es",
        "Puede devolver un artículo en los 30 días siguientes a la entrega.\nEl importe se "
        "reembolsa según el método de pago:\nTransferencia: devolución en 5 días.\n"
        "Tarjeta: en dos extractos.",
    ),
    (
        "it",
        "Puoi restituire un articolo entro 30 giorni dalla consegna.\nL'importo viene "
        "rimborsato secondo il metodo di pagamento:\nBonifico: reso entro 5 giorni.\n"
        "Carta: entro due estratti conto.",
    ),
    (
        "pt",
        "Pode devolver um artigo até 30 dias após a entrega.\nO valor será reembolsado de "
        "acordo com a forma de pagamento:\nPIX ou Boleto: devolução em até 5 dias úteis.\n"
        "Cartão: em até 2 faturas.",
    ),
    (
        "de",
        "Sie können Artikel innerhalb von 30 Tagen nach Erhalt zurücksenden.\nDer Betrag "
        "wird je nach Zahlungsart erstattet:\nÜberweisung: Rückgabe innerhalb von 5 "
        "Tagen.\nKarte: mit der nächsten Abrechnung.",
    ),
    (
        "nl",
        "Je kunt artikelen binnen 30 dagen na ontvangst retourneren.\nHet bedrag wordt "
        "terugbetaald via de betaalmethode:\nBankoverschrijving: retour binnen 5 dagen.\n"
        "Creditcard: bij de volgende afschrijving.",
    ),
    (
        "pl",
        "Możesz zwrócić produkt w ciągu 30 dni od otrzymania.\nKwota zostanie zwrócona "
        "zgodnie z metodą płatności:\nPrzelew: zwrot w ciągu 5 dni.\nKarta: przy kolejnym "
        "wyciągu.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NBSP)
def test_a_no_break_space_mojibake_before_a_number_is_read_as_a_space(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang)[WINDOW] == 30


@pytest.mark.parametrize(("lang", "text"), RETURN_AND_REFUND)
def test_a_return_and_a_refund_named_together_give_the_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang)[WINDOW] == 10


@pytest.mark.parametrize(("lang", "text"), NAMED_WITHDRAWAL)
def test_a_withdrawal_period_named_before_a_duration_is_the_legal_one(lang: str, text: str) -> None:
    terms = extract_returns_terms(text, lang)
    assert (terms[WINDOW], terms["returns.withdrawal_days"]) == (30, 14)


@pytest.mark.parametrize(("lang", "text"), EXCEPTION)
def test_an_exception_before_a_defect_period_leaves_it_the_defects(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang)[WINDOW] == 7


@pytest.mark.parametrize(
    ("lang", "text", "window"),
    [(lang, text, window) for (lang, text), window in zip(REFUND_WORDS, (14, 14, 7), strict=True)],
)
def test_refund_wordings_are_no_second_window(lang: str, text: str, window: int) -> None:
    assert extract_returns_terms(text, lang)[WINDOW] == window


@pytest.mark.parametrize(("lang", "text"), DISPATCH)
def test_a_time_to_ship_the_order_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang)[WINDOW] == 14


@pytest.mark.parametrize(("lang", "text"), FAULTY_BEFORE)
def test_a_period_after_a_sentence_about_a_defect_is_the_defects(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang)[WINDOW] == 14


@pytest.mark.parametrize(("lang", "text"), ALLOWED)
def test_a_refund_allowed_within_a_period_is_a_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang)[WINDOW] == 14


@pytest.mark.parametrize(("lang", "text"), REFUND_ROWS)
def test_a_row_of_a_list_of_refunds_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang)[WINDOW] == 30
