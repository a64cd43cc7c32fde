"""Labels that do not name the line they seem to, one made-up line each in eight languages: a
word for media or communication inside a firm's name or trade is no press office, a label
followed by an extension's marker names that extension, and a fax printed under another
organisation's heading (or after its phone on the line) is that organisation's line."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        (
            "DE",
            "Kanzlei Muster - Anwälte\nfür Urheber- und Medien\nTelefon: 030 1234567",
            "+49301234567",
        ),
        (
            "GB",
            "Acme Partners - solicitors\nfor technology and media\nPhone: 020 7946 0000",
            "+442079460000",
        ),
        ("ES", "Agencia Ejemplo\npublicidad y medios\nTeléfono: 912 345 678", "+34912345678"),
        (
            "FR",
            "Cabinet Exemple - avocats\ndroit des médias\nTél. : 01 23 45 67 89",
            "+33123456789",
        ),
        ("IT", "Studio Esempio - agenzia\nmarketing e media\nTel. 02 1234 5678", "+390212345678"),
        ("NL", "Bureau Voorbeeld\nreclame en media\nTel. 020 123 4567", "+31201234567"),
        ("PL", "Kancelaria Przykład\nprawo autorskie i media\ntel. 22 123 45 67", "+48221234567"),
        ("PT", "Agência Exemplo\npublicidade e mídia\nTelefone: 21 123 4567", "+351211234567"),
        # a bare communication heading over a legal clause is no press office either
        (
            "ES",
            "COMUNICACIÓN\nLos clientes disponen de estos datos de contacto:\n"
            "Teléfono: 912 345 678",
            "+34912345678",
        ),
        (
            "PT",
            "COMUNICAÇÃO\nOs clientes dispõem dos seguintes contactos:\nTelefone: 21 123 4567",
            "+351211234567",
        ),
    ],
)
def test_media_in_a_firms_name_or_a_bare_communication_heading_is_no_press_office(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: CS}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("DE", "Pressestelle\nTelefon: 030 1234567", "+49301234567"),
        ("DE", "Abteilung Kommunikation\nTelefon: 030 1234567", "+49301234567"),
        ("GB", "Media enquiries\nPhone: 020 7946 0000", "+442079460000"),
        ("GB", "Corporate communications\nPhone: 020 7946 0000", "+442079460000"),
        ("ES", "Dirección de comunicación\nTeléfono: 912 345 678", "+34912345678"),
        ("FR", "Service de presse\nTél. : 01 23 45 67 89", "+33123456789"),
        ("IT", "Ufficio stampa\nTel. 02 1234 5678", "+390212345678"),
        ("NL", "Perscontact\nTel. 020 123 4567", "+31201234567"),
        ("PL", "Kontakt dla mediów\ntel. 22 123 45 67", "+48221234567"),
        ("PT", "Direção de comunicação\nTelefone: 21 123 4567", "+351211234567"),
    ],
)
def test_a_press_office_heading_still_heads_its_lines(region: str, text: str, number: str) -> None:
    assert read_phone_roles(text, region) == {number: "press"}


@pytest.mark.parametrize(
    ("region", "text", "numbers"),
    [
        ("PL", "tel. 22 123 45 67, 22 123 45 68, fax w. 108", ("+48221234567", "+48221234568")),
        ("PL", "tel. 22 123 45 67, 22 123 45 68, fax wew. 20", ("+48221234567", "+48221234568")),
        (
            "DE",
            "Telefon 030 1234567, 030 1234568, Fax Durchwahl 20",
            ("+49301234567", "+49301234568"),
        ),
        ("AT", "Tel. 01 234 56 78, 01 234 56 79, Fax DW 20", ("+4312345678", "+4312345679")),
        ("GB", "Tel. 020 7946 0000, 020 7946 0001, fax ext. 5", ("+442079460000", "+442079460001")),
        (
            "FR",
            "Tél. 01 23 45 67 89, 01 23 45 67 80, fax poste 12",
            ("+33123456789", "+33123456780"),
        ),
        (
            "IT",
            "Tel. 02 1234 5678, 02 1234 5679, fax interno 3",
            ("+390212345678", "+390212345679"),
        ),
        ("ES", "Tel. 912 345 678, 912 345 679, fax ext. 5", ("+34912345678", "+34912345679")),
        ("NL", "Tel. 020 123 4567, 020 123 4568, fax toestel 9", ("+31201234567", "+31201234568")),
        ("PT", "Tel. 21 123 4567, 21 123 4568, fax ramal 5", ("+351211234567", "+351211234568")),
    ],
)
def test_a_label_before_an_extension_names_the_extension_not_the_number_before(
    region: str, text: str, numbers: tuple[str, ...]
) -> None:
    assert read_phone_roles(text, region) == dict.fromkeys(numbers, CS)


def test_a_label_after_a_number_without_an_extension_still_names_it() -> None:
    """Guard: "22 123 45 68 (fax)" and "22 123 45 68, fax" with no extension are a fax."""
    assert read_phone_roles("22 123 45 68 (fax)", "PL") == {"+48221234568": "fax"}
    assert read_phone_roles("22 123 45 68 - fax", "PL") == {"+48221234568": "fax"}


@pytest.mark.parametrize(
    ("region", "text", "numbers", "role"),
    [
        (
            "PT",
            "Contactos\nCentro de Arbitragem de Conflitos de Consumo do Norte\n"
            "Rua Nova, 1 4000-100 Porto\nTelefone: 22 123 4567 Fax: 22 123 4568",
            ("+351221234567", "+351221234568"),
            "mediator",
        ),
        (
            "PT",
            "Contactos\nCentro de Arbitragem de Conflitos de Consumo do Norte, Rua Nova 1, Porto, "
            "Telefone: 22 123 4567 Fax: 22 123 4568",
            ("+351221234567", "+351221234568"),
            "mediator",
        ),
        (
            "DE",
            "Kontakt\nAllgemeine Verbraucherschlichtungsstelle\nTelefon: 07851 123450\n"
            "Telefax: 07851 123451",
            ("+497851123450", "+497851123451"),
            "mediator",
        ),
        (
            "GB",
            "Contact\nDispute resolution body\nTel: 020 7946 0000 Fax: 020 7946 0001",
            ("+442079460000", "+442079460001"),
            "mediator",
        ),
        (
            "FR",
            "Contact\nMédiateur de la consommation\nTél. 01 23 45 67 89 Fax 01 23 45 67 80",
            ("+33123456789", "+33123456780"),
            "mediator",
        ),
        (
            "ES",
            "Contacto\nJunta Arbitral de Consumo\nTeléfono 912 345 678 Fax 912 345 679",
            ("+34912345678", "+34912345679"),
            "mediator",
        ),
        (
            "IT",
            "Contatti\nOrganismo di conciliazione\nTel. 02 1234 5678 Fax 02 1234 5679",
            ("+390212345678", "+390212345679"),
            "mediator",
        ),
        (
            "NL",
            "Contact\nGeschillencommissie\nTel. 070 123 4567 Fax 070 123 4568",
            ("+31701234567", "+31701234568"),
            "mediator",
        ),
        (
            "PL",
            "Kontakt\nSąd Polubowny przy Inspekcji Handlowej\ntel. 22 123 45 67, fax 22 123 45 68",
            ("+48221234567", "+48221234568"),
            "mediator",
        ),
        (
            "FR",
            "Contact\nHébergement : Hébergeur Exemple, 2 rue Neuve, Roubaix. Tél. 01 23 45 67 89 "
            "Fax 01 23 45 67 80",
            ("+33123456789", "+33123456780"),
            "host",
        ),
    ],
)
def test_a_fax_under_another_organisations_heading_is_that_organisations_line(
    region: str, text: str, numbers: tuple[str, ...], role: str
) -> None:
    assert read_phone_roles(text, region) == dict.fromkeys(numbers, role)


def test_the_companys_own_fax_stays_a_fax() -> None:
    """Guard: with no other organisation on the page, "Fax" is the company's fax."""
    text = "Kontakt\nMuster GmbH\nTelefon 030 1234567\nFax 030 1234568"
    assert read_phone_roles(text, "DE") == {"+49301234567": CS, "+49301234568": "fax"}
