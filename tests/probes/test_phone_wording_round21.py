"""Wording the twentieth unseen phone batch taught, one made-up record or line each (no text
copied from its pages): the last digits of a second line in brackets ("353 31 19 (20)"); a
short register label ("REG:") names an identifier; a web agency credited by name for making
the site ("Desenvolvido por X") heads no record, so a number under it is the page's own."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("region", "text", "expected"),
    [
        ("PL", "Tel: +48 32 123 45 19 (20)", ["+48321234519", "+48321234520"]),
        ("PT", "Telefone: 21 123 45 67 (68)", ["+351211234567", "+351211234568"]),
    ],
)
def test_bracketed_last_digits_are_a_second_line(
    region: str, text: str, expected: list[str]
) -> None:
    assert read_phone_roles(text, region) == dict.fromkeys(expected, CS)


def test_a_bracketed_note_after_a_number_is_no_second_line() -> None:
    # Guard: only one or two digits alone in the brackets.
    assert read_phone_roles("Tel: 030 1234567 (24h)", "DE") == {"+49301234567": CS}


def test_a_short_register_label_names_an_identifier() -> None:
    text = "NIP: 728-12-34-567\nREG: 471234567\n+48 (42) 123 45 67"
    assert read_phone_roles(text, "PL") == {"+48421234567": CS}


@pytest.mark.parametrize(
    ("region", "credit", "line", "own"),
    [
        ("BR", "Desenvolvido por Agência Exemplo", "(71) 99123-4567", "+5571991234567"),
        ("IT", "Realizzato da Agenzia Esempio", "Tel. 02 1234 5678", "+390212345678"),
        ("GB", "Website designed by Example Digital", "0161 496 0123", "+441614960123"),
    ],
)
def test_a_number_under_a_site_credit_is_the_pages_own(
    region: str, credit: str, line: str, own: str
) -> None:
    assert read_phone_roles(f"Studio Example\n{credit}\n{line}", region) == {own: CS}


def test_a_host_named_over_its_record_keeps_its_line() -> None:
    # Guard: hosting ("hosted by") is a record with its own line, unlike a credit.
    text = "This site is hosted by Acme Hosting Ltd\nCall 020 7946 0000"
    assert read_phone_roles(text, "GB") == {"+442079460000": "host"}
