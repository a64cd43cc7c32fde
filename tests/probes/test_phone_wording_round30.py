"""Wording the thirtieth unseen phone batch taught, one made-up page each (no text copied from
its pages): a debt collection department (`debt_collection`) and an export department (sales),
named as departments; a dispute body's address line naming a business centre ("Centro de
Empresas, ..., 4700-001 Braga") keeps the body's record open. Review 42 removed bare Polish
genitives ("Księgowości", "Obsługi Klienta", "Eksportu": a bookkeeping firm's or forwarder's
trade, a customer-service fax) and colon labels ("recouvrement :", "Export:", "Inkasso:") that
reached billing and shipping lines; its counter-examples are the guards below."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        (
            "Centrala: 22 610 20 30\nDział windykacji: 22 610 20 33\n"
            "Dział eksportu: +48 601 200 300",
            "PL",
            {"+48226102030": CS, "+48226102033": "debt_collection", "+48601200300": "sales"},
        ),
        (
            "Inkassoabteilung: 0931 40 50 62\nService: 0931 40 50 60",
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
    ("text", "region", "expected"),
    [
        ("Biuro usług księgowości\ntel. 22 610 20 30", "PL", CS),
        ("Transport i spedycja, obsługa eksportu\ntel. 22 610 20 30", "PL", CS),
        ("Skuteczna windykacja: 22 610 20 30", "PL", CS),
        ("Faks biura obsługi klienta: 22 610 20 31", "PL", "fax"),
        ("Service client / recouvrement : 01 45 67 89 10", "FR", CS),
        ("Klantenservice en incasso: 020 123 4567", "NL", CS),
        ("Atención al cliente y recobro: 910 000 000", "ES", CS),
        ("Versand/Export: 0931 40 50 60", "DE", CS),
        ("Inkasso: 0931 40 50 60\n(Muster Inkasso GmbH, zugelassen nach RDG)", "DE", CS),
    ],
)
def test_trades_billing_and_shipping_lines_are_no_departments(
    text: str, region: str, expected: str
) -> None:
    assert set(read_phone_roles(text, region).values()) == {expected}


def test_a_dispute_bodys_address_keeps_its_record_open() -> None:
    text = (
        "Em caso de litígio o consumidor pode recorrer a:\n"
        "Centro de Arbitragem de Conflitos de Consumo de Braga\n"
        "Centro de Empresas do Minho, Rua Exemplo 12, 4700-001 Braga\n"
        "Telefone: 253 61 71 00\n"
        "Apoio ao cliente: 253 10 20 30"
    )
    assert read_phone_roles(text, "PT") == {"+351253617100": "mediator", "+351253102030": CS}


@pytest.mark.parametrize(
    "line",
    [
        "Unser Kundenservice Hauptstraße 5, 97070 Würzburg",  # the company's own service
        "Seit 1998 Ihr Kundenservice rund um die Uhr",  # a year, no postcode
        "Vertrieb Muster GmbH, Hauptstraße 5, 97070 Würzburg",  # another company's record
    ],
)
def test_the_companys_own_lines_after_a_record_stay_its_own(line: str) -> None:
    text = (
        "Streitschlichtung:\nAllgemeine Verbraucherschlichtungsstelle\n"
        f"Straßburger Str. 8, 77694 Kehl\nTel. 07851 795 79 40\n{line}\nTel. 0931 40 50 60"
    )
    assert read_phone_roles(text, "DE")["+49931405060"] == CS


def test_a_sales_line_with_an_address_is_still_sales_outside_a_record() -> None:
    # guard: the address rule holds only under another organisation's heading
    text = "Empresas\nRua Exemplo 12, 4700-001 Braga\nTelefone: 253 10 20 31"
    assert read_phone_roles(text, "PT") == {"+351253102031": "sales"}
