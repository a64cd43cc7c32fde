"""Wording the eleventh unseen phone batch taught, one made-up line or record each (no text
copied from its pages): "Cod. Fiscale" names an identifier; a web agency credited for building or
running the site is its host; a shop's list of its resellers holds other companies' lines."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


def test_cod_fiscale_names_an_identifier_not_a_line() -> None:
    text = "Esempio S.r.l. - P.IVA e Cod. Fiscale 01234560789 - Tel/Fax 0422 123456"
    assert read_phone_roles(text, "IT") == {"+390422123456": CS}


@pytest.mark.parametrize(
    "credit",
    ["Sviluppo e gestione tecnica del sito", "Il nostro sito è stato realizzato da:"],
)
def test_web_agency_credited_for_the_site_is_its_host(credit: str) -> None:
    text = "\n".join(
        [
            "Telefono: 02 1234 5678",
            credit,
            "Esempio Web S.r.l.",
            "Via Roma 1, 00100 Roma",
            "Email: info@esempio.it",
            "Tel: +39 0961 123456",
        ]
    )
    assert read_phone_roles(text, "IT") == {"+390212345678": CS, "+390961123456": "host"}


def _reseller_list(heading: str, phone_word: str) -> str:
    """A shop's own line, then a heading over three made-up resellers grouped by region."""
    return "\n".join(
        [
            "Our shop",
            f"{phone_word} 010 45 67 89",
            heading,
            "North",
            "EXAMPLE DELI",
            "1 Example Street",
            f"{phone_word} 081 11 22 33",
            "Open Monday to Saturday.",
            "South",
            "SAMPLE FINE FOODS",
            "2 Sample Road",
            f"{phone_word} 04 344 55 66",
            "TEST GROCER",
            "3 Test Lane",
            "Closed on Sundays",
            f"{phone_word} 061 77 88 99",
        ]
    )


@pytest.mark.parametrize(
    ("heading", "phone_word"),
    [
        ("Retrouvez aussi nos biscuits dans ces points de vente partenaires", "Tél :"),
        ("Unsere Verkaufsstellen", "Tel.:"),
        ("I nostri rivenditori", "Tel."),
        ("Puntos de venta", "Tel."),
        ("Verkooppunten", "Tel."),
        ("Punkty sprzedaży", "tel."),
        ("Pontos de venda", "Tel."),
        ("Our stockists", "Tel:"),
    ],
)
def test_a_list_of_resellers_holds_other_companies_lines(heading: str, phone_word: str) -> None:
    roles = read_phone_roles(_reseller_list(heading, phone_word), "BE")
    assert roles == {
        "+3210456789": CS,
        "+3281112233": "reseller",
        "+3243445566": "reseller",
        "+3261778899": "reseller",
    }


def test_a_transport_company_naming_its_own_trade_first_keeps_its_lines() -> None:
    text = "\n".join(
        [
            "Empresa de transporte Ejemplo Rápido S.A.C.",
            "Carga y encomiendas entre Arequipa y Puno",
            "Teléfonos: 987 654 321 / 987 654 322",
        ]
    )
    assert read_phone_roles(text, "PE") == {"+51987654321": CS, "+51987654322": CS}


def test_a_carrier_heading_lower_on_the_page_still_gives_its_line() -> None:
    text = "\n".join(
        ["Tienda Ejemplo", "Tel. 912 34 56 78", "Empresa de transporte", "Tel. 902 12 34 56"]
    )
    assert read_phone_roles(text, "ES") == {"+34912345678": CS, "+34902123456": "carrier"}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("DE", "0800 123 45 67    Störungsdienst Strom (Beispiel Netz GmbH)", "+498001234567"),
        ("FR", "01 23 45 67 89   dépannage électricité (gestionnaire de réseau)", "+33123456789"),
        ("NL", "020 123 4567   storingen stroom (uw netbeheerder)", "+31201234567"),
        ("GB", "020 7946 0002   power cuts (your distribution network operator)", "+442079460002"),
    ],
)
def test_a_grid_operator_named_after_a_fault_line_owns_it(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: "grid_operator"}


def test_a_fault_line_naming_no_other_company_stays_the_suppliers() -> None:
    text = "0800 123 45 67    Störungsdienst Gasnetz (rund um die Uhr)"
    assert read_phone_roles(text, "DE") == {"+498001234567": CS}


def test_a_company_named_under_a_fault_line_owns_it_by_the_kind_its_name_says() -> None:
    text = "\n".join(
        [
            "Beispielwerke Musterstadt GmbH",
            "Störungsnummern",
            "Wasser 0800 111 22 33",
            "Beispielwerke Musterstadt GmbH",
            "Strom 0800 444 55 66",
            "musterNETZ GmbH",
            "Fernwärme 07631 123456",
            "Nahwärme Musterstadt GmbH",
        ]
    )
    assert read_phone_roles(text, "DE") == {
        "+498001112233": CS,
        "+498004445566": "grid_operator",
        "+497631123456": "heat_supplier",
    }


@pytest.mark.parametrize(
    ("region", "text", "number", "role"),
    [
        ("FR", "Électricité 09 70 00 00 01\nExemple Réseau SAS", "+33970000001", "grid_operator"),
        ("NL", "Storing 088 123 4567\nVoorbeeld Netbeheer B.V.", "+31881234567", "grid_operator"),
        ("IT", "Calore 0461 123456\nEsempio Calore S.r.l.", "+390461123456", "heat_supplier"),
        ("DE", "Zentrale 030 1234 5678\nBeispiel Handel GmbH", "+493012345678", CS),
    ],
)
def test_a_name_line_under_a_number_in_other_languages(
    region: str, text: str, number: str, role: str
) -> None:
    assert read_phone_roles(f"Esempio Fornitore SE\n{text}", region)[number] == role


@pytest.mark.parametrize(
    "text",
    [
        "Example Heating Ltd\n(0113) 496 0000\nExample Heating Ltd.",
        "Example Heating & Gas Ltd\n(0113) 496 0000\n© Example Heating and Gas, Ltd",
    ],
)
def test_the_companys_own_name_written_another_way_is_still_its_own(text: str) -> None:
    # review 31: a final dot, a comma, "&" for "and" or a copyright sign made the company's own
    # name under its number another (heat) company's
    assert read_phone_roles(text, "GB") == {"+441134960000": CS}


def test_another_heat_company_named_under_a_number_is_still_theirs() -> None:
    text = "Example Ltd\n(0113) 496 0000\nExample Heating Ltd"
    assert read_phone_roles(text, "GB") == {"+441134960000": "heat_supplier"}


def test_a_hyphenated_grid_operators_name_is_still_its_kind() -> None:
    # review 32: normalising a name's punctuation must keep the hyphen of "E-Distribuzione"
    text = "Esempio Energia S.p.A.\nSegnalazione guasti: 800 123 456\nE-Distribuzione S.p.A."
    assert read_phone_roles(text, "IT") == {"+39800123456": "grid_operator"}
