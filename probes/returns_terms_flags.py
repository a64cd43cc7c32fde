"""The yes/no flags of a returns policy: free returns, restocking fee, prepaid label, exchanges only
(see `probes.returns_terms` for how a policy is read as a whole).

Each flag comes from the lexicon's phrases that say yes or no (`probes.returns_terms_said`); free
returns also from a cost, a return word and the customer as payer close together, and from a "free
returns" phrase turned round by a negation. Who pays is read in the scope of the title above it
("Retours internationaux": said of customers abroad, which agrees with a general customer-pays,
alone or beside a free return it leaves the answer unknown; "Anulación del pedido": a cancellation's
costs; "Return costs" over a list of prices: the customer pays) and of the customers it names ("from
abroad"); free exchanges give way to paid returns for a refund, paid exchanges (under an exchanges
title, or a cost named as an exchange's: "el envío del cambio") to free returns, on an
exchange-only page a paid exchange is the paid return, and a free exchange on a page that refunds
returned goods and calls no return free leaves the answer unknown
(`probes.returns_terms_exchange_paid`); a rejected return's clause ("will not be accepted and will
be returned") is left out; a hedged deduction agrees with a plain customer-pays statement; "in
principle the customer pays" gives way to free returns the shop then offers. What one sentence
says of who pays (free, paid after a turn, paid) is read by `probes.returns_terms_who_pays`; how
it says who pays beyond the phrases is `probes.returns_terms_payer` (the shop as payer,
`probes.returns_terms_payer_shop`); how it says a return is free, `probes.returns_terms_free`;
what it is about, `probes.returns_terms_scope`; what its title is, `probes.returns_terms_title`;
the restocking fee it states, `probes.returns_terms_fee`.
"""

from __future__ import annotations

import re

from probes import returns_terms_faults as faults
from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_anaphor import lead_of, points_back, shipping_after_return
from probes.returns_terms_answers import Answers, Sentence, Term, fee_terms, yes_no
from probes.returns_terms_defect_paid import ALL_RETURNS, defect_paid
from probes.returns_terms_exchange_paid import (
    add_paid_exchange,
    drop_free_exchange,
    exchange_paid,
)
from probes.returns_terms_fee import read_fee
from probes.returns_terms_free import CHANGE_OF_MIND, NEGATION
from probes.returns_terms_free_after import faulty_title
from probes.returns_terms_payer import PRICE
from probes.returns_terms_payer_no_cost import exchange_only
from probes.returns_terms_payer_shop import postage_paid
from probes.returns_terms_payer_value import BY_VALUE
from probes.returns_terms_rejected import rejected_only
from probes.returns_terms_said import said
from probes.returns_terms_scope import IN_PRINCIPLE, LABEL, first_return_only, paid_otherwise
from probes.returns_terms_title import (
    answered_title,
    asks,
    defect_question,
    is_title,
    list_item,
    returns_title,
)
from probes.returns_terms_we_cover import covers_faults_only
from probes.returns_terms_who_pays import free_said, paid_after_turn, paid_said

# Where a sentence's clauses part on "and" after a comma, in any supported language.
# Round 20: or on a bare "and" opening a new subject with an indefinite article ("... is the
# customer's responsibility and a restocking fee may apply").
_AND_CLAUSE = re.compile(
    r"[,;]\s*(?:and|et|y|e|ed|und|en|i|oraz|oder|of|ou|o)\s+"
    r"|\s(?:and|et|y|e|ed|und|en)\s+(?=(?:a|an|un|una|une|um|uma|een|ein|eine)\s)"
    # Round 47: or on "as well as" ("ponoszą Państwo koszty zwrotu oraz ewentualnego zmniejszenia
    # wartości": the hedge is the second cost's, not the return's).
    r"|\s(?:oraz|sowie|as\s+well\s+as|asi\s+como|ainsi\s+que|nonche|bem\s+como|alsmede)\s"
)

# Review 46: free returns named with a place ("free returns to Northern Ireland", "to the UK").
_TO_PLACE = re.compile(r"(?i:\bfree\s+returns?)\s+(?:to|in|from)\s+(?:the\s+)?[A-Z][a-z]*[A-Z]?")


def _refused_only(text: str, f: dict[str, re.Pattern[str]]) -> bool:
    """Whether `text` names a refused or rejected parcel's cost and no other cost."""
    refused = f["refused"].search(text)
    if refused is None:
        return False
    rest = f"{text[: refused.start()]} {text[refused.end() :]}"
    return not (f["cost"].search(rest) or f["payer"].search(rest) or f["pay"].search(rest))


def read_flags(sentences: list[Sentence], p: CompiledLexicon) -> list[Term]:
    """Free returns, restocking fee (+ may apply), prepaid label and exchanges only, as
    far as `sentences` say them; unknown ones left out."""
    f = p.flags
    free, fee, label, exchange = Answers(), Answers(), Answers(), Answers()
    heading = outer = ""  # the last short title and the one before it
    paid_exchange: str | None = None  # "si el cambio es por talla, el cliente paga el envío"
    returns_free = False  # a sentence naming a return said to be free
    for i, s in enumerate(sentences):
        after = sentences[i + 1] if i + 1 < len(sentences) else None
        text = s.folded
        earlier = [t.folded for t in sentences[:i]]  # the sentences before this one
        titling = is_title(text) and not list_item(earlier)
        if titling:
            heading, outer = text, heading
        elif defect_question(text, f) or (asks(text) and asks(heading)):
            # "What if the item is faulty?" heads its answer, until the next question
            heading, outer = (text if defect_question(text, f) else ""), heading
        # "Costo de envío de retorno" + "A cargo del cliente.": a title and its answer, one line.
        text = answered_title(text, [t.folded for t in sentences[i + 1 : i + 3]], p) or text
        # Under "Retours internationaux" what is said holds for customers abroad (below); under
        # "Anulación del pedido" the customer's costs are a cancellation's, not a return's.
        scoped = bool(faults.class_title(heading, f) or f["condition"].search(heading))
        # Under "International returns" a who-pays is said of customers abroad (as "abroad_no").
        abroad_titled = scoped and bool(f["abroad"].search(heading))
        # "Produtos de Promoção a devolução é por conta do cliente", "For sale items, ...": a
        # sentence opening on a class of products says its who-pays of that class only.
        # "Unless you use our online returns from within the UK, customers pay": said of some
        # returns only ("unless the item is defective" is the ordinary exception).
        unless = bool(f["unless"].search(text)) and not f["defect"].search(text)
        abroad_titled = abroad_titled and not (faults.opens_on_class(text, f) or unless)
        scoped = scoped or faults.opens_on_class(text, f) or unless or first_return_only(text)
        returns_word = p.kinds["return"].search(text)
        # "Cancellations before shipping: free" (a title or the sentence): a cancellation's cost.
        cancelling = bool(p.kinds["cancellation"].search(f"{heading} {text}")) and not returns_word
        # Under "Trocas" (exchanges, no returns) what the customer pays is an exchange's.
        exchanging = bool(p.kinds["exchange"].search(heading)) and not p.kinds["return"].search(
            heading
        )
        # "El envío del cambio corre por tu cuenta": the cost named is an exchange's (not where
        # the sentence names a return or a refund too: "por cambios o reembolsos").
        exchanging = exchanging or bool(f["exchange_cost"].search(text) and exchange_only(text, p))
        # Under "Return costs for bikes", "Pick-up, unused: EUR 100" prices a return.
        priced_return = bool(PRICE.search(text)) and any(
            f["cost"].search(title) and p.kinds["return"].search(title)
            for title in (heading, outer)
        )
        # "Return costs with our label:" + "GLS € 5,95": a price given on the next line.
        # "Who pays for the return?" + "The customer.": a question answered by the next line.
        joined = after is not None and text.endswith((":", "?"))
        priced = f"{text} {after.folded}" if after is not None and joined else text
        # Under "Devoluciones", "el coste del envío corre a costa del cliente": the shipping
        # paid for is the return's (the title lends the sentence its return word); "shipping
        # costs are not refunded" is the order's shipping.
        titled = p.kinds["return"].search(heading) if returns_title(heading, p) else None
        refunding = p.kinds["refund"].search(text)
        if titled and not returns_word and not refunding and f["send"].search(text):
            priced = f"{titled.group(0)} {priced}"
        # "You have 7 days to send goods back. The costs for this are borne by the buyer": the
        # costs pointing back are the return's.
        lead = lead_of(text, earlier)
        before = p.kinds["return"].search(lead)
        # "We give you a return label. Using this label costs 9.95, taken off your refund": the
        # label named after a sentence about returning is the return's (its price deducted).
        pointing_back = points_back(text, refunding, f, earlier)
        # "Se puede devolver en 14 días. Los gastos de envío los paga el cliente" (round 27).
        sent_after = shipping_after_return(text, lead, refunding, p)
        if before and not returns_word and (pointing_back or sent_after or LABEL.search(text)):
            priced = f"{before.group(0)} {priced}"
        hedged = bool(f["hedge"].search(text)) and not CHANGE_OF_MIND.search(text)
        # "deberá satisfacer los gastos de devolución, y en su caso indemnizar los desperfectos": a
        # hedge in a clause of its own, joined by "and", hedges that clause, not who pays.
        hedged_paid = hedged and any(
            f["hedge"].search(c)
            and (f["cost"].search(c) or f["pay"].search(c) or f["payer"].search(c))
            for c in _AND_CLAUSE.split(text)
        )
        conditional = bool(f["condition"].search(text)) and not f["defect"].search(text)
        last_two = earlier[-2:]
        said_free, paid_anyway = free_said(text, last_two, heading, returns_word, p, s.original)
        free_heard = said_free  # before a turn ("..., pero ...") takes it back
        tail = paid_after_turn(text, said_free, p)
        if tail is not None:
            said_free, priced = False, tail
        # A "Free return" title over "... in the following cases: defective, wrong item": the
        # title is its list's (a defect named next), not said of ordinary returns.
        titles_defects = faulty_title(heading, p) or (  # or under a "Faulty goods" title
            is_title(text) and after is not None and bool(f["defect"].search(after.folded))
        )
        # Review 46: "All returns are free." under a "Defective goods" title: every return's.
        titles_defects = titles_defects and not ALL_RETURNS.search(text)
        if said_free and not (faults.faults_only(text, f) or titles_defects or cancelling):
            yes = "exchange_yes" if p.kinds["exchange"].search(text) else "yes"
            free.add("unsure" if hedged or conditional or scoped else yes, s)
            returns_free = returns_free or bool(returns_word)  # "free returns or exchanges"
        elif (
            said_free
            and not (hedged or scoped or cancelling)
            and defect_paid(text, bool(titles_defects), f)
        ):
            free.add("defect_no", s)  # "If it arrives damaged, we pay": an ordinary return costs
        elif not (said_free or hedged or scoped or cancelling) and covers_faults_only(
            text, earlier, heading, bool(titles_defects), p
        ):
            free.add("defect_no", s)  # "Si es por defecto de fábrica, nos hacemos cargo del envío"
        # "Nous ne fournissons pas d'étiquette de retour gratuite": a label denied is none.
        labels_denied = any(
            NEGATION.search(re.split(r"[,;:.]", text[max(0, hit.start() - 30) : hit.start()])[-1])
            for hit in f["label_free"].finditer(text)
        )
        if said(f["label_free"], f["label_no"], text, f) and not (said_free or labels_denied):
            free.add("unsure" if hedged or conditional or scoped else "label", s)
        paid, denied = paid_said(text, priced, priced_return, said_free, paid_anyway, p)
        # "Returns that do not comply will not be accepted (sent back at your expense)": no answer
        # (unless the rest of the sentence says who pays an ordinary return).
        rejected = cancelling or rejected_only(text, sentences[i - 1].folded if i else "", p)
        # "Returns not accepted will be sent back at your cost": what a refused return costs says
        # nothing of an ordinary one, so the sentence gives no answer (round 47; it made the
        # answer unknown beside a plain "the customer pays the return shipping"). Not where the
        # rest of the sentence names a cost too ("If you refuse delivery or return the goods,
        # the return shipping costs are yours": review 70).
        refused = _refused_only(text, f) and not f["late"].search(text)
        if (paid or denied) and not (rejected or refused):
            # "Returns from abroad cost 9.95": a who-pays for a class of customers only.
            abroad = bool(f["abroad"].search(text)) or abroad_titled
            # Review 46: "We don't currently offer free returns to Northern Ireland": said of
            # one place (a capitalised name after "to/in/from"), it depends on the country.
            abroad = abroad or bool(_TO_PLACE.search(s.original))
            no = "exchange_no" if exchanging else "no"
            # "after these 30 days the buyer pays", "if an order is refused on delivery, ...".
            late = bool(f["late"].search(text) or f["refused"].search(text))
            # "bei einer Bestellung unter 40 € ... selber tragen": it depends on the order value.
            unsure = (scoped and not abroad_titled) or late or bool(BY_VALUE.search(text))
            # "The customer pays in principle; we have extended the period and pay": the default
            # gives way to what the shop says it does.
            no = "default_no" if no == "no" and IN_PRINCIPLE.search(text) else no
            free.add(
                "unsure"
                if unsure
                else "abroad_no"
                if abroad
                else "hedged_no"
                if hedged_paid
                else no,
                s,
            )
        elif exchange_paid(text, sentences[i - 1].folded if i else "", p) and not (
            scoped or rejected
        ):
            paid_exchange = paid_exchange or s.original
        elif postage_paid(text, p) and not (said_free or scoped or rejected):
            free.add("postage_no", s)
        elif paid_otherwise(text, sentences[i - 1].folded if i else "", p) and not (
            scoped or rejected
        ):
            free.add("no", s)
        # "a return straight to our shop in town costs no postage": free through one channel only.
        # Round 28: "si realizas tu devolución en tienda, la devolución es gratuita, pero ..." too.
        if returns_word and faults.store_only(text) and (free_heard or f["no_cost"].search(text)):
            free.add("unsure", s)
        read_fee(
            s,
            heading,
            p,
            returns_word=returns_word,
            hedged=hedged,
            scoped=scoped,
            fee=fee,
            free=free,
        )
        if said(f["label_yes"], f["label_no"], text):
            label.add("unsure" if hedged else "yes", s)
        if f["label_no"].search(text):
            label.add("no", s)
        if f["exchange_only"].search(text):
            exchange.add("yes", s)
    add_paid_exchange(free, exchange, paid_exchange)
    if not returns_free:  # "Trocas: sem custos de envio" + "O reembolso é processado ..."
        drop_free_exchange(free, exchange, sentences, p)
    return [
        *yes_no("returns.free_returns", free),
        *fee_terms(fee),
        *yes_no("returns.prepaid_label", label),
        *yes_no("returns.exchanges_only", exchange),
    ]
