"""Printing untrusted text (company names, web pages, emails, chat) safely with rich.

Text from the outside world is never interpreted as rich markup (`[bold]`),
emoji codes or terminal escapes: escape sequences and control characters are
removed and the rest is shown literally.
"""

from __future__ import annotations

import re

from rich.text import Text

# ESC- and 8-bit-introduced sequences: OSC/DCS/SOS/PM/APC strings up to their
# terminator, CSI with parameters, and the two-byte escapes.
_ESCAPES = re.compile(
    r"""
    (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])   # OSC, DCS, SOS, PM, APC
        [^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?  # ... up to BEL or ST (or the end)
    | (?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?   # CSI
    | \x1b[\x20-\x2f]*[\x30-\x7e]?             # other escapes (charset, keypad...)
    """,
    re.VERBOSE,
)
# C0 controls except \t and \n, DEL, C1 controls, and bidi overrides/isolates
# (which can make text display in a different order than it is stored).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def strip_control(s: str) -> str:
    """`s` without ANSI/OSC/CSI escape sequences and C0/C1 controls (keeps \\n and \\t)."""
    return _CONTROLS.sub("", _ESCAPES.sub("", s))


def safe_text(s: str, limit: int | None = None, style: str = "") -> Text:
    """A rich `Text` showing `s` literally, controls stripped, cut to `limit` chars with '…'."""
    clean = strip_control(s)
    if limit is not None and len(clean) > limit:
        clean = clean[: max(limit - 1, 0)] + "…"
    return Text(clean, style=style)
