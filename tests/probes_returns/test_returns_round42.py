"""Returns round 42 (2026-12-05; from returns batch 52's misses once tuned): a condition that the
goods come back sound ("sem indícios de alteração ou avarias", "sin señales de uso ni daños",
"without damage") names no defect: it is left out of the folded sentence, so "... sem indícios
de alteração ou avarias, acompanhado da nota fiscal, e o frete deverá ser pago pelo cliente"
says the customer pays (pt-tarin), as it does without the condition.

Cases are (language, text, expected free returns). Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"

CASES = [
    (
        "pt",
        "Devoluções\nO produto deve ser devolvido em sua embalagem original, sem indícios de "
        "alteração ou avarias, acompanhado da nota fiscal, e o frete deverá ser pago pelo "
        "cliente, com o mesmo serviço de transporte usado na entrega.",
        False,
    ),
    (
        "pt",
        "Devoluções\nO produto deve ser devolvido sem avarias, e o frete deverá ser pago pelo "
        "cliente.",
        False,
    ),
]

# Not reached: goods that arrive damaged (a defect case: the shop pays for faults only); a
# free return with a sound-goods condition stays free.
GUARDS = [
    (
        "pt",
        "Devoluções\nSe o produto chegar com avarias, o frete de devolução é por nossa conta.",
        False,
    ),
    (
        "pt",
        "Devoluções\nA devolução é gratuita, desde que o produto esteja sem sinais de uso ou "
        "danos.",
        True,
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES + GUARDS)
def test_round42(lang: str, text: str, expected: bool | None) -> None:
    assert extract_returns_terms(text, lang).get(FREE) == expected
