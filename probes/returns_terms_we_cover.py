"""The shop bearing a return's cost on faulty goods or its own error only, in its own words
(round 30): "Si la devolución se debe a un error nuestro, asumimos los gastos", "Si es por defecto
de fábrica, nos hacemos cargo del envío", "We also cover the shipping costs if the error was
ours". Like "we pay the return shipping if the error is ours" (tests/data/LABELLING.md), it
implies the customer pays for an ordinary return: a weak "no" (`defect_no`) that gives way to
anything else the page says of who pays. Read only where the sentence says no return is free
(`probes.returns_terms_who_pays.free_said` heard nothing); the cost it names need not be called
the return's, since the condition says which return it is.
"""

from __future__ import annotations

import re

from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_cases import faults_case
from probes.returns_terms_defect_paid import defect_paid
from probes.returns_terms_payer_shop import OUR_ERROR

# The first delivery's charge refunded ("we refund the original delivery charge", "reembolsamos
# los portes de envío originales"): the order's shipping, which says nothing of returns.
_ORIGINAL = re.compile(r"\b(?:original\w*|originais|initial|inicial\w*|iniciais)\b")


def covers_faults_only(
    text: str, before: list[str], faulty_heading: bool, p: CompiledLexicon
) -> bool:
    """`text` (folded; after the sentences `before`, folded) has the shop bear a cost in the
    first person (`we_cover`) on a condition naming a defect or its own error, or under a
    faulty-goods title, or as a pointer to the faults just named ("En estos casos ..."); not the
    original delivery's charge."""
    f = p.flags
    if not f["we_cover"].search(text) or _ORIGINAL.search(text):
        return False
    return (
        defect_paid(text, faulty_heading, f)
        or bool(OUR_ERROR.search(text))
        or faults_case(text, before[-2:], f)
    )
