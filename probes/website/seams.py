"""Seams between a label and its number that the page's inline elements hide.

The collector joins the text of inline elements as the DOM holds it, so "<b>Hotline</b>0800
..." reads "Hotline0800 ..." and "0711 123456<span>Fax</span>" reads "0711 123456Fax": the
phone-number matcher wants a boundary there and finds no number. `unglued` puts a blank at such
a seam, where the letters are a label of the lexicons or a capitalised word after digits, or an
"or" / "and", an ordinal suffix or an e-mail address glued to the end of a number ("626 195
007o la dirección", "+48 888 913 532nd", "01637335839info@example.de").
A footnote mark glued to a digit group inside a number ("00800* 123 456 78", "0800¹ 123 456",
its footnote saying the call is free) is no part of it: `without_footnote_marks` gives the text
to read again with a blank in its place, where the text as written gives no number.
"""

from __future__ import annotations

import re
from functools import cache

from probes.website.words import DEPARTMENTS, all_words, alternation, fold

# Lexicon fields whose words label a line ("Hotline", "Tel", "Fax", "Presse").
_LABEL_FIELDS = ("fax", "customer_service", "phone_words", *DEPARTMENTS)


_GLUED_BEFORE = re.compile(r"[^\W\d_](?=[+(]?\d)")
_GLUED_AFTER = re.compile(r"(?<=\d)(?=[^\W\d_](?:[^\W\d_]|-[^\W\d_]))")
# "al teléfono 626 195 007o la dirección", "0711 123456oder per Mail": a number glued to the
# "or" / "and" after it, a lower-case word the capital rule above does not see.
_GLUED_CONJUNCTION = re.compile(
    r"(?<=\d)(?=(?:o|ó|or|ou|oder|of|lub|albo|y|e|ed|i|u|en|et|and|und|oraz)(?=\s))"
)
# "by telephone at +48 888 913 532nd" (a machine translation's ordinal): an English ordinal
# suffix glued to the end of a number, read like a glued conjunction.
_GLUED_ORDINAL = re.compile(r"(?<=\d)(?=(?:st|nd|rd|th)(?![^\W\d_]))")
# "01637335839info@example.de": a number glued to the e-mail address after it (round 43)
_GLUED_MAIL = re.compile(r"(?<=\d)(?=[^\W\d_][\w.+-]*@[\w-]+\.)")
_NUMBER_DIGITS = 6  # digits just before a conjunction's seam: the end of a number, not "2e"
# A footnote mark between two digit groups: after a digit, before a digit (a blank between
# allowed). It may as well end a complete number before other digits ("030 1234567* 24 h"), so
# the text is read as written first.
_FOOTNOTE = re.compile(r"(?<=\d)[*¹²³†‡](?=\s?\d)")
_COMPOUND_MIN = 5  # letters of a label read at the end of a compound ("Kundenhotline0800")
_SEAM_REACH = 40  # characters before a seam searched for the label that ends there


@cache
def _label_at_end() -> re.Pattern[str]:
    words = [w for f in _LABEL_FIELDS for w in all_words(f)]
    whole = alternation(tuple(words))
    compound = alternation(tuple(w for w in words if len(w) >= _COMPOUND_MIN))
    return re.compile(rf"(?:(?<!\w)(?:{whole})|(?:{compound}))\.?$")


def unglued(text: str) -> tuple[str, list[int]]:
    """`text` with a blank at each seam between a label and a number written without one
    ("Hotline0800 123 456", "Tel0711 123", "0711 123456Fax 0711 123457"), and, for each
    index of the result (and its end), the index of `text` it stands for (a blank stands
    for the character after it). Letters glued to digits that name no line (an identifier
    such as "DE123456789") stay glued, so the matcher still refuses them."""
    seams = set()
    for m in _GLUED_BEFORE.finditer(text):
        if _label_at_end().search(fold(text[max(0, m.end() - _SEAM_REACH) : m.end()])):
            seams.add(m.end())
    for m in _GLUED_AFTER.finditer(text):
        if text[m.start()].isupper():
            seams.add(m.start())
    glued = (*_GLUED_CONJUNCTION.finditer(text), *_GLUED_ORDINAL.finditer(text))
    for m in (*glued, *_GLUED_MAIL.finditer(text)):
        digits = re.search(r"[\d\s./-]*$", text[max(0, m.start() - _SEAM_REACH) : m.start()])
        if digits and sum(ch.isdigit() for ch in digits.group()) >= _NUMBER_DIGITS:
            seams.add(m.start())
    if not seams:
        return text, list(range(len(text) + 1))
    parts, origin = [], []
    for i, ch in enumerate(text):
        if i in seams:
            parts.append(" ")
            origin.append(i)
        parts.append(ch)
        origin.append(i)
    return "".join(parts), [*origin, len(text)]


def without_footnote_marks(text: str) -> str | None:
    """`text` with a blank for each footnote mark between two digit groups ("00800* 123 456
    78"), one for one (spans stay where they were), or None when it has none."""
    return _FOOTNOTE.sub(" ", text) if _FOOTNOTE.search(text) else None
