"""Marks and wording around a number that the reader once misread, one made-up line each in
eight languages: a footnote mark glued to a digit group is no part of the number; digits an
identifier label names are no number when a qualifier ("CODE", "Reg. No"), a bracket explaining
the label or a country's letters stand between them; a web host named sentences earlier no longer
owns a number once a sentence names the company itself or asks to contact it; a heading naming
complaints beside dispute resolution (a process, no outside body) heads the company's own line;
a number whose sentence asks to call for a parcel's redelivery is the carrier's; digits valid only
in a country the page names elsewhere are no number unless their own sentence names it."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("DE", "Telefon: 0800* 123 4567 (*kostenlos aus dem Festnetz)", "+498001234567"),
        ("GB", "Call us: 0800* 123 4567 (*free from UK landlines)", "+448001234567"),
        ("ES", "Teléfono: 900* 123 456 (*llamada gratuita)", "+34900123456"),
        ("FR", "Tél. : 0800¹ 12 34 56 (¹ appel gratuit)", "+33800123456"),
        ("IT", "Telefono: 800† 123 456 († numero verde gratuito)", "+39800123456"),
        ("NL", "Bel ons: 0800* 1234567 (*gratis)", "+318001234567"),
        ("PL", "Infolinia: 800* 123 456 (*bezpłatna)", "+48800123456"),
        ("PT", "Linha de apoio: 800* 123 456 (*chamada gratuita)", "+351800123456"),
        ("AT", "Telefon: 00800* 123 456 78 (*gebührenfrei)", "+80012345678"),
    ],
)
def test_a_footnote_mark_glued_to_a_digit_group_is_read_through(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: CS}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("DE", "Hotline: 01805 123456* 14 ct/Min.", "+491805123456"),
        ("FR", "Tél. 01 23 45 67 89* 7j/7", "+33123456789"),
        ("GB", "Call 0800 123 4567* 24 hours a day", "+448001234567"),
    ],
)
def test_a_footnote_mark_ending_a_complete_number_keeps_it_as_written(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: CS}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("IT", "Codice fiscale e IVA codice: IT 02123456789\nTel. 02 9876 5432", "+390298765432"),
        ("GB", "VAT Reg. No: GB 020 7946 0001\nPhone: 020 7946 0000", "+442079460000"),
        (
            "DE",
            "USt-IdNr. (Umsatzsteuer-Identifikationsnummer): DE 030 1234568\nTel. 030 1234567",
            "+49301234567",
        ),
        (
            "ES",
            "CIF (código de identificación fiscal): 912345679\nTeléfono: 912 345 678",
            "+34912345678",
        ),
        ("FR", "TVA intracom : FR 01 23 45 67 88\nTél. : 01 23 45 67 89", "+33123456789"),
        ("NL", "BTW-nummer (omzetbelasting): NL 020 1234568\nTel. 020 123 4567", "+31201234567"),
        ("PL", "REGON (numer statystyczny): 221234568\ntel. 22 123 45 67", "+48221234567"),
        (
            "PT",
            "NIF (número de identificação fiscal): PT 212345679\nTelefone: 21 234 5678",
            "+351212345678",
        ),
    ],
)
def test_identifier_digits_after_a_qualifier_or_a_bracket_are_no_number(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: CS}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        (
            "FR",
            "Le site est hébergé par Exemple SAS. Le directeur de la publication est Jean Dupont. "
            "Le vendeur peut être joint au 06 12 34 56 78.",
            "+33612345678",
        ),
        (
            "GB",
            "This website is hosted by Example Hosting Ltd. The publisher is Jane Doe. The seller "
            "can be reached on 0113 496 0001.",
            "+441134960001",
        ),
        (
            "DE",
            "Die Website wird gehostet von Beispiel Hosting GmbH. Der Betreiber ist Max Muster und "
            "unter 030 1234567 erreichbar.",
            "+49301234567",
        ),
        (
            "ES",
            "El sitio está alojado por Ejemplo Hosting SL. El titular es Ana Pérez, que puede ser "
            "contactada en el 912 345 678.",
            "+34912345678",
        ),
        (
            "IT",
            "Il sito è ospitato da Esempio Hosting Srl. Il gestore è Mario Rossi, raggiungibile al "
            "numero 02 1234 5678.",
            "+390212345678",
        ),
        (
            "NL",
            "De website wordt gehost door Voorbeeld Hosting BV. De verkoper is Jan Jansen en is "
            "bereikbaar op 030 123 4567.",
            "+31301234567",
        ),
        (
            "PL",
            "Serwis jest hostowany przez firmę Przykład Hosting z Krakowa. Sprzedawcą jest Jan "
            "Kowalski, z którym można się skontaktować pod numerem 12 345 67 89.",
            "+48123456789",
        ),
        (
            "PT",
            "O site é alojado por Exemplo Hosting Lda. O vendedor é João Silva e pode ser "
            "contactado pelo número 21 123 4567.",
            "+351211234567",
        ),
    ],
)
def test_a_sentence_naming_the_company_after_its_hosts_is_the_companys(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: CS}


def test_a_hosts_reachability_without_the_company_named_stays_the_hosts() -> None:
    text = "Hébergé par Exemple SAS, 1 rue de la Paix, Paris. Joignable au 09 70 12 34 56."
    assert read_phone_roles(text, "FR") == {"+33970123456": "host"}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        (
            "GB",
            "Complaints and dispute resolution\nAlternatively by phone 020 7946 0000",
            "+442079460000",
        ),
        ("DE", "Beschwerden und Streitbeilegung\nTelefon: 030 1234567", "+49301234567"),
        (
            "FR",
            "Réclamations et règlement des litiges\nTél. : 01 23 45 67 89",
            "+33123456789",
        ),
        (
            "ES",
            "Reclamaciones y resolución de conflictos\nTeléfono: 912 345 678",
            "+34912345678",
        ),
        (
            "IT",
            "Reclami e risoluzione delle controversie\nTelefono: 02 1234 5678",
            "+390212345678",
        ),
        ("NL", "Klachten en geschillenbeslechting\nTelefoon: 020 123 4567", "+31201234567"),
        (
            "PL",
            "Reklamacje i pozasądowe rozwiązywanie sporów\ntel. 22 123 45 67",
            "+48221234567",
        ),
        (
            "PT",
            "Reclamações e resolução alternativa de litígios\nTelefone: 21 123 4567",
            "+351211234567",
        ),
    ],
)
def test_a_complaints_and_dispute_resolution_heading_heads_the_companys_line(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: CS}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("GB", "Complaints and dispute resolution: 020 7946 0000", "+442079460000"),
        ("DE", "Beschwerden und Streitbeilegung: 030 1234567", "+49301234567"),
        ("FR", "Réclamations et règlement des litiges : 01 23 45 67 89", "+33123456789"),
        ("ES", "Reclamaciones y resolución de conflictos: 912 345 678", "+34912345678"),
        ("IT", "Reclami e risoluzione delle controversie: 02 1234 5678", "+390212345678"),
        ("NL", "Klachten en geschillenbeslechting: 020 123 4567", "+31201234567"),
        ("PL", "Reklamacje i pozasądowe rozwiązywanie sporów: 22 123 45 67", "+48221234567"),
        ("PT", "Reclamações e resolução alternativa de litígios: 21 123 4567", "+351211234567"),
    ],
)
def test_a_complaints_and_dispute_resolution_label_names_the_companys_line(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: CS}


def test_a_complaints_heading_naming_an_outside_body_heads_its_line() -> None:
    text = "Complaints and the Financial Ombudsman\nPhone: 0800 023 4567"
    assert read_phone_roles(text, "GB") == {"+448000234567": "mediator"}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        (
            "GB",
            "If you were out, call 0113 496 0000 to arrange a redelivery of your parcel.",
            "+441134960000",
        ),
        (
            "DE",
            "Waren Sie nicht zu Hause, rufen Sie 030 1234567 an, um eine zweite Zustellung zu "
            "vereinbaren.",
            "+49301234567",
        ),
        (
            "FR",
            "En cas d'absence, appelez le 01 23 45 67 89 pour une nouvelle présentation du colis.",
            "+33123456789",
        ),
        (
            "ES",
            "Si no estaba en casa, llame al 912 345 678 para un segundo intento de entrega.",
            "+34912345678",
        ),
        (
            "IT",
            "Se eri assente, chiama lo 02 1234 5678 per fissare la riconsegna del pacco.",
            "+390212345678",
        ),
        (
            "NL",
            "Was u niet thuis, bel dan (020 123 4567) voor een tweede aanbieding van het pakket.",
            "+31201234567",
        ),
        (
            "PL",
            "Jeśli nie było Cię w domu, zadzwoń pod 22 123 45 67, aby umówić ponowne doręczenie.",
            "+48221234567",
        ),
        (
            "PT",
            "Se não estava em casa, ligue 21 123 4567 para marcar uma nova tentativa de entrega.",
            "+351211234567",
        ),
    ],
)
def test_a_number_to_call_for_a_parcels_redelivery_is_the_carriers(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: "carrier"}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        (
            "GB",
            "We also deliver to Poland.\nPhone: 020 7946 0000\nBatch 12 345 67 89",
            "+442079460000",
        ),
        (
            "DE",
            "Wir liefern auch nach Polen.\nTelefon: 030 1234567\nCharge 12 345 67 89",
            "+49301234567",
        ),
        (
            "ES",
            "Enviamos también a Polonia.\nTeléfono: 912 345 678\nLote 12 345 67 89",
            "+34912345678",
        ),
        (
            "FR",
            "Nous livrons aussi au Royaume-Uni.\nTél. : 01 23 45 67 89\nLot 020 7946 0000",
            "+33123456789",
        ),
        (
            "IT",
            "Spediamo anche in Polonia.\nTel. 02 1234 5678\nLotto 12 345 67 89",
            "+390212345678",
        ),
        ("NL", "Wij leveren ook in Polen.\nTel. 020 123 4567\nPartij 12 345 67 89", "+31201234567"),
        ("PL", "Wysyłamy też do Niemiec.\ntel. 22 123 45 67\nPartia 030 1234567", "+48221234567"),
        (
            "PT",
            "Enviamos também para a Polónia.\nTelefone: 21 123 4567\nLote 12 345 67 89",
            "+351211234567",
        ),
    ],
)
def test_digits_valid_only_in_a_country_named_elsewhere_are_no_number(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: CS}


def test_a_number_whose_sentence_names_its_country_is_read_there() -> None:
    text = "Wir liefern auch nach Polen.\nTelefon: 030 1234567\nKunden in Polen: 12 345 67 89"
    assert read_phone_roles(text, "DE") == {"+49301234567": CS, "+48123456789": CS}
    text = "Polen\n12 345 67 89"
    assert read_phone_roles(text, "DE") == {"+48123456789": CS}
    # a heading line of its own names it for the labelled number under it
    assert read_phone_roles("Belgique\nTél. 02 512 34 56", "FR") == {"+3225123456": CS}
    assert read_phone_roles("Service client\nTél. 02 512 34 56\nEnvoi en Belgique", "FR") == {}


@pytest.mark.parametrize(
    ("region", "text"),
    [("ES", "NIF/CIF: ES-912345678"), ("AT", "UID-Nr.: ATU 0800123456")],
)
def test_a_country_code_with_a_hyphen_or_austrias_atu_is_part_of_the_identifier(
    region: str, text: str
) -> None:
    assert read_phone_roles(text, region) == {}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("DE", "Bestellung (Telefon): 030 1234567", "+49301234567"),
        ("FR", "Commande (du lundi au vendredi) : 01 23 45 67 89", "+33123456789"),
    ],
)
def test_a_bracket_that_explains_no_identifier_leaves_the_line(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: CS}
