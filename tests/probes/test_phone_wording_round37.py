"""Wording the forty-seventh fresh phone batch taught (round 37), made-up records: a fax label
between two numbers belongs to the number after it also when that number opens with its
country code in brackets ("Tel. 06 ... – 06 ... Fax (+39) 06 ..."), so the line's second
telephone stays a customer line; a label after the line's last number still names it. A heading
that introduces a department's record with "... ist:" ("Unser Datenschutzbeauftragter ist:",
"Datenschutzbeauftragter unseres Unternehmens ist:") heads the lines under it, as the bare
label does; a heading that names no department still does not."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("text", "region", "roles"),
    [
        (
            "Tel. (+39) 06.6812345 – 06.6854321 Fax (+39) 06.6811111",
            "IT",
            {"+39066812345": CS, "+39066854321": CS, "+39066811111": "fax"},
        ),
        (
            "Tel. (+39) 02.36512345 – 02.36512346  Fax (+ 39) 02.36512347",
            "IT",
            {"+390236512345": CS, "+390236512346": CS, "+390236512347": "fax"},
        ),
        (
            "Tél. 01 42 12 34 56 - 01 42 65 43 21 Fax (+33) 1 42 11 11 11",
            "FR",
            {"+33142123456": CS, "+33142654321": CS, "+33142111111": "fax"},
        ),
    ],
)
def test_a_fax_label_before_a_bracketed_country_code_is_the_next_numbers(
    text: str, region: str, roles: dict[str, str]
) -> None:
    assert read_phone_roles(text, region) == roles


def test_a_label_after_the_last_number_still_names_it() -> None:
    text = "Tel. (+39) 06.6812345 – 06.6854321 (fax)"
    assert read_phone_roles(text, "IT") == {"+39066812345": CS, "+39066854321": "fax"}


OWN = "Muster GmbH\nHauptstr. 5\n87719 Mindelheim\nTel: +49 8261 737712\n"
OFFICER = (
    "Systemhaus Beispiel GmbH\nGeschäftsführer: Max Muster\nRingstr. 19\n86825 Bad Wörishofen\n"
    "Tel.: 08261 / 23285-61\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "Datenschutzbeauftragter unseres Unternehmens ist:",
        "Unser Datenschutzbeauftragter ist:",
        "Our data protection officer is:",
    ],
)
def test_a_heading_introducing_the_officer_with_is_heads_its_record(heading: str) -> None:
    roles = read_phone_roles(OWN + heading + "\n" + OFFICER, "DE")
    assert roles == {"+498261737712": CS, "+4982612328561": "data_protection"}


@pytest.mark.parametrize("heading", ["Unser Standort ist:", "Ihr Ansprechpartner ist:"])
def test_a_heading_naming_no_department_heads_nothing(heading: str) -> None:
    roles = read_phone_roles(OWN + heading + "\n" + OFFICER, "DE")
    assert roles == {"+498261737712": CS, "+4982612328561": CS}
