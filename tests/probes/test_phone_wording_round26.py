"""Wording the twenty-fifth unseen phone batch taught, one made-up record or line each (no text
copied from its pages): a register's three-letter court code before its number ("HRB 16897"); a
department heading naming the company after its label ("Datenschutzbeauftragter der Example
GmbH:"); investment enquiries; a Privacy Officer reached on the firm's own line (three labellers
read it so: not a data protection officer's department); Kenya's M-Pesa Paybill; a model agency's
line for applicants."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    "line",
    ["Registernummer: HRB 16897", "Handelsregisternummer: HRA 123456",
     "Firmenbuchnummer: FN 123456"],
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


def test_a_department_heading_without_a_colon_is_still_a_line_of_text() -> None:
    text = "Sales of Example Ltd grew this year\nTel: 0113 496 0002"
    assert read_phone_roles(text, "GB") == {"+441134960002": CS}


@pytest.mark.parametrize(
    ("region", "text", "expected"),
    [
        ("NG", "Investment enquiries: +234 703 000 0000", {"+2347030000000": "investors"}),
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
    ],
)  # fmt: skip
def test_lines_named_by_their_purpose(region: str, text: str, expected: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == expected
