"""Return window, round 21 (from the twentieth returns batch): the period to ask for a refund
named before the duration ("the period to request a refund is 30 days") is the window. "N
full/clear days" ("volle Tage", "volle dagen", "pełnych dni", a word between the number and its
unit) are that many days. Two more rules of the round were removed after review 40 (a refund that
"must be requested" within N days as a window; "regardless of the reason" as the withdrawal):
their guards stay, with the review's counter-examples."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

WINDOW = "returns.window_days"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A refund that must be made or processed within 14 days: the shop's time to pay.
        ("en", "Refunds must be made within 14 days."),
        ("en", "The refund must be processed within 14 days of receiving the goods back."),
        # The request's words end before a new verb: the duration is the payment's.
        ("en", "The refund must be requested by e-mail and will be paid within 14 days."),
        ("es", "El reembolso debe solicitarse por correo y se abonará en 14 días."),
        ("fr", "Le remboursement doit être effectué dans les 14 jours."),
        ("es", "El reembolso debe realizarse dentro de los 14 días."),
        ("it", "Il rimborso deve essere effettuato entro 14 giorni."),
        ("pt", "O reembolso deve ser efetuado no prazo de 14 dias."),
    ],
)  # fmt: skip
def test_refund_to_be_made_within_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) is None


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        ("en", "The period to request a refund is 20 days from receipt of the product.", 20),
        ("en", "The deadline for requesting a refund is 20 days.", 20),
        ("es", "El plazo para solicitar un reembolso es de 20 días a partir de la entrega.", 20),
        ("es", "El período para hacer cambios o pedir reembolsos es de 20 días.", 20),
        ("fr", "Le délai pour demander un remboursement est de 20 jours après livraison.", 20),
        ("it", "Il termine per richiedere il rimborso è di 20 giorni dalla consegna.", 20),
        ("pt", "O prazo para solicitar o reembolso é de 20 dias após a entrega.", 20),
        ("de", "Die Frist zur Beantragung einer Erstattung beträgt 20 Tage ab Lieferung.", 20),
        ("nl", "De termijn om een terugbetaling aan te vragen is 20 dagen na levering.", 20),
        ("pl", "Termin na zgłoszenie zwrotu pieniędzy wynosi 20 dni od doręczenia.", 20),
    ],
)  # fmt: skip
def test_period_to_ask_for_refund_named_before(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The time to process or receive the refund: the shop's time, no window.
        ("en", "The time to process a refund is 10 days."),
        ("en", "The time to receive your refund is 10 days."),
        ("es", "El plazo para recibir el reembolso es de 10 días."),
        ("pt", "O prazo para processar o reembolso é de 10 dias."),
        # A refund for a defect: a claim's period, no window.
        ("es", "El plazo para solicitar un reembolso por un defecto es de 10 días."),
    ],
)  # fmt: skip
def test_period_to_get_refund_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) is None


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        ("en", "You may cancel within 10 full working days of receipt of the goods.", 10),
        ("en", "You may return goods within 10 clear days of delivery.", 10),
        ("de", "Sie können die Ware innerhalb von 20 vollen Tagen nach Erhalt zurücksenden.", 20),
        ("nl", "Je kunt het artikel binnen 20 volle dagen na levering retourneren.", 20),
        ("pl", "Możesz zwrócić towar w ciągu 20 pełnych dni od doręczenia.", 20),
    ],
)  # fmt: skip
def test_full_days_are_days(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Full days of a refund's time stay the refund's.
        ("en", "Refunds are processed within 10 full working days of receiving the goods back."),
        ("es", "El reembolso se realizará en 10 días completos tras recibir la devolución."),
    ],
)  # fmt: skip
def test_full_days_of_refund_are_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) is None


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        # A refund's time stays a refund's; a fault's period beside the window stays a fault's.
        ("en", "Refunds are issued within 10 days, regardless of the reason for the return.", None),
        (
            "en",
            "Returns are accepted within 30 days of delivery. Faulty goods must be reported"
            " within 3 days of delivery, regardless of the reason.",
            30,
        ),
    ],
)  # fmt: skip
def test_regardless_of_reason_reach(lang: str, text: str, days: int | None) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        # review 40: a short claim period for damaged goods is no window (its rule was removed)
        ("en", "You have 30 days to return items. Refunds for damaged items must be requested "
         "within 2 days of delivery.", 30),
        ("es", "Tiene 30 días para devolver su pedido. Los reembolsos por productos dañados deben "
         "solicitarse dentro de los 2 días siguientes a la entrega.", 30),
        # review 40: "regardless of the reason" in a warranty is no withdrawal (rule removed)
        ("en", "Products are covered for 12 months regardless of the reason of the fault. Returns "
         "within 14 days.", 14),
    ],
)  # fmt: skip
def test_review40_guards_keep_the_window(lang: str, text: str, days: int) -> None:
    terms = extract_returns_terms(text, lang)
    assert terms.get(WINDOW) == days
    assert "returns.withdrawal_days" not in terms
