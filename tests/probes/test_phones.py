"""Phone numbers in text: six countries' formats, vanity numbers, decoys, tel: links."""

from __future__ import annotations

import pytest

from probes.website.decoy_labels import is_decoy
from probes.website.phones import (
    find_phone_numbers,
    is_toll_free,
    parse_number,
    parse_tel_href,
)


def numbers(text: str, region: str, context_before: str = "") -> list[str]:
    return [hit.e164 for hit in find_phone_numbers(text, region, context_before)]


@pytest.mark.parametrize(
    ("region", "text", "expected"),
    [
        ("US", "Customer care (646) 555-0187 (Mon–Sat 8am–8pm ET)", ["+16465550187"]),
        ("US", "Call 1-888-555-0123 any time", ["+18885550123"]),
        ("GB", "Calling from abroad +44 161 496 0123", ["+441614960123"]),
        ("GB", "Free: 0800 085 1234", ["+448000851234"]),
        ("DE", "Kundenservice: 030 / 1234 5678 (Mo–Sa 9–18 Uhr)", ["+493012345678"]),
        ("DE", "Kostenlose Hotline 0800 330 1234", ["+498003301234"]),
        ("SI", "Klicni center: 01 234 56 78", ["+38612345678"]),
        ("SI", "Brezplačna številka 080 12 34", ["+386801234"]),
        ("GR", "Τηλ.: 210 123 4567", ["+302101234567"]),
        ("GR", "Δωρεάν γραμμή 800 111 2233", ["+308001112233"]),
        ("LT", "Tel. (8 5) 212 3456", ["+37052123456"]),
        ("LT", "Nemokama linija 8 800 12345", ["+37080012345"]),
        ("TR", "Çağrı Merkezi 444 0 123", ["+904440123"]),
        ("TR", "Kurumsal satış 0850 123 45 67", ["+908501234567"]),
    ],
)
def test_numbers_in_each_countrys_format(region: str, text: str, expected: list[str]) -> None:
    assert numbers(text, region) == expected


@pytest.mark.parametrize(
    ("region", "text"),
    [
        ("US", "Fax (646) 555-0188"),
        ("GB", "Fax: 0161 496 0999"),
        ("DE", "Fax: 030 / 1234 5679"),
        ("DE", "Telefax 030 1234567"),
        ("GR", "Φαξ 210 123 4568"),
        ("SI", "Faks: 01 234 56 79"),
        ("LT", "Faksas (8 37) 212 346"),
        ("TR", "Faks: 0212 123 45 68"),
        ("US", "Order #2125551234 ships today"),
        ("US", "Item #0800-5550-123"),
        ("US", "SKU 4155552671"),
        ("DE", "Bestellnummer: 4930123456"),
        ("DE", "Art.-Nr. 4930123456"),
        ("DE", "USt-IdNr.: DE 301 234 5678"),
        ("DE", "Preis 4930123456 €"),
        ("TR", "Sipariş No: 02121234567"),
        ("TR", "Vergi No: 1234567890"),
        ("GR", "ΑΦΜ 2101234567"),
        ("US", "Spring offer ends 2026-04-30, version 3.12.0, $1,299.00"),
        ("GB", "Tariff version 2.4.1 from 01/04/2026 · 24.50p per kWh"),
        ("LT", "ISBN 978-609-01-2345-6 · 19,99 € · išleista 2026-03-14"),
    ],
)
def test_decoys_are_not_phone_numbers(region: str, text: str) -> None:
    assert numbers(text, region) == []


@pytest.mark.parametrize(
    ("region", "text", "unlabelled"),
    [
        # Identifier labels of every language, as data in the lexicons (each line's number
        # is read as a phone number once its label is replaced by "Tel").
        ("IT", "MECC. TO 012345", "Tel. TO 012345"),
        ("IT", "C.C.I.A.A. 0612345678", "Tel. 0612345678"),
        ("ES", "Nº de cuenta 912345678", "Tel 912345678"),
        ("DE", "Kontonummer 030123456", "Tel 030123456"),
        ("PT", "Matrícula n.º 212345678", "Tel 212345678"),
        ("NL", "Vestigingsnummer 0201234567", "Tel 0201234567"),
        ("NL", "BTW-identificatienummer 0201234567", "Tel 0201234567"),
        ("FR", "N° d'agrément 0123456789", "Tel 0123456789"),
        ("GB", "Registered Charity Number 02012345678", "Tel 02012345678"),
        ("PL", "Nr rachunku 221234567", "Tel 221234567"),
        ("DE", "Kd.-Nr. 030123456", "Tel 030123456"),
        ("ES", "Nº de seguimiento 912345678", "Tel 912345678"),
        # A number inside a valid IBAN, whatever its label says.
        ("NL", "Bank: NL41 ABNA 0201 2345 67", "Bank: 0201 2345 67"),
    ],
)
def test_identifiers_labelled_in_each_language(region: str, text: str, unlabelled: str) -> None:
    assert numbers(unlabelled, region) != []
    assert numbers(text, region) == []


def test_a_number_beside_an_iban_is_kept() -> None:
    text = "IBAN NL41 ABNA 0201 2345 67 · Tel 020 1234567"
    assert numbers(text, "NL") == ["+31201234567"]
    # Two numbers with only a space between them are two numbers, not an account.
    assert numbers("Tel +48 22 750 73 20 +48 600 392 004", "PL") == [
        "+48227507320",
        "+48600392004",
    ]


def test_fax_and_phone_in_one_line_keeps_only_the_phone() -> None:
    text = "Tel: +49 30 12345678 · Fax: +49 30 12345679"
    assert numbers(text, "DE") == ["+493012345678"]


def test_fax_label_in_the_previous_block_counts() -> None:
    assert numbers("+49 30 1234568", "DE", context_before="Telefax") == []
    assert numbers("+49 30 1234567", "DE", context_before="Service-Hotline") == ["+49301234567"]


def test_combined_tel_fax_label_is_still_a_phone() -> None:
    assert numbers("Tel./Fax: 01 234 56 78", "SI") == ["+38612345678"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call 1-800-FLOWERS today", "+18003569377"),
        ("Order & care line 1-800-GO-PETAL", "+18004673825"),
        ("Call 1 800 GO PETAL now", "+18004673825"),
        ("(800) FLOWERS", "+18003569377"),
        ("Call 1-800-FLOWERS TODAY", "+18003569377"),
        ("1-212-555-FLOW", "+12125553569"),
    ],
)
def test_vanity_numbers_become_digits(text: str, expected: str) -> None:
    assert numbers(text, "US") == [expected]


def test_vanity_with_its_digits_is_one_number() -> None:
    assert set(numbers("1-800-GO-PETAL (1-800-467-3825)", "US")) == {"+18004673825"}


@pytest.mark.parametrize("region", ["US", "DE", "SI", "TR"])
@pytest.mark.parametrize(
    "text",
    [
        "Open 24 HOURS and 7 DAYS a week",
        "Model 2024 XLARGE",
        "Gutschein 2026 SOMMER",
        "Order 12345 ABC",
        "Room 305 EAST WING",
        "Call 0800 FREE TV",
    ],
)
def test_ordinary_words_are_not_vanity_numbers(region: str, text: str) -> None:
    assert numbers(text, region) == []


def test_a_number_followed_by_a_word_is_not_spelled_out() -> None:
    assert numbers("Tel 030 123456 ABC", "DE") == ["+4930123456"]


def test_is_decoy_reads_labels_before_the_number() -> None:
    text = "Order no. 212 555 0123"
    assert is_decoy(text, text.index("212"), len(text))


def test_tel_links_and_written_numbers() -> None:
    assert parse_tel_href("tel:+49-800-123-4567", "DE") == "+498001234567"
    assert parse_tel_href("tel:0800%20330%201234", "DE") == "+498003301234"
    assert parse_tel_href("tel:12", "DE") is None
    assert parse_number("+1 (212) 555-0123", "US") == "+12125550123"


def test_toll_free_type() -> None:
    assert is_toll_free("+18885550123")
    assert is_toll_free("+908001234567")
    assert not is_toll_free("+16465550187")
