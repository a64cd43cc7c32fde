"""Whether a yes/no phrase of the returns lexicon is said in a sentence: not inside a phrase that
says the opposite ("we do not provide a label"), nor turned round by a negation before it or
closing its clause after it ("this is not a free return", "die Rücksendekosten übernehmen wir
nicht"); and a "free returns" phrase so turned round, which says returns cost (see
`probes.returns_terms_flags`, which reads the flags with them)."""

from __future__ import annotations

import re

from probes.returns_terms_payer import negated, overlaps


def said(
    yes: re.Pattern[str],
    no: re.Pattern[str],
    sentence: str,
    f: dict[str, re.Pattern[str]] | None = None,
) -> bool:
    """A "yes" phrase that is not part of a "no" phrase ("we do not provide a label") nor
    turned round by a negation (`f`'s, when given: "this is not a free return", "die
    Rücksendekosten übernehmen wir nicht")."""
    noes = [m.span() for m in no.finditer(sentence)]
    return any(
        # With `f`, a "no" phrase inside the "yes" one ("frais de retour de 5 EUR sont offerts")
        # is a part of it.
        not overlaps(
            hit.span(), [n for n in noes if not (f and hit.start() <= n[0] <= n[1] <= hit.end())]
        )
        and not (f and _turned(sentence, hit, f))
        for hit in yes.finditer(sentence)
    )


def _turned(sentence: str, hit: re.Match[str], f: dict[str, re.Pattern[str]]) -> bool:
    """A negation right before `hit`, or closing its clause right after it ("vergoeden wij
    niet": Dutch and German put it after the verb)."""
    return negated(sentence, hit.start(), f["negation"]) or bool(
        f["negation_after"].match(sentence, hit.end())
    )


def free_denied(sentence: str, f: dict[str, re.Pattern[str]]) -> bool:
    """A "free returns" phrase turned round by a negation: the shop says returns cost."""
    return any(_turned(sentence, hit, f) for hit in f["free_yes"].finditer(sentence))
