"""Guards for the review of round 15's who-pays rules (issue 12, returns26): made-up policies
that round 15 misread because a rule reached too far. A noun covering returns ("Our policy
covers returns of unworn items") is no shop paying a cost; a shop refusing liability ("keine
Haftung für verlorene Rücksendungen") is no customer paying; goods "free of stains" are no free
return; a refund ("Zwrot pieniędzy") beside free delivery is no free return. Each sentence is
made up, one idiom each."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"

# A noun covering returns (a policy, a refund, a guarantee): no cost paid, nothing about who pays.
COVERS_NO_COST = [
    ("en", "Our policy covers returns of unworn items with tags attached."),
    ("en", "The policy covers all items returned in original condition."),
    ("en", "Our refund covers the full price of returned items."),
    ("en", "Our guarantee covers returns for any reason."),
    ("es", "Nuestra política cubre las devoluciones de artículos sin usar."),
    ("it", "La nostra politica copre i resi di articoli non usati."),
    ("de", "Unsere Garantie übernimmt Rücksendungen aus jedem Grund."),
    # The same rule in the other languages.
    ("fr", "Notre garantie prend en charge les retours pour toute raison."),
    ("fr", "Notre politique prend en charge les retours d'articles non portés."),
    ("nl", "Onze garantie vergoedt retouren om elke reden."),
    ("pl", "Nasza gwarancja pokrywa zwroty z każdego powodu."),
    ("pt", "A nossa política cobre as devoluções de artigos não usados."),
    ("it", "La garanzia copre i resi per qualsiasi motivo."),
    ("es", "Nuestra garantía cubre las devoluciones por cualquier motivo."),
]

# The shop refusing liability, not a cost: nothing about who pays.
NO_LIABILITY = [
    ("de", "Wir übernehmen keine Haftung für verlorene Rücksendungen."),
    ("de", "Musterladen übernimmt keine Verantwortung für Rücksendungen ohne Sendungsnummer."),
    ("es", "Casa Verde no asume responsabilidad por devoluciones extraviadas."),
]

# "free of stains", "free from signs of wear": the goods' condition, not the return's cost.
FREE_OF_FAULTS = [
    ("en", "Returned items must be completely free of stains, odours and damage."),
    ("en", "Returns must be entirely free from signs of wear."),
]


@pytest.mark.parametrize(("lang", "text"), COVERS_NO_COST)
def test_who_pays_a_noun_covering_returns_pays_nothing(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is None


@pytest.mark.parametrize(("lang", "text"), NO_LIABILITY)
def test_who_pays_no_liability_is_no_cost(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is None


@pytest.mark.parametrize(("lang", "text"), FREE_OF_FAULTS)
def test_who_pays_free_of_stains_is_no_free_return(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is None


def test_who_pays_customer_pays_beside_free_of_stains() -> None:
    text = (
        "The return shipping costs are borne by the customer. "
        "Returned items must be completely free of stains."
    )
    assert extract_returns_terms(text, "en").get(FREE) is False


def test_who_pays_refund_beside_free_delivery_is_no_free_return() -> None:
    text = "Zwrot pieniędzy w ciągu 14 dni, dostawa za darmo od 200 zł."
    assert extract_returns_terms(text, "pl").get(FREE) is None


# Round 16's "only for faults" rule: "not only" limits nothing (the return is free), and "only"
# in a clause of its own after the free word limits something else, not the free return.
NOT_ONLY = [
    ("en", "Returns are free of charge, not only in case of a defect."),
    ("de", "Die Rücksendung ist kostenlos, nicht nur bei defekter Ware."),
    ("fr", "Le retour est gratuit, et pas seulement en cas de produit défectueux."),
    ("it", "Il reso è gratuito, non solo in caso di prodotto difettoso."),
    ("es", "La devolución es gratuita, no solo en caso de producto defectuoso."),
]
ONLY_ELSEWHERE = [
    ("en", "Returns are free, and we only ask that defective items be reported within 48 hours."),
    (
        "en",
        "Return shipping is free for all orders, and only items with a manufacturing defect "
        "need to be sent to the brand.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOT_ONLY)
def test_who_pays_not_only_for_faults_is_free(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is True


@pytest.mark.parametrize(("lang", "text"), ONLY_ELSEWHERE)
def test_who_pays_only_limiting_something_else_costs_nothing(lang: str, text: str) -> None:
    # A defect named in a free sentence leaves it unsure (as before round 16), never paid.
    assert extract_returns_terms(text, lang).get(FREE) is None
