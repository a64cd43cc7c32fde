"""Who pays for a return, beyond the lexicon's yes/no phrases (see `probes.returns_terms_flags`):
a cost, a return word and the customer as payer close together; a verb of paying whose object is
a return; a parcel the customer must stamp; sending said to cost nothing under a returns title;
a who-pays sentence about defective goods only. Costs named inside a refund phrase ("zwrot
kosztów") are paid back, not paid; a refund word with the customer as its agent ("abonados por
usted") is the customer paying.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from probes.returns_lexicon import CompiledLexicon

# "Returns for a refund cost 5 EUR", "bij een terugbetaling": the refund is what the return
# is for, not the shop refunding the cost.
_FOR_A = re.compile(
    r"\b(?:for|pour|para|per|voor|für|fur|zur|zum|bei|bij|in\s+case\s+of|en\s+cas\s+de|en\s+caso\s+de|"
    r"em\s+caso\s+de|in\s+caso\s+di|w\s+przypadku)\s+(?:a|an|un|una|uno|um|uma|een|eine|einer|"
    r"einen)?\s*$"
)
# "responsable de abonar los gastos": responsible for paying them, in any supported language (the
# refund word "abonar" is then the customer's paying).
_RESPONSIBLE = re.compile(
    r"(?:responsab|verantwortlich|odpowiedzialn)\w*\s+(?:de|for|pour|per|del|di|voor|fur|pelo|por|za)\s+"
    r"(?:\w+\s+)?$"
)
# The agent of a passive verb ("paid by", "abonados por", "getragen von"), in any language.
_BY = re.compile(r"\b(?:by|por|par|da|von|vom|door|przez|pel[oa])\b")
_AGENT_REACH = 25  # characters after a refund word in which its agent is looked for
_OURS_REACH = 60  # characters before "at our expense" in which its return word is looked for
_SENT_REACH = 40  # characters after a word of sending in which "at no cost" is looked for
_REFUNDED_AFTER = 40  # characters after a cost in which "... are refunded" is looked for
_DENIED_BEFORE = 30  # characters before a cost in which "no ..." of "no ... is refunded" may start
# A negation right before a word, in any supported language ("not refunded", "nicht erstattet",
# "non-refundable", "no reembolsables", "nie są zwracane").
NOT = re.compile(r"\b(?:not|non|no|nicht|niet|nie|nao|ne|pas|keine?)\b[\s-]*(?:\w+\s+)?$")
# Taken off the refund, in any supported language ("deducted from the refund", "abgezogen").
_DEDUCTED = re.compile(
    r"deduct|deduit|retenu|descont|deducid|restad|detratt|dedott|trattenut|decurtat|deduzid|"
    r"abatid|ingehouden|verrekend|afgetrokken|in\s+mindering|potrac|odlicz|pomniejsz|abgezogen|"
    r"abzuglich|abzieh|einbehalten|verrechnet"
)
# Left out of an amount, in any supported language ("refund ... (excluding the return costs)").
_EXCLUDED = re.compile(
    r"\b(?:exclud\w*|hors|excluid\w*|excepto|esclus[eoi]|ad\s+(?:esclusione|eccezione)|"
    r"ausgenommen|ausschlie\w*|exclusief|excluindo|exceto|z\s+wy\S*czeniem|"
    # "the purchase price minus the return costs", "déduction faite des frais de retour"
    r"minus|less|deduction\s+faite|moins|menos|al\s+netto|meno|verminderd\s+met)\b"
)
# "If you receive a refund, the return shipping is deducted": a refund named as a condition, in
# any supported language (folded), pays nothing back.
_IF_REFUNDED = re.compile(
    r"\b(?:if\s+you\s+(?:receive|get|are\s+(?:issued|given))|si\s+(?:vous\s+recevez|tu\s+recois|"
    r"(?:tu\s+|usted\s+)?(?:recibes|recibe|obtienes|obtiene))|se\s+(?:(?:tu|lei|voce)\s+)?(?:ricevi|riceve|"
    r"ottieni|ottiene|receber|receberes|recebe|recebes)|wenn\s+sie|wenn\s+du|als\s+(?:je|u)|"
    r"jesli\s+otrzymasz|jezeli\s+otrzymasz)\s+(?:a|an|un|una|uno|um|uma|een|eine|einen|ein)?\s*$"
)
_PAY_REACH = 40  # characters around a verb of paying in which its return is looked for
# An order or a purchase as what is paid for, in any supported language.
_ORDER = re.compile(
    r"\s*(?:for\s+|por\s+|pour\s+|per\s+|za\s+|voor\s+|fur\s+)?(?:the\s+|your\s+|their\s+|el\s+|la\s+|"
    r"le\s+|sa\s+|votre\s+|il\s+|l'|a\s+|o\s+|de\s+|het\s+|die\s+|den\s+)?(?:orders?|purchases?|pedidos?|"
    r"compras?|commandes?|achats?|ordin[ei]|acquist[oi]|encomendas?|bestelling\w*|aankoop\w*|"
    r"zamowieni\w*|zakup\w*|bestellung\w*|kauf\w*|einkauf\w*)\b"
)
_NEAR = 100  # characters around a cost word in which its return word and payer are looked for
# A price: the customer pays it ("retourkosten: € 4,95", "koszt zwrotu 12 zł").
PRICE = re.compile(
    r"(?:[€$£]|\br\$)\s?\d|\d(?:[.,]\d{1,2})?\s?(?:€|\$|£|\beur\b|\beuros?\b|\bzł|\bpln\b|\busd\b|\bgbp\b)"
)


_MONEY = (
    r"(?:(?:[€$£]|\br\$)\s?\d|\d+(?:[.,]\d+)?\s?(?:€|\$|£|\beur\w*|\bzł|\bpln\b|\bchf\b|\bfr\b))"
)
# Who pays by the order's value, in any supported language (folded): "bei einer Bestellung unter
# 40 €", "orders below £40", "einen Betrag von 40 Euro nicht übersteigt".
BY_VALUE = re.compile(
    r"\b(?:under|below|less\s+than|unter|weniger\s+als|inferieure?s?\s+a|moins\s+de|"
    r"en\s+dessous\s+de|inferior(?:es)?\s+a|menos\s+de|por\s+debajo\s+de|inferiori?\s+a|"
    r"meno\s+di|sotto\s+i|onder|minder\s+dan|lager\s+dan|ponizej|mniej\s+niz|abaixo\s+de)\s+"
    + _MONEY
    + r"|\b(?:does|do|did)(?:\s+not|n't)\s+exceed|\bnicht\s+(?:ubersteigt|uberschreitet)|"
    r"\bne\s+depasse\s+pas|\bn'excede\s+pas|"
    r"\bno\s+(?:supere|exceda|sobrepase)|\bnon\s+(?:superi|supera|ecceda|eccede)|"
    r"\bniet\s+(?:overschrijdt|overstijgt)|\bnie\s+(?:przekracza|przekroczy)|"
    r"\bnao\s+(?:exceda|ultrapasse|excede|ultrapassa)\b"
)


# Where a sentence's clauses part: a comma or semicolon, and the "and", "but" or "while" after it.
_CLAUSES = re.compile(
    r"[,;]\s*(?:(?:a|et|y|e|ed|und|en|i|and|mais|pero|ma|aber|maar|mas|ale|while|mentre|"
    r"alors\s+que|mientras\s+que|wahrend|terwijl|enquanto)\s+)?"
)


def _exchange_only(clause: str, p: CompiledLexicon) -> bool:
    """A clause about exchanging goods that names no return."""
    return bool(p.kinds["exchange"].search(clause)) and not p.kinds["return"].search(clause)


def _withdrawal_only(clause: str, p: CompiledLexicon) -> bool:
    """A clause whose subject is withdrawing from the contract (named before its "free"), and
    that names no return."""
    withdrawal = p.kinds["withdrawal"].search(clause)
    free = p.flags["no_cost"].search(clause)
    return (
        withdrawal is not None
        and free is not None
        and withdrawal.start() < free.start()
        and not p.kinds["return"].search(clause)
    )


def overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether `span` overlaps any of `spans`."""
    return any(s <= span[0] < e or span[0] <= s < span[1] for s, e in spans)


def negated(sentence: str, start: int, negation: re.Pattern[str] | None) -> bool:
    """Whether `negation` matches right before `start` (within 25 characters)."""
    return negation is not None and bool(negation.search(sentence[max(0, start - 25) : start]))


def _paid_returns(text: str, p: CompiledLexicon) -> list[re.Match[str]]:
    """Verbs of paying whose object is a return ("the customer pays the return postage",
    "los paga el cliente" after "los portes de la devolucion"), not an order ("pays for the
    order and may return it")."""
    paid = []
    for pay in p.flags["pay"].finditer(text):
        around = text[max(0, pay.start() - _PAY_REACH) : pay.end() + _PAY_REACH]
        if p.kinds["return"].search(around) and not _ORDER.match(text, pay.end()):
            paid.append(pay)
    return paid


def _inside(at: int, spans: Iterator[re.Match[str]]) -> bool:
    """Whether position `at` falls inside one of the matches `spans`."""
    return any(m.start() <= at < m.end() for m in spans)


def _paid_by_customer(text: str, at: int, f: dict[str, re.Pattern[str]]) -> bool:
    """A refund word followed by the customer as its agent ("abonados por usted") is the
    customer paying ("refunded to the buyer" is still a refund)."""
    return any(
        _BY.search(text, at, hit.end()) for hit in f["payer"].finditer(text, at, at + _AGENT_REACH)
    )


def _costs_nothing(clause: str, f: dict[str, re.Pattern[str]]) -> bool:
    """A "without any cost" phrase in `clause` that is not part of a longer refund denied
    ("aucun frais de retour ne sera remboursé": "aucun frais" is no free return there; "le
    client ne paie pas" still is)."""
    payers = [hit.span() for hit in f["payer"].finditer(clause)]
    return any(
        not any(
            s <= hit.start() and hit.end() <= e and e - s > len(hit.group(0)) for s, e in payers
        )
        for hit in f["no_cost"].finditer(clause)
    )


def customer_pays(text: str, p: CompiledLexicon) -> bool:
    """A cost, a return word and the customer as payer (or a price) within `_NEAR`
    characters of each other ("kosten van het retourneren ... voor rekening van koper",
    "koszt odesłania ... ponosi we własnym zakresie", "frais de retour : 5,90 €"),
    unless the sentence says "without any cost"."""
    f = p.flags
    # "without any cost to the customer"; not a free exchange beside a paid return ("Ruilen is
    # gratis, retourneren kost € 4,95": the clause about exchanging only).
    # "Der Widerruf ist kostenlos, die Rücksendekosten trägt jedoch der Kunde": a free withdrawal
    # (no return named in its clause) says nothing of the return's cost.
    clauses = _CLAUSES.split(text)
    if any(
        _costs_nothing(c, f) and not _exchange_only(c, p) and not _withdrawal_only(c, p)
        for c in clauses
    ):
        return False
    # "zwrot kosztów przesyłki": costs named inside a refund phrase are paid back, not paid.
    refunds = [hit.span() for hit in p.kinds["refund"].finditer(text)]
    for cost in [*f["cost"].finditer(text), *_paid_returns(text, p)]:
        if overlaps(cost.span(), refunds):
            continue
        before = text[max(0, cost.start() - _NEAR) : cost.start()]
        start = max(0, cost.start() - _NEAR)
        refunded = [
            hit
            for hit in p.kinds["refund"].finditer(before)
            if not negated(before, hit.start(), f["negation"])
            and not NOT.search(before[max(0, hit.start() - 25) : hit.start()])  # "no podemos"
            and not f["negation_after"].match(text, start + hit.end())  # "erstattet ... nicht"
            and not _FOR_A.search(before[: hit.start()])
            and not _RESPONSIBLE.search(before[: hit.start()])
            and not _IF_REFUNDED.search(before[: hit.start()])
            # "5,90 € seront déduits de votre remboursement pour les frais de retour": the refund
            # the cost is taken off, not a refund of the cost.
            and not _DEDUCTED.search(text, max(0, start + hit.start() - 40), start + hit.end() + 40)
        ]
        # "we refund the amount paid (excluding the costs of sending the goods back)": the return
        # costs are left to the customer.
        left_out = any(_EXCLUDED.search(before, hit.end()) for hit in refunded)
        after = text[cost.end() : cost.end() + _NEAR]
        if left_out and p.kinds["return"].search(f"{before[-30:]}{cost.group(0)} {after}"):
            return True
        if refunded:
            continue  # "we refund the customer the return costs" ("we do not refund" is no refund)
        # "the return costs are refunded to the customer" ("... are not refunded" still pays).
        # "... covered by the customer: - Refund: ..." is another sentence's refund.
        following = re.split(r"[.!?;:]", text[cost.end() : cost.end() + _REFUNDED_AFTER])[0]
        if (
            not _DEDUCTED.search(text, cost.end(), cost.end() + _NEAR)
            and any(
                not NOT.search(following[: hit.start()])
                # "deberán ser abonados por usted": paid by the customer, not paid back.
                and not _paid_by_customer(text, cost.end() + hit.end(), f)
                and not PRICE.search(following[: hit.start()])  # "cost 5 EUR, taken off the refund"
                # "... non possono essere oggetto di rimborso": a refund denied, the customer pays;
                # "nessuna spesa di reso sarà rimborsata": denied by a determiner before the cost.
                and not _inside(
                    cost.end() + hit.start(),
                    f["payer"].finditer(
                        text, max(0, cost.start() - _DENIED_BEFORE), cost.end() + _NEAR
                    ),
                )
                for hit in p.kinds["refund"].finditer(following)
            )
        ):
            continue
        # "postage costs cannot be refunded unless items are returned faulty": a return named only
        # in the exception after the cost is not what the cost is for.
        # (The exception ends at its clause: "(chyba że wada produktu)".)
        reach = cost.end() + _NEAR
        near = before + text[cost.start() : reach]
        exception = f["exception"].search(text, cost.end(), reach)
        if exception:
            closing = re.compile(r"[),;.]").search(text, exception.end(), reach)
            near = before + text[cost.start() : exception.start()]
            near += text[closing.end() : reach] if closing else ""
        # "... alla sua restituzione non possono essere oggetto di rimborso": a payer phrase
        # that starts within reach counts whole.
        payer = any(
            hit.start() < cost.end() + _NEAR
            for hit in f["payer"].finditer(text, start, cost.end() + 2 * _NEAR)
        )
        # "Koszty wysyłki nie podlegają zwrotowi": a return word closing the payer phrase (Polish
        # "zwrot" is a refund there) names no return.
        payer_ends = {hit.end() for hit in f["payer"].finditer(near)}
        named = any(hit.end() not in payer_ends for hit in p.kinds["return"].finditer(near))
        if named and (payer or PRICE.search(near)):
            return True
    return False


def defect_only(text: str, f: dict[str, re.Pattern[str]]) -> bool:
    """A sentence about defective goods only: a defect named before any cost ("returns of
    defective goods, the shop paying the costs"; not "the customer pays, defective goods
    excepted"), not negated ("not defective") and not as an exception ("except defective")."""
    first_cost = min((hit.start() for hit in f["cost"].finditer(text)), default=len(text))
    return any(
        hit.start() < first_cost
        and not NOT.search(text[max(0, hit.start() - 25) : hit.start()])
        and not text[max(0, hit.start() - 1) : hit.start()].isalnum()  # "descon-taran"
        for hit in f["defect"].finditer(text)
    ) and not (f["exception"].search(text) or f["condition"].search(text))


def postage_paid(text: str, p: CompiledLexicon) -> bool:
    """The customer stamps the parcel ("send it sufficiently stamped", "carriage-forward
    parcels are refused"), unless the postage is refunded ("... we refund the postage")."""
    stamps = [hit.span() for hit in p.flags["postage"].finditer(text)]
    return bool(stamps) and not any(
        not overlaps(hit.span(), stamps) for hit in p.kinds["refund"].finditer(text)
    )


def returns_title(heading: str, p: CompiledLexicon) -> bool:
    """A title about returns, not shipping ("Devolução", "Trocas / Devoluções"; not "Shipping &
    returns")."""
    return bool(p.kinds["return"].search(heading)) and not p.flags["send"].search(heading)


def sent_free(text: str, f: dict[str, re.Pattern[str]]) -> bool:
    """Sending said to cost nothing: a word of sending with "at no cost" within 40 characters
    after it or 25 before it ("kosteloos te versturen")."""
    return any(
        f["no_cost"].search(text, max(0, hit.start() - 25), hit.end() + _SENT_REACH)
        for hit in f["send"].finditer(text)
    )


def shop_pays(text: str, p: CompiledLexicon) -> bool:
    """A return said to be at the shop's expense ("die Rücksendung erfolgt auf unsere Kosten"):
    the phrase within 60 characters after a return word (its subject), not turned round by a
    negation, not a refused carriage-forward parcel ("wysłane na koszt sklepu nie będą
    odbierane")."""
    f = p.flags
    stamps = [hit.span() for hit in f["postage"].finditer(text)]
    return any(
        p.kinds["return"].search(text, max(0, hit.start() - _OURS_REACH), hit.start())
        and not (negated(text, hit.start(), f["negation"]) or NOT.search(text[: hit.start()]))
        and not f["negation_after"].match(text, hit.end())
        and not overlaps(hit.span(), stamps)
        for hit in f["ours"].finditer(text)
    )


_ITS_RETURN = 25  # characters around a cost in which the return it is for is looked for
# The shop's own error or mistake, in any supported language (folded).
_OUR_ERROR = re.compile(
    r"\b(?:our\s+(?:own\s+)?(?:error|mistake|fault)|(?:error|mistake|fault)\s+(?:is\s+ours|on\s+our\s+part)|"
    r"we\s+(?:have\s+)?made\s+(?:an?\s+)?(?:error|mistake)|notre\s+(?:erreur|faute)|"
    r"(?:erreur|faute)\s+de\s+notre\s+part|(?:error|fallo)\s+(?:nuestro|de\s+nuestra\s+parte|por\s+"
    r"nuestra\s+parte)|nuestro\s+(?:error|fallo)|nostro\s+errore|errore\s+(?:nostro|da\s+parte\s+"
    r"nostra)|(?:erro|falha)\s+(?:nosso|nossa|da\s+nossa\s+parte)|nosso\s+erro|nossa\s+falha|"
    r"(?:fehlers?|irrtums?|versehens?)\s+(?:unsererseits|von\s+uns|bei\s+uns)|unse?r\w*\s+(?:fehler|irrtum|versehen)|onze\s+(?:fout|vergissing)|"
    r"fout\s+(?:van\s+onze\s+kant|onzerzijds)|nasz\w*\s+b[lł]ed\w*|b[lł]ed\w*\s+po\s+naszej\s+stronie|"
    r"z\s+naszej\s+winy)"
)


def paid_on_our_error(text: str, p: CompiledLexicon) -> bool:
    """The shop paying for a return (or making it free) when the error is its own ("We will also
    pay the return shipping costs if the return is a result of our error"): the customer pays
    for an ordinary return."""
    f = p.flags
    if not _OUR_ERROR.search(text):
        return False
    # The cost is the return's ("return shipping costs", "frais de retour"), not the initial
    # delivery's refunded when a return results from the shop's error.
    costs = [*f["cost"].finditer(text), *f["pay"].finditer(text), *f["ours"].finditer(text)]
    return any(
        p.kinds["return"].search(text, max(0, c.start() - _ITS_RETURN), c.end() + _ITS_RETURN)
        for c in costs
    )


_PRICE_DEDUCTED_REACH = 60  # characters between a price and the word taking it off the refund


def price_deducted(text: str) -> bool:
    """A price taken off the refund ("returned for a flat £2.50 fee (we will deduct this from
    your refund)"): whatever else the sentence calls free, the return costs the customer."""
    return any(
        _DEDUCTED.search(
            text, max(0, hit.start() - _PRICE_DEDUCTED_REACH), hit.end() + _PRICE_DEDUCTED_REACH
        )
        for hit in PRICE.finditer(text)
    )
