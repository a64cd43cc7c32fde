"""Wording the thirty-third unseen phone batch taught, one made-up page each (no text copied
from its pages): a label word in a street's name is no label ("Av. Bombeiros Voluntários"); the
digits after a licence's letter prefix are no number ("Nr E-1/1234/567/21"); a sentence ending
in a colon right after naming the data protection officer ("... contacte o nosso Encarregado de
Proteção de Dados:") heads the officer's lines, and its e-mail address naming the officer
("dpo@...") keeps them open; the company's own record after the officer's details closes them
("MusterShop GmbH"). Review 47 narrowed them: only words that open a street's name ("Rua",
"Av.", "ul.", not "Mill Road") and no colon after the label; under a sentence introducing the
officer, only the e-mail and number lines that follow; the Polish licence labels in full.
Its counter-examples are the last guards."""

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


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        (
            "Unit 3, Mill Road Fax: 020 7946 0001\nTel: 020 7946 0000",
            "GB",
            {"+442079460001": "fax", "+442079460000": "customer_service"},
        ),
        (
            "Address: 12 Station Road Fax 020 7946 0001\nPhone 020 7946 0000",
            "GB",
            {"+442079460001": "fax", "+442079460000": "customer_service"},
        ),
        (
            "12 Regent Place Fax: 020 7946 0001\nPhone: 020 7946 0000",
            "GB",
            {"+442079460001": "fax", "+442079460000": "customer_service"},
        ),
        (
            "12 Mill Road Sales: 020 7946 0001\nCustomer service: 020 7946 0000",
            "GB",
            {"+442079460001": "sales", "+442079460000": "customer_service"},
        ),
        (
            "Showroom: 100 Park Avenue Trade: 020 7946 0002\nCustomer service: 020 7946 0000",
            "GB",
            {"+442079460002": "sales", "+442079460000": "customer_service"},
        ),
        (
            "Head office: 5 Riverside Road Press: 020 7946 0003\nCustomer service: 020 7946 0000",
            "GB",
            {"+442079460003": "press", "+442079460000": "customer_service"},
        ),
        (
            "Visit us at 10 Market Street Jobs: 020 7946 0004\nCall us: 020 7946 0000",
            "GB",
            {"+442079460004": "jobs", "+442079460000": "customer_service"},
        ),
        (
            "Retrait sur place Fax : 01 23 45 67 89\nService client : 01 23 45 67 80",
            "FR",
            {"+33123456789": "fax", "+33123456780": "customer_service"},
        ),
        (
            "Datenschutzbeauftragter\nMax Mustermann\nE-Mail: dsb@muster-datenschutz.de\n"
            "Muster Datenschutz GmbH\nTel.: 030 1234567",
            "DE",
            {"+49301234567": "data_protection"},
        ),
        (
            "Inspektor Ochrony Danych\ne-mail: iod@sklep.pl\nODO Partner sp. z o.o.\ntel. 22 "
            "123 45 69",
            "PL",
            {"+48221234569": "data_protection"},
        ),
        (
            "For any question about how we use your data, or to exercise your rights, please "
            "contact our Data Protection Officer:\nExample Shop\n1 High Street, London\nPhone: "
            "020 7946 0000",
            "GB",
            {"+442079460000": "customer_service"},
        ),
        (
            "Für Fragen zum Datenschutz wenden Sie sich bitte an unseren "
            "Datenschutzbeauftragten:\nE-Mail: datenschutz@shop.de\nMusterShop\nTelefon: 030 "
            "1234567",
            "DE",
            {"+49301234567": "customer_service"},
        ),
        (
            "Om uw rechten uit te oefenen kunt u contact opnemen met onze functionaris voor "
            "gegevensbescherming:\nE-mail: privacy@winkel.nl\nWinkel Voorbeeld\nTelefoon: 020 "
            "123 4567",
            "NL",
            {"+31201234567": "customer_service"},
        ),
        (
            "Dados pessoais: contacte o nosso Encarregado de Proteção de Dados:\nE-mail: "
            "dpo@loja.pt\nLoja Exemplo\nTelefone: 213 000 000",
            "PT",
            {"+351213000000": "customer_service"},
        ),
        (
            "Reklamacje i uprawnienia: 22 123 45 67",
            "PL",
            {"+48221234567": "customer_service"},
        ),
    ],
)
def test_review47_counter_examples_read_as_before_round33(
    text: str, region: str, expected: dict[str, str]
) -> None:
    """Review 47's made-up blocks (a label after a street's name that ends it, "Mill Road Fax:";
    the officer's own firm named after the officer's e-mail; the company's lines under a
    sentence introducing the officer; "Reklamacje i uprawnienia:"), read as before round 33."""
    assert read_phone_roles(text, region) == expected
