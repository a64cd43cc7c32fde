"""Returns round 51 (2026-12-05, fourth session; from batches 78-83, once tuned): two wordings of
the customer paying.

- German "Die Kosten der Rücksendung sind von dir zu tragen": the infinitive after "zu", for every
  form of address (it was read for "von Ihnen" only);
- Colombia's statutory duty of the consumer who withdraws (Ley 1480, art. 47), written as an
  infinitive or gerund in the list it belongs to ("el consumidor deberá:" + "Asumir los costos de
  transporte y los demás que conlleve la devolución del bien").

Cases are (language, text, expected free returns). Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"

CASES = [
    (
        "de",
        "Widerruf\nDu hast 14 Tage Zeit. Die Kosten der Rücksendung der Waren sind von dir zu "
        "tragen.",
        False,
    ),
    (
        "de",
        "Widerruf\nIhr habt 14 Tage Zeit. Die Kosten der Rücksendung sind von euch zu tragen.",
        False,
    ),
    # a duty denied is no customer paying (before, "nicht von Ihnen zu tragen" read as one)
    (
        "de",
        "Widerruf\nDu hast 14 Tage Zeit. Die Kosten der Rücksendung sind nicht von dir zu tragen.",
        None,
    ),
    (
        "es",
        "Derecho de retracto\nPara ejercer el derecho de retracto, el consumidor deberá:\n"
        "Devolver el producto en las mismas condiciones en que lo recibió.\nAsumir los costos de "
        "transporte y los demás que conlleve la devolución del bien.",
        False,
    ),
    # the duty named in a list of what the shop does is not the customer's
    (
        "es",
        "Derecho de retracto\nTienes 5 días hábiles para retractarte.\nNosotros nos encargamos de "
        "asumir los costos de transporte y los demás que conlleve la devolución del bien.",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_round51(lang: str, text: str, expected: bool | None) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is expected
