"""Wording the tenth unseen phone batch taught, one made-up line or record each (no text copied
from its pages): financial regulators, ombudsmen and complaints bodies, payment providers and
web-design credits are other organisations, by kind, in eight languages; a line naming the
organisation of its heading again keeps its record open; the last sentence of a long paragraph
ending in a colon heads the lines under it; a number after another organisation's number in the
same sentence ("on 0800 ... or 0300 ...") is that organisation's too."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("region", "text", "number", "role"),
    [
        (
            "GB",
            "You can check our permissions with the FCA on 0800 111 0000.",
            "+448001110000",
            "authority",
        ),
        (
            "GB",
            "The Regulator\nExample House, 1 Example Street, London\nTelephone: 020 7946 0001",
            "+442079460001",
            "authority",
        ),
        (
            "DE",
            "BaFin\nBeispielstraße 1, 53117 Bonn\nTelefon: 0228 4108 0000",
            "+4922841080000",
            "authority",
        ),
        (
            "FR",
            "Autorité des marchés financiers\n1 rue Exemple, 75002 Paris\nTél. : 01 53 45 00 00",
            "+33153450000",
            "authority",
        ),
        (
            "IT",
            "Consob\nVia Esempio 3, 00198 Roma\nTel. 06 8477 0000",
            "+390684770000",
            "authority",
        ),
        (
            "ES",
            "Superintendencia Financiera\nCalle Ejemplo 7, Madrid\nTeléfono: 913 00 00 00",
            "+34913000000",
            "authority",
        ),
        (
            "PL",
            "Komisja Nadzoru Finansowego\nul. Przykładowa 1, 00-549 Warszawa\ntel. 22 262 00 00",
            "+48222620000",
            "authority",
        ),
        (
            "PT",
            "Banco de Portugal\nRua Exemplo 1, Lisboa\nTelefone: 213 130 000",
            "+351213130000",
            "authority",
        ),
        (
            "NL",
            "Kifid\nPostbus 1, 2500 AA Den Haag\nTelefoon: 070 333 8999",
            "+31703338999",
            "mediator",
        ),
        (
            "GB",
            "If you are not satisfied you can call the FOS on 0800 023 0000.",
            "+448000230000",
            "mediator",
        ),
        (
            "CH",
            "Fragen zur Rechnung richten Sie bitte an Cembra Pay unter 044 000 00 00.",
            "+41440000000",
            "payment",
        ),
        ("DE", "Kauf auf Rechnung über Klarna: 0221 669 00000", "+4922166900000", "payment"),
        (
            "FR",
            "Réalisé par Agence Exemple, 2 rue Test, 80000 Amiens, tél. 03 22 00 00 00",
            "+33322000000",
            "host",
        ),
        (
            "DE",
            "Webdesign: Beispiel Design GmbH, Musterweg 2, 10115 Berlin, Tel. 030 1234 5600",
            "+493012345600",
            "host",
        ),
    ],
)
def test_another_organisation_by_kind(region: str, text: str, number: str, role: str) -> None:
    assert read_phone_roles(f"Tel. 012 345 6789 (us)\n{text}", region).get(number) == role


def test_a_line_naming_the_heading_organisation_again_keeps_its_record() -> None:
    text = (
        "Contact the Example Ombudsman Service\n"
        "Write to: Example Ombudsman Service, 1 Example Street, London. E1 1AA.\n"
        "Call: 0800 023 4568 calls are normally free.\n"
        "0300 123 9124 calls are charged at the national rate."
    )
    roles = read_phone_roles(text, "GB")
    assert roles == {"+448000234568": "mediator", "+443001239124": "mediator"}


def test_a_line_naming_other_words_of_the_kind_closes_the_record() -> None:
    text = (
        "Schlichtung\n"
        "Online-Streitbeilegung: die Plattform der Kommission finden Sie online.\n"
        "Kontaktieren Sie uns, Tel.: 030 1234 5678"
    )
    assert read_phone_roles(text, "DE") == {"+493012345678": CS}


def test_the_last_sentence_of_a_long_paragraph_ending_in_a_colon_heads_the_lines() -> None:
    text = (
        "We will try to settle it. If we cannot, you may take it further: you may be able to"
        " refer the matter to the Example Ombudsman Service (FOS) within six months of our"
        " answer. The FOS offers a free and independent service for settling disagreements,"
        " and you may contact the FOS by:\n"
        "Calling their consumer helpline at 0800 023 4568 (free) or 0300 123 9124 (mobiles)"
    )
    roles = read_phone_roles(text, "GB")
    assert roles == {"+448000234568": "mediator", "+443001239124": "mediator"}


def test_a_number_after_another_organisations_number_in_its_sentence_is_its_own() -> None:
    text = (
        "Our details are on the register, or by calling the FCA on 0800"
        " 111 0000 or 0300 500 0000 (from within the UK) or +44 20 7000 0000 (from abroad)."
        " Our own line: 020 7946 0002"
    )
    roles = read_phone_roles(text, "GB")
    assert roles == {
        "+448001110000": "authority",
        "+443005000000": "authority",
        "+442070000000": "authority",
        "+442079460002": CS,
    }


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("IT", "Rossi S.r.l., C.F. e P.I.V.A. 01234567890, Via Roma 1, Milano", "+3901234567890"),
        (
            "IT",
            "Cod. Fisc. e Part. I.V.A. : 02961234832 - email: info@example.it",
            "+3902961234832",
        ),
        ("PL", "GPS: 50.1234567, 16.7654321", "+48501234567"),
        ("PL", "GPS: 50.1234567, 16.7654321", "+48167654321"),
    ],
)
def test_identifier_labels_and_pairs_are_no_numbers(region: str, text: str, number: str) -> None:
    assert number not in read_phone_roles(f"Tel. 012 345 6789\n{text}", region)


@pytest.mark.parametrize(
    ("region", "text", "roles"),
    [
        (
            "DE",
            "Tel.: 030 1234 5600, Fax: 030 1234 5601 oder 030 7654 3210, E-Mail: a@example.de",
            {"+493012345600": CS, "+493012345601": "fax", "+493076543210": "fax"},
        ),
        (
            "IT",
            "Esempio s.r.l. Via Roma 1 10100 Torino t. +39.011.123.45.67 f. +39.011.765.43.21",
            {"+390111234567": CS, "+390117654321": "fax"},
        ),
        ("ES", "TF/FAX: 928.00.11.22", {"+34928001122": CS}),
    ],
)
def test_fax_and_line_wording(region: str, text: str, roles: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == roles


def test_a_phone_and_fax_pair_under_a_web_agency_heading_is_the_agencys() -> None:
    text = (
        "Tél. : 01 23 45 67 89\n"
        "Conception du site Internet\n"
        "Graphisme\n"
        "Agence Exemple - 1 rue du Test - 60000 Beauvais\n"
        "Tél. & fax : 03 44 00 00 00"
    )
    assert read_phone_roles(text, "FR") == {"+33123456789": CS, "+33344000000": "host"}


@pytest.mark.parametrize(
    ("region", "text", "role"),
    [
        (
            "CO",
            "Para más información sobre sus derechos, visite https://www.ejemplo.gov.co o"
            " llame al 01 8000 910000.",
            "authority",
        ),
        ("GB", "Visit https://www.example.gov.uk/rights or call us on 01 8000 910000.", CS),
        ("FR", "Plus d'infos sur www.exemple.gouv.fr. Appelez le 01 8000 910000.", CS),
    ],
)
def test_a_public_bodys_web_address_in_the_sentence_makes_its_line(
    region: str, text: str, role: str
) -> None:
    roles = read_phone_roles(text.replace("01 8000 910000", _NUMBERS[region][0]), region)
    assert roles == {_NUMBERS[region][1]: role}


_NUMBERS = {
    "CO": ("01 8000 910000", "+5718000910000"),
    "GB": ("020 7946 0000", "+442079460000"),
    "FR": ("01 23 45 67 89", "+33123456789"),
}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("FR", "Teléfono: +33 (00)2 98 55 12 34 (llamada local)", "+33298551234"),
        ("BE", "Service 0032 2 511 00 11 9h-17h Contactez-nous", "+3225110011"),
        ("FR", "Appelez le 01 23 45 67 89 8h30-18h", "+33123456789"),
    ],
)
def test_a_doubled_trunk_or_a_glued_hour_still_reads_the_number(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: CS}


def test_a_number_wrapped_after_its_bracketed_area_code_is_read_whole() -> None:
    text = "Questions? Just call our support team at (888)\n354-0000 and we will help."
    assert read_phone_roles(text, "US") == {"+18883540000": CS}


def test_an_office_heading_two_lines_up_names_the_country_of_its_number() -> None:
    text = (
        "Head office: 12 Example Road, Port Talbot, Wales SA12 1AA. Tel: 01639 000000\n"
        "Example Chemicals USA\n"
        "100 Example Parkway, Suite 10, Salt Lake City, UT 84000\n"
        "Tel: 801 885 0000"
    )
    assert read_phone_roles(text, "GB") == {"+441639000000": CS, "+18018850000": CS}


def test_an_office_heading_over_an_ended_sentence_names_no_country() -> None:
    text = "Example Chemicals USA\nWe also ship to all other countries.\nTel: 801 885 0000"
    assert "+18018850000" not in read_phone_roles(text, "GB")
