"""Wording the fourteenth unseen phone batch taught, one made-up line each (no text copied from
its pages): a regional, sanitary or trade register's code is an identifier, not a number, even where
its digits would dial."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("region", "text", "own"),
    [
        ("IT", "Tel. +39 333 123 4567\nCodice Regione 012345-AGR-00001", "+393331234567"),
        ("DE", "Tel. 0711 123456\nBetriebsnummer 0711654321", "+49711123456"),
        ("FR", "Tél. 04 92 12 34 56\nNuméro d'agrément 0492654321", "+33492123456"),
        ("ES", "Tel. 952 123 456\nRegistro sanitario 952654321", "+34952123456"),
        ("NL", "Tel. 020 123 4567\nRegistratienummer 0207654321", "+31201234567"),
        ("PL", "Tel. 22 123 45 67\nNumer rejestrowy 227654321", "+48221234567"),
        ("PT", "Tel. 282 123 456\nNúmero de registo 282654321", "+351282123456"),
    ],
)
def test_a_register_code_is_no_phone_number(region: str, text: str, own: str) -> None:
    assert read_phone_roles(text, region) == {own: CS}
