"""What each phone number on a page is for, from the labels next to it.

A number's role comes from the nearest label on either side within its block (a
line, a block element or a table cell): before it, anywhere since the previous number
("Fax (Zentrale): 030 123"), else right after it ("030 123 (Fax)"), else a label
ending the previous block ("Fax:" on a line of its own). Roles: `customer_service`
(the default: a number shown to customers without another label), `fax`, `sales`,
`press`, `investors`, `jobs`. The label words come from the lexicon files.

Numbers are read for the company's country, then for countries the page suggests
(a North American toll-free shape such as 1-800-..., a country named next to a
number, "U.S. customers"): a number valid only for a suggested country counts.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher

from probes.website.phones import is_identifier, vanity_hits
from probes.website.words import DEPARTMENTS, all_words, fold

CUSTOMER_SERVICE = "customer_service"
FAX = "fax"
ROLES = (CUSTOMER_SERVICE, FAX, *DEPARTMENTS)
"""Every role a number can have."""
_PHONE = "phone"  # a word that only says "phone" ("Tel."): customer service unless a
# department named just before it says whose line it is ("Presse: Tel. 030 ...")

# Words that only say "this is a phone number" in any language: they end a label's reach.
_PHONE_WORDS = (
    "tel",
    "tél",
    "tlf",
    "phone",
    "telephone",
    "telefon",
    "telefono",
    "teléfono",
    "téléphone",
    "telefoon",
    "telefone",
    "τηλ",
    "τηλέφωνο",
    "mobile",
    "mob",
    "gsm",
    "call",
    "ring",
)
_GLUE = re.compile(r"[\s(\[\-–:,/]*")
_LABEL_THEN_NUMBER = re.compile(r"[\s.:\-–/]*(?:no|nr|n°|number|nummer|numero)?[\s.:]*[+(]?\d")
# "Tel./Fax", "Tel-Fax", "Telefone e fax", "Teléfono y fax": one line for both.
_PAIR = re.compile(r"[/&+\-–]|(?<!\w)(?:and|und|et|e|y|i|en|oraz|or|oder|ou|o)(?!\w)")
# "T +31 20 123 4567 | F +31 20 123 4568": a capital F (or Fx) right before a number.
_LETTER_FAX = re.compile(r"(?<![\w.])Fx?\s*[:.]?\s*$")
_BRACKET = re.compile(r"[\s\-–,]*\(([^()\d]{1,30})\)")
_AFTER_REACH = 30  # characters after a number searched for a label such as "(fax)"
_BEFORE_REACH = 60  # characters before a number searched for its label
_NANP_TOLL_FREE = re.compile(
    r"(?<![\d+])1?[\s.\-]?\(?8(?:00|33|44|55|66|77|88)\)?[\s.\-]\d{3}[\s.\-]\d{4}"
)
_COUNTRY_HINTS = {
    "US": r"\b(?:u\.?s\.?a?|united states|usa|us customers|north america)\b",
    "CA": r"\bcanada\b",
    "GB": r"\b(?:uk|united kingdom|great britain|england)\b",
    "IE": r"\b(?:ireland|irlande|irland)\b",
    "DE": r"\b(?:deutschland|germany|allemagne|alemania|germania)\b",
    "AT": r"\b(?:osterreich|austria|autriche)\b",
    "CH": r"\b(?:schweiz|suisse|switzerland|svizzera)\b",
    "FR": r"\b(?:france|frankreich|francia)\b",
    "BE": r"\b(?:belgique|belgie|belgium|belgien)\b",
    "NL": r"\b(?:nederland|netherlands|niederlande|pays-bas)\b",
    "ES": r"\b(?:espana|spain|spanien|espagne)\b",
    "IT": r"\b(?:italia|italy|italien|italie)\b",
    "PT": r"\bportugal\b",
    "BR": r"\b(?:brasil|brazil)\b",
    "PL": r"\b(?:polska|poland|polen|pologne)\b",
    "LU": r"\b(?:luxembourg|luxemburg)\b",
}


@dataclass(frozen=True)
class RoledNumber:
    """A number found in a block, with its span and role."""

    e164: str
    start: int
    end: int
    role: str
    label: str


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _label_patterns() -> dict[str, re.Pattern[str]]:
    """Role -> pattern of its labels over folded text (whole words)."""
    words = {
        FAX: all_words("fax"),
        **{dept: all_words(dept) for dept in DEPARTMENTS},
        CUSTOMER_SERVICE: all_words("customer_service"),
        _PHONE: tuple(fold(w) for w in _PHONE_WORDS),
    }
    return {role: re.compile(rf"(?<!\w)(?:{_alternation(w)})(?!\w)") for role, w in words.items()}


def _labels(text: str) -> list[tuple[int, int, str]]:
    """(start, end, role) of every label in folded `text`, longest first where they overlap."""
    found: list[tuple[int, int, str]] = []
    for role, pattern in _label_patterns().items():
        found += [(m.start(), m.end(), role) for m in pattern.finditer(text)]
    found.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    kept: list[tuple[int, int, str]] = []
    for hit in found:
        if not kept or hit[0] >= kept[-1][1]:
            kept.append(hit)
    return kept


def _role_before(segment: str) -> str | None:
    """The role of the last label in `segment` (`_PHONE` for a bare "Tel."); a "Tel./Fax"
    pair is a phone line; a department before a bare phone word is the department's line
    ("Pressekontakt: Tel. 030 ...", "Recursos Humanos - Tel.: 21 ...")."""
    if _LETTER_FAX.search(segment):
        return FAX
    folded = fold(segment)
    labels = _labels(folded)
    # A label in brackets qualifies the one before it: "Fax (Zentrale): 030 ..." is a fax.
    inside = [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", folded)]
    outside = [h for h in labels if not any(a < h[0] and h[1] < b for a, b in inside)]
    if outside and outside[0][0] < min((a for a, _ in inside), default=len(folded)):
        labels = outside
    if not labels:
        return None
    roles = {role for _, _, role in labels[-2:]}
    between = folded[labels[-2][1] : labels[-1][0]] if len(labels) > 1 else ""
    if FAX in roles and roles & {CUSTOMER_SERVICE, _PHONE} and _PAIR.search(between):
        return CUSTOMER_SERVICE
    if labels[-1][2] == _PHONE and len(labels) > 1 and labels[-2][2] in DEPARTMENTS:
        return labels[-2][2]
    return labels[-1][2]


def _public(role: str | None) -> str:
    """A role as the rows show it: a bare phone word or no label is customer service."""
    return CUSTOMER_SERVICE if role in (None, _PHONE) else str(role)


def role_in_text(text: str) -> str | None:
    """The role a label in `text` gives ("Fax", "Presse"), or None when it names none."""
    role = _role_before(text)
    return None if role is None else _public(role)


def _role_ending(block: str) -> str | None:
    """The role of a label that ends `block` ("Fax:" on a line of its own), else None."""
    tail = fold(block[-_BEFORE_REACH:])
    labels = _labels(tail)
    if labels and not re.search(r"[\d\w]", tail[labels[-1][1] :]):
        return labels[-1][2]
    return None


def _role_after(segment: str) -> str | None:
    folded = fold(segment[:_AFTER_REACH])
    # "030 123 (nur Fax)", "02 123 (solo fax)": a department or fax named in brackets.
    bracket = _BRACKET.match(folded)
    if bracket:
        named = [r for _, _, r in _labels(bracket.group(1)) if r not in (CUSTOMER_SERVICE, _PHONE)]
        if named:
            return named[0]
    labels = _labels(folded)
    # "030 123 (Fax)", "030 123 - fax": only when nothing else comes first, and not when a
    # number follows the label ("030 123, fax 030 124": that label is the next number's).
    if not labels or labels[0][2] in (CUSTOMER_SERVICE, _PHONE):
        return None
    start, end, role = labels[0]
    if _GLUE.fullmatch(folded[:start]) and not _LABEL_THEN_NUMBER.match(folded[end:]):
        return role
    return None


def suggested_regions(text: str, region: str) -> list[str]:
    """`region` first, then the countries the text suggests for its numbers."""
    regions = [region.upper()] if region else []
    folded = fold(text)
    if _NANP_TOLL_FREE.search(text) and "US" not in regions:
        regions.append("US")
    for code, pattern in _COUNTRY_HINTS.items():
        if code not in regions and re.search(pattern, folded):
            regions.append(code)
    return regions


def _matches(
    block: str, regions: list[str], deadline: float | None = None
) -> list[tuple[int, int, phonenumbers.PhoneNumber]]:
    """Valid numbers in `block`, each read for the first region it is valid in."""
    spans: list[tuple[int, int, phonenumbers.PhoneNumber]] = []
    for hit in vanity_hits(block, regions[0]) if regions else []:
        spans.append((hit.start, hit.end, phonenumbers.parse(hit.e164, None)))
    spans.sort(key=lambda s: s[0])
    for region in regions:
        starts = [s[0] for s in spans]
        found = []
        for m in PhoneNumberMatcher(block, region, leniency=Leniency.VALID):
            if deadline is not None and time.monotonic() > deadline:
                break
            i = bisect_right(starts, m.start)  # spans are in text order and never overlap
            clash = (i > 0 and spans[i - 1][1] > m.start) or (
                i < len(spans) and spans[i][0] < m.end
            )
            if not clash:
                found.append((m.start, m.end, m.number))
        spans = sorted([*spans, *found], key=lambda s: s[0])
    return spans


def roled_numbers(
    block: str, regions: list[str], context_before: str = "", deadline: float | None = None
) -> list[RoledNumber]:
    """The phone numbers of one block with their roles; identifiers and prices left out."""
    out: list[RoledNumber] = []
    previous_end = 0
    for start, end, number in _matches(block, regions, deadline):
        if is_identifier(block, start, end, previous_end, context_before):
            previous_end = end
            continue
        before = block[max(previous_end, start - _BEFORE_REACH) : start]
        role = _role_before(before)
        if role is None:
            role = _role_after(block[end:])
        if role in (None, _PHONE) and previous_end == 0:
            # A label ending the previous block: "Fax:" on a line of its own, or a
            # department heading over a bare "Tel." line ("Presse" / "Tel. 030 ...").
            ending = _role_ending(context_before)
            if role is None or ending in DEPARTMENTS:
                role = ending or role
        label = before.strip()[-_BEFORE_REACH:]
        e164 = str(phonenumbers.format_number(number, PhoneNumberFormat.E164))
        out.append(RoledNumber(e164, start, end, _public(role), label))
        previous_end = end
    return out


def read_phone_roles(text: str, region: str) -> dict[str, str]:
    """Every number in `text` (one block a line) -> its role; customer service wins ties."""
    regions = suggested_regions(text, region)
    roles: dict[str, str] = {}
    previous = ""
    for block in text.splitlines():
        for hit in roled_numbers(block, regions, previous):
            if roles.get(hit.e164) != CUSTOMER_SERVICE:
                roles[hit.e164] = hit.role
        if block.strip():
            previous = block
    return roles
