"""An exchange the customer pays for, said with no return word (see `probes.returns_terms_flags`):
"Si el cambio se debe a talla, el cliente será responsable de los costos de envío", or "Para
realizar el cambio, tenga en cuenta:" + "Los costos de envío quedan a cargo del comprador". The
costs are an exchange's when the sentence, or the line it hangs from (ending on ":"), names an
exchange and no return or refund (`probes.returns_terms_payer_no_cost.exchange_only`), and the
customer pays them where a return word in the exchange word's place would say so
(`probes.returns_terms_payer.customer_pays`). A change of mind ("cambio de opinión") is a return,
not an exchange. Read this way, it says the return costs only on a page whose shop takes goods
back only for an exchange (LABELLING.md). A sentence the ordinary who-pays rules read already
("If you exchange for another size, the customer is responsible for the shipping costs") is read
by them, before this, with or without an exchange-only page. The other way round, a free exchange
on a page that also refunds returned goods and says no return is free ("Trocas: sem custos de
envio" + "O reembolso é processado ...") leaves free returns unknown."""

from __future__ import annotations

import dataclasses
import re

from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_answers import Answers, Sentence
from probes.returns_terms_free import CHANGE_OF_MIND
from probes.returns_terms_payer import customer_pays
from probes.returns_terms_payer_no_cost import exchange_only


def exchange_paid(text: str, before: str, p: CompiledLexicon) -> bool:
    """Whether `text` (after the sentence `before`) says the customer pays an exchange's costs."""
    if CHANGE_OF_MIND.search(text) or p.kinds["return"].search(text):
        return False
    hung = before.endswith(":") and not p.kinds["return"].search(before)
    context = text if exchange_only(text, p) else f"{before} {text}" if hung else ""
    if not context or CHANGE_OF_MIND.search(context):
        return False
    as_return = dataclasses.replace(p, kinds={**p.kinds, "return": p.kinds["exchange"]})
    return customer_pays(context, as_return)


def add_paid_exchange(free: Answers, exchange: Answers, sentence: str | None) -> None:
    """Add to `free` (in place) a paid exchange (its first sentence, `sentence`) as a paid return
    on an exchange-only page where nothing else is said of who pays; elsewhere add nothing."""
    if sentence is not None and "yes" in exchange.seen and not free.seen:
        free.seen["no"] = sentence


def drop_free_exchange(
    free: Answers, exchange: Answers, sentences: list[Sentence], p: CompiledLexicon
) -> None:
    """Round 25: a free exchange (said in sentences naming no return) on a page that also refunds
    returned goods (`refund_for_return`) says nothing of what a return for a refund costs
    ("Trocas: sem custos de envio" + "O reembolso é processado ..."): where it is all `free`
    heard, and the page does not say it takes goods back only for an exchange, the answer is
    unknown (in place). The page is searched for a refund only when that is all `free` heard."""
    if set(free.seen) != {"exchange_yes"} or "yes" in exchange.seen:
        return
    refund = refund_for_return(sentences, p)
    if refund is not None:
        free.seen["unsure"] = refund


# Review 51: returns refused outright, in any supported language (folded): "Não aceitamos
# devoluções", "No aceptamos devoluciones", "Non accettiamo resi", "We do not accept returns".
_NO_RETURNS = re.compile(
    r"\b(?:nao\s+aceitamos|no\s+(?:aceptamos|admitimos|realizamos|hacemos)|non\s+accettiamo|"
    r"we\s+(?:do\s+not|don't)\s+accept|nous\s+n'acceptons\s+(?:pas|aucun)|"
    r"wir\s+(?:akzeptieren|nehmen)\s+keine|wij\s+accepteren\s+geen|nie\s+przyjmujemy)\s+"
    r"(?:\w+\s+)?(?:devolu\w*|resi|returns?|retours?|ruck\w*|retouren|zwrot\w*)"
)


def refund_for_return(sentences: list[Sentence], p: CompiledLexicon) -> str | None:
    """The first sentence naming a refund of returned goods (not of a cancelled order, not of the
    original shipping: review 51), on a page that does not refuse returns outright; else None."""
    if any(_NO_RETURNS.search(s.folded) for s in sentences):
        return None
    for s in sentences:
        text = s.folded
        if not p.kinds["refund"].search(text) or p.kinds["cancellation"].search(text):
            continue
        if p.flags["send"].search(text) or p.flags["cost"].search(text):
            continue  # "the original shipping is refunded if the mistake is ours"
        return s.original
    return None
