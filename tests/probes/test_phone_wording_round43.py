"""What the fifty-sixth and fifty-seventh fresh phone batches taught (round 43, 68 German pages),
made-up records: a long title naming the officer ("1. Name und Anschrift des betrieblichen
Datenschutzbeauftragten") heads the officer's record like a short one, a sentence under it
introducing the details keeps it open; under the officer's heading the fax is the officer's line
too (as the labels give it); a company's coordinator for data protection
("Datenschutzkoordinator") is the officer's role; Bavaria's authority by its own name
("Landesamt für Datenschutzaufsicht"), and any other organisation named in a sentence that runs
on, after a comma, to the number's line, owns the number; a number glued to the e-mail address
after it ("01637335839info@...") is read."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"
DP = "data_protection"
AUTHORITY = "authority"
FAX = "fax"


@pytest.mark.parametrize(
    ("text", "region", "roles"),
    [
        (
            "Datenschutzerklärung\n1. Name und Anschrift des betrieblichen "
            "Datenschutzbeauftragten\nDer betriebliche Datenschutzbeauftragte ist unter "
            "nachfolgender Anschrift zu erreichen:\ndatenschutz@example.de\n"
            "Tel.: +49 30 7407019-10\nFax: +49 30 7407019-17",
            "DE",
            {"+4930740701910": DP, "+4930740701917": DP},
        ),
        (
            "Muster GmbH\nTel. 0521 123456\nFax: 0521 123457\nDatenschutzbeauftragter\n"
            "Erika Muster\nTel. 0521 654321\nFax: 0521 654322",
            "DE",
            {"+49521123456": CS, "+49521123457": FAX, "+49521654321": DP, "+49521654322": DP},
        ),
        (
            "Muster Parking GmbH\nMusterstraße 4\n33649 Bielefeld\nKontaktdaten unseres "
            "Datenschutzkoordinators:\nTelefon: +49 (211) 586 707-0",
            "DE",
            {"+492115867070": DP},
        ),
        (
            "Verantwortlicher: Muster, Musterstr. 56, 80801 München\nTelefon: 089/27 22 555\n"
            "Hinweis zur verantwortlichen Stelle\nBayerisches Landesamt für Datenschutzaufsicht, "
            "Postfach 606, 91511 Ansbach,\nTelefon: +49 (0) 981 53 1300, Email: poststelle@x.de",
            "DE",
            {"+49892722555": CS, "+49981531300": AUTHORITY},
        ),
        # the company's own record running on after a comma stays the company's
        (
            "Muster GmbH, Musterstr. 1, 12345 Musterstadt,\nTelefon: 030 1234567",
            "DE",
            {"+49301234567": CS},
        ),
        (
            "01637335839info@example-gebaeudemanagement.de\nDatenschutzerklärung",
            "DE",
            {"+491637335839": CS},
        ),
        # an identifier glued to an e-mail address stays no number
        (
            "Kundennr. 12345678abc@example.de\nTel. 030 1234567",
            "DE",
            {"+49301234567": CS},
        ),
    ],
)
def test_round43(text: str, region: str, roles: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == roles
