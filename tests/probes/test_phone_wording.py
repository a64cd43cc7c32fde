"""Wording families unseen pages use around phone numbers, one made-up line each, in the eight
languages: whose line a number is when the words near it name the site's makers, a public
authority, the company's suppliers or its resellers, and which numbers are identifiers."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("GB", "Website designed by Pixel Works Ltd, tel. 020 7946 0000", "+442079460000"),
        ("DE", "Webagentur\nBeispiel Digital GmbH\nTelefon: 030 1234567", "+49301234567"),
        (
            "FR",
            "2. Hébergement\nLe site est hébergé par Exemple SAS. Téléphone : 09 70 12 34 56",
            "+33970123456",
        ),
        (
            "FR",
            "Agence web Exemple\nSiège social\n2 rue de la Paix\nTél : 03 21 12 34 56",
            "+33321123456",
        ),
        ("ES", "Diseño y desarrollo web: Ejemplo Estudio, teléfono 912 345 678", "+34912345678"),
        ("IT", "Realizzazione sito web\nEsempio Web Srl\nTel. 02 1234 5678", "+390212345678"),
        ("NL", "Website gemaakt door Voorbeeld Webbureau, telefoon 020 123 4567", "+31201234567"),
        ("PL", "Projekt i realizacja strony: Przykład Studio, tel. 22 123 45 67", "+48221234567"),
        ("PT", "Alojamento do site: Exemplo Hosting, Lda., telefone 21 123 4567", "+351211234567"),
    ],
)
def test_the_sites_makers_and_host_are_another_organisation(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: "host"}


@pytest.mark.parametrize(
    ("region", "text"),
    [
        (
            "BE",
            "ingeschreven in de Kruispuntbank van Ondernemingen onder het nummer BE 0461.038.624",
        ),
        ("BE", "inscrite à la Banque-Carrefour des Entreprises sous le numéro 0461.038.624"),
        ("BE", "KBO-nummer 0461.038.624"),
        ("BE", "Numéro d'entreprise : 0461.038.624"),
        ("BE", "BCE 0461.038.624"),
        ("BE", "Unternehmensnummer 0461.038.624"),
        # no label: the register's 4.3.3 groups, or "BE" before it, and its check digits
        ("NL", "Voorbeeld BVBA - BE 0461.038.624 - Leliestraat 39"),
        ("BE", "Voorbeeld BVBA, 0461.038.624, Dilbeek"),
    ],
)
def test_a_belgian_enterprise_number_is_no_phone_number(region: str, text: str) -> None:
    assert read_phone_roles(text, region) == {}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        # named in the sentence before its bare phone word
        (
            "ES",
            "Agencia Española de Protección de Datos, C/ Ejemplo 6, 28001 Madrid, "
            "teléfono 901 100 099",
            "+34901100099",
        ),
        ("FR", "CNIL, 3 place de l'Exemple, 75007 Paris, tél. : 01 53 73 22 22", "+33153732222"),
        (
            "PL",
            "Prezes Urzędu Ochrony Danych Osobowych, ul. Przykładowa 2, 00-193 Warszawa, "
            "tel. 22 531 03 00",
            "+48225310300",
        ),
        ("PT", "Comissão Nacional de Proteção de Dados (CNPD), tel. 213 928 400", "+351213928400"),
        # a heading naming it, then its switchboard or a bare phone word
        (
            "IT",
            "Reclami:\nGarante per la protezione dei dati personali\n"
            "Piazza Esempio 11, 00187 Roma\nCentralino: +39 06 696771",
            "+3906696771",
        ),
        (
            "DE",
            "Zuständig ist:\nLandesbeauftragte für Datenschutz Musterland\nPostfach 20 04 44\n"
            "Telefonzentrale: +49 (0)211 / 38424 - 0",
            "+49211384240",
        ),
        ("NL", "Klachten:\nAutoriteit Persoonsgegevens\nTelefoon: 088 1805 250", "+31881805250"),
        (
            "GB",
            "You can complain to the regulator:\nInformation Commissioner's Office\n"
            "Helpline: 0303 123 1113",
            "+443031231113",
        ),
    ],
)
def test_a_public_authority_is_another_organisation(region: str, text: str, number: str) -> None:
    assert read_phone_roles(text, region) == {number: "authority"}


@pytest.mark.parametrize(
    ("region", "text", "roles"),
    [
        # the authority opening the page is the page's owner (its own contact page)
        (
            "PL",
            "Urząd Ochrony Danych Osobowych\nul. Stawki 2, 00-193 Warszawa\nTel.: +48 22 531 03 00",
            {"+48225310300": CS},
        ),
        # the company's own customer-service line under a host's heading stays the company's
        (
            "FR",
            "Hébergement du site : Exemple SAS\nService client : 01 23 45 67 89",
            {"+33123456789": CS},
        ),
        # a sentence that ended before the phone word
        (
            "DE",
            "Wir nehmen an keinem Verfahren einer Schlichtungsstelle teil. Telefon: 030 1234567",
            {"+49301234567": CS},
        ),
        # a payment wallet counts on its own line only
        ("ES", "Aceptamos Bizum y tarjeta, teléfono 600 123 456", {"+34600123456": CS}),
    ],
)
def test_organisation_rules_leave_the_companys_own_lines(
    region: str, text: str, roles: dict[str, str]
) -> None:
    """Guards (the reader before these rules read them right too): the rules above take no
    line of the company's own."""
    assert read_phone_roles(text, region) == roles


@pytest.mark.parametrize(
    ("region", "text", "role"),
    [
        ("GB", "Suppliers: 020 7946 0000", "purchasing"),
        ("DE", "Einkauf / Lieferanten: 030 1234567", "purchasing"),
        ("FR", "Fournisseurs : 01 23 45 67 89", "purchasing"),
        ("ES", "Proveedores: 912 345 678", "purchasing"),
        ("IT", "Ufficio acquisti: 02 1234 5678", "purchasing"),
        ("NL", "Leveranciers: 020 123 4567", "purchasing"),
        ("PL", "Dla dostawców: 22 123 45 67", "purchasing"),
        ("PT", "Fornecedores: 21 123 4567", "purchasing"),
        ("GB", "Become a reseller: 020 7946 0000", "sales"),
        ("DE", "Händleranfragen: 030 1234567", "sales"),
        ("FR", "Devenir revendeur : 01 23 45 67 89", "sales"),
        ("ES", "Distribuidores: 912 345 678", "sales"),
        ("IT", "Area rivenditori: 02 1234 5678", "sales"),
        ("NL", "Wederverkopers: 020 123 4567", "sales"),
        ("PL", "Dla dystrybutorów: 22 123 45 67", "sales"),
        ("PT", "Revendedores: 21 123 4567", "sales"),
    ],
)
def test_suppliers_and_resellers_lines_are_departments(region: str, text: str, role: str) -> None:
    assert list(read_phone_roles(text, region).values()) == [role]


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("DE", "Kunden aus Österreich: 0800 123 456", "+43800123456"),
        ("FR", "Depuis l'étranger : +33 1 23 45 67 89", "+33123456789"),
        (
            "DE",
            "Hotline: 01805 123456 (0,14 €/Min. aus dem dt. Festnetz, Mobilfunk max. 0,42 €/Min.)",
            "+491805123456",
        ),
        (
            "FR",
            "Service client : 08 92 68 01 23 (service 0,80 €/appel + prix appel)",
            "+33892680123",
        ),
        ("IT", "Numero verde 800 123 456 (lun-ven 9-18)", "+39800123456"),
        ("GB", "Call us on 020 7946 0000 or write to us at 1 High Street, London", "+442079460000"),
        ("IT", "Centralino: 02 1234 5678", "+390212345678"),
        ("ES", "Centralita: 912 345 678", "+34912345678"),
        ("FR", "Standard : 01 23 45 67 89", "+33123456789"),
    ],
)
def test_lines_for_customers_abroad_tariffs_hours_and_switchboards_are_customer_lines(
    region: str, text: str, number: str
) -> None:
    """Guards, one per wording family the conventions make a customer's line: a number for
    another country's customers or from abroad, a premium-rate note, opening hours beside the
    number, a number in a sentence, the headquarters' switchboard."""
    assert read_phone_roles(text, region) == {number: CS}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("GB", "For delivery queries please contact Royal Mail on 0345 774 0740", "+443457740740"),
        ("DE", "DHL Kundenservice: 0228 4333112", "+492284333112"),
        ("FR", "Pour la livraison, contactez Colissimo au 09 69 39 13 13", "+33969391313"),
        ("ES", "Para incidencias con la entrega llame a SEUR: 902 101 010", "+34902101010"),
        ("IT", "Per la spedizione contattare il corriere al numero 011 397 3111", "+390113973111"),
        ("NL", "Vragen over de bezorging? Bel PostNL: 088 868 6161", "+31888686161"),
        (
            "PL",
            "W sprawie doręczenia prosimy o kontakt z firmą kurierską: 22 123 45 67",
            "+48221234567",
        ),
        (
            "PT",
            "Para questões sobre a entrega contacte a transportadora: 21 123 4567",
            "+351211234567",
        ),
    ],
)
def test_a_carriers_line_is_another_organisation(region: str, text: str, number: str) -> None:
    assert read_phone_roles(text, region) == {number: "carrier"}


def test_a_number_in_register_shape_whose_check_fails_stays_a_phone_number() -> None:
    """Guard: "0461.038.625" fails the enterprise number's check, so it is a mobile."""
    assert read_phone_roles("Tel. 0461.038.625", "BE") == {"+32461038625": CS}


@pytest.mark.parametrize(
    ("region", "text", "number", "role"),
    [
        (
            "NL",
            "Stichting Geschillencommissies voor Consumentenzaken, telefoon 070 310 53 10",
            "+31703105310",
            "mediator",
        ),
        (
            "PT",
            "Centro de Informação de Consumo (Tribunal Arbitral de Consumo), tel. 253 617 604",
            "+351253617604",
            "mediator",
        ),
        ("ES", "Colegio Arbitral de Consumo, teléfono 912 345 678", "+34912345678", "mediator"),
        ("DE", "Schiedsstelle für Verbraucher, Telefon 030 1234567", "+49301234567", "mediator"),
        ("GB", "Citizens Advice consumer helpline: 0808 223 1133", "+448082231133", "authority"),
        ("DE", "Verbraucherzentrale Musterland, Telefon 089 1234567", "+49891234567", "authority"),
        (
            "FR",
            "DGCCRF, 59 boulevard Exemple, 75013 Paris, tél. 01 40 04 04 04",
            "+33140040404",
            "authority",
        ),
        ("ES", "OMIC del Ayuntamiento, teléfono 912 345 678", "+34912345678", "authority"),
        ("IT", "AGCM, Piazza Esempio 6/a, 00198 Roma, tel. 06 858211", "+3906858211", "authority"),
        ("NL", "ConsuWijzer: 088 070 70 70", "+31880707070", "authority"),
        (
            "PL",
            "UOKiK, pl. Przykładowa 1, 00-950 Warszawa, tel. 22 55 60 800",
            "+48225560800",
            "authority",
        ),
        ("PT", "Direção-Geral do Consumidor, tel. 21 356 46 00", "+351213564600", "authority"),
    ],
)
def test_consumer_dispute_bodies_and_consumer_authorities_are_other_organisations(
    region: str, text: str, number: str, role: str
) -> None:
    assert read_phone_roles(text, region) == {number: role}


@pytest.mark.parametrize(
    ("region", "text", "roles"),
    [
        # a sentence that ended after the carrier's name (a capital after the full stop)
        ("DE", "Wir versenden mit DHL. Telefon: 030 1234567", {"+49301234567": CS}),
        # an address abbreviation ends no sentence
        (
            "PT",
            "Centro de Arbitragem de Conflitos de Consumo de Lisboa, Rua Dr. Eduardo Neves 9, "
            "1050-077 Lisboa, telefone 21 880 70 30",
            {"+351218807030": "mediator"},
        ),
        # buying from the shop is no purchasing department
        ("DE", "Fragen zu Ihrem Einkauf? Telefon 030 1234567", {"+49301234567": CS}),
    ],
)
def test_where_a_sentence_ends_and_which_words_name_no_department(
    region: str, text: str, roles: dict[str, str]
) -> None:
    assert read_phone_roles(text, region) == roles


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("PL", "Klienci z Niemiec: 030 1234567", "+49301234567"),
        ("NL", "Klanten in Duitsland: 030 1234567", "+49301234567"),
        ("ES", "Clientes de Reino Unido: 020 7946 0000", "+442079460000"),
        ("IT", "Clienti dalla Spagna: 912 345 678", "+34912345678"),
        ("PT", "Para clientes em Espanha: 912 345 678", "+34912345678"),
        ("DE", "Kunden in Belgien: 02 512 34 56", "+3225123456"),
        ("FR", "Clients en Suisse :\n044 123 45 67", "+41441234567"),
        ("GB", "Customers in Germany: 0800 1234567", "+498001234567"),
    ],
)
def test_a_number_for_another_countrys_customers_is_read_in_that_countrys_format(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: CS}


def test_each_line_of_a_dach_footer_is_read_for_its_own_country() -> None:
    text = "Hotline Deutschland: 0800 1234567 · Österreich: 0800 123 456 · Schweiz: 0800 123 456"
    assert set(read_phone_roles(text, "DE")) == {"+498001234567", "+43800123456", "+41800123456"}


def test_a_country_of_an_ended_sentence_does_not_change_the_format() -> None:
    """Guard: shipping to Switzerland said in one sentence; the German line in the next."""
    text = "Lieferung auch nach Österreich und in die Schweiz. Telefon: 030 1234567"
    assert read_phone_roles(text, "DE") == {"+49301234567": CS}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        (
            "DE",
            "Zuständige Kammer: Rechtsanwaltskammer Musterstadt, Tel. 030 3069310",
            "+49303069310",
        ),
        ("FR", "Ordre des avocats de Paris, 11 place Exemple, tél. 01 44 32 48 48", "+33144324848"),
        ("ES", "Colegio de Abogados de Madrid, teléfono 914 350 000", "+34914350000"),
        ("IT", "Ordine degli Avvocati di Milano, tel. 02 549 2921", "+39025492921"),
        ("NL", "Nederlandse Orde van Advocaten, telefoon 070 335 35 35", "+31703353535"),
        ("PL", "Okręgowa Izba Radców Prawnych w Warszawie, tel. 22 123 45 67", "+48221234567"),
        ("PT", "Ordem dos Advogados, tel. 21 882 35 50", "+351218823550"),
        (
            "GB",
            "Regulated by the Solicitors Regulation Authority, tel. 0370 606 2555",
            "+443706062555",
        ),
    ],
)
def test_a_professional_chamber_or_regulator_is_an_authority(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: "authority"}


@pytest.mark.parametrize(
    ("region", "text"),
    [
        ("DE", "Sendungsverfolgung unter www.dhl.de, bei Fragen Telefon 030 1234567"),
        ("GB", "You can order on our website by phone: 020 7946 0000"),
        ("NL", "Bestel via de website door te bellen naar 020 123 4567"),
    ],
)
def test_a_web_address_or_a_phrase_is_no_organisations_label(region: str, text: str) -> None:
    """Guards for the words above: a carrier's web address, "website by phone", "website door
    te bellen" leave the shop's own line."""
    assert list(read_phone_roles(text, region).values()) == [CS]


@pytest.mark.parametrize(
    ("region", "text", "number", "role"),
    [
        (
            "FR",
            "Médiation : CM2C, 14 rue Exemple, 75017 Paris, tél. 01 89 47 00 14",
            "+33189470014",
            "mediator",
        ),
        ("ES", "Mediación: Asociación Ejemplo, teléfono 912 345 678", "+34912345678", "mediator"),
        ("IT", "Mediazione: Organismo Esempio, tel. 02 1234 5678", "+390212345678", "mediator"),
        (
            "DE",
            "Schlichtung: Beispiel-Schlichtungsverein, Telefon 030 1234567",
            "+49301234567",
            "mediator",
        ),
        (
            "PL",
            "Można zwrócić się do Miejskiego Rzecznika Konsumentów, tel. 22 443 12 34",
            "+48224431234",
            "mediator",
        ),
        (
            "PL",
            "Skargę można wnieść do Prezesa Urzędu Ochrony Danych Osobowych, ul. Stawki 2, "
            "00-193 Warszawa, tel. 22 531 03 00",
            "+48225310300",
            "authority",
        ),
        ("PL", "Dział hurtowy: tel. 22 123 45 68", "+48221234568", "sales"),
        ("NL", "Groothandel: 020 123 4568", "+31201234568", "sales"),
    ],
)
def test_mediation_inflected_polish_bodies_and_wholesale_lines(
    region: str, text: str, number: str, role: str
) -> None:
    assert read_phone_roles(text, region) == {number: role}


@pytest.mark.parametrize(
    ("region", "text"),
    [
        ("IT", "Spedizione con BRT o Poste Italiane, assistenza clienti: 02 1234 5678"),
        ("DE", "Versand mit DHL Express, Kundenservice: 030 1234567"),
    ],
)
def test_a_carrier_listed_before_the_shops_service_line_leaves_it_the_shops(
    region: str, text: str
) -> None:
    """Guards: only a carrier's name joined to the service word ("DHL Kundenservice") makes it
    the carrier's line."""
    assert list(read_phone_roles(text, region).values()) == [CS]
