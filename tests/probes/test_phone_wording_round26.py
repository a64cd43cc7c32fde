"""Wording the twenty-fifth unseen phone batch taught, one made-up record or line each (no text
copied from its pages): a register's three-letter court code before its number ("HRB 16897"); a
department heading naming the company after its label ("Datenschutzbeauftragter der Example
GmbH:"); a Privacy Officer reached on the firm's own line (three labellers
read it so: not a data protection officer's department); Kenya's M-Pesa Paybill; a model agency's
line for applicants."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    "line",
    ["Registernummer: HRB 16897", "Registernummer: HRA 16897", "Genossenschaftsregister: GnR 168"],
)  # fmt: skip
def test_a_register_code_of_three_letters_before_its_number_is_an_identifier(line: str) -> None:
    text = f"Muster UG\n{line}\nTelefon: 0241 918801"
    assert read_phone_roles(text, "DE") == {"+49241918801": CS}


@pytest.mark.parametrize(
    ("region", "heading", "tel", "number", "role"),
    [
        ("AT", "Datenschutzbeauftragter der Muster GmbH:", "Tel. +43 2252 254845",
         "+432252254845", "data_protection"),
        ("GB", "Press office of Example Ltd:", "Tel: 0113 496 0002", "+441134960002", "press"),
        ("FR", "Service presse de Exemple SAS :", "Tél. : 01 23 45 67 89", "+33123456789",
         "press"),
    ],
)  # fmt: skip
def test_a_department_of_the_company_named_after_its_label_heads_its_lines(
    region: str, heading: str, tel: str, number: str, role: str
) -> None:
    text = f"{heading}\nJane Doe\nExample Street 1\nE-Mail: jane@example.com\n{tel}"
    assert read_phone_roles(text, region) == {number: role}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("GB", "Sales of Example Ltd grew this year\nTel: 0113 496 0002", "+441134960002"),
        # review 33: what follows the label must be the company, by its legal form
        ("FR", "Service commercial du lundi au vendredi :\nTél. : 01 23 45 67 89", "+33123456789"),
        ("ES", "Ventas de lunes a viernes:\nTel: 912 345 678", "+34912345678"),
        ("GB", "Sales of spare parts:\nTel: 0113 496 0002", "+441134960002"),
        ("PL", "Dział sprzedaży dla klientów:\nTel. 22 123 45 67", "+48221234567"),
    ],
)  # fmt: skip
def test_a_department_word_before_other_words_heads_no_lines(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: CS}


@pytest.mark.parametrize(
    ("region", "line", "number"),
    [
        # review 33: three capitals are a register code only as the German register's
        ("DE", "Bestellung: TEL 0800 1234567", "+498001234567"),
        ("IT", "Ordine: TEL 02 1234 5678", "+390212345678"),
        ("GB", "Order: TEL 0113 496 0000", "+441134960000"),
        ("FR", "Commande : SAV 01 23 45 67 89", "+33123456789"),
    ],
)  # fmt: skip
def test_three_capitals_after_an_order_label_are_no_code(
    region: str, line: str, number: str
) -> None:
    assert read_phone_roles(line, region) == {number: CS}


@pytest.mark.parametrize(
    ("region", "text", "expected"),
    [
        ("KE", "Customer support: +254 111 000000\nPayment: Paybill 247247, account 0706 000000",
         {"+254111000000": CS, "+254706000000": "payment"}),
        ("KE", "M-Pesa: 0706 000000", {"+254706000000": "payment"}),
        ("AE", "Get in touch: +971 4 422 0000\nModel Registration: +971 52 000 0000",
         {"+97144220000": CS, "+971520000000": "jobs"}),
        # a Privacy Officer is reached on the firm's own line; a data protection officer is not
        ("AU", "Privacy Officer\nExample Pty Ltd\nPhone: 1300 000 000", {"+611300000000": CS}),
        ("GB", "Data Protection Officer\nJane Doe\nPhone: 0113 496 0009",
         {"+441134960009": "data_protection"}),
        # guards: a bare registration or privacy line stays the company's
        ("AE", "Registration: +971 4 422 0000", {"+97144220000": CS}),
        ("GB", "Privacy enquiries: 0113 496 0000", {"+441134960000": CS}),
        ("KE", "Call or M-Pesa us on 0706 000000", {"+254706000000": CS}),
        ("GB", "For new clients and investment enquiries call 0113 496 0002",
         {"+441134960002": CS}),
        ("GB", "Talent registration: 0113 496 0003", {"+441134960003": "jobs"}),
    ],
)  # fmt: skip
def test_lines_named_by_their_purpose(region: str, text: str, expected: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == expected
