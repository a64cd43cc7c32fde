"""Recognising opening hours ("Mon–Fri 9–17", "Mo–Fr 8–20 Uhr", "du lundi au vendredi de
9 h à 18 h", "24/7") in every language with a data file.

Day names, the words between two days or two times ("to", "bis", "au", "a") and the
phrases of round-the-clock service live in `probes/lexicon/<lang>.yaml` (`links`:
`week_days`, `hours_to`, `always_open`); the union of every language is matched, after
`fold()`.
"""

from __future__ import annotations

import re
from functools import cache

from probes.website.words import all_words, fold

# Lithuanian (and some other) sites number the weekdays: "I–V 8:00–17:00", "VI 9–14".
_ROMAN = r"(?:i|ii|iii|iv|v|vi|vii)"
_ROMAN_DAYS = re.compile(rf"(?<!\w){_ROMAN}\s*[-–—]\s*{_ROMAN}(?!\w)")
_UNITS = r"(?:am|pm|h|uhr|ur|saat|u|godz\.?)"


def _alternatives(field: str) -> str:
    return "|".join(re.escape(w) for w in all_words(field))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    days = _alternatives("week_days")
    dash = rf"\s*(?:-|–|—|(?<!\w)(?:{_alternatives('hours_to')})(?!\w))\s*"
    day_range = re.compile(rf"(?<!\w)(?:{days})\.?{dash}(?:{days})\.?(?!\w)")
    one_day = re.compile(rf"(?<!\w)(?:{days})\.?(?!\w)")
    time_range = re.compile(
        rf"(?<![\d.])\d{{1,2}}(?:[:.h]\d{{2}})?\s*{_UNITS}?{dash}"
        rf"\d{{1,2}}(?:[:.h]\d{{2}})?\s*{_UNITS}?(?![\d.])"
    )
    always = re.compile(
        rf"(?<![\d/])(?:24\s*/\s*7|7\s*/\s*24)(?![\d/])|(?<!\w)(?:{_alternatives('always_open')})"
    )
    return day_range, one_day, time_range, always


def has_hours(text: str) -> bool:
    """Whether `text` states opening hours: days with a time range, or 24/7."""
    if has_247(text):
        return True
    day_range, one_day, time_range, _ = _patterns()
    folded = fold(text)
    times = time_range.search(folded)
    days = day_range.search(folded) or _ROMAN_DAYS.search(folded) or one_day.search(folded)
    return bool(times and days)


def has_247(text: str) -> bool:
    """Whether `text` says support is available around the clock (24/7, 7/24, non-stop)."""
    return bool(_patterns()[3].search(fold(text)))
