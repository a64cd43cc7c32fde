"""Return window, round 21 (from the twentieth returns batch): a refund that "must be requested"
(claimed, submitted) within the period is a window to ask for it, as round 13's "can be
requested" was, in every language with that wording before the duration; the words must end
right before the duration, so a refund's own time later in the sentence stays a refund's."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

WINDOW = "returns.window_days"


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        ("en", "Refunds must be requested within 21 days of delivery.", 21),
        ("en", "Returns and refunds must be requested within 21 days of the received date.", 21),
        ("en", "Refunds should be claimed within 21 days.", 21),
        ("en", "A refund must be requested by e-mail within 21 days.", 21),
        ("fr", "Le remboursement doit être demandé dans les 20 jours suivant la livraison.", 20),
        ("es", "El reembolso debe solicitarse dentro de los 20 días siguientes a la entrega.", 20),
        ("it", "Il rimborso deve essere richiesto entro 20 giorni dalla consegna.", 20),
        ("nl", "Een terugbetaling moet worden aangevraagd binnen 20 dagen na levering.", 20),
        ("pt", "O reembolso deve ser solicitado no prazo de 20 dias após a entrega.", 20),
        ("pl", "Zwrot pieniędzy należy zgłosić w ciągu 20 dni od doręczenia.", 20),
    ],
)  # fmt: skip
def test_refund_to_be_requested_within(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


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
