"""What a heading says about the periods of the sentences under it (see `probes.returns_terms`):
the kind it names ("Troca de produtos com defeito" -> a warranty), and whether it decides the
kind of a period in a sentence that names nothing itself ("Prazo: até 30 dias") or only an
exchange under a heading about defects ("Manufacturing defects" + "exchanges must be asked for
within 7 days": the swap of a faulty item, a warranty's period, no window)."""

from __future__ import annotations

import re

from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_keywords import keywords

_WORD = re.compile(r"[^\W\d_]+")


def standard_named(text: str, p: CompiledLexicon) -> bool:
    """Whether `text` (a heading, or the words before a duration) ends on the standard period
    named, at most a word after it ("Délai standard :", "Our standard period is"); not "Standard
    deadline for delivery:" (another period's standard)."""
    return any(len(_WORD.findall(text, hit.end())) <= 1 for hit in p.own["standard"].finditer(text))


def heading_kind(heading: str, p: CompiledLexicon) -> str | None:
    """What a heading is about ("Troca de produtos com defeito" -> warranty)."""
    if p.flags["defect"].search(heading):
        return "warranty"
    if standard_named(heading, p):
        return "return"  # "Délai standard" + "30 jours"
    hits = keywords(heading, p)
    return hits[0][1] if hits else None


def heading_decides(heading: str, sentence: str, kind: str | None, p: CompiledLexicon) -> bool:
    """Whether `heading` gives the kind of a period of `sentence` read as `kind`: the sentence
    names no period's keyword, or its period is an exchange under a heading about defects."""
    if not heading:
        return False
    if not keywords(sentence, p):
        return True
    return kind == "exchange" and heading_kind(heading, p) == "warranty"
