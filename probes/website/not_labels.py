"""Label words that are part of a name, not a label over folded text: a web address
("www.cnil.fr"), a state's code after a town ("Curitiba, PR"), a street's name ("Av. Bombeiros
Voluntários"). Read by `probes.website.labels.found_labels`.
"""

from __future__ import annotations

import re
from functools import cache

from probes.website.words import DEPARTMENTS, all_words


def part_of_a_name(text: str, match: re.Match[str]) -> bool:
    """Whether the label `match` found in folded `text` is part of an address or a name."""
    return (
        _in_url(text, match)
        or _region_code(text, match)
        or (
            bool(_STREET_BEFORE.search(text, max(0, match.start() - 16), match.start()))
            and not re.match(r"\s*:", text[match.end() : match.end() + 3])
        )
    )


# A line of one or two words no label has, then the label ending the line ("Winckler Personal",
# "Nova Press"): a firm's name, not a department's title (round 34).
_NAME_BEFORE = re.compile(r"(?:^|\n)[ \t]*([^\W\d_]{3,}(?:[ \t]+[^\W\d_]{3,})?)[ \t]+$")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


def firm_name(text: str, match: re.Match[str]) -> bool:
    """Whether a label ends a short line that opens on words no label has: a firm's name
    ("Winckler Personal"; `probes.website.labels` asks it of department words only)."""
    if not _LINE_END.match(text, match.end()):
        return False
    name = _NAME_BEFORE.search(text, 0, match.start())
    return name is not None and not any(w in label_word_set() for w in name.group(1).split())


_URL_AFTER = re.compile(r"\.[a-z]{2,}\b")


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
