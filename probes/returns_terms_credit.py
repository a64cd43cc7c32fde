"""A free return said only of returns settled by an exchange or store credit ("Returns are free
for exchanges or store credit", "retour gratuit pour un échange ou un avoir"), in any supported
language (folded text; see `probes.returns_terms_flags`): what a return for a refund costs is
not said, so the free return holds for some returns only."""

from __future__ import annotations

import re

# "free" right before "for an exchange / store credit / a voucher" (folded).
_FREE_FOR_CREDIT = re.compile(
    r"\b(?:free(?:\s+of\s+charge)?|gratuit\w*|gratis|gratuitamente|kostenlos|kostenfrei|"
    r"bezp[lł]atn\w*|darmow\w*)\s+"
    r"(?:(?:for|pour|para|per|voor|fur|gegen|bei|w\s+przypadku|na|em\s+caso\s+de|en\s+caso\s+de)\s+)"
    r"(?:an?\s+|un\s+|une\s+|el\s+|los\s+|um\s+|uma\s+|een\s+|einen?\s+|die\s+|le\s+|les\s+|"
    r"il\s+|i\s+|o\s+|os\s+|as\s+)?"
    r"(?:exchanges?|store\s+credit|credit\s+notes?|gift\s+cards?|vouchers?|echanges?|avoirs?|"
    r"bons?\s+d'achat|cambios?|vales?|cambi|buoni|ruil\w*|tegoed\w*|waardebon\w*|trocas?|"
    r"creditos?|wymian\w*|bon\w*|umtausch\w*|gutschein\w*|gutschrift\w*)\b"
)


def free_for_credit(text: str) -> bool:
    """`text` (folded) says a return is free only when settled by an exchange or credit."""
    return bool(_FREE_FOR_CREDIT.search(text))
