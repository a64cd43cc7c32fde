"""Wording the ninth unseen phone batch taught, one made-up line or record each in eight
languages (no text copied from its pages): a manufacturer's or brand's own line is another
organisation's (`manufacturer`), as is a travel firm's insolvency insurer (`insurer`); an "or"
glued to a number's end is read through; a line opening with a host label owns its numbers, and a
heading naming a web host covers the host's whole record; accommodation is no web hosting; a short
line naming only fax labels the next line's number; long compound identifier labels and
postcodes with a country's letters are no numbers; numbers written back to back are read each."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        (
            "IT",
            "Assistenza per marchio\nMarca Uno,\nPer problemi tecnici contattare il Customer"
            " Service Marca Uno al numero 02 1234 5678",
            "+390212345678",
        ),
        (
            "GB",
            "Support lines by brand\nBrand One,\nFor technical problems call Brand One's"
            " Customer Service on 020 7946 0000",
            "+442079460000",
        ),
        (
            "DE",
            "Service-Hotlines je Hersteller\nMarke Eins,\nBei technischen Problemen erreichen Sie"
            " den Kundenservice von Marke Eins unter 030 1234567",
            "+49301234567",
        ),
        (
            "FR",
            "SAV par marque\nMarque Un,\nPour un problème technique, contactez le service client"
            " Marque Un au 01 23 45 67 89",
            "+33123456789",
        ),
        (
            "ES",
            "Servicio técnico por marca\nMarca Uno,\nPara problemas técnicos llame al servicio de"
            " atención al cliente de Marca Uno: 912 345 678",
            "+34912345678",
        ),
        (
            "NL",
            "Service per merk\nMerk Een,\nBij technische problemen belt u de klantenservice van"
            " Merk Een: 020 123 4567",
            "+31201234567",
        ),
        (
            "PL",
            "Serwis według marki\nMarka Jeden,\nW razie problemów technicznych prosimy dzwonić"
            " do obsługi klienta Marka Jeden: 22 123 45 67",
            "+48221234567",
        ),
        (
            "PT",
            "Assistência por marca\nMarca Um,\nEm caso de problema técnico contacte o apoio ao"
            " cliente da Marca Um: 212 345 678",
            "+351212345678",
        ),
    ],
)
def test_a_list_of_brands_lines_gives_the_manufacturers_lines(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: "manufacturer"}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        (
            "GB",
            "For warranty repairs call the manufacturer's hotline: 020 7946 0000",
            "+442079460000",
        ),
        ("DE", "Garantiefälle: Hotline des Herstellers 030 1234567", "+49301234567"),
        ("FR", "Garantie : service client du fabricant au 01 23 45 67 89", "+33123456789"),
        ("ES", "Garantía: servicio técnico del fabricante 912 345 678", "+34912345678"),
        ("IT", "Garanzia: assistenza del produttore 02 1234 5678", "+390212345678"),
        ("NL", "Garantie: klantenservice van de fabrikant 020 123 4567", "+31201234567"),
        ("PL", "Gwarancja: infolinia producenta 22 123 45 67", "+48221234567"),
        ("PT", "Garantia: apoio ao cliente do fabricante 212 345 678", "+351212345678"),
    ],
)
def test_a_manufacturers_own_support_line_is_the_manufacturers(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: "manufacturer"}


def test_a_brands_fax_in_a_list_of_brands_lines_stays_a_fax() -> None:
    text = (
        "Assistenza per marchio\nMarca Uno,\nRichiedere l'autorizzazione via fax 02 1234 5679.\n"
        "Per supporto tecnico contattare il Call-Center:\nTel. 02 1234 5678"
    )
    assert read_phone_roles(text, "IT") == {"+390212345679": "fax", "+390212345678": "manufacturer"}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("ES", "Puede llamar al teléfono 612345678o escribir un correo.", "+34612345678"),
        ("GB", "Call us on 07912345678or write to us.", "+447912345678"),
        ("FR", "Appelez le 0612345678ou écrivez-nous.", "+33612345678"),
        ("DE", "Rufen Sie 015123456789oder schreiben Sie uns.", "+4915123456789"),
        ("IT", "Chiamate il 3123456789o scriveteci.", "+393123456789"),
        ("NL", "Bel 0612345678of mail ons.", "+31612345678"),
        ("PL", "Prosimy dzwonić 512345678lub pisać.", "+48512345678"),
        ("PT", "Ligue 912345678ou escreva-nos.", "+351912345678"),
    ],
)
def test_an_or_glued_to_a_numbers_end_is_read_through(region: str, text: str, number: str) -> None:
    assert read_phone_roles(text, region) == {number: CS}


@pytest.mark.parametrize(
    ("region", "text", "host"),
    [
        (
            "FR",
            "Hébergeur : Exemple SA, au capital de 100 000 €, immatriculée sous le numéro"
            " CHE-123.456.789, 1 rue de la Gare, 1200 Genève Numéro de téléphone : 01 23 45 67 89",
            "+33123456789",
        ),
        (
            "GB",
            "Hosting: Example Ltd, company number 01234567, share capital £100,000, 1 High"
            " Street, London Telephone number: 020 7946 0000",
            "+442079460000",
        ),
        (
            "DE",
            "Hoster: Beispiel GmbH, Handelsregisternummer 1234567, Stammkapital 100 000 €,"
            " Musterweg 1, Berlin Telefonnummer: 030 1234567",
            "+49301234567",
        ),
        (
            "ES",
            "Hosting: Ejemplo S.L., CIF B12345678, capital social 100 000 €, Calle Mayor 1,"
            " Madrid Teléfono: 912 345 678",
            "+34912345678",
        ),
        (
            "IT",
            "Hosting provider: Esempio S.r.l., P.IVA 01234567890, capitale 100 000 €, Via Roma"
            " 1, Milano Telefono: 02 1234 5678",
            "+390212345678",
        ),
        (
            "NL",
            "Webhosting: Voorbeeld B.V., KvK-nummer 12345678, kapitaal 100 000 €, Dorpsstraat"
            " 1, Amsterdam Telefoonnummer: 020 123 4567",
            "+31201234567",
        ),
        (
            "PL",
            "Dostawca hostingu: Przykład sp. z o.o., NIP 1234567890, kapitał 100 000 zł, ul."
            " Prosta 1, Warszawa Telefon: 22 123 45 67",
            "+48221234567",
        ),
        (
            "PT",
            "Hosting: Exemplo Lda., NIPC 501234567, capital social 100 000 €, Rua Direita 1,"
            " Lisboa Telefone: 212 345 678",
            "+351212345678",
        ),
    ],
)
def test_a_line_opening_with_a_host_label_owns_its_numbers(
    region: str, text: str, host: str
) -> None:
    assert read_phone_roles(text, region) == {host: "host"}


_RECORD = (
    "Name: Example Host\nAddress: 1 Example Street\nReg. 12345\nVAT ID: XX12345\nEmail: a@b.test\n"
)


@pytest.mark.parametrize(
    ("region", "heading", "line", "number"),
    [
        ("FR", "La société d'hébergement web :", "Téléphone : 01 23 45 67 89", "+33123456789"),
        ("GB", "The hosting company:", "Telephone: 020 7946 0000", "+442079460000"),
        ("DE", "Der Hosting-Anbieter:", "Telefon: 030 1234567", "+49301234567"),
        ("ES", "Empresa de alojamiento web:", "Teléfono: 912 345 678", "+34912345678"),
        ("IT", "Società di hosting:", "Telefono: 02 1234 5678", "+390212345678"),
        ("NL", "Het hostingbedrijf:", "Telefoon: 020 123 4567", "+31201234567"),
        ("PL", "Firma hostingowa:", "Telefon: 22 123 45 67", "+48221234567"),
        ("PT", "Empresa de alojamento web:", "Telefone: 212 345 678", "+351212345678"),
    ],
)
def test_a_heading_naming_a_web_host_covers_its_whole_record(
    region: str, heading: str, line: str, number: str
) -> None:
    assert read_phone_roles(f"{heading}\n{_RECORD}{line}", region) == {number: "host"}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("FR", "Réservation d'hébergement ou d'emplacement\nTél. : 04 12 34 56 78", "+33412345678"),
        ("ES", "Reserva de alojamiento o parcela\nTeléfono: 912 345 678", "+34912345678"),
        ("IT", "Prenotazione di alloggio o piazzola\nTelefono: 02 1234 5678", "+390212345678"),
        ("GB", "Booking accommodation or a pitch\nPhone: 020 7946 0000", "+442079460000"),
        (
            "DE",
            "Buchung einer Unterkunft oder eines Stellplatzes\nTel. 030 1234567",
            "+49301234567",
        ),
        ("NL", "Reservering van accommodatie of plaats\nTel. 020 123 4567", "+31201234567"),
        ("PL", "Rezerwacja zakwaterowania lub miejsca\nTel. 22 123 45 67", "+48221234567"),
        ("PT", "Reserva de alojamento ou lugar\nTelefone: 212 345 678", "+351212345678"),
    ],
)
def test_accommodation_is_no_web_hosting(region: str, text: str, number: str) -> None:
    assert read_phone_roles(text, region) == {number: CS}


@pytest.mark.parametrize(
    ("region", "label", "number"),
    [
        ("FR", "Numéro de fax alternatif", "+33123456780"),
        ("GB", "Alternative fax number", "+442079460001"),
        ("DE", "Alternative Faxnummer", "+49301234568"),
        ("ES", "Número de fax alternativo", "+34912345679"),
        ("IT", "Numero di fax alternativo", "+390212345679"),
        ("NL", "Alternatief faxnummer", "+31201234568"),
        ("PL", "Alternatywny numer faksu", "+48221234568"),
        ("PT", "Número de fax alternativo", "+351212345679"),
    ],
)
def test_a_short_line_naming_only_fax_labels_the_next_lines_number(
    region: str, label: str, number: str
) -> None:
    import phonenumbers

    written = phonenumbers.format_number(
        phonenumbers.parse(number), phonenumbers.PhoneNumberFormat.NATIONAL
    )
    assert read_phone_roles(f"{label}\n{written}", region) == {number: "fax"}


@pytest.mark.parametrize(
    ("region", "text"),
    [
        ("LU", "eingetragen unter der Mehrwertsteueridentifikationsnummer LU 26123456, sowie"),
        ("LU", "unter der Handelsregisternummer LU 22123456 eingetragen"),
        ("LU", "Briefadresse: 1 rue de la Gare, L-2612 Luxembourg"),
        ("LU", "Postadresse: Hauptstraße 1, L-2345 Luxemburg"),
        ("NL", "ingeschreven onder registratienummer 0201234567"),
        ("CH", "Adresse: Bahnhofstrasse 1, CH-8001 Zürich"),
    ],
)
def test_compound_identifier_labels_and_lettered_postcodes_are_no_numbers(
    region: str, text: str
) -> None:
    assert read_phone_roles(text, region) == {}


@pytest.mark.parametrize(
    ("region", "text", "numbers"),
    [
        (
            "PL",
            "512 345 678 512 345 679 512 345 670\npn-pt 9.00-17.00",
            ["+48512345678", "+48512345679", "+48512345670"],
        ),
        (
            "ES",
            "612 345 678 612 345 679 612 345 670",
            ["+34612345678", "+34612345679", "+34612345670"],
        ),
        (
            "PT",
            "912 345 678 912 345 679 912 345 670",
            ["+351912345678", "+351912345679", "+351912345670"],
        ),
        (
            "FR",
            "06 12 34 56 78 06 12 34 56 79 06 12 34 56 70",
            ["+33612345678", "+33612345679", "+33612345670"],
        ),
    ],
)
def test_numbers_written_back_to_back_are_read_each(
    region: str, text: str, numbers: list[str]
) -> None:
    assert read_phone_roles(text, region) == dict.fromkeys(numbers, CS)


def test_a_long_digit_run_that_splits_into_no_valid_numbers_stays_unread() -> None:
    assert read_phone_roles("Konto 12 3456 7890 1234 5678 9012 3456", "PL") == {}


@pytest.mark.parametrize("region", ["PL", "ES", "PT", "FR"])
def test_a_digit_run_opening_with_an_international_prefix_alone_is_no_crash(region: str) -> None:
    """ "00" alone cannot be parsed at all (an international prefix with nothing after it)."""
    assert read_phone_roles("Ref. 00 11 22 33 44 55", region) == {}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        (
            "DE",
            "Unser Kundengeldabsicherer:\n"
            "Beispiel Versicherung AG, Musterweg 1, 65189 Wiesbaden, Tel. 0611 1234567",
            "+496111234567",
        ),
        (
            "GB",
            "Our insolvency insurer:\n"
            "Example Insurance plc, 1 High Street, London, Tel. 020 7946 0000",
            "+442079460000",
        ),
        (
            "FR",
            "Garant financier :\n"
            "Exemple Assurances SA, 1 rue de la Paix, Paris, tél. 01 23 45 67 89",
            "+33123456789",
        ),
        (
            "ES",
            "Garantía de insolvencia:\n"
            "Ejemplo Seguros S.A., Calle Mayor 1, Madrid, tel. 912 345 678",
            "+34912345678",
        ),
        (
            "IT",
            "Fondo di garanzia:\n"
            "Esempio Assicurazioni S.p.A., Via Roma 1, Milano, tel. 02 1234 5678",
            "+390212345678",
        ),
        (
            "NL",
            "Onze insolventieverzekeraar:\n"
            "Voorbeeld Verzekeringen N.V., Dorpsstraat 1, Utrecht, tel. 020 123 4567",
            "+31201234567",
        ),
        (
            "PL",
            "Gwarancja ubezpieczeniowa:\n"
            "Przykład Ubezpieczenia S.A., ul. Prosta 1, Warszawa, tel. 22 123 45 67",
            "+48221234567",
        ),
        (
            "PT",
            "Garantia financeira:\nExemplo Seguros S.A., Rua Direita 1, Lisboa, tel. 212 345 678",
            "+351212345678",
        ),
    ],
)
def test_a_travel_firms_insolvency_insurer_is_another_organisation(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: "insurer"}


@pytest.mark.parametrize(
    ("region", "text", "number", "role"),
    [
        (
            "GB",
            "For advice on which package suits you best, call our sales line on\n"
            "0800 123 4567. Thank you.",
            "+448001234567",
            "sales",
        ),
        (
            "DE",
            "Für eine Beratung zu Ihrem Paket erreichen Sie unseren Vertrieb unter\n"
            "030 1234567. Vielen Dank.",
            "+49301234567",
            "sales",
        ),
    ],
)
def test_a_sentence_running_on_to_a_number_gives_it_its_labels_role(
    region: str, text: str, number: str, role: str
) -> None:
    assert read_phone_roles(text, region) == {number: role}


@pytest.mark.parametrize(
    ("region", "text"),
    [
        ("FR", "Société anonyme au capital de 100 000 EUR"),
        ("NL", "Besloten vennootschap met een kapitaal van 100 000 EUR"),
        ("CH", "Aktiengesellschaft mit einem Kapital von 100 000 CHF"),
    ],
)
def test_a_currency_code_after_an_amount_is_no_vanity_number(region: str, text: str) -> None:
    assert read_phone_roles(text, region) == {}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("IT", "Acme è un marchio registrato di Acme Srl. Tel. 02 1234 5678", "+390212345678"),
        ("DE", "Wir sind Hersteller von Möbeln. Tel. 030 1234567", "+49301234567"),
        ("FR", "Bureau au 2e étage, tél. 01 23 45 67 89", "+33123456789"),
        ("GB", "We are a manufacturer of furniture. Call 020 7946 0000", "+442079460000"),
        ("ES", "Somos fabricantes de muebles. Teléfono 912 345 678", "+34912345678"),
    ],
)
def test_a_company_naming_its_own_brand_or_trade_keeps_its_line(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: CS}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("FR", "Votre assureur vous répond au 01 23 45 67 89", "+33123456789"),
        ("NL", "Als verzekeraar helpen wij u graag: 020 123 4567", "+31201234567"),
        ("PT", "A seguradora atende pelo 212 345 678", "+351212345678"),
        ("PL", "Jako ubezpieczyciel odpowiadamy pod numerem 22 123 45 67", "+48221234567"),
    ],
)
def test_an_insurers_own_customer_line_stays_its_line(region: str, text: str, number: str) -> None:
    assert read_phone_roles(text, region) == {number: CS}


@pytest.mark.parametrize(
    ("region", "text", "brand", "own"),
    [
        (
            "IT",
            "Assistenza per marchio\nMarca Uno,\nCustomer Service Marca Uno: 02 1234 5678\n"
            "Per i resi contattaci al numero 02 8765 4321",
            "+390212345678",
            "+390287654321",
        ),
        (
            "GB",
            "Support lines by brand\nBrand One,\nBrand One customer service: 020 7946 0000\n"
            "For returns, contact us on 020 7946 0001",
            "+442079460000",
            "+442079460001",
        ),
        (
            "DE",
            "Service-Hotlines je Hersteller\nMarke Eins,\nKundenservice Marke Eins: 030 1234567\n"
            "Für Rücksendungen erreichen Sie uns unter 030 7654321",
            "+49301234567",
            "+49307654321",
        ),
    ],
)
def test_the_companys_own_line_after_a_list_of_brands_lines_stays_its_own(
    region: str, text: str, brand: str, own: str
) -> None:
    assert read_phone_roles(text, region) == {brand: "manufacturer", own: CS}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        (
            "FR",
            "La société d'hébergement web :\nExemple SAS\n1 rue de la Paix\n"
            "Directeur de la publication : Jean Dupont\nTéléphone : 01 23 45 67 89",
            "+33123456789",
        ),
        (
            "GB",
            "The hosting company:\nExample Ltd\n1 High Street\nThe publisher: Jane Doe\n"
            "Telephone: 020 7946 0000",
            "+442079460000",
        ),
        (
            "DE",
            "Der Hosting-Anbieter:\nBeispiel GmbH\nMusterweg 1\nHerausgeber: Max Muster\n"
            "Telefon: 030 1234567",
            "+49301234567",
        ),
    ],
)
def test_a_line_naming_the_company_itself_ends_a_hosts_record(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: CS}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        (
            "GB",
            "Our sales team will gladly advise you on the package that suits you best.\n"
            "0800 123 4567",
            "+448001234567",
        ),
        (
            "DE",
            "Unser Vertrieb berät Sie gerne zu dem Paket, das am besten zu Ihnen passt.\n"
            "030 1234567",
            "+49301234567",
        ),
    ],
)
def test_an_ended_sentence_naming_a_department_gives_the_next_line_nothing(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: CS}
