"""Wording the forty-first fresh phone batch taught (round 36), made-up records: a privacy
notice's heading that names the controller with its data protection officer ("Verantwortlicher
und Kontakt Datenschutzbeauftragter") heads the company's own lines, as "Data controller and data
protection officer" does; the officer's heading alone still heads the officer's."""

from __future__ import annotations

from probes.website.line_walk import read_phone_roles

CS = "customer_service"
NUMBER = "+4922177898702"


def test_the_controller_heading_with_its_officer_heads_the_companys_lines() -> None:
    for heading in (
        "1. Verantwortlicher und Kontakt Datenschutzbeauftragter",
        "Verantwortlicher und Datenschutzbeauftragter",
    ):
        text = f"{heading}\nMuster GmbH\nKölner Str. 5\n50735 Köln\nTelefon: +49 221 778 98 702"
        assert read_phone_roles(text, "DE") == {NUMBER: CS}, heading
    text = (
        "Datenschutz\nVerantwortlich für die Datenverarbeitung ist:\nMuster GmbH\n"
        "Telefon: +49 221 778 98 702"
    )
    assert read_phone_roles(text, "DE") == {NUMBER: CS}


def test_the_officers_heading_alone_still_heads_the_officers_lines() -> None:
    for heading in ("Kontakt Datenschutzbeauftragter", "Unser Datenschutzbeauftragter"):
        text = f"{heading}\nMax Muster\nTelefon: +49 221 778 98 702"
        assert read_phone_roles(text, "DE") == {NUMBER: "data_protection"}, heading
