"""An exchange and a refund named together as the alternatives a customer may ask for ("an
exchange or refund is accepted within 14 days", "troca ou reembolso no prazo de 14 dias",
"Umtausch oder Erstattung innerhalb von 14 Tagen"): the period is the window to ask for either,
a return window, not the time a refund takes (see `probes.returns_window_own`)."""

from __future__ import annotations

import re
from itertools import pairwise

from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_keywords import CLAUSE_MARKS, keywords

# "or"/"and" between the two, any supported language, and an article after it.
_JOINED = re.compile(
    r"\s*(?:/|or|and|ou|o|oder|und|of|en|lub|albo|czy|i|e|y|et)\s+"
    r"(?:(?:a|an|the|un|une|una|uno|um|uma|il|le|la|l'|een|de|het|eine?n?|zur|zum)\s+)?$"
)

# Only "within" between the pair and the duration (after any "is accepted"): not "refunds or
# exchanges are processed within 5 days", the shop's time.
_WITHIN = re.compile(
    r"\s*(?:within|in|up\s+to|innerhalb(?:\s+von)?|binnen|sous|dans\s+(?:un\s+delai\s+de|les)|"
    r"dentro\s+(?:de|do|da)|en(?:\s+un\s+plazo\s+de)?|entro|(?:no|num|dentro\s+do)\s+prazo\s+de|"
    r"em\s+ate|ate|w\s+ciagu|w\s+terminie|do)(?:\s+(?:the|los|las|i|il|os|as|de))?\s*"
)

# An auxiliary right before the pair: the goods "will be exchanged or refunded" by the shop, its
# time ("Ils vous seront échangés ou remboursés sous 7 jours"), no window.
_DONE_TO = re.compile(
    r"\b(?:be|been|are|is|seront|sera|sont|werden|wird|seran|sera|son|saranno|sara|sono|"
    r"worden|wordt|serao|sao|zostana|zostanie|beda|bedzie)\s+(?:\w+\s+)?$"
)


def pair_named(sentence: str, match: re.Match[str], p: CompiledLexicon) -> bool:
    """Whether the clause before the duration `match` of `sentence` names an exchange and a
    refund joined by "or"/"and" (either first), with only "within" (after any "is accepted")
    between them and it."""
    start = max(sentence.rfind(c, 0, match.start()) for c in CLAUSE_MARKS) + 1
    hits = sorted(keywords(sentence[start : match.start()], p))
    for first, second in pairwise(hits):
        if {first[1], second[1]} != {"exchange", "refund"}:
            continue
        if not _JOINED.fullmatch(sentence[start + first[0][1] : start + second[0][0]]):
            continue
        if _DONE_TO.search(sentence, max(0, start + first[0][0] - 30), start + first[0][0]):
            continue
        gap = sentence[start + second[0][1] : match.start()]
        allowed = p.allowed.search(gap)
        if _WITHIN.fullmatch(gap[allowed.end() :] if allowed else gap):
            return True
    return False
