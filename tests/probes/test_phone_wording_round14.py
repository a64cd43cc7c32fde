"""Wording the twelfth unseen phone batch taught, one made-up line or record each (no text
copied from its pages): a guest guide's list of emergency lines (police, fire brigade) holds
other organisations' lines, and the entry after them is the company's again; an ordinal suffix
glued to a number by a machine translation ("532nd") does not hide it."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"

# (region, police heading, police number, fire heading, fire number, own name, own number)
EMERGENCY_LISTS = [
    ("GB", "Police station Anytown", "020 7946 0123", "Fire brigade", "020 7946 0456"),
    ("DE", "Polizeiinspektion Musterstadt", "089 1234567", "Feuerwehr", "089 7654321"),
    ("FR", "Gendarmerie", "04 92 12 34 56", "Sapeurs-pompiers", "04 92 65 43 21"),
    ("ES", "Policía Local", "952 123 456", "Bomberos", "952 654 321"),
    ("IT", "Carabinieri", "0565 123456", "Vigili del fuoco", "0565 654321"),
    ("NL", "Politie", "020 123 4567", "Brandweer", "020 765 4321"),
    ("PL", "Policja", "22 123 45 67", "Straż pożarna", "22 765 43 21"),
    ("PT", "PSP Lagos", "282 123 456", "Bombeiros", "282 654 321"),
]
OWN = {
    "GB": "07911 123456",
    "DE": "0151 23456789",
    "FR": "06 12 34 56 78",
    "ES": "612 345 678",
    "IT": "333 123 4567",
    "NL": "06 12345678",
    "PL": "512 345 678",
    "PT": "912 345 678",
}


@pytest.mark.parametrize(("region", "police", "p_number", "fire", "f_number"), EMERGENCY_LISTS)
def test_a_guest_guides_emergency_lines_are_not_the_companys(
    region: str, police: str, p_number: str, fire: str, f_number: str
) -> None:
    text = "\n".join(
        [
            "Guest guide",
            "112",
            police,
            p_number,
            "Map",
            fire,
            f_number,
            "Map",
            "Seaview",
            OWN[region],
        ]
    )
    roles = read_phone_roles(text, region)
    assert [role for role in roles.values()] == ["authority", "emergency", CS], roles


def test_a_dispute_bodys_web_address_after_its_number_does_not_end_the_list() -> None:
    """A labelled detail after a body's number (its web address) is no next entry: the next
    body, named on a long line no heading word names, is still in the list."""
    text = "\n".join(
        [
            "Em caso de litígio o consumidor pode recorrer às entidades de resolução alternativa:",
            "Centro de Arbitragem de Consumo de Exemplo",
            "Tel: 218 000 001",
            "Site: www.exemplo-arbitragem.pt",
            "Centro de Informação de Consumo da Região Autónoma de Exemplo",
            "Tel: 291 000 002",
        ]
    )
    assert set(read_phone_roles(text, "PT").values()) == {"mediator"}


@pytest.mark.parametrize("suffix", ["st", "nd", "rd", "th"])
def test_an_ordinal_suffix_glued_to_a_number_does_not_hide_it(suffix: str) -> None:
    text = f"Orders are accepted by telephone at +48 888 123 532{suffix}"
    assert read_phone_roles(text, "PL") == {"+48888123532": CS}


def test_an_ordinal_after_a_short_number_is_no_phone_number() -> None:
    assert read_phone_roles("Delivery on the 12th, call 020 7946 0000", "GB") == {
        "+442079460000": CS
    }
