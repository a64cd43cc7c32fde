"""Whether a sentence points back to the return named before it ("In this case the costs are the
buyer's"; see `probes.returns_terms_flags`): a pointer ("in this case", "these costs") and no
refund kept in the same clause. "... taken off your refund" keeps the sentence about the refund;
a refund in a clause of its own after the pointer ("in this case the shipping is the buyer's and
only the item's price is refunded") does not. A list item under a lead that ends on a colon ("We
accept returns on these terms:" + "- the buyer pays the shipping") points back to its lead too.
Shipping costs the customer pays, after a sentence about returning ("Se puede devolver en 14
días. Los gastos de envío los paga el cliente"), are the return's (`shipping_after_return`)."""

from __future__ import annotations

import re

from probes.returns_lexicon import LIST_ITEM, CompiledLexicon
from probes.returns_terms_free import CHANGE_OF_MIND
from probes.returns_terms_payer import negated

# "and", "but" between two clauses, in any supported language (folded).
_CLAUSE_JOIN = re.compile(
    r"\s(?:and|et|y|e|ed|und|en|i|oraz|but|mais|pero|ma|maar|aber|ale|mas)\s|[;,]\s"
)


# A list item lettered "a) ", which the sentence splitter's list items (`LIST_ITEM`: a dash or
# bullet, a number with a dot or bracket) leave out.
_LETTERED = re.compile(r"[a-z][)]\s")


def _item(text: str) -> bool:
    """`text` (a sentence, stripped) opens as a list item."""
    return bool(LIST_ITEM.match(text) or _LETTERED.match(text))


def listed(text: str, before: list[str]) -> bool:
    """`text` is a list item under a lead ending on a colon (`before`: the sentences before it,
    folded; other items of the list may stand between)."""
    if not _item(text):
        return False
    for previous in reversed(before):
        if not _item(previous):
            return previous.rstrip().endswith(":")
    return False


def lead_of(text: str, before: list[str]) -> str:
    """The sentence `text` (folded) follows on from: a list item's lead, else the one before."""
    if listed(text, before):
        return next(previous for previous in reversed(before) if not _item(previous))
    return before[-1] if before else ""


def points_back(
    text: str,
    refunding: re.Match[str] | None,
    f: dict[str, re.Pattern[str]],
    before: list[str] | None = None,
) -> bool:
    """`text` (folded; `refunding` its first refund word) points back to the sentence before."""
    pointer = f["anaphor"].search(text)
    if pointer is None and before and listed(text, before):
        return refunding is None
    if pointer is None:
        return False
    if refunding is None or negated(text, refunding.start(), f["negation"]):  # "not refund"
        return True
    return refunding.start() > pointer.end() and bool(
        _CLAUSE_JOIN.search(text, pointer.end(), refunding.start())
    )


# The order's own shipping or the order itself named, in any supported language (folded):
# "frete original", "oorspronkelijke zending", "el envío de los pedidos", "Orders: ...".
_ORDER_SHIPPING = re.compile(
    r"\b(?:original\w*|inicial\w*|initial|oorspronkelijk\w*|ursprunglich\w*|iniziale|"
    r"pierwotn\w*|orders?|pedidos?|compras?|commandes?|ordin[ei]|encomendas?|bestelling\w*|"
    r"bestellung\w*|zamowie\w*)\b"
)
# Review 54: the delivery to the customer, its tier or a replacement sent out, in any supported
# language (folded): "envío a domicilio", "standard shipping", "für die Lieferung", "sustitución".
_DELIVERY = re.compile(
    r"\b(?:domicilio|entreg\w*|urgente|estandar|standard|express\w*|expres\w*|next-day|"
    r"deliver\w*|lieferung\w*|zustell\w*|livraison\w*|livre\w*|consegn\w*|arriv\w*|dostaw\w*|"
    r"bezorg\w*|levering\w*|spoed\w*|kurier\w*|courier\w*|mensajer\w*|sustituci\w*|"
    r"reemplaz\w*|replacement\w*|substitu\w*|ersatz\w*|remplacement\w*|sostitu\w*|vervang\w*)\b"
)
# Review 54: a shipping word with a destination after it ("envíos a Portugal", "shipping to
# Canada", "Versand nach Österreich", "expédition vers la Belgique", "verzending naar België").
_SENT_TO = r"\s+(?:a|al|to|nach|vers|naar|para|verso|do|na|no|hacia|in|into)\s"


def shipping_after_return(
    text: str, lead: str, refunding: re.Match[str] | None, p: CompiledLexicon
) -> bool:
    """`text` (folded) names shipping costs that are the return's of `lead`, the sentence it
    follows ("Se puede devolver en 14 días. Los gastos de envío los paga el cliente"): a
    shipping word with no destination after it and the customer as payer; no number (a price,
    a delivery time), no refund, exchange, repair, defect, change of mind, delivery or
    replacement, the shop as payer, the order's own shipping or a label before a colon
    ("Envíos: ..."); `lead` says no free return (review 54 narrowed it to this)."""
    f = p.flags
    if refunding or ":" in text[:40] or any(ch.isdigit() for ch in text):
        return False
    sent = [hit for hit in f["send"].finditer(text) if not re.match(_SENT_TO, text[hit.end() :])]
    if not sent or not f["payer"].search(text):
        return False
    named = (p.kinds["exchange"], p.kinds["repair"], f["defect"], f["ours"], CHANGE_OF_MIND)
    return not (
        any(rx.search(text) for rx in named)
        or _ORDER_SHIPPING.search(text)
        or _DELIVERY.search(text)
        or f["free_yes"].search(lead)
    )
