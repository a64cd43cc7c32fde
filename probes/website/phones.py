"""Finding customer-service phone numbers in visible text, tel: links and labels.

Numbers are found with `phonenumbers.PhoneNumberMatcher` (leniency VALID) in the
target's region; vanity numbers (1-800-FLOWERS) are converted when the text
looks like one. Decoys are dropped: numbers labelled as fax, or as order, SKU,
invoice, VAT and other identifiers, and numbers glued to '#' or a currency.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from urllib.parse import unquote

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher, PhoneNumberType

from probes.website.budget import AnalysisBudget
from probes.website.phone_decoys import (
    in_account_number,
    is_belgian_enterprise_number,
    is_date_or_time_range,
    is_postcode,
)
from probes.website.words import all_words, fold


@dataclass(frozen=True)
class PhoneHit:
    """A phone number found in a text, with its E.164 form and character span."""

    e164: str
    start: int
    end: int
    raw: str


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
# A vanity number: digits, then letters for the last digits ("1-800-FLOWERS"). The digits
# must be a North American toll-free prefix (1-800-...) or an area code and exchange
# (1-212-555-...), so "Model 2024 XLARGE" or "0800 FREE" are not read as numbers.
_VANITY = re.compile(
    r"(?<![\w+])(\+?\(?\d[\d\s().\-]{2,14}?)([A-Z][A-Z\d\-]{1,12}(?: [A-Z][A-Z\d\-]*){0,3})(?![\w])"
)
_VANITY_TOLL_FREE = re.compile(r"^(?:\+?1[\s.\-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[\s.\-]*$")
_VANITY_MIN_DIGITS = 6
# "au capital de 100 000 EUR": a currency's code after an amount, no vanity number's letters.
_CURRENCY_CODES = frozenset(
    ["EUR", "USD", "GBP", "CHF", "PLN", "SEK", "DKK", "NOK", "CZK", "HUF", "RON", "TRY", "CAD"]
)
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


def _e164(number: phonenumbers.PhoneNumber) -> str:
    return str(phonenumbers.format_number(number, PhoneNumberFormat.E164))


def _valid(raw: str, region: str) -> phonenumbers.PhoneNumber | None:
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def vanity_hits(text: str, region: str) -> list[PhoneHit]:
    """Vanity numbers ("1-800-FLOWERS") in `text`, converted to digits."""
    hits = []
    for match in _VANITY.finditer(text):
        digits, letters = match.group(1), match.group(2)
        enough_digits = sum(ch.isdigit() for ch in digits) >= _VANITY_MIN_DIGITS
        if not (_VANITY_TOLL_FREE.match(digits) or enough_digits) or _valid(digits, region):
            continue  # not a vanity prefix, or a complete number followed by a word
        words = letters.split(" ")
        if words[0] in _CURRENCY_CODES:
            continue
        for count in range(len(words), 0, -1):  # "1-800-FLOWERS TODAY": drop "TODAY"
            spelled = " ".join(words[:count])
            number = _valid(digits + spelled, region)
            if number is not None and sum(ch.isalpha() for ch in spelled) >= 3:
                end = match.start(2) + len(spelled)
                hits.append(PhoneHit(_e164(number), match.start(1), end, digits + spelled))
                break
    return hits


def find_phone_numbers(
    text: str, region: str, context_before: str = "", budget: AnalysisBudget | None = None
) -> list[PhoneHit]:
    """Customer-reachable phone numbers in `text`, decoys removed, in text order.

    `context_before` is the text just before `text` on the page (the previous
    block), read for a label such as "Fax" when `text` starts with the number.
    Once `budget` is spent, the numbers found so far are returned.
    """
    vanity = vanity_hits(text, region)  # in text order, not overlapping each other
    vanity_ends = [h.end for h in vanity]
    hits = list(vanity)
    previous_end = 0
    for match in PhoneNumberMatcher(text, region, leniency=Leniency.VALID):
        if budget is not None and budget.spent():
            break
        start, end = match.start, match.end
        nearest = bisect_right(vanity_ends, start)  # first vanity hit ending after `start`
        overlaps = nearest < len(vanity) and vanity[nearest].start < end
        decoy = is_decoy(text, start, end, previous_end, context_before)
        previous_end = end
        if not overlaps and not decoy:
            hits.append(PhoneHit(_e164(match.number), start, end, match.raw_string))
    return sorted(hits, key=lambda h: h.start)


def parse_tel_href(href: str, region: str) -> str | None:
    """The E.164 number of a `tel:` link, or None when it is not a valid number."""
    value = unquote(href.split(":", 1)[-1]).split(";", 1)[0].strip()
    return parse_number(value, region)


def parse_number(value: str, region: str) -> str | None:
    """The E.164 form of a written number (e.g. JSON-LD telephone), or None if invalid."""
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return None
    return _e164(number) if phonenumbers.is_valid_number(number) else None


def is_toll_free(e164: str) -> bool:
    """Whether `phonenumbers` types the number as TOLL_FREE."""
    number = phonenumbers.parse(e164, None)
    return bool(phonenumbers.number_type(number) == PhoneNumberType.TOLL_FREE)
