"""Wording the seventeenth unseen phone batch taught, one made-up record or line each (no text
copied from its pages): a fax named by its verb ("Faxing to ...", "faxare") or by the long
word ("facsímil", "fac-símile") is a fax; a tribunal that settles disputes is a dispute body
(`mediator`) even when its web address is a public body's."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("region", "fax_line", "fax", "own_line", "own"),
    [
        (
            "GB",
            "Faxing to 020 7946 0001",
            "+442079460001",
            "Questions about your booking? Call us on 020 7946 0000.",
            "+442079460000",
        ),
        (
            "GB",
            "Completed forms can be faxed to 0161 496 0001",
            "+441614960001",
            "Bookings team: 0161 496 0000",
            "+441614960000",
        ),
        ("ES", "Facsímil: 912 345 679", "+34912345679", "Teléfono: 912 345 678", "+34912345678"),
        (
            "IT",
            "Potete faxare il modulo allo 02 1234 5679",
            "+390212345679",
            "Per informazioni: 02 1234 5678",
            "+390212345678",
        ),
        (
            "BR",
            "Fac-símile: (11) 3456-7891",
            "+551134567891",
            "Atendimento: (11) 3456-7890",
            "+551134567890",
        ),
    ],
)
def test_a_fax_named_by_its_verb_or_long_word_is_a_fax(
    region: str, fax_line: str, fax: str, own_line: str, own: str
) -> None:
    roles = read_phone_roles(f"{fax_line}\n{own_line}", region)
    assert roles == {fax: "fax", own: CS}


def test_a_tribunal_with_a_public_web_address_is_a_dispute_body() -> None:
    text = "\n".join(
        [
            "If a dispute cannot be resolved with us, you may contact:",
            "Example Civil and Administrative Tribunal: www.tribunal.example.gov.au | "
            "Phone: 1300 123 456",
            "Example Fair Trading: www.fairtrading.example.gov.au | Phone: 13 32 20",
            "Our customer team: 02 9876 5432",
        ]
    )
    assert read_phone_roles(text, "AU") == {
        "+611300123456": "mediator",
        "+61133220": "authority",
        "+61298765432": CS,
    }


def test_a_fax_verb_after_a_number_in_its_sentence_does_not_make_it_a_fax() -> None:
    # Guard: "faxed" names the number it stands before, not one its sentence gave earlier.
    text = "Call us on 020 7946 0000. Forms can also be faxed."
    assert read_phone_roles(text, "GB") == {"+442079460000": CS}


@pytest.mark.parametrize(
    ("region", "text", "own"),
    [
        ("FR", "Exemple SARL\nTribunal de commerce de Lyon\nTél. : 04 72 12 34 56", "+33472123456"),
        (
            "FR",
            "Immatriculée au greffe du Tribunal de commerce de Lyon, tél. 04 72 12 34 56",
            "+33472123456",
        ),
        ("PT", "Tribunal da Comarca de Lisboa\nTelefone: 21 123 4567", "+351211234567"),
    ],
)
def test_a_court_named_on_a_legal_notice_is_no_dispute_body(
    region: str, text: str, own: str
) -> None:
    # Guard: only an English tribunal that settles disputes is one; "tribunal" alone is a court.
    assert read_phone_roles(text, region) == {own: CS}
