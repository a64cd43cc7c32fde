"""Wording the thirty-first unseen phone batch taught, one made-up page each (no text copied
from its pages): a department named from its head word, then what it deals in ("Dział
Sprzedaży Części"); a label read only before a colon ("Księgowość:", "Buchhaltung:") on a line
of its own over the number; the data protection officer named in the sentence before a bare
phone word; a word in another organisation's e-mail address ("geral@...") is no label after
its name; a whole local number after a slash sharing the area code in brackets of the first
("(16) 98149-7115 / 3333-7608")."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("Jan Kowalski\nDział Sprzedaży Części\nTel. 601 200 300", "PL", {"+48601200300": "sales"}),
        (
            "Dział Sprzedaży Maszyn Rolniczych\ntel. 22 610 20 30\n"
            "Biuro obsługi klienta: 22 610 20 31",
            "PL",
            {"+48226102030": "sales", "+48226102031": CS},
        ),
        ("Księgowość:\ntel. 22 610 20 30", "PL", {"+48226102030": "accounting"}),
        ("Buchhaltung:\nTel. 030 1234567", "DE", {"+49301234567": "accounting"}),
        ("Comptabilité :\nTél. 01 45 67 89 10", "FR", {"+33145678910": "accounting"}),
        ("Contabilidad:\n+34 910 000 000", "ES", {"+34910000000": "accounting"}),
        (
            "Z naszym inspektorem ochrony danych można skontaktować się pod adresem "
            "iod@example.pl lub pod numerem telefonu 22 610 20 30.",
            "PL",
            {"+48226102030": "data_protection"},
        ),
        (
            "You can reach our Data Protection Officer by e-mail at dpo@example.co.uk or by "
            "telephone on 020 7946 0000.",
            "GB",
            {"+442079460000": "data_protection"},
        ),
        (
            "Centro de Arbitragem de Conflitos de Consumo do Porto, email geral@example.pt; "
            "telefone 225 508 349",
            "PT",
            {"+351225508349": "mediator"},
        ),
        (
            "Atendimento: (16) 98149-7115 / 3333-7608",
            "BR",
            {"+5516981497115": CS, "+551633337608": CS},
        ),
        (
            "Tel.: (21) 2222-3333 / 99876-5432",
            "BR",
            {"+552122223333": CS, "+5521998765432": CS},
        ),
    ],
)
def test_round31_wording_is_read(text: str, region: str, expected: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == expected


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # a department joined to a second one, or offered to customers, heads no department
        ("Dział Sprzedaży i Serwisu\nTel. 22 610 20 30", "PL", {"+48226102030": CS}),
        ("Dział sprzedaży dla klientów:\nTel. 22 123 45 67", "PL", {"+48221234567": CS}),
        # the bare genitive trade stays no department (review 42)
        ("Księgowość\ntel. 22 610 20 30", "PL", {"+48226102030": CS}),
        # the officer's sentence has ended before the company's own line
        (
            "Inspektor ochrony danych: iod@example.pl. Biuro obsługi klienta: 22 610 20 30",
            "PL",
            {"+48226102030": CS},
        ),
        (
            "Our data protection officer can be reached at dpo@example.co.uk. For orders, call "
            "020 7946 0000.",
            "GB",
            {"+442079460000": CS},
        ),
        # the company's own e-mail and number after the body's sentence ended
        (
            "Centro de Arbitragem de Conflitos de Consumo do Porto, telefone 225 508 349. "
            "Contacte-nos: geral@loja.pt, 225 508 300",
            "PT",
            {"+351225508349": "mediator", "+351225508300": CS},
        ),
        # the last digits written again keep their own rule
        ("(11) 4963-8844 / 7109", "BR", {"+551149638844": CS, "+551149637109": CS}),
        ("Atendimento: (16) 98149-7115 / 3333-76", "BR", {"+5516981497115": CS}),
    ],
)
def test_round31_rules_reach_no_further(text: str, region: str, expected: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == expected
