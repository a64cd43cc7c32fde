"""The words after a number that say whose line it is: a rota telling who is on duty ("070 204
0010. They tell you which dentist is on duty": another organisation's, `EMERGENCY`) or a
carrier's line for a parcel delivered again ("bel (020 ...) voor een tweede aanbieding van uw
pakket": `CARRIER`). Read by `probes.website.roles`.
"""

from __future__ import annotations

import re
from functools import cache

from probes.website.organisations import sentence_start
from probes.website.words import all_words, alternation, fold

EMERGENCY = "emergency"
CARRIER = "carrier"
ON_DUTY_REACH = 160  # characters after a number searched for who is on duty (a bounded
# look-ahead: a block may hold 10,000 numbers)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


@cache
def _redelivery() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(all_words('parcel_redelivery'))})(?!\w)")


def redelivery_in_sentence(before: str, after: str) -> bool:
    """Whether the sentence a number is in (`before` it on its line, and the first
    `ON_DUTY_REACH` characters `after` it, to the sentence's end and before any other number)
    speaks of a parcel delivered again after a missed delivery ("bel (020
    ...) voor een tweede aanbieding van uw pakket"): the carrier's line."""
    head = before[sentence_start(before) :]
    tail = after[:ON_DUTY_REACH]
    digits = re.search(r"\d{2}", tail)
    tail = tail[: digits.start()] if digits else tail
    end = _SENTENCE_END.search(tail)
    tail = tail[: end.end()] if end else tail
    return bool(_redelivery().search(fold(f"{head} {tail}")))


@cache
def _on_duty() -> re.Pattern[str]:
    words = all_words("on_duty") + all_words(EMERGENCY)
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)")


def reaches_on_duty(after: str) -> bool:
    """Whether the words after a number (its first `ON_DUTY_REACH` characters), to the end of
    the next sentence and before any other number, say it tells who is on duty ("070 204 0010.
    They tell you which dentist is on duty", "... qui vous dira la pharmacie de garde"):
    another organisation's rota."""
    text = after[:ON_DUTY_REACH]
    digits = re.search(r"\d{2}", text)
    text = text[: digits.start()] if digits else text
    ends = list(_SENTENCE_END.finditer(text))
    if len(ends) > 1:
        text = text[: ends[1].end()]
    return bool(_on_duty().search(fold(text)))
