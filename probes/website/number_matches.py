"""Phone numbers in one line of text, as written: where each is, and for which country.

`matches` finds the valid numbers of a line for the company's country, then for the countries
the page suggests (a number valid only elsewhere counts where its sentence, or a heading above
it, names that country: `_written_for`), after evening out what the matcher cannot read
(typographic spaces, "+33 (00)2", an hour glued to the end, a trunk 0 in brackets or dropped by
the country, a footnote mark); vanity numbers ("1-800-FLOWERS") and numbers written back to
back are read too. `for_named_country` reads a national-format number for the country its line
names for its customers. A second number written after the first ("239 801 170/1") is read by
`probes.website.siblings`; what each number is for by `probes.website.roles`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from probes.website.budget import AnalysisBudget
from probes.website.digit_runs import back_to_back
from probes.website.organisations import sentence_start
from probes.website.phones import vanity_hits
from probes.website.regions import (
    countries_named,
    country_in_brackets,
    country_named,
    is_nanp_toll_free,
    without_old_trunk,
)
from probes.website.seams import without_footnote_marks

BEFORE_REACH = 60  # characters before a number searched for its label
SENTENCE_REACH = 200  # characters of a line ending in a colon searched for a fax label, and
# around a number searched for the country its sentence names
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
HEADING_MAX = 60  # characters of a line of its own above a number that may head it
# Thin, narrow no-break and other typographic spaces ("01\u202f23\u202f45 ..."), which the
# matcher does not take for separators: read as plain blanks, one for one.
_SPACES = {cp: " " for cp in (*range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)}
_DOUBLED_TRUNK = re.compile(r"(\+\d{1,3}[\s.\-]?)\(00\)(?=\s?\d)")
_HOUR = re.compile(r"(?<=\d )(\d{1,2})([hH](?:\d{2})?(?:\s?[-–]|\b))")
# "O2 46 46 97 30": a letter O typed for the trunk 0 of a number in five pairs of digits (the
# French way), opening a line or after a phone or fax label, read as the digit (not "Colis n°
# O6 ...", "Lot O1 ...")
_LETTER_O_TRUNK = re.compile(
    r"(?m)(^[ \t]*|(?i:\b(?:t[ée]l[ée]?(?:phone)?|tel|phone|fax|portable|mobile|gsm)\.?"
    r"[ \t]*:?[ \t]*))O(?=[1-9](?:[ .]\d\d){4}(?![\d.]))"
)
# "Tél. : 03 27 43 64 18s": a stray letter typed after a labelled number ending its line (a list
# item's number may open the line: "3. Tel. 723 930 427l", round 34)
_STRAY_LETTER = re.compile(
    r"(?im)^([ \t]*(?:\d{1,2}[.)][ \t]*)?"
    r"(?:t[ée]l[ée]?(?:phone)?|tel|phone|telefon[eo]?|tlf|gsm|mobile?)\.?[ \t]*:?"
    r"[ \t]*\+?\d[\d .\-()/]{7,}\d)[a-gi-z](?=[ \t]*$)"
)
# "+32(0) 03 775 20 26": the trunk 0 written again after "(0)", read as a blank
_TRUNK_AFTER_BRACKETED = re.compile(r"(\+\d{1,3}[ \t.\-]?\(0\)[ \t]?)0(?=\d)")
_TRUNK_IN_BRACKETS = re.compile(r"(\+\d{1,3}[\s.\-]?\()0(?=\d)")
_SHORT_TAIL = re.compile(r"\s*-?\d{1,2}\s*")
# Round 35: an area code in brackets right before a match that leaves it out ("(62) 9.95666-4176",
# one digit too many): the match is the tail of a longer, invalid number, not a number.
# Review 57: a two-digit area code not opening with 0, and a match not opening with 0 (Mexico's
# dropped "(01) 800 ...", "(044) 55 ..." prefixes; "(11) 0800 ..." toll-free) are read as before.
_BRACKETED_AREA_BEFORE = re.compile(r"\([1-9]\d\)[ \t]*$")


def matches(
    block: str,
    regions: list[str],
    budget: AnalysisBudget | None = None,
    context_before: str = "",
    second_above: str = "",
) -> list[tuple[int, int, phonenumbers.PhoneNumber]]:
    """Valid numbers in `block`, each read for the first region it is valid in; in another
    region than the first only where `_written_for` that country."""
    block = block.translate(_SPACES)
    # "+33 (00)2 98 ...": a doubled trunk in brackets, read as the usual "(0)"; "... 80 34 9h-17h":
    # an hour glued to the number's end, read as blanks (both keep every span where it was)
    block = _DOUBLED_TRUNK.sub(lambda m: m.group(1) + " (0)", block)
    block = _TRUNK_AFTER_BRACKETED.sub(lambda m: m.group(1) + " ", block)
    block = _HOUR.sub(lambda m: " " * len(m.group(1)) + m.group(2), block)
    block = _LETTER_O_TRUNK.sub(lambda m: m.group(1) + "0", block)
    block = _STRAY_LETTER.sub(lambda m: m.group(1) + " ", block)
    spans: list[tuple[int, int, phonenumbers.PhoneNumber]] = []
    for hit in vanity_hits(block, regions[0]) if regions else []:
        spans.append((hit.start, hit.end, phonenumbers.parse(hit.e164, None)))
    spans.sort(key=lambda s: s[0])
    # "+48 (071) 328 23 41": where the text as written gives no number, it is read again
    # without the trunk 0 after the country code (kept in "+39 (06) ...", where the 0 is
    # part of the number); a blank in its place keeps every span where it was.
    readable = _TRUNK_IN_BRACKETS.sub(lambda m: m.group(1) + " ", block)
    texts = [block] if readable == block else [block, readable]
    # "00800* 123 456 78": read again without the footnote mark, where no number was read.
    unmarked = without_footnote_marks(block)
    texts += [unmarked] if unmarked is not None else []
    for region in regions:
        # "(0-71) 354 12 34": a trunk 0 the country has dropped, read again without it.
        old_trunk = without_old_trunk(block, region)
        for text in texts if old_trunk is None else [*texts, old_trunk]:
            starts = [s[0] for s in spans]
            found = []
            for m in PhoneNumberMatcher(text, region, leniency=Leniency.VALID):
                if budget is not None and budget.spent():
                    break
                i = bisect_right(starts, m.start)  # spans are in text order, never overlapping
                clash = (i > 0 and spans[i - 1][1] > m.start) or (
                    i < len(spans) and spans[i][0] < m.end
                )
                home = region == regions[0]
                left_out = bool(
                    _BRACKETED_AREA_BEFORE.search(text, max(0, m.start - 12), m.start)
                ) and not m.raw_string.startswith("0")
                if (
                    not clash
                    and not left_out
                    and (home or _written_for(text, m, region, context_before, second_above))
                ):
                    found.append(_before_suffix(text, m.start, m.end, m.number, region))
            spans = sorted([*spans, *found], key=lambda s: s[0])
    if regions and (budget is None or not budget.spent()):
        spans = sorted([*spans, *back_to_back(block, regions[0], spans)], key=lambda s: s[0])
    return spans


def _written_for(
    text: str,
    match: phonenumbers.PhoneNumberMatch,
    region: str,
    context_before: str,
    second_above: str = "",
) -> bool:
    """Whether a number valid only in a country the page names elsewhere is written for that
    country: its own sentence names it ("Kunden in Belgien: 02 ...", "02 ... (Belgique)"), or
    a line of its own above a number opening its line does ("Österreich" over "0800 ..."), or
    it has the North American toll-free shape (1-800-...). A Polish register number on a page
    that names Poland somewhere else is no Polish line."""
    if region == "US" and is_nanp_toll_free(match.raw_string):
        return True
    before = text[max(0, match.start - SENTENCE_REACH) : match.start]
    after = text[match.end : match.end + SENTENCE_REACH]
    stop = SENTENCE_END.search(after)
    opening = sentence_start(before)
    sentence = before[opening:] + " " + (after[: stop.start()] if stop else after)
    above = context_before.strip()
    # "Belgique" or "Kunden in Österreich:" on a line of its own, over "Tél. 02 ..." or "0800 ...":
    # a heading, not the end of a sentence ("Wir liefern auch nach Polen.").
    heading = len(above) <= HEADING_MAX and not SENTENCE_END.search(above[-1:] + " ")
    if not re.search(r"[^\W\d_]", before) or (opening == 0 and heading):
        sentence = context_before[-BEFORE_REACH:] + " " + sentence
    # "Example Inc. USA" over an address line over "Tel: 801 ...": an office's heading two lines up
    office = second_above.strip()
    if opening == 0 and not SENTENCE_END.search(above + " ") and _is_heading(office):
        sentence = office + " " + sentence
    bracket = _BRACKET_AFTER.match(text, match.end)
    return region in countries_named(sentence) or bool(
        bracket and country_in_brackets(bracket.group(1)) == region
    )


def _is_heading(line: str) -> bool:
    """Whether a line is short enough for a heading and is no ended sentence."""
    return 0 < len(line) <= HEADING_MAX and not SENTENCE_END.search(line[-1:] + " ")


def _before_suffix(
    text: str, start: int, end: int, number: phonenumbers.PhoneNumber, region: str
) -> tuple[int, int, phonenumbers.PhoneNumber]:
    """The match without a "/ 1" or "/ 24" the matcher ran on into ("239 801 170/1", "030
    1234567 / 24 h"), where the part before it is a number of its own; else the match."""
    head, slash, tail = text[start:end].rpartition("/")
    if not slash or not (_SHORT_TAIL.fullmatch(tail) or shaped_as_last_groups(tail, head)):
        return start, end, number
    try:
        alone = phonenumbers.parse(head, region)
    except phonenumbers.NumberParseException:
        return start, end, number
    if not phonenumbers.is_valid_number(alone):
        return start, end, number
    return start, start + len(head.rstrip()), alone


_BRACKET_AFTER = re.compile(r"[ \t]*\(([^()\n\d]{2,30})\)")


def for_named_country(
    block: str,
    start: int,
    end: int,
    number: phonenumbers.PhoneNumber,
    previous_end: int,
    context_before: str,
) -> phonenumbers.PhoneNumber:
    """The number read for the country its line names for its customers ("Kunden in Belgien:
    02 123 45 67", "Hotline Österreich: 0800 123 456"; a label line of its own above counts; a
    country in brackets right after the number wins: "0-800-724-4569 (GER)"), when written in
    national format and valid there; else `number` as read."""
    raw = block[start:end]
    if raw.lstrip("( ").startswith(("+", "00")):
        return number
    before = block[max(previous_end, start - BEFORE_REACH) : start]
    if previous_end == 0 and not re.search(r"[^\W\d_]", before):
        before = context_before[-BEFORE_REACH:]
    # "Lieferung auch in die Schweiz. Telefon: 030 ...": a country of an ended sentence is not it
    country = country_named(before[sentence_start(before) :])
    # "0-800-724-4569 (GER)" under "0-800-051-8984 (UK)": a country in brackets right after a
    # number is its own
    bracket = _BRACKET_AFTER.match(block, end)
    country = (bracket and country_in_brackets(bracket.group(1))) or country
    if country is None or country == phonenumbers.region_code_for_number(number):
        return number
    try:
        again = phonenumbers.parse(raw, country)
    except phonenumbers.NumberParseException:
        return number
    return again if phonenumbers.is_valid_number(again) else number


def shaped_as_last_groups(tail: str, number: str) -> bool:
    """Whether the digit groups of `tail` ("3242 6681") have the lengths of the last groups of
    `number` as written ("(54) 3242 1484"), fewer of them: its last digits written again."""
    tail_groups = [len(g) for g in re.findall(r"\d+", tail)]
    groups = [len(g) for g in re.findall(r"\d+", number)]
    return 0 < len(tail_groups) < len(groups) and groups[-len(tail_groups) :] == tail_groups
