"""Families of wordings the sixth unseen batch (`returns/policies_26.yaml`) showed the reader
missing, each in all eight languages: a duty to pay ("you must pay the return costs", the
customer often only implied: "debe pagar"); shipping "to the seller", "to the manufacturer" or
"to us" as the return's shipping; and the shop's own time to process a return, answer about it
or confirm it is accepted, which is no return window. The sentences are made up, one idiom
each."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"
WINDOW = "returns.window_days"

MUST_PAY = [
    ("en", "You will need to pay the return shipping costs."),
    ("fr", "Vous devrez payer les frais d'envoi du retour."),
    ("es", "Tenga en cuenta que debe pagar los gastos de devolución."),
    ("it", "Dovrai sostenere le spese di restituzione."),
    ("pt", "Note que você deve pagar os custos de devolução."),
    ("nl", "Let op: u moet de retourkosten betalen."),
    ("de", "Beachten Sie, dass Sie die Rücksendekosten bezahlen müssen."),
    ("pl", "Pamiętaj, że musisz zapłacić koszty zwrotu."),
]

SHIPPING_TO_THE_SELLER = [
    ("en", "You have 14 days to return it. You must pay the shipping costs to the manufacturer."),
    (
        "fr",
        "Vous avez 14 jours pour retourner l'article. Les frais d'envoi au vendeur sont à vos "
        "frais.",
    ),
    (
        "es",
        "Tiene 14 días para devolverlo. Tenga en cuenta que debe pagar los gastos de envío al "
        "fabricante.",
    ),
    (
        "it",
        "Hai 14 giorni per il reso. Le spese di spedizione al venditore sono a carico del cliente.",
    ),
    (
        "pt",
        "Tem 14 dias para devolver. Os custos de envio para o vendedor são por conta do cliente.",
    ),
    (
        "nl",
        "Je hebt 14 dagen om te retourneren. De verzendkosten naar de verkoper zijn voor rekening "
        "van de klant.",
    ),
    (
        "de",
        "Sie haben 14 Tage für die Rückgabe. Die Versandkosten an den Verkäufer trägt der Kunde.",
    ),
    ("pl", "Masz 14 dni na zwrot. Koszty wysyłki do sprzedawcy ponosi klient."),
]

# A window, then the shop's own time for the return: the window stands.
SHOP_TIME = [
    (
        "en",
        "You may return an item within 14 days of delivery. The processing time for returns is up "
        "to 3 working days. We will reply to your return request within 2 working days.",
    ),
    (
        "en",
        "You can return it within 14 days of delivery. Between the day you send it back and the "
        "day we confirm whether the return has been accepted, about three weeks may pass.",
    ),
    (
        "fr",
        "Vous pouvez retourner un article sous 14 jours après la livraison. Le délai de traitement"
        " des retours est de 3 jours ouvrés. Nous répondrons à votre demande de retour sous 2 "
        "jours ouvrés.",
    ),
    (
        "es",
        "Puede devolver un artículo en 14 días desde la entrega. El plazo de tramitación de las "
        "devoluciones es de hasta 3 días hábiles. En un plazo de 2 días hábiles responderemos a su"
        " solicitud de devolución.",
    ),
    (
        "it",
        "Puoi restituire un prodotto entro 14 giorni dalla consegna. Il tempo di elaborazione dei "
        "resi è di 3 giorni lavorativi. Tra la data in cui ci rispedisci l'articolo e quella in "
        "cui ti confermeremo se il reso è stato accettato possono trascorrere tre settimane.",
    ),
    (
        "pt",
        "Pode devolver um produto em até 14 dias após o recebimento. O prazo de processamento para"
        " devoluções é de até 03 dias úteis. Em até 2 dias úteis, nossa equipe responderá sua "
        "mensagem.",
    ),
    (
        "nl",
        "Je kunt een artikel binnen 14 dagen na ontvangst retourneren. De verwerkingstijd van je "
        "retour is 3 werkdagen. Binnen 2 werkdagen reageren we op je retourverzoek.",
    ),
    (
        "de",
        "Sie können Artikel innerhalb von 14 Tagen nach Erhalt zurücksenden. Die Bearbeitungszeit "
        "Ihrer Retoure beträgt 3 Werktage. Zwischen dem Rückversand und dem Tag, an dem wir "
        "bestätigen, ob die Rücksendung akzeptiert wurde, können drei Wochen vergehen.",
    ),
    (
        "pl",
        "Możesz zwrócić produkt w ciągu 14 dni od otrzymania. Czas rozpatrzenia zwrotu wynosi 3 "
        "dni robocze. W ciągu 2 dni roboczych odpowiemy na twoje zgłoszenie.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), MUST_PAY + SHIPPING_TO_THE_SELLER)
def test_a_duty_to_pay_the_return_shipping_is_the_customer_paying(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(("lang", "text"), SHOP_TIME)
def test_the_shops_time_to_process_or_answer_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


FEE = "returns.restocking_fee"

NO_FEE_APPLIED = [
    ("en", "We do not apply any restocking fee on your returns."),
    ("en", "We do not apply any restocking-fee on your returns."),
    ("en", "We don't impose a restocking fee."),
    ("fr", "Nous n'appliquons aucuns frais de restockage sur vos retours."),
    ("es", "No aplicamos ninguna tasa de reposición a sus devoluciones."),
    ("it", "Non applichiamo alcuna commissione di rimagazzinaggio sui resi."),
    ("pt", "Não aplicamos qualquer taxa de reposição nas devoluções."),
    ("nl", "We rekenen geen herbevoorradingskosten op je retour."),
    ("de", "Wir berechnen keine Wiedereinlagerungsgebühr für Ihre Rücksendung."),
    ("pl", "Nie pobieramy żadnej opłaty manipulacyjnej za zwrot."),
]

# The cost of replenishing the stock, or a handling charge with its amount: a restocking fee.
FEE_BY_ANOTHER_NAME = [
    ("en", "A replenishment fee of 20% is charged on returns."),
    ("en", "A restocking-fee of 15% applies."),
    ("fr", "Pour les pays hors de la France, des frais gestions de 20 euros seront déduits."),
    ("nl", "Voor deze retourzendingen worden 50% aanvullingskosten in rekening gebracht."),
    ("de", "Bei Rücksendungen berechnen wir eine Wiederauffüllungsgebühr von 10 %."),
    ("pl", "Przy zwrocie pobieramy opłatę za uzupełnienie zapasów w wysokości 10%."),
]


@pytest.mark.parametrize(("lang", "text"), NO_FEE_APPLIED)
def test_no_restocking_fee_applied_is_none(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FEE) is False


@pytest.mark.parametrize(("lang", "text"), FEE_BY_ANOTHER_NAME)
def test_a_fee_for_restocking_by_another_name(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FEE) is True


# The law's period named beside the shop's own: the shop's is the window.
THE_LAWS_PERIOD = [
    (
        "en",
        "Provided it is returned within 30 days of ordering we will refund the full amount. If you"
        " return an item within 14 days as required by British law we will pay the postage.",
    ),
    (
        "it",
        "La legge italiana permette ai clienti di restituire i beni entro 14 giorni dall'ordine. "
        "Offriamo di poter restituire entro 30 giorni dall'acquisto i prodotti.",
    ),
    (
        "fr",
        "La loi vous permet de retourner un article sous 14 jours. Nous vous offrons 30 jours pour"
        " retourner vos articles.",
    ),
    (
        "es",
        "La ley permite devolver un producto en 14 días. Nosotros te damos 30 días para "
        "devolverlo.",
    ),
    ("pt", "A lei permite devolver o produto em 14 dias. Nós damos 30 dias para a devolução."),
    (
        "nl",
        "De wet geeft je 14 dagen om een product terug te sturen. Wij geven je 30 dagen om te "
        "retourneren.",
    ),
    (
        "de",
        "Das Gesetz erlaubt Ihnen, Ware innerhalb von 14 Tagen zurückzusenden. Wir geben Ihnen 30 "
        "Tage für die Rücksendung.",
    ),
    ("pl", "Prawo pozwala zwrócić towar w ciągu 14 dni. My dajemy 30 dni na zwrot towaru."),
]

# "30 days (instead of only 14)": the number compared with is no period.
INSTEAD_OF_ONLY = [
    (
        "it",
        "Offriamo il vantaggio di poter restituire entro 30 giorni dall'acquisto i prodotti "
        "(anzichè solo 14 giorni).",
    ),
    ("fr", "Vous pouvez retourner vos articles sous 30 jours (au lieu de 14 jours)."),
    ("es", "Puedes devolverlo en 30 días (en lugar de solo 14 días)."),
    ("pt", "Pode devolver em 30 dias (em vez de apenas 14 dias)."),
    ("pl", "Możesz zwrócić towar w ciągu 30 dni (zamiast 14 dni)."),
    ("en", "You can return items within 30 days (instead of just 14 days)."),
    ("de", "Sie können Artikel innerhalb von 30 Tagen zurücksenden (statt nur 14 Tagen)."),
    ("nl", "Je kunt binnen 30 dagen retourneren (in plaats van slechts 14 dagen)."),
]


@pytest.mark.parametrize(("lang", "text"), THE_LAWS_PERIOD + INSTEAD_OF_ONLY)
def test_the_shops_own_window_beside_the_laws(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


# A season's longer window for orders placed between two dates is a class window.
ORDERS_BETWEEN_DATES = [
    (
        "pl",
        "Nasi klienci mają 45 dni na zwrot towaru. Wszystkie zamówienia złożone między 15.11.24 a "
        "15.12.24 mają wydłużony 60-dniowy okres zwrotu.",
    ),
    (
        "en",
        "You have 45 days to return an item. All orders placed between 15.11.24 and 15.12.24 have "
        "an extended 60-day return period.",
    ),
    (
        "fr",
        "Vous avez 45 jours pour retourner un article. Les commandes passées entre le 15/11 et le "
        "15/12 ont un délai de retour de 60 jours.",
    ),
    (
        "es",
        "Tienes 45 días para devolver un artículo. Los pedidos realizados entre el 15/11 y el "
        "15/12 tienen un plazo de devolución de 60 días.",
    ),
    (
        "it",
        "Hai 45 giorni per restituire un articolo. Gli ordini effettuati tra il 15/11 e il 15/12 "
        "hanno un periodo di reso di 60 giorni.",
    ),
    (
        "pt",
        "Tem 45 dias para devolver um artigo. As encomendas feitas entre 15/11 e 15/12 têm um "
        "prazo de devolução de 60 dias.",
    ),
    (
        "nl",
        "Je hebt 45 dagen om een artikel te retourneren. Bestellingen geplaatst tussen 15/11 en "
        "15/12 hebben een retourtermijn van 60 dagen.",
    ),
    (
        "de",
        "Sie haben 45 Tage, um einen Artikel zurückzusenden. Für Bestellungen zwischen dem 15/11 "
        "und dem 15/12 gilt eine Rückgabefrist von 60 Tagen.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ORDERS_BETWEEN_DATES)
def test_orders_between_two_dates_are_a_class(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 45


# The seller sending back the amount paid: a refund time, not a second window.
AMOUNT_PAID_SENT_BACK = [
    (
        "nl",
        "De koper heeft 7 dagen om goederen terug te sturen. De verkoper verbindt zich er toe het "
        "betaalde voorschot binnen de 15 dagen terug te sturen.",
    ),
    (
        "en",
        "The buyer has 7 days to send goods back. The seller undertakes to send back the amount "
        "paid within 15 days.",
    ),
    (
        "fr",
        "L'acheteur dispose de 7 jours pour renvoyer les biens. Le vendeur s'engage à renvoyer le "
        "montant payé dans les 15 jours.",
    ),
    (
        "es",
        "El comprador dispone de 7 días para devolver los bienes. El vendedor se compromete a "
        "devolver el importe pagado en 15 días.",
    ),
    (
        "it",
        "L'acquirente ha 7 giorni per restituire la merce. Il venditore si impegna a restituire "
        "l'importo pagato entro 15 giorni.",
    ),
    (
        "pt",
        "O comprador tem 7 dias para devolver os bens. O vendedor compromete-se a devolver o valor"
        " pago em 15 dias.",
    ),
    (
        "de",
        "Der Käufer hat 7 Tage, um die Ware zurückzusenden. Der Verkäufer verpflichtet sich, den "
        "gezahlten Betrag binnen 15 Tagen zurückzusenden.",
    ),
    (
        "pl",
        "Kupujący ma 7 dni na odesłanie towaru. Sprzedawca zobowiązuje się odesłać zapłaconą kwotę"
        " w ciągu 15 dni.",
    ),
]

# The shop sending a refused item back to the customer: its own time, no window.
SHOP_SENDS_IT_BACK = [
    (
        "pl",
        "Masz 30 dni na zwrot towaru. Jeżeli towar jest zniszczony, w ciągu 7 dni roboczych "
        "odeślemy produkt na wskazany adres, pokrywając koszt przesyłki.",
    ),
    (
        "en",
        "You have 30 days to return an item. If the item is damaged, we will send the product back"
        " to you within 7 working days at our cost.",
    ),
    (
        "fr",
        "Vous avez 30 jours pour retourner un article. Si l'article est abîmé, nous vous "
        "renverrons le produit sous 7 jours ouvrés.",
    ),
    (
        "es",
        "Tienes 30 días para devolver un artículo. Si el artículo está dañado, te reenviaremos el "
        "producto en 7 días hábiles.",
    ),
    (
        "it",
        "Hai 30 giorni per restituire un articolo. Se l'articolo è danneggiato, ti rispediremo il "
        "prodotto entro 7 giorni lavorativi.",
    ),
    (
        "pt",
        "Tem 30 dias para devolver um artigo. Se o artigo estiver danificado, reenviaremos o "
        "produto em 7 dias úteis.",
    ),
    (
        "nl",
        "Je hebt 30 dagen om te retourneren. Is het artikel beschadigd, dan sturen we het product "
        "binnen 7 werkdagen naar je terug.",
    ),
    (
        "de",
        "Sie haben 30 Tage für die Rückgabe. Ist der Artikel beschädigt, senden wir Ihnen das "
        "Produkt innerhalb von 7 Werktagen zurück.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), AMOUNT_PAID_SENT_BACK)
def test_the_amount_paid_sent_back_is_a_refund(lang: str, text: str) -> None:
    got = extract_returns_terms(text, lang)
    assert (got.get(WINDOW), got.get("returns.refund_days_stated")) == (7, 15)


@pytest.mark.parametrize(("lang", "text"), SHOP_SENDS_IT_BACK)
def test_the_shop_sending_goods_back_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


# Return costs that are not refunded, or cannot be: the customer bears them.
NOT_REFUNDED = [
    ("en", "The costs of returning the order cannot be refunded."),
    ("fr", "Les frais liés au retour ne peuvent pas faire l'objet d'un remboursement."),
    ("es", "Los gastos de envío de la devolución no pueden ser objeto de reembolso."),
    ("es", "Los gastos de devolución no son reembolsables."),
    ("it", "Le spese di spedizione del reso non possono essere oggetto di rimborso."),
    ("it", "Le spese di restituzione non sono rimborsabili."),
    ("pt", "Os portes da devolução não podem ser reembolsados."),
    ("nl", "De kosten van de retourzending kunnen niet worden vergoed."),
    ("de", "Die Kosten der Rücksendung können nicht erstattet werden."),
    ("pl", "Koszty zwrotu nie podlegają zwrotowi."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_REFUNDED)
def test_return_costs_not_refunded_are_the_customers(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


# "The costs for this" right after a sentence about returning: the return's costs.
COSTS_FOR_THIS = [
    (
        "nl",
        "De koper heeft 7 dagen om goederen terug te sturen. De kosten hiervoor worden gedragen "
        "door de koper.",
    ),
    ("en", "The buyer has 7 days to send goods back. The costs of this are borne by the buyer."),
    (
        "fr",
        "L'acheteur dispose de 7 jours pour renvoyer les biens. Les frais afférents sont à la "
        "charge de l'acheteur.",
    ),
    (
        "es",
        "El comprador dispone de 7 días para devolver los bienes. Los gastos correspondientes "
        "corren por cuenta del comprador.",
    ),
    (
        "it",
        "L'acquirente ha 7 giorni per restituire la merce. Le relative spese sono a carico "
        "dell'acquirente.",
    ),
    (
        "pt",
        "O comprador tem 7 dias para devolver os bens. Os custos correspondentes ficam a cargo do "
        "comprador.",
    ),
    (
        "de",
        "Der Käufer hat 7 Tage, um die Ware zurückzusenden. Die Kosten hierfür trägt der Käufer.",
    ),
    ("pl", "Kupujący ma 7 dni na odesłanie towaru. Koszty z tym związane ponosi kupujący."),
]


@pytest.mark.parametrize(("lang", "text"), COSTS_FOR_THIS)
def test_costs_pointing_back_to_a_return_are_the_returns(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


# A "Free return" title over "... in the following cases:" and a list of defects: the title is
# its list's; the customer pays an ordinary return.
FREE_IN_THE_FOLLOWING_CASES = [
    (
        "fr",
        "Frais de retour\n"
        "En cas de rétractation, les frais de retour sont à votre charge.\n"
        "Retour gratuit\n"
        "Les frais de retour sont pris en charge par nous dans les cas suivants:\n"
        "• Produit endommagé\n"
        "• Erreur de livraison",
    ),
    (
        "en",
        "Return costs\n"
        "If you withdraw, you pay the return costs.\n"
        "Free returns\n"
        "We cover the return costs in the following cases:\n"
        "• Damaged product\n"
        "• Wrong item sent",
    ),
    (
        "es",
        "Gastos de devolución\n"
        "Si desistes, los gastos de devolución corren a cargo del cliente.\n"
        "Devolución gratuita\n"
        "Nosotros asumimos los gastos de devolución en los siguientes casos:\n"
        "• Producto dañado\n"
        "• Error en el envío",
    ),
    (
        "it",
        "Spese di reso\n"
        "In caso di recesso, le spese di reso sono a carico del cliente.\n"
        "Reso gratuito\n"
        "Le spese di reso sono a nostro carico nei seguenti casi:\n"
        "• Prodotto danneggiato\n"
        "• Errore di spedizione",
    ),
    (
        "pt",
        "Custos de devolução\n"
        "Em caso de arrependimento, os custos de devolução são por conta do cliente.\n"
        "Devolução gratuita\n"
        "Os custos de devolução são por nossa conta nos seguintes casos:\n"
        "• Produto danificado\n"
        "• Erro no envio",
    ),
    (
        "nl",
        "Retourkosten\n"
        "Bij herroeping zijn de retourkosten voor rekening van de klant.\n"
        "Gratis retour\n"
        "Wij betalen de retourkosten in de volgende gevallen:\n"
        "• Beschadigd product\n"
        "• Verkeerd artikel",
    ),
    (
        "de",
        "Rücksendekosten\n"
        "Bei Widerruf trägt der Kunde die Rücksendekosten.\n"
        "Kostenlose Rücksendung\n"
        "Die Rücksendekosten übernehmen wir in folgenden Fällen:\n"
        "• Beschädigte Ware\n"
        "• Falscher Artikel",
    ),
    (
        "pl",
        "Koszty zwrotu\n"
        "W przypadku odstąpienia koszty zwrotu ponosi klient.\n"
        "Darmowy zwrot\n"
        "Koszty zwrotu pokrywamy w następujących przypadkach:\n"
        "• Uszkodzony produkt\n"
        "• Pomyłka w wysyłce",
    ),
]


@pytest.mark.parametrize(("lang", "text"), FREE_IN_THE_FOLLOWING_CASES)
def test_a_free_return_title_over_a_list_of_defects(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


# A who-pays sentence opening on a class of products says nothing of the other returns.
OPENS_ON_A_CLASS = [
    ("pt", "4. Produtos de Promoção a devolução é por conta do cliente."),
    ("en", "For sale items, the return shipping is paid by the customer."),
    ("fr", "Pour les articles soldés, les frais de retour sont à la charge du client."),
    ("es", "En artículos rebajados, los gastos de devolución corren a cargo del cliente."),
    ("it", "Per gli articoli in saldo, le spese di reso sono a carico del cliente."),
    ("nl", "Bij sale-artikelen zijn de retourkosten voor rekening van de klant."),
    ("de", "Bei reduzierten Artikeln trägt der Kunde die Rücksendekosten."),
    ("pl", "Przy produktach z wyprzedaży koszty zwrotu ponosi klient."),
]


@pytest.mark.parametrize(("lang", "text"), OPENS_ON_A_CLASS)
def test_a_who_pays_of_a_class_of_products_says_nothing(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is None


# A who-pays sentence opening on "unless <a way or a place of returning>" holds for some
# returns only; "unless the item is defective" is the ordinary exception.
OPENS_ON_UNLESS = [
    (
        "en",
        "Unless using our online returns process from within the UK, customers are responsible for"
        " the cost of returning items.",
    ),
    (
        "fr",
        "Sauf si vous utilisez notre service de retour en ligne depuis la France, les frais de "
        "retour sont à la charge du client.",
    ),
    (
        "es",
        "A menos que utilice nuestro servicio de devoluciones en línea desde España, los gastos de"
        " devolución corren a cargo del cliente.",
    ),
    (
        "it",
        "A meno che non utilizzi il nostro servizio di reso online dall'Italia, le spese di reso "
        "sono a carico del cliente.",
    ),
    (
        "pt",
        "A não ser que utilize o nosso serviço de devoluções online em Portugal, os custos de "
        "devolução são por conta do cliente.",
    ),
    (
        "nl",
        "Tenzij je ons online retourportaal binnen Nederland gebruikt, zijn de retourkosten voor "
        "rekening van de klant.",
    ),
    (
        "de",
        "Außer wenn Sie unser Online-Retourenportal in Deutschland nutzen, trägt der Kunde die "
        "Rücksendekosten.",
    ),
    ("pl", "Chyba że korzystasz z naszego portalu zwrotów w Polsce, koszty zwrotu ponosi klient."),
]


@pytest.mark.parametrize(("lang", "text"), OPENS_ON_UNLESS)
def test_a_who_pays_opening_on_unless_says_nothing(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is None


def test_unless_defective_is_the_ordinary_exception() -> None:
    text = (
        "A menos que o item esteja defeituoso, os custos de envio para devolução são da "
        "responsabilidade do cliente."
    )
    assert extract_returns_terms(text, "pt").get(FREE) is False


# Free returns for orders from some countries only: it depends on the country.
FREE_FROM_SOME_COUNTRIES = [
    (
        "en",
        "Free Returns: orders from Andorra, Austria, Belgium and Spain can be returned at our "
        "expense.",
    ),
    (
        "fr",
        "Retours gratuits : les commandes en provenance de France, de Belgique et d'Espagne "
        "peuvent être retournées à nos frais.",
    ),
    (
        "es",
        "Devoluciones gratuitas: los pedidos procedentes de España, Francia y Portugal se pueden "
        "devolver a nuestro cargo.",
    ),
    (
        "it",
        "Resi gratuiti: gli ordini provenienti da Italia, Francia e Spagna possono essere "
        "restituiti a nostre spese.",
    ),
    (
        "pt",
        "Devoluções gratuitas: as encomendas provenientes de Portugal, Espanha e França podem ser "
        "devolvidas por nossa conta.",
    ),
    (
        "nl",
        "Gratis retour: bestellingen uit Nederland, België en Duitsland kunnen op onze kosten "
        "worden geretourneerd.",
    ),
    (
        "de",
        "Kostenlose Rücksendung: Bestellungen aus Deutschland, Österreich und Belgien können auf "
        "unsere Kosten zurückgesendet werden.",
    ),
    ("pl", "Darmowe zwroty: zamówienia z krajów UE można zwrócić na nasz koszt."),
]


@pytest.mark.parametrize(("lang", "text"), FREE_FROM_SOME_COUNTRIES)
def test_free_returns_for_orders_from_some_countries_depend(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is None


# A payer phrase that starts within reach of the cost counts whole, however long it is.
LONG_PAYER_PHRASE = [
    (
        "en",
        "The shipping costs that are connected with the order and with its later return to us in "
        "any case cannot be refunded to you.",
    ),
    (
        "fr",
        "Les frais d'expédition qui sont liés à la commande et à son retour ultérieur chez nous ne"
        " peuvent pas faire l'objet d'un remboursement.",
    ),
    (
        "es",
        "Los gastos de envío que están vinculados al pedido y a su devolución posterior a nosotros"
        " no pueden ser objeto de reembolso alguno.",
    ),
    (
        "it",
        "Le spese di spedizione eventualmente connesse all'ordine e/o alla sua restituzione non "
        "possono essere oggetto di rimborso.",
    ),
    (
        "pt",
        "Os custos de envio que estão associados à encomenda e à sua posterior devolução para nós "
        "não podem ser reembolsados em caso algum.",
    ),
    (
        "nl",
        "De verzendkosten die verbonden zijn aan de bestelling en aan de latere retourzending naar"
        " ons kunnen helaas niet worden vergoed.",
    ),
    (
        "de",
        "Die Versandkosten, die mit der Bestellung und ihrer späteren Rücksendung an uns verbunden"
        " sind, werden leider nicht erstattet.",
    ),
    (
        "pl",
        "Koszty wysyłki, które są związane z zamówieniem oraz z jego późniejszym zwrotem do nas, "
        "niestety nie podlegają zwrotowi.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), LONG_PAYER_PHRASE)
def test_a_long_payer_phrase_starting_within_reach(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


# A who-pays of items not kept in stock or made to order: a class of products, says nothing of
# the other returns.
MADE_TO_ORDER = [
    ("en", "Special order items are returned at the customer's expense."),
    (
        "fr",
        "Les articles hors stock sont soumis à des frais de 30 % ainsi qu'aux frais de retour à la"
        " charge du client.",
    ),
    (
        "es",
        "Los productos bajo pedido tienen un cargo del 30 % y los gastos de devolución corren a "
        "cargo del cliente.",
    ),
    (
        "it",
        "Gli articoli su ordinazione hanno una penale del 30% e le spese di reso sono a carico del"
        " cliente.",
    ),
    (
        "pt",
        "Os produtos por encomenda têm uma taxa de 30% e os custos de devolução são por conta do "
        "cliente.",
    ),
    (
        "nl",
        "Artikelen op bestelling: 30% kosten en de retourkosten zijn voor rekening van de klant.",
    ),
    ("de", "Bei Bestellware berechnen wir 30 % und der Kunde trägt die Rücksendekosten."),
    ("pl", "W przypadku produktów na zamówienie koszty zwrotu ponosi klient."),
]


@pytest.mark.parametrize(("lang", "text"), MADE_TO_ORDER)
def test_a_who_pays_of_items_made_to_order_says_nothing(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is None
