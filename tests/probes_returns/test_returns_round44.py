"""Returns round 44 (2026-12-05; from batch 56's es-estelakids, once tuned): a shop template's
"exchanges policy lasts 30 days" ("La política de cambios dura 30 días", "A política de trocas
dura 30 dias") is the exchange period, not the return window; a policy named by returns or
refunds, alone or with exchanges, still names the window ("Nuestra política de devoluciones dura
15 días", "política de cambios y devoluciones").

Cases are (language, text, expected window). Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

WINDOW = "returns.window_days"

CASES = [
    (
        "es",
        "Cambios y devoluciones\nNuestra política de devoluciones dura 15 días. La política de "
        "cambios dura 30 días.",
        15,
    ),
    (
        "pt",
        "Trocas e devoluções\nA nossa política de devoluções dura 7 dias. A política de trocas "
        "dura 30 dias.",
        7,
    ),
]

# Not reached: a policy named by exchanges and returns together is the window's; on a page
# that describes only exchanges the exchange period is the window (tests/data/LABELLING.md).
GUARDS = [
    ("es", "Cambios\nLa política de cambios dura 30 días.", 30),
    ("pt", "Trocas\nA política de trocas dura 30 dias.", 30),
    ("es", "Devoluciones\nNuestra política de cambios y devoluciones dura 30 días.", 30),
    ("pt", "Devoluções\nA política de trocas e devoluções dura 30 dias.", 30),
    ("es", "Devoluciones\nNuestra política dura 30 días.", 30),
]


@pytest.mark.parametrize(("lang", "text", "window"), CASES + GUARDS)
def test_round44(lang: str, text: str, window: int | None) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == window
