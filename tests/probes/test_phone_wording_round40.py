"""Wording the fifty-first fresh phone batch taught (round 40, 38 German pages), made-up records:
a tax number's label abbreviated without a hyphen ("Steuernr.: 065/276/01442") and a code named by
a German word ending in "-zahl" or "-ziffer" ("Gemeindekennzahl 0826074", "Kennziffer") are
identifiers, not lines to call; a sentence naming the data protection officer and a verb of
turning to them ("... an unseren externen Datenschutzbeauftragten wenden:") heads the officer's
record, and the officer's own name right under it, after a title ("Dr. Stefan Schiffer"), keeps
the record open. A company's name under it still closes it (review 47's "Example Shop")."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"
DP = "data_protection"


@pytest.mark.parametrize(
    ("text", "region", "roles"),
    [
        (
            "Yoga Muster\nTelefon (0 30) 944 180 12\nSteuernr.: 065/276/01442",
            "DE",
            {"+493094418012": CS},
        ),
        (
            "Praxis Muster\nRietstrasse 40, 78050 Villingen\nGemeindekennzahl 0826074\n"
            "Tel. 07721 123456",
            "DE",
            {"+497721123456": CS},
        ),
        (
            "Muster GmbH, Tel. 0732 7617450\nZudem können Sie sich auch gerne an unseren externen "
            "Datenschutzbeauftragten wenden:\nDr. Stefan Muster\nMusterstraße 124, 4040 Linz\n"
            "E: dsb@example.at, M: +43 699 12547249",
            "AT",
            {"+437327617450": CS, "+4369912547249": DP},
        ),
        # a company under the sentence is the company's own record again
        (
            "Bei Fragen können Sie sich an unseren Datenschutzbeauftragten wenden:\nMuster Shop "
            "GmbH\nTel. 030 1234567",
            "DE",
            {"+49301234567": CS},
        ),
        # a telephone word ending in "-zahl" does not exist; "Telefon" still labels the line
        (
            "Anzahl der Filialen: 3\nTelefon: 030 1234567",
            "DE",
            {"+49301234567": CS},
        ),
    ],
)
def test_round40(text: str, region: str, roles: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == roles
