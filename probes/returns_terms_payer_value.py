"""Who pays by the order's value, in any supported language (folded text): a sum the order stays
under ("bei einer Bestellung unter 40 €", "orders below £40"), does not exceed ("einen Betrag von
40 Euro nicht übersteigt") or, German, exceeds ("der Bestellwert ... übersteigt 40 €", round
40). A who-pays sentence that names one says nothing of an ordinary return
(`probes.returns_terms_flags` reads it as unsure), and a fee it names is charged on some returns
only (`probes.returns_terms_fee_scope`)."""

from __future__ import annotations

import re

_MONEY = (
    r"(?:(?:[€$£]|\br\$|\beur(?:o|os)?\b)\s?\d|"
    r"\d+(?:[.,]\d+)?\s?(?:€|\$|£|\beur\w*|\bzł|\bpln\b|\bchf\b|\bfr\b))"
)
# Who pays by the order's value, in any supported language (folded): "bei einer Bestellung unter
# 40 €", "orders below £40", "einen Betrag von 40 Euro nicht übersteigt".
BY_VALUE = re.compile(
    r"\b(?:under|below|less\s+than|unter|weniger\s+als|inferieure?s?\s+a|moins\s+de|"
    r"en\s+dessous\s+de|inferior(?:es)?\s+a|menos\s+de|por\s+debajo\s+de|inferiori?\s+a|"
    r"meno\s+di|sotto\s+i|onder|minder\s+dan|lager\s+dan|ponizej|mniej\s+niz|abaixo\s+de)\s+"
    + _MONEY
    # round 40: "bis zu einem Wert von Euro 40,-", "es sei denn der Bestellwert ... übersteigt
    # 40 €" (review 66: only the order's or goods' value as what exceeds; "auch wenn der
    # Bestellwert 40 € übersteigt" puts the verb last, so the sum never follows it)
    + r"|\bbis\s+zu\s+einem\s+(?:waren|bestell)?wert\s+von\s+"
    + _MONEY
    + r"|\b(?:bestell|waren|auftrags)wert\w*\s+[^.;]{0,60}?"
    r"(?:ubersteigt|uberschreitet)\s+"
    + _MONEY
    + r"|\b(?:does|do|did)(?:\s+not|n't)\s+exceed|\bnicht\s+(?:ubersteigt|uberschreitet)|"
    r"\bne\s+depasse\s+pas|\bn'excede\s+pas|"
    r"\bno\s+(?:supere|exceda|sobrepase)|\bnon\s+(?:superi|supera|ecceda|eccede)|"
    r"\bniet\s+(?:overschrijdt|overstijgt)|\bnie\s+(?:przekracza|przekroczy)|"
    r"\bnao\s+(?:exceda|ultrapasse|excede|ultrapassa)\b"
)
