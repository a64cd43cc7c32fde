"""Returns round 30 (2026-12-04 late night; free returns, from the fresh misses of returns
batches 27 and 28, where nine of eighteen Spanish free-returns misses were this one class): the
shop bearing a cost in its own words ("asumimos los gastos", "nos hacemos cargo del envío",
"también reembolsamos el costo del envío", "la recogida sin costo para ti", "we cover the
shipping costs", "assumimos os custos do frete") on a condition naming a defect or its own error
only. As "we pay the return shipping if the error is ours" (tests/data/LABELLING.md), an ordinary
return then costs: a weak "no" that gives way to anything else the page says of who pays
(`probes.returns_terms_we_cover`). Not the original delivery's charge refunded, not a replacement
or exchange made at no cost. Review 58 (tests/probes_returns/test_returns_review58.py) narrowed
it. Also: "te devolvemos todo lo que pagaste" / "el valor pagado" is a refund (es refund kind),
whose period is no window (es-ecogel, batch 29).

Each case is (language, text, the free-returns reading). Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"
HEAD = "Devoluciones\nTienes 30 días para devolver tu pedido.\n"
EN = "Returns\nYou have 30 days to return an item.\n"
PT = "Devoluções\nTem 30 dias para devolver.\n"

CASES = [
    # The shop bears the cost on its own error or a defect only: an ordinary return costs.
    ("es", HEAD + "Si es por defecto de fábrica, nos hacemos cargo del envío.", False),
    ("es", HEAD + "Si el producto llega dañado, asumimos los costos de envío.", False),
    (
        "es",
        HEAD
        + "Si el motivo es un defecto o un error nuestro, también reembolsamos el costo del envío.",
        False,
    ),
    (
        "es",
        HEAD
        + "Coordinamos la recogida sin costo para ti (si el motivo es un defecto o error nuestro).",
        False,
    ),
    (
        "es",
        HEAD + "Si la devolución se debe a un error nuestro, asumimos los gastos y te "
        "ofrecemos cambio o reembolso.",
        False,
    ),
    ("es", HEAD + "Cubrimos el flete si el error fue nuestro.", False),
    (
        "en",
        EN + "If the item is faulty, we will cover the shipping costs.",
        False,
    ),
    (
        "en",
        EN + "We also pay the postage if the mistake is ours.",
        False,
    ),
    (
        "pt",
        PT + "Se o produto tiver defeito, assumimos os custos do frete.",
        False,
    ),
    (
        "pt",
        PT + "Em caso de erro nosso, pagamos o envio.",
        False,
    ),
    # Anything else the page says of who pays wins.
    (
        "es",
        "Devoluciones gratis en 30 días.\nSi es por defecto de fábrica, nos hacemos cargo "
        "del envío.",
        True,
    ),
    # Guards: no defect or error as the condition; the first delivery's charge; a replacement or
    # an exchange at no cost.
    ("es", HEAD + "Nos hacemos cargo del envío.", None),
    ("es", HEAD + "Si el error es nuestro, te reembolsamos los gastos de envío originales.", None),
    ("es", HEAD + "Si el producto tiene un defecto, lo cambiamos sin costo adicional.", None),
    (
        "en",
        EN + "If it arrives damaged, we will replace it at no cost to you.",
        None,
    ),
    (
        "en",
        EN + "We refund the original delivery charge if the item is faulty.",
        None,
    ),
    (
        "pt",
        PT + "Se o produto tiver defeito, reembolsamos sem custos.",
        None,
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_round30(language: str, text: str, expected: bool | None) -> None:
    assert extract_returns_terms(text, language).get(FREE) is expected


WINDOW = "returns.window_days"
REFUND_CASES = [
    (
        "Puedes retractarte dentro de los 5 días hábiles siguientes a la entrega.\nTe devolvemos "
        "todo lo que pagaste dentro de los 30 días calendario siguientes a tu solicitud.",
        5,
    ),
    ("Tienes 15 días para devolver.\nTe devolvemos el valor pagado en 30 días.", 15),
]


@pytest.mark.parametrize(("text", "expected"), REFUND_CASES)
def test_round30_money_given_back_is_a_refund(text: str, expected: int) -> None:
    assert extract_returns_terms(text, "es").get(WINDOW) == expected
