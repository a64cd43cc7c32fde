"""Whether a number found in a page's text is a decoy rather than a line to call: an
identifier (order, customer, VAT, register number ...) told by the label before it or by a
'#' or a register's letter prefix, a price (a currency sign beside it), or a fax number. The
digit runs read as something else by their shape alone (an IBAN, a date, a postcode) are
`probes.website.phone_decoys`; `probes.website.phones` drops the decoys found here.
"""

from __future__ import annotations

import re

from probes.website.phone_decoys import (
    in_account_number,
    is_belgian_enterprise_number,
    is_date_or_time_range,
    is_postcode,
)
from probes.website.words import all_words, fold


def _label_pattern(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in words)


_NUMBER_MARK = r"(?:no|nr|num|number|nummer|numer|numero|numarasi|n\.?o|n°|n|st|αρ|#|id)?"
_FAX_AT_END = re.compile(
    rf"(?<!\w)(?:{_label_pattern(all_words('fax'))})\b\.?\s*{_NUMBER_MARK}\.?\s*[:.\-–]?\s*$"
)
_TEL_AND_FAX = re.compile(r"(?:tel|phone|telefon)\w*\.?\s*[/&+]\s*(?:fax|faks)", re.IGNORECASE)
_ID_WORDS = all_words("id_labels")
# A label stands alone or ends in a number word ("Bestellnummer" for "bestell", "Rechnungsnr."):
# a longer word is another one ("Fatturazione", "Ticketservice", "Refunds", "einfach": a
# department or a line to call, not the identifier the label names).
# A long German or Dutch label ending in "nummer" is read at the end of a compound too
# ("Mehrwertsteueridentifikationsnummer", "Handelsregisternummer", "btw-identificatienummer").
_COMPOUND_ID_WORDS = tuple(w for w in _ID_WORDS if w.endswith("nummer") and len(w) >= 12)
_ID_LABEL = (
    rf"(?P<label>[^\W\d_]*-?(?:{_label_pattern(_COMPOUND_ID_WORDS)})|(?:{_label_pattern(_ID_WORDS)})"
    r"(?:s?-?(?:nummer|nummern|nr|number|numero|numer|no))?)(?!\w)"
)
# Words that may qualify a label before its number ("VAT CODE:", "VAT Reg. No:", "NIP UE:",
# after the label's own bracket: "(REGON) pod numerem:"), and a bracket explaining it ("REGON
# (número estatístico):"). A table's dot leaders may follow the label ("Partita I.V.A...: ").
_ID_QUALIFIER = (
    rf"(?:[\s.\-]+(?:{_label_pattern(all_words('id_qualifiers'))})(?!\w)\.?){{0,2}}"
    r"(?:\.?\s*\((?P<bracket>[^()\d]{0,60})\))?"
)
_ID_AT_END = re.compile(
    rf"(?<!\w){_ID_LABEL}\)?{_ID_QUALIFIER}\.?\s*{_NUMBER_MARK}\.*\s*[:#.\-–]?\s*"
    r"(?P<code>[a-z]{2,3}[\s\-]?)?$"
)
# Two letters between the label and the number are a code ("USt-IdNr.: DE 123 456 789",
# "MECC. TO 012345", "NIF: ES-...") when written in capitals, not a word ("Rufen Sie einfach an
# 030 ..."); so are Austria's "ATU" and the German register's "HRB", "HRA", "GnR"
# ("Registernummer: HRB 16897"), never other three letters ("Bestellung: TEL 0800 ...").
_CODE_AT_END = re.compile(r"(?<![^\W\d_])(?:[A-Z]{2}|ATU|HR[AB]|GnR)[\s\-]?$")
# A label the lexicons also list as a line to call is that line ("Numéro client : 09 ...").
_LINE_LABELS = frozenset(all_words("customer_service") + all_words("phone_words"))
# A company register, the court or town that keeps it, then its number: "Registro delle Imprese
# di Roma n. 061...", "Conservatória do Registo Comercial de Lisboa sob o n.º 5...". Only words
# without digits between, and no phone word among them ("Amtsgericht Köln, Tel. 0221 ...").
_REGISTER_THEN_NUMBER = re.compile(
    rf"(?<!\w)(?:{_label_pattern(all_words('register_labels'))})(?!\w)((?:[\s,:]+[^\s\d]+){{0,7}}?)"
    r"[\s,:]*(?:(?:n|nr|no|n\.o|n°|numero|number|nummer|numer)\.?\s*[:#.\-–]?\s*)?$"
)
_ID_WORD = re.compile(rf"(?<!\w)(?:{_label_pattern(_ID_WORDS + all_words('id_qualifiers'))})")
_LINE_WORDS = all_words("phone_words") + all_words("fax") + all_words("customer_service")
_PHONE_WORD = re.compile(rf"(?<!\w)(?:{_label_pattern(_LINE_WORDS)})(?!\w)")
# A phone or fax word joined to an order label names a way to order, not an order's number:
# "Phone Order:", "Fax Order:", "Telefonische Bestellung:", "Fax-Bestellung:" (other labels
# after a phone word stay identifiers: "Telefon Kundennummer:", "Support-Ticket:").
_LINE_WORD_BEFORE = re.compile(
    rf"(?<!\w)(?:{_label_pattern(all_words('phone_words') + all_words('fax'))}"
    r"|telefonisch\w*|telephoniqu\w*|telefonic\w*)[\s\-]*$"
)
_ORDER_LABEL = re.compile(
    r"^(?:orders?|bestellung\w*|commandes?|pedidos?|ordin[ei]|bestelling\w*|zamowieni\w*"
    r"|encomendas?)$"
)
_REGISTER_REACH = 80  # characters before a number searched for a register and its court
_CURRENCY = "€$£₺¥"
# A call's tariff after a number: "€0,14/Min.", "0,10 p/m", "€ 0,80 per minuut".
_PER_MINUTE = re.compile(
    r"(?i)/\s*min|\bmin\b|p/m|cpm|per minu|pro minu|par minu|/\s*call|/\s*appel"
)
_LOOK_AROUND = 64  # characters read around a number for a '#' or a currency sign


# Characters before a number searched for the label that ends there: room for a label, its
# qualifiers and a bracket explaining it ("REGON (número estatístico): ").
_PREFIX_REACH = 80


def _prefix(text: str, start: int, previous_end: int, context_before: str) -> str:
    prefix = text[max(previous_end, start - _PREFIX_REACH) : start]
    if previous_end == 0 and not re.search(r"[^\W\d_]", prefix):
        prefix = context_before[-30:] + " " + prefix
    return prefix


_REGISTER_PREFIX = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,3}-\d{1,3}/$")


def is_identifier(
    text: str, start: int, end: int, previous_end: int = 0, context_before: str = ""
) -> bool:
    """Whether the number at text[start:end] is an identifier (order, VAT, account ...), a
    price, a date or a range of opening hours."""
    # A bounded look-around: slicing the whole text for every number is quadratic.
    before = text[max(0, start - _LOOK_AROUND) : start].rstrip()[-1:]
    after = text[end : end + _LOOK_AROUND].lstrip()[:1]
    if before and before in "#№" + _CURRENCY:
        return True
    if _REGISTER_PREFIX.search(text, max(0, start - 8), start):
        return True  # "Nr E-1/1276/691/22": the digits after a licence's or file's letter prefix
    if after and after in _CURRENCY and not _PER_MINUTE.search(text[end : end + 24]):
        return True  # a price, unless it is the call's tariff ("0180 5 123 456 €0,14/Min.")
    if in_account_number(text, start, end) or is_belgian_enterprise_number(text, start, end):
        return True
    if is_date_or_time_range(text, start, end) or is_postcode(text, start, end):
        return True
    if text.startswith("+", start):
        # "PI: +55 (86) 99415-3688" (Piauí, not the Italian "P.I."): a number written with its
        # country's "+" is dialled; no register or tax number is written so.
        return False
    prefix = _prefix(text, start, previous_end, context_before)
    folded = fold(prefix)
    labelled = _ID_AT_END.search(folded)
    if (
        labelled
        and labelled.group("label") not in _LINE_LABELS
        and not (
            _ORDER_LABEL.match(labelled.group("label"))
            and _LINE_WORD_BEFORE.search(folded, 0, labelled.start())
        )
        and (not labelled.group("code") or _CODE_AT_END.search(prefix))
        and _explains_identifier(labelled.group("bracket"))
    ):
        return True
    near = fold(text[max(previous_end, start - _REGISTER_REACH) : start])
    register = _REGISTER_THEN_NUMBER.search(near)
    return bool(register and not _PHONE_WORD.search(register.group(1)))


def _explains_identifier(bracket: str | None) -> bool:
    """Whether a bracket between an identifier label and its number (if any) explains the
    identifier ("(número estatístico)", "(omzetbelasting)"), not the hours or
    the way to reach a line ("Commande (du lundi au vendredi) :", "Bestellung (Telefon):")."""
    if bracket is None:
        return True
    return bool(_ID_WORD.search(bracket)) and not _PHONE_WORD.search(bracket)


def is_decoy(
    text: str, start: int, end: int, previous_end: int = 0, context_before: str = ""
) -> bool:
    """Whether the number at text[start:end] is a fax number, an identifier or a price."""
    if is_identifier(text, start, end, previous_end, context_before):
        return True
    prefix = fold(_prefix(text, start, previous_end, context_before))
    if _TEL_AND_FAX.search(prefix):
        return False
    return bool(_FAX_AT_END.search(prefix))
