"""Windows, round 20 (from the nineteenth returns batch): a period counted from receiving AND
inspecting (approving, checking) the return is a refund's time, not a second window (8 languages);
a period counted from receiving and inspecting the ORDER stays a window."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

WINDOW = "returns.window_days"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Send items back within 30 days of delivery. When is my money back? "
         "Within 5 business days of receiving and approving the return."),
        ("en", "Send items back within 30 days of delivery. Money back? "
         "Within 10 days of receipt and inspection of your return."),
        ("es", "Puedes devolver los artículos en 30 días desde la entrega. ¿Y el dinero? "
         "En 5 días hábiles desde recibir y aprobar la devolución."),
        ("de", "Sie können Artikel innerhalb von 30 Tagen zurückgeben. Und das Geld? "
         "Innerhalb von 5 Werktagen nach Erhalt und Prüfung der Rücksendung."),
        ("fr", "Vous pouvez retourner les articles sous 30 jours. Et l'argent ? "
         "Sous 5 jours ouvrés après réception et validation du retour."),
        ("pt", "Pode devolver os artigos em 30 dias. E o dinheiro? "
         "Em 5 dias úteis após a receção e verificação da devolução."),
        ("it", "Puoi restituire gli articoli entro 30 giorni. E i soldi? "
         "Entro 5 giorni lavorativi dalla ricezione e verifica del reso."),
        ("nl", "Je kunt artikelen binnen 30 dagen retourneren. En het geld? "
         "Binnen 5 werkdagen na ontvangst en controle van je retour."),
        ("pl", "Możesz zwrócić produkty w ciągu 30 dni. A pieniądze? "
         "W ciągu 5 dni roboczych od otrzymania i sprawdzenia zwrotu."),
    ],
)  # fmt: skip
def test_received_and_inspected_return_is_refund(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


@pytest.mark.parametrize(
    ("lang", "text", "window"),
    [
        # The order received and inspected by the customer: the window itself.
        ("en", "You may return goods within 14 days of receiving and inspecting your order.", 14),
        ("de", "Sie können die Ware innerhalb von 14 Tagen nach Erhalt zurückgeben.", 14),
    ],
)  # fmt: skip
def test_received_order_stays_window(lang: str, text: str, window: int) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == window
