"""Review 57 of phone round 35 (commit b3f2e83): made-up contact blocks, labelled by
tests/data/LABELLING.md, where the round's new rules overreach. Every xfail below was read
right by the code before the round (b3f2e83^) unless its reason says "also wrong before".
The mend read 27 of the 35 right (plain cases now): the bracketed area code only two digits not
opening with 0 before a match not opening with 0; the acronym firm name only when an address
line follows it (`probes.website.sections`); "handlowcy" withdrawn. A later mend read six of
the seven bare "zakupy" cases right: the word names purchasing only as a line of its own under
a person's name (`probes.website.section_headings.remit_heading`), which keeps pl-odczynniki's
buyer; "Zakupy dla firm" (buying for businesses) is now a sales label. Left as strict xfails:
one "handlowcy" case also wrong before, and one guard the withdrawal leaves unread."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles
from tests.known_gaps import review_gap

CS = "customer_service"


_over = review_gap("review 57")


_PREFIX = "_BRACKETED_AREA_BEFORE drops a valid number after a bracketed dialling prefix"
_ACRONYM = "firm_in_capitals reads 'Word HR/PR/RH/DPO' (a department's title) as a firm's name"
_ZAKUPY = "'zakupy' (a customer's shopping) read as the purchasing department"
_HANDLOWCY = "'handlowcy' makes a line sales"

CASES = [
    # Family 1: `number_matches._BRACKETED_AREA_BEFORE`. It fires only where libphonenumber
    # reads a no-blank tail after "(NN) " ("55-1234-5678", "800.123.4567"). Mexico's dropped
    # prefixes in brackets (long distance "(01)", mobile "(044)/(045)", gone since 2019 but still
    # printed, left out when dialled like Poland's trunk 0) are such brackets: the rest is the
    # number. A wrongly added area code before a toll-free number likewise.
    ("Cel. (044) 55-1234-5678", "MX", {"+525512345678": CS}),
    ("Desde celular: (045) 33-1234-5678", "MX", {"+523312345678": CS}),
    ("Lada sin costo: (01) 800-123-4567", "MX", {"+528001234567": CS}),
    ("Lada sin costo: (01) 800.123.4567", "MX", {"+528001234567": CS}),
    ("Tel. (01) 55-1234-5678", "MX", {"+525512345678": CS}),
    ("Tel. (01) 55.1234.5678", "MX", {"+525512345678": CS}),
    ("Tel. (01) 5512345678", "MX", {"+525512345678": CS}),
    ("Telefone: (11) 0800-123-4567", "BR", {"+558001234567": CS}),
    # Guards (read right now): a bracketed area or country code the match keeps, an odd
    # mobile, a second number after "/", "(+351)", "(0800)", Australia's "(02)", the round's own.
    ("Telefone: (11) 3456-7890", "BR", {"+551134567890": CS}),
    ("Telefone: (11) 9 8765-4321", "BR", {"+5511987654321": CS}),
    ("Telefone: (11) 9.8765-4321", "BR", {"+5511987654321": CS}),
    ("Telefone: (11) 3456.7890", "BR", {"+551134567890": CS}),
    ("Telefone: (11) 3456-7890 / 99876-5432", "BR", {"+551134567890": CS, "+5511998765432": CS}),
    ("Tel.: (55) 11-3456-7890", "BR", {"+551134567890": CS}),
    ("Telefone: (62) 99566-4176", "BR", {"+5562995664176": CS}),
    ("Telefone: (62) 9.95666-4176", "BR", {}),
    ("Tel. (52) 55-1234-5678", "MX", {"+525512345678": CS}),
    ("Tel. (0052) 55-1234-5678", "MX", {"+525512345678": CS}),
    ("Tel. (011) 4321-5678", "AR", {"+541143215678": CS}),
    ("Cel. (011) 15-4321-5678", "AR", {"+5491143215678": CS}),
    ("Cel. (57) 310-123-4567", "CO", {"+573101234567": CS}),
    ("Tel. (351) 912-345-678", "PT", {"+351912345678": CS}),
    ("Tel. (+351) 912 345 678", "PT", {"+351912345678": CS}),
    ("tel. (48) 22-123-45-67", "PL", {"+48221234567": CS}),
    ("tel. (022) 760-33-16", "PL", {"+48227603316": CS}),
    ("Tel. (0049) 30-1234567", "DE", {"+49301234567": CS}),
    ("Tél. (33) 1.23.45.67.89", "FR", {"+33123456789": CS}),
    ("Tel: (0800) 123 4567", "GB", {"+448001234567": CS}),
    ("Phone: (02) 9876-5432", "AU", {"+61298765432": CS}),
    ("Tel. (1) 555-0100", "US", {}),
    # Family 2: `not_labels.firm_in_capitals`, the acronym branch. A capitalised word no label
    # has and is not in _UNITS, then HR/PR/RH/DPO, is just as often a department's or a
    # person's title: an office word ("Wydział", "Sekcja", "Núcleo", "Gerência", "Diretoria",
    # "Équipe"), a post ("Kierownik", "Specjalista", "Koordynator", "Referente"), a
    # possessive ("Ihr", "Notre", "Nostro"), an adjective ("Externer", "Regional", "Product",
    # "Unternehmens"). The line under it becomes the customers' line.
    ("Wydział PR\ntel. 22 123 45 67", "PL", {"+48221234567": "press"}),
    ("Kierownik PR\ntel. 22 123 45 67", "PL", {"+48221234567": "press"}),
    ("Specjalista HR\ntel. 22 123 45 67", "PL", {"+48221234567": "jobs"}),
    ("Koordynator PR\nAnna Nowak\ntel. 601 234 567", "PL", {"+48601234567": "press"}),
    (
        "Obsługa klienta: 22 765 43 21\nSekcja HR\ntel. 22 123 45 67",
        "PL",
        {"+48227654321": CS, "+48221234567": "jobs"},
    ),
    (
        "Kundenservice: 030 7654321\nUnternehmens PR\nTel. 030 1234567",
        "DE",
        {"+49307654321": CS, "+49301234567": "press"},
    ),
    (
        "Kundenservice: 030 7654321\nExterner DPO\nTel. 030 1234567",
        "DE",
        {"+49307654321": CS, "+49301234567": "data_protection"},
    ),
    (
        "Kundenservice: 030 7654321\nIhr HR\nTel. 030 1234567",
        "DE",
        {"+49307654321": CS, "+49301234567": "jobs"},
    ),
    (
        "Service client : 01 98 76 54 32\nÉquipe RH\nTél. 01 23 45 67 89",
        "FR",
        {"+33198765432": CS, "+33123456789": "jobs"},
    ),
    (
        "Service client : 01 98 76 54 32\nNotre DPO\nTél. 01 23 45 67 89",
        "FR",
        {"+33198765432": CS, "+33123456789": "data_protection"},
    ),
    (
        "Servizio clienti: 02 8765 4321\nReferente HR\nTel. 02 1234 5678",
        "IT",
        {"+390287654321": CS, "+390212345678": "jobs"},
    ),
    (
        "Servizio clienti: 02 8765 4321\nNostro DPO\nTel. 02 1234 5678",
        "IT",
        {"+390287654321": CS, "+390212345678": "data_protection"},
    ),
    (
        "Customer Service: 020 7946 0000\nProduct PR\nTel: 020 7946 0123",
        "GB",
        {"+442079460000": CS, "+442079460123": "press"},
    ),
    (
        "Customer Service: 020 7946 0000\nRegional PR\nTel: 020 7946 0123",
        "GB",
        {"+442079460000": CS, "+442079460123": "press"},
    ),
    (
        "SAC: 0800 123 4567\nGerência RH\nTel. (11) 3456-7890",
        "BR",
        {"+558001234567": CS, "+551134567890": "jobs"},
    ),
    (
        "SAC: 0800 123 4567\nNúcleo RH\nTel. (11) 3456-7890",
        "BR",
        {"+558001234567": CS, "+551134567890": "jobs"},
    ),
    (
        "SAC: 0800 123 4567\nDiretoria RH\nTel. (11) 3456-7890",
        "BR",
        {"+558001234567": CS, "+551134567890": "jobs"},
    ),
    (
        "Atención a clientes: 55 8765 4321\nGerencia RH\nTel. 55 1234 5678",
        "MX",
        {"+525587654321": CS, "+525512345678": "jobs"},
    ),
    # Guards (read right now): a unit word or label word first, the round's own firm.
    ("Zespół HR\ntel. 22 123 45 67", "PL", {"+48221234567": "jobs"}),
    ("Biuro HR\ntel. 22 123 45 67", "PL", {"+48221234567": "jobs"}),
    ("Dział PR\ntel. 22 123 45 67", "PL", {"+48221234567": "press"}),
    ("Rzecznik PR\ntel. 601 234 567", "PL", {"+48601234567": "press"}),
    (
        "Service client : 01 98 76 54 32\nDirection RH\nTél. 01 23 45 67 89",
        "FR",
        {"+33198765432": CS, "+33123456789": "jobs"},
    ),
    (
        "Klantenservice: 020 765 4321\nAfdeling HR\nTel. 020 123 4567",
        "NL",
        {"+31207654321": CS, "+31201234567": "jobs"},
    ),
    (
        "Customer Service: 020 7946 0000\nConsumer PR\nJane Doe\nTel: 020 7946 0123",
        "GB",
        {"+442079460000": CS, "+442079460123": "press"},
    ),
    (
        "Customer Service: 020 7946 0000\nTeam IT\nTel: 020 7946 0123",
        "GB",
        {"+442079460000": CS, "+442079460123": CS},
    ),
    ("Nova PR\nul. Długa 5\n00-001 Warszawa\n+48 22 123 45 67", "PL", {"+48221234567": CS}),
    ("Media PR\n+48 22 123 45 67", "PL", {"+48221234567": "press"}),
    # Family 3: pl.yaml. "zakupy" alone is far more often the customer's shopping (a shop's
    # heading, a checkout word, "zamówienia i zakupy") than a buyer's remit: the shop's own line
    # under it becomes purchasing. "handlowcy" over the only named line: LABELLING keeps named
    # salespeople's lines customer_service when they are the only ones the page gives.
    ("Twoje zakupy\ntel. 22 123 45 67", "PL", {"+48221234567": CS}),
    ("Zakupy telefoniczne: 22 123 45 67", "PL", {"+48221234567": CS}),
    ("Bezpieczne zakupy\ntel. 22 123 45 67", "PL", {"+48221234567": CS}),
    ("Pomoc przy zakupach\nZakupy i dostawa\ntel. 22 123 45 67", "PL", {"+48221234567": CS}),
    ("Masz pytanie? Pomożemy w zakupach\nZakupy: 22 123 45 67", "PL", {"+48221234567": CS}),
    ("Sklep internetowy – zamówienia i zakupy: 22 123 45 67", "PL", {"+48221234567": CS}),
    (
        "Obsługa klienta: 22 765 43 21\nZakupy dla firm: 22 123 45 67",
        "PL",
        {"+48227654321": CS, "+48221234567": "sales"},
    ),
    ("Handlowcy\nJan Kowalski\ntel. 601 234 567", "PL", {"+48601234567": CS}),
    _over(
        "Obsługa klienta: 22 765 43 21\nRekrutacja – handlowcy\ntel. 22 123 45 67",
        "PL",
        {"+48227654321": CS, "+48221234567": "jobs"},
        _HANDLOWCY + " over a recruitment heading (also wrong before: customer_service)",
    ),
    # Guards (read right now): another label on the line, a question, the round's own.
    ("Zakupy online\nInfolinia: 22 123 45 67", "PL", {"+48221234567": CS}),
    ("Zakupy bez rejestracji\nZadzwoń: 22 123 45 67", "PL", {"+48221234567": CS}),
    ("Zakupy przez telefon\n22 123 45 67", "PL", {"+48221234567": CS}),
    ("Pytania o zakupy? Zadzwoń: 22 123 45 67", "PL", {"+48221234567": CS}),
    ("Zakupy na raty\ntel. 22 123 45 67", "PL", {"+48221234567": CS}),
    ("Nasi handlowcy chętnie doradzą\ntel. 22 123 45 67", "PL", {"+48221234567": CS}),
    # The mend withdrew "handlowcy": this guard the round read right is left unread.
    _over(
        "Obsługa klienta: 22 765 43 21\nHandlowcy\nJan Kowalski\nkom. 601 234 567",
        "PL",
        {"+48227654321": CS, "+48601234567": "sales"},
        "left unread by the mend ('handlowcy' withdrawn)",
    ),
    ("Jan Nowak\nZakupy\n+48 601 234 567", "PL", {"+48601234567": "purchasing"}),
    # "Zakupy" alone under a line that is no person's name: a shop's heading or a menu.
    ("Sklep\nZakupy\ntel. 22 123 45 67", "PL", {"+48221234567": CS}),
    ("Obsługa Klienta\nZakupy\ntel. 22 123 45 67", "PL", {"+48221234567": CS}),
    ("ul. Długa 5\nZakupy\ntel. 22 123 45 67", "PL", {"+48221234567": CS}),
    ("PRZEDSTAWICIELE HANDLOWI\nwoj. śląskie:\nkom. 601 234 567", "PL", {"+48601234567": "sales"}),
]


@pytest.mark.parametrize(("text", "region", "expected"), CASES)
def test_review57(text: str, region: str, expected: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == expected
