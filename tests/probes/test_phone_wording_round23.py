"""Wording the twenty-second unseen phone batch taught, one made-up record or line each (no text
copied from its pages): a data protection officer's line is the `data_protection` department's,
not a customer line; a first line that refers to an authority ("Complaint to a supervisory
authority") is no letterhead of the authority's own page; a bracketed explanation of an
authority's name keeps its record open; a bare postcode opening an address line is no number; a
country in brackets right after a number is its own ("(GER)"); a "new customers" line is sales."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"
DPO = "data_protection"


@pytest.mark.parametrize(
    ("region", "text", "own", "officer"),
    [
        (
            "DE",
            "Telefon: 030 1234560\n4. Datenschutzbeauftragter\nErika Muster, Telefon: 030 1234599",
            "+49301234560",
            "+49301234599",
        ),
        (
            "GB",
            "Call us on 020 7946 0000\nData Protection Officer\nJane Doe\nTel: 020 7946 0999",
            "+442079460000",
            "+442079460999",
        ),
        (
            "PL",
            "Tel. 22 123 45 60\nInspektor Ochrony Danych\ntel. 22 123 45 99",
            "+48221234560",
            "+48221234599",
        ),
        (
            "FR",
            "Tél. : 01 23 45 67 00\nDélégué à la protection des données\nTél. : 01 23 45 67 99",
            "+33123456700",
            "+33123456799",
        ),
    ],
)
def test_a_data_protection_officers_line_is_no_customer_line(
    region: str, text: str, own: str, officer: str
) -> None:
    assert read_phone_roles(text, region) == {own: CS, officer: DPO}


def test_a_line_introducing_the_officer_keeps_the_section_open() -> None:
    text = (
        "Telefon: 030 1234560\nDatenschutzbeauftragter\n"
        "Als Datenschutzbeauftragter ist bestellt:\nErika Muster\nTelefon: 030 1234599"
    )
    assert read_phone_roles(text, "DE") == {"+49301234560": CS, "+49301234599": DPO}


@pytest.mark.parametrize(
    "first",
    [
        "Complaint to a supervisory authority (Art. 77)",
        "You may lodge a complaint with the data protection authority:",
    ],
)
def test_a_first_line_referring_to_an_authority_heads_its_record(first: str) -> None:
    text = f"{first}\nExample Authority, 1 Example Street\nTel: 020 7946 0123"
    assert read_phone_roles(text, "GB") == {"+442079460123": "authority"}


def test_an_authoritys_own_page_keeps_its_lines() -> None:
    # Guard: a first line that is the authority's name is its own page's letterhead.
    text = "Data Protection Authority\nTel: 020 7946 0123"
    assert read_phone_roles(text, "GB") == {"+442079460123": CS}


def test_a_bracketed_name_under_an_authority_keeps_its_record_open() -> None:
    text = (
        "If you are not satisfied, you can contact:\nAutoriteit Persoonsgegevens\n"
        "(Dutch Data Protection Authority)\nPhone: 0900-2001234"
    )
    assert read_phone_roles(text, "NL") == {"+319002001234": "authority"}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("DE", "Hauptstraße 18\n01640 Musterstadt\nTelefon: 0351 1234567", "+493511234567"),
        ("DE", "Hauptstraße 18, 01640 Musterstadt\nTelefon: 0351 1234567", "+493511234567"),
    ],
)
def test_a_bare_postcode_opening_an_address_is_no_number(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: CS}


def test_a_country_in_brackets_after_a_number_is_its_own() -> None:
    text = "+44 20 7946 0000 (UK)\n0-800-051-0000 (UK)\n0-800-724-0000 (GER)"
    roles = read_phone_roles(text, "US")
    assert set(roles) == {"+442079460000", "+448000510000", "+498007240000"}


@pytest.mark.parametrize(
    ("region", "text", "sales"),
    [
        ("ES", "Atención al cliente: 613 000 610\nNuevos clientes: 611 000 755", "+34611000755"),
        ("DE", "Kundenservice: 030 1234560\nNeukunden: 030 1234570", "+49301234570"),
        ("IT", "Assistenza: 02 1234 5600\nNuovi clienti: 02 1234 5700", "+390212345700"),
    ],
)
def test_a_new_customers_line_is_sales(region: str, text: str, sales: str) -> None:
    roles = read_phone_roles(text, region)
    assert roles[sales] == "sales"
    assert sorted(roles.values()) == [CS, "sales"]


def test_dpo_names_the_data_protection_officer() -> None:
    text = "Customer service: 020 7946 0000\nDPO: 020 7946 0999"
    assert read_phone_roles(text, "GB") == {"+442079460000": CS, "+442079460999": DPO}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        # the courier DPD is no data protection officer ("dpd" is no label)
        ("FR", "Livraison par DPD\nTél. : 01 23 45 67 89", "+33123456789"),
        # a heading naming the data controller too is the company's own
        (
            "DE",
            "Verantwortliche Stelle und Datenschutzbeauftragter\nMuster GmbH\n"
            "Hauptstr. 1, 10115 Berlin\nTelefon: 030 1234567",
            "+49301234567",
        ),
        # an authority's own page may open with a verb; only a complaint refers to another's
        (
            "GB",
            "Contact the Information Commissioner's Office\nWater Lane, Wilmslow\n"
            "Tel: 0303 123 1113",
            "+443031231113",
        ),
    ],
)
def test_guards_of_the_data_protection_rules(region: str, text: str, number: str) -> None:
    assert read_phone_roles(text, region) == {number: CS}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        # "Ger" (a first name) is no country; only a code in capitals in brackets is
        ("IE", "Contact Ger on 021 432 1234", "+353214321234"),
        # a bracket that only mentions a country is no country of the number
        ("DE", "Hotline: 0800 123 4567 (auch aus Österreich erreichbar)", "+498001234567"),
    ],
)
def test_guards_of_the_country_in_brackets(region: str, text: str, number: str) -> None:
    assert read_phone_roles(text, region) == {number: CS}
