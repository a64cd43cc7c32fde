"""Numbers written back to back with only blanks between them ("511 222 333 511 444 555").

The matcher reads no number in such a run: it takes the digit groups for one longer number. Where
the groups split exactly, in order, into valid numbers of the country's one mobile length, each
digit used once, the run is those numbers; any other run stays unread (an account number, a
register id).
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneMetadata

# Four or more digit groups with single blanks between: maybe numbers written back to back.
_DIGIT_RUN = re.compile(r"(?<![\d+\-./])\d+(?: \d+){3,}(?![\d\-./])")


def back_to_back(
    text: str, region: str, spans: list[tuple[int, int, phonenumbers.PhoneNumber]]
) -> list[tuple[int, int, phonenumbers.PhoneNumber]]:
    """Numbers written back to back with no separator between them but a blank ("511 222 333
    511 444 555"), where the matcher read none in the run: the run split at its blanks into
    valid numbers of the country's one mobile length, each digit used once, else nothing."""
    metadata = PhoneMetadata.metadata_for_region(region)
    lengths = metadata.mobile.possible_length if metadata and metadata.mobile else ()
    if len(lengths) != 1:
        return []
    out = []
    for run in _DIGIT_RUN.finditer(text):
        if any(a < run.end() and run.start() < b for a, b, _ in spans):
            continue
        pieces = _split_run(run, region, lengths[0])
        out += pieces if len(pieces) > 1 else []
    return out


def _split_run(
    run: re.Match[str], region: str, length: int
) -> list[tuple[int, int, phonenumbers.PhoneNumber]]:
    """The run's digit groups taken in order into valid numbers of `length` national digits
    (a trunk 0 allowed), or [] when the groups do not split so."""
    pieces: list[tuple[int, int, phonenumbers.PhoneNumber]] = []
    start = None
    for group in re.finditer(r"\d+", run.group()):
        start = run.start() + group.start() if start is None else start
        end = run.start() + group.end()
        written = run.string[start:end]
        digits = written.replace(" ", "")
        if len(digits) > length + 1:
            return []
        try:
            number = phonenumbers.parse(digits, region)
        except NumberParseException:  # "00" alone: an international prefix with nothing after
            return []
        if len(str(number.national_number)) == length and phonenumbers.is_valid_number(number):
            pieces.append((start, end, number))
            start = None
    return pieces if start is None else []
