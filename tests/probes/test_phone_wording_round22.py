"""Wording the twenty-first unseen phone batch taught, one made-up record or line each (no text
copied from its pages): a state's code after a town ("Curitiba, PR") is no press label; a number
written with its country's "+" is never an identifier ("PI: +55 ...", Piauí, not the Italian
"P.I."); a "Telefon / fax" label on the line over a number is one line for both; a department
heading with a digit inside a word ("Sprzedaż Hurtowa B2B") still heads its lines; Polish
"Biuro sprzedaży" is the sales office."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    "place",
    ["Maringá, PR", "Londrina - PR, 86000-000", "Caxias do Sul/RS", "Curitiba, PR\nBrasil"],
)
def test_a_states_code_after_a_town_is_no_label(place: str) -> None:
    text = f"Contato\n{place}\nTelefone\n(44) 99123-4567"
    assert read_phone_roles(text, "BR") == {"+5544991234567": CS}


def test_press_written_pr_still_names_the_press_line() -> None:
    # Guard: "PR" on a line of its own, or after a department, is the press office's line.
    assert read_phone_roles("PR: 020 7946 0123", "GB") == {"+442079460123": "press"}
    for heading in ("Marketing & PR", "Marketing/PR", "Marketing, PR"):
        assert read_phone_roles(f"{heading}\n020 7946 0123", "GB") == {"+442079460123": "press"}
    assert read_phone_roles("Careers/HR\n020 7946 0123", "GB") == {"+442079460123": "jobs"}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("BR", "SP: +55 (11) 99123-4567\nPI: +55 (86) 99123-4567", "+5586991234567"),
        ("PL", "KRS: +48 22 123 45 67", "+48221234567"),
    ],
)
def test_a_number_with_its_countrys_plus_is_no_identifier(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region)[number] == CS


def test_an_identifier_without_plus_stays_an_identifier() -> None:
    # Guard: "P.I. 01234567890" is the Italian VAT number, no line.
    assert read_phone_roles("P.I. 01234567890\nTel. 02 1234 5678", "IT") == {"+390212345678": CS}


@pytest.mark.parametrize("label", ["Telefon / fax", "Tel./Fax", "Telefone e fax"])
def test_a_tel_fax_label_over_the_number_is_a_phone_line(label: str) -> None:
    assert read_phone_roles(f"{label}\n(+48) 84 123 45 67", "PL") == {"+48841234567": CS}


def test_a_tel_fax_label_over_two_numbers_makes_the_second_the_fax() -> None:
    text = "Tel./Fax\n(+48) 84 123 45 67 / 68"
    assert read_phone_roles(text, "PL") == {"+48841234567": CS, "+48841234568": "fax"}


def test_a_fax_label_over_the_number_is_still_a_fax() -> None:
    # Guard: only the pair is a phone line.
    assert read_phone_roles("Fax\n(+48) 84 123 45 67", "PL") == {"+48841234567": "fax"}


def test_a_department_heading_with_b2b_heads_its_lines() -> None:
    text = (
        "Dział Handlowy & Sprzedaż Hurtowa B2B:\n+48 512 345 678\n"
        "Biuro Obsługi Klienta:\n+48 54 123 45 67"
    )
    assert read_phone_roles(text, "PL") == {"+48512345678": "sales", "+48541234567": CS}


def test_biuro_sprzedazy_is_the_sales_office() -> None:
    assert read_phone_roles("Biuro sprzedaży\n+48 512 345 678", "PL") == {"+48512345678": "sales"}
