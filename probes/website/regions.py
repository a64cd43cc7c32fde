"""Which countries' formats the numbers of a page are read in.

The company's country first, then the countries the page itself suggests: a North
American toll-free shape (1-800-...), or a country named on the page ("U.S. customers",
"Schweiz", "Belgique"): a number valid only for a suggested country counts where its own
sentence (or a line of its own above it) names that country, or it has that toll-free shape.
"""

from __future__ import annotations

import re

from probes.website.words import fold

_NANP_TOLL_FREE = re.compile(
    r"(?<![\d+])1?[\s.\-]?\(?8(?:00|33|44|55|66|77|88)\)?[\s.\-]\d{3}[\s.\-]\d{4}"
)
_COUNTRY_HINTS = {
    "US": r"\b(?:u\.?s\.?a?|united states|usa|us customers|north america|estados unidos|stati uniti"
    r"|etats-unis|verenigde staten|vereinigte staaten|stany zjednoczone)\b",
    "CA": r"\b(?:canada|kanada)\b",
    "GB": r"\b(?:uk|united kingdom|great britain|england|reino unido|regno unito|royaume-uni"
    r"|verenigd koninkrijk|wielk\w+ brytani\w*|grossbritannien|inglaterra|inghilterra|angleterre"
    r"|engeland|anglii|anglia)\b",
    "IE": r"\b(?:ireland|irlande|irland|irlanda|ierland|irlandi\w*)\b",
    "DE": r"\b(?:deutschland|germany|allemagne|alemania|alemanha|germania|duitsland"
    r"|niem(?:cy|iec|czech))\b",
    "AT": r"\b(?:osterreich|austri\w*|autriche|oostenrijk)\b",
    "CH": r"\b(?:schweiz|suisse|switzerland|svizzera|suiza|suica|zwitserland|szwajcari\w*)\b",
    "FR": r"\b(?:france|frankreich|francia|franca|frankrijk|francj\w*)\b",
    "BE": r"\b(?:belgique|belgie|belgium|belgien|belgica|belgio|belgi[ai])\b",
    "NL": r"\b(?:nederland|netherlands|niederlande|pays-bas|paises bajos|holanda|paesi bassi|olanda"
    r"|holandi\w*|holland)\b",
    "ES": r"\b(?:espana|spain|spanien|espagne|espanha|spagna|spanje|hiszpani\w*)\b",
    "IT": r"\b(?:italia|italy|italien|italie|wloch\w*|wloszech)\b",
    "PT": r"\b(?:portugal|portugali\w*)\b",
    "BR": r"\b(?:brasil|brazil|brasilien|bresil|brasile|brazyli\w*|brazilie)\b",
    "PL": r"\b(?:polska|poland|polen|pologne|polonia|polsce)\b",
    "LU": r"\b(?:luxembourg|luxemburg|luxemburgo|lussemburgo|luksemburg)\b",
}


# Countries whose numbers dropped a trunk 0 that pages still print: Poland's closed numbering
# plan (2009) made "(0-71) 354 12 34", "071 354 12 34" or "0 601 123 456" read "71 354 12 34".
_OLD_TRUNK_ZERO = ("PL",)
# A trunk 0 (or a doubled 00) before a 2- or 3-digit area code written as its own group:
# "(0-71) 354", "071 354", "0 71 354", "0071 354"; not "0612345678", written as one run.
_TRUNK_BEFORE_GROUP = re.compile(r"(?<![\d+])(\(?)(0{1,2}[\s\-]?)(?=\d{2,3}\)?[\s\-/.]\d)")


def without_old_trunk(text: str, region: str) -> str | None:
    """`text` with the old trunk 0 of `region`'s numbers blanked (spans stay where they were),
    or None when the country never dropped one or the text has none."""
    if region.upper() not in _OLD_TRUNK_ZERO or not _TRUNK_BEFORE_GROUP.search(text):
        return None
    return _TRUNK_BEFORE_GROUP.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)


def suggested_regions(text: str, region: str) -> list[str]:
    """`region` first, then the countries the text suggests for its numbers."""
    regions = [region.upper()] if region else []
    folded = fold(text)
    if _NANP_TOLL_FREE.search(text) and "US" not in regions:
        regions.append("US")
    for code, pattern in _COUNTRY_HINTS.items():
        if code not in regions and re.search(pattern, folded):
            regions.append(code)
    for written in _THREE_LETTER_IN_BRACKETS.findall(text):
        if written in _THREE_LETTER and _THREE_LETTER[written] not in regions:
            regions.append(_THREE_LETTER[written])
    return regions


# A country's three-letter code in capitals (ISO 3166 alpha-3, or the sports code a page may
# use: "(GER)", "(SUI)", "(NED)"), written in brackets after a number.
_THREE_LETTER = {
    "GER": "DE", "DEU": "DE", "AUT": "AT", "SUI": "CH", "CHE": "CH", "NED": "NL", "NLD": "NL",
    "BEL": "BE", "FRA": "FR", "ESP": "ES", "ITA": "IT", "POR": "PT", "PRT": "PT", "POL": "PL",
    "GBR": "GB", "IRL": "IE", "LUX": "LU", "USA": "US", "CAN": "CA", "BRA": "BR",
}  # fmt: skip


_THREE_LETTER_IN_BRACKETS = re.compile(r"\(([A-Z]{3})\)")


def country_in_brackets(content: str) -> str | None:
    """The country a bracket after a number is wholly about ("(GER)", "(Deutschland)", "(UK)"),
    else None: not a sentence that names one ("(auch aus Österreich erreichbar)")."""
    content = content.strip()
    if content in _THREE_LETTER:
        return _THREE_LETTER[content]
    folded = fold(content)
    found = [code for code, pattern in _COUNTRY_HINTS.items() if re.fullmatch(pattern, folded)]
    return found[0] if found else None


def countries_named(text: str) -> set[str]:
    """Every country `text` names ("Kunden in Österreich", "Belgique")."""
    folded = fold(text)
    return {code for code, pattern in _COUNTRY_HINTS.items() if re.search(pattern, folded)}


def is_nanp_toll_free(raw: str) -> bool:
    """Whether a written number has the North American toll-free shape (1-800-555-0199)."""
    return bool(_NANP_TOLL_FREE.search(raw))


def country_named(text: str) -> str | None:
    """The country `text` names last ("Kunden in Österreich:", "Clientes en Suiza:"), else None:
    a number after it is written for that country's customers."""
    folded = fold(text)
    found = [
        (m.end(), code)
        for code, pattern in _COUNTRY_HINTS.items()
        for m in re.finditer(pattern, folded)
    ]
    return max(found)[1] if found else None
