"""Returns round 35 (2026-12-05; from returns batch 37's misses once tuned): round 26's "the
customer pays the shipping unless the goods are faulty" in brackets in a numbered list item ("4.
Enviar el producto al almacén (costos de envío a cargo del cliente, salvo producto defectuoso)",
es-yjbmoto), which the code before read as unknown (the other two cases it read right already).
The customer pays an ordinary return (tests/data/LABELLING.md, "we pay the return shipping if the
error is ours"). Not in a sentence naming an exchange (which the code before read as the customer
paying already), nor in a question.

Each case is (language, text, expected free returns). Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"

CASES = [
    (
        "es",
        "Proceso de devolución:\n4. Enviar el producto al almacén (costos de envío a cargo del "
        "cliente, salvo producto defectuoso)",
        False,
    ),
    ("es", "Devoluciones\nCostos de envío a cargo del cliente, salvo defecto de fábrica.", False),
    (
        "es",
        "Devoluciones\nGastos de devolución a cargo del comprador, excepto artículos dañados.",
        False,
    ),
]

GUARDS = [
    ("es", "Devoluciones\n¿Costos de envío a cargo del cliente, salvo producto defectuoso?", None),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES + GUARDS)
def test_round35(lang: str, text: str, expected: bool | None) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is expected
