"""Return windows told apart from other periods, fees and costs, languages beyond the first six."""

from __future__ import annotations

import pytest

from probes.lexicon.detect import pick_language
from probes.returns_terms import extract_returns_terms, read_returns_policy

W, FREE, FEE, REFUND, WD, MAY, XONLY = (
    "returns.window_days",
    "returns.free_returns",
    "returns.restocking_fee",
    "returns.refund_days_stated",
    "returns.withdrawal_days",
    "returns.restocking_fee_may_apply",
    "returns.exchanges_only",
)

OTHER_PERIODS = [
    # Repair turnaround, warranty, take-back, cancellation and refund time are not windows.
    (
        "You may return items within 30 days of delivery. Repairs are usually completed "
        "within 21 days. All appliances carry a 2-year warranty.",
        {W: 30},
    ),
    (
        "Returns are accepted within 28 days. We will take back your old appliance free of "
        "charge within 7 days of delivery of the new one.",
        {W: 28},
    ),
    (
        "You can cancel your order within 24 hours. Unwanted items can be returned within "
        "60 days of purchase.",
        {W: 60},
    ),
    ("Send items back within 30 days. Please allow 28 days for your refund.", {W: 30, REFUND: 28}),
    (
        "Our 100% satisfaction guarantee lasts 90 days. Returns must be made within 30 days.",
        {W: 30},
    ),
    (
        "Under the Consumer Contracts Regulations you have a 14-day cooling-off period. "
        "We also accept returns within 365 days.",
        {W: 365, WD: 14},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_PERIODS)
def test_other_periods_are_not_the_return_window(text: str, expected: dict[str, int]) -> None:
    assert extract_returns_terms(text, "en") == expected


COSTS = [
    ("en", "You are responsible for the cost of returning the goods to us.", {FREE: False}),
    (
        "en",
        "You will be responsible for paying for your own shipping costs for returning your item.",
        {FREE: False},
    ),
    ("en", "A re-stocking charge of 10% applies to opened items.", {FEE: True}),
    ("en", "A fee of 15–25% may be applied to returned items.", {FEE: True, MAY: True}),
    ("en", "No refunds, exchanges only.", {XONLY: True}),
    ("fr", "Les frais de retour sont à la charge du client.", {FREE: False}),
    ("fr", "Les retours sont gratuits.", {FREE: True}),
    ("es", "La devolución es gratuita.", {FREE: True}),
    ("es", "Los gastos de devolución corren a cargo del cliente.", {FREE: False}),
    ("it", "Le spese di restituzione sono a carico del cliente.", {FREE: False}),
    ("nl", "Retourneren is altijd gratis.", {FREE: True}),
    ("nl", "De retourkosten zijn voor rekening van de klant.", {FREE: False}),
    ("pt", "A devolução é gratuita.", {FREE: True}),
    ("pl", "Koszt odesłania towaru ponosi Kupujący.", {FREE: False}),
    ("pl", "Zwrot jest darmowy.", {FREE: True}),
]


@pytest.mark.parametrize(("language", "text", "expected"), COSTS)
def test_costs_fees_and_exchanges(language: str, text: str, expected: dict[str, bool]) -> None:
    assert extract_returns_terms(text, language) == expected


WINDOWS = [
    ("fr", "Vous disposez de 30 jours à compter de la réception de votre commande.", 30),
    ("fr", "Vous pouvez nous retourner un article sous trente jours.", 30),
    ("es", "Tienes 30 días naturales desde la entrega para devolver tu pedido.", 30),
    ("it", "Puoi effettuare il reso entro 30 giorni dalla consegna.", 30),
    ("nl", "Je kunt je bestelling binnen 30 dagen retourneren.", 30),
    ("pt", "Pode devolver os artigos no prazo de 30 dias após a entrega.", 30),
    ("pl", "Towar możesz zwrócić w ciągu 30 dni od otrzymania przesyłki.", 30),
]


@pytest.mark.parametrize(("language", "text", "days"), WINDOWS)
def test_windows_in_new_languages(language: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, language)[W] == days


def test_each_value_keeps_its_sentence() -> None:
    reading = read_returns_policy(
        "Returns.\nYou can return items within 30 days of delivery. Returns are free.", "en"
    )
    sentences = dict((t.metric, t.sentence) for t in reading.terms)
    assert sentences[W] == "You can return items within 30 days of delivery."
    assert sentences[FREE] == "Returns are free."
    assert reading.sentences()[0].startswith("returns.window_days=30: You can return")


def test_missing_language_is_detected_from_the_text() -> None:
    text = "Vous pouvez retourner vos articles sous 30 jours. Les retours sont gratuits."
    assert pick_language(text, "") == "fr"
    assert pick_language(text, "de-AT") == "de"  # a declared supported language is trusted
    assert read_returns_policy(text).metrics() == {W: 30, FREE: True}
