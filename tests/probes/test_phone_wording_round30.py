"""Wording the thirtieth unseen phone batch taught, one made-up page each (no text copied from
its pages): a Polish department named in the genitive after an elided "dział" ("Księgowości",
"Windykacji", "Obsługi Klienta", "Eksportu" in a list of departments); a debt collection department
(`debt_collection`) and an export department (sales); a dispute body's address line naming a
business centre ("Centro de Empresas") keeps the body's record open."""

from __future__ import annotations

import pytest

from probes.website.headings import heading_role
from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        (
            "Kontakt\nCentrala: 22 610 20 30\ndziały\nKsięgowości\ntel. 22 610 20 31\n"
            "Obsługi Klienta\ntel. 22 610 20 32\nWindykacji\ntel. 22 610 20 33\n"
            "Eksportu\ntel. +48 601 200 300",
            "PL",
            {
                "+48226102030": CS,
                "+48226102031": "accounting",
                "+48226102032": CS,
                "+48226102033": "debt_collection",
                "+48601200300": "sales",
            },
        ),
        (
            # guard: a German bare "Buchhaltung" is a bookkeeping firm's trade as often
            "Kundenservice: 0931 40 50 60\nBuchhaltung\nFrau Muster\nTel. 0931 40 50 61",
            "DE",
            {"+49931405060": CS, "+49931405061": CS},
        ),
        (
            "Inkasso: 0931 40 50 62\nService: 0931 40 50 60",
            "DE",
            {"+49931405062": "debt_collection", "+49931405060": CS},
        ),
        ("Debt recovery department: 020 7946 0301", "GB", {"+442079460301": "debt_collection"}),
        ("Service export : 01 45 67 89 10", "FR", {"+33145678910": "sales"}),
    ],
)
def test_department_lines_are_read_by_their_names(
    text: str, region: str, expected: dict[str, str]
) -> None:
    assert read_phone_roles(text, region) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Buchhaltung",  # a bookkeeping firm's service as often as a department
        "Buchhaltung und Lohn",
        "Unsere Buchhaltung",
        "Buchhaltungsservice",
        "Kontakt",
        "Windykacja należności",  # a collection agency's trade, no department
    ],
)
def test_a_department_word_in_a_longer_line_or_bare_heads_nothing(line: str) -> None:
    assert heading_role(line) is None


def test_a_dispute_bodys_address_keeps_its_record_open() -> None:
    text = (
        "Em caso de litígio o consumidor pode recorrer a:\n"
        "Centro de Arbitragem de Conflitos de Consumo de Braga\n"
        "Centro de Empresas do Minho, Rua Exemplo 12, 4700-001 Braga\n"
        "Telefone: 253 61 71 00\n"
        "Apoio ao cliente: 253 10 20 30"
    )
    assert read_phone_roles(text, "PT") == {"+351253617100": "mediator", "+351253102030": CS}


def test_a_sales_line_with_an_address_is_still_sales_outside_a_record() -> None:
    # guard: the address rule holds only under another organisation's heading
    text = "Empresas\nRua Exemplo 12, 4700-001 Braga\nTelefone: 253 10 20 31"
    assert read_phone_roles(text, "PT") == {"+351253102031": "sales"}
