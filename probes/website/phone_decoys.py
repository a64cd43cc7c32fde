"""Digit runs a phone matcher may take for a number but a customer reads as something else:
an IBAN, a Belgian enterprise number, a date or a range of opening hours, a postcode (written
after its country's letters, or bare, opening an address line). Each test takes the text and
the span of the candidate number."""

from __future__ import annotations

import re

# An IBAN: country, check digits, then up to 30 letters and digits, in groups or not.
_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}")
_IBAN_REACH = 48  # the longest IBAN written in groups of four
# A date ("D. Lgs. 06.09.2005", "06/09/2005", "06-09-2005"): a valid day and month, then a year
# of 19xx or 20xx, the same separator twice; or an ISO date ("2005-09-06").
_DATE = re.compile(
    r"(?<![\d.\-/])(?:(?:0?[1-9]|[12]\d|3[01])([./\-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d"
    r"|(?:19|20)\d\d([./\-])(?:0?[1-9]|1[0-2])\2(?:0?[1-9]|[12]\d|3[01]))(?![\d.\-/]\d)"
)
# A range of two days written day and month with their dots, the year after the second or
# both, or neither ("02.01.-14.03.23:", "1.4.-31.10.", "15.06.2024 - 15.09.2024"): a season's
# opening dates (round 42).
_DAY = r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:(?:19|20)?\d\d)?"
_DATE_RANGE = re.compile(rf"(?<![\d.]){_DAY}\s*[-–—]\s*{_DAY}(?!\d)")
# A range of two times of day ("09.00 - 12.00", "9:00-12:30", "14h00 – 17h00"): opening hours.
_TIME = r"(?:[01]?\d|2[0-4])[.:h][0-5]\d"
_TIME_RANGE = re.compile(rf"(?<![\d.:])(?:{_TIME})\s*[-–—]\s*(?:{_TIME})(?![\d.:]\d)")
_DATE_REACH = 12  # characters around a number searched for the date or time range it is in


def _iban_valid(compact: str) -> bool:
    """The IBAN check (ISO 13616): the rearranged number modulo 97 is 1."""
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def in_account_number(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a valid IBAN ("NL94 RABO 0338 4823 85"), whatever
    the label before it says. (`PhoneNumberMatcher` already skips a number inside a longer
    run of digit groups, such as a Polish account number written without its country.)"""
    low = max(0, start - _IBAN_REACH)
    for match in _IBAN.finditer(text[low : end + _IBAN_REACH]):
        a = low + match.start()
        compact = match.group().replace(" ", "")
        # The pattern may run on into the next word: the longest valid prefix is the IBAN.
        for size in range(len(compact), 14, -1):
            if _iban_valid(compact[:size]):
                if a < end and start < a + _span_of(match.group(), size):
                    return True
                break
    return False


# A Belgian enterprise (and VAT) number: "BE 0461.038.624", "0461.038.624", written in the
# 4.3.3 groups of the register or after "BE"; its last two digits are 97 minus the first eight
# modulo 97. An 04.. number of mobile shape is no mobile when its check holds.
_BE_ENTERPRISE = re.compile(r"(BE ?)?([01]\d{3})([. ]?)(\d{3})\3(\d{3})$")


def is_belgian_enterprise_number(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a Belgian enterprise number whose check digits hold."""
    match = _BE_ENTERPRISE.search(text[max(0, start - 3) : end])
    if not match or not (match.group(1) or match.group(3) == "."):
        return False
    digits = match.group(2) + match.group(4) + match.group(5)
    return 97 - int(digits[:8]) % 97 == int(digits[8:])


def is_date_or_time_range(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] overlaps a date ("06.09.2005"), a range of two dates ("02.01.-
    14.03.23") or of two times of day ("09.00 - 12.00"), which the matcher may read as a number
    in some countries."""
    low = max(0, start - _DATE_REACH)
    near = text[low : end + _DATE_REACH]
    return any(
        low + m.start() < end and start < low + m.end()
        for pattern in (_DATE, _DATE_RANGE, _TIME_RANGE)
        for m in pattern.finditer(near)
    )


# A postcode written with its country's letters and a hyphen, then the town: "L-2340 Luxembourg",
# "D-80331 München", "CH-8001 Zürich", "PL-00-950 Warszawa".
_COUNTRY_POSTCODE = re.compile(
    r"(?<![\w-])(?:A|B|D|E|F|I|L|P|CH|NL|PL|LT|SI|GR|TR|DK|FI|S|N|IRL|CZ|SK|H|HR|RO|BG|LV|EE|M)-$"
)
_TOWN_AFTER = re.compile(r"\s+[A-ZÀ-ÖØ-Þ][^\W\d_]")
_POSTCODE_DIGITS = 6  # digits of the longest postcode


# A bare postcode opening an address line: four or five digits in one group, at the start of a
# line or after a comma ("Grenzstraße 18\n01640 Coswig", "Rue X 35, 1000 Brussels").
_BARE_POSTCODE = re.compile(r"\d{4,5}")
_LINE_OR_COMMA_BEFORE = re.compile(r"(?:^|\n|,)[ \t]*$")


def is_postcode(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a postcode with a town after it: written with a country's
    letters and a hyphen before it ("L-2340 Luxembourg", "D-80331 München"), or a bare group of
    four or five digits opening an address line ("01640 Coswig bei Dresden")."""
    if not _TOWN_AFTER.match(text, end):
        return False
    if _BARE_POSTCODE.fullmatch(text, start, end) and _LINE_OR_COMMA_BEFORE.search(
        text[max(0, start - 8) : start]
    ):
        return True
    digits = sum(ch.isdigit() for ch in text[start:end])
    return digits <= _POSTCODE_DIGITS and bool(
        _COUNTRY_POSTCODE.search(text[max(0, start - 4) : start])
    )


def _span_of(written: str, size: int) -> int:
    """How many characters of `written` (with spaces) hold its first `size` letters/digits."""
    seen = 0
    for i, ch in enumerate(written):
        seen += ch != " "
        if seen == size:
            return i + 1
    return len(written)
