"""Who pays for a return, round 18: word classes completed for every language. The return's
costs charged to the shop by its name in the other idioms of charging ("corren por cuenta de
Tienda X", "at the expense of Shop X", "zu Lasten von X", "aux frais de X", "a spese di X",
"ten laste van X", "po stronie sklepu X") make it free; a withdrawal that costs nothing "beyond"
(other than, apart from) the direct costs of returning leaves those to the customer; a pointer to
cases after a dash ("... unless faulty - in that case we pay") is said of the faults named before
it; the customer in the feminine ("trägt die Kundin") pays. The sentences are made up, one idiom
each; the last tests check the rules do not reach too far."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"


def _free(text: str, language: str) -> object:
    reading = extract_returns_terms(text, language)
    return reading.get(FREE)


# The shop by its name as whose charge the return's costs are: a free return.
SHOP_NAMED = [
    ("es", "Los gastos de devolución son por cuenta de Tienda Luna."),
    ("es", "Los gastos de la devolución corren por cuenta de Moda Brisa en todos los casos."),
    ("pt", "Os custos de devolução correm por conta de Casa Verde."),
    ("pt", "Os portes de devolução ficam a cargo de Loja Azul."),
    ("en", "Return shipping costs are at the expense of Maple Goods."),
    ("de", "Die Kosten der Rücksendung gehen zu Lasten von Waldhaus."),
    ("de", "Die Rücksendekosten gehen zu Lasten der Beispiel GmbH."),
    ("fr", "Les frais de retour sont aux frais de Maison Lune."),
    ("fr", "Les frais de retour sont supportés par Atelier Rose."),
    ("it", "Le spese di reso sono a spese di Bottega Blu."),
    ("it", "Le spese di restituzione sono sostenute da Casa Mia."),
    ("nl", "De retourkosten zijn ten laste van Huis Oranje."),
    ("pl", "Koszty odesłania towaru są po stronie sklepu Kwiatek."),
    ("pl", "Koszty zwrotu są na koszt Kwiatek sp. z o.o."),
]

# Nothing to pay beyond the direct costs of returning: those are the customer's.
BEYOND_DIRECT = [
    ("pt", "Pode desistir da compra sem pagar nada, para além dos custos diretos de devolução."),
    ("de", "Der Widerruf ist ohne Kosten möglich, außer den unmittelbaren Kosten der Rücksendung."),
    ("fr", "Vous pouvez vous rétracter sans payer d'autres frais autres que les frais de retour."),
    ("it", "Si può recedere senza costi diversi dai costi diretti di restituzione."),
    ("es", "Puede desistir sin coste alguno distinto de los gastos directos de devolución."),
    ("pl", "Można odstąpić bez kosztów innych niż bezpośrednie koszty zwrotu."),
]

# The shop pays "in that case" after a dash, the case being a fault named before it: not free.
DASH_CASES = [
    (
        "en",
        "Return costs are paid by the customer unless the item is faulty - in that case "
        "we pay the return costs.",
    ),
    (
        "it",
        "Le spese di reso sono pagate dal cliente, salvo se l'articolo è difettoso – in "
        "tal caso paghiamo noi le spese di reso.",
    ),
    (
        "es",
        "Los gastos de devolución los paga el cliente, salvo si el artículo es "
        "defectuoso – en ese caso pagamos nosotros los gastos de devolución.",
    ),
    (
        "de",
        "Die Rücksendekosten trägt die Kundin, außer bei defekter Ware – in diesen "
        "Fällen zahlen wir das Porto.",
    ),
    (
        "en",
        "Return postage is paid by the client unless the goods are faulty - in that case "
        "we pay the return postage.",
    ),
]

# The customer in the feminine as payer.
FEMININE = [
    (
        "de",
        "Die Kosten der Rücksendung trägt die Käuferin, außer die Ware ist beschädigt – "
        "in diesen Fällen übernehmen wir die Rücksendekosten.",
    ),
    (
        "de",
        "Die Bestellerin trägt die unmittelbaren Kosten der Rücksendung, außer bei einem "
        "Fehler – in diesem Fall übernehmen wir die Rücksendekosten.",
    ),
]


@pytest.mark.parametrize(("language", "text"), SHOP_NAMED)
def test_shop_named_as_whose_charge_makes_free(language: str, text: str) -> None:
    assert _free(text, language) is True


@pytest.mark.parametrize(("language", "text"), BEYOND_DIRECT)
def test_nothing_beyond_direct_costs_is_not_free(language: str, text: str) -> None:
    assert _free(text, language) is False


@pytest.mark.parametrize(("language", "text"), DASH_CASES + FEMININE)
def test_fault_cases_after_dash_leave_ordinary_returns_paid(language: str, text: str) -> None:
    assert _free(text, language) is False


# Guards: the customer named after the same idioms pays; a dash with no fault before the pointer
# leaves a free return free.
GUARDS = [
    ("es", "Los gastos de devolución son por cuenta del cliente.", False),
    ("pt", "Os custos de devolução ficam a cargo do cliente.", False),
    ("de", "Die Kosten der Rücksendung gehen zu Lasten des Käufers.", False),
    ("fr", "Les frais de retour sont pris en charge par le client.", False),
    ("it", "Le spese di restituzione sono sostenute dal cliente.", False),
    ("pl", "Koszty zwrotu są po stronie klienta.", False),
    ("en", "Return shipping costs are at the expense of the customer.", False),
    ("en", "Return shipping costs are at the expense of the returning customer.", False),
    ("de", "Die Kosten für die Rücksendung gehen zu Lasten des Versenders.", False),
    ("nl", "De retourkosten zijn voor rekening van de zakelijke klant.", False),
    ("en", "Returns are free of charge - in that case we also pay the return label.", True),
]


@pytest.mark.parametrize(("language", "text", "expected"), GUARDS)
def test_rules_do_not_reach_too_far(language: str, text: str, expected: bool) -> None:
    assert _free(text, language) is expected


# A short line in a list led by a colon naming what is excluded ("Non-refundable items:") is
# one of the goods refused a return, not a title scoping the who-pays after it.
EXCLUDED_LIST = [
    (
        "en",
        "Non-returnable items:\nGift cards\nClearance items\n2 / Costs\nReturn "
        "postage is paid by the customer.",
    ),
    (
        "de",
        "Ausgenommen sind:\nGutscheine\nReduzierte Artikel\n3 / Kosten\nDie "
        "Kosten der Rücksendung trägt der Kunde.",
    ),
    (
        "fr",
        "Articles non remboursables :\nCartes cadeaux\nArticles soldés\n3 / "
        "Frais\nLes frais de retour sont à la charge du client.",
    ),
    (
        "es",
        "Excepciones:\nTarjetas regalo\nArtículos rebajados\n3 / Gastos\nLos "
        "gastos de devolución corren a cargo del cliente.",
    ),
    (
        "it",
        "Prodotti esclusi:\nCarte regalo\nArticoli in saldo\n3 / Spese\nLe "
        "spese di restituzione sono a carico del cliente.",
    ),
    (
        "nl",
        "Uitgesloten van retour:\nCadeaubonnen\nSale artikelen\n3 / Kosten\nDe "
        "retourkosten zijn voor rekening van de klant.",
    ),
    (
        "pt",
        "Exceções:\nCartões presente\nArtigos em saldo\n3 / Custos\nOs custos "
        "de devolução são por conta do cliente.",
    ),
    (
        "pl",
        "Wyłączenia:\nKarty podarunkowe\nTowary przecenione\n3 / "
        "Koszty\nKoszty zwrotu ponosi Klient.",
    ),
]


@pytest.mark.parametrize(("language", "text"), EXCLUDED_LIST)
def test_items_of_an_excluded_list_are_no_titles(language: str, text: str) -> None:
    assert _free(text, language) is False


# Guard: a short title under no list still scopes what follows ("Sale items" over a who-pays).
def test_a_class_title_still_scopes() -> None:
    text = "Our policy\nSale items\nReturn postage is paid by the customer."
    assert _free(text, "en") is None


# A store named with no article or in the plural as a free channel beside a paid one: two
# channels with different costs, so it depends.
STORE_CHANNEL = [
    (
        "en",
        "Returns in store are free, but returns posted to our warehouse are at the "
        "customer's expense.",
    ),
    (
        "es",
        "La devolución en tienda es gratuita, pero si la envías por mensajería los "
        "gastos de envío corren a cargo del cliente.",
    ),
    (
        "pt",
        "A devolução em loja é gratuita, mas se enviar a devolução por correio os "
        "portes são por conta do cliente.",
    ),
    (
        "de",
        "Die Rückgabe in unseren Filialen ist kostenlos, bei Rücksendung per Post "
        "trägt der Kunde die Kosten der Rücksendung.",
    ),
    (
        "fr",
        "Le retour dans nos magasins est gratuit, mais les frais de retour par la "
        "poste sont à la charge du client.",
    ),
    (
        "it",
        "Il reso nei nostri negozi è gratuito, ma le spese di reso per posta sono a "
        "carico del cliente.",
    ),
    (
        "nl",
        "Retourneren in onze winkels is gratis, maar bij retour per post zijn de "
        "retourkosten voor rekening van de klant.",
    ),
    (
        "pl",
        "Zwrot w naszych sklepach jest bezpłatny, ale przy zwrocie pocztą koszty "
        "zwrotu ponosi Klient.",
    ),
]


@pytest.mark.parametrize(("language", "text"), STORE_CHANNEL)
def test_a_free_store_channel_beside_a_paid_one_depends(language: str, text: str) -> None:
    assert _free(text, language) is None


# Guards: store credit is no store; the customer as 'internaute' pays.
def test_store_credit_is_no_channel() -> None:
    assert _free("Returns are free. Refunds are issued in store credit.", "en") is True


def test_internaute_is_the_customer() -> None:
    text = "Les frais de retour sont à la charge de l'Internaute."
    assert _free(text, "fr") is False


# A word with an optional ending in brackets ("le(s) produit(s)", "item(s)") is one word between
# a verb of returning and "free of charge".
BRACKETED = [
    ("fr", "Vous pouvez retourner le(s) article(s) gratuitement."),
    ("es", "Puedes devolver el(los) artículo(s) gratis."),
    ("pt", "Pode devolver o(s) artigo(s) gratuitamente."),
    ("en", "You can return the item(s) free of charge."),
]


@pytest.mark.parametrize(("language", "text"), BRACKETED)
def test_a_bracketed_ending_is_part_of_its_word(language: str, text: str) -> None:
    assert _free(text, language) is True


# A return said free only when settled by an exchange or store credit: a refund's cost is unsaid.
FREE_FOR_CREDIT = [
    ("en", "Returns are free for exchanges or store credit."),
    ("fr", "Le retour est gratuit pour un échange ou un avoir."),
    ("de", "Die Rücksendung ist kostenlos bei Umtausch oder Gutschein."),
    ("es", "Las devoluciones son gratuitas para cambios o vale de compra."),
    ("it", "Il reso è gratuito per cambi o buoni."),
    ("nl", "Retourneren is gratis voor ruilen of tegoedbon."),
    ("pt", "A devolução é gratuita para trocas ou vale."),
    ("pl", "Zwrot jest bezpłatny w przypadku wymiany lub bonu."),
]


@pytest.mark.parametrize(("language", "text"), FREE_FOR_CREDIT)
def test_free_for_exchange_or_credit_only_depends(language: str, text: str) -> None:
    assert _free(text, language) is None


def test_free_returns_beside_free_exchanges_stay_free() -> None:
    text = "Returns are free. We also offer free exchanges for another size."
    assert _free(text, "en") is True


# The shop pays when the return is the seller's fault: an ordinary return costs the customer.
SELLERS_FAULT = [
    (
        "en",
        "The return shipping is paid by the seller if the return is through the seller's fault.",
    ),
    (
        "es",
        "Los gastos de devolución los paga la tienda si la devolución es por culpa del vendedor.",
    ),
    ("fr", "Nous payons les frais de retour si le retour a lieu par la faute du vendeur."),
    ("it", "Le spese di reso sono pagate dal negozio se il reso avviene per colpa del venditore."),
    ("nl", "Wij betalen de retourkosten als de retour door schuld van de verkoper nodig is."),
    ("pt", "Os portes de devolução são pagos pela loja se a devolução for por culpa do vendedor."),
    (
        "de",
        "Wir tragen die Rücksendekosten, wenn die Rücksendung durch Verschulden des "
        "Verkäufers nötig ist.",
    ),
    ("pl", "Koszt zwrotu pokrywa sklep, jeżeli zwrot nastąpił z winy Sprzedającego."),
]


@pytest.mark.parametrize(("language", "text"), SELLERS_FAULT)
def test_shop_pays_on_the_sellers_fault_only(language: str, text: str) -> None:
    assert _free(text, language) is False


# A return free "when eligible" is free for the returns that qualify only: it depends.
WHEN_ELIGIBLE = [
    ("pt", "A devolução é gratuita quando elegível."),
    ("en", "Returns are free when eligible."),
    ("es", "Devolución gratuita cuando sea elegible."),
    ("fr", "Retour gratuit lorsque éligible."),
    ("it", "Reso gratuito se idoneo."),
    ("de", "Die Rücksendung ist kostenlos, sofern berechtigt."),
    ("nl", "Gratis retour als de retour in aanmerking komt."),
    ("pl", "Zwrot jest bezpłatny, jeśli zwrot kwalifikuje się."),
]


@pytest.mark.parametrize(("language", "text"), WHEN_ELIGIBLE)
def test_free_when_eligible_depends(language: str, text: str) -> None:
    assert _free(text, language) is None


def test_eligible_items_returned_free_stay_free() -> None:
    text = "Eligible items can be returned within 30 days. Returns are free."
    assert _free(text, "en") is True


# The shop sending goods back to the customer at no cost ("devolvemos o artigo sem custo") is no
# free return; the customer returning at no cost still is.
def test_shop_sending_back_free_is_no_free_return() -> None:
    text = "Se o pedido for recusado, devolvemos o artigo sem custo adicional."
    assert _free(text, "pt") is None


def test_customer_returning_free_stays_free() -> None:
    assert _free("Pode devolver o artigo sem custos.", "pt") is True
