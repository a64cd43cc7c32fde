"""A second number written after the first on its line, as its last digits ("239 801 170/1",
"(11) 4963-8844 / 7109", "+48 32 353 31 19 (20)"), as a whole national number after a slash
("+44 161 566 2392 / 7599588577"), or as a local number sharing the first one's area code
("(16) 98149-7115 / 3333-7608"); read by `probes.website.roles` after each number
`probes.website.number_matches` finds.
"""

from __future__ import annotations

import re

import phonenumbers

from probes.website.number_matches import shaped_as_last_groups

# "239 801 170/1", "57 00 / 01", "1234-0 / -9", "4963-8844 / 7109": the last digits of a second
# number, read only where the line ends or a separator follows ("/ 24 h" is no number).
_SUFFIX = re.compile(
    r"\s*/\s*-?(\d(?:[ .\-]?\d){0,9})(?=\s*(?:$|[,;|)·•/]))"
    # "+48 32 353 31 19 (20)": the last digits of a second line, in brackets
    r"|\s*\((\d{1,2})\)(?=\s*(?:$|[,;|·•/]))"
    # "011 - 43585858, 23285568": a second subscriber number after a comma, sharing the area code
    # (one run of seven digits or more: no postcode, hours or extension)
    r"|,\s*(\d{7,10})(?=\s*(?:$|[,;|·•/]))"
    # "3713-11 / (-22)", "9 11 - 131 und - 133": a second extension, its hyphen kept, in brackets
    # or after "und"/"oder" (round 42)
    r"|\s*(?:/|und|oder)\s*(?:\(\s*-\s*(\d{1,4})\s*\)|-\s*(\d{1,4}))(?=\s*(?:$|[,;|)·•/]))"
)
_AREA_IN_BRACKETS = re.compile(r"\(\s*(0?\d{2,3})\s*\)")  # "(16) 98149-7115", "(011) 4963-8844"
# A local number in two groups joined by a hyphen ("3333-7608"): no hours, dates or postcodes
_LOCAL_NUMBER = re.compile(r"[1-9]\d{3,4}-\d{4}")  # "3333-7608"; no trunk 0: "0800-1600" is hours
_YEARS = re.compile(r"(?:19|20)\d\d-(?:19|20)\d\d")  # "2024-2025"
_HOURS = re.compile(r"(?:[01]\d|2[0-4])(?:00|15|30|45)[ -](?:[01]\d|2[0-4])(?:00|15|30|45)")
# "2284-0", "9 11 - 131": a number's extension, the digits after its last hyphen
_EXTENSION = re.compile(r"-\s*(\d{1,4})\s*$")
_SHORT_SUFFIX = 2  # digits of a tail read with no check of its shape ("170/1", "57 00 / 01")


def _sharing_area_code(
    tail: str, number: str, parsed: phonenumbers.PhoneNumber, e164: str
) -> str | None:
    """E.164 of a whole local number written in groups after a slash ("(16) 98149-7115 /
    3333-7608": a town's mobile, then its landline), dialled with the area code in brackets
    that opens the first number; None when that is no valid number."""
    area = _AREA_IN_BRACKETS.match(number)
    digits = re.sub(r"\D", "", tail)
    if not area or not _LOCAL_NUMBER.fullmatch(tail) or _YEARS.fullmatch(tail):
        return None
    if _HOURS.fullmatch(tail):  # "1000 1800": opening hours
        return None
    code = area.group(1).lstrip("0")
    if not str(parsed.national_number).startswith(code):
        return None
    shared = f"+{parsed.country_code}{code}{digits}"
    valid = shared != e164 and phonenumbers.is_valid_number(phonenumbers.parse(shared))
    return shared if valid else None


def _north_american(digits: str, country_code: int | None) -> bool:
    """Whether ten digits read as a valid North American number on another country's page."""
    if country_code == 1 or len(digits) != 10:
        return False
    return phonenumbers.is_valid_number(phonenumbers.parse(f"+1{digits}"))


def sibling(block: str, start: int, end: int, e164: str) -> tuple[int, int, str] | None:
    """(start, end, E.164) of a second number written as the last digits of the one at
    `start:end` ("239 801 170/1" -> 239 801 171; "(11) 4963-8844 / 7109" -> 4963-7109; "(54)
    3242 1484 / 3242 6681" -> (54) 3242 6681; "353 31 19 (20)" -> 353 31 20; "011 - 43585858,
    23285568" -> 011 23285568; "+44 161 566 2392 / 7599588577" -> +44 7599 588577, a whole
    national number after a slash; "2284-0 und -44" -> 2284-44, a second extension in the first
    extension's place), when that gives a valid number. A tail of more than two digits, and any
    tail after a comma, has the shape of the first number's last groups."""
    match = _SUFFIX.match(block, end)
    if not match:
        return None
    group = next(g for g in (1, 2, 3, 4, 5) if match.group(g))
    digits = re.sub(r"\D", "", match.group(group))
    extension = _EXTENSION.search(block[start:end])
    if group in (4, 5) or (extension and match.group().lstrip(" /").startswith("-")):
        # "2284-0 und -44", "3713-11 / (-22)", "1234-0 / -9": the second extension takes the
        # first's place, whatever their lengths (0711 2284-44, not 0711 22844: review 75)
        if not extension:
            return None
        candidate = e164[: -len(extension.group(1))] + digits
        if candidate == e164 or not phonenumbers.is_valid_number(phonenumbers.parse(candidate)):
            return None
        return match.start(group), match.end(group), candidate
    parsed = phonenumbers.parse(e164)
    national = str(parsed.national_number)
    if (
        len(digits) == len(national)
        and group == 1
        and match.group(1) == digits
        and not digits.startswith("0")
        and not _north_american(digits, parsed.country_code)
    ):
        # "+44 161 566 2392 / 7599588577": a whole second number after a slash, one run of
        # digits, its trunk 0 left out ("/ 800 555 0199" is written as a North American number)
        whole = f"+{parsed.country_code}{digits}"
        valid = phonenumbers.is_valid_number(phonenumbers.parse(whole))
        return (match.start(group), match.end(group), whole) if valid and whole != e164 else None
    if len(digits) >= len(national):
        return None
    shaped = shaped_as_last_groups(match.group(group), block[start:end])
    if group == 1 and not shaped:
        shared = _sharing_area_code(match.group(group), block[start:end], parsed, e164)
        if shared:
            return match.start(group), match.end(group), shared
    if (len(digits) > _SHORT_SUFFIX or group == 3) and not shaped:
        return None
    candidate = e164[: -len(digits)] + digits
    if candidate == e164 or not phonenumbers.is_valid_number(phonenumbers.parse(candidate)):
        return None
    return match.start(group), match.end(group), candidate
