"""Numbers of another organisation on a shop's page (a wallet that only receives payments, a
consumer mediator, dispute or arbitration body, an ombudsman, the site's web host) are not its
customer line."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("PE", "Transferencias vía Yape o Plin al 987 654 321.", "+51987654321"),
        ("ES", "Pago por Bizum al 612 345 678 indicando el pedido", "+34612345678"),
        ("ES", "Número para pagos: 612 345 678", "+34612345678"),
        ("PT", "Pagamento por MB WAY para o 912 345 678", "+351912345678"),
        ("PT", "Para pagamentos: 912 345 678", "+351912345678"),
        ("PL", "Płatności BLIK na numer 512 345 678", "+48512345678"),
        ("GB", "Pay by Bizum: +34 612 345 678", "+34612345678"),
    ],
)
def test_a_line_only_for_receiving_payments_is_payment(region: str, text: str, number: str) -> None:
    assert read_phone_roles(text, region) == {number: "payment"}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("FR", "Médiateur de la consommation : 01 23 45 67 89", "+33123456789"),
        # The mediator's name, address and e-mail between its heading and its number.
        (
            "FR",
            "Médiateur de la consommation agréé :\nConso Arbitre SAS\n1 rue X, 75001 Paris\n"
            "contact@exemple.fr\n01 23 45 67 89",
            "+33123456789",
        ),
        # A mediator heading that names it, its address between it and its number.
        (
            "FR",
            "Médiateur de la consommation : CM2C\n49 rue X, 75008 Paris\n01 23 45 67 89",
            "+33123456789",
        ),
        ("DE", "Verbraucherschlichtungsstelle, Tel. 030 1234567", "+49301234567"),
        ("ES", "Junta Arbitral de Consumo: tel. 912 345 678", "+34912345678"),
        ("IT", "Organismo di conciliazione: 02 1234567", "+39021234567"),
        ("NL", "De Geschillencommissie, telefoon 020 1234567", "+31201234567"),
        ("PL", "Miejski Rzecznik Konsumentów: 22 123 45 67", "+48221234567"),
        ("PT", "Centro de Arbitragem de Conflitos de Consumo\nTel.: 21 123 4567", "+351211234567"),
        ("GB", "Alternative dispute resolution: 020 7946 0000", "+442079460000"),
        ("GB", "Ombudsman Services\nTel. 020 7946 0000", "+442079460000"),
    ],
)
def test_a_mediator_or_dispute_bodys_line_is_mediator(region: str, text: str, number: str) -> None:
    assert read_phone_roles(text, region) == {number: "mediator"}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        (
            "FR",
            "Ce site est hébergé par h3host\nAdresse : 1 rue X - Tél : 01 23 45 67 89",
            "+33123456789",
        ),
        ("DE", "Webhoster: Web4 GmbH\nMusterweg 1, 10115 Berlin\nTel. 030 1234567", "+49301234567"),
        ("GB", "This site is hosted by Acme Hosting Ltd\nCall 020 7946 0000", "+442079460000"),
        ("ES", "Alojado por Servidores Web SL\nTeléfono: 912 345 678", "+34912345678"),
        ("IT", "Sito ospitato da Web1 Srl\nTel. 02 1234567", "+39021234567"),
        ("NL", "Deze site wordt gehost door Host2 BV\nTel. 020 1234567", "+31201234567"),
        ("PL", "Dostawca hostingu: Serwery SA\ntel. 22 123 45 67", "+48221234567"),
        ("PT", "Site hospedado por Web PT Lda\nTel.: 21 123 4567", "+351211234567"),
    ],
)
def test_the_web_hosts_line_under_its_heading_is_host(region: str, text: str, number: str) -> None:
    assert read_phone_roles(text, region) == {number: "host"}


@pytest.mark.parametrize(
    ("region", "text", "roles"),
    [
        # "pago" alone says how to pay, not that the number is for it.
        (
            "ES",
            "Modalidad de pago: tarjeta. Atención al cliente: 912 345 678",
            {"+34912345678": CS},
        ),
        # The shop's own line next to the mediator's keeps its role.
        (
            "FR",
            "Service client : 01 23 45 67 88\nMédiateur de la consommation : 01 23 45 67 89",
            {"+33123456788": CS, "+33123456789": "mediator"},
        ),
        # Ways to pay listed over the shop's line do not make it a wallet's.
        ("ES", "Formas de pago: Bizum\nTeléfono: 912 345 678", {"+34912345678": CS}),
        ("PT", "Pagamento: MB WAY, Multibanco\nTelefone: 21 123 4567", {"+351211234567": CS}),
        ("PL", "Płatności: BLIK, przelew\ntel. 22 123 45 67", {"+48221234567": CS}),
        # A line that is a phone line and a wallet both is a phone line.
        ("ES", "Teléfono / Bizum: 612 345 678", {"+34612345678": CS}),
        ("PT", "Telemóvel e MB WAY: 912 345 678", {"+351912345678": CS}),
        # A hosting firm's own product heading is no other organisation's.
        ("GB", "Web hosting\nSales and support: 020 7946 0000", {"+442079460000": CS}),
        # A heading with a number in it is no heading: the next line is the shop's.
        (
            "FR",
            "Hébergeur : 01 23 45 67 88\nService client : 01 23 45 67 89",
            {"+33123456788": "host", "+33123456789": CS},
        ),
        (
            "PT",
            "Telefone: 21 123 4566 · MB WAY: 912 345 678",
            {"+351211234566": CS, "+351912345678": "payment"},
        ),
    ],
)
def test_the_shops_own_line_stays_customer_service(
    region: str, text: str, roles: dict[str, str]
) -> None:
    assert read_phone_roles(text, region) == roles


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        # a numbered list of dispute bodies, each spelling out its full name above its number
        (
            "PT",
            "2. RIAC - Regional Centre for Consumer Dispute Information and Arbitration\n"
            "Tel.: 212 345 678",
            "+351212345678",
        ),
        (
            "GB",
            "b) Northern Arbitration Center for Consumer Complaints\nTel: 0161 496 0000",
            "+441614960000",
        ),
        ("DE", "3) Consumer Arbitration Court of the Region\nPhone: 030 1234567", "+49301234567"),
    ],
)
def test_a_numbered_dispute_body_heading_covers_its_number(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: "mediator"}


def test_a_sentence_naming_a_dispute_body_that_ends_in_a_colon_heads_the_list_below() -> None:
    text = (
        "If our reply does not settle your complaint, you may take it to the Energy Ombudsman. "
        "You can reach them:\n- online\n- by phone on 0330 440 1624"
    )
    assert read_phone_roles(text, "GB") == {"+443304401624": "mediator"}


def test_a_statement_naming_an_ombudsman_heads_nothing() -> None:
    text = (
        "We are a member of an approved scheme supervised by the Communications Ombudsman.\n"
        "How to complain\nIf anything goes wrong, tell us first.\nContacting us\n"
        "By phone: 01234 567890"
    )
    assert read_phone_roles(text, "GB") == {"+441234567890": "customer_service"}
