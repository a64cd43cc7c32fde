"""Recognising opening hours ("Mon–Fri 9–17", "Mo–Fr 8–20 Uhr", "24/7") in several languages."""

from __future__ import annotations

import re

from probes.website.words import fold

# Folded day names and abbreviations: en, de, sl, el, lt, tr.
_DAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun"
    "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so"
    "|ponedeljek|torek|sreda|cetrtek|petek|sobota|nedelja|pon|tor|sre|cet|pet|sob|ned"
    "|δευτερα|τριτη|τεταρτη|πεμπτη|παρασκευη|σαββατο|κυριακη|δευ|τρι|τετ|πεμ|παρ|σαβ|κυρ"
    "|pirmadienis|antradienis|treciadienis|ketvirtadienis|penktadienis|sestadienis"
    "|sekmadienis|pr|an|tr|kt|pn|st|sk"
    "|pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar|pzt|sal|car|per|cum|cmt|paz"
    "|weekdays|werktags|delavniki|καθημερινες|darbo dienomis|hafta ici"
)
_DASH = r"\s*(?:-|–|—|to|bis|do|έως|εως|iki|ile|až)\s*"
_DAY_RANGE = re.compile(rf"(?<!\w)(?:{_DAYS})\.?{_DASH}(?:{_DAYS})\.?(?!\w)")
_ONE_DAY = re.compile(rf"(?<!\w)(?:{_DAYS})\.?(?!\w)")
# Lithuanian (and some other) sites number the weekdays: "I–V 8:00–17:00", "VI 9–14".
_ROMAN = r"(?:i|ii|iii|iv|v|vi|vii)"
_ROMAN_DAYS = re.compile(rf"(?<!\w){_ROMAN}\s*[-–—]\s*{_ROMAN}(?!\w)")
_TIME_RANGE = re.compile(
    r"(?<![\d.])\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h|uhr|ur)?"
    r"\s*(?:-|–|—|to|bis|do|έως|εως|until)\s*"
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h|uhr|ur|saat)?(?![\d.])"
)
_ALWAYS_OPEN = re.compile(
    r"(?<![\d/])(?:24\s*/\s*7|7\s*/\s*24)(?![\d/])|non-?stop|24 hours a day|around the clock"
    r"|rund um die uhr|24 ur na dan|24ωρη|visa para|7 gun 24 saat"
)


def has_hours(text: str) -> bool:
    """Whether `text` states opening hours: days with a time range, or 24/7."""
    folded = fold(text)
    if has_247(text):
        return True
    times = _TIME_RANGE.search(folded)
    days = _DAY_RANGE.search(folded) or _ROMAN_DAYS.search(folded) or _ONE_DAY.search(folded)
    return bool(times and days)


def has_247(text: str) -> bool:
    """Whether `text` says support is available around the clock (24/7, 7/24, non-stop)."""
    return bool(_ALWAYS_OPEN.search(fold(text)))
