"""Wordings the seventeenth batch showed the reader missing, each family in the languages where it
exists: a return "at our expense", a period to return goods that are not as described (a
warranty), a time to post the parcel after notifying the shop (no window), a refund "of the
value", "at their own expense", and a stored page's mojibake ("R├╝cksendung"). The sentences
are made up, one idiom each."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"
WINDOW = "returns.window_days"

AT_OUR_EXPENSE = [
    ("en", "Returns are always at our expense."),
    ("fr", "Le retour se fait à nos frais."),
    ("es", "La devolución corre por nuestra cuenta."),
    ("it", "Il reso è a nostre spese."),
    ("de", "Die Rücksendung erfolgt in jedem Fall auf unsere Kosten und Gefahr."),
    ("nl", "Het retourneren gebeurt op onze kosten."),
    ("pt", "A devolução fica a nosso cargo."),
    ("pl", "Zwrot towaru odbywa się na nasz koszt."),
]

# At our expense for an exchange, at the customer's for a refund: the customer pays the return.
OURS_FOR_EXCHANGES_ONLY = (
    "Vous supportez les frais de renvoi en cas de remboursement et nous les prenons à nos frais "
    "en cas d'échange."
)

NOT_AS_DESCRIBED = [
    (
        "fr",
        "Vous avez 14 jours pour renvoyer un article. Si le produit n'est pas conforme à sa "
        "description, vous disposez d'un délai de 2 ans pour nous le retourner.",
    ),
    (
        "en",
        "You have 14 days to return an item. If the item is not as described, you have 2 years "
        "to return it.",
    ),
    (
        "it",
        "Hai 14 giorni per restituire un articolo. Se il prodotto non è conforme, hai 2 anni per "
        "restituirlo.",
    ),
]

POST_AFTER_NOTIFYING = [
    ("fr", "Après nous avoir notifié votre rétractation, déposez le colis sous 14 jours."),
    ("it", "Dopo averci comunicato il recesso, spedisci il pacco entro 14 giorni."),
    ("pt", "Após nos ter comunicado a desistência, envie a encomenda no prazo de 14 dias."),
    ("pl", "Po poinformowaniu nas o odstąpieniu odeślij paczkę w ciągu 14 dni."),
]


@pytest.mark.parametrize(("lang", "text"), AT_OUR_EXPENSE)
def test_a_return_at_our_expense_is_free(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is True


def test_at_our_expense_for_exchanges_leaves_paid_refunds() -> None:
    assert extract_returns_terms(OURS_FOR_EXCHANGES_ONLY, "fr").get(FREE) is False


@pytest.mark.parametrize(("lang", "text"), NOT_AS_DESCRIBED)
def test_a_period_for_goods_not_as_described_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


@pytest.mark.parametrize(("lang", "text"), POST_AFTER_NOTIFYING)
def test_a_time_to_post_the_parcel_after_notifying_is_no_window(lang: str, text: str) -> None:
    got = extract_returns_terms(text, lang)
    assert (got.get(WINDOW), got.get("returns.withdrawal_days")) == (None, None)


def test_a_refund_of_the_value_with_delivery_costs_is_no_customer_paying() -> None:
    text = (
        "Sprzedawca dokona zwrotu wartości produktu wraz z kosztami jego dostawy, jakiego użył "
        "konsument."
    )
    assert extract_returns_terms(text, "pl").get(FREE) is None


def test_a_return_at_their_own_expense_is_not_free() -> None:
    text = "The customer may return the product by arranging shipment at their own expense."
    assert extract_returns_terms(text, "en").get(FREE) is False


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        ("de", "Sie k├Ânnen die Ware innerhalb von 14 Tagen durch R├╝cksendung zur├╝ckgeben.", 14),
        ("fr", "Vous disposez d'un dÃ©lai de rÃ©tractation de 14 jours.", 14),
    ],
)
def test_a_stored_pages_mojibake_is_read_as_the_words(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


# The shop saying it cannot cover the return costs: the customer pays them.
SHOP_CANNOT_COVER = [
    ("de", "Leider können wir die Kosten der Rücksendung nicht übernehmen."),
    ("de", "Daher können wir leider nicht die vollen Rücksendekosten übernehmen."),
    ("fr", "Nous ne pouvons pas prendre en charge les frais de retour."),
    ("it", "Non possiamo rimborsare le spese di reso."),
    ("pt", "Não podemos reembolsar os custos de devolução."),
    ("pl", "Nie możemy pokryć kosztów odesłania towaru."),
]

# A restocking fee under another name.
RESTOCKING_BY_ANOTHER_NAME = [
    ("fr", "Remboursements : des frais de réapprovisionnement de 20 % sont facturés."),
    ("es", "Se cobra una tasa de reabastecimiento del 15 % en cada devolución."),
    ("pt", "É cobrada uma taxa de reabastecimento de 10 % em cada devolução."),
]


@pytest.mark.parametrize(("lang", "text"), SHOP_CANNOT_COVER)
def test_a_shop_that_cannot_cover_the_return_costs_is_no_free_return(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(("lang", "text"), RESTOCKING_BY_ANOTHER_NAME)
def test_a_restocking_fee_by_another_name_is_one(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get("returns.restocking_fee") is True


def test_a_charge_for_restocking_and_no_restocking_fee_are_read() -> None:
    assert extract_returns_terms("Se aplicará un cargo por reposición del 10%.", "es").get(
        "returns.restocking_fee"
    )
    assert (
        extract_returns_terms("Não há taxa de reposição.", "pt").get("returns.restocking_fee")
        is False
    )
