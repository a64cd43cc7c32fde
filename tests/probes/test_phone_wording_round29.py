"""Wording the twenty-eighth unseen phone batch taught, one made-up line each (no text copied from
its pages): a fax machine's pictogram as the fax label ("📠 053 ..."), not on a phone and fax line
("📞/📠"). A second rule, countries named on a line (New Zealand, India, Mexico...), was withdrawn
after review 38: it moved the company's own lines abroad ("US & Mexico: 800-...")."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"
FAX = "fax"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Praktijk De Linde\n📞 09 223 45 67\n📠 09 223 45 68",
            {"+3292234567": CS, "+3292234568": FAX},
        ),
        ("📠: 09 223 45 68 · 📞 09 223 45 67", {"+3292234568": FAX, "+3292234567": CS}),
        ("☎️ 09 223 45 67 | 📠️ 09 223 45 68", {"+3292234567": CS, "+3292234568": FAX}),
        # guard: the pictogram labels only the number right after it
        ("📠 09 223 45 68\nBel ons: 09 223 45 67", {"+3292234568": FAX, "+3292234567": CS}),
        # guard: a department before a telephone pictogram keeps its line
        ("Perscontact: 📞 09 223 45 69", {"+3292234569": "press"}),
    ],
)
def test_a_fax_pictogram_is_a_fax_label(text: str, expected: dict[str, str]) -> None:
    assert read_phone_roles(text, "BE") == expected


@pytest.mark.parametrize(
    "text",
    [
        "📞/📠 09 223 45 67",
        "📞 & 📠 09 223 45 67",
        "Tel/📠 09 223 45 67",
        "Phone / 📠: 09 223 45 67",
    ],
)
def test_a_phone_and_fax_pictogram_pair_is_a_phone_line(text: str) -> None:
    # review 38: as "Tel/Fax 09 ...", one line for both, counted as the phone
    assert read_phone_roles(text, "BE") == {"+3292234567": CS}


@pytest.mark.parametrize(
    ("region", "text", "expected"),
    [
        (
            "GB",
            "Fax 📠 020 7946 0001\nTel 020 7946 0000",
            {"+442079460001": FAX, "+442079460000": CS},
        ),
        ("DE", "📠 030 1234567", {"+49301234567": FAX}),
        ("FR", "📠 : 01 23 45 67 89", {"+33123456789": FAX}),
    ],
)
def test_the_pictogram_in_other_countries(region: str, text: str, expected: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == expected
