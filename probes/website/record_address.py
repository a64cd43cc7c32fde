"""An address line inside another organisation's record: under a dispute body's or a host's
heading, the line with its postcode and town keeps the record open even when a word in it reads
as a label ("Edifício Ninho de Empresas", a business centre's name, is no sales line). Read by
`probes.website.sections`.
"""

from __future__ import annotations

import re

from probes.website.labels import PHONE, found_labels
from probes.website.name_lines import ends_in_legal_form
from probes.website.not_labels import STREET_WORDS
from probes.website.words import OTHER_ORGANISATIONS, fold

# A postcode and a town of one or two words ending the line or before a comma ("8000 Faro,
# Portugal", "1000-001 Lisboa", "00-950 Warszawa"): not a year ("Seit 1998 Ihr Kundenservice").
_POSTCODE_TOWN = re.compile(
    r"(?<![\d-])(?:\d{4,5}(?:-\d{3})?|\d{2}-\d{3})\s+[^\W\d_]{3,}(?:[ -][^\W\d_]+)?\s*(?:,|$)"
)


_ADDRESS_LABEL = re.compile(
    r"^\s*(?:endereço|morada|adresse|address|dirección|direccion|domicilio|indirizzo|adres|"
    r"anschrift|adresa)\s*:\s*",
    re.IGNORECASE,
)


# An address's first part: a house number, or a street word opening it ("Rua Monsenhor ...")
_STREET_FIRST = re.compile(rf"[^,]*\d|(?:{STREET_WORDS})(?!\w)")


def record_address(role: str | None, line: str, first: bool) -> bool:
    """Whether a line under another organisation's heading is its address ("Ninho de Empresas,
    Edif. ANJE, 8000 Faro": a business centre's name in it is no sales label): no label colon,
    a postcode and a town, only sales words in it (no customer-service line of the
    company's own, "Unser Kundenservice, ..."), and no company named with its legal form before
    the first comma ("Vertrieb Muster GmbH, ...": another company's record)."""
    labelled = _ADDRESS_LABEL.match(line)
    if labelled and first and _STREET_FIRST.match(fold(line[labelled.end() :])):
        # "Endereço: Rua ..., Ninho de Empresas, 8005-137 Faro" right under the name; further
        # down, or naming a business first ("Indirizzo: Negozio Esempio, ..."), the company's
        # own address (review 45)
        line = line[labelled.end() :]
    if role not in OTHER_ORGANISATIONS or ":" in line or not _POSTCODE_TOWN.search(line):
        return False
    roles = {r for *_, r in found_labels(fold(line)) if r != PHONE}
    name = fold(line).split(",", 1)[0]
    return roles == {"sales"} and not ends_in_legal_form(name)


# A street word opening a line ("ul. Złota 6/6"), not any digits (opening hours, a floor).
_STREET_OPENS = re.compile(rf"(?:{STREET_WORDS})(?!\w)")


def address_line(line: str) -> bool:
    """Whether `line` (folded) is an address: a street word opening it, or a postcode and a town
    ("ul. Złota 6/6", "03-956 Warszawa"); not opening hours or a floor ("pn.-pt. 9:00-17:00")."""
    return bool(_STREET_OPENS.match(line.strip()) or _POSTCODE_TOWN.search(line))
