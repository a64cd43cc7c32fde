"""The labels next to a phone number and the role they give it, over folded text.

Label words come from the lexicon files (`fax`, `customer_service`, `sales`, `press`,
`investors`, `jobs`, `purchasing`, `accounting`, `debt_collection`, `marketing`,
`data_protection`, `legal`, `payment`, `mediator`, `host`,
`authority`, `carrier`, `emergency`, `manufacturer`, `insurer`, `reseller`, `photographer`,
`youth_protection`),
plus words that only say "phone" (`PHONE`: "Tel.", "call"), which make a number customer
service unless a department named just before them says whose line it is. Read by
`probes.website.roles`, which finds the numbers.
"""

from __future__ import annotations

import re
from functools import cache

from probes.website.name_lines import HEAT_SUPPLIER
from probes.website.not_labels import part_of_a_name
from probes.website.words import DEPARTMENTS, OTHER_ORGANISATIONS, all_words, alternation, fold

CUSTOMER_SERVICE = "customer_service"
FAX = "fax"
ROLES = (CUSTOMER_SERVICE, FAX, *DEPARTMENTS, HEAT_SUPPLIER)
"""Every role a number can have."""
PAYMENT = "payment"  # a wallet that only receives money: labelled on its own line only
MANUFACTURER = "manufacturer"  # a brand's own support line, in a shop's list of its brands' lines
PHONE = "phone"  # a word that only says "phone" ("Tel."): customer service unless a
# department named just before it says whose line it is ("Presse: Tel. 030 ...")

_GLUE = re.compile(r"[\s(\[\-–:,/]*")
_OPENING_BRACKET = re.compile(r"\s*\(\s*")
_PRESS = "press"
# A label joined to the one before it ("WhatsApp y Bizum", "SMS i BLIK", "WhatsApp ou MB Way").
_JOINED_BEFORE = re.compile(r"(?:\b(?:y|e|i|and|und|et|ou|o|oder|of|en|lub|oraz)|[&/,+])\s*$")
_LABEL_THEN_NUMBER = re.compile(
    r"[\s.:\-–/]*(?:no|nr|n°|number|nummer|numero)?[\s.:]*\(?\s*\+?\s*\d"
)


@cache
def _label_then_extension() -> re.Pattern[str]:
    """A label followed by an extension's marker and digits ("fax w. 108", "Fax DW 20"): the
    label names that extension on the same lines, not the number before it."""
    markers = alternation(all_words("extension_words"))
    return re.compile(rf"[\s.:\-–]*(?:{markers})(?![^\W\d_])[\s.:]*\d{{1,5}}(?!\d)")


# "Tel./Fax", "Tel-Fax", "Telefone e fax", "Teléfono y fax": one line for both.
_PAIR = re.compile(r"[/&+\-–]|(?<!\w)(?:and|und|et|e|y|i|en|oraz|or|oder|ou|o)(?!\w)")
# "T +31 20 123 4567 | F +31 20 123 4568": a capital F (or Fx), or "f.", right before a number;
# a lower-case "f:" only after a blank or at the line's start ("p: (02) 4956 1144 / f: (02) 4952
# 7461"; not "t/f:", "tel & f:", a phone and fax line).
_LETTER_FAX = re.compile(r"(?<![\w.])(?:Fx?\s*[:.]?|f\.)\s*$|(?:^|(?<=\s))(?<![/&+]\s)f\s*:\s*$")
# A one-letter phone label in capitals with its colon ("P:", "T:", "M:", "Ph:", "Mob:").
_LETTER_PHONE = re.compile(r"(?<![\w.])(?:P|T|M|Ph|Mob)\s*:\s*$")
# A fax machine's pictogram as the label, in any language ("📠 053 66 67 55"); not after a slash,
# "&" or "+" (a phone and fax line: "📞/📠", "Tel & 📠", as "Tel/Fax").
_ICON_FAX = re.compile(r"(?<![/&+])(?<![/&+]\s)\U0001f4e0\ufe0f?\s*:?\s*$")
# What may stand between a department and a bare phone word: "Presse: Tel.", "Recursos
# Humanos - Tel.", "media enquiries call"; not a name's end ("Acme Media GmbH, Tel.").
_JOINED = re.compile(r"[\s:,\-–]*")
_ONE_NAME = re.compile(r"[\s\-–]*")  # "DHL Kundenservice", not "BRT o Poste Italiane, assistenza"
_BRACKET = re.compile(r"[\s\-–,]*\(([^()\d]{1,30})\)")
_AFTER_REACH = 30  # characters after a number searched for a label such as "(fax)"
_BEFORE_REACH = 60  # characters before a number searched for its label


@cache
def _label_patterns() -> dict[str, re.Pattern[str]]:
    """Role -> pattern of its labels over folded text (whole words)."""
    words = {
        FAX: all_words("fax"),
        **{dept: all_words(dept) for dept in DEPARTMENTS},
        CUSTOMER_SERVICE: all_words("customer_service"),
        PHONE: all_words("phone_words"),
    }
    return {role: re.compile(rf"(?<!\w)(?:{alternation(w)})(?!\w)") for role, w in words.items()}


def found_labels(text: str) -> list[tuple[int, int, str]]:
    """(start, end, role) of every label in folded `text`, longest first where they overlap."""
    found: list[tuple[int, int, str]] = []
    for role, pattern in _label_patterns().items():
        found += [
            (m.start(), m.end(), role)
            for m in pattern.finditer(text)
            if not part_of_a_name(text, m)
        ]
    found.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    kept: list[tuple[int, int, str]] = []
    for hit in found:
        if not kept or hit[0] >= kept[-1][1]:
            kept.append(hit)
    return kept


# Other organisations whose name before a customer-service word makes it their line (a wallet
# named beside "Tel." is a pair, "Teléfono y Bizum": not one of them).
_OWN_SERVICE_OF = tuple(r for r in OTHER_ORGANISATIONS if r != PAYMENT)


def role_before(segment: str) -> str | None:
    """The role of the last label in `segment` (`PHONE` for a bare "Tel."); a "Tel./Fax"
    pair is a phone line; a department before a bare phone word is the department's line
    ("Pressekontakt: Tel. 030 ...", "Recursos Humanos - Tel.: 21 ...", "Sales Hotline"), and another
    organisation before a customer-service word its own ("DHL Kundenservice: 0228 ..."); complaints
    beside dispute resolution as a process ("Complaints and dispute resolution:") are the company's
    own complaints line."""
    if _LETTER_FAX.search(segment) or _ICON_FAX.search(segment):
        return FAX
    if _LETTER_PHONE.search(segment):
        return PHONE  # "P: 01206 ...", "T: 020 ...", "M: 07911 ..." beside "F: ..."
    folded = fold(segment)
    labels = found_labels(folded)
    # A label in brackets qualifies the one before it: "Fax (Zentrale): 030 ..." is a fax.
    inside = [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", folded)]
    outside = [h for h in labels if not any(a < h[0] and h[1] < b for a, b in inside)]
    if outside and outside[0][0] < min((a for a, _ in inside), default=len(folded)):
        labels = outside
    if not labels:
        return None
    paired = _pair_role(folded, labels)
    if paired:
        return paired
    between = folded[labels[-2][1] : labels[-1][0]] if len(labels) > 1 else ""
    if len(labels) > 1 and (
        (labels[-1][2] == PHONE and labels[-2][2] in DEPARTMENTS and _JOINED.fullmatch(between))
        # a department's own service line, one name: "Sales Hotline", "Presse-Hotline"
        or (
            labels[-1][2] == CUSTOMER_SERVICE
            and labels[-2][2] in DEPARTMENTS
            and _ONE_NAME.fullmatch(between)
        )
        # another organisation's own service line, one name: "DHL Kundenservice", "DHL-Hotline"
        or (
            labels[-1][2] == CUSTOMER_SERVICE
            and labels[-2][2] in _OWN_SERVICE_OF
            and _ONE_NAME.fullmatch(between)
        )
    ):
        return labels[-2][2]
    # "puede pagar por Bizum (Tlf. 34 ...)", "Pressestelle (Tel. 030 ...)": a bare phone word
    # opening a bracket after a wallet's or a press office's label is that label's line (round
    # 39); not after one joined to another ("Pedidos por WhatsApp y Bizum (Tlf. ...)"), nor after
    # sales words, which name the customers served ("particulares y empresas (Tlf. ...)"): review 71
    if (
        len(labels) > 1
        and labels[-1][2] == PHONE
        and labels[-2][2] in (PAYMENT, _PRESS)
        and _OPENING_BRACKET.fullmatch(between)
        and not _JOINED_BEFORE.search(folded[: labels[-2][0]])
    ):
        return labels[-2][2]
    # "Complaints and dispute resolution: 02 ...": the company's own complaints line
    since = labels[-2][1] if len(labels) > 1 else 0
    if own_complaints(folded[since:], [(a - since, b - since, r) for a, b, r in labels[-1:]]):
        return CUSTOMER_SERVICE
    return labels[-1][2]


def _pair_role(folded: str, labels: list[tuple[int, int, str]]) -> str | None:
    """The role of a "Tel./Fax" pair ending `labels` ("Tel./Fax", "Teléfono y Bizum"): a phone
    line too; a bare phone word's ("Tél. & fax"), which under another organisation's heading is
    that organisation's line. None when the last two labels are no such pair."""
    if len(labels) < 2:
        return None
    roles = {role for _, _, role in labels[-2:]}
    between = folded[labels[-2][1] : labels[-1][0]]
    if roles & {FAX, PAYMENT} and roles & {CUSTOMER_SERVICE, PHONE} and _PAIR.search(between):
        return CUSTOMER_SERVICE if CUSTOMER_SERVICE in roles else PHONE
    return None


def pair_second(segment: str) -> str | None:
    """The role of the second label of a "Tel. / Fax" pair ending `segment` ("fax"), else None:
    a second number written after the first ("01 23 45 67 00 / 01", "... / 030 124") is its."""
    folded = fold(segment)
    labels = found_labels(folded)
    if len(labels) < 2:
        return None
    roles = {labels[-2][2], labels[-1][2]}
    between = folded[labels[-2][1] : labels[-1][0]]
    if FAX in roles and roles & {CUSTOMER_SERVICE, PHONE} and _PAIR.search(between):
        return public_role(labels[-1][2])
    return None


def public_role(role: str | None) -> str:
    """A role as the rows show it: a bare phone word or no label is customer service."""
    return CUSTOMER_SERVICE if role in (None, PHONE) else str(role)


def role_in_text(text: str, section: str | None = None) -> str | None:
    """The role a label in `text` gives ("Fax", "Presse"), or None when it names none; a
    bare phone word ("Call us") or no label is `section`'s line when one is given."""
    role = role_before(text)
    if role in (None, PHONE) and section:
        return section
    return None if role is None else public_role(role)


def role_ending(block: str) -> str | None:
    """The role of a label that ends `block` ("Fax:" on a line of its own), else None."""
    tail = fold(block[-_BEFORE_REACH:])
    labels = found_labels(tail)
    if labels and not re.search(r"[\d\w]", tail[labels[-1][1] :]):
        # "Telefon / fax" on a line of its own over the number: one line for both
        return _pair_role(tail, labels) or labels[-1][2]
    return None


def role_after(segment: str) -> str | None:
    folded = fold(segment[:_AFTER_REACH])
    # "030 123 (nur Fax)", "02 123 (solo fax)": a department or fax named in brackets.
    bracket = _BRACKET.match(folded)
    if bracket:
        named = [
            r for _, _, r in found_labels(bracket.group(1)) if r not in (CUSTOMER_SERVICE, PHONE)
        ]
        if named:
            return named[0]
    labels = found_labels(folded)
    # "030 123 (Fax)", "030 123 - fax": only when nothing else comes first, and not when a
    # number follows the label ("030 123, fax 030 124": that label is the next number's).
    if not labels or labels[0][2] in (CUSTOMER_SERVICE, PHONE):
        return None
    start, end, role = labels[0]
    after = folded[end:]
    if (
        _GLUE.fullmatch(folded[:start])
        and not _LABEL_THEN_NUMBER.match(after)
        and not _label_then_extension().match(after)
    ):
        return role
    return None


@cache
def _complaints() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(all_words('complaints'))})(?!\w)")


def own_complaints(folded: str, labels: list[tuple[int, int, str]]) -> bool:
    """Whether a heading names a complaints procedure beside dispute resolution as a process
    only ("Complaints and dispute resolution", "Reclamações e resolução de litígios"), no outside
    body (an ombudsman, a mediator, an arbitration centre): the company's own complaints."""
    process = set(all_words("dispute_process"))
    mediators = [folded[a:b] for a, b, role in labels if role == "mediator"]
    return (
        bool(mediators)
        and all(m in process for m in mediators)
        and all(role == "mediator" for *_, role in labels)
        and bool(_complaints().search(folded))
    )
