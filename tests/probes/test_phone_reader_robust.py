"""The phone reader never fails on text, however its digits, prefixes and marks are mixed.

A real page once crashed it ("00" alone before other digit groups cannot be parsed at all):
seeded random lines of the pieces pages are made of, read for every supported country.
"""

from __future__ import annotations

import random

import pytest

from probes.website.line_walk import read_phone_roles

PIECES = [
    "00", "0", "+", "+48", "(0)", "0800", "511", "12", "345", "6789", "1234567", "*", "¹",
    "-", "/", ".", " ", " ", "\n", "\u00a0", "Tel.", "Fax:", "NIP", "REGON", "L-", "o", "y",
    "ext.", "w.", "DW", "EUR", "€", "9.00-17.00", "hébergé par", "Hotline", "IBAN", "IT",
]  # fmt: skip


def _piece(rng: random.Random) -> str:
    """Mostly digit groups (as numbers, ids and runs of numbers are written), else a mark."""
    if rng.random() < 0.6:
        return rng.choice(["00", "0"]) if rng.random() < 0.2 else str(rng.randint(1, 9999))
    return rng.choice(PIECES)


REGIONS = ["DE", "GB", "ES", "FR", "IT", "NL", "PL", "PT", "US", "LU", "CH"]


@pytest.mark.parametrize("region", REGIONS)
def test_random_lines_of_page_pieces_are_read_without_failing(region: str) -> None:
    rng = random.Random(f"phones-{region}")
    for _ in range(400):
        line = " ".join(_piece(rng) for _ in range(rng.randint(3, 14)))
        roles = read_phone_roles(line, region)
        assert all(number.startswith("+") for number in roles), (line, roles)
