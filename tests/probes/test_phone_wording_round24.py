"""Wording the twenty-third unseen phone batch taught, one made-up record or line each (no text
copied from its pages): a hospital's emergency department named over its record is an
emergency line of another organisation, not the page's own; a German insurance broker's imprint
names the chamber it is registered with (IHK, the joint register office) and the insurance
ombudsman ("Versicherungsombudsmann"), whose lines are theirs."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("region", "heading", "line", "own", "hospital"),
    [
        ("AU", "The nearest Emergency Department is:", "Tel.: 08 9000 1234", "+61861660000",
         "+61890001234"),
        ("DE", "Nächste Notaufnahme:", "Tel.: 030 9000 1234", "+49301234560", "+493090001234"),
        ("PT", "Serviço de urgência mais próximo:", "Tel.: 21 900 1234", "+351211234560",
         "+351219001234"),
    ],
)  # fmt: skip
def test_a_hospitals_emergency_department_is_its_line(
    region: str, heading: str, line: str, own: str, hospital: str
) -> None:
    own_line = {"AU": "PHONE: (08) 6166 0000", "DE": "Telefon: 030 1234560",
                "PT": "Telefone: 21 123 4560"}[region]  # fmt: skip
    text = f"{own_line}\n{heading}\nExample Hospital\nExample Square 1\n{line}"
    assert read_phone_roles(text, region) == {own: CS, hospital: "emergency"}


def test_an_urgent_line_of_the_company_stays_its_own() -> None:
    # Guard: a plumber's "Urgences" line is the company's, not a hospital's.
    assert read_phone_roles("Urgences : 06 12 34 56 78", "FR") == {"+33612345678": CS}


def test_the_chamber_a_broker_is_registered_with_is_an_authority() -> None:
    text = (
        "Tel: 0211 1234560\nGemeinsame Registerstelle nach § 11a GewO\n"
        "IHK Musterstadt\nMusterplatz 1\n40212 Musterstadt\nTelefon: 0211 3557000"
    )
    assert read_phone_roles(text, "DE") == {"+492111234560": CS, "+492113557000": "authority"}


def test_the_insurance_ombudsman_is_a_mediator() -> None:
    text = (
        "Tel: 0211 1234560\nVersicherungsombudsmann e.V.\nPostfach 08 06 32\n10006 Berlin\n"
        "Tel.: 0800 3690000\nFax: 0800 3691000"
    )
    assert read_phone_roles(text, "DE") == {
        "+492111234560": CS,
        "+498003690000": "mediator",
        "+498003691000": "mediator",
    }
