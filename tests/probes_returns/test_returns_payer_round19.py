"""Who pays for a return, round 19: word classes completed for every language rather than the
wording one batch showed. A return said to cost nothing (or to be the shop's to pay) in the case
of a defect or the shop's own error ("In case of a defect, the return is free", "Em caso de
defeito do produto, a devolução é gratuita"), on a page that says nothing else of costs, reads as
LABELLING.md reads "we pay the return shipping if the error is ours": an ordinary return costs
the customer (a weak no, which gives way to anything else said of who pays); "eventual" before a
loss or damage ("eventuais perdas", "éventuels dommages", "etwaige"/"eventuelle Schäden") hedges
no cost. The sentences are made up, one idiom each; the last tests check the rules do not reach
too far."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"

# The return is free (or the shop pays it) in the case of a defect only: not free.
FAULT_ONLY = [
    (
        "en",
        "You may send items back within 30 days. If the product arrives damaged, the return is "
        "free.",
    ),
    ("en", "Returns accepted for 14 days. In case of a faulty item, return shipping is on us."),
    (
        "de",
        "Sie können Artikel 14 Tage lang zurückgeben. Wenn die Ware defekt ist, ist die "
        "Rücksendung kostenlos.",
    ),
    (
        "de",
        "Widerruf innerhalb von 14 Tagen möglich. Falls der Artikel beschädigt ankommt, erfolgt "
        "die Rücksendung auf unsere Kosten.",
    ),
    (
        "fr",
        "Vous disposez de 14 jours pour nous renvoyer un article. En cas de produit défectueux, "
        "le retour est gratuit.",
    ),
    (
        "fr",
        "Retours acceptés sous 30 jours. Si l'article est endommagé, les frais de retour sont à "
        "notre charge.",
    ),
    (
        "es",
        "Dispones de 30 días para devolver tu pedido. En caso de producto dañado, la devolución "
        "es gratuita.",
    ),
    (
        "es",
        "Aceptamos devoluciones durante 14 días. Si el artículo llega defectuoso, la devolución "
        "corre por nuestra cuenta.",
    ),
    (
        "it",
        "Hai 14 giorni per restituire gli articoli. In caso di prodotto difettoso, il reso è "
        "gratuito.",
    ),
    (
        "it",
        "Puoi rendere la merce entro 30 giorni. Se l'articolo arriva danneggiato, il reso è a "
        "carico nostro.",
    ),
    (
        "nl",
        "U kunt artikelen binnen 14 dagen retourneren. Als het product defect is, is de "
        "retourzending gratis.",
    ),
    (
        "nl",
        "Retourneren kan tot 30 dagen na ontvangst. In geval van een beschadigd artikel is het "
        "retourneren kosteloos.",
    ),
    (
        "pt",
        "Tem 14 dias para devolver a encomenda. Se o artigo chegar danificado, a devolução é "
        "gratuita.",
    ),
    (
        "pt",
        "Aceitamos devoluções até 30 dias. Caso o produto tenha defeito, a devolução é gratuita.",
    ),
    ("pl", "Masz 14 dni na zwrot towaru. W przypadku wadliwego produktu zwrot jest bezpłatny."),
    ("pl", "Zwroty przyjmujemy w ciągu 30 dni. Jeśli towar jest uszkodzony, zwrot jest darmowy."),
]


@pytest.mark.parametrize(("lang", "text"), FAULT_ONLY)
def test_a_return_free_only_for_faults_costs_the_customer(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


# "Eventual" before a loss or damage hedges no cost: the customer pays.
ANY_LOSS = [
    (
        "pt",
        "Os custos de devolução são de responsabilidade do cliente e a loja não responde por "
        "eventuais perdas.",
    ),
    (
        "es",
        "Los gastos de devolución corren a cargo del cliente y la tienda no responde de "
        "eventuales daños.",
    ),
    ("fr", "Les frais de retour sont à la charge du client qui répond des éventuels dommages."),
    ("de", "Die Kosten der Rücksendung trägt der Kunde und haftet für eventuelle Schäden."),
    (
        "nl",
        "De retourkosten zijn voor rekening van de klant en wij zijn niet aansprakelijk voor "
        "eventuele schade.",
    ),
    ("pl", "Koszt zwrotu pokrywa klient i sklep nie odpowiada za ewentualne uszkodzenia."),
]


@pytest.mark.parametrize(("lang", "text"), ANY_LOSS)
def test_any_losses_hedge_no_cost(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


# Guards. A plainly free return stays free beside the faults' case.
def test_a_plain_free_return_beside_the_faults_case_stays_free() -> None:
    text = "Returns are free within 30 days. If the item is faulty, we also collect it at no cost."
    assert extract_returns_terms(text, "en").get(FREE) is True
    text = "A devolução é gratuita. Em caso de defeito, a loja recolhe o produto."
    assert extract_returns_terms(text, "pt").get(FREE) is True


# Anything else said of costs (a free first exchange, a hedged cost) leaves it unknown.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Primeira troca gratuita. Em caso de defeito, a devolução é gratuita."),
        (
            "en",
            "Postage costs may be charged for exchanges. If the item is damaged, the return is "
            "free.",
        ),
        (
            "es",
            "La primera devolución es gratis en tienda. Si el producto es defectuoso, la "
            "devolución es gratuita.",
        ),
    ],
)
def test_other_costs_said_leave_the_faults_case_unknown(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is not False


# A defect named as an exception, or merely mentioned, is no case the return is free in.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Returns are free for all orders, except if the goods are damaged by the customer."),
        ("de", "Die Rücksendung ist kostenlos, außer wenn die Ware vom Kunden beschädigt wurde."),
        ("it", "Il reso è gratuito; gli articoli danneggiati dal cliente non sono accettati."),
    ],
)
def test_a_defect_named_as_an_exception_is_no_faults_case(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is not False


# A question about faulty goods asks; the answer decides.
def test_a_question_about_the_faults_case_says_nothing() -> None:
    text = "Is the return free if the item is faulty?"
    assert extract_returns_terms(text, "en").get(FREE) is None


# "Eventual" still hedges the cost it qualifies.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Eventuais custos de envio poderão ser cobrados ao cliente."),
        ("fr", "D'éventuels frais de retour pourront être facturés au client."),
    ],
)
def test_eventual_costs_stay_hedged(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is None


# German and Dutch put the copula before the return after a clause ("Wenn ..., ist die
# Rücksendung kostenlos"); after a fronted phrase (no clause: "Anderenfalls ist ...") the
# inversion is not read as a return said to be free.
def test_an_inverted_free_return_needs_a_clause_before_it() -> None:
    text = "Wie Sie es von uns kennen, ist die Rücksendung kostenlos."
    assert extract_returns_terms(text, "de").get(FREE) is True
    text = "Zoals u van ons gewend bent, is de retourzending gratis."
    assert extract_returns_terms(text, "nl").get(FREE) is True
    text = (
        "Die Kosten der Rücksendung tragen Sie, wenn die Ware der bestellten entspricht. "
        "Anderenfalls ist die Rücksendung für Sie kostenfrei."
    )
    assert extract_returns_terms(text, "de").get(FREE) is False
    text = "Wenn der Artikel beschädigt ist, ist die Rücksendung nicht kostenlos."
    assert extract_returns_terms(text, "de").get(FREE) is not False


# A verb-first condition ("Funktioniert das Gerät nicht, ...") is no clause the inversion reads.
def test_a_verb_first_condition_is_not_read_as_a_free_return() -> None:
    text = "Funktioniert das Gerät nicht, ist die Rücksendung kostenlos."
    assert extract_returns_terms(text, "de").get(FREE) is not True


FEE = "returns.restocking_fee"

# An operating charge on a return ("un cargo operativo de 50 MXN") is a handling fee: a
# restocking fee (LABELLING.md: a handling, processing or administration fee per return).
OPERATING_FEE = [
    (
        "en",
        "For change-of-mind returns the customer pays return shipping and an operating fee of $8.",
    ),
    ("es", "En devoluciones por arrepentimiento se cobra un cargo operativo de 40 pesos."),
    ("fr", "Pour tout retour, des frais opérationnels de 5 € sont retenus sur le remboursement."),
    ("it", "Per ogni reso viene trattenuto un costo operativo di 6 euro dal rimborso."),
    ("pt", "Em cada devolução é cobrada uma taxa operacional de 10 reais."),
    ("nl", "Bij elke retourzending rekenen wij een operationele toeslag van 4 euro."),
    ("pl", "Przy każdym zwrocie pobierana jest opłata operacyjna w wysokości 15 zł."),
]


@pytest.mark.parametrize(("lang", "text"), OPERATING_FEE)
def test_an_operating_charge_on_a_return_is_a_restocking_fee(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FEE) is True


# A business's operating costs in general (plural, no charge) or opening hours are no fee.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Los costos operativos de la tienda no se trasladan al cliente en las devoluciones.",
        ),
        ("en", "Returns are handled during our operating hours within 30 days."),
    ],
)
def test_operating_costs_in_general_are_no_fee(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FEE) is None
