"""Marks and wording around a number that the reader once misread, one made-up line each in
eight languages: a footnote mark glued to a digit group is no part of the number."""

from __future__ import annotations

import pytest

from probes.website.roles import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("DE", "Telefon: 0800* 123 4567 (*kostenlos aus dem Festnetz)", "+498001234567"),
        ("GB", "Call us: 0800* 123 4567 (*free from UK landlines)", "+448001234567"),
        ("ES", "Teléfono: 900* 123 456 (*llamada gratuita)", "+34900123456"),
        ("FR", "Tél. : 0800¹ 12 34 56 (¹ appel gratuit)", "+33800123456"),
        ("IT", "Telefono: 800† 123 456 († numero verde gratuito)", "+39800123456"),
        ("NL", "Bel ons: 0800* 1234567 (*gratis)", "+318001234567"),
        ("PL", "Infolinia: 800* 123 456 (*bezpłatna)", "+48800123456"),
        ("PT", "Linha de apoio: 800* 123 456 (*chamada gratuita)", "+351800123456"),
        ("AT", "Telefon: 00800* 500 500 10 (*internationale kostenlose Gespräche)", "+80050050010"),
    ],
)
def test_a_footnote_mark_glued_to_a_digit_group_is_read_through(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: CS}
