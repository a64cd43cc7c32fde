"""Returns round 49 (2026-12-05, fourth session; from the tuned set's Spanish, Portuguese and
Italian policies whose who-pays sentence named no return word): the return named as the goods'
"retorno" or "regreso" is a return word, as "frete de retorno" already was.

- pt "o retorno da mercadoria", "o retorno do item"; es "el retorno del producto" (+4 free returns
  on 4,656 tuned policies, none lost);
- es (Latin American) "el envío de regreso", "el flete de regreso" (+2 free returns, +1 window);
- it "il ritorno della merce", "il ritorno dei prodotti" (+1 free returns).

A bare "retorno" (a reply: "daremos um retorno em 48 horas") stays no return word. Cases are
(language, text, field, expected). Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_lexicon import compile_lexicon, fold
from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"
WINDOW = "returns.window_days"

CASES = [
    (
        "pt",
        "Trocas e devoluções\nVocê tem 7 dias para desistir da compra.\nO custo de frete para o "
        "retorno da mercadoria será de responsabilidade da loja virtual.",
        FREE,
        True,
    ),
    (
        "pt",
        "Você tem 7 dias para desistir da compra.\nAs custas para retorno da encomenda ficarão a "
        "cargo do comprador.",
        FREE,
        False,
    ),
    (
        "es",
        "Tienes 15 días para cambios.\nEl cliente cubre el costo del envío de regreso y el costo "
        "del nuevo envío.",
        FREE,
        False,
    ),
    (
        "es",
        "Cuentas con 30 días para solicitar tu devolución.\nEl envío de regreso es gratis para "
        "todos nuestros clientes.",
        FREE,
        True,
    ),
    (
        "it",
        "Hai 14 giorni per recedere.\nTutti i costi di ritorno dei prodotti sono a carico del "
        "consumatore.",
        FREE,
        False,
    ),
    (
        "es",
        "Aceptamos el envío de regreso del producto dentro de los 5 días hábiles siguientes a la "
        "entrega.",
        WINDOW,
        5,
    ),
]


@pytest.mark.parametrize(("lang", "text", "field", "expected"), CASES)
def test_round49(lang: str, text: str, field: str, expected: bool | int | None) -> None:
    assert extract_returns_terms(text, lang).get(field) == expected


@pytest.mark.parametrize(
    ("lang", "text", "is_return"),
    [
        ("pt", "o retorno da mercadoria", True),
        ("pt", "o retorno do seu produto", True),
        ("es", "el retorno del artículo", True),
        ("es", "el flete de regreso", True),
        ("it", "il ritorno della merce", True),
        # a reply, a trip home, a return on investment: no goods sent back
        ("pt", "daremos um retorno em até 48 horas", False),
        ("es", "a su regreso de vacaciones", False),
        ("es", "el retorno de la inversión", False),
        ("it", "il ritorno alla normalità", False),
    ],
)
def test_return_word(lang: str, text: str, is_return: bool) -> None:
    found = compile_lexicon(lang).kinds["return"].search(fold(text))
    assert bool(found) is is_return
