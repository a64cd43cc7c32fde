"""Wording the twenty-eighth unseen phone batch taught, one made-up line each (no text copied from
its pages): a fax machine's pictogram as the fax label ("📠 053 ..."), and a line for customers
in another English-speaking country named on the line ("New Zealand Freephone: 0800 ...")."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles
from probes.website.regions import suggested_regions

CS = "customer_service"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Praktijk De Linde\n📞 09 223 45 67\n📠 09 223 45 68",
            {"+3292234567": CS, "+3292234568": "fax"},
        ),
        ("📠: 09 223 45 68 · 📞 09 223 45 67", {"+3292234568": "fax", "+3292234567": CS}),
        ("☎️ 09 223 45 67 | 📠️ 09 223 45 68", {"+3292234567": CS, "+3292234568": "fax"}),
        # guard: the pictogram labels only the number right after it
        ("📠 09 223 45 68\nBel ons: 09 223 45 67", {"+3292234568": "fax", "+3292234567": CS}),
        # guard: a department before a telephone pictogram keeps its line
        ("Perscontact: 📞 09 223 45 69", {"+3292234569": "press"}),
    ],
)
def test_a_fax_pictogram_is_a_fax_label(text: str, expected: dict[str, str]) -> None:
    assert read_phone_roles(text, "BE") == expected


@pytest.mark.parametrize(
    ("region", "text", "expected"),
    [
        (
            "AU",
            "Sydney: 02 9876 5432\nNew Zealand Freephone: 0800 123 456",
            {"+61298765432": CS, "+64800123456": CS},
        ),
        (
            "NZ",
            "Auckland: 09 309 1234\nAustralian customers: 1800 123 456",
            {"+6493091234": CS, "+611800123456": CS},
        ),
        (
            "GB",
            "UK: 020 7946 0000\nSouth Africa: 021 123 4567",
            {"+442079460000": CS, "+27211234567": CS},
        ),
        ("GB", "UK: 020 7946 0000\nSingapore: 6123 4567", {"+442079460000": CS, "+6561234567": CS}),
        (
            "GB",
            "UK: 020 7946 0000\nIndia: 022 2345 6789",
            {"+442079460000": CS, "+912223456789": CS},
        ),
        ("US", "Mexico: 55 1234 5678", {"+525512345678": CS}),
        # guard: a country named in another paragraph does not reach the number
        ("GB", "We ship to Australia.\n\nCall 02 9876 5432", {}),
    ],
)
def test_a_country_named_on_the_line_reads_its_numbers(
    region: str, text: str, expected: dict[str, str]
) -> None:
    assert read_phone_roles(text, region) == expected


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Indie label shop, call us", "GB"),
        ("Our New Mexico office", "US"),
        ("Made in Indiana", "US"),
    ],
)
def test_words_that_only_look_like_a_country_suggest_none(text: str, region: str) -> None:
    assert suggested_regions(text, region) == [region]
