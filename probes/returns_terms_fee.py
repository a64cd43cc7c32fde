"""The restocking (handling, processing) fee a sentence of a returns policy states (see
`probes.returns_terms_flags`, which reads the other flags): "no" where a phrase denying a fee is
near it, "maybe" where the sentence hedges, else "yes". A fee on unauthorised returns,
undeliverable parcels, large orders, for collecting the parcel, a payment or an optional returns
service is no restocking fee, nor is a penalty on a cancelled order, an order's or an exchange's
fee (unless named for restocking) or a title naming fees. A fee charged on every ordinary return
(`probes.returns_terms_fee_scope`) also says the return costs the customer."""

from __future__ import annotations

import re

from probes import returns_terms_faults as faults
from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_answers import Answers, Sentence
from probes.returns_terms_fee_scope import ALL_OF_GROUP, fee_on_every_return
from probes.returns_terms_free import PICKUP
from probes.returns_terms_scope import LARGE_ORDERS, PAYMENT, SERVICE_USED, UNAUTHORISED
from probes.returns_terms_title import is_title

# characters around a fee in which a collection of the parcel or a payment names what it is for
_PICKUP_REACH = 20
_OF_THE_ORDER = 15  # characters after a fee in which an order names whose fee it is
# An order or a purchase named anywhere in a sentence, in any supported language.
_ORDER_WORD = re.compile(
    r"\b(?:orders?|purchases?|pedidos?|commandes?|ordin[ei]|encomendas?|bestelling\w*|"
    r"zamowie\w*|bestellung\w*)\b"
)
# A fee named for putting goods back in stock, in any supported language.
_RESTOCK = re.compile(
    r"re-?stock|reposic|rimagazzin|riassortim|herbevoorrad|wiedereinlager|reassort|reapprovision|reabastec|"
    r"remise\s+en\s+stock|ponowne|magazynowani|reintegro|riaccettazion"
)

# Round 22: storing goods the customer has not collected ("una penalidad por gestión de
# almacenaje y gastos administrativos"), in any supported language (folded): its fee is no
# restocking fee (one named for restocking still is). Review 41: only storage charged for (a fee
# for storing, "storage (and ...) fee", Lagergeld, opslagkosten) or goods left uncollected, not
# a storage word naming goods ("storage devices", "dispositivos de almacenamiento").
_STORING = (
    r"(?:storage|stockage|gardiennage|almacenaje|almacenamiento|bodegaje|giacenza|magazzinaggio|"
    r"armazenagem|armazenamento|przechowywani\w*|sk[lł]adowani\w*)"
)
_STORAGE = re.compile(
    r"\b(?:fees?|charges?|costs?|frais|gastos|costes?|costos?|tasas?|taxas?|cargos?|spese|costi|"
    r"penalidad\w*|penalit\w*|multas?|op[lł]at\w*|koszt\w*|tarif\w*|comision\w*|commission\w*)"
    r"\s+(?:\w+\s+)?(?:of|for|de|di|da|do|por|per|para|za|voor)\s+(?:la\s+|el\s+|l'|the\s+|o\s+|a\s+)?"
    rf"(?:gestion\s+de\s+)?{_STORING}\b"
    rf"|\b{_STORING}\s+(?:(?:and|&|y|et|e|und|en|i|oraz)\s+\w+\s+)?(?:fees?|charges?|costs?)\b"
    r"|\b(?:lagergeld|lagerkosten|lagergeb\w*|opslagkosten|uncollected|not\s+collected|no\s+recogid\w*"
    r"|non\s+ritirat\w*|non\s+retire\w*|nao\s+levantad\w*|nicht\s+abgeholt\w*|niet\s+opgehaald"
    r"|nieodebran\w*)\b"
)

# Round 22: a handling charge joined to the shipping ("shipping and handling charges", "gastos de
# envío y manipulación"), in any supported language (folded): the cost of sending the parcel
# (postage, LABELLING.md), not a restocking fee.
_SHIPPING_AND = re.compile(
    r"\b(?:shipping|postage|delivery|envio|expedition|port|spedizione|envio|portes|versand|verzend|"
    r"wysylki|przesylki)-?\s+(?:and|&|y|et|e|und|en|i|oraz)\s+$"
)
# A fee opening on its own noun ("frais de port et frais de gestion"): a second fee, not the
# shipping's handling.
_OWN_NOUN = re.compile(
    r"(?:fees?|charges?|costs?|frais|gastos|costes?|costos?|tasas?|taxas?|cargos?|spese|costi|"
    r"kosten|geb\w*|oplat\w*|koszt\w*|comision\w*|commission\w*|tarif\w*)\b"
)


# Review 46: the fee for taking back an old appliance (WEEE), no return of the goods bought
# ("Für die Mitnahme Ihres Altgeräts berechnen wir eine Rücknahmegebühr"; folded).
_OLD_GOODS = re.compile(
    r"\baltger\w*|\balte[nms]?\s+(?:elektro)?gerat\w*|\bancien\w*\s+(?:appareil|equipement)|"
    r"\b(?:appareil|equipement)s?\s+usag\w*|\boude\s+apparat\w*|\bold\s+(?:appliance|device)s?\b|"
    r"\b(?:weee|deee|raee|aeee|elektrog)\b"
)
# Review 46: a fee of 0 ("die Rücknahmegebühr beträgt 0 EUR") is no fee.
_ZERO = re.compile(r"[^.;\d]{0,30}?(?<![\d,.])0(?:[.,]0+)?\s*(?:eur\w*|€|\$|£|zl\w*)")


def read_fee(
    s: Sentence,
    heading: str,
    p: CompiledLexicon,
    *,
    returns_word: re.Match[str] | None,
    hedged: bool,
    scoped: bool,
    fee: Answers,
    free: Answers,
) -> None:
    """Add to `fee` what sentence `s` (under the title `heading`) says of a restocking fee, and
    "fee_no" to `free` where the fee is charged on every ordinary return (`returns_word`, `hedged`
    and `scoped`: the sentence's return word, and whether it hedges or holds for some returns
    only, as `probes.returns_terms_flags.read_flags` read them)."""
    f = p.flags
    text = s.folded
    # "cancellations carry a 10% penalty": a penalty on a cancelled order is no
    # restocking fee (a restocking fee charged on one still is).
    cancelled = bool(p.kinds["cancellation"].search(text)) and not p.kinds["return"].search(text)
    # "a handling fee of 3 EUR on orders under 20 EUR": an order's fee, no return's (a fee
    # named for restocking still is one).
    ordering = bool(_ORDER_WORD.search(text)) and not (
        returns_word or p.kinds["refund"].search(text) or p.kinds["exchange"].search(text)
    )
    # "a 20% restocking fee on unauthorised returns", a fee on parcels that could not be
    # delivered (under "Returns of undeliverable parcels"): not charged on an ordinary return.
    irregular = bool(UNAUTHORISED.search(text) or f["refused"].search(f"{heading} {text}"))
    # "Für die Nutzung unseres Retouren-Service erheben wir eine Bearbeitungsgebühr": the price
    # of an optional service (a label, a portal), not a fee on the return itself.
    irregular = irregular or bool(SERVICE_USED.search(text))
    # "On larger orders, we do charge a 10% restocking fee": a fee on some orders only.
    irregular = irregular or bool(LARGE_ORDERS.search(text))
    # "Restocking fees may apply" (a line with no full stop): a hedged statement, not a title.
    titled = is_title(text) and not (f["fee_no"].search(text) or f["hedge"].search(text))
    for hit in f["fee"].finditer(text):
        if irregular or titled:  # "Restocking fees"
            continue
        if _OLD_GOODS.search(f"{heading} {text}") or _ZERO.match(text, hit.end()):
            continue
        if cancelled and f["penalty"].search(hit.group(0)):
            continue
        storing = bool(_STORAGE.search(text))
        if (ordering or storing or faults.exchange_fee(text, p)) and not _RESTOCK.search(
            hit.group(0)
        ):
            continue
        if _SHIPPING_AND.search(
            text, max(0, hit.start() - 20), hit.start()
        ) and not _OWN_NOUN.match(hit.group(0)):
            # Review 41: postage on every return still costs the customer ("a shipping and
            # handling charge will be deducted from your refund": LABELLING.md, not free).
            if not (hedged or scoped) and fee_on_every_return(text, heading, f):
                free.add("postage_no", s)
            continue
        # "los gastos de gestión de la recogida": the price of collecting the parcel (its
        # postage), not a fee on the return.
        if PICKUP.search(text, hit.end(), hit.end() + _PICKUP_REACH):
            continue
        # "payment processing fees", "les frais de dossier de la commande": a payment's or an
        # order's fee, not a return's.
        around = text[max(0, hit.start() - _PICKUP_REACH) : hit.end() + _PICKUP_REACH]
        if PAYMENT.search(around) or (
            _ORDER_WORD.search(text, hit.end(), hit.end() + _OF_THE_ORDER)
            and not _RESTOCK.search(hit.group(0))
        ):
            continue
        near = text[max(0, hit.start() - 30) : hit.end() + 40]
        answer = "no" if f["fee_no"].search(near) else "maybe" if hedged else "yes"
        fee.add(answer, s)
        # "All items returned are charged a 10% restocking fee": the return costs.
        if answer == "yes" and not scoped and fee_on_every_return(text, heading, f):
            free.add("fee_no", s)
        elif answer == "yes" and ALL_OF_GROUP.search(text):
            # Review 46: "A 15% restocking fee applies to all returns of large appliances": a
            # fee on some returns leaves who pays an ordinary one open (LABELLING.md: null).
            free.add("unsure", s)
