"""Wording the forty-ninth fresh phone batch taught (round 39), as narrowed by review 71,
made-up records: the office a trade's licence names as its competent supervisor ("Zuständiges
Veterinäramt: Landkreis X, Telefon ...") is an authority, another organisation (not a bare office
word: "vom Gesundheitsamt zugelassen", "Am Landratsamt 3"); a bare phone word opening a bracket
after a wallet's or a press office's label ("puede pagar por Bizum (Tlf. ...)", "Pressestelle
(Tel. ...)") gives the number that label's role, not after one joined to another ("WhatsApp y
Bizum"). A bracketed phone word after the company's own name or a customer-service word does
not."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("text", "region", "roles"),
    [
        (
            "Hundeschule Muster, Tel. 0170 1234567\nZuständiges Veterinäramt: Landkreis Muster, "
            "Süntelstr. 9, 31785 Hameln, Telefon: 05151/903-2500",
            "DE",
            {"+491701234567": CS, "+4951519032500": "authority"},
        ),
        (
            "Kontakt: 030 1234567\nZuständiges Gewerbeamt: Stadt Muster, Tel. 030 7654321",
            "DE",
            {"+49301234567": CS, "+49307654321": "authority"},
        ),
        (
            "Email: info@example.es\nEn caso de menor cuantía puede pagar por Bizum (Tlf. "
            "34722366200)",
            "ES",
            {"+34722366200": "payment"},
        ),
        (
            "Kundenservice: 030 1234567\nPressestelle (Tel. 030 1234500)",
            "DE",
            {"+49301234567": CS, "+49301234500": "press"},
        ),
        (
            "Muster GmbH (Tel. 030 1234567)\nKundenservice (Tel. 030 1234568)",
            "DE",
            {"+49301234567": CS, "+49301234568": CS},
        ),
    ],
)
def test_round39(text: str, region: str, roles: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == roles
