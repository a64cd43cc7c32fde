"""Numbers glued to their label by the collector's joining of inline elements ("<b>Hotline</b>
0800 ..." read as "Hotline0800 ...") or to the next label ("0711 123456<span>Fax</span>")
are read as a customer reads them, and keep the offsets of the text as written."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles
from probes.website.roles import roled_numbers

CS, FAX = "customer_service", "fax"


@pytest.mark.parametrize(
    ("region", "text", "roles"),
    [
        ("DE", "Hotline0800 1234567", {"+498001234567": CS}),
        ("DE", "Telefon0711 123456", {"+49711123456": CS}),
        ("DE", "Kundenhotline0800 1234567", {"+498001234567": CS}),
        ("DE", "Telefax0711 123457", {"+49711123457": FAX}),
        ("DE", "Telefon 0711 123456Fax 0711 123457", {"+49711123456": CS, "+49711123457": FAX}),
        ("DE", "Telefon: 0711 123456E-Mail: info@beispiel.de", {"+49711123456": CS}),
        ("FR", "Téléphone01 23 45 67 89", {"+33123456789": CS}),
        ("ES", "Teléfono912 345 678Fax 912 345 679", {"+34912345678": CS, "+34912345679": FAX}),
        ("IT", "Centralino02 1234 5678", {"+390212345678": CS}),
        ("NL", "Klantenservice020 123 4567", {"+31201234567": CS}),
        ("PL", "Infolinia22 123 45 67", {"+48221234567": CS}),
        ("PT", "Telefone21 123 4567", {"+351211234567": CS}),
        ("GB", "Customer services020 7946 0000", {"+442079460000": CS}),
    ],
)
def test_a_number_glued_to_its_label_is_read(region: str, text: str, roles: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == roles


def test_glued_numbers_keep_the_offsets_of_the_text_as_written() -> None:
    text = "Hotline0800 1234567Fax 0711 123457"
    spans = [(n.start, n.end) for n in roled_numbers(text, ["DE"])]
    assert [text[a:b] for a, b in spans] == ["0800 1234567", "0711 123457"]


@pytest.mark.parametrize(
    ("region", "text"),
    [
        ("DE", "USt-IdNr. DE123456789"),  # letters glued to digits that name no line
        ("DE", "Hotel0711 123456"),  # "tel" ending another word is no label
        ("GB", "Ref AB020 7946 0000"),
    ],
)
def test_letters_glued_to_digits_that_name_no_line_stay_glued(region: str, text: str) -> None:
    assert read_phone_roles(text, region) == {}
