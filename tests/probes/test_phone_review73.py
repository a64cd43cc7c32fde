"""Review 73 of phone round 40 (f7b93ae, with the `id_labels` words of 83845fa): German labels
ending in "-zahl"/"-ziffer" (also at the end of a compound), "Steuernr.", "St.Nr", "StNr" and
"Gemeindeschlüssel" as identifier labels (`probes/lexicon/de.yaml`, `decoy_labels.py`); a
sentence naming the data protection officer and then a verb of turning to them, ending in a
colon, as the officer's heading (`headings._officer_intro`); a titled name right under such a
sentence keeping the officer's record open (`sections._officer_named`). Made-up contact blocks
labelled by tests/data/LABELLING.md. Cases the current code misreads are strict xfails; the code
before round 40 (b6b9145) read every one of them right."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles
from tests.known_gaps import review_gap

CS = "customer_service"
DP = "data_protection"

gap = review_gap("review 73")

_COUNTRY_CODE = (
    "round 40: 'Landeskennzahl' (a country's dialling code) ends in '-zahl', so the number "
    "after it, written with its '00' prefix, is read as an identifier"
)
_AREA_CODE = (
    "round 40: Austrian 'Kennzahl' (the area code, 'Ortskennzahl') before the line is read as "
    "an identifier label"
)
_BRACKET = (
    "round 40: the bare id word 'zahl' matches the start of 'Zahlung' in a bracket, which then "
    "'explains' the order label 'Bestellung' as an identifier"
)
_MENU = "round 40: a hotline's 'Kennziffer' (menu code) label before the hotline's number"
_US_OR_OFFICER = (
    "round 40: 'an uns oder an unseren Datenschutzbeauftragten wenden:' names the company's "
    "own office beside the officer (round 33's guard), yet the verb makes it the officer's heading"
)
_RECORD_LINE = (
    "round 40: under the new verb intro, the company's record on one line with its number "
    "(name with legal form, address, Tel.) stays the officer's (the same line under the older "
    "colon intro is an older gap)"
)
_TITLED_BRAND = (
    "round 40: a shop whose name opens with a title ('Dr.', 'Frau', 'Mr', 'Dott.') right "
    "under the officer's intro is read as the officer's name; the company's own record stays "
    "the officer's"
)

CASES = [
    # Family 1 (de.yaml id_labels "zahl"/"ziffer", read at the end of a compound): words ending
    # in "-zahl"/"-ziffer" that label a line to call, or the way to dial it.
    (
        "Muster GmbH\nTelefon: 030 1234567\nAus dem Ausland mit Landeskennzahl: 0049 30 1234568",
        "DE",
        {"+49301234567": CS, "+49301234568": CS},
    ),
    (
        "Muster GmbH\nAnrufe aus dem Ausland (mit Landeskennzahl): 0049 30 1234567",
        "DE",
        {"+49301234567": CS},
    ),
    ("Gasthof Muster\nTelefon (Kennzahl 0512) 58 23 11", "AT", {"+43512582311": CS}),
    ("Muster GmbH\nTel.: Kennzahl 0732 / 76 17 45", "AT", {"+43732761745": CS}),
    ("Muster Versand\nBestellung (Zahlung per Nachnahme): 030 1234567", "DE", {"+49301234567": CS}),
    (
        "Muster Versand\nBestellung (auch Zahlung per Nachnahme): 030 1234567",
        "DE",
        {"+49301234567": CS},
    ),
    ("Muster Reisen\nBuchungshotline, Kennziffer: 0800 1234567", "DE", {"+498001234567": CS}),
    # guards that read right now: the round's own identifiers (b6b9145 misread the
    # "Gemeindeschlüssel" code as a line), and "-zahl"/"-ziffer" words not right before the number
    ("Muster GmbH\nTelefon: 030 1234567\nSteuernr.: 12/345/67890", "DE", {"+49301234567": CS}),
    ("Muster GmbH\nGemeindeschlüssel: 09162000\nTel. 089 1234567", "DE", {"+49891234567": CS}),
    ("Kundenhotline, bitte Kennziffer 2 wählen: 0800 1234567", "DE", {"+498001234567": CS}),
    ("Hotline für Zahlungsfragen: 030 1234567", "DE", {"+49301234567": CS}),
    ("Bezahlung per Telefon 030 1234567", "DE", {"+49301234567": CS}),
    ("Postleitzahl/Ort: 10115 Berlin, Tel. 030 1234567", "DE", {"+49301234567": CS}),
    ("Servicenummer (Kennziffer angeben): 0800 1234567", "DE", {"+498001234567": CS}),
    # Family 2 (headings._officer_intro, verb after the officer): the company itself named
    # beside the officer ("an uns oder ...", "ons of ..."), then the company's own record.
    (
        "Bei Fragen zum Datenschutz können Sie sich jederzeit an uns oder an unseren "
        "Datenschutzbeauftragten wenden:\nMusterstraße 1, 10115 Berlin\nTel. 030 1234567",
        "DE",
        {"+49301234567": CS},
    ),
    (
        "Bei Fragen können Sie uns oder unseren externen Datenschutzbeauftragten erreichen:\n"
        "Muster GmbH, Musterstraße 1, 10115 Berlin, Tel. 030 1234567",
        "DE",
        {"+49301234567": CS},
    ),
    (
        "Met vragen kunt u ons of onze functionaris gegevensbescherming bereiken:\nVoorbeeld "
        "B.V., Kerkstraat 1, 1017 GA Amsterdam, tel. 020 123 4567",
        "NL",
        {"+31201234567": CS},
    ),
    gap(
        "Bei Fragen zum Datenschutz können Sie sich an unseren Datenschutzbeauftragten wenden:\n"
        "Muster GmbH, Musterstraße 1, 10115 Berlin, Tel. 030 1234567",
        "DE",
        {"+49301234567": CS},
        _RECORD_LINE,
    ),
    # guards that read right now
    (
        "please contact us or our Data Protection Officer:\nTel. 020 7946 0000",
        "GB",
        {"+442079460000": CS},
    ),
    (
        "Sie können sich mit Fragen an unseren Kundenservice und unseren "
        "Datenschutzbeauftragten wenden:\nTel. 030 1234567\nE-Mail: info@muster.de",
        "DE",
        {"+49301234567": CS},
    ),
    (
        "Bei Fragen zum Datenschutz können Sie sich jederzeit an uns oder an unseren "
        "Datenschutzbeauftragten wenden:\ndatenschutz@muster.de\nTelefon Zentrale: 030 1234567",
        "DE",
        {"+49301234567": CS},
    ),
    (
        "Vous pouvez à tout moment écrire à notre DPO ou le joindre :\nTél. 01 23 45 67 89",
        "FR",
        {"+33123456789": CS},
    ),
    # Family 3 (sections._officer_named): a shop whose name opens with a title, right under a
    # sentence introducing the officer, is the company's own record (review 47's "Example
    # Shop"; round 40's own test "Muster Shop GmbH"), in every language.
    gap(
        "Bei Fragen zum Datenschutz wenden Sie sich bitte an unseren Datenschutzbeauftragten:\n"
        "Dr. Grün Naturkosmetik\nMusterstraße 1, 10115 Berlin\nTel. 030 1234567",
        "DE",
        {"+49301234567": CS},
        _TITLED_BRAND,
    ),
    (
        "Bei Fragen zum Datenschutz können Sie sich an unseren Datenschutzbeauftragten wenden:\n"
        "Frau Linde Parfum\nMusterstraße 13, 10969 Berlin\nTel. 030 1234567",
        "DE",
        {"+49301234567": CS},
    ),
    (
        "Pour toute question, vous pouvez contacter notre délégué à la protection des données :\n"
        "Mr Jardin Lyon\n12 rue de la République, 69002 Lyon\nTél. 04 72 00 00 00",
        "FR",
        {"+33472000000": CS},
    ),
    gap(
        "Para cualquier consulta puede contactar con nuestro Delegado de Protección de Datos:\n"
        "Dr. Sonrisa Clínica Dental\nCalle Mayor 1, 28013 Madrid\nTel. 912 345 678",
        "ES",
        {"+34912345678": CS},
        _TITLED_BRAND,
    ),
    gap(
        "Per qualsiasi domanda può contattare il nostro Responsabile della Protezione dei Dati:\n"
        "Dott. Verde Erboristeria\nVia Roma 1, 20121 Milano\nTel. 02 1234567",
        "IT",
        {"+39021234567": CS},
        _TITLED_BRAND,
    ),
    gap(
        "Para questões pode contactar o nosso Encarregado de Proteção de Dados:\nDr. Sorriso "
        "Clínica Dentária\nRua Augusta 1, 1100-048 Lisboa\nTel. 213 000 000",
        "PT",
        {"+351213000000": CS},
        _TITLED_BRAND,
    ),
    gap(
        "If you have questions, please contact our Data Protection Officer:\nDr. Green Organics\n"
        "1 High Street, London\nTel. 020 7946 0000",
        "GB",
        {"+442079460000": CS},
        _TITLED_BRAND,
    ),
    gap(
        "Met vragen kunt u onze functionaris gegevensbescherming contacteren:\nDr. Groen "
        "Natuurwinkel\nKerkstraat 1, 1017 GA Amsterdam\nTel. 020 123 4567",
        "NL",
        {"+31201234567": CS},
        _TITLED_BRAND,
    ),
    # guards that read right now: the Polish intro heads nothing; a titled officer's own
    # record stays the officer's
    (
        "W sprawach danych osobowych prosimy o kontakt z naszym Inspektorem Ochrony Danych:\n"
        "Dr. Zielony Sklep\nul. Prosta 1, 00-001 Warszawa\ntel. 22 123 45 67",
        "PL",
        {"+48221234567": CS},
    ),
    (
        "Muster GmbH, Tel. 0732 7617450\nZudem können Sie sich auch gerne an unseren externen "
        "Datenschutzbeauftragten wenden:\nDr. Stefan Muster\nMusterstraße 124, 4040 Linz\n"
        "E: dsb@example.at, M: +43 699 12547249",
        "AT",
        {"+437327617450": CS, "+4369912547249": DP},
    ),
]


@pytest.mark.parametrize(("text", "region", "expected"), CASES)
def test_review73(text: str, region: str, expected: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == expected
