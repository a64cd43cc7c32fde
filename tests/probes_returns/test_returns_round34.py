"""Returns round 34 (2026-12-05; from returns batches 37-38's misses once tuned):

- the consumer a law is named after is no payer ("conforme o Código de Defesa do Consumidor",
  "según la Ley de Defensa del Consumidor", "Estatuto del Consumidor"): "Em caso de
  arrependimento, também arcamos com os custos de retorno, conforme o Código de Defesa do
  Consumidor" was read as the customer paying (pt-pcplus; now unknown, as before the round).
  Review 62 kept "direito(s) do" / "derechos del" out of it (a customer who has a right may
  still pay) and withdrew the round's two other families: pt "arcamos com os custos de
  retorno" and es "nos hacemos cargo de los costos de devolución" read exchanges, regions,
  caps, warranty cases and "never" negations as free returns (see test_returns_review62.py).

Each case is (language, text, expected free returns). Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"

CASES = [
    (
        "pt",
        "Devolução\nEm caso de arrependimento (devolução por desistência), também arcamos com os "
        "custos de retorno, conforme o Código de Defesa do Consumidor.",
        None,
    ),
    (
        "es",
        "Devoluciones\nEn caso de arrepentimiento, nos hacemos cargo de los costos de devolución, "
        "según la Ley de Defensa del Consumidor.",
        None,
    ),
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
    (
        "pt",
        "Devolução\nA devolução é um direito do consumidor, que arca com o frete de retorno.",
        False,
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES + GUARDS)
def test_round34(lang: str, text: str, expected: bool | None) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is expected
