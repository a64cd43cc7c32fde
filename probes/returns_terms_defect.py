"""Whether a stretch of a returns policy names a defect of the goods ("damaged", "defekt",
"non conforme"): not negated ("not damaged", "undamaged", "without damage", "bez uszkodzeń"), nor
an exception ("unless defective"); see `probes.returns_terms_kinds`, which makes a return period
after a named defect a warranty's."""

from __future__ import annotations

import re

from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_payer import NOT

_EXCEPTION_REACH = 40  # characters before a defect word in which "unless"/"except" excepts it
_WITHOUT_REACH = 30  # characters before a defect word in which "without" makes the goods sound
# A negating prefix glued to a defect word: "undamaged", "unbeschädigt", "onbeschadigd",
# "nieuszkodzony" say the goods are sound.
_SOUND = re.compile(r"(?<![^\W\d_])(?:un|on|nie)$")
# "without damage", "sans dommage", "sin daños", "ohne Beschädigung", "bez uszkodzeń": sound goods.
_WITHOUT = re.compile(r"\b(?:without|sans|sin|senza|sem|ohne|zonder|bez)\s+(?:[\w']+\s+){0,2}$")


def defect_named(text: str, p: CompiledLexicon) -> bool:
    """Whether a defect is named in `text`, neither negated ("not damaged", "undamaged") nor an
    exception ("unless defective")."""
    f = p.flags
    # Only an exception right before the defect makes it one: in "Except for close-out items,
    # we accept the return of defective products for 15 days" the defect is still the subject.
    return any(
        not f["exception"].search(text[max(0, hit.start() - _EXCEPTION_REACH) : hit.start()])
        and not NOT.search(text[max(0, hit.start() - 25) : hit.start()])
        and not _SOUND.search(text[max(0, hit.start() - 3) : hit.start()])
        and not _WITHOUT.search(text[max(0, hit.start() - _WITHOUT_REACH) : hit.start()])
        for hit in f["defect"].finditer(text)
    )
