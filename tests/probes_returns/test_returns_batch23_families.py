"""Families of wordings the fifth unseen batch (now `returns/policies_23.yaml`) showed the reader
missing, each in the eight languages of the tuned set where the wording exists: the return itself
left to the customer ("o retorno fica a cargo do cliente"), a refund that leaves out the return
costs, "free, but" the customer pays the shipping back, the legal model's "the seller may withhold
the refund until the goods are back" (says nothing of who pays), a return label said to be free
(free returns, unless the label's cost is taken off the refund; a prepaid label alone says nothing
of who bears its cost), a shop template's "our policy lasts 30
days" and "if 30 days have gone by since your purchase" (the window), a trial period (the
window), days to send the goods back after withdrawing (no window), a restocking fee by its
local name, days to process a return (a refund's). The sentences are made up, one idiom each."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"
WINDOW = "returns.window_days"
FEE = "returns.restocking_fee"

RETURN_LEFT_TO_THE_CUSTOMER = [
    ("en", "Sending the goods back is entirely the customer's responsibility."),
    ("en", "The return of the items is the responsibility of the buyer."),
    ("fr", "Le retour des articles est à la charge du client."),
    ("es", "La devolución del producto corre a cargo del cliente."),
    ("it", "La restituzione della merce è a carico del cliente."),
    ("de", "Die Rücksendung der Ware erfolgt zu Lasten des Kunden."),
    ("nl", "Het terugsturen van de artikelen valt onder de verantwoordelijkheid van de klant."),
    (
        "nl",
        "Het terugsturen van artikelen die je herroept, valt volledig onder de "
        "verantwoordelijkheid van de klant.",
    ),
    ("pt", "O retorno das peças fica a cargo do cliente."),
    ("pl", "Odesłanie towaru leży po stronie klienta."),
]

# "You are responsible for the costs", the customer named only by the verb or a gendered form.
YOU_ARE_RESPONSIBLE = [
    ("pl", "Jesteś odpowiedzialny/a za etykietę zwrotną oraz koszty wysyłki zwrotnej."),
    ("pl", "Jesteś odpowiedzialna za koszty odesłania towaru."),
    ("de", "Sie sind für die Kosten der Rücksendung verantwortlich."),
    ("pt", "É responsável pelos portes de devolução."),
]

REFUND_WITHOUT_THE_RETURN_COSTS = [
    (
        "en",
        "We refund the full amount paid (excluding the shipping costs incurred for the return).",
    ),
    ("fr", "Nous remboursons le montant payé (hors frais d'expédition engagés pour le retour)."),
    ("es", "Reembolsamos el importe pagado (excluidos los gastos de envío de la devolución)."),
    ("it", "Rimborsiamo l'importo pagato (escluse le spese di spedizione sostenute per il reso)."),
    ("de", "Wir erstatten den Kaufpreis (ausgenommen die Versandkosten der Rücksendung)."),
    ("nl", "Wij betalen het bedrag terug (exclusief de verzendkosten van de retourzending)."),
    ("pt", "Reembolsamos o valor pago (excluindo os custos de envio da devolução)."),
    ("pl", "Zwracamy zapłaconą kwotę (z wyłączeniem kosztów przesyłki zwrotnej)."),
]

FREE_BUT_THE_CUSTOMER_SHIPS = [
    ("en", "Returning is free, but the cost of the return shipment is borne by the buyer."),
    ("fr", "Le retour est gratuit, mais les frais d'envoi du retour sont à la charge du client."),
    (
        "es",
        "La devolución es gratuita, pero los gastos de envío de la devolución los paga el cliente.",
    ),
    ("it", "Il reso è gratuito, ma le spese di spedizione del reso sono a carico del cliente."),
    (
        "de",
        "Die Rücksendung ist kostenlos, aber die Versandkosten der Rücksendung trägt der Kunde.",
    ),
    (
        "nl",
        "Retourneren is gratis, maar de verzendkosten van de retour zijn voor rekening van de "
        "klant.",
    ),
    ("pt", "A devolução é grátis, mas os custos de envio da devolução ficam a cargo do cliente."),
    ("pl", "Zwrot jest darmowy, ale koszty przesyłki zwrotnej ponosi klient."),
]

REFUND_WITHHELD_UNTIL_THE_GOODS_ARE_BACK = [
    ("en", "We may withhold the refund until we have received the goods back or proof of sending."),
    (
        "fr",
        "Nous pouvons différer le remboursement jusqu'à réception des biens ou d'une preuve "
        "d'expédition.",
    ),
    (
        "es",
        "Podemos retener el reembolso hasta haber recibido los bienes o una prueba de su "
        "devolución.",
    ),
    (
        "it",
        "Possiamo sospendere il rimborso fino al ricevimento dei beni o della prova della "
        "spedizione.",
    ),
    (
        "de",
        "Wir können die Rückzahlung verweigern, bis wir die Waren zurückerhalten haben oder den "
        "Nachweis der Rücksendung.",
    ),
    (
        "nl",
        "Wij mogen wachten met terugbetalen tot wij het product hebben teruggekregen of een "
        "bewijs van terugzending.",
    ),
    ("pt", "Podemos reter o reembolso até recebermos os bens de volta ou a prova do seu envio."),
    (
        "pl",
        "Sprzedawca może wstrzymać się ze zwrotem płatności do czasu otrzymania towaru z "
        "powrotem lub dowodu jego odesłania.",
    ),
]

FREE_RETURN_LABEL = [
    ("en", "Print the free return label from the link in your email."),
    ("fr", "Imprimez l'étiquette de retour gratuite jointe à votre e-mail."),
    ("es", "Imprime la etiqueta de devolución gratuita que te enviamos."),
    ("it", "Stampa l'etichetta di reso gratuita che ti inviamo."),
    ("de", "Füllen Sie das kostenlose Rücksendeetikett online aus."),
    ("nl", "Print het gratis retourlabel uit de e-mail."),
    ("pt", "Imprima a etiqueta de devolução gratuita enviada por e-mail."),
    ("pl", "Wydrukuj darmową etykietę zwrotną z wiadomości e-mail."),
]

LABEL_PAID_FROM_THE_REFUND = [
    (
        "en",
        "A return label is in the box. The return costs of 4.95 EUR are deducted from your refund.",
    ),
    (
        "fr",
        "L'étiquette de retour est dans le colis. Les frais de retour de 4,95 € sont déduits du "
        "remboursement.",
    ),
    ("nl", "Het retourlabel zit in de doos. De retourkost wordt verrekend bij de terugbetaling."),
    (
        "de",
        "Das Rücksendeetikett liegt bei. Die Rücksendekosten von 4,95 € werden von der "
        "Erstattung abgezogen.",
    ),
]

POLICY_LASTS = [
    ("en", "Our policy lasts 21 days. Returns are accepted for unworn items."),
    ("fr", "Notre politique dure 21 jours."),
    ("es", "Nuestra política dura 21 días."),
    ("it", "La nostra politica dura 21 giorni."),
    ("de", "Unsere Richtlinie gilt 21 Tage."),
    ("nl", "Ons beleid duurt 21 dagen."),
    ("pt", "A nossa política dura 21 dias."),
    ("pl", "Nasza polityka trwa 21 dni."),
]

DAYS_GONE_BY = [
    ("en", "If 21 days have gone by since your purchase, we can't offer you a refund or exchange."),
    (
        "fr",
        "Si 21 jours se sont écoulés depuis votre achat, nous ne pouvons pas vous offrir de "
        "remboursement.",
    ),
    ("es", "Si han pasado 21 días desde su compra, no podemos ofrecerle un reembolso."),
    ("it", "Se sono trascorsi 21 giorni dal tuo acquisto, non possiamo offrirti un rimborso."),
    (
        "de",
        "Wenn seit Ihrem Kauf 21 Tage vergangen sind, können wir Ihnen keine Erstattung anbieten.",
    ),
    (
        "nl",
        "Als er 21 dagen zijn verstreken sinds je aankoop, kunnen we je geen terugbetaling "
        "aanbieden.",
    ),
    (
        "pt",
        "Se já tiverem passado 21 dias desde a data da sua compra, não lhe será oferecido um "
        "reembolso.",
    ),
    ("pl", "Jeśli od zakupu minęło 21 dni, nie możemy zaoferować zwrotu pieniędzy."),
]

TRIAL_PERIOD = [
    ("en", "Orders have a trial period of 21 days from the day of delivery."),
    ("fr", "Vos commandes bénéficient d'une période d'essai de 21 jours après la livraison."),
    ("es", "Los pedidos tienen un periodo de prueba de 21 días desde la entrega."),
    ("it", "Gli ordini hanno un periodo di prova di 21 giorni dalla consegna."),
    ("de", "Für Bestellungen gilt eine Testphase von 21 Tagen ab Lieferung."),
    ("nl", "Bestellingen hebben een proefperiode van 21 dagen na levering."),
    ("pt", "As encomendas têm um período de experiência de 21 dias após a entrega."),
    ("pl", "Zamówienia mają okres próbny 21 dni od dostawy."),
]

# The window 30 days, the days to send the goods back after withdrawing 14: no second window.
SEND_BACK_AFTER_WITHDRAWING = [
    (
        "en",
        "You have 30 days to return your order. After withdrawing, you have another 14 days to "
        "send the item back.",
    ),
    (
        "fr",
        "Vous avez 30 jours pour retourner votre commande. Après la rétractation, vous avez "
        "encore 14 jours pour renvoyer l'article.",
    ),
    (
        "es",
        "Tienes 30 días para devolver tu pedido. Tras el desistimiento, tienes otros 14 días "
        "para devolver el artículo.",
    ),
    (
        "it",
        "Hai 30 giorni per restituire l'ordine. Dopo il recesso hai ancora 14 giorni per "
        "restituire l'articolo.",
    ),
    (
        "de",
        "Sie haben 30 Tage Zeit, Ihre Bestellung zurückzugeben. Nach dem Widerruf haben Sie noch "
        "14 Tage, um den Artikel zurückzusenden.",
    ),
    (
        "nl",
        "Je hebt 30 dagen om je bestelling te retourneren. Na herroeping heb je nog 14 dagen de "
        "tijd om het artikel te retourneren.",
    ),
    (
        "pt",
        "Tem 30 dias para devolver a encomenda. Após a desistência, tem mais 14 dias para "
        "devolver o artigo.",
    ),
    (
        "pl",
        "Masz 30 dni na zwrot zamówienia. Po odstąpieniu od umowy masz jeszcze 14 dni na "
        "odesłanie towaru.",
    ),
]

# The window 30 days; notice within 14 days, then another 14 days to send the goods back.
AFTER_WHICH_ANOTHER = [
    (
        "en",
        "Returns within 30 days. Tell us within 14 days, after which you have another 14 days to "
        "return it.",
    ),
    (
        "fr",
        "Retours sous 30 jours. Prévenez-nous sous 14 jours, après quoi vous disposez encore de "
        "14 jours pour renvoyer l'article.",
    ),
    (
        "es",
        "Devoluciones en 30 días. Avísanos en 14 días, tras lo cual tienes otros 14 días para "
        "devolverlo.",
    ),
    (
        "it",
        "Resi entro 30 giorni. Avvisaci entro 14 giorni, dopodiché hai altri 14 giorni per "
        "restituirlo.",
    ),
    (
        "de",
        "Rückgabe innerhalb von 30 Tagen. Melden Sie sich binnen 14 Tagen, danach haben Sie "
        "weitere 14 Tage für die Rücksendung.",
    ),
    (
        "nl",
        "Retourneren binnen 30 dagen. Meld het binnen 14 dagen, waarna je nog 14 dagen hebt om "
        "het terug te sturen.",
    ),
    (
        "pt",
        "Devoluções em 30 dias. Avise-nos em 14 dias, após o que tem mais 14 dias para devolver "
        "o artigo.",
    ),
    (
        "pl",
        "Zwrot w ciągu 30 dni. Zgłoś go w ciągu 14 dni, po czym masz jeszcze 14 dni na odesłanie "
        "towaru.",
    ),
]

# "14 days to return it, without giving a reason" is the legal period restated; the window is 30.
RETURN_WITHOUT_A_REASON = [
    (
        "en",
        "You have 14 days to return the product without giving a reason. We accept returns "
        "within 30 days of delivery.",
    ),
    (
        "fr",
        "Vous avez 14 jours pour retourner le produit sans avoir à justifier de motifs. Nous "
        "acceptons les retours sous 30 jours après la livraison.",
    ),
    (
        "es",
        "Tienes 14 días para devolver el producto sin necesidad de justificación. Aceptamos "
        "devoluciones en 30 días desde la entrega.",
    ),
    (
        "it",
        "Hai 14 giorni per restituire il prodotto senza indicarne le ragioni. Accettiamo resi "
        "entro 30 giorni dalla consegna.",
    ),
    (
        "de",
        "Sie haben 14 Tage, um das Produkt ohne Angabe von Gründen zurückzusenden. Wir nehmen "
        "Rücksendungen innerhalb von 30 Tagen nach Lieferung an.",
    ),
    (
        "nl",
        "Je hebt 14 dagen om het product zonder opgave van redenen te retourneren. Wij "
        "accepteren retouren binnen 30 dagen na levering.",
    ),
    (
        "pt",
        "O cliente tem 14 dias para devolver o produto, sem necessidade de especificar um "
        "motivo. Aceitamos devoluções até 30 dias após a entrega.",
    ),
    (
        "pl",
        "Masz 14 dni na zwrot produktu bez podania przyczyny. Przyjmujemy zwroty w ciągu 30 dni "
        "od dostawy.",
    ),
]

# The window 30 days; "within 10 days of starting the return" is a time to send the goods.
AFTER_STARTING_THE_RETURN = [
    (
        "en",
        "You may return items within 30 days. Returns must arrive within 10 days of starting the "
        "return.",
    ),
    (
        "es",
        "Tienes 30 días para devolver. La devolución debe recibirse dentro de los 10 días "
        "posteriores al inicio de la devolución.",
    ),
    (
        "fr",
        "Vous avez 30 jours pour retourner un article. Le colis doit arriver dans les 10 jours "
        "après l'ouverture de votre demande de retour.",
    ),
    (
        "it",
        "Hai 30 giorni per il reso. Il pacco deve arrivare entro 10 giorni dall'apertura della "
        "richiesta di reso.",
    ),
    (
        "de",
        "Sie haben 30 Tage Rückgaberecht. Das Paket muss innerhalb von 10 Tagen nach der "
        "Anmeldung der Rücksendung eintreffen.",
    ),
    (
        "nl",
        "Je hebt 30 dagen om te retourneren. Het pakket moet binnen 10 dagen na het aanmelden "
        "van je retour bij ons zijn.",
    ),
    (
        "pt",
        "Tem 30 dias para devolver. A encomenda deve chegar no prazo de 10 dias após o pedido de "
        "devolução.",
    ),
    ("pl", "Masz 30 dni na zwrot. Paczka musi dotrzeć w ciągu 10 dni od zgłoszenia zwrotu."),
]

# The legal right restated (14 days) beside the shop's own window (30): the window is 30.
STATUTORY_RIGHT_TO_RETURN = [
    (
        "en",
        "You have a statutory right to return goods within 14 days. We give you 30 days to "
        "return them.",
    ),
    (
        "fr",
        "Vous disposez d'un droit légal de retour de 14 jours. Nous vous offrons 30 jours pour "
        "retourner un article.",
    ),
    (
        "es",
        "Tiene un derecho legal de devolución de 14 días. Le ofrecemos 30 días para devolver su "
        "pedido.",
    ),
    (
        "it",
        "Hai un diritto legale di reso di 14 giorni. Ti offriamo 30 giorni per restituire "
        "l'articolo.",
    ),
    (
        "de",
        "Das gesetzliche Rückgaberecht beträgt 14 Tage. Bei uns haben Sie 30 Tage Zeit für die "
        "Rücksendung.",
    ),
    ("nl", "Het wettelijke retourrecht is 14 dagen. Bij ons heb je 30 dagen om te retourneren."),
    (
        "pt",
        "Tem o direito legal de devolução de 14 dias. Oferecemos 30 dias para devolver a "
        "encomenda.",
    ),
    (
        "pl",
        "Przysługuje Ci ustawowe prawo zwrotu w ciągu 14 dni. U nas masz 30 dni na zwrot towaru.",
    ),
]

# "it will be processed in the next 5 working days", in a sentence naming the item to return: a
# processing time (a refund's), not a second window beside the 30 days.
PROCESSED_WITHIN = [
    (
        "en",
        "You can return items within 30 days. Once the item you would like to return has been "
        "accepted and inspected, it will be processed in the next 5 working days.",
    ),
    (
        "fr",
        "Vous pouvez retourner les articles sous 30 jours. Une fois l'article que vous souhaitez "
        "retourner accepté et contrôlé, il sera traité dans les 5 jours ouvrés.",
    ),
    (
        "es",
        "Puedes devolver los artículos en 30 días. Una vez aceptado e inspeccionado el artículo "
        "que quieres devolver, se procesará en los próximos 5 días hábiles.",
    ),
    (
        "it",
        "Puoi restituire gli articoli entro 30 giorni. Una volta accettato e controllato "
        "l'articolo che vuoi restituire, sarà elaborato nei successivi 5 giorni lavorativi.",
    ),
    (
        "de",
        "Sie können Artikel innerhalb von 30 Tagen zurückgeben. Sobald der Artikel, den Sie "
        "zurückgeben möchten, angenommen und geprüft wurde, wird er innerhalb von 5 Werktagen "
        "bearbeitet.",
    ),
    (
        "nl",
        "Je kunt artikelen binnen 30 dagen retourneren. Zodra het artikel dat je wilt "
        "retourneren is geaccepteerd en gecontroleerd, wordt het binnen 5 werkdagen verwerkt.",
    ),
    (
        "pt",
        "Pode devolver os artigos no prazo de 30 dias. Depois de aceite e inspecionado o artigo "
        "que pretende devolver, será processado nos 5 dias úteis seguintes.",
    ),
    (
        "pl",
        "Możesz zwrócić produkty w ciągu 30 dni. Po przyjęciu i sprawdzeniu produktu, który "
        "chcesz zwrócić, zostanie on przetworzony w ciągu 5 dni roboczych.",
    ),
]

RESTOCKING_FEE = [
    ("es", "A las devoluciones se les cobrará una tarifa de reposición del 15 %."),
    ("pt", "As devoluções pagam uma tarifa de reposição."),
    ("fr", "Tout retour est soumis à un tarif de restockage."),
    ("it", "A tutti i prodotti resi viene applicato un 15% di re-stocking."),
    ("en", "All returned items carry a 15% re-stocking."),
    ("es", "Se aplica un 15% de restocking a los productos devueltos."),
    ("fr", "Un 15 % de restocking est appliqué aux articles retournés."),
    ("de", "Auf zurückgesandte Artikel erheben wir 15 % Restocking."),
    ("nl", "Op geretourneerde artikelen rekenen wij 15% restocking."),
    ("pt", "Aplicamos 15% de restocking aos artigos devolvidos."),
    ("pl", "Od zwróconych produktów pobieramy 15% restockingu."),
]


@pytest.mark.parametrize(("lang", "text"), RETURN_LEFT_TO_THE_CUSTOMER)
def test_a_return_left_to_the_customer_is_paid_by_them(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(("lang", "text"), YOU_ARE_RESPONSIBLE)
def test_you_responsible_for_the_return_costs_pay_them(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


def test_a_shop_responsible_for_the_return_costs_is_no_customer_paying() -> None:
    assert FREE not in extract_returns_terms(
        "A loja é responsável pelos portes de devolução.", "pt"
    )
    text = "Der Shop ist für die Kosten der Rücksendung verantwortlich."
    assert FREE not in extract_returns_terms(text, "de")


@pytest.mark.parametrize(("lang", "text"), REFUND_WITHOUT_THE_RETURN_COSTS)
def test_a_refund_leaving_out_the_return_costs_is_the_customer_paying(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(("lang", "text"), FREE_BUT_THE_CUSTOMER_SHIPS)
def test_free_but_the_customer_pays_the_shipping_back_is_not_free(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(("lang", "text"), REFUND_WITHHELD_UNTIL_THE_GOODS_ARE_BACK)
def test_a_refund_withheld_until_the_goods_are_back_says_nothing_of_who_pays(
    lang: str, text: str
) -> None:
    assert FREE not in extract_returns_terms(text, lang)


@pytest.mark.parametrize(("lang", "text"), FREE_RETURN_LABEL)
def test_a_free_return_label_is_a_free_return(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is True


@pytest.mark.parametrize(("lang", "text"), LABEL_PAID_FROM_THE_REFUND)
def test_a_label_paid_from_the_refund_is_not_free(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(("lang", "text"), POLICY_LASTS)
def test_a_policy_lasting_some_days_is_the_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 21


@pytest.mark.parametrize(("lang", "text"), DAYS_GONE_BY)
def test_no_refund_once_some_days_have_gone_by_is_the_window(lang: str, text: str) -> None:
    terms = extract_returns_terms(text, lang)
    assert terms.get(WINDOW) == 21
    assert "returns.refund_days_stated" not in terms


@pytest.mark.parametrize(("lang", "text"), TRIAL_PERIOD)
def test_a_trial_period_is_the_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 21


@pytest.mark.parametrize(("lang", "text"), SEND_BACK_AFTER_WITHDRAWING)
def test_days_to_send_back_after_withdrawing_are_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


@pytest.mark.parametrize(("lang", "text"), AFTER_WHICH_ANOTHER)
def test_another_period_after_the_notice_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


@pytest.mark.parametrize(("lang", "text"), RETURN_WITHOUT_A_REASON)
def test_days_to_return_without_a_reason_are_the_withdrawal_period(lang: str, text: str) -> None:
    terms = extract_returns_terms(text, lang)
    assert (terms.get(WINDOW), terms.get("returns.withdrawal_days")) == (30, 14)


@pytest.mark.parametrize(("lang", "text"), AFTER_STARTING_THE_RETURN)
def test_days_counted_from_starting_the_return_are_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


@pytest.mark.parametrize(("lang", "text"), STATUTORY_RIGHT_TO_RETURN)
def test_the_statutory_right_to_return_is_the_withdrawal_period(lang: str, text: str) -> None:
    terms = extract_returns_terms(text, lang)
    assert (terms.get(WINDOW), terms.get("returns.withdrawal_days")) == (30, 14)


@pytest.mark.parametrize(("lang", "text"), PROCESSED_WITHIN)
def test_days_to_process_a_return_are_no_window(lang: str, text: str) -> None:
    terms = extract_returns_terms(text, lang)
    assert (terms.get(WINDOW), terms.get("returns.refund_days_stated")) == (30, 5)


@pytest.mark.parametrize(("lang", "text"), RESTOCKING_FEE)
def test_a_restocking_fee_by_its_local_name_is_read(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FEE) is True


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Es gibt kein kostenloses Rücksendeetikett."),
        ("pl", "Nie wysyłamy darmowej etykiety zwrotnej."),
        ("en", "We do not provide a free return label."),
    ],
)
def test_a_free_label_denied_is_no_free_return(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is not True


def test_a_pre_paid_returns_label_alone_says_nothing_of_who_pays() -> None:
    # Not "paid returns"; and a prepaid label's cost may be taken off the refund.
    terms = extract_returns_terms(
        "Attach the pre-paid returns label provided onto your parcel.", "en"
    )
    assert FREE not in terms
