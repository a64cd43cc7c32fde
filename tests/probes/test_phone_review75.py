"""Review 75 of phone round 42 (010e0cb): a range of two dates written day and month with dots
(`phone_decoys._DATE_RANGE`); "kassenärztliche vereinigung" / "kassenzahnärztliche vereinigung"
as `authority` labels and "datenschutzbeauftrage" as a `data_protection` label
(`probes/lexicon/de.yaml`); a second extension with its hyphen kept, in brackets or after
"und"/"oder" (`siblings._SUFFIX` groups 4-5). Made-up contact blocks labelled by
tests/data/LABELLING.md. Ten were misread by round 42 as committed: four lines of a practice
near the association's bare name (read right again since the label needs "zuständige"), and six
second extensions longer than the first ("2284-0 und -44" read as 0711 22844; now 0711 2284-44,
the second extension in the first's place, in the older "/ -44" form too)."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"
DP = "data_protection"
AUTHORITY = "authority"
FAX = "fax"

CASES = [
    # Family 1 (phone_decoys._DATE_RANGE): numbers written with dots in many countries, dotted
    # groups with a hyphen, two numbers joined by a dash, hotline numbers next to date ranges.
    # All read right before and after round 42 (guards).
    ("Tél. 01.23.45.67.89", "FR", {"+33123456789": CS}),
    (
        "Tél. : 01.02.03.04.05 - 01.02.03.04.06",
        "FR",
        {"+33102030405": CS, "+33102030406": CS},
    ),
    ("Tél. 04.12.34.56.78 – Fax 04.12.34.56.79", "FR", {"+33412345678": CS, "+33412345679": FAX}),
    ("Tel. 030.1234567", "DE", {"+49301234567": CS}),
    ("Tel. 044.123.45.67", "CH", {"+41441234567": CS}),
    ("Tel. 089.12.-34.56", "DE", {"+4989123456": CS}),
    ("Tel. 06.21.-12.34.56", "DE", {"+49621123456": CS}),
    ("Tel. 0351.12.-34.56", "DE", {"+49351123456": CS}),
    ("Tel. 0512.12.34-0", "AT", {"+4351212340": CS}),
    ("Tel. 010-12.34.567", "NL", {"+31101234567": CS}),
    ("Tel. 06.12.34.56.78 - 06.12.34.56.79", "NL", {"+31612345678": CS, "+31612345679": CS}),
    ("Tél. 26.12.34-1 / 26.12.34-20", "LU", {"+3522612341": CS, "+35226123420": CS}),
    ("Hotline 24.12.-26.12. 10-14 Uhr: 0800 123 4567", "DE", {"+498001234567": CS}),
    ("Betriebsurlaub 24.12.-6.1. Notdienst 0171 1234567", "DE", {"+491711234567": CS}),
    ("Tel. 0171.12.34.567 (1.4.-31.10.)", "DE", {"+491711234567": CS}),
    ("Saison 1.5.-30.9. Tel. 0512.12.34.56", "AT", {"+43512123456": CS}),
    # Family 2a (de.yaml authority): a practice's own line near the statutory association's name.
    # Guards: the inflected name ("der Kassenärztlichen Vereinigung") and "die KV" leave it alone.
    (
        "Praxis Dr. med. Erika Muster\nFachärztin für Allgemeinmedizin\nMitglied der "
        "Kassenärztlichen Vereinigung Bayerns\nTel. 089 1234567",
        "DE",
        {"+49891234567": CS},
    ),
    ("Abrechnung über die KV. Telefon der Praxis: 0211 123456", "DE", {"+49211123456": CS}),
    (
        "Zahnarztpraxis Dr. Muster\nMusterstr. 1, 48143 Münster\nTelefon: 0251 123456\nFax: 0251 "
        "123457\nZuständige Kassenzahnärztliche Vereinigung: KZV Westfalen-Lippe",
        "DE",
        {"+49251123456": CS, "+49251123457": FAX},
    ),
    # the nominative name in the practice's sentence or line: read as the association's line
    (
        "Praxis Dr. Muster – Vertragsarztpraxis (Kassenärztliche Vereinigung Berlin), Telefon: "
        "030 1234567",
        "DE",
        {"+49301234567": CS},
    ),
    (
        "Kassenärztliche Vereinigung Nordrhein zugelassene Praxis. Termine unter Tel. 0211 123456",
        "DE",
        {"+49211123456": CS},
    ),
    (
        "Zahnarztpraxis Dr. Muster\nAufsicht: Kassenzahnärztliche Vereinigung Westfalen-Lippe\n"
        "Termine: 0251 123456",
        "DE",
        {"+49251123456": CS},
    ),
    (
        "Hausarztpraxis Muster\nAbrechnung: Kassenärztliche Vereinigung Hessen. Rezepte "
        "bestellen: 069 1234567",
        "DE",
        {"+49691234567": CS},
    ),
    # Family 2b (de.yaml data_protection "datenschutzbeauftrage"): the company's own line after
    # the slip-spelt title when no officer is named or the company is its own officer (guards;
    # all read right), and the officer's own line under it (round 42's fix).
    (
        "Eine Pflicht zur Benennung eines Datenschutzbeauftrage besteht nicht. Kontakt: Tel. 030 "
        "1234567",
        "DE",
        {"+49301234567": CS},
    ),
    (
        "Muster GmbH\nDatenschutzbeauftrage: Wir haben keinen bestellt.\nFragen zum Datenschutz "
        "an: Tel. 030 1234567",
        "DE",
        {"+49301234567": CS},
    ),
    (
        "Muster GmbH\nDatenschutzbeauftrage ist der Geschäftsführer Max Muster.\nTelefon: 030 "
        "1234567",
        "DE",
        {"+49301234567": CS},
    ),
    (
        "Muster GmbH\nTelefon: 030 1234567\nDatenschutzbeauftrage ist der Geschäftsführer, Herr "
        "Max Muster, Tel. 030 1234567",
        "DE",
        {"+49301234567": CS},
    ),
    (
        "Muster GmbH\nEinen Datenschutzbeauftragen haben wir nicht bestellt.\nTelefon: 030 1234567",
        "DE",
        {"+49301234567": CS},
    ),
    (
        "Muster GmbH\nTel. 030 1234567\nDatenschutzbeauftrage:\nErika Muster, Tel. 030 1234599",
        "DE",
        {"+49301234567": CS, "+49301234599": DP},
    ),
    # Family 3 (siblings._SUFFIX groups 4-5): after "und"/"oder" or "/ (-..)". Guards: hours, a
    # whole second number, a fax in brackets, a name after it, an emergency number, equal lengths.
    ("Erreichbar unter 030 1234-0 und -18 Uhr", "DE", {"+493012340": CS}),
    (
        "Tel. 030 123456 und - 0800 1234567",
        "DE",
        {"+4930123456": CS, "+498001234567": CS},
    ),
    ("Tel.: 069 97461-0 oder -113 (Frau Muster)", "DE", {"+4969974610": CS}),
    ("Notfall: 0171 1234567 oder - 112", "DE", {"+491711234567": CS}),
    (
        "Telefon: 030 12345-100 und -120",
        "DE",
        {"+493012345100": CS, "+493012345120": CS},
    ),
    ("Tel. 0512 5360-10 oder -12", "AT", {"+43512536010": CS, "+43512536012": CS}),
    # a switchboard "-0" and a two-digit extension: the tail overwrites the last two digits
    ("Tel. 0711 2284-0 und -44", "DE", {"+4971122840": CS, "+49711228444": CS}),
    ("Tel. 0711 2284-0 oder -44", "DE", {"+4971122840": CS, "+49711228444": CS}),
    ("Tel. 0711 2284-0 / (-44)", "DE", {"+4971122840": CS, "+49711228444": CS}),
    ("Tel. 0221 94 05-0 und -21", "DE", {"+4922194050": CS, "+49221940521": CS}),
    ("Tel. 01 5134-0 / (-22)", "AT", {"+43151340": CS, "+431513422": CS}),
    (
        "Zentrale: 0711 2284-0 und -44\nFax: 0711 2284-99",
        "DE",
        {"+4971122840": CS, "+49711228444": CS, "+49711228499": FAX},
    ),
]


@pytest.mark.parametrize(("text", "region", "roles"), CASES)
def test_review75(text: str, region: str, roles: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == roles
