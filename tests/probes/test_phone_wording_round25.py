"""Wording of the other organisations German and English imprints, complaints and privacy
clauses name beside the company (round 25, written from made-up records before the twenty-fourth
unseen batch arrived, no page's text copied): a dispute body whose name ends in a legal form
("... e.V.") is a name, not a sentence; the register's parent chamber, a doctors' association, a
poison centre, complaints bodies and consumer authorities of Australia, the US, the UK and
Ireland. A company's own line beside a statement of membership stays its own."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"
OWN = {
    "DE": ("Muster GmbH\nMusterstraße 1\n10115 Berlin\nTelefon: 030 1234560\n", "+49301234560"),
    "GB": ("Example Ltd\n1 High Street\nLeeds LS1 1AA\nTel: 0113 496 0000\n", "+441134960000"),
    "AU": ("Example Pty Ltd\nPhone: (02) 9000 1111\n", "+61290001111"),
    "US": ("Example Inc.\nCall us: (212) 555-0100\n", "+12125550100"),
}


@pytest.mark.parametrize(
    ("region", "record", "number", "role"),
    [
        ("DE", "Verbraucherschlichtungsstelle:\nAllgemeine Verbraucherschlichtungsstelle des "
         "Zentrums für Schlichtung e.V.\nMusterweg 8\n77694 Kehl\nTelefon: 07851 7957000",
         "+4978517957000", "mediator"),
        ("DE", "Vermittlerregister:\nDeutscher Industrie- und Handelskammertag (DIHK) e.V.\n"
         "Musterstraße 29, 10178 Berlin\nTelefon: 030 2030800", "+49302030800", "authority"),
        ("DE", "Kassenärztliche Vereinigung Berlin\nMusterallee 6, 14057 Berlin\n"
         "Telefon: 030 31003-0", "+4930310030", "authority"),
        ("DE", "Giftnotruf Berlin: 030 19240", "+493019240", "emergency"),
        ("US", "If you suspect poisoning, call Poison Control at 1-800-222-1222.",
         "+18002221222", "emergency"),
        ("AU", "If you are not satisfied with our response, you may contact the Australian "
         "Financial Complaints Authority (AFCA) on 1800 931 678.", "+611800931678", "mediator"),
        ("US", "You may also contact the Better Business Bureau at (212) 533-6200.",
         "+12125336200", "mediator"),
        ("AU", "NSW Fair Trading\nPhone: 13 32 20", "+61133220", "authority"),
        ("GB", "Report it to Action Fraud on 0300 123 2040.", "+443001232040", "authority"),
    ],
)  # fmt: skip
def test_another_organisations_line_is_theirs(
    region: str, record: str, number: str, role: str
) -> None:
    own_block, own = OWN[region]
    assert read_phone_roles(own_block + record, region) == {own: CS, number: role}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        # an inflected name in a statement of membership is no heading over the practice's line
        ("DE", "Praxis Dr. Muster\nMitglied der Kassenärztlichen Vereinigung Berlin\n"
         "Telefon: 030 1234560", "+49301234560"),
        ("DE", "Praxis Dr. Muster\nTelefon: 030 1234560\nZuständige Kammer: Landesärztekammer "
         "Hessen", "+49301234560"),
        # a sentence naming a regulator or bureau has ended before the company's own label
        ("GB", "Example Ltd\nRegulated by Ofgem.\nCustomer service: 0113 496 0000",
         "+441134960000"),
        ("US", "Example Inc.\nWe are accredited by the Better Business Bureau.\n"
         "Call us: (212) 555-0100", "+12125550100"),
        # a company whose own name ends in a legal form is still the company
        ("DE", "Muster Service e.V.\nTelefon: 030 1234560", "+49301234560"),
    ],
)  # fmt: skip
def test_the_companys_own_line_stays_its_own(region: str, text: str, number: str) -> None:
    assert read_phone_roles(text, region) == {number: CS}
