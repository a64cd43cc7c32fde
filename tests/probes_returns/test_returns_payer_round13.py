"""Who pays for a return and the restocking fee, in the wording families the twelfth unseen
batch (`returns/policies_35.yaml`, `policies_36.yaml`) showed the reader missing: a rejected
return sent back to the customer at his cost says nothing of what an ordinary return costs; a
percentage taken off the refund ("refunded minus 5%") or charged as the return's cost ("20%
return costs") is a restocking fee (tests/data/LABELLING.md: a percentage kept for restocking),
which on every ordinary return makes it not free; "eventual" before a cost ("eventuele
retourkosten", "any return costs") is no hedge. The sentences are made up, one idiom each; the
last tests check the rules do not reach too far."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"
FEE = "returns.restocking_fee"

# A return the shop rejects, sent back to the customer at his cost: no who-pays of a return.
REJECTED_SENT_BACK = [
    ("en", "Worn shoes will be refused and shipped back to the customer at his own expense."),
    ("de", "Benutzte Artikel werden auf Kosten des Kunden an den Absender zurückgeschickt."),
    ("fr", "Tout article abîmé sera renvoyé au client à ses frais."),
    ("es", "Los artículos usados serán devueltos al cliente a su cargo."),
    ("it", "I prodotti usati saranno rispediti al mittente a sue spese."),
    ("pt", "Artigos usados serão reenviados ao cliente com portes a cargo dele."),
    ("pl", "Produkt z oznakami użycia zostanie odesłany do klienta na jego koszt."),
    ("nl", "Gebruikte artikelen worden teruggestuurd naar de klant op zijn kosten."),
]

# A percentage off the refund, or charged as the return's cost: a restocking fee, and the
# return costs the customer.
PERCENT_KEPT = [
    ("en", "Returned goods are refunded minus 15% of the price."),
    ("en", "Returns are accepted against 10% return costs."),
    ("de", "Wir erstatten den Kaufpreis abzüglich 12 %."),
    ("de", "Wir erstatten jede Rücksendung abzüglich 10 % Wiedereinlagerung."),
    ("fr", "Nous remboursons le prix moins 10 % pour chaque article retourné."),
    ("es", "Reembolsaremos el importe menos el 8% de su valor."),
    ("it", "Rimborseremo il prezzo della merce resa meno il 7% del valore."),
    ("pt", "Reembolsamos o valor do artigo devolvido menos 10%."),
    ("pl", "Zwracamy cenę pomniejszoną o 10% wartości towaru."),
    ("nl", "Wij storten het aankoopbedrag terug minus 10% van de waarde."),
    ("nl", "Retouren worden aangenomen tegen 15% retourkosten."),
]

# "Eventual" before a cost: the customer's costs are said, not hedged.
ANY_COSTS = [
    ("nl", "Eventuele retourkosten worden van het terug te storten bedrag afgetrokken."),
    ("de", "Eventuelle Rücksendekosten trägt der Kunde."),
    ("es", "Los eventuales gastos de devolución corren a cargo del cliente."),
    ("pt", "Os eventuais custos de devolução são suportados pelo cliente."),
    ("pl", "Ewentualne koszty zwrotu ponosi Klient."),
]


@pytest.mark.parametrize(("language", "text"), REJECTED_SENT_BACK)
def test_rejected_return_sent_back_says_no_who_pays(language: str, text: str) -> None:
    assert extract_returns_terms(text, language).get(FREE) is None


@pytest.mark.parametrize(("language", "text"), PERCENT_KEPT)
def test_percentage_kept_is_restocking_fee(language: str, text: str) -> None:
    terms = extract_returns_terms(text, language)
    assert terms.get(FEE) is True
    assert terms.get(FREE) is False


@pytest.mark.parametrize(("language", "text"), ANY_COSTS)
def test_eventual_costs_are_no_hedge(language: str, text: str) -> None:
    assert extract_returns_terms(text, language).get(FREE) is False


# Not too far: the ordinary return at the customer's cost still costs; a discount taken off is
# no fee; an adverb "eventually/possibly" still hedges; a full refund is no fee.
def test_ordinary_return_at_customer_cost_still_costs() -> None:
    text = "Please send the goods back to us at your own expense."
    assert extract_returns_terms(text, "en").get(FREE) is False
    text = "Die Ware ist auf Kosten des Kunden an uns zurückzusenden."
    assert extract_returns_terms(text, "de").get(FREE) is False


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "We refund the price paid, minus 10% discount used on the order."),
        ("it", "Il prezzo di listino meno il 10% di sconto viene rimborsato."),
        ("de", "Wir erstatten den vollen Kaufpreis von 100 %."),
    ],
)
def test_discounts_and_full_refunds_are_no_fee(language: str, text: str) -> None:
    assert extract_returns_terms(text, language).get(FEE) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Eventueel kunnen wij retourkosten in rekening brengen."),
        ("de", "Die Rücksendekosten trägt eventuell der Kunde."),
    ],
)
def test_adverb_still_hedges(language: str, text: str) -> None:
    assert extract_returns_terms(text, language).get(FREE) is not False


def test_credit_of_a_percentage_is_restocking_fee() -> None:
    text = "Nach Eingang der Rücksendung erhalten Sie eine Gutschrift über 85 % des Warenwertes."
    assert extract_returns_terms(text, "de").get(FEE) is True


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Wij vergoeden alles, exclusief eventuele leveringskosten voor het product."),
        ("es", "Reembolsamos todo salvo los eventuales gastos de envío del pedido."),
    ],
)
def test_eventual_delivery_costs_still_hedge(language: str, text: str) -> None:
    assert extract_returns_terms(text, language).get(FREE) is not False


# The customer addressed as payer in the future or polite form: the return costs.
YOU_WILL_BEAR = [
    ("en", "You will bear the cost of sending the parcel back."),
    ("en", "You'll cover the cost of returning the goods."),
    ("fr", "Vous prendrez en charge les frais de retour du colis."),
    ("es", "Usted soportará los costes de devolución del paquete."),
    ("es", "Asumirás los gastos de devolución del pedido."),
    ("it", "Lei sosterrà le spese di reso del pacco."),
    ("pt", "Você arcará com os custos da devolução do artigo."),
    ("nl", "U zult de kosten van de retourzending dragen."),
    ("de", "Sie werden die Kosten der Rücksendung tragen."),
    ("de", "Sie haben die unmittelbaren Kosten der Rücksendung zu tragen."),
]


@pytest.mark.parametrize(("language", "text"), YOU_WILL_BEAR)
def test_customer_addressed_as_payer(language: str, text: str) -> None:
    assert extract_returns_terms(text, language).get(FREE) is False


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "No asumirás los gastos de devolución."),
        ("de", "Sie werden die Kosten der Rücksendung nicht tragen."),
        ("de", "Sie haben keine Kosten der Rücksendung zu tragen."),
        ("nl", "U zult niet de kosten van de retourzending dragen."),
    ],
)
def test_customer_addressed_as_payer_negated(language: str, text: str) -> None:
    assert extract_returns_terms(text, language).get(FREE) is not False


# The shop refusing an unstamped (freight-collect) parcel is no refused delivery: the customer
# stamps the return.
UNSTAMPED_REFUSED = [
    (
        "de",
        "Sie tragen die Kosten der Rücksendung.\nUnfrei versandte Rücksendungen: die Annahme "
        "wird verweigert, entstehende Kosten fallen zu Ihren Lasten.",
    ),
    (
        "de",
        "Der Kunde trägt die Rücksendekosten.\nBei unzureichend frankierten Rücksendungen wird "
        "die Annahme verweigert, anfallende Kosten fallen zu Lasten des Kunden.",
    ),
    (
        "nl",
        "De retourkosten zijn voor de klant.\nBij een ongefrankeerde retour wordt het pakket "
        "geweigerd, de kosten zijn voor rekening van de klant.",
    ),
]


@pytest.mark.parametrize(("language", "text"), UNSTAMPED_REFUSED)
def test_unstamped_parcel_refused_by_the_shop(language: str, text: str) -> None:
    assert extract_returns_terms(text, language).get(FREE) is False


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Wird die Annahme verweigert, trägt der Kunde die Kosten der Rücksendung."),
        ("nl", "Wordt een pakket door u geweigerd, dan betaalt u de retourkosten."),
    ],
)
def test_delivery_refused_by_the_customer_still_scoped(language: str, text: str) -> None:
    assert extract_returns_terms(text, language).get(FREE) is None


# Under a title naming faulty goods, the shop paying the return is a faulty return's.
FAULTY_TITLE = [
    (
        "en",
        "Change of mind\nCustomers pay the cost of return shipping.\n"
        "Damaged goods\nWhere we ask for the item back, we will cover the return postage.",
    ),
    (
        "de",
        "Widerruf\nDie Kosten der Rücksendung trägt der Kunde.\n"
        "Defekte Artikel\nDie Kosten der Rücksendung übernehmen wir.",
    ),
]


@pytest.mark.parametrize(("language", "text"), FAULTY_TITLE)
def test_shop_paying_under_a_faulty_title(language: str, text: str) -> None:
    assert extract_returns_terms(text, language).get(FREE) is False


def test_free_return_under_an_ordinary_title_still_free() -> None:
    text = "Returns\nReturn shipping is free of charge within 30 days."
    assert extract_returns_terms(text, "en").get(FREE) is True


def test_free_return_under_a_title_joining_returns_and_defects_still_free() -> None:
    text = "Returns and faulty goods\nReturn shipping is free of charge within 30 days."
    assert extract_returns_terms(text, "en").get(FREE) is True


# The shop named by its own name refusing the return costs: the customer pays.
NAMED_SHOP_REFUSES = [
    ("pt", "A Lojinha Verde não assume os custos de devolução."),
    ("pt", "A Lojinha Verde não suporta os portes de devolução."),
    ("nl", "Tuincentrum Groen betaalt de retourkosten niet."),
]


@pytest.mark.parametrize(("language", "text"), NAMED_SHOP_REFUSES)
def test_named_shop_refusing_the_costs(language: str, text: str) -> None:
    assert extract_returns_terms(text, language).get(FREE) is False


def test_customer_not_paying_is_no_shop_refusing() -> None:
    text = "Você não assume os custos de devolução."
    assert extract_returns_terms(text, "pt").get(FREE) is not False


# The shop, named in the third person, refusing returns sent freight collect: the customer
# stamps the return.
SHOP_REFUSES_FREIGHT_COLLECT = [
    ("pt", "A Casa Azul não aceita devoluções enviadas com portes a pagar."),
    ("pt", "A Casa Azul não aceita devoluções à cobrança."),
    ("en", "Blue House does not accept returns sent freight collect."),
    ("en", "Blue House refuses parcels sent carriage forward."),
]


@pytest.mark.parametrize(("language", "text"), SHOP_REFUSES_FREIGHT_COLLECT)
def test_shop_refusing_freight_collect(language: str, text: str) -> None:
    assert extract_returns_terms(text, language).get(FREE) is False


# The shop taking over no return costs is no free return ("keine Rücksendekosten" alone is).
@pytest.mark.parametrize(
    "text",
    [
        "Wir übernehmen keine Rücksendekosten.",
        "Grünhaus übernimmt keine Kosten für die Rücksendung.",
        "Wir erstatten keine Rücksendekosten.",
    ],
)
def test_shop_taking_over_no_costs_is_no_free_return(text: str) -> None:
    assert extract_returns_terms(text, "de").get(FREE) is not True


def test_no_return_costs_arising_still_free() -> None:
    text = "Für Sie entstehen keine Rücksendekosten."
    assert extract_returns_terms(text, "de").get(FREE) is True
