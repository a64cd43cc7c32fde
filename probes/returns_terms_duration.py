"""One duration of a returns policy and the sentence it is in: how many days it is, the clause
around it, whether its line is a title or banner, whether it is a row of a list of refunds,
whether a longer duration follows it, and the sentence without the goods its delivery anchor
names ("30 days from the day you receive your shipment": the shipment received, not a time to
send, `unsent`)."""

from __future__ import annotations

import re

from probes.returns_lexicon import HOURS_A_DAY, UNIT_DAYS, CompiledLexicon
from probes.returns_terms_flags import Sentence
from probes.returns_terms_heading import heading_kind
from probes.returns_terms_keywords import CLAUSE_MARKS

_TITLE_WORDS = 5  # words of a title ending in a colon
HEADING = 50  # characters: a shorter line without a full stop is a heading


def days_of(match: re.Match[str], p: CompiledLexicon) -> int | None:
    unit = next(kind for kind in (*UNIT_DAYS, "hour") if match.group(kind))
    if match.group("w"):
        word = match.group("w")
        if word in p.articles:
            if unit == "day":
                return None
            count = 1
        else:
            count = p.numbers[word]
    else:
        count = int(match.group("d2") or match.group("d1"))
    if unit == "hour":
        # "24 horas posteriores a la entrega" is a day; "36 hours" is no whole number of days.
        return count // HOURS_A_DAY if count % HOURS_A_DAY == 0 else None
    return count * UNIT_DAYS[unit]


def clause_around(sentence: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """The part of `sentence` around `span` between commas, colons and brackets, and `span`
    within it."""
    starts = [sentence.rfind(c, 0, span[0]) for c in CLAUSE_MARKS]
    ends = [e for e in (sentence.find(c, span[1]) for c in CLAUSE_MARKS) if e >= 0]
    start = max(starts) + 1
    return sentence[start : min(ends, default=len(sentence))], (span[0] - start, span[1] - start)


def is_banner(text: str) -> bool:
    """A title or banner line: short or in capitals, with no full stop; a title of a few words
    may end in a colon ("Returns Policy 30 Days:")."""
    line = text.strip()
    if line.endswith(":") and len(line.split()) <= _TITLE_WORDS:
        return True
    return not line.endswith((".", "!", "?", ":")) and (len(line) <= HEADING + 10 or line.isupper())


_ROW_LABEL = re.compile(r"^\W*(?:[^\W\d_]+\s+){0,3}[^\W\d_]+\s*:")  # "PIX ou Boleto:"


def refund_row(heading: str, sentence: str, p: CompiledLexicon) -> bool:
    """Whether `sentence` is a row ("PIX ou Boleto: ...", a label and a colon) of a list hung
    from a sentence about refunding (`heading`)."""
    return (
        bool(heading) and heading_kind(heading, p) == "refund" and bool(_ROW_LABEL.match(sentence))
    )


def longer_after(s: Sentence, match: re.Match[str], p: CompiledLexicon) -> bool:
    """Whether a longer duration follows `match` in `s` ("beyond 14 days ..., up to 30 days")."""
    days = days_of(match, p) or 0
    return any((days_of(m, p) or 0) > days for m in p.duration.finditer(s.folded, match.end()))


# Up to two words after a delivery anchor: what was received ("your shipment", "der Sendung").
_RECEIVED = re.compile(r"(?:\s+[^\W\d_]+){0,2}")


def unsent(sentence: str, match: re.Match[str], p: CompiledLexicon) -> str:
    """`sentence` with the goods received blanked after the delivery anchor right after `match`
    ("30 days from the day you receive your shipment", "30 Tage ab Erhalt der Sendung", "desde
    que recibes tu envío"): a word of sending there names the delivery, not a time to send."""
    anchor = p.delivery_anchor.match(sentence, match.end())
    if anchor is None:
        return sentence
    end = _RECEIVED.match(sentence, anchor.end())
    stop = end.end() if end else anchor.end()
    return sentence[: anchor.end()] + " " * (stop - anchor.end()) + sentence[stop:]
