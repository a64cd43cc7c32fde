"""Phone sightings: roles from labels on either side, lines, links, images, the export table."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from probes.base import ProbeContext, Target
from probes.website.line_walk import read_phone_roles
from probes.website.page_facts import Box, PageFacts, TelLink, TextBlock
from probes.website.probe import WebsiteProbe
from probes.website.regions import suggested_regions
from probes.website.roles import roled_numbers
from probes.website.sightings import find_sightings
from results.export import sightings_frame
from tests.probes.site import LocalSite

CS, FAX = "customer_service", "fax"


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Tel. 030 1234567 Fax 030 1234568", {"+49301234567": CS, "+49301234568": FAX}),
        ("030 1234567 (Fax)", {"+49301234567": FAX}),
        ("Fax (Zentrale, nur Bestellungen): 030 1234567", {"+49301234567": FAX}),
        ("Tel./Fax: 030 1234567", {"+49301234567": CS}),
        ("Telefon 030 1234567 - Telefax 030 1234568", {"+49301234567": CS, "+49301234568": FAX}),
        ("Presse: 030 1234567", {"+49301234567": "press"}),
        ("Investor Relations +49 30 1234567", {"+49301234567": "investors"}),
        ("Karriere / Bewerbungen: 030 1234567", {"+49301234567": "jobs"}),
        ("Fax:\n030 1234567", {"+49301234567": FAX}),
        ("Fax: 030 1234568\n030 1234567", {"+49301234568": FAX, "+49301234567": CS}),
        # A label after a number that another number follows is that next number's.
        ("030 1234567, Fax 030 1234568", {"+49301234567": CS, "+49301234568": FAX}),
        ("030 1234567, Fax 030 12", {"+49301234567": CS}),
        # A bare "Tel." after a department, or under a department heading, is its line.
        ("Pressekontakt: Tel. 030 1234567", {"+49301234567": "press"}),
        ("Presse\nTel. 030 1234567", {"+49301234567": "press"}),
        ("Kontakt\nTel. 030 1234567", {"+49301234567": CS}),
        ("Kundenservice Tel. 030 1234567", {"+49301234567": CS}),
        # A fax or department named in brackets after the number, words around it.
        ("030 1234567 (nur Fax)", {"+49301234567": FAX}),
        # Compound labels, and a switchboard label ending a department's reach.
        ("Faxnummer: 030 1234567", {"+49301234567": FAX}),
        ("Für Presseanfragen: 030 1234567", {"+49301234567": "press"}),
        ("Presse: presse@firma.de · Zentrale: 030 1234567", {"+49301234567": CS}),
    ],
)
def test_roles_from_labels_on_either_side(text: str, roles: dict[str, str]) -> None:
    assert read_phone_roles(text, "DE") == roles


@pytest.mark.parametrize(
    ("region", "text", "role"),
    [
        ("PT", "Praça da Liberdade 12, 4000-322 Porto · 222 123 456", CS),  # not Polish "praca"
        ("PT", "Recursos Humanos - Tel.: 21 123 4567", "jobs"),
        ("ES", "Departamento de prensa: tel. 912 345 678", "press"),
        ("NL", "Woordvoerder: 020 1234567", "press"),
        ("PL", "Dział kadr: 22 123 45 67", "jobs"),
        ("IT", "02 1234567 (solo fax)", FAX),
        ("FR", "Relations presse\nTél. : 01 23 45 67 89", "press"),
        ("GB", "For media enquiries call 020 7946 0000", "press"),
        ("GB", "Investor enquiries: 020 7946 0000", "investors"),
        # One line for phone and fax, joined by a word or a dash.
        ("PT", "Telefone e Fax: 21 123 4567", CS),
        ("ES", "Teléfono y fax: 912 345 678", CS),
        ("DE", "Tel-Fax: 030 1234567", CS),
        # Phone words of each language are data: "Telemóvel/Fax" is one line too.
        ("PT", "Telemóvel/Fax: 912 345 678", CS),
        # A capital F right before a number is a fax; an F elsewhere is not.
        ("GB", "T: 020 7946 0000 F: 020 7946 0001", [CS, FAX]),
        ("DE", "Haus F, 2. OG · 030 1234567", CS),
        # A tariff after the number is no price.
        ("DE", "Hotline: 01805 123456 €0,14/Min. aus dem Festnetz", CS),
    ],
)
def test_roles_in_every_language(region: str, text: str, role: str | list[str]) -> None:
    assert list(read_phone_roles(text, region).values()) == (
        role if isinstance(role, list) else [role]
    )


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("N° de commande : 0612345678", "FR"),
        ("Número de pedido: 612345678", "ES"),
        ("Numero ordine 0612345678", "IT"),
        ("Bestelnummer 0612345678", "NL"),
        ("Numer zamówienia: 612345678", "PL"),
        ("NIF 612345678", "PT"),
        ("SIRET : 539 270 298 00042", "FR"),
    ],
)
def test_identifiers_in_every_language_are_not_numbers(text: str, region: str) -> None:
    assert read_phone_roles(text, region) == {}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # A department heading covers the lines under it: a name, an address, a bare "Tel.".
        ("Pressesprecher\nRathaus, 3. OG\nMarktplatz 1\n12345 Stadt\nTel. 030 1234567", "press"),
        ("Biuro Prasowe (BP)\nDane kontaktowe:\ntel.: 22 123 45 67", "press"),
        ("Presse\nMax Mustermann\n030 1234567", "press"),
        # ... but not a menu of department links, nor past a contact heading or a new label.
        ("Karriere\nPresse\nTel. 030 1234567", CS),
        ("Presse\nKontakt\nFirma GmbH\nTel. 030 1234567", CS),
        ("Presse\nImpressum\nTel. 030 1234567", CS),  # legal links are a menu too
        ("Presse\npresse@firma.de\nKundenservice\nTel. 030 1234567", CS),
        # A department word inside a name heads nothing.
        ("Muster Media GmbH\nTel. 030 1234567", CS),
        ("Muster Media GmbH · Tel. 030 1234567", CS),
        # Far below the heading, the section is over.
        ("Presse\na\nb\nc\nd\ne\nTel. 030 1234567", CS),
    ],
)
def test_department_headings_cover_the_lines_under_them(text: str, role: str) -> None:
    region = "PL" if "Prasowe" in text else "DE"
    assert list(read_phone_roles(text, region).values()) == [role]


def test_a_sections_heading_is_shown_in_the_label() -> None:
    hit = roled_numbers("Tel. 030 1234567", ["DE"], "", None, "press", "Pressestelle")[0]
    assert (hit.role, hit.label) == ("press", "Pressestelle | Tel.")
    hit = roled_numbers("Fax 030 1234567", ["DE"], "", None, "press", "Pressestelle")[0]
    assert (hit.role, hit.label) == (FAX, "Fax")


def test_a_call_link_under_a_department_heading_is_that_departments() -> None:
    box = Box(0, 0, 100, 18)
    blocks = (
        TextBlock(0, "Pressestelle", ()),
        TextBlock(1, "Max Mustermann", ()),
        TextBlock(2, "Anrufen", ()),
        TextBlock(3, "Kontakt", ()),
        TextBlock(4, "Jetzt anrufen", ()),
    )
    tels = (
        TelLink("tel:+49301234567", "Anrufen", 2, box),
        TelLink("tel:+49301234568", "Jetzt anrufen", 4, box),
    )
    facts = PageFacts("http://x/", "", "", blocks, (), tels, (), (), False, False, (), (), (), None)
    rows = {s.e164: (s.role, s.how) for s in find_sightings(facts, "DE", (1366, 768))}
    assert rows == {"+49301234567": ("press", "tel_only"), "+49301234568": (CS, "tel_only")}


def test_trunk_zero_in_brackets_after_the_country_code() -> None:
    assert read_phone_roles("tel./fax +48 (071) 328 23 41", "PL") == {"+48713282341": CS}
    assert read_phone_roles("Tel. +49 (0)30 1234567", "DE") == {"+49301234567": CS}
    assert read_phone_roles("Tel. +39 (06) 1234567", "IT") == {"+39061234567": CS}


def test_short_identifier_labels_stand_alone() -> None:
    text = "Via Napoli 1 - tel. 070 6402523 - PI 03173110929"
    assert read_phone_roles(text, "IT") == {"+390706402523": CS}
    assert read_phone_roles("Piazza 02 12345678", "IT") == {"+390212345678": CS}


def test_numbers_read_for_countries_the_page_suggests() -> None:
    text = "Kundenservice 030 1234567\nU.S. customers: (212) 555-0143, toll-free 1-800-555-0199"
    regions = suggested_regions(text, "DE")
    assert regions[:2] == ["DE", "US"]
    found = {n.e164 for line in text.splitlines() for n in roled_numbers(line, regions)}
    assert {"+49301234567", "+18005550199"} <= found


async def test_sightings_of_a_real_looking_page(
    local_site: LocalSite, probe_context: ProbeContext
) -> None:
    target = Target(name="Zeilen", website=local_site.url("/lines/"), country="DE", language="de")
    phone = (await WebsiteProbe().run(target, probe_context))[0]
    rows = json.loads(str(phone.metrics["phone.sightings"]))
    seen = {(r["e164"], r["role"], r["how"]) for r in rows}
    # <br> ends a line: the postcode and the number do not run together.
    assert ("+49302345678", CS, "text") in seen
    assert ("+49302345679", FAX, "text") in seen  # "(Fax)" after the number
    assert ("+49304567890", FAX, "text") in seen  # words between the label and the number
    assert ("+49303456789", "press", "text") in seen
    assert ("+49305678901", CS, "image_alt") in seen
    assert ("+493088888888", CS, "tel_only") in seen
    assert not any(r["e164"] == "+49301234599" for r in rows)  # an order number
    assert phone.metrics["phone.numbers"] == ["+49301234567", "+49302345678", "+49305678901"]
    assert phone.metrics["phone.other_numbers"] == [
        "+49302345679",
        "+49303456789",
        "+49304567890",
    ]
    assert phone.metrics["phone.tel_link"] is True
    hotline = next(r for r in rows if r["e164"] == "+49301234567")
    assert hotline["font_ratio"] == pytest.approx(2.0)
    assert hotline["above_fold"] is True
    assert all(r["page_url"] == local_site.url("/lines/") for r in rows)

    frame = pd.DataFrame(
        [{"campaign_id": "c", "attempt_id": "a", "company": "Zeilen", **phone.metrics}]
    )
    table = sightings_frame(frame)
    assert len(table) == len(rows)
    assert set(table["role"]) == {CS, FAX, "press"}
    assert (table["company"] == "Zeilen").all()


async def test_numbers_behind_a_button_in_shadow_roots_frames_and_css(
    local_site: LocalSite, probe_context: ProbeContext
) -> None:
    target = Target(name="Nummer", website=local_site.url("/reveal/"), country="DE", language="de")
    phone = (await WebsiteProbe().run(target, probe_context))[0]
    assert phone.metrics["phone.numbers"] == [
        "+49221 4567890".replace(" ", ""),  # a same-origin frame
        "+49301234567",  # behind "Nummer anzeigen"
        "+49407654321",  # an open shadow root
        "+49891234567",  # CSS generated content
    ]
    assert phone.metrics["phone.above_fold"] is True


@pytest.mark.parametrize(
    ("text", "region", "roles"),
    [
        # A fax number written again with no label of its own stays a fax.
        (
            "Tel. 030 1234567, Fax 030 1234568\nFormulare auch per Post oder an (030 1234568)",
            "DE",
            {"+49301234567": CS, "+49301234568": FAX},
        ),
        (
            "Presse: 030 1234569\nAcme GmbH · 030 1234569",
            "DE",
            {"+49301234569": "press"},
        ),
        # ... but a number any label calls a phone line is one.
        ("Fax 030 1234568\nTel. 030 1234568", "DE", {"+49301234568": CS}),
        ("030 1234567\n030 1234567", "DE", {"+49301234567": CS}),
    ],
)
def test_a_bare_repeat_takes_the_role_a_label_gives_the_number(
    text: str, region: str, roles: dict[str, str]
) -> None:
    assert read_phone_roles(text, region) == roles


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Sie können das Formular auch faxen (030 1234568).", "DE"),
        ("U kunt het formulier ook faxen naar 020 123 4568.", "NL"),
        ("Vous pouvez aussi le faxer au 01 23 45 67 89.", "FR"),
        ("Formularz można przesłać faksem: 22 123 45 68.", "PL"),
    ],
)
def test_fax_verbs_label_a_fax_number(text: str, region: str) -> None:
    assert list(read_phone_roles(text, region).values()) == [FAX]


def test_a_bare_repeat_of_a_fax_number_is_no_customer_line_on_a_page() -> None:
    blocks = (
        TextBlock(0, "Telefon 030 1234567 · Fax 030 1234568", ()),
        TextBlock(1, "Aufträge bitte schriftlich (030 1234568)", ()),
    )
    facts = PageFacts("http://x/", "", "", blocks, (), (), (), (), False, False, (), (), (), None)
    rows = {(s.e164, s.role) for s in find_sightings(facts, "DE", (1366, 768))}
    assert rows == {("+49301234567", CS), ("+49301234568", FAX)}


@pytest.mark.parametrize(
    "written",
    ["(0-71) 354 12 34", "(071) 354 12 34", "071 354 12 34", "0 71 354 12 34", "0071 354 12 34"],
)
def test_a_polish_number_written_with_the_old_trunk_zero(written: str) -> None:
    assert read_phone_roles(f"Biuro: tel. {written}", "PL") == {"+48713541234": CS}


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Zamówienie 0612345678", "PL"),  # no groups: not a number written with a trunk 0
        ("Pedido 0612345678", "ES"),  # only where the trunk 0 was dropped from the plan
        ("Tel. 071 354 12 34", "ES"),
    ],
)
def test_a_leading_zero_is_not_dropped_elsewhere(text: str, region: str) -> None:
    assert read_phone_roles(text, region) == {}


@pytest.mark.parametrize(
    ("text", "region", "roles"),
    [
        # A second number written as the last digits of the first has the first's role ...
        ("Telefone: 21 123 45 60/1", "PT", {"+351211234560": CS, "+351211234561": CS}),
        ("Tel. 22 123 45 67/68", "PL", {"+48221234567": CS, "+48221234568": CS}),
        ("Fax: 030 1234560/1", "DE", {"+49301234560": FAX, "+49301234561": FAX}),
        # ... or the second label's of a "phone / fax" pair, written short or in full.
        ("Téléphone / Fax : 01 23 45 67 00 / 01", "FR", {"+33123456700": CS, "+33123456701": FAX}),
        ("Tel./Fax: 030 1234567 / 030 1234568", "DE", {"+49301234567": CS, "+49301234568": FAX}),
        # "/ 24 h" after a number is no part of it.
        ("Hotline 030 1234567 / 24 h erreichbar", "DE", {"+49301234567": CS}),
        ("Tel. 0211/123 45 67", "DE", {"+492111234567": CS}),
    ],
)
def test_a_second_number_written_as_the_last_digits_of_the_first(
    text: str, region: str, roles: dict[str, str]
) -> None:
    assert read_phone_roles(text, region) == roles


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # A register, the court or town keeping it, then the number (lexicon: register_labels).
        ("Iscritta al Registro delle Imprese di Roma n. 06123456789", "IT"),
        ("Conservatória do Registo Comercial de Lisboa sob o n.º 912345678", "PT"),
        ("Pessoa Coletiva n.º 912345678", "PT"),
    ],
)
def test_register_numbers_after_a_court_or_town_are_not_numbers(text: str, region: str) -> None:
    assert read_phone_roles(text, region) == {}


@pytest.mark.parametrize(
    ("text", "region", "number"),
    [
        ("Amtsgericht Köln, Tel. 0221 1234567", "DE", "+492211234567"),
        ("Camera di Commercio di Roma - Centralino 06 1234567", "IT", "+39061234567"),
        ("Pedidos en el número 912 345 678", "ES", "+34912345678"),
    ],
)
def test_a_phone_word_after_a_register_keeps_the_number(
    text: str, region: str, number: str
) -> None:
    assert read_phone_roles(text, region) == {number: CS}


@pytest.mark.parametrize("space", ["\u202f", "\u2009", "\u2007"])
def test_typographic_spaces_separate_digit_groups(space: str) -> None:
    text = f"Tél. : 01{space}23{space}45{space}67{space}89"
    assert read_phone_roles(text, "FR") == {"+33123456789": CS}


@pytest.mark.parametrize(
    ("text", "region", "roles"),
    [
        # An order line (plural, or a word of its own) is a line to call ...
        ("Orders: 020 7946 0000", "GB", {"+442079460000": CS}),
        ("Pedidos: 912 345 678", "ES", {"+34912345678": CS}),
        ("Encomendas: 912 345 678", "PT", {"+351912345678": CS}),
        ("Commandez au 01 23 45 67 89", "FR", {"+33123456789": CS}),
        # ... a short identifier label does not begin a longer word, and two letters before
        # the number are a VAT country prefix only when they are one.
        ("Refunds 020 7946 0000", "GB", {"+442079460000": CS}),
        ("Rufen Sie einfach an 030 1234567", "DE", {"+49301234567": CS}),
        # ... while an order number, or a VAT number with its prefix, stays an identifier.
        ("Pedido: 612345678", "ES", {}),
        ("Encomenda n.º 912345678", "PT", {}),
        ("USt-IdNr.: DE 123 456 789", "DE", {}),
    ],
)
def test_order_lines_and_identifier_labels(text: str, region: str, roles: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == roles


@pytest.mark.parametrize(
    ("text", "region", "roles"),
    [
        # A department or service word that begins with an identifier label is no label ...
        ("Fatturazione: 02 1234567", "IT", {"+39021234567": CS}),
        ("Facturation : 01 23 45 67 89", "FR", {"+33123456789": CS}),
        ("Ticketservice: 030 1234567", "DE", {"+49301234567": CS}),
        ("Pour commander : 01 23 45 67 89", "FR", {"+33123456789": CS}),
        # ... but the label with a number word is ("Rechnungsnr.", "Bestellnummer").
        ("Rechnungsnr. 0301234567", "DE", {}),
        ("Factuurnummer 0612345678", "NL", {}),
    ],
)
def test_identifier_labels_end_in_a_number_word_or_stand_alone(
    text: str, region: str, roles: dict[str, str]
) -> None:
    assert read_phone_roles(text, region) == roles


def test_the_probe_reads_a_company_name_under_a_number_as_the_benchmark_does() -> None:
    """The live sightings and `read_phone_roles` (the benchmark's reader) walk lines one way:
    a grid operator's name under a fault line makes it that operator's on a page too."""
    lines = ["Beispiel Energie GmbH", "Kundenservice 0711 1234567", "Strom 0800 1234567"]
    blocks = (
        TextBlock(0, lines[0], ()),
        TextBlock(1, "\n".join(lines[1:]), ()),
        TextBlock(2, "Beispiel Netze GmbH", ()),
    )
    facts = PageFacts("http://x/", "", "", blocks, (), (), (), (), False, False, (), (), (), None)
    rows = {(s.e164, s.role) for s in find_sightings(facts, "DE", (1366, 768))}
    expected = {("+497111234567", CS), ("+498001234567", "grid_operator")}
    assert rows == expected
    text = "\n".join([*lines, "Beispiel Netze GmbH"])
    assert set(read_phone_roles(text, "DE").items()) == expected


@pytest.mark.parametrize(
    "blocks",
    [
        # the wrap is a <br> inside one block, or the end of one block
        ("Questions? Call our support team at (888)\n354-0000 and we will help.",),
        ("Questions? Call our support team at (888)", "354-0000 and we will help."),
    ],
)
def test_the_probe_reads_a_number_wrapped_after_its_area_code_as_the_benchmark_does(
    blocks: tuple[str, ...],
) -> None:
    """A number wrapped after its bracketed area code is one number for the live sightings
    as for `read_phone_roles`, placed on the line where its digits end."""
    text_blocks = tuple(TextBlock(i, text, ()) for i, text in enumerate(blocks))
    facts = PageFacts(
        "http://x/", "", "", text_blocks, (), (), (), (), False, False, (), (), (), None
    )
    sightings = find_sightings(facts, "US", (1366, 768))
    assert [(s.e164, s.role, s.block) for s in sightings] == [("+18883540000", CS, len(blocks) - 1)]
    assert read_phone_roles("\n".join(blocks), "US") == {"+18883540000": CS}
