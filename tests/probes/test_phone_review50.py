"""Review 50 of phone round 34 (commit 297f293): made-up contact blocks, labelled by
tests/data/LABELLING.md, where the round's new rules overreach. Every xfail below was read
right by the code before the round (297f293^) unless its reason says otherwise. The mend read 32
of the 39 right again (the firm's name only in capitals, the licence phrases only before their
colon); the strict xfails left are "dział reklamy" joined to the customers' line, whose older
heading scope and last-label rule do the same with "dział sprzedaży", a licensing consultant's
"Pedido de licença de funcionamento: <number>" line, and a lettered list item before a stray
letter (also missed before)."""

from __future__ import annotations

import pytest

from probes.website.line_walk import read_phone_roles
from tests.known_gaps import review_gap

CS = "customer_service"


_over = review_gap("review 50")


_FIRM = "firm_name reads a real two-word department title as a firm's name"
_QUAL = "a licence qualifier ('de funcionamento', 'de apertura') makes a real line an identifier"
_REKLAMY = "'dział/biuro reklamy' turns a customers' line into sales"

CASES = [
    # Family 1: `not_labels.firm_name`. A jobs/press/marketing word ending a line after one or
    # two words no label has is taken for a firm's name ("Winckler Personal"). The same shape is
    # the ordinary title of a department: an office's or city's name, a unit word ("Stabsstelle",
    # "Referat", "Pôle", "Setor", "Dpto") or an adjective ("Aktuelle", "Graduate") before it.
    # The line under it is that department's, not the customers' line (all read right before).
    ("Stabsstelle Presse\nTel. 0711 123456", "DE", {"+49711123456": "press"}),
    ("Referat Presse\nTel. 0711 123456", "DE", {"+49711123456": "press"}),
    (
        "Kundenservice\nTel. 0711 654321\nStabsstelle Presse\nTel. 0711 123456",
        "DE",
        {"+49711654321": CS, "+49711123456": "press"},
    ),
    ("Leitung Personal\nTel. 030 1234567", "DE", {"+49301234567": "jobs"}),
    ("Bereich Personal\nTel. 030 1234567", "DE", {"+49301234567": "jobs"}),
    ("Aktuelle Stellenangebote\nTel. 030 1234567", "DE", {"+49301234567": "jobs"}),
    ("Offene Jobs\nTel. 030 1234567", "DE", {"+49301234567": "jobs"}),
    ("Graduate Recruitment\nTel: 020 7946 0123", "GB", {"+442079460123": "jobs"}),
    ("Current Vacancies\nCall 020 7946 0123", "GB", {"+442079460123": "jobs"}),
    (
        "Customer Services\nTel: 020 7946 0000\nLondon Press Office\nTel: 020 7946 0123",
        "GB",
        {"+442079460000": CS, "+442079460123": "press"},
    ),
    ("Group Press Office\nTel: 020 7946 0123", "GB", {"+442079460123": "press"}),
    ("Global Media Relations\n+44 20 7946 0123", "GB", {"+442079460123": "press"}),
    ("Madrid Press Office\nTel. +34 912 345 678", "ES", {"+34912345678": "press"}),
    (
        "Servizio clienti: 02 8765 4321\nAddetto Stampa\nTel. 02 1234 5678",
        "IT",
        {"+390287654321": CS, "+390212345678": "press"},
    ),
    ("Aktualne oferty pracy\ntel. 22 123 45 67", "PL", {"+48221234567": "jobs"}),
    ("Zespół HR\ntel. 22 123 45 67", "PL", {"+48221234567": "jobs"}),
    (
        "Obsługa klienta: 22 765 43 21\nZespół Rekrutacja\ntel. 22 123 45 67",
        "PL",
        {"+48227654321": CS, "+48221234567": "jobs"},
    ),
    ("Warszawa Rekrutacja\ntel. 22 123 45 67", "PL", {"+48221234567": "jobs"}),
    ("Warszawa Dział Marketingu\ntel. 22 123 45 67", "PL", {"+48221234567": "marketing"}),
    ("Pôle Recrutement\nTél. 01 23 45 67 89", "FR", {"+33123456789": "jobs"}),
    ("Cellule Presse\nTél. 01 23 45 67 89", "FR", {"+33123456789": "press"}),
    ("Actuele Vacatures\nTel. 020 123 4567", "NL", {"+31201234567": "jobs"}),
    ("Setor RH\nTelefone: (11) 3456-7890", "BR", {"+551134567890": "jobs"}),
    ("Nossas Vagas\nWhatsApp: (11) 98765-4321", "BR", {"+5511987654321": "jobs"}),
    ("Responsable Prensa\nTel. 912 345 678", "ES", {"+34912345678": "press"}),
    ("Dpto RRHH\nTel. 912 345 678", "ES", {"+34912345678": "jobs"}),
    # Guards: a title whose first word is a label word, a whole label phrase, a heading on its
    # own line above the title, a firm with its legal form.
    ("Team Personal\nTel. 030 1234567", "DE", {"+49301234567": "jobs"}),
    ("Human Resources\nTel: 020 7946 0123", "GB", {"+442079460123": "jobs"}),
    ("Recursos Humanos\nTel: 21 234 5678", "PT", {"+351212345678": "jobs"}),
    (
        "Oddział Kraków\nDział Marketingu\ntel. 12 123 45 67",
        "PL",
        {"+48121234567": "marketing"},
    ),
    ("WINCKLER PERSONAL GmbH\nTel: 030 1234567", "DE", {"+49301234567": CS}),
    # Family 2: pt/es `id_qualifiers`. The qualifiers are pooled for every language's id label
    # and also explain a bracket (`_ID_WORD`), so opening hours in a bracket after "pedido" or
    # "encomenda", a footer link "Licença de funcionamento" above a bare number, or a
    # licensing consultant's request line all become identifiers and the line is lost.
    (
        "Faça a sua encomenda (durante o horário de funcionamento): 912 345 678",
        "PT",
        {"+351912345678": CS},
    ),
    ("Linha de encomenda (horário de funcionamento): 21 234 5678", "PT", {"+351212345678": CS}),
    ("Haz tu pedido (en horario de apertura): 912 345 678", "ES", {"+34912345678": CS}),
    (
        "Realiza tu pedido (horario de apertura de la tienda): 912 345 678",
        "ES",
        {"+34912345678": CS},
    ),
    (
        "Política de privacidade\nLivro de Reclamações\nLicença de funcionamento\n21 234 5678",
        "PT",
        {"+351212345678": CS},
    ),
    ("Aviso legal\nLicencia de apertura\n912 345 678", "ES", {"+34912345678": CS}),
    _over(
        "Consultoria de licenciamento\nPedido de licença de funcionamento: 21 234 5678",
        "PT",
        {"+351212345678": CS},
        _QUAL,
    ),
    # Guards: a licence's number on its line, then a labelled phone; a label between.
    ("Licença de funcionamento n.º 123/2020\nTel: 21 234 5678", "PT", {"+351212345678": CS}),
    ("Licença de funcionamento – dúvidas: 21 234 5678", "PT", {"+351212345678": CS}),
    ("Licencia de apertura\nTeléfono 912 345 678", "ES", {"+34912345678": CS}),
    # Family 3: Polish "dział reklamy" / "biuro reklamy" (sales). Joined to the customers' line
    # or to complaints it still names that line (a customers' line also used otherwise stays
    # customer_service); as a heading it now carries sales to a later line labelled for
    # customers (the heading scope does the same after "Dział sprzedaży": an older fault the
    # new words expose; before the round both lines below read customer_service).
    _over("Dział reklamy i reklamacji: 22 123 45 67", "PL", {"+48221234567": CS}, _REKLAMY),
    _over("Biuro reklamy i obsługi klienta: 22 123 45 67", "PL", {"+48221234567": CS}, _REKLAMY),
    _over("Obsługa klienta i dział reklamy: 22 123 45 67", "PL", {"+48221234567": CS}, _REKLAMY),
    _over(
        "Dział reklamy\ntel. 22 123 45 68\nBiuro obsługi klienta: tel. 22 123 45 67",
        "PL",
        {"+48221234568": "sales", "+48221234567": CS},
        _REKLAMY + " (heading scope)",
    ),
    _over(
        "Dział reklamy\ntel. 22 123 45 68\nReklamacje i zwroty: tel. 22 123 45 67",
        "PL",
        {"+48221234568": "sales", "+48221234567": CS},
        _REKLAMY + " (heading scope)",
    ),
    # Guards: an advertising agency's own name over its customer line; colon labels per line.
    (
        "Biuro Reklamy ARTGRAF\nul. Polna 3, 00-001 Warszawa\ntel. 22 123 45 67",
        "PL",
        {"+48221234567": CS},
    ),
    (
        "Dział reklamy: tel. 22 123 45 68\nReklamacje: tel. 22 123 45 67",
        "PL",
        {"+48221234568": "sales", "+48221234567": CS},
    ),
    # Family 4: `_STRAY_LETTER` after a list item's number. No overreach found: these guard
    # it (two-digit and bracketed item numbers, a fax item above, an extension, the "h" kept).
    ("§ 2 KONTAKT\n10. Tel. 723 100 427l", "PL", {"+48723100427": CS}),
    ("1) Tel. 723 100 427l", "PL", {"+48723100427": CS}),
    (
        "3. Fax. 22 123 45 67\n4. Tel. 22 123 45 68l",
        "PL",
        {"+48221234567": "fax", "+48221234568": CS},
    ),
    ("12. Tel. 22 123 45 67 wew. 12", "PL", {"+48221234567": CS}),
    ("3. Tel. 22 123 45 67h", "PL", {}),
    # A lettered item is not covered (a gap, not an overreach: read no better before the round).
    _over(
        "§ 2 KONTAKT\na) Tel. 723 100 427l",
        "PL",
        {"+48723100427": CS},
        "a lettered list item before the stray letter is not covered (also missed before)",
    ),
]


@pytest.mark.parametrize(("text", "region", "expected"), CASES)
def test_review50(text: str, region: str, expected: dict[str, str]) -> None:
    assert read_phone_roles(text, region) == expected
