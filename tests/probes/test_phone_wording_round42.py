"""What the fifty-fourth and fifty-fifth fresh phone batches taught (round 42, 60 German pages),
made-up records: a season's opening dates written day and month with dots ("02.01.-14.03.23:")
are no number; the statutory association a doctor's or dentist's practice is registered with,
named as the competent body ("Zuständige Kassenzahnärztliche Vereinigung"), heads an authority's
record; the officer's title with its common slip ("Datenschutzbeauftrage:") still heads the
officer's record; a second extension after the first, its hyphen kept, in brackets or after
"und"/"oder" ("3713-11 / (-22)", "911 - 131 und - 133"), is a second line of the same kind, the
second extension in the first's place (review 75)."""

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
            "Öffnungszeiten:\n02.01.-14.03.23:\nMo. - Do. 14 - 18 Uhr\nMobil:\n+49 (0)175-4466725",
            "DE",
            {"+491754466725": CS},
        ),
        (
            "Saison 1.4.-31.10.2024, Tel. 030 1234567",
            "DE",
            {"+49301234567": CS},
        ),
        (
            "Hütte geöffnet 15.06.2024 – 15.09.2024\nTelefon 0512 123456",
            "AT",
            {"+43512123456": CS},
        ),
        (
            "Zahnarztpraxis Muster\nTelefon: 07121 78866\nZuständige Kassenzahnärztliche "
            "Vereinigung\nKassenzahnärztliche Vereinigung Musterland\nMusterstr. 96\n72072 "
            "Tübingen\nTel.: 07071/ 9 11 - 0",
            "DE",
            {"+49712178866": CS, "+4970719110": AUTHORITY},
        ),
        (
            "Praxis Dr. Muster, Tel. 089 1234567\nZuständige Kassenärztliche Vereinigung:\n"
            "Kassenärztliche Vereinigung Bayerns\nTel. 089 570930",
            "DE",
            {"+49891234567": CS, "+4989570930": AUTHORITY},
        ),
        (
            "Muster GmbH\nTelefon: +49 (0)681/30983399\nExterne Datenschutzbeauftrage:\n"
            "Rechtsanwältin Erika Muster\nMusterstr. 59\n66119 Saarbrücken\n"
            "Telefon: +49 (0)681/967700",
            "DE",
            {"+4968130983399": CS, "+49681967700": DP},
        ),
        (
            "Telefon: 03591 3713-11 / (-22)\nTelefax: 03591 3713-19",
            "DE",
            {"+493591371311": CS, "+493591371322": CS, "+493591371319": FAX},
        ),
        (
            "Tel.: 07071/ 9 11 - 0\nFax: 07071/ 9 11 - 131 und - 133",
            "DE",
            {"+4970719110": CS, "+497071911131": FAX, "+497071911133": FAX},
        ),
        # a second extension labelled after it is no tail of the line (the fax stays unread)
        (
            "Tel. 089 1234-0 und -99 (Fax)",
            "DE",
            {"+498912340": CS},
        ),
    ],
)
def test_round42(text: str, region: str, roles: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == roles
