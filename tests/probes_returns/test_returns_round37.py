"""Returns round 37 (2026-12-05; from the Portuguese tuned free-returns misses):

- the shop named after a Portuguese contraction as the return's payer ("O custo do frete de
  retorno é por conta da Gringa Style", "suportados pela Lojinha"), the sentence closing on
  ", sem qualquer custo para si" (pt-gringastyle, pt-playfulcandles);
- the return's shipping "é de nossa responsabilidade" (Brazilian, no article; pt-alnacommerce);
- a reverse postage offered "sem nenhum custo de frete para o cliente" (pt-pcyes).

Cases are (language, text, expected free returns). Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"

CASES = [
    ("pt", "Devoluções\nO custo do frete de retorno é por conta da Loja Sol.", True),
    (
        "pt",
        "Devoluções\nOs portes de devolução ficam por conta da Casa Verde, sem qualquer custo "
        "para si.",
        True,
    ),
    ("pt", "Devoluções\nOs custos de devolução são suportados pela Lojinha Azul.", True),
    ("pt", "Devoluções\nO custo do frete de devolução é de nossa responsabilidade.", True),
    (
        "pt",
        "Devoluções\nA loja disponibiliza a postagem reversa via PAC dos Correios, sem nenhum "
        "custo de frete para o cliente.",
        True,
    ),
]

# Not reached: the customer named with a capital; a delivery's cost (no returns title); a
# defect's return (the faults-only rule: ordinary returns cost); a negation; an exchange.
GUARDS = [
    ("pt", "Devoluções\nO custo do frete de retorno é por conta do Cliente.", False),
    ("pt", "O frete de envio é por conta da Loja Azul.", None),
    (
        "pt",
        "Devoluções\nEm caso de defeito, o custo do frete de devolução é de nossa "
        "responsabilidade.",
        False,
    ),
    ("pt", "Devoluções\nO custo do frete de devolução não é de nossa responsabilidade.", None),
    ("pt", "Trocas\nO frete da troca é por conta da Loja Sol.", None),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES + GUARDS)
def test_round37(lang: str, text: str, expected: bool | None) -> None:
    assert extract_returns_terms(text, lang).get(FREE) == expected
