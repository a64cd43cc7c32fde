"""Returns round 41 (2026-12-05; from returns batch 54's English misses once tuned):

- the return's freight and a charge named after the return are money the return costs ("The
  return freight charge will be deducted from the total amount to be refunded", en-sledstore;
  review 66 left out "a returns fee", which may be charged on some items only);
- "Unless agreed in writing, return freight is borne by the customer" is the rule itself, no
  exception (round 31 read "Unless otherwise agreed" so; en-stareng kept its reading).

Cases are (language, text, expected free returns). Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"

CASES = [
    ("en", "Returns\nThe return freight charge will be deducted from your refund.", False),
    ("en", "Returns\nUnless agreed in writing, return freight is borne by the customer.", False),
    ("en", "Returns\nUnless agreed otherwise, the customer bears the return shipping.", False),
]

# Not reached: no charge; the shop paying the freight; a delivery's freight; an exception that
# is one (the shop pays some returns).
GUARDS = [
    ("en", "Returns\nThere is no return freight charge.", None),
    ("en", "Delivery\nFreight is free on orders over £50.", None),
    (
        "en",
        "Returns\nUnless the return is due to our error, return freight is borne by the customer.",
        False,
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES + GUARDS)
def test_round41(lang: str, text: str, expected: bool | None) -> None:
    assert extract_returns_terms(text, lang).get(FREE) == expected
