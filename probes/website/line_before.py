"""The line before a number's line, read for the role it gives a number that opens the next
line: a sentence too long for a heading that runs on to the number, or a line naming only fax
("Numéro de fax alternatif", "... unter folgender Nummer zulässig:"). Read by
`probes.website.roles`.
"""

from __future__ import annotations

import re

from probes.website.labels import FAX, PHONE, found_labels, role_before
from probes.website.number_matches import HEADING_MAX, SENTENCE_REACH
from probes.website.organisations import sentence_start
from probes.website.words import fold

_FAX_LINE_MAX = 40  # characters of a line of its own naming only fax, over a fax number


def sentence_running_on(line: str) -> str | None:
    """The role a sentence too long for a heading gives a number it runs on to on the next line
    ("You can call our sales line for advice on" over "0870 ..."): the sentence is not ended
    (no stop, no colon) and its last label names the line; else None."""
    line = line.rstrip()
    if len(line) <= HEADING_MAX or re.search(r"[.!?:;)]$", line):
        return None
    role = role_before(line[sentence_start(line) :])
    return None if role in (None, PHONE) else role


def fax_ahead(line: str) -> bool:
    """Whether `line` ends in a colon after a sentence naming fax and no other line ("Anträge
    per Telefax sind unter folgender Nummer zulässig:"), or is a short line of its own naming
    only fax ("Numéro de fax alternatif", no colon, no digits): the number on the next line is
    a fax."""
    line = line.rstrip()
    short = len(line) <= _FAX_LINE_MAX and not re.search(r"\d", line)
    if not line.endswith(":") and not short:
        return False
    sentence = line[-SENTENCE_REACH:]
    labels = found_labels(fold(sentence[sentence_start(sentence) :]))
    return bool(labels) and all(role == FAX for _, _, role in labels)
