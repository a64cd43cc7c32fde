"""Wording the twenty-fourth unseen phone batch taught, one made-up record or line each (no text
copied from its pages): a German imprint's youth protection officer ("Jugendschutzbeauftragter",
most often an outside lawyer) has lines of their own, fax included; a phone or fax word joined to
an order label ("Phone Order:", "Fax-Bestellung:") names a way to order, not an order's number;
an order fax ("Bestellfax") is a fax."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("region", "heading"),
    [("DE", "Jugendschutzbeauftragter"), ("DE", "Jugendschutzbeauftragte:"),
     ("DE", "Unser Jugendschutzbeauftragter ist:"), ("GB", "Youth Protection Officer")],
)  # fmt: skip
def test_the_youth_protection_officers_lines_are_theirs(region: str, heading: str) -> None:
    own, tel, fax = {
        "DE": ("Telefon: 040 1234560", "040 9876543", "040 9876544"),
        "GB": ("Phone: 020 7946 0000", "020 7946 0543", "020 7946 0544"),
    }[region]
    text = f"Muster Shop GmbH\n{own}\n{heading}\nMax Muster, Rechtsanwalt\nTel.: {tel}\nFax: {fax}"
    assert read_phone_roles(text, region) == {
        "DE": {"+49401234560": CS, "+49409876543": "youth_protection",
               "+49409876544": "youth_protection"},
        "GB": {"+442079460000": CS, "+442079460543": "youth_protection",
               "+442079460544": "youth_protection"},
    }[region]  # fmt: skip


@pytest.mark.parametrize(
    ("region", "line", "number", "role"),
    [
        ("CA", "Phone Order: (204) 555-0147", "+12045550147", CS),
        ("CA", "Fax Order: (204) 555-0148", "+12045550148", "fax"),
        ("DE", "Telefonische Bestellung: 030 1234560", "+49301234560", CS),
        ("DE", "Fax-Bestellung: 030 1234560", "+49301234560", "fax"),
        ("DE", "Bestellfax: 030 1234560", "+49301234560", "fax"),
    ],
)  # fmt: skip
def test_a_way_to_order_names_the_line(region: str, line: str, number: str, role: str) -> None:
    assert read_phone_roles(f"Example Ltd\n{line}", region) == {number: role}


@pytest.mark.parametrize(
    ("region", "text", "expected"),
    [
        # an order's own number stays an identifier, after a phone number too
        ("DE", "Telefon: 030 1234560, Bestellnr.: 030 1234999", {"+49301234560": CS}),
        ("CA", "Order #: 2045550147", {}),
        ("GB", "Order number: 0113 496 0000", {}),
    ],
)  # fmt: skip
def test_an_orders_number_is_still_no_phone_number(
    region: str, text: str, expected: dict[str, str]
) -> None:
    assert read_phone_roles(text, region) == expected


@pytest.mark.parametrize(
    "officer",
    [
        "Geschäftsführer und Jugendschutzbeauftragter: Max Muster",
        "Jugendschutzbeauftragte: Anna Muster\nMusterweg 1\n10115 Berlin",
        "Jugendschutzbeauftragter: Der Inhaber",
        "Jugendschutzbeauftragter: siehe Geschäftsführer\nKontakt:",
    ],
)
def test_an_officer_named_on_the_labels_line_heads_no_lines(officer: str) -> None:
    # review 32: most often the owner, whose lines are the shop's own
    text = f"Muster Shop\nInhaberin: Anna Muster\n{officer}\nTelefon: 030 1234560\nFax: 030 1234561"
    assert read_phone_roles(text, "DE") == {"+49301234560": CS, "+49301234561": "fax"}


def test_the_hyphenated_officer_heads_the_lines_under_it() -> None:
    text = (
        "Muster Shop\nTel: 030 1234569\nJugendschutz-Beauftragter\nRA Max Muster\nTel.: 040 9876543"
    )
    assert read_phone_roles(text, "DE") == {
        "+49301234569": CS,
        "+49409876543": "youth_protection",
    }


@pytest.mark.parametrize(
    ("region", "line"),
    [
        # review 32: only an order label is released by a phone word before it
        ("DE", "Support-Ticket: 0301234567"),
        ("DE", "Telefon Kundennummer: 0301234567"),
        ("DE", "Hotline Vorgangsnummer: 0301234567"),
        ("GB", "Customer Service Case No. 01134960000"),
        ("IT", "Telefono P.IVA 02345678901"),
    ],
)
def test_other_identifiers_after_a_phone_word_stay_identifiers(region: str, line: str) -> None:
    assert read_phone_roles(line, region) == {}


def test_a_phone_or_fax_order_line_shared_stays_the_companys() -> None:
    text = "Telefonische oder Faxbestellung unter 030 1234560"
    assert read_phone_roles(text, "DE") == {"+49301234560": CS}
