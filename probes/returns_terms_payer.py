"""The customer as the payer of a return, beyond the lexicon's yes/no phrases (see
`probes.returns_terms_flags`): a cost, a return word and the customer as payer (or a price) close
together; a verb of paying whose object is a return; a price taken off the refund; a who-pays
sentence about defective goods only. Costs named inside a refund phrase ("zwrot kosztów") are paid
back, not paid; a refund word with the customer as its agent ("abonados por usted") is the
customer paying; a clause saying the return costs nothing (`probes.returns_terms_payer_no_cost`)
turns that round. The shop as the payer and the parcel's postage are
`probes.returns_terms_payer_shop`; who pays by the order's value,
`probes.returns_terms_payer_value`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_aside import without_asides
from probes.returns_terms_payer_no_cost import (
    CLAUSES,
    costs_nothing,
    exchange_only,
    withdrawal_only,
)

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
_REFUNDED_AFTER = 40  # characters after a cost in which "... are refunded" is looked for
_DENIED_BEFORE = 30  # characters before a cost in which "no ..." of "no ... is refunded" may start
# A negation right before a word, in any supported language ("not refunded", "nicht erstattet",
# "non-refundable", "no reembolsables", "nie są zwracane").
NOT = re.compile(r"\b(?:not|non|no|nicht|niet|nie|nao|ne|pas|keine?)\b[\s-]*(?:\w+\s+)?$")
# Taken off the refund, in any supported language ("deducted from the refund", "abgezogen").
_DEDUCTED = re.compile(
    r"deduct|deduit|retenu|descont|deducid|restad|detratt|dedott|trattenut|decurtat|deduzid|"
    r"abatid|ingehouden|verrekend|afgetrokken|in\s+mindering|potrac|odlicz|pomniejsz|abgezogen|"
    r"abzuglich|abzieh|einbehalten|verrechnet|deduciend|deduzind|"
    # Round 23: other verbs of taking off ("se restarán del reembolso", "se deducirán",
    # "subtracted", "sottratte", "subtraídos", "soustraits", "in Abzug gebracht").
    r"\bsubtract|\brestar(?:a|an|se|lo|los|la|las)\b|deduc(?:ir|ira|iran|e|en)\b|sottratt|subtraid|"
    r"soustrai|in\s+abzug"
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
# Round 23: a turn or a concession between a refund and a cost, in any supported language
# (folded): "the shipping is refunded, si bien the pick-up costs are the customer's" (the refund
# is another clause's, not of the cost after the turn).
_TURNED = re.compile(
    r"\b(?:but|however|although|though|whereas|while|mais|cependant|toutefois|tandis\s+que|"
    r"alors\s+que|pero|sin\s+embargo|si\s+bien|aunque|mientras\s+que|ma|tuttavia|mentre|"
    r"sebbene|aber|jedoch|wahrend|allerdings|maar|echter|terwijl|hoewel|mas|porem|contudo|embora|"
    r"enquanto|ale|jednak|natomiast|choc)\b"
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


def customer_pays(text: str, p: CompiledLexicon) -> bool:
    """A cost, a return word and the customer as payer (or a price) within `_NEAR`
    characters of each other ("kosten van het retourneren ... voor rekening van koper",
    "koszt odesłania ... ponosi we własnym zakresie", "frais de retour : 5,90 €"),
    unless the sentence says "without any cost". Asides in brackets that only give an example or
    name the return's own path are read past (`without_asides`)."""
    f = p.flags
    text = without_asides(text, p)
    # "without any cost to the customer"; not a free exchange beside a paid return ("Ruilen is
    # gratis, retourneren kost € 4,95": the clause about exchanging only).
    # "Der Widerruf ist kostenlos, die Rücksendekosten trägt jedoch der Kunde": a free withdrawal
    # (no return named in its clause) says nothing of the return's cost.
    clauses = CLAUSES.split(text)
    if any(
        costs_nothing(c, f) and not exchange_only(c, p) and not withdrawal_only(c, p)
        for c in clauses
    ):
        return False
    # "zwrot kosztów przesyłki": costs named inside a refund phrase are paid back, not paid.
    refunds = [hit.span() for hit in p.kinds["refund"].finditer(text)]
    # "Te enviaremos una etiqueta de devolución (coste a cargo del cliente)": a label sent (the
    # refund kind's time phrase) gives no money back (round 22).
    labels = [hit.span() for hit in f["label_yes"].finditer(text)]
    for cost in [*f["cost"].finditer(text), *_paid_returns(text, p)]:
        if overlaps(cost.span(), refunds):
            continue
        before = text[max(0, cost.start() - _NEAR) : cost.start()]
        start = max(0, cost.start() - _NEAR)
        refunded = [
            hit
            for hit in p.kinds["refund"].finditer(before)
            if not negated(before, hit.start(), f["negation"])
            and not overlaps((start + hit.start(), start + hit.end()), labels)
            and not NOT.search(before[max(0, hit.start() - 25) : hit.start()])  # "no podemos"
            and not f["negation_after"].match(text, start + hit.end())  # "erstattet ... nicht"
            and not _FOR_A.search(before[: hit.start()])
            and not _RESPONSIBLE.search(before[: hit.start()])
            and not _IF_REFUNDED.search(before[: hit.start()])
            and not _TURNED.search(before, hit.end())  # "... reembolsados, si bien los gastos"
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


_DEDUCTED_REACH = 60  # characters between a price and the word taking it off the refund


def price_deducted(text: str) -> bool:
    """A price taken off the refund ("returned for a flat £2.50 fee (we will deduct this from
    your refund)"): whatever else the sentence calls free, the return costs the customer."""
    return any(
        _DEDUCTED.search(text, max(0, hit.start() - _DEDUCTED_REACH), hit.end() + _DEDUCTED_REACH)
        for hit in PRICE.finditer(text)
    )
