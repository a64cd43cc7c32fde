"""Wording the thirty-first unseen phone batch taught, one made-up page each (no text copied
from its pages): a sales department named from its head word, then what it sells in the
genitive ("Dział Sprzedaży Części"); a label read only before a colon ("Księgowość:",
"Buchhaltung:") on a line of its own over a line of only a phone word and the number; a word
in the e-mail address a dispute body's record gives ("email geral@...") is no label after its
name; a whole local number after a slash sharing the area code in brackets of the first ("(16)
98149-7115 / 3333-7608"); a letter O typed for a French trunk 0 ("O2 47 ..."). Review 43
withdrew the data protection officer named in the sentence before a bare phone word (it took
the company's own line beside it) and narrowed the rest; review 44 narrowed it again (a verb
after the department, the company's own record under a colon label, hours after a slash, a
letter O after any word). Their counter-examples are the guards below."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles

CS = "customer_service"


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("Jan Kowalski\nDział Sprzedaży Części\nTel. 601 200 300", "PL", {"+48601200300": "sales"}),
        (
            "Dział Sprzedaży Maszyn Rolniczych\ntel. 22 610 20 30\n"
            "Biuro obsługi klienta: 22 610 20 31",
            "PL",
            {"+48226102030": "sales", "+48226102031": CS},
        ),
        ("Księgowość:\ntel. 22 610 20 30", "PL", {"+48226102030": "accounting"}),
        ("Buchhaltung:\nTel. 030 1234567", "DE", {"+49301234567": "accounting"}),
        ("Comptabilité :\nTél. 01 45 67 89 10", "FR", {"+33145678910": "accounting"}),
        ("Contabilidad:\n+34 910 000 000", "ES", {"+34910000000": "accounting"}),
        (
            "Centro de Arbitragem de Conflitos de Consumo do Porto, email geral@example.pt; "
            "telefone 225 508 349",
            "PT",
            {"+351225508349": "mediator"},
        ),
        ("10 Place de la Gare, 37000 Tours\nO2 47 12 34 56", "FR", {"+33247123456": CS}),
        (
            "Atendimento: (16) 98149-7115 / 3333-7608",
            "BR",
            {"+5516981497115": CS, "+551633337608": CS},
        ),
        (
            "Tel.: (21) 2222-3333 / 99876-5432",
            "BR",
            {"+552122223333": CS, "+5521998765432": CS},
        ),
    ],
)
def test_round31_wording_is_read(text: str, region: str, expected: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == expected


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # a department joined to a second one, or offered to customers, heads no department
        ("Dział Sprzedaży i Serwisu\nTel. 22 610 20 30", "PL", {"+48226102030": CS}),
        ("Dział sprzedaży dla klientów:\nTel. 22 123 45 67", "PL", {"+48221234567": CS}),
        # the bare genitive trade stays no department (review 42)
        ("Księgowość\ntel. 22 610 20 30", "PL", {"+48226102030": CS}),
        # the officer's sentence has ended before the company's own line
        (
            "Inspektor ochrony danych: iod@example.pl. Biuro obsługi klienta: 22 610 20 30",
            "PL",
            {"+48226102030": CS},
        ),
        (
            "Our data protection officer can be reached at dpo@example.co.uk. For orders, call "
            "020 7946 0000.",
            "GB",
            {"+442079460000": CS},
        ),
        # the company's own e-mail and number after the body's sentence ended
        (
            "Centro de Arbitragem de Conflitos de Consumo do Porto, telefone 225 508 349. "
            "Contacte-nos: geral@loja.pt, 225 508 300",
            "PT",
            {"+351225508349": "mediator", "+351225508300": CS},
        ),
        # the last digits written again keep their own rule
        ("(11) 4963-8844 / 7109", "BR", {"+551149638844": CS, "+551149637109": CS}),
        ("Atendimento: (16) 98149-7115 / 3333-76", "BR", {"+5516981497115": CS}),
    ],
)
def test_round31_rules_reach_no_further(text: str, region: str, expected: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == expected


@pytest.mark.parametrize(
    ("text", "region", "numbers"),
    [
        (
            "Kontakt\nW sprawach związanych z danymi osobowymi można skontaktować się z "
            "inspektorem ochrony danych lub z naszym Biurem Obsługi Klienta pod numerem "
            "telefonu: 22 123 45 67",
            "PL",
            1,
        ),
        (
            "Kontakt\nW celu skontaktowania się z inspektorem ochrony danych lub działem "
            "obsługi klienta prosimy dzwonić pod numer telefonu 22 123 45 67.",
            "PL",
            1,
        ),
        (
            "Kontakt\nW sprawie zamówień, reklamacji oraz kontaktu z inspektorem ochrony "
            "danych prosimy dzwonić: 22 123 45 67",
            "PL",
            1,
        ),
        (
            "Contact\nYou can reach our Data Protection Officer by email at dpo@shop.co.uk. "
            "For all other questions call 020 7946 0123.",
            "GB",
            1,
        ),
        (
            "Contact\nOur data protection officer can be reached at dpo@shop.co.uk, and our "
            "friendly team by phone on 020 7946 0123.",
            "GB",
            1,
        ),
        (
            "Impressum\nMusterShop GmbH\nDatenschutzbeauftragter: datenschutz@shop.de. Für "
            "alle anderen Anliegen: Telefon 030 1234567",
            "DE",
            1,
        ),
        (
            "Kontakt\nUnseren Datenschutzbeauftragten erreichen Sie per E-Mail an "
            "datenschutz@shop.de, alle anderen Anfragen per Telefon 030 1234567.",
            "DE",
            1,
        ),
        (
            "Fale conosco\nDúvidas sobre pedidos, trocas ou sobre seus dados? Fale com nosso "
            "Encarregado de Dados ou ligue (11) 3333-4444.",
            "BR",
            1,
        ),
        (
            "Fale conosco\nPara falar com o encarregado de dados (DPO) ou com nosso "
            "atendimento, ligue (11) 3333-4444.",
            "BR",
            1,
        ),
        (
            "Impressum\nWebdesign:\nPixelwerk, www.pixelwerk.de\n\nMusterShop GmbH\n"
            "Musterstraße 1, 10115 Berlin\nTelefon: 030 1234567",
            "DE",
            1,
        ),
        (
            "Impressum\nFotografie:\nAnna Muster\n\nMusterShop GmbH\nTelefon: 030 1234567",
            "DE",
            1,
        ),
        (
            "Impressum\nFotografie:\nAnna Muster\nMusterShop GmbH\nTel.: 089 1234567",
            "DE",
            1,
        ),
        (
            "Impressum\nMusterShop GmbH\nMusterstraße 1, 10115 Berlin\nHosting:\nMusterShop "
            "GmbH\nTelefon: 030 1234567\nE-Mail: info@mustershop.de",
            "DE",
            1,
        ),
        (
            "Impressum\nWebdesign:\nMusterShop GmbH selbst\n\nTelefon: 030 1234567",
            "DE",
            1,
        ),
        (
            "Impressum\nVerantwortlich für Webdesign:\nMusterShop GmbH, Tel. 030 1234567",
            "DE",
            1,
        ),
        (
            "Kontakt\nKsięgowość:\nksiegowosc@sklep.pl\n\nSklep Internetowy ABC Sp. z o.o.\n"
            "ul. Długa 1, 00-001 Warszawa\ntel. 22 123 45 67",
            "PL",
            1,
        ),
        (
            "Kontakt\nKsięgowość:\nAnna Kowalska\nSklep Internetowy ABC\ntel. 22 123 45 67",
            "PL",
            1,
        ),
        (
            "Contactos\nContabilidade:\ncontabilidade@loja.pt\n\nLoja Exemplo Lda.\nRua "
            "Augusta 1, 1100-048 Lisboa\nTel.: 213 456 789",
            "PT",
            1,
        ),
        (
            "Contact\nComptabilité :\nMme Dupont\n\nExemple SARL\nTél. : 01 23 45 67 89",
            "FR",
            1,
        ),
        (
            "Contact\nHosting:\nOVH\n\nExample Ltd\n1 High St\nPhone: 020 7946 0123",
            "GB",
            1,
        ),
        (
            "Kontakt\ntel. (22) 123 45 67 / 8.00-16.00, pn-pt",
            "PL",
            1,
        ),
        (
            "Kontakt\ntel. (22) 123 45 67 / 9.00-17.00",
            "PL",
            1,
        ),
        (
            "Kontakt\nTelefon: (030) 123 45 67 / 9.00-17.00",
            "DE",
            1,
        ),
        (
            "Kontakt\nTelefon: (030) 123 45 67 / 10.01.2024",
            "DE",
            1,
        ),
        (
            "Kontakt\nTelefon: (030) 123 45 67 / 12.03.2024",
            "DE",
            1,
        ),
        (
            "Contato\nTel.: (21) 98765-4321 / 22041-001",
            "BR",
            1,
        ),
        (
            "Contato\nTel.: (21) 98765-4321 / 2024-2025",
            "BR",
            1,
        ),
        (
            "Contato\nTel.: (21) 98765-4321 / 30.01.2024",
            "BR",
            1,
        ),
        (
            "Contato\nPROCON-SP; antes fale com sac@loja.com.br, telefone (11) 3333-4444",
            "BR",
            1,
        ),
        (
            "Kontakt\nDział Księgowości Informuje\nZamówienia: tel. 22 123 45 67",
            "PL",
            1,
        ),
        (
            "Kontakt\nDział Księgowości Informuje\nW sprawie zamówień prosimy dzwonić:\ntel. "
            "22 123 45 67",
            "PL",
            1,
        ),
        (
            "Contato\nDepartamento Comercial Atendimento\nTel.: (11) 3333-4444",
            "BR",
            1,
        ),
        (
            "Kontakt\nDział Marketingu Obsługa\ntel. 22 123 45 67",
            "PL",
            1,
        ),
        (
            "Impressum\nBuchhaltung:\nMusterShop GmbH, Musterstraße 1, Tel. 030 1234567",
            "DE",
            1,
        ),
        (
            "Impressum\nBuchhaltung:\nMusterShop GmbH · Tel. 030 1234567 · info@shop.de",
            "DE",
            1,
        ),
        (
            "Kontakt\nKsięgowość:\nSklep ABC Sp. z o.o., tel. 22 123 45 67",
            "PL",
            1,
        ),
        (
            "Contacto\nContabilidad:\nTienda Ejemplo S.L. - Tel. 912 345 678",
            "ES",
            1,
        ),
        (
            "Contact\nComptabilité :\nExemple SARL - Tél. : 01 23 45 67 89",
            "FR",
            1,
        ),
        (
            "Contactos\nContabilidade:\nLoja Exemplo Lda. - Tel.: 213 456 789",
            "PT",
            1,
        ),
        (
            "Contact\nBoekhouding:\nVoorbeeld B.V. - Tel. 020 123 4567",
            "NL",
            1,
        ),
        (
            "Kontakt\nKsięgowość:\ntel. 22 123 45 67 (centrala)",
            "PL",
            1,
        ),
        (
            "Kontakt\nKsięgowość:\ntel. 22 123 45 67 (centrala, wew. 3)",
            "PL",
            1,
        ),
        (
            "Kontakt\nBuchhaltung:\nTel. 030 1234567 (Zentrale)",
            "DE",
            1,
        ),
        (
            "Kontakt\nDział Sprzedaży Poleca\nRower miejski Kross, 1299 zł\nSklep Rowerowy ABC "
            "Sp. z o.o.\nul. Długa 1, 00-001 Warszawa\ntel. 22 123 45 67",
            "PL",
            1,
        ),
        (
            "Contacto\nDepartamento Comercial Recomienda\nBicicleta urbana, 499 €\nTienda "
            "Ejemplo S.L.\nC/ Mayor 1, 28013 Madrid\nTel. 912 345 678",
            "ES",
            1,
        ),
        (
            "Kontakt\nDział Sprzedaży Informuje\nReklamacje: tel. 22 123 45 67",
            "PL",
            1,
        ),
        (
            "Kontakt\nDział Sprzedaży Informuje\nW sprawie reklamacji prosimy dzwonić: 22 123 "
            "45 67",
            "PL",
            1,
        ),
        (
            "Kontakt\nDział Sprzedaży Zaprasza\nZamówienia: tel. 22 123 45 67",
            "PL",
            1,
        ),
        (
            "Contato\nDepartamento Comercial Informa:\n(11) 3333-4444",
            "BR",
            1,
        ),
        (
            "Contato\nPROCON-SP; nosso e-mail: sac@loja.com.br, telefone (11) 3333-4444",
            "BR",
            1,
        ),
        (
            "Contato\nPROCON-SP; antes fale conosco, email sac@loja.com.br, telefone (11) "
            "3333-4444",
            "BR",
            1,
        ),
        (
            "Kontakt\nTelefon: (030) 123 45 67 / 0800-1600",
            "DE",
            1,
        ),
        (
            "Kontakt\nTelefon: (030) 123 45 67 / 0800 1700",
            "DE",
            1,
        ),
        (
            "Kontakt\nTelefon: (0341) 123 45 67 / 0800-1800, Mo-Fr",
            "DE",
            1,
        ),
        (
            "Kontakt\nTel. (0341) 123 45 67 / 1000 1800,",
            "DE",
            1,
        ),
        (
            "Kontakt\nTelefon: (030) 123 45 67 / 8000 1700",
            "DE",
            1,
        ),
        (
            "Contact\nVotre numéro client (O1 23 45 67 89) est indiqué sur la facture.\n"
            "Service client : 01 45 67 89 10",
            "FR",
            1,
        ),
        (
            "Contact\nColis n° O6 12 34 56 78 expédié\nService client : 01 45 67 89 10",
            "FR",
            1,
        ),
        (
            "Contact\nCode promo : O6 12 34 56 78\nService client : 01 45 67 89 10",
            "FR",
            1,
        ),
        (
            "Contact\nLot O1 23 45 67 89, ZA des Pins\nTél. : 04 45 67 89 10",
            "FR",
            1,
        ),
        (
            "Contact\nService client : 01 45 67 89 10\nModèle O2 46 46 97 30 disponible",
            "FR",
            1,
        ),
    ],
)
def test_reviews_43_44_counter_examples_read_as_before_round31(
    text: str, region: str, numbers: int
) -> None:
    """Review 43's and review 44's made-up blocks: before round 31 each read one
    customer-service number (the company's own line), and still does."""
    roles = read_phone_roles(text, region)
    assert set(roles.values()) == {CS} and len(roles) == numbers
