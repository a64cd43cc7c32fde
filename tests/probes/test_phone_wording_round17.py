"""Wording the fifteenth unseen phone batch taught, one made-up record or line each (no text
copied from its pages): a photographer or image agency credited on the page, and a web agency
credited for the site's concept, design and programming, are other organisations; register
numbers behind "as follows", a bracketed "(REGON) pod numerem:" or a bare "Code:" are
identifiers."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("region", "own", "credit", "mobile", "expected"),
    [
        ("DE", "Telefon: 0611 123456", "Bildnachweis:", "mobil: 0163 1234567", "+491631234567"),
        ("GB", "Phone: 020 7946 0000", "Photo credits", "Mobile: 07911 123456", "+447911123456"),
        (
            "FR",
            "Tél. : 01 23 45 67 89",
            "Crédits photos",
            "Portable : 06 12 34 56 78",
            "+33612345678",
        ),
        ("ES", "Tel.: 912 345 678", "Créditos fotográficos", "Móvil: 612 345 678", "+34612345678"),
        ("IT", "Tel. 02 1234 5678", "Crediti fotografici", "Cell. 333 123 4567", "+393331234567"),
        ("NL", "Tel. 020 123 4567", "Beeldmateriaal", "Mobiel: 06 12345678", "+31612345678"),
        ("PL", "Tel. 22 123 45 67", "Autor zdjęć", "Tel. kom. 512 345 678", "+48512345678"),
        (
            "PT",
            "Tel. 21 123 4567",
            "Créditos fotográficos",
            "Telemóvel: 912 345 678",
            "+351912345678",
        ),
    ],
)
def test_a_photographer_credited_on_the_page_is_another_organisation(
    region: str, own: str, credit: str, mobile: str, expected: str
) -> None:
    text = "\n".join(["Impressum", own, credit, "Example Studio", mobile])
    roles = read_phone_roles(text, region)
    assert roles[expected] == "photographer"
    assert [role for n, role in roles.items() if n != expected] == [CS]


def test_a_web_agency_credited_for_concept_design_and_programming_is_the_host() -> None:
    text = "\n".join(
        [
            "Telefon: (0611) 123 45 6-0",
            "Konzeption, Design und Programmierung",
            "Beispiel Digital GmbH",
            "Musterstraße 1, 60311 Frankfurt",
            "Telefon: (069) 12 34 56-0",
        ]
    )
    assert read_phone_roles(text, "DE") == {"+496111234560": CS, "+49691234560": "host"}


@pytest.mark.parametrize(
    ("region", "text", "own"),
    [
        (
            "PL",
            "Business registration number as follows 12345/2004. Phone +48 (32) 123-45-67.",
            "+48321234567",
        ),
        (
            "PL",
            "wpisane do rejestru (REGON) pod numerem: 771234567\ntel. 59-123-45-67",
            "+48591234567",
        ),
        ("PL", "NIP: 841-123-45-67\nCode: 771234567\nTel. + 48 888 12 34 56", "+48888123456"),
    ],
)
def test_register_numbers_behind_qualifiers_are_identifiers(
    region: str, text: str, own: str
) -> None:
    assert read_phone_roles(text, region) == {own: CS}


@pytest.mark.parametrize(
    ("region", "text", "own"),
    [
        # a fiscal table's dot leaders between the label and the number
        ("IT", "Cellulare: 333 123 4567\nPartita I.V.A...: 01234560789", "+393331234567"),
        # "tax number" in a sentence (the sixteenth batch)
        (
            "PT",
            "Registered under the tax number 212 345 678.\nPhone - +351 256 123 456",
            "+351256123456",
        ),
    ],
)
def test_a_tax_number_behind_dot_leaders_or_in_a_sentence_is_an_identifier(
    region: str, text: str, own: str
) -> None:
    assert read_phone_roles(text, region) == {own: CS}
