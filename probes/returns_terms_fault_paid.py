"""A return said to cost nothing (or to be the shop's to pay) in the case of faulty goods or the
shop's own error, and nothing more (round 19): "Em caso de defeito do produto, a devolução é
gratuita", "If the item arrives damaged, the return is free", "En caso de que nos hayamos
equivocado, la devolución corre por nuestra cuenta". As LABELLING.md reads "we pay the return
shipping if the error is ours", the shop paying for faults implies the customer pays for an
ordinary return; `probes.returns_terms_flags` adds it as a weak "no" (`fault_no`), which gives
way to anything else the page says of who pays (a plainly free return stays free). The
condition words are the lexicon's `returns: flags: fault_if`."""

from __future__ import annotations

import re

_CONDITION_REACH = 45  # characters before the defect in which its condition word is looked for


def fault_conditioned(text: str, f: dict[str, re.Pattern[str]]) -> bool:
    """`text` (folded) names a defect or the shop's error as a condition: a condition word within
    the 45 characters before it, in the same clause ("Em caso de defeito", "Si recibe un juguete
    con algún defecto"), with no exception there ("free for all orders, except if damaged"); a
    defect merely mentioned ("returns are free; damaged goods cannot be returned") is none."""
    for hit in f["defect"].finditer(text):
        lead = re.split(r"[.;:!?]", text[max(0, hit.start() - _CONDITION_REACH) : hit.start()])[-1]
        if f["fault_if"].search(lead) and not f["exception"].search(lead):
            return True
    return False


# A word of costing nothing, in any supported language (folded).
_FREE = re.compile(r"gratuit|gratis|\bfree\b|kosten(?:los|frei)|kosteloos|darmow|bezp[lł]atn")


def cost_said_elsewhere(sentences: list[str], fault: str, f: dict[str, re.Pattern[str]]) -> bool:
    """Whether a sentence (folded) other than `fault` and not a question names a cost or says
    something costs nothing ("Primeira troca gratuita", "the logistics cost may be the
    customer's"): the page then says more of who pays than the faults' case, and the weak "no"
    is dropped (the rule reads only a page whose one word on costs is the shop paying for
    faults)."""
    return any(
        text != fault
        and not text.rstrip().endswith("?")
        and bool(f["cost"].search(text) or f["no_cost"].search(text) or _FREE.search(text))
        for text in sentences
    )
