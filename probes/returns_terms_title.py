"""Titles in a returns policy: whether a line is one (short, with no full stop, no figure and no
list-item mark: what the sentences under it are about), and whether a title is about returns
rather than shipping (see `probes.returns_terms_flags`, which reads who pays under them)."""

from __future__ import annotations

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


def returns_title(heading: str, p: CompiledLexicon) -> bool:
    """A title about returns, not shipping ("Devolução", "Trocas / Devoluções"; not "Shipping &
    returns")."""
    return bool(p.kinds["return"].search(heading)) and not p.flags["send"].search(heading)
