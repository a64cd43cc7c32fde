"""Returns round 45 (2026-12-05; from batch 56's es-balletandyou, once tuned), withdrawn after
review 68 (a refund offered after a period is no proof that the period is a return window:
"We ship within 2 days. After this period, contact us for a refund."): a period its own
sentence names nothing of ("Dispones de 14 días naturales para realizarlos desde que recibes el
paquete.") takes its kind from the next sentence when that one goes on from it ("Fuera de este
periodo no se admitirán cambios ni devoluciones."): a return (or refund) named there makes it
the window, an exchange alone the exchange period; a sentence that does not go on from it
("Los gastos de envío ...") names nothing of it.

Cases are (language, text, expected window). Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms
from tests.known_gaps import review_gap

WINDOW = "returns.window_days"
gap = review_gap("round 45")
_WITHDRAWN = "the next sentence going on from a period, withdrawn after review 68"

CASES: list[object] = [
    gap(
        "es",
        "Plazo\nDispones de 14 días naturales para realizarlos desde que recibes el paquete. Fuera "
        "de este periodo no se admitirán cambios ni devoluciones.",
        14,
        _WITHDRAWN,
    ),
    (
        "en",
        "Timing\nYou have 30 days from delivery to do so. After this period, we cannot offer you a "
        "refund.",
        30,
    ),
    (
        "pt",
        "Prazo\nVocê tem 7 dias corridos a partir do recebimento. Após esse período, não aceitamos "
        "devoluções.",
        7,
    ),
]

# Not reached: the next sentence does not go on from the period, or names no return.
GUARDS = [
    (
        "es",
        "Plazo\nDispones de 14 días naturales para realizarlos. Los gastos de envío de la "
        "devolución corren por tu cuenta.",
        None,
    ),
    (
        "en",
        "Warranty\nYou have 90 days from delivery. After this period, repairs are charged.",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text", "window"), CASES + GUARDS)
def test_round45(lang: str, text: str, window: int | None) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == window
