"""Which lexicon to read a text with: the language it declares, else the one it is written in.

Detection uses `lingua` (lingua-language-detector), restricted to the languages
that have a data file; it loads its models on first use (a few seconds, once).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from probes.lexicon import languages

_MIN_CONFIDENCE = 0.5
_SAMPLE = 4000  # characters read for detection


def base_language(code: str) -> str:
    """ "de-AT" / "pt_BR" / "FR" -> "de" / "pt" / "fr"."""
    return code.strip().lower().replace("_", "-").split("-")[0]


@cache
def _detector() -> Any:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    wanted = []
    for code in languages():
        iso = getattr(IsoCode639_1, code.upper(), None)
        if iso is not None:
            wanted.append(Language.from_iso_code_639_1(iso))
    return LanguageDetectorBuilder.from_languages(*wanted).build()


def detect_language(text: str) -> str | None:
    """The supported language `text` is written in, or None when unsure or too short."""
    sample = " ".join(text.split())[:_SAMPLE]
    if len(sample) < 20:
        return None
    values = _detector().compute_language_confidence_values(sample)
    if not values or values[0].value < _MIN_CONFIDENCE:
        return None
    return str(values[0].language.iso_code_639_1.name.lower())


def pick_language(text: str, declared: str = "") -> str:
    """The lexicon to read `text` with: `declared` if supported, else detected, else "en"."""
    code = base_language(declared)
    if code in languages():
        return code
    return detect_language(text) or "en"
