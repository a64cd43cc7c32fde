"""Returns round 29 (2026-12-04 night; Spanish windows, from batch 28's misses once tuned):

- money back asked for is a return, not a refund time ("Las devoluciones de dinero podrán tener
  lugar dentro de los 3 días", "Para devoluciones de dinero por insatisfacción, el plazo es de
  10 días"); "el dinero se devuelve dentro de 30 días" (present tense) is a refund time;
- the Argentine law's "revocar la aceptación" is the withdrawal;
- a word between a number and its unit ("los tres (3) siguientes días"; review 56: only
  "siguientes", before days counted from receipt or delivery);
- returns "por inconformidad" (dissatisfaction, Latin American) are no warranty's (review 56:
  nor after "retracto o"; a non-conformity "con el contrato / lo pactado / la calidad" stays
  the warranty's);
- a return for factory defects is a class of returns, giving way to the general window (review
  56: not after "solo", where they are the only returns taken);
- "desestimiento", the common misspelling, is the withdrawal.

Each case is (text, window_days). Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

CASES = [
    (
        "Las devoluciones de dinero podrán tener lugar dentro de los tres (3) siguientes días de "
        "haber recibido la prenda. Para hacer un cambio tienes un plazo máximo de 30 días.",
        3,
    ),
    (
        "Tienes 30 días de corrido para realizar cambios de talla. Para devoluciones de dinero "
        "por insatisfacción, el plazo es de 10 días.",
        10,
    ),
    ("Puedes devolverlo dentro de los 3 siguientes días a la entrega.", 3),
    (
        "El consumidor tiene derecho a revocar la aceptación durante el plazo de diez (10) días "
        "corridos desde la entrega.",
        10,
    ),
    (
        "Puedes retractarte dentro de los cinco (5) días hábiles siguientes a la entrega. "
        "Recibido el producto, el dinero se devuelve dentro de los treinta (30) días siguientes.",
        5,
    ),
    (
        "Devoluciones por retracto o inconformidad: dentro de los 7 días posteriores a la entrega.",
        7,
    ),
    (
        "Se cuenta con 30 días para solicitar un cambio o devolución por defectos de fábrica. Se "
        "cuenta con 7 días para solicitar un cambio o devolución de un producto sin abrir.",
        7,
    ),
    (
        "Solo aceptamos devoluciones por defectos de fábrica dentro de los 30 días posteriores a "
        "la compra.",
        30,
    ),
    ("Puede ejercer su derecho a desestimiento durante 14 días naturales desde la entrega.", 14),
    # Guards: a refund time stays one; a nonconformity stays the warranty's.
    ("Las devoluciones de dinero se realizarán en 10 días.", None),
    ("Las faltas de conformidad que se manifiesten en dos años están cubiertas.", None),
]


@pytest.mark.parametrize(("text", "days"), CASES)
def test_window_round29(text: str, days: int | None) -> None:
    assert extract_returns_terms(text, "es").get("returns.window_days") == days
