"""Whether a restocking (handling, processing) fee a sentence states is charged on every ordinary
return, which makes the return cost the customer (tests/data/LABELLING.md, settled 2026-12-03),
or on some returns only, which says nothing of who pays an ordinary one: returns of a class of
goods or customers (opened, personalised, sale items, from abroad), late returns ("after 30
days", "between 14 and 30 days"), returns by a payment method ("paid with a credit card",
"Afterpay"), returns without their papers or packaging, refused parcels, orders of some value,
or a fee that may be charged."""

from __future__ import annotations

import re

from probes.returns_terms_payer_value import BY_VALUE

# Review 46: "applies to all returns of large appliances", "... to all returns that are not in
# their original packaging": all returns of one group, some returns only.
# Not "all returns that are not due to product defects" (every ordinary return).
ALL_OF_GROUP = re.compile(
    r"\ball\s+returns?\s+(?:of|that|which|not|without)\b"
    r"(?![^.;]{0,25}\b(?:due\s+to|because|caused|the\s+result|our\s+(?:error|fault|mistake)))"
)


def fee_on_every_return(text: str, heading: str, f: dict[str, re.Pattern[str]]) -> bool:
    """A fee stated in `text` (folded; `heading` the title above it) with nothing in the
    sentence or its title that narrows it to some returns."""
    return not any(
        f[name].search(where)
        for name in ("subset", "condition", "late", "fee_some", "abroad", "refused", "hedge")
        for where in (text, heading)
    ) and not (BY_VALUE.search(text) or f["unless"].search(text) or ALL_OF_GROUP.search(text))
