"""Titles in a returns policy: whether a line is one (short, with no full stop, no figure and no
list-item mark: what the sentences under it are about), whether a title is about returns
rather than shipping, and a return's cost title read with the short line that answers it
("Return shipping" + "Free.") (see `probes.returns_terms_flags`, which reads who pays under
them)."""

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
# A cell holding only a price ("€4.95", "9,95 EUR"): the row of a table of costs.
_PRICE_CELL = re.compile(
    r"\s*(?:[€$£]\s?)?\d+(?:[.,]\d{1,2})?\s*(?:€|\$|£|eur|euros?|zl|pln|usd|gbp)?\s*$"
)


def answered_title(text: str, following: list[str], p: CompiledLexicon) -> str | None:
    """A title naming a return's cost ("Costo de envío de retorno", "Return shipping",
    "Rücksendekosten") and the short line under it (the first of `following`, folded) that
    answers it ("A cargo del cliente.", "Free."), read as one line, "title: answer", as if the
    title ended on a colon; else None. Review 49: not a title or answer naming exchanges, customers
    abroad or a condition ("Return shipping for exchanges", "Trägt der Kunde beim Umtausch"), nor
    a row of cells ("Return shipping | Free | €4.95": a price follows the answer)."""
    if not following or not is_title(text) or not p.kinds["return"].search(text):
        return None
    f = p.flags
    if not (f["cost"].search(text) or f["send"].search(text)) or p.kinds["exchange"].search(text):
        return None
    after = following[0]
    if len(after.split()) > _ANSWER_WORDS or after.rstrip().endswith((":", "?")):
        return None
    if any(k.search(after) for k in (p.kinds["return"], p.kinds["exchange"])):
        return None  # a sentence naming its own return (or an exchange) says what it says alone
    if f["abroad"].search(after) or f["condition"].search(after):
        return None
    if len(following) > 1 and _PRICE_CELL.match(following[1]):
        return None
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
