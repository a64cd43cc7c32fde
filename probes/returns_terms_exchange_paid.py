"""An exchange the customer pays for, said with no return word (see `probes.returns_terms_flags`):
"Si el cambio se debe a talla, el cliente será responsable de los costos de envío", or "Para
realizar el cambio, tenga en cuenta:" + "Los costos de envío quedan a cargo del comprador". The
costs are an exchange's when the sentence, or the line it hangs from (ending on ":"), names an
exchange and no return, and the customer pays them where a return word in the exchange word's
place would say so (`probes.returns_terms_payer.customer_pays`). A change of mind ("cambio de
opinión") is a return, not an exchange. It says the return costs only on a page whose shop takes
goods back only for an exchange (LABELLING.md), else nothing."""

from __future__ import annotations

import dataclasses

from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_answers import Answers
from probes.returns_terms_free import CHANGE_OF_MIND
from probes.returns_terms_payer import customer_pays


def exchange_paid(text: str, before: str, p: CompiledLexicon) -> bool:
    """Whether `text` (after the sentence `before`) says the customer pays an exchange's costs."""
    if p.kinds["return"].search(text) or CHANGE_OF_MIND.search(text):
        return False
    hung = before.endswith(":") and not p.kinds["return"].search(before)
    context = text if p.kinds["exchange"].search(text) else f"{before} {text}" if hung else ""
    if not context or CHANGE_OF_MIND.search(context):
        return False
    as_return = dataclasses.replace(p, kinds={**p.kinds, "return": p.kinds["exchange"]})
    return customer_pays(context, as_return)


def settle(free: Answers, exchange: Answers, sentence: str | None) -> Answers:
    """`free` with a paid exchange (its first sentence, `sentence`) as a paid return on an
    exchange-only page where nothing else is said of who pays; elsewhere it says nothing."""
    if sentence is not None and "yes" in exchange.seen and not free.seen:
        free.seen["no"] = sentence
    return free
