"""Wording the nineteenth unseen phone batch taught, one made-up record or line each (no text
copied from its pages): a one-letter phone label ("P:", "T:", "M:") beside "F:" names a phone
line, so a number given under both is a customer line; a chain of last digits ("130/1/2/3")
is one line each; Brazil's "Fone/Fax" is a phone-and-fax pair, a phone line."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize("letter", ["P", "T", "M"])
def test_a_letter_phone_label_beside_the_same_number_as_fax_is_a_phone_line(letter: str) -> None:
    text = f"Example Builders Ltd\n{letter}: +44 (0) 1206 123 456\nF: +44 (0) 1206 123 456"
    assert read_phone_roles(text, "GB") == {"+441206123456": CS}


def test_a_letter_fax_label_still_names_a_fax() -> None:
    # Guard: with two numbers, "F:" keeps its own.
    text = "T: 020 7946 0000\nF: 020 7946 0001"
    assert read_phone_roles(text, "GB") == {"+442079460000": CS, "+442079460001": "fax"}


@pytest.mark.parametrize(
    ("region", "text", "expected"),
    [
        (
            "AO",
            "Luanda | +244 923 456 780/1/2/3 | geral@example.ao",
            ["+244923456780", "+244923456781", "+244923456782", "+244923456783"],
        ),
        ("PT", "Tel. 239 801 170/1/2", ["+351239801170", "+351239801171", "+351239801172"]),
    ],
)
def test_a_chain_of_last_digits_is_one_line_each(
    region: str, text: str, expected: list[str]
) -> None:
    assert read_phone_roles(text, region) == dict.fromkeys(expected, CS)


@pytest.mark.parametrize(
    "text",
    ["Fone/Fax: (71) 3456-7890", "Fones: (71) 3456-7890 / Fax: (71) 3456-7890"],
)
def test_fone_is_a_phone_label(text: str) -> None:
    assert read_phone_roles(text, "BR") == {"+557134567890": CS}
