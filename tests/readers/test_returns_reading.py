"""The returns reader on sentences of the kinds the tuning sets taught (fast tier)."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms
from probes.website.hours import has_247, has_hours


@pytest.mark.parametrize(
    ("lang", "text", "refund"),
    [
        (
            "nl",
            "U moet het geld in ieder geval binnen veertien dagen na de ontbinding van de "
            "koopovereenkomst terugkrijgen.",
            14,
        ),
        (
            "pl",
            "Zwracamy wszystkie płatności nie później niż 14 dni od dnia, w którym zostaliśmy "
            "poinformowani o Państwa decyzji.",
            14,
        ),
        ("en", "We refund you within 14 days of the day you notify us of your withdrawal.", 14),
    ],
)
def test_a_period_counted_from_the_withdrawal_notice_is_no_window(
    lang: str, text: str, refund: int
) -> None:
    got = extract_returns_terms(text, lang)
    assert "returns.window_days" not in got
    assert got.get("returns.refund_days_stated") == refund


def test_shipping_back_after_the_notice_is_neither_window_nor_refund() -> None:
    text = (
        "Masz 30 dni na zwrot towaru od dnia jego otrzymania. Towar należy odesłać w terminie "
        "14 dni od dnia, w którym odstąpił Pan od umowy."
    )
    got = extract_returns_terms(text, "pl")
    assert got.get("returns.window_days") == 30
    assert "returns.refund_days_stated" not in got


@pytest.mark.parametrize(
    ("lang", "text", "free"),
    [
        ("it", "Il cliente restituisce il prodotto a spese del cliente entro 14 giorni.", False),
        ("pt", "Lembre-se de que o custo da devolução será descontado do seu reembolso.", False),
        ("en", "Shipping charges for all returned items must be paid by you.", False),
    ],
)
def test_customer_pays_phrasings(lang: str, text: str, free: bool) -> None:
    assert extract_returns_terms(text, lang).get("returns.free_returns") is free


def test_warranty_claims_in_portuguese_are_no_window() -> None:
    text = (
        "O consumidor tem um prazo de até 90 dias da data da compra para reclamar. O prazo "
        "para exercer o direito de arrependimento é de 7 dias a contar do recebimento."
    )
    assert extract_returns_terms(text, "pt").get("returns.window_days") == 7


@pytest.mark.parametrize(
    "text",
    [
        "du lundi au vendredi de 9 h à 18 h",
        "de lunes a viernes de 9:00 a 18:00",
        "pon.–pt. 8:00–16:00",
        "ma t/m vr 9.00 - 17.00 uur",
        "segunda a sexta, das 9h às 18h",
        "dal lunedì al venerdì 9-18",
    ],
)
def test_opening_hours_in_the_new_languages(text: str) -> None:
    assert has_hours(text)


def test_delivery_in_24_hours_is_not_round_the_clock() -> None:
    assert not has_247("Entrega en 24 horas en toda España")
    assert has_247("Atención al cliente 24 horas al día")
    assert not has_hours("Pedido 2026-0314, 3-5 artículos")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Vous pouvez vous rétracter sans pénalité, à l'exception des frais de transport et "
            "assurance de retour.",
        ),
        ("es", "Puede desistir sin coste alguno, excepto los gastos directos de devolución."),
        ("it", "Puoi recedere senza penali, ad eccezione delle spese di restituzione."),
        ("de", "Sie können ohne Kosten widerrufen, mit Ausnahme der Rücksendekosten."),
        ("nl", "U kunt kosteloos herroepen, met uitzondering van de retourkosten."),
    ],
)
def test_everything_free_except_the_return_costs_is_not_free_returns(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get("returns.free_returns") is False


def test_a_former_period_is_not_read() -> None:
    text = (
        "La loi accorde un délai de 14 jours pour exercer son droit de rétractation, au lieu "
        "de 7 jours auparavant."
    )
    got = extract_returns_terms(text, "fr")
    assert got.get("returns.window_days") == 14


def test_the_restated_legal_period_gives_way_to_the_shops_own_window() -> None:
    text = (
        "Hai 30 giorni dalla ricezione dell'articolo per richiedere un reso.\n"
        "Recesso entro 14 giorni (UE)\n"
        "Se risiedi nell'Unione Europea, hai diritto a restituire l'ordine entro 14 giorni.\n"
    )
    got = extract_returns_terms(text, "it")
    assert got.get("returns.window_days") == 30
    assert got.get("returns.withdrawal_days") == 14


def test_an_exchange_period_is_no_return_window_beside_one() -> None:
    text = (
        "Los cambios deben realizarse dentro de un plazo de treinta (30) días desde la compra.\n"
        "La devolución de un producto se deberá realizar dentro de un plazo de diez (10) días "
        "corridos computados a partir de la entrega del producto.\n"
    )
    assert extract_returns_terms(text, "es").get("returns.window_days") == 10


def test_an_exchange_only_shop_has_its_exchange_period_as_window() -> None:
    text = "A troca deverá ser solicitada em até 7 dias corridos após o recebimento."
    assert extract_returns_terms(text, "pt").get("returns.window_days") == 7


def test_cancelling_after_receipt_is_the_withdrawal() -> None:
    text = "Je hebt het recht jouw bestelling tot 14 dagen na ontvangst zonder reden te annuleren."
    got = extract_returns_terms(text, "nl")
    assert got.get("returns.window_days") == 14
