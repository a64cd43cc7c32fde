"""Wording the thirty-third unseen phone batch taught, one made-up page each (no text copied
from its pages): a label word in a street's name is no label ("Av. Bombeiros Voluntários"); the
digits after a licence's letter prefix are no number ("Nr E-1/1234/567/21"); a sentence ending
in a colon right after naming the data protection officer ("... contacte o nosso Encarregado de
Proteção de Dados:") heads the officer's lines, and its e-mail address naming the officer
("dpo@...") keeps them open; the company's own record after the officer's details closes them
("MusterShop GmbH")."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        (
            "CONTACTOS\nExemplo, Lda.\nCentro Empresarial de Sintra\n"
            "Av. Bombeiros Voluntários de Sintra 12, loja 3\n2710-001 Sintra\n"
            "Telemóvel: 912 345 678",
            "PT",
            {"+351912345678": CS},
        ),
        (
            "Jan Nowak, tel. 601 200 300\nUprawnienia elektryczne:\n"
            "Nr E-1/1234/567/21, D-1/1235/567/21",
            "PL",
            {"+48601200300": CS},
        ),
        (
            "Para questões sobre os seus dados pessoais, contacte o nosso Encarregado de Proteção "
            "de Dados:\nE-mail: dpo@example.pt\nTelefone: 213 000 000",
            "PT",
            {"+351213000000": "data_protection"},
        ),
        (
            "If you have any questions about how we handle your data, please contact our Data "
            "Protection Officer:\nEmail: dpo@example.co.uk\nPhone: 020 7946 0000",
            "GB",
            {"+442079460000": "data_protection"},
        ),
    ],
)
def test_round33_wording_is_read(text: str, region: str, expected: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == expected


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # the fire brigade named as such, not in a street's name
        ("Bombeiros Voluntários de Algés: 214 000 000", "PT", {"+351214000000": "emergency"}),
        # "via fax": no street
        (
            "Assistenza per marchio\nMarca Uno,\nRichiedere l'autorizzazione via fax 02 1234 5679.",
            "IT",
            {"+390212345679": "fax"},
        ),
        # area codes written with a slash stay numbers
        ("Tel.: 030/1234567", "DE", {"+49301234567": CS}),
        ("Tel. 12/345 67 89", "PL", {"+48123456789": CS}),
        # the officer named beside the company's own service: no officer's heading
        (
            "Para dúvidas sobre pedidos, fale com o nosso atendimento ou com o Encarregado de "
            "Dados:\nTelefone: (11) 3333-4444",
            "BR",
            {"+551133334444": CS},
        ),
        (
            "Questions about your privacy? Contact our DPO at dpo@example.co.uk.\n"
            "Customer service: 020 7946 0000",
            "GB",
            {"+442079460000": CS},
        ),
        # the company's own record after the officer's e-mail
        (
            "Datenschutz\nBei Fragen zum Datenschutz wenden Sie sich an unseren "
            "Datenschutzbeauftragten:\nE-Mail: datenschutz@example.de\n\nMusterShop GmbH\n"
            "Musterstraße 1, 10115 Berlin\nTelefon: 030 1234567",
            "DE",
            {"+49301234567": CS},
        ),
    ],
)
def test_round33_rules_reach_no_further(text: str, region: str, expected: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == expected
