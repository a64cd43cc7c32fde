"""Wording the eighteenth unseen phone batch taught, one made-up record or line each (no text
copied from its pages): a second number in a list after a phone label is a phone line even
where a fax label names it too; plural phone labels ("Telfs:", "Teléfonos:"); the data
controller or "processing carried out by" the company is the company, not a web agency;
accounting and marketing departments, also joined to a second word ("Dział Zakupów i
Logistyki"); a customer-service heading over a number another department also lists; a
department's name after a department's number starts another department."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("region", "text", "second"),
    [
        ("VE", "Telfs: +58 212 1234567, +58 212 1234568, Fax: +58 212 1234568", "+582121234568"),
        ("ES", "Teléfonos: 912 345 678, 912 345 679. Fax: 912 345 679", "+34912345679"),
        ("GB", "Phones: 020 7946 0000, 020 7946 0001; Fax: 020 7946 0001", "+442079460001"),
        ("DE", "Tel.: 030 1234567, 030 1234568, Fax: 030 1234568", "+49301234568"),
        ("PT", "Telefones: 21 123 4567 / 21 123 4568 - Fax: 21 123 4568", "+351211234568"),
    ],
)
def test_a_second_number_after_a_phone_label_is_a_phone_line(
    region: str, text: str, second: str
) -> None:
    assert read_phone_roles(text, region)[second] == CS


def test_a_town_named_like_a_plural_label_is_no_label() -> None:
    # Guard: "Telfs" is also a town in Tyrol; only "Telfs:" or "Telfs." is a label.
    text = "Beispiel GmbH, Moos 1, 6410 Telfs, Austria. Fax: +43 5412 12345"
    assert read_phone_roles(text, "AT") == {"+43541212345": "fax"}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        (
            "FR",
            "La présente politique s'applique au traitement des données réalisé par Exemple "
            "SARL, une société sise 1 rue de Paris 75001 Paris, tél. : 01 23 45 67 89.",
            "+33123456789",
        ),
        (
            "IT",
            "Titolare del trattamento è Esempio S.r.l., via Roma 1, Milano, tel. 02 1234 5678.",
            "+390212345678",
        ),
    ],
)
def test_the_data_controller_is_the_company(region: str, text: str, number: str) -> None:
    assert read_phone_roles(text, region) == {number: CS}


def test_a_site_made_by_an_agency_is_still_the_agency() -> None:
    # Guard: "réalisé par" crediting a web agency keeps its role.
    text = "Site réalisé par Agence Exemple, 1 rue de Lyon, 69001 Lyon, tél. : 04 12 34 56 78"
    assert read_phone_roles(text, "FR") == {"+33412345678": "host"}


def test_accounting_marketing_and_joined_department_headings() -> None:
    text = "\n".join(
        [
            "Dział sprzedaży i ofert:",
            "tel.: 68 123 45 01, e-mail: sprzedaz@example.pl",
            "Sekretariat:",
            "tel.: 68 123 45 00",
            "Dział Księgowości:",
            "tel.: 68 123 45 02",
            "Dział Zakupów i Logistyki:",
            "tel.: 68 123 45 03",
            "Dział Marketingu:",
            "tel.: 68 123 45 04",
        ]
    )
    # sales joined to offers or quotes stay sales ("Sales and Service" does not: see below)
    assert read_phone_roles(text, "PL") == {
        "+48681234501": "sales",
        "+48681234500": CS,
        "+48681234502": "accounting",
        "+48681234503": "purchasing",
        "+48681234504": "marketing",
    }


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("DE", "Beschaffung und Logistik\nTel. 030 1234567\nZentrale: 030 1234500", "+49301234567"),
        ("GB", "Accounts department:\n020 7946 0002\nMain office: 020 7946 0000", "+442079460002"),
    ],
)
def test_department_lines_are_not_customer_lines(region: str, text: str, number: str) -> None:
    assert read_phone_roles(text, region)[number] != CS


def test_a_customer_service_heading_wins_over_a_department_listing_the_same_number() -> None:
    text = "\n".join(
        [
            "Biuro obsługi klienta:",
            "ul. Przykładowa 1",
            "89 123 45 67",
            "Księgowość:",
            "89 123 45 67",
            "Dział Członkowski",
            "89 123 45 68",
        ]
    )
    assert read_phone_roles(text, "PL") == {"+48891234567": CS, "+48891234568": CS}


@pytest.mark.parametrize(
    ("region", "text"),
    [
        ("DE", "Buchhaltung und Lohnabrechnung für Ihr Unternehmen. Rufen Sie an: 030 1234567"),
        ("IT", "Studio Esempio - marketing e comunicazione\nTel. 02 1234 5678"),
    ],
)
def test_a_firms_trade_is_no_department(region: str, text: str) -> None:
    assert set(read_phone_roles(text, region).values()) == {CS}


@pytest.mark.parametrize(
    ("region", "text", "expected"),
    [
        # "tels" is French for "such": only "Tels:" or "Tels." is a label
        (
            "FR",
            "Documents tels que factures, au 01 23 45 67 89 (fax uniquement)",
            {"+33123456789": "fax"},
        ),
        # a customer-service title over departments makes no menu with them
        (
            "GB",
            "Customer Service\nSales\nTel. 020 7946 0001\nPress office\nTel. 020 7946 0002",
            {"+442079460001": "sales", "+442079460002": "press"},
        ),
        ("DE", "Kundenservice\nPresse\nKarriere\nTel. 030 1234567", {"+49301234567": CS}),
        # the customer's word joined to sales or press keeps the line the customer's
        ("GB", "Sales and Service\nTel. 020 7946 0001", {"+442079460001": CS}),
        ("DE", "Presse & Kontakt\nTel. 030 1234567", {"+49301234567": CS}),
        # a firm's trade is no department
        ("DE", "Steuerkanzlei Muster\nFinanzbuchhaltung\nTel. 030 1234567", {"+49301234567": CS}),
        ("DE", "Agentur für Online-Marketing: 030 1234567", {"+49301234567": CS}),
        # a second number after a department's label keeps the department
        (
            "GB",
            "Sales Tel.: 020 7946 0000, 020 7946 0001\nFax: 020 7946 0001",
            {"+442079460000": "sales", "+442079460001": "sales"},
        ),
    ],
)
def test_the_new_labels_do_not_reach_too_far(
    region: str, text: str, expected: dict[str, str]
) -> None:
    assert read_phone_roles(text, region) == expected
