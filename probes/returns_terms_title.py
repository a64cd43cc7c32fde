"""Titles in a returns policy: whether a line is one (short, with no full stop, no figure and no
list-item mark: what the sentences under it are about), and whether a title is about returns
rather than shipping (see `probes.returns_terms_flags`, which reads who pays under them)."""

from __future__ import annotations

import re

from probes.returns_lexicon import CompiledLexicon

_HEADING = 50  # characters: a shorter sentence without a full stop is a title


def is_title(text: str) -> bool:
    """A short line with no full stop and no figure ("Retours internationaux", not "in a box:
    EUR 100"): what the sentences under it are about."""
    return (
        len(text) <= _HEADING
        and not text.rstrip().endswith((".", "!", "?", ":"))
        and not any(c.isdigit() for c in text)
        and not text.lstrip().startswith(("- ", "• ", "* "))  # a list item names no topic
    )


_ANSWER_WORDS = 6  # words: a line no longer than this under a cost title is its answer


def answered_title(text: str, after: str | None, p: CompiledLexicon) -> str | None:
    """A title naming a return's cost ("Costo de envío de retorno", "Return shipping",
    "Rücksendekosten") and the short line under it that answers it ("A cargo del cliente.",
    "Free."), read as one line, "title: answer", as if the title ended on a colon; else None."""
    if after is None or not is_title(text) or not p.kinds["return"].search(text):
        return None
    if not (p.flags["cost"].search(text) or p.flags["send"].search(text)):
        return None
    if len(after.split()) > _ANSWER_WORDS or after.rstrip().endswith((":", "?")):
        return None
    if p.kinds["return"].search(after):
        return None  # a sentence naming its own return says what it says alone
    return f"{text.rstrip()}: {after.strip()}"


def returns_title(heading: str, p: CompiledLexicon) -> bool:
    """A title about returns, not shipping ("Devolução", "Trocas / Devoluções"; not "Shipping &
    returns")."""
    return bool(p.kinds["return"].search(heading)) and not p.flags["send"].search(heading)


_ITEMS = 8  # lines: how far back a list's lead is looked for
# A lead ending on "if" and its colon, in any supported language (folded): "We accept returns
# if:", "Aceptamos devoluciones si:", "Rücknahme nur, wenn:", "pod warunkiem, że:".
_IF_LEAD = re.compile(
    r"\b(?:if|provided(?:\s+that)?|as\s+long\s+as|si|se|wenn|falls|sofern|als|indien|mits|"
    r"jesli|jezeli|gdy|purche|a\s+patto\s+che|siempre\s+que|desde\s+que|a\s+condition\s+que|"
    r"pourvu\s+que|pod\s+warunkiem,?(?:\s+ze)?)\s*:\s*$"
)


def list_item(before: list[str]) -> bool:
    """The line after `before` (the sentences before it, folded) is an item of a list led by a
    line ending on a colon ("We accept returns if:" + "It is not a personalised order"): one of
    the list's conditions, not a title over what follows."""
    for previous in reversed(before[-_ITEMS:]):
        if previous.rstrip().endswith(":"):
            return bool(_IF_LEAD.search(previous))
        if not is_title(previous):
            return False
    return False


_QUESTION = 100  # characters: a question no longer than this heads its answer


def asks(text: str) -> bool:
    """`text` (folded) is a short question ("Who pays the return?"), which says nothing itself."""
    return len(text) <= _QUESTION and text.rstrip().endswith("?")


def defect_question(text: str, f: dict[str, re.Pattern[str]]) -> bool:
    """`text` (folded) is a short question about faulty goods ("Cosa succede se il prodotto è
    difettoso?"): its answer speaks of faults only, as under a "Faulty goods" title."""
    return asks(text) and bool(f["defect"].search(text))
