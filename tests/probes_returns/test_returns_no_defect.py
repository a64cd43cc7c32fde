"""A defect word under a negation is no defect: "We cover return postage and will only refund the
item if it is not damaged" says the return is free and the goods must come back undamaged; it
does not say the shop pays for faulty goods only (review 48 saw the older only-for-faults path,
and the shop-pays-on-a-defect path, read such sentences as "not free"). Real defects still limit
who pays. Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"

# (language, text, free_returns expected)
CASES: list[tuple[str, str, bool | None]] = [
    # The goods must come back undamaged: the shop still pays for every return.
    ("en", "We cover return postage and will only refund the item if it is not damaged.", True),
    ("en", "Return shipping is free of charge, provided the item isn't damaged.", True),
    ("en", "We pay the return shipping for items that are not damaged or used.", True),
    (
        "es",
        "Los gastos de devolución son gratuitos si el producto no está dañado.",
        True,
    ),
    (
        "de",
        "Die Rücksendung ist kostenlos, wenn die Ware nicht beschädigt ist.",
        True,
    ),
    # Guards: a real defect still limits who pays to faulty goods.
    ("en", "We cover return postage only if the item is damaged.", False),
    ("en", "If the item arrives damaged, we pay the return shipping.", False),
    ("es", "Si el producto llega dañado, cubrimos los gastos de devolución.", False),
    ("de", "Die Rücksendung ist nur bei defekter Ware kostenlos.", False),
    # A lack of conformity named with "not" is a defect: "not as described".
    ("en", "We pay the return shipping only if the item is not as described.", False),
]


@pytest.mark.parametrize(("lang", "text", "free"), CASES, ids=lambda v: str(v)[:40])
def test_a_negated_defect_is_no_defect(lang: str, text: str, free: bool | None) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is free
