"""Wording the forty-eighth fresh phone batch taught (round 38), made-up records: a mediator's
word that names a trade ("Mediação Imobiliária", a real-estate agency; "mediação de seguros", an
insurance broker) is the firm's name, so its number is the firm's own line. Round 38 also let a
data protection officer's heading cover seven lines (name, firm, street, town, e-mail, number);
review 69 found it reached past short records into the company's own lines in every language
tried, so it was withdrawn: its own cases stay as strict expected failures."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles
from tests.known_gaps import review_gap

CS = "customer_service"
OWN = "Verantwortlich ist:\nMuster Friseur\nHauptstr. 18\n80336 München\nTelefon: 089 502 15 41\n"
OFFICER = (
    "Herr Max Beispiel\nFa. Beispiel Datenschutz GmbH\nRingstraße 11a\n81379 München\n"
    "beispiel@example.com\n089 277 80 83 1\n"
)


gap = review_gap("round 38")
_WITHDRAWN = "the officer's seven-line reach, withdrawn after review 69"


@pytest.mark.parametrize(
    "heading",
    [
        gap(
            "2. Angaben zum Datenschutzbeauftragten\nDie Kontaktdaten des Datenschutzbeauftragten "
            "lauten:\n",
            _WITHDRAWN,
        ),
        gap("Datenschutzbeauftragter\n", _WITHDRAWN),
    ],
)
def test_an_officers_record_of_six_lines_is_the_officers(heading: str) -> None:
    roles = read_phone_roles(OWN + heading + OFFICER, "DE")
    assert roles == {"+49895021541": CS, "+498927780831": "data_protection"}


def test_past_seven_lines_the_officers_heading_ends() -> None:
    text = (
        OWN + "Datenschutzbeauftragter\n" + OFFICER.replace("\n089", "\nMo-Fr 9-17\nKontakt\n089")
    )
    assert read_phone_roles(text, "DE")["+498927780831"] == CS


@pytest.mark.parametrize(
    "name", ["Muster & Filhos - Mediação Imobiliária, Lda", "Muster Mediação de Seguros, Lda"]
)
def test_a_trade_named_by_a_mediators_word_is_the_firms_own(name: str) -> None:
    text = f"Os dados serão tratados por {name}, com sede em Santarém, telefone 243 155 651."
    assert read_phone_roles(text, "PT") == {"+351243155651": CS}


def test_a_mediation_body_is_still_a_mediator() -> None:
    text = "Mediação: Centro de Arbitragem de Conflitos de Consumo, telefone 218 807 031"
    assert read_phone_roles(text, "PT") == {"+351218807031": "mediator"}
