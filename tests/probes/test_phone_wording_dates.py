"""More wording families around phone numbers, one made-up line each: approval and veterinary
register numbers, dates and opening-hour ranges are no numbers; a web host named earlier in the
line, a line ending in a colon that names fax, and a consumer arbitration centre's heading say
whose line a number is; digits an identifier label names are no number anywhere on the page; a
department's own hotline is the department's line."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("region", "text"),
    [
        ("PL", "Gospodarstwo wpisane do rejestru pod nr weterynaryjnym 141234567."),
        ("PL", "Weterynaryjny numer identyfikacyjny: 141234567"),
        ("DE", "Veterinärkontrollnummer: 030 1234567"),
        ("AT", "Zulassungsnummer 0662 123456"),
        ("FR", "Numéro d'agrément sanitaire : 01 23 45 67 89"),
        ("GB", "EC approval number: 020 7946 0000"),
        ("GB", "Veterinary approval no. 020 7946 0000"),
        ("IT", "Numero di riconoscimento veterinario 02 1234 5678"),
        ("ES", "Número de registro sanitario: 912 345 678"),
        ("NL", "EG-erkenningsnummer: 020 123 4567"),
        ("PT", "Número de controlo veterinário 211 234 567"),
    ],
)
def test_an_approval_or_veterinary_register_number_is_no_phone_number(
    region: str, text: str
) -> None:
    assert read_phone_roles(text, region) == {}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        ("IT", "Ai sensi del D. Lgs. 02.03.2004 n. 12, tel. 02 1234 5678", "+390212345678"),
        ("IT", "Decreto del 06-09-2005, tel. 02 1234 5678", "+390212345678"),
        ("DE", "Stand: 03.02.2023, Telefon 030 1234567", "+49301234567"),
        # opening hours: a range of two times
        ("IT", "Sportello 09.00 - 12.00, tel. 02 1234 5678", "+390212345678"),
        ("IT", "Sportello 09.00-12.00, tel. 02 1234 5678", "+390212345678"),
        ("NL", "Open 09.00 - 17.30, telefoon 020 123 4567", "+31201234567"),
    ],
)
def test_a_date_or_a_range_of_times_is_no_phone_number(region: str, text: str, number: str) -> None:
    assert read_phone_roles(text, region) == {number: CS}


def test_a_real_number_in_date_like_groups_is_still_read() -> None:
    """Guard: "02.34.5678" has no valid month, "040 12 34-56" no year."""
    assert read_phone_roles("Tel. 02.34.5678", "IT") == {"+3902345678": CS}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        (
            "FR",
            "Le site est hébergé par Exemple SAS, 1 rue de la Paix, 75002 Paris. Société par "
            "actions simplifiée au capital de 10000 euros, n° de téléphone : 09 70 12 34 56",
            "+33970123456",
        ),
        (
            "GB",
            "This website is hosted by Example Hosting Ltd, 1 High Street, Leeds. A private "
            "limited company, telephone: 0113 496 0000",
            "+441134960000",
        ),
        (
            "DE",
            "Die Website wird gehostet von Beispiel Hosting GmbH, Musterweg 1, 10115 Berlin. "
            "Gesellschaft mit beschränkter Haftung, Telefon: 030 1234567",
            "+49301234567",
        ),
        (
            "ES",
            "El sitio está alojado por Ejemplo Hosting SL, Calle Mayor 1, Madrid. Sociedad "
            "limitada, teléfono: 912 345 678",
            "+34912345678",
        ),
        (
            "IT",
            "Il sito è ospitato da Esempio Hosting Srl, Via Roma 1, Milano. Società a "
            "responsabilità limitata, telefono: 02 1234 5678",
            "+390212345678",
        ),
        (
            "NL",
            "De website wordt gehost door Voorbeeld Hosting BV, Dorpsstraat 1, Utrecht. Besloten "
            "vennootschap, telefoon: 030 123 4567",
            "+31301234567",
        ),
        (
            "PL",
            "Serwis jest hostowany przez Przykład Hosting Sp. z o.o., ul. Polna 1, Kraków. Spółka "
            "z ograniczoną odpowiedzialnością, tel. 12 345 67 89",
            "+48123456789",
        ),
        (
            "PT",
            "O site é alojado por Exemplo Hosting Lda, Rua Direita 1, Lisboa. Sociedade por "
            "quotas, telefone: 21 123 4567",
            "+351211234567",
        ),
    ],
)
def test_a_host_named_earlier_in_the_line_keeps_its_number(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: "host"}


def test_a_label_after_the_host_gives_the_number_its_own_role() -> None:
    """Guard: a customer-service label between the host and the number is the company's line."""
    text = (
        "Le site est hébergé par Exemple SAS, 1 rue de la Paix, 75002 Paris. Pour toute "
        "question sur une commande, notre service client au 09 70 12 34 56"
    )
    assert read_phone_roles(text, "FR") == {"+33970123456": CS}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        (
            "DE",
            "2. Per Telefax:\nAnträge per Telefax sind unter folgender Nummer zulässig:\n"
            "030 1234567",
            "+49301234567",
        ),
        (
            "FR",
            "Vous pouvez envoyer vos demandes par fax au numéro suivant :\n01 23 45 67 89",
            "+33123456789",
        ),
        (
            "GB",
            "Written requests may also be sent by fax to the following number:\n020 7946 0000",
            "+442079460000",
        ),
    ],
)
def test_a_line_ending_in_a_colon_that_names_fax_labels_the_next_number(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: "fax"}


def test_a_colon_line_naming_phone_and_fax_labels_no_fax() -> None:
    text = "Sie erreichen uns telefonisch oder per Fax unter:\n030 1234567"
    assert read_phone_roles(text, "DE") == {"+49301234567": CS}


@pytest.mark.parametrize(
    ("region", "heading", "number"),
    [
        ("PT", "Centro de Informação de Consumo e Arbitragem do Exemplo", "+351225501234"),
        (
            "PT",
            "Centro de Informação, Mediação e Arbitragem de Consumo (Tribunal Arbitral) Exemplo",
            "+351225501234",
        ),
        # a letterhead under another line is a listed body, not the page's owner
        ("PT", "CIEX – Centro de Informação, Mediação e Arbitragem de Consumo", "+351225501234"),
        ("FR", "Centre d'arbitrage de la consommation de Exemple", "+33123456789"),
        ("IT", "Camera di commercio, servizio di arbitrato dei consumatori", "+390212345678"),
        ("ES", "Centro de Arbitraje de Consumo de Ejemplo", "+34912345678"),
        ("NL", "Arbitrage-instituut Voorbeeld", "+31201234567"),
        ("PL", "Sąd Arbitrażowy przy Przykładowej Izbie", "+48123456789"),
        ("GB", "Consumer Arbitration Centre of Example", "+442079460000"),
    ],
)
def test_a_consumer_arbitration_centres_heading_is_a_dispute_body(
    region: str, heading: str, number: str
) -> None:
    text = f"Entidades de resolução de litígios\n{heading}\nTel: {number}"
    assert read_phone_roles(text, region) == {number: "mediator"}


def test_an_arbitration_centres_own_page_keeps_its_line() -> None:
    """Guard: its letterhead (acronym, dash, name) opening the page is the page's owner."""
    text = (
        "CIEX – Centro de Informação, Mediação e Arbitragem de Consumo\n"
        "Rua Direita 1, Braga\nTelef.: +351 253 000 001"
    )
    assert read_phone_roles(text, "PT") == {"+351253000001": CS}


@pytest.mark.parametrize(
    ("region", "text", "number"),
    [
        # the on-duty service named before the number
        ("NL", "Huisartsenpost Voorbeeld: 020 123 4567", "+31201234567"),
        ("DE", "Zahnärztlicher Notdienst: 030 1234567", "+49301234567"),
        ("FR", "Pharmacie de garde : 01 23 45 67 89", "+33123456789"),
        ("IT", "Guardia medica: 02 1234 5678", "+390212345678"),
        ("ES", "Farmacia de guardia: 912 345 678", "+34912345678"),
        ("PT", "Farmácia de serviço: 21 123 4567", "+351211234567"),
        ("PL", "Nocna i świąteczna opieka zdrowotna: tel. 22 123 45 67", "+48221234567"),
        ("GB", "Out-of-hours service: 020 7946 0000", "+442079460000"),
        # the sentence after the number says it tells who is on duty
        (
            "NL",
            "Buiten kantooruren kunt u bellen met 020 123 4567. Zij vertellen u welke tandarts "
            "dienst heeft.",
            "+31201234567",
        ),
        (
            "DE",
            "Am Wochenende wählen Sie 030 1234567. Dort erfahren Sie, welche Praxis Notdienst hat.",
            "+49301234567",
        ),
        (
            "FR",
            "Le week-end, appelez le 01 23 45 67 89, qui vous dira quel dentiste est de garde.",
            "+33123456789",
        ),
        (
            "IT",
            "Nei giorni festivi chiamate lo 02 1234 5678 per sapere quale farmacia è di turno.",
            "+390212345678",
        ),
        (
            "GB",
            "At weekends ring 020 7946 0000. They will tell you which dentist is on duty.",
            "+442079460000",
        ),
    ],
)
def test_an_on_duty_or_out_of_hours_service_is_another_organisation(
    region: str, text: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: "emergency"}


@pytest.mark.parametrize(
    ("region", "text"),
    [
        # a firm's own emergency line ("Notdienst" alone), and a number whose next sentence is
        # about something else
        ("DE", "24h-Notdienst: 030 1234567"),
        ("NL", "Bel ons op 020 123 4567. Wij helpen u graag verder."),
        # who is on duty said only after another number
        ("GB", "Call 020 7946 0000, or 020 7946 0001 to learn which dentist is on duty."),
    ],
)
def test_a_companys_own_emergency_line_stays_a_customer_line(region: str, text: str) -> None:
    assert CS in read_phone_roles(text, region).values()


@pytest.mark.parametrize(
    ("region", "text", "phone"),
    [
        (
            "IT",
            "Rossi srl, VAT number 06123456789, tel +39 089 212345.\n"
            "Tax ID for VAT purposes: 06123456789",
            "+39089212345",
        ),
        (
            "FR",
            "SIRET 01 23 45 67 89, téléphone 04 91 00 00 00.\n"
            "Référence de l'entreprise : 01 23 45 67 89",
            "+33491000000",
        ),
        ("DE", "USt-IdNr. 0301234567\nTel. 0711 123456\nUnsere Kennung 0301234567", "+49711123456"),
    ],
)
def test_digits_an_identifier_label_names_are_no_number_anywhere_on_the_page(
    region: str, text: str, phone: str
) -> None:
    assert read_phone_roles(text, region) == {phone: CS}


def test_a_number_labelled_a_phone_line_stays_one_though_the_same_digits_are_an_identifier() -> (
    None
):
    text = "Steuernummer 0301234567\nHotline: 030 1234567"
    assert read_phone_roles(text, "DE") == {"+49301234567": CS}


@pytest.mark.parametrize(
    ("region", "text", "role"),
    [
        ("NL", "Sales Hotline 036-1234567 info@example.nl", "sales"),
        ("DE", "Presse-Hotline: 030 1234567", "press"),
        ("GB", "Press hotline 020 7946 0000", "press"),
        # a department beside customer service, not naming its line: customer service
        ("GB", "Sales & Customer Service: 020 7946 0000", CS),
    ],
)
def test_a_departments_own_hotline_is_the_departments_line(
    region: str, text: str, role: str
) -> None:
    assert set(read_phone_roles(text, region).values()) == {role}
