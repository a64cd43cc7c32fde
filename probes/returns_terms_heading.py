"""What a heading says about the periods of the sentences under it (see `probes.returns_terms`):
the kind it names ("Troca de produtos com defeito" -> a warranty), and whether it decides the
kind of a period in a sentence that names nothing itself ("Prazo: até 30 dias") or only an
exchange under a heading about defects ("Manufacturing defects" + "exchanges must be asked for
within 7 days": the swap of a faulty item, a warranty's period, no window)."""

from __future__ import annotations

from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_kinds import keywords


def heading_kind(heading: str, p: CompiledLexicon) -> str | None:
    """What a heading is about ("Troca de produtos com defeito" -> warranty)."""
    if p.flags["defect"].search(heading):
        return "warranty"
    if p.own["standard"].search(heading):
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
