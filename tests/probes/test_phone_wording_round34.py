"""Wording the thirty-fifth unseen phone batch taught, one made-up page each (no text copied from
its pages): what a licence is for between its label and number is no number ("Licença de
funcionamento: 21593/2022", "Licencia de actividad: ..."); a two-word line in capitals, a word no
label has and then a department's word, is a firm's name, not a title over the lines below ("NOWAK
PERSONAL", "NOVA PRESS"); a stray letter after a labelled number ending its line may follow a list
item's number ("3. Tel. 723 930 427l"); an advertising department ("Dział reklamy") sells (not
"reklamacje", complaints, the customers' line). Review 50 narrowed the first two: a licence named by
what it is for only before its colon (not "horário de funcionamento" in a bracket, not a link above
a number), and the firm's name only in capitals (title case is a department's title: "Leitung
Personal", "London Press Office"); its counter-examples are in test_phone_review50.py."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        (
            "Clínica Exemplo\n+351 912 345 678\nRua do Exemplo 12, 4000-001 Porto\n"
            "Nº Licença de funcionamento: 21593/2022",
            "PT",
            {"+351912345678": CS},
        ),
        ("Alvará de utilização: 21593/2021\nTelefone: 21 234 5678", "PT", {"+351212345678": CS}),
        ("Licencia de actividad: 915 932 022\nTeléfono: 912 345 678", "ES", {"+34912345678": CS}),
        (
            "ul. Przykładowa 1\n00-001 Warszawa\nNOWAK PERSONAL\nTel: +48 (68) 307 00 11\n"
            "Kom: + 48 531 100 200",
            "PL",
            {"+48683070011": CS, "+48531100200": CS},
        ),
        ("NOVA PRESS\nTel: 030 1234567", "DE", {"+49301234567": CS}),
        ("Nova Press\nTel: 030 1234567", "DE", {"+49301234567": "press"}),
        ("§ 2 KONTAKT\n1. Sklep, ul. Polna 3\n3. Tel. 723 100 427l", "PL", {"+48723100427": CS}),
        (
            "Dział reklamy tel. 734 000 112\nTelefon do redakcji tel. 690 000 960",
            "PL",
            {"+48734000112": "sales", "+48690000960": CS},
        ),
        # Guards: a department's own title over its line; complaints are the customers' line.
        ("Personal\nTel: 030 1234567", "DE", {"+49301234567": "jobs"}),
        ("Abteilung Personal\nTel: 030 1234567", "DE", {"+49301234567": "jobs"}),
        ("Presse\nTel: 030 1234567", "DE", {"+49301234567": "press"}),
        ("Dział reklamacji tel. 734 000 112", "PL", {"+48734000112": CS}),
        ("Licença: 215 932 022", "PT", {}),
    ],
)
def test_round34_wording(text: str, region: str, expected: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == expected


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # The id qualifiers older than round 34 ("código", "número", "nº", "identificación"),
        # lost with its withdrawn licence qualifiers in 7f4198e and restored: a tax number with
        # its qualifier is no phone number.
        ("NIF número: 212 345 678\nTelefone: 21 234 5678", "PT", {"+351212345678": CS}),
        ("CIF código: 912 345 678\nTeléfono: 915 000 111", "ES", {"+34915000111": CS}),
    ],
)
def test_id_qualifiers_stay(text: str, region: str, expected: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == expected
