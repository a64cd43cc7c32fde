"""Wording the thirty-second unseen phone batch taught, one made-up page each (no text copied
from its pages): the trunk 0 written again after "(0)" ("+32(0) 03 ..."); a stray letter typed
after a labelled number ending its line ("Tél. : 04 ... 56s"); a line ending in a colon whose
last sentence points back to the officer or organisation the sentence before named ("...
inspektor ochrony danych. Można się z nim skontaktować:") heads the lines under it; a dispute
body's address line opening with an address label ("Morada: ..., Centro de Empresas, 1100-001
Lisboa") keeps its record open. Review 45 narrowed the last two: the address line only right
under the body's name and opening with a street or a house number, the pointing-back sentence
only when it says nothing else (seven words at most, no word for the company's own office)."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("Contact\nTel.: +32(0) 03 234 56 78", "BE", {"+3232345678": CS}),
        ("Tél. : 04 78 12 34 56s", "FR", {"+33478123456": CS}),
        (
            "W spółce powołany został inspektor ochrony danych. Można się z nim skontaktować:\n"
            "– e-mailem: iod@example.pl\n– telefonicznie: 22 610 20 30",
            "PL",
            {"+48226102030": "data_protection"},
        ),
        (
            "Em caso de litígio, o consumidor pode recorrer a:\n"
            "Centro de Arbitragem de Consumo de Lisboa\n"
            "Morada: Rua do Comércio 1, Centro de Empresas, 1100-001 Lisboa\nTelefone: 213 000 000",
            "PT",
            {"+351213000000": "mediator"},
        ),
    ],
)
def test_round32_wording_is_read(text: str, region: str, expected: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == expected


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # no phone label before the number and its letter: a reference
        ("Réf. 04 78 12 34 56s", "FR", {}),
        # the sentence pointing back names the company itself, or asks about orders
        (
            "Administratorem danych jest Example Sp. z o.o. Można się z nim skontaktować:\n"
            "– telefonicznie: 22 610 20 30",
            "PL",
            {"+48226102030": CS},
        ),
        (
            "W spółce powołany został inspektor ochrony danych. W sprawie zamówień można się z "
            "nami skontaktować:\n– telefonicznie: 22 610 20 30",
            "PL",
            {"+48226102030": CS},
        ),
        # the address line names another company with its legal form: the record ends
        (
            "Em caso de litígio, o consumidor pode recorrer a:\n"
            "Centro de Arbitragem de Consumo de Lisboa\nwww.example.pt\n"
            "Morada: Loja Exemplo Lda., Departamento Comercial, 1100-001 Lisboa\n"
            "Telefone: 213 000 000",
            "PT",
            {"+351213000000": CS},
        ),
    ],
)
def test_round32_rules_reach_no_further(text: str, region: str, expected: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == expected


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Em caso de litígio, o consumidor pode recorrer a:\nCentro de Arbitragem de "
            "Consumo de Lisboa\nwww.example.pt\n\nA nossa loja\nMorada: Centro Comercial "
            "Colombo, Loja 1.023, 1500-392 Lisboa\nTelefone: 217 000 000",
            "PT",
        ),
        (
            "Médiation : Médiateur du e-commerce de la FEVAD\n60 rue La Boétie, 75008 Paris\n"
            "Adresse : Centre commercial Part-Dieu, 69003 Lyon\nTél. : 04 78 12 34 56",
            "FR",
        ),
        (
            "Hébergeur :\nOVH SAS, 59100 Roubaix\nAdresse : Boutique Exemple, Service "
            "commercial, 75002 Paris\n\nTél. : 01 23 45 67 89",
            "FR",
        ),
        (
            "Risoluzione delle controversie:\nCamera di Conciliazione di Milano\nIndirizzo: "
            "Negozio Esempio, Ufficio commerciale, 20121 Milano\nTel. 02 1234 5678",
            "IT",
        ),
        (
            "Kontakt\nW spółce powołany został inspektor ochrony danych. W sprawie zamówień i "
            "zwrotów prosimy o kontakt z naszym biurem, można się z nim skontaktować:\n– "
            "telefonicznie: 22 610 20 30\n– e-mail: sklep@example.pl",
            "PL",
        ),
        (
            "Contact\nNous avons désigné un délégué à la protection des données. Pour toute "
            "question sur votre commande, notre magasin de Lyon reste à votre disposition, "
            "vous pouvez le contacter :\nTél. : 04 78 12 34 56",
            "FR",
        ),
        (
            "Contatti\nAbbiamo nominato un responsabile della protezione dei dati. Per gli "
            "ordini il nostro negozio di Milano è a disposizione, può contattarla:\nTel. 02 "
            "1234 5678",
            "IT",
        ),
        (
            "Kontakt\nWir haben einen Datenschutzbeauftragten bestellt. Unsere Filiale in "
            "Leipzig hilft gern, Sie können sich an sie wenden:\nTel. 0341 1234567",
            "DE",
        ),
        (
            "Em caso de litígio, o consumidor pode recorrer a:\n"
            "Centro de Arbitragem de Consumo de Lisboa\n"
            "Morada: Loja Exemplo, Departamento Comercial, 1100-001 Lisboa\nTelefone: 213 000 000",
            "PT",
        ),
    ],
)
def test_review45_counter_examples_read_as_before_round32(text: str, region: str) -> None:
    """Review 45's made-up blocks (the company's own address under a labelled address line; a
    sentence pointing back to the company's own office): one customer-service number, as
    before round 32."""
    assert set(read_phone_roles(text, region).values()) == {CS}
