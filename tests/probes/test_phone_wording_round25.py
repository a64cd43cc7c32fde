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
        ("DE", "Faxbestellung: 030 1234560", "+49301234560", "fax"),
    ],
)  # fmt: skip
def test_a_way_to_order_names_the_line(region: str, line: str, number: str, role: str) -> None:
    assert read_phone_roles(f"Example Ltd\n{line}", region) == {number: role}


@pytest.mark.parametrize(
    ("region", "text", "expected"),
    [
        # an order's own number stays an identifier, after a phone number too
        ("DE", "Telefon: 030 1234560, Bestellnr.: 4711 0815", {"+49301234560": CS}),
        ("CA", "Order #: 2045550147", {}),
        ("GB", "Order number: 0113 496 0000", {}),
    ],
)  # fmt: skip
def test_an_orders_number_is_still_no_phone_number(
    region: str, text: str, expected: dict[str, str]
) -> None:
    assert read_phone_roles(text, region) == expected
