"""Whose line a number is, from a company's name on the line right under it.

A list of fault lines may put each supplier's name under its number ("Strom 0800 ..." over
"Example Netze GmbH"): where that name is not the company's own (the first company named on
the page), the line is another organisation's, whose kind its name says: a grid operator
("...Netz GmbH", "... Distribuzione S.p.A.") or a heat supplier ("...Wärme GmbH"). Name parts
are matched anywhere in the folded name, since they are often glued ("ExampleNETZE").
"""

from __future__ import annotations

import re
from functools import cache

from probes.website.words import all_words, fold

GRID_OPERATOR = "grid_operator"
HEAT_SUPPLIER = "heat_supplier"
_NAME_MAX = 60  # characters of a line that is only a company's name
# A company's legal form ending its name: "GmbH", "AG", "S.p.A.", "B.V.", "Sp. z o.o.", "Ltd".
_LEGAL_FORM = re.compile(
    r"(?<![^\W\d_])(?:gmbh|ag|kg|se|sa|sas|sarl|srl|s\.r\.l|spa|s\.p\.a|bv|b\.v|nv|n\.v|ltd|plc"
    r"|sp\. z o\.o|s\.l|s\.a|lda)\.?$"
)


def company_name(line: str) -> str | None:
    """The company name a line holds and nothing else (no digits), else None; folded, with its
    punctuation but hyphens ("E-Distribuzione"), a leading copyright sign and "&" for "and" left
    out, so that one company written two ways ("Example Heating & Air Ltd." and "Example Heating
    and Air, Ltd") is one name."""
    folded = fold(line).strip(" ,;")
    if not folded or len(folded) > _NAME_MAX or re.search(r"\d", folded):
        return None
    if not _LEGAL_FORM.search(folded):
        return None
    folded = re.sub(r"^(?:©|\(c\)|copyright)\s*", "", folded).replace("&", " and ")
    return " ".join(re.sub(r"[^\w\s-]", " ", folded).split())


def ends_in_legal_form(folded: str) -> bool:
    """Whether a folded line ends with a company's legal form ("... der muster gmbh")."""
    return bool(_LEGAL_FORM.search(folded.rstrip(" :")))


@cache
def _kinds() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return (
        (GRID_OPERATOR, all_words("grid_name_parts")),
        (HEAT_SUPPLIER, all_words("heat_name_parts")),
    )


def kind_of(name: str) -> str | None:
    """The kind of organisation a folded company name says it is, else None."""
    for kind, parts in _kinds():
        if any(part in name for part in parts):
            return kind
    return None


def owners_under(lines: list[str]) -> list[str | None]:
    """For each line, the kind of another company whose name is the next non-blank line under
    it (not the company's own, the first company named on the page), else None."""
    names = [company_name(line) for line in lines]
    own = next((name for name in names if name), None)
    out: list[str | None] = [None] * len(lines)
    below: str | None = None  # the name on the next non-blank line, walking up from the end
    for i in range(len(lines) - 1, -1, -1):
        out[i] = kind_of(below) if below and below != own else None
        if lines[i].strip():
            below = names[i]
    return out
