"""Returns round 34 (2026-12-05; from returns batches 37-38's misses once tuned):

- the consumer a law is named after is no payer ("conforme o Código de Defesa do Consumidor",
  "según la Ley de Defensa del Consumidor", "Estatuto del Consumidor"): "Em caso de
  arrependimento, também arcamos com os custos de retorno, conforme o Código de Defesa do
  Consumidor" was read as the customer paying (pt-pcplus);
- pt "arcamos com os custos de retorno" (we bear) and the return named "retorno" after the
  shop's own paying verbs: the shop pays the return;
- es "costos" (Latin America) and "nos hacemos cargo de" beside "asumimos los gastos de
  devolución".

Each case is (language, text, expected free returns). Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"

CASES = [
    (
        "pt",
        "Devolução\nEm caso de arrependimento, também arcamos com os custos de retorno, conforme "
        "o Código de Defesa do Consumidor.",
        True,
    ),
    ("pt", "Devolução\nArcamos com os custos de retorno.", True),
    ("pt", "Devolução\nPagamos os custos do retorno.", True),
    (
        "es",
        "Devoluciones\nEn caso de arrepentimiento, nos hacemos cargo de los costos de devolución, "
        "según la Ley de Defensa del Consumidor.",
        True,
    ),
    ("es", "Devoluciones\nAsumimos los costos de devolución.", True),
]

# Not reached: the customer named as payer beside the law's name; a defect condition; a negation.
GUARDS = [
    (
        "pt",
        "Devolução\nO frete de retorno é pago pelo cliente, conforme o Código de Defesa do "
        "Consumidor.",
        False,
    ),
    (
        "es",
        "Devoluciones\nLos costos de devolución corren por cuenta del consumidor según el Estatuto "
        "del Consumidor.",
        False,
    ),
    ("pt", "Devolução\nEm caso de defeito, arcamos com os custos de devolução.", False),
    ("es", "Devoluciones\nSi el producto es defectuoso, asumimos los costos de devolución.", False),
    ("es", "Devoluciones\nNo nos hacemos cargo de los costos de devolución.", False),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES + GUARDS)
def test_round34(lang: str, text: str, expected: bool | None) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is expected
