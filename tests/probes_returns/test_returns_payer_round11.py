"""Who pays for a return and the restocking fee, in the wording families the tenth unseen batch
(`returns/policies_31.yaml`, `policies_32.yaml`) showed the reader missing, each in the
languages where it exists: "at one's own expense" in another word order or person ("spese
proprie", "por cuenta propia", "voor eigen risico en rekening"); "in this case" pointing back to
a sentence about returning; a return label offered for a price; goods to be sent back carriage
paid; the seller named as whose expense a return is; a verb of returning with a longer object
before "free of charge"; the shop collecting the goods without charging the transport; orders
placed before or after a date as a condition; a restocking fee as a percentage taken off the
refund or charged for restocking, or named in the plural. The sentences are made up, one idiom
each; the last tests check the rules do not reach too far."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"
FEE = "returns.restocking_fee"

# "At one's own expense", in another word order or person: the customer pays.
OWN_EXPENSE = [
    ("it", "Il reso avviene con spese di spedizione a proprio carico."),
    ("it", "Sì, il reso avviene a spese proprie."),
    ("it", "I costi del reso sono vostro carico."),
    ("en", "The return is made at own expense."),
    ("fr", "Le retour est à leurs frais."),
    ("es", "La devolución del artículo se realiza a su propio cargo."),
    ("es", "El envío de la devolución corre por cuenta propia."),
    ("pt", "O envio da devolução é feito por conta própria."),
    ("pt", "A devolução é efetuada a expensas próprias."),
    ("de", "Die Rücksendung der Ware erfolgt auf eigene Rechnung."),
    ("nl", "Het terugsturen van de artikelen is voor eigen risico en rekening."),
    ("nl", "Retourneren gaat voor eigen kosten."),
    ("pl", "Zwrot towaru następuje na koszt własny."),
]

# "In this case" after a sentence about returning: the costs it names are the return's.
IN_THIS_CASE = [
    (
        "en",
        "You may return any item within 30 days. In this case, we will not refund the postage "
        "costs.",
    ),
    (
        "fr",
        "Vous pouvez retourner l'article sous 30 jours. Les frais d'envoi restent dans ce cas à "
        "la charge de l'acheteur.",
    ),
    (
        "es",
        "Puede devolver el artículo en 30 días. En este caso, los gastos de envío corren a cargo "
        "del comprador.",
    ),
    (
        "it",
        "Puoi restituire l'articolo entro 30 giorni. In questo caso le spese di spedizione "
        "restano al cliente.",
    ),
    (
        "pt",
        "Pode devolver o artigo em 30 dias. Neste caso, os portes de envio ficam a cargo do "
        "cliente.",
    ),
    (
        "de",
        "Sie können die Ware innerhalb von 30 Tagen zurücksenden. In diesem Fall trägt der Kunde "
        "die Versandkosten.",
    ),
    (
        "nl",
        "U kunt het artikel binnen 30 dagen retourneren. In dat geval worden de verzendkosten "
        "door de klant betaald.",
    ),
    ("pl", "Możesz zwrócić towar w ciągu 30 dni. W takim przypadku koszty wysyłki ponosi klient."),
]

# A return label offered for a price: the customer pays the return.
LABEL_PRICE = [
    ("en", "On request we provide a return label for £4.50."),
    ("de", "Gerne senden wir Ihnen einen Rücksendeschein für 5,95 € zu."),
    ("fr", "Nous pouvons fournir une étiquette de retour à 5,90 €."),
    ("es", "Ofrecemos una etiqueta de devolución por 4,95 €."),
    ("it", "Su richiesta forniamo un'etichetta di reso a 6,50 €."),
    ("pt", "A pedido, enviamos uma etiqueta de devolução por 3,99 €."),
    ("nl", "Op verzoek sturen we een retourlabel voor € 4,95."),
    ("pl", "Na życzenie wyślemy etykietę zwrotną za 12,99 zł."),
]

# Goods to be sent back carriage paid: the customer stamps the parcel.
CARRIAGE_PAID = [
    ("de", "Die Rückgabe der Artikel ist stets frachtfrei vorzunehmen."),
    ("en", "Unwanted goods must be returned carriage paid to our warehouse."),
    ("fr", "Les articles doivent être retournés en franco de port."),
    ("es", "Los artículos deben ser devueltos a portes pagados."),
    ("it", "La merce deve essere restituita in porto franco."),
    ("pt", "Os artigos devem ser devolvidos com portes pagos."),
    # Polish: the direct costs of the return as an item of an "except:" list (genitive).
    (
        "pl",
        "Możesz odstąpić od umowy bez ponoszenia kosztów, za wyjątkiem:\n"
        "• kosztów dodatkowej dostawy;\n"
        "• bezpośrednich kosztów odesłania towaru;",
    ),
    # Returns refused with the postage to pay, whatever is refunded after.
    ("pt", "Não aceitamos devoluções com portes a pagar e reembolsamos o cliente em 30 dias."),
    ("nl", "Retourzendingen dienen altijd franco te worden verzonden."),
]

# The seller named as whose expense a return is: a free return.
SELLER_EXPENSE = [
    ("de", "Die Rücksendung erfolgt auf Kosten des Händlers."),
    ("en", "Every return is made at the store's expense."),
    ("fr", "Le retour se fait aux frais de la boutique."),
    ("es", "La devolución corre a cargo de la empresa."),
    ("it", "Il reso è a carico dell'azienda."),
    ("pt", "A devolução é por conta da empresa."),
    ("nl", "Het retourneren is voor rekening van de webshop."),
    ("pl", "Zwrot towaru odbywa się na koszt firmy."),
]

# A verb of returning, an object of up to five words, then "free of charge": a free return.
RETURN_VERB_FREE = [
    ("fr", "Vous pouvez retourner un ou des articles gratuitement par Colissimo."),
    ("en", "You can return one or more items for free."),
    ("es", "Puedes devolver uno o varios artículos gratis."),
    ("it", "Puoi restituire uno o più articoli gratuitamente."),
    ("pt", "Pode devolver um ou mais artigos gratuitamente."),
    ("de", "Sie können kostenfrei einen oder mehrere Artikel zurücksenden."),
    ("nl", "Je kunt een paar bestelde artikelen terugsturen kosteloos via PostNL."),
    ("pl", "Możesz odesłać jeden lub kilka produktów za darmo."),
]

# The shop collecting the goods without charging the transport: a free return.
COLLECTED_FREE = [
    (
        "es",
        "El producto puede ser devuelto en 30 días y la tienda pasa a recogerlo a su domicilio, "
        "sin cobrar el coste del transporte.",
    ),
    (
        "en",
        "Items can be returned within 30 days and we will collect them from your home without "
        "charging for the transport.",
    ),
    (
        "fr",
        "Le retour est possible sous 30 jours, nous venons chercher le colis chez vous sans "
        "facturer le transport.",
    ),
    (
        "it",
        "Il reso è possibile entro 30 giorni e passiamo a ritirare il pacco senza addebitare il "
        "trasporto.",
    ),
    (
        "pt",
        "A devolução é possível em 30 dias e recolhemos a encomenda em sua casa sem cobrar o "
        "transporte.",
    ),
    (
        "de",
        "Die Rückgabe ist 30 Tage möglich, wir holen die Ware bei Ihnen ab, ohne den Transport "
        "zu berechnen.",
    ),
    (
        "nl",
        "Retourneren kan binnen 30 dagen en we halen het pakket op zonder transportkosten in "
        "rekening te brengen.",
    ),
    (
        "pl",
        "Zwrot jest możliwy w ciągu 30 dni, kurier odbierze paczkę bez pobierania opłat za "
        "transport.",
    ),
]

# Orders placed before or after a date: what is said holds for some orders only.
DATED_ORDERS = [
    ("en", "For orders placed before 1 March, you will find a free returns label in the box."),
    ("fr", "Pour les commandes passées avant le 1er mars, le retour est gratuit."),
    ("es", "Para los pedidos realizados antes del 1 de marzo, la devolución es gratuita."),
    ("it", "Per gli ordini effettuati prima del 1 marzo il reso è gratuito."),
    ("pt", "Para encomendas feitas antes de 1 de março, a devolução é gratuita."),
    (
        "de",
        "Kostenlose Rücksendung für Bestellungen, die vor dem 01.03.2025 aufgegeben wurden.",
    ),
    ("nl", "Voor bestellingen geplaatst vóór 1 maart is retourneren gratis."),
    ("pl", "Dla zamówień złożonych przed 1 marca zwrot jest bezpłatny."),
]

# A restocking fee as a percentage taken off the refund, charged for restocking, or plural.
RESTOCKING = [
    ("es", "Podrán aplicarse tarifas de reposición sobre los artículos devueltos."),
    ("it", "Sui resi possono essere applicate tariffe di rimagazzinamento."),
    ("fr", "Pour un retour tardif, un abattement de 20 % est appliqué au remboursement."),
    (
        "de",
        "Bei einer Rückgabe werden 15 % des Kaufpreises, mindestens 10,00 Euro, für die "
        "Wiedereinlagerung berechnet.",
    ),
    ("de", "Bei späten Rücksendungen gilt ein Abschlag von 20 % auf die Erstattung."),
    ("en", "On every return we charge 15% of the item price for restocking."),
    ("it", "Per i resi tardivi si applica un abbattimento del 20% sul rimborso."),
    ("pt", "Nas devoluções tardias aplica-se um abatimento de 20% sobre o reembolso."),
    ("nl", "Bij een late retour geldt een aftrek van 20% op de terugbetaling."),
    ("pl", "Przy zwrocie pobieramy 10% wartości towaru za ponowne magazynowanie."),
]


# A return said to carry no penalty to pay: no restocking fee.
NO_PENALTY = [
    ("it", "Il reso è completamente gratuito e non ci sono penali da pagare."),
    ("en", "Returning the mattress is free and there are no penalties to pay."),
    ("fr", "Le retour est gratuit et il n'y a aucune pénalité à payer."),
    ("es", "La devolución es gratuita y no hay penalizaciones que pagar."),
    ("pt", "A devolução é gratuita e não há penalizações a pagar."),
    ("de", "Die Rücksendung ist kostenlos und es sind keine Strafgebühren zu zahlen."),
    ("nl", "Retourneren is gratis en er zijn geen boetes te betalen."),
    ("pl", "Zwrot jest bezpłatny i nie ma żadnych kar do zapłacenia."),
]


@pytest.mark.parametrize(("lang", "text"), OWN_EXPENSE + IN_THIS_CASE + LABEL_PRICE + CARRIAGE_PAID)
def test_the_customer_pays_the_return(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(("lang", "text"), SELLER_EXPENSE + RETURN_VERB_FREE + COLLECTED_FREE)
def test_the_return_costs_the_customer_nothing(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is True


@pytest.mark.parametrize(("lang", "text"), DATED_ORDERS)
def test_free_returns_for_orders_of_some_dates_only_depend(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is None


@pytest.mark.parametrize(("lang", "text"), RESTOCKING)
def test_a_percentage_or_plural_restocking_fee_is_one(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FEE) is True


@pytest.mark.parametrize(("lang", "text"), NO_PENALTY)
def test_a_return_with_no_penalty_to_pay_has_no_restocking_fee(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FEE) is False


# The rules stop where their wording does.
NOT_TOO_FAR = [
    # A label valid for a number of days has no price.
    ("en", "Your return label for 30 days is in the box.", FREE, None),
    # Goods delivered carriage paid to the customer: the shop's outbound shipping.
    ("de", "Wir liefern ab 50 € frachtfrei.", FREE, None),
    # "In this case" with the costs refunded says nothing of the customer paying.
    (
        "en",
        "You may return any item within 30 days. In this case, we refund the postage costs.",
        FREE,
        None,
    ),
    # The seller pays for a defect only (French consumer law's "vendeur"): not said of returns.
    ("fr", "Le retour se fait aux frais du vendeur.", FREE, None),
    # Free shipping without a return: no free return.
    ("en", "We deliver within 3 days without charging for shipping.", FREE, None),
    # A negation inside the object: not read as a free return.
    ("nl", "Artikelen terugsturen is helaas niet gratis.", FREE, None),
    # Withdrawing without penalty (the statutory wording, no return named) says nothing of a fee.
    ("it", "Il cliente può recedere dal contratto senza alcuna penale.", FEE, None),
    ("fr", "Vous pouvez vous rétracter sans pénalité à payer.", FEE, None),
    # The seller paying the direct costs (not a genitive list item) is no customer paying.
    ("pl", "Sprzedawca pokrywa bezpośrednie koszty zwrotu towaru.", FREE, None),
    # A refusal of used goods says nothing of who pays.
    ("pt", "Não aceitamos devoluções de artigos usados.", FREE, None),
    # Free returns with no date: still free.
    ("en", "Free returns on all orders.", FREE, True),
    # A discount for subscribers is no restocking fee.
    ("fr", "Profitez d'une remise de 20 % pour votre première commande.", FEE, None),
    # Plural shipping rates are no restocking fee.
    ("es", "Consulta nuestras tarifas de envío para cada país.", FEE, None),
]


@pytest.mark.parametrize(("lang", "text", "metric", "value"), NOT_TOO_FAR)
def test_the_round11_rules_do_not_reach_too_far(
    lang: str, text: str, metric: str, value: bool | None
) -> None:
    assert extract_returns_terms(text, lang).get(metric) is value
