"""Label words that are part of a name, not a label over folded text: a web address
("www.cnil.fr"), a state's code after a town ("Curitiba, PR"), a street's name ("Av. Bombeiros
Voluntários"). Read by `probes.website.labels.found_labels`.
"""

from __future__ import annotations

import re
from functools import cache

from probes.website.words import DEPARTMENTS, all_words, fold


def part_of_a_name(text: str, match: re.Match[str]) -> bool:
    """Whether the label `match` found in folded `text` is part of an address or a name."""
    return (
        _in_url(text, match)
        or _region_code(text, match)
        or _trade_name(text, match)
        or (
            bool(_STREET_BEFORE.search(text, max(0, match.start() - 16), match.start()))
            and not re.match(r"\s*:", text[match.end() : match.end() + 3])
        )
    )


_URL_AFTER = re.compile(r"\.[a-z]{2,}\b")
# A trade named by a mediator's own word ("Mediação Imobiliária", a real-estate agency; "mediazione
# immobiliare", "mediação de seguros", an insurance broker): the firm's name, no dispute body; not
# a body named with it ("Organismo di mediazione immobiliare", "Centro de Mediação de Seguros") nor
# any other label's word ("Provedor do Cliente de Seguros", "Fax imobiliária"): review 69.
_MEDIATION = re.compile(r"mediacao|mediacion|mediazione")
_TRADE_AFTER = re.compile(r"\s+(?:imobiliari[ao]|inmobiliari[ao]|immobiliar[ei]|de\s+seguros)\b")
_BODY_BEFORE = re.compile(
    r"\b(?:organismo|centro|entidade|entidad|ente|servizio|servicio)\s+(?:di|de|da|do)\s+$"
)


def _trade_name(text: str, match: re.Match[str]) -> bool:
    """Whether a mediator's word is part of a firm's trade ("Mediação Imobiliária, Lda")."""
    return (
        _MEDIATION.fullmatch(match.group(0)) is not None
        and _TRADE_AFTER.match(text, match.end()) is not None
        and _BODY_BEFORE.search(text, max(0, match.start() - 20), match.start()) is None
    )


def _in_url(text: str, match: re.Match[str]) -> bool:
    """Whether a label is part of a web address ("www.cnil.fr", "dhl.de"), not a word."""
    before = text[match.start() - 1 : match.start()]
    return before == "." or bool(_URL_AFTER.match(text, match.end()))


# A town, then a comma, dash or slash, before a two-letter label that ends the line or comes
# before a postcode: a state's code ("Curitiba, PR", "Londrina - PR, 86050-020"), not "PR".
_TOWN_BEFORE = re.compile(r"([^\W\d_]{3,})\s*(?:,|\s[-–]|/)\s*$")
_REGION_END = re.compile(r"\s*(?:$|\n|,|\s\d)")


def _region_code(text: str, match: re.Match[str]) -> bool:
    """Whether a two-letter label is a state's or region's code after a town (a word no label
    names: not "Marketing/PR", "Careers/HR")."""
    if match.end() - match.start() != 2 or not _REGION_END.match(text, match.end()):
        return False
    town = _TOWN_BEFORE.search(text, 0, match.start())
    return town is not None and town.group(1) not in label_word_set()


@cache
def label_word_set() -> frozenset[str]:
    """Every word of every label phrase ("marketing" of "marketing department"): a word before
    "/PR" that is one of them names a department, not a town."""
    fields = ("fax", *DEPARTMENTS, "customer_service", "phone_words")
    return frozenset(word for f in fields for phrase in all_words(f) for word in phrase.split())


# Words opening a street's name ("Rua", "Av.", "ul."), folded: a label right after one, with no
# colon after it, names the street ("Av. Bombeiros Voluntários", "Rua dos Bombeiros"), not a
# line. Only words that open a name: "Mill Road Fax:" ends one (review 47).
STREET_WORDS = (
    r"rua|avenida|av\.|travessa|largo|praca|viale|piazza|corso|rue|calle|avda|paseo|carrer|"
    r"ul\.|al\."
)
_STREET_BEFORE = re.compile(
    rf"(?<!\w)(?:{STREET_WORDS})\s+(?:(?:d[aeo]s?|de|del|della|di|du|des)\s+)?$"
)


# Words naming a unit a department sits in ("Zespół HR", "Stabsstelle Presse", "Group Press"),
# folded ("zespol"): before a department word they make a title, not a firm's name (review 50).
_UNITS = frozenset(
    {
        *("zespol", "team", "office", "group", "unit", "global", "corporate", "stabsstelle"),
        *("referat", "leitung", "bereich", "sector", "setor", "area", "pole", "cellule"),
        *("servizio", "ufficio", "dpto", "departamento", "departament"),
    }
)


def firm_in_capitals(line: str, folded: str, labels: list[tuple[int, int, str]]) -> bool:
    """A two-word line in capitals, a word no label has and then a department's word ("WINCKLER
    PERSONAL", "NOVA PRESS"): a firm's name. Title case is left a department's title ("Leitung
    Personal", "London Press Office", review 50)."""
    letters = [c for c in re.sub(r"\([^()]*\)", "", line) if c.isalpha()]
    words = folded.split()
    if not letters or not all(c.isupper() for c in letters) or len(words) != 2 or len(labels) != 1:
        return False
    start, end, _ = labels[0]
    return start > 0 and end == len(folded) and not {words[0]} & (label_word_set() | _UNITS)


def acronym_heading(line: str) -> bool:
    """A capitalised word then a department's acronym, no colon ("Performance PR", "Regional
    PR"): a firm's name when an address follows it (round 35, narrowed by review 57: see
    `probes.website.sections`), else the department's title."""
    written = line.split()
    return (
        len(written) == 2
        and written[0][:1].isupper()
        and written[0].isalpha()
        and written[1].isalpha()
        and written[1].isupper()
        and len(written[1]) <= 3
        and fold(written[0]) not in label_word_set() | _UNITS  # not "Dział PR", "Zespół HR"
    )
