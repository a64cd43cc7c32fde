"""Wording the fifty-second and fifty-third fresh phone batches taught (round 41, 73 German
pages), made-up records: "Hr." before a name is the abbreviated "Herr", no human resources label
("HR: 030 ..." still is one); a sentence naming the data protection officer as appointed ("...
haben wir folgenden Datenschutzbeauftragten benannt:") or reached at what follows ("Sie erreichen
unseren Datenschutzbeauftragten unter:") heads the officer's record; a web agency credited for
the site's "Design & digitale Betreuung" is the site's host, another organisation."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"
DP = "data_protection"


@pytest.mark.parametrize(
    ("text", "region", "roles"),
    [
        (
            "Muster GmbH, Wien\nZum Schutz Ihrer Daten haben wir folgenden "
            "Datenschutzbeauftragten benannt:\nHr. Ronald Muster Muster Datenschutz GmbH "
            "Linzerstrasse 74\n4614 Marchtrenk\nTel.: +43 / 7243 / 54300",
            "AT",
            {"+43724354300": DP},
        ),
        (
            "Muster GmbH, Tel. 030 1234567\nSie erreichen unseren Datenschutzbeauftragten "
            "unter:\nTel. 030 7654321",
            "DE",
            {"+49301234567": CS, "+49307654321": DP},
        ),
        # a web agency credited for the site's design and upkeep
        (
            "WOK Muster GmbH\nTelefon: +49 351 1234567\nDesign & digitale Betreuung\n"
            "Muster Agentur UG\nMusterstr. 14\n01705 Freital\nTel.: 0172 1234567",
            "DE",
            {"+493511234567": CS, "+491721234567": "host"},
        ),
        # "HR" as a label still names human resources
        (
            "Muster GmbH\nHR: 030 1234567\nVertrieb: 030 1234568",
            "DE",
            {"+49301234567": "jobs", "+49301234568": "sales"},
        ),
        # "Hr. Schmidt" is a contact person, the company's line
        ("Muster GmbH\nAnsprechpartner: Hr. Schmidt, Tel. 030 1234567", "DE", {"+49301234567": CS}),
        # the company named beside the officer: its own record follows (review 73)
        (
            "Sie erreichen uns oder unseren Datenschutzbeauftragten unter:\nMuster GmbH, "
            "Musterweg 1, 10115 Berlin, Tel. 030 1234567",
            "DE",
            {"+49301234567": CS},
        ),
    ],
)
def test_round41(text: str, region: str, roles: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == roles
