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
        ("NL", "Dichtstbijzijnde spoedeisende hulp:", "Tel.: 020 900 1234", "+31201234560",
         "+31209001234"),
    ],
)  # fmt: skip
def test_a_hospitals_emergency_department_is_its_line(
    region: str, heading: str, line: str, own: str, hospital: str
) -> None:
    own_line = {"AU": "PHONE: (08) 6166 0000", "DE": "Telefon: 030 1234560",
                "NL": "Telefoon: 020 123 4560"}[region]  # fmt: skip
    text = f"{own_line}\n{heading}\nExample Hospital\nExample Square 1\n{line}"
    assert read_phone_roles(text, region) == {own: CS, hospital: "emergency"}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        # a trade's own urgent line is the company's, not a hospital's
        ("ES", "Cerrajería Ejemplo\nServicio de urgencias 24h: 612 345 678", "+34612345678"),
        ("PT", "Canalizações Exemplo\nServiço de urgência 24h: 912 345 678", "+351912345678"),
        ("BR", "Pronto-socorro de celulares: (11) 98765-4321", "+5511987654321"),
        ("GB", "Acme Glass\nAccident and emergency repairs: 0800 123 4567", "+448001234567"),
        # a qualification from the chamber is no chamber's line
        ("DE", "Muster Versicherungsmakler GmbH\nIHK-geprüfter Fachberater\nTel. 089 1234567",
         "+49891234567"),
    ],
)  # fmt: skip
def test_a_companys_own_urgent_or_certified_line_stays_its_own(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: CS}


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
