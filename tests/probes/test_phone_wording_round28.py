"""Wording the twenty-seventh unseen phone batch taught, one made-up line each (no text copied from
its pages): a heading over the investors' contact ("Investor Contact"), and a whole second
national number after a slash, one run of digits with its trunk 0 left out ("+44 161 566 2392 /
7599588577")."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize("heading", ["Investor Contact", "Investor Contacts"])
def test_an_investor_contact_heading_heads_its_lines(heading: str) -> None:
    text = f"{heading}\nEmail: ir@example.com\nPhone: +1 (416) 555-0144"
    assert read_phone_roles(text, "CA") == {"+14165550144": "investors"}


def test_an_investment_platforms_customer_line_stays_its_own() -> None:
    # review 36: where investors are the customers, "Investor Enquiries" is their line
    text = "Investor Enquiries\nFor questions about your investment account, call 0800 123 4567"
    assert read_phone_roles(text, "GB") == {"+448001234567": CS}


@pytest.mark.parametrize(
    ("region", "text", "expected"),
    [
        ("GB", "+44 161 496 0392 / 7911123456", {"+441614960392": CS, "+447911123456": CS}),
        ("GB", "Tel: 0161 496 0392 / 07911 123456", {"+441614960392": CS, "+447911123456": CS}),
        # guards: last digits and words after a slash keep their readings
        ("DE", "Tel. 030 1234560 / 1234561", {"+49301234560": CS, "+49301234561": CS}),
        ("GB", "Tel 0113 496 0000 / 24h", {"+441134960000": CS}),
        ("DE", "Tel. 030 1234560 / 61", {"+49301234560": CS, "+49301234561": CS}),
        # review 36: a North American number after the slash stays North American, and one
        # written in groups is read for its own country only
        ("GB", "+44 20 7946 0000 / 800 555 0199", {"+442079460000": CS, "+18005550199": CS}),
        ("DE", "+49 89 12345678 / 800-555-0199", {"+498912345678": CS, "+18005550199": CS}),
        ("DE", "+49 89 12345678 / 212-555-0100", {"+498912345678": CS}),
        ("GB", "+44 20 7946 0000 / 8005550199", {"+442079460000": CS}),
    ],
)  # fmt: skip
def test_a_second_number_after_a_slash(region: str, text: str, expected: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == expected
