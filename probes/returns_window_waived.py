"""Two readings of the withdrawal period (see `probes.returns_terms`; the phrases are the
lexicon's `window_own` `waived` and `this_right`):
- a period the customer waives ("the client waives the statutory 14-day right of withdrawal",
  "renuncia expresamente a su derecho de desistimiento de 14 días", "afstand doen van de
  bedenktermijn van 14 dagen"): no window, the right is given up; not where the waiver is
  negated ("you do not waive your right to withdraw within 14 days");
- a period of "this right" in a sentence naming no period's keyword, after a sentence naming
  the withdrawal only ("You may withdraw without giving a reason." + "The period to exercise
  this right is 14 days."): the withdrawal period; not after a sentence about a warranty."""

from __future__ import annotations

import re

from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_keywords import keywords
from probes.returns_window_pick import NEGATED

_WAIVER_REACH = 150  # characters from a waiver's start to the duration it waives
_NEGATION_REACH = 30  # characters before a waiver in which a negation refuses it


def waived(sentence: str, match: re.Match[str], p: CompiledLexicon) -> bool:
    """Whether the duration `match` of `sentence` is a withdrawal period the customer waives:
    a waiver starts before it, near, with no other duration nor colon between, and is not
    negated."""
    for hit in p.own["waived"].finditer(sentence):
        if not 0 <= match.start() - hit.start() <= _WAIVER_REACH:
            continue
        between = sentence[hit.start() : match.start()]
        if p.duration.search(between) or re.search(r"[:;]", between):
            continue  # another period's, or past a clause the waiver does not reach
        if not NEGATED.search(sentence, max(0, hit.start() - _NEGATION_REACH), hit.start()):
            return True
    return False


def this_right(previous: str, sentence: str, p: CompiledLexicon) -> bool:
    """Whether `sentence`, naming no period's keyword, speaks of "this right" after a sentence
    (`previous`, with no duration of its own) that names the withdrawal and nothing else."""
    if not p.own["this_right"].search(sentence) or keywords(sentence, p):
        return False
    if p.duration.search(previous):
        return False
    return {kind for _, kind in keywords(previous, p)} == {"withdrawal"}
