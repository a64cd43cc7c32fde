"""Returns round 39 (2026-12-05; from returns batch 46's Portuguese misses once tuned):

- the shop saying it will not bear the return's costs ("Não arcaremos com as despesas do frete
  em caso de desistência ou devolução"): the customer pays (pt-onedropstore);
- the customer told they need not pay the return's shipping ("tu não precisa pagar nada pelo
  frete da devolução"): a free return (pt-banca2);
- not taken: the reverse postage ("postagem reversa") as a return's shipment (pt-intimelingerie,
  "com os custos de envio por parte do cliente"): it read an exchange's reverse postage paid by
  the customer as a paid return.

Cases are (language, text, expected free returns). Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"

CASES = [
    (
        "pt",
        "Devoluções\nNão arcaremos com as despesas do frete em caso de desistência.",
        False,
    ),
    ("pt", "Devoluções\nE você não precisa pagar nada pelo frete da devolução.", True),
]

# Not reached: a delivery's cost the customer need not pay; an exchange's reverse postage the
# customer pays.
GUARDS = [
    ("pt", "Entregas\nVocê não precisa pagar nada pelo frete da entrega.", None),
    (
        "pt",
        "Trocas\nPara trocas, será gerado um link de postagem reversa, com os custos de envio da "
        "troca por parte do cliente.",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES + GUARDS)
def test_round39(lang: str, text: str, expected: bool | None) -> None:
    assert extract_returns_terms(text, lang).get(FREE) == expected
