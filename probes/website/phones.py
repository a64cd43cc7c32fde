"""Finding customer-service phone numbers in visible text, tel: links and labels.

Numbers are found with `phonenumbers.PhoneNumberMatcher` (leniency VALID) in the
target's region; vanity numbers (1-800-FLOWERS) are converted when the text
looks like one. Decoys are dropped (`probes.website.decoy_labels`): numbers labelled as
fax, or as order, SKU, invoice, VAT and other identifiers, and numbers glued to '#' or a
currency.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from urllib.parse import unquote

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher, PhoneNumberType

from probes.website.budget import AnalysisBudget
from probes.website.decoy_labels import is_decoy


@dataclass(frozen=True)
class PhoneHit:
    """A phone number found in a text, with its E.164 form and character span."""

    e164: str
    start: int
    end: int
    raw: str


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
