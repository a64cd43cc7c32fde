"""What a duration in a returns policy is the period of (refund, return window, withdrawal,
warranty ...): by an anchor right after it, a lead before it, a purpose after it, else the
nearest keyword of its sentence (see `probes.returns_terms`); a refund named beside it that makes
it the window to return is `probes.returns_terms_refund_window`."""

from __future__ import annotations

import re

from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_defect import defect_named
from probes.returns_terms_keywords import CLAUSE_MARKS, distance, keywords
from probes.returns_terms_refund_window import (
    refund_accepted,
    refund_allowed,
    refund_follows,
    refund_option,
    return_and_refund,
)

_LEAD = 90  # characters before a duration searched for "once we have received your return"
_PURPOSE_REACH = 40  # characters after "to"/"pour" in which the purpose's keyword is looked for
_NAMED_REACH = 20  # characters before a duration in which a period's name names it ("délai de")
_COST_REACH = 30  # characters before a return word in which a cost noun makes it a cost's
# A purpose right before a keyword, any language: "for a full ", "zum Umtausch oder zur ".
_ARTICLE = r"(?:(?:a|an|the|un|une|una|uno|um|uma|il|le|la|l'|eine?[nmr]?|een|de|het)\s+)?"
_AS_PURPOSE = re.compile(
    rf"\b(?:for|pour|para|per|zum|zur|fur|voor|w\s+celu)\s+{_ARTICLE}"
    r"(?:(?:full|vollen?|volledige|pelnego)\s+)?"
    rf"(?:(?:store\s+|gift\s+|full\s+)?[\w-]+\s+(?:or|ou|o|oder|of|lub|albo|and|et|y|e|und|en|i)\s+"
    rf"(?:(?:pour|para|per|zum|zur|fur|voor)\s+)?{_ARTICLE})?$"
)


# An order or a delivery as what is sent, in any supported language.
_ORDERED = re.compile(
    r"\b(?:orders?|deliver\w*|pedidos?|commandes?|ordin[ei]|encomendas?|bestelling\w*|"
    r"zamowie\w*|bestellung\w*|livraison|consegn\w*|entrega\w*|lieferung\w*|levering\w*)\b"
)


def _purpose(after: str, p: CompiledLexicon) -> str | None:
    """The period a purpose right after a duration names ("... 14 days from receipt to
    request a return", "30 dias após a receção para efetuar uma devolução"): a return or
    an exchange, else None."""
    ends = [i for i in (after.find(c) for c in CLAUSE_MARKS) if i >= 0]
    # "bedenktijd van 14 dagen krijg je van ons 60 dagen om te retourneren": the purpose after the
    # next duration is that duration's.
    following = p.duration.search(after)
    ends += [following.start()] if following else []
    clause = after[: min(ends, default=len(after))]
    for purpose in p.purpose.finditer(clause):
        stretch = clause[purpose.start() : purpose.start() + _PURPOSE_REACH]
        hits = sorted(keywords(stretch, p))
        kinds = {kind for _, kind in hits}
        # "... 7-10 days after we receive it to process your return": processing is a refund.
        if hits and hits[0][1] in ("return", "exchange") and "refund" not in kinds:
            return hits[0][1]
        # "14 giorni per inviare, a proprie spese, i prodotti": sending the goods is returning
        # them (not an order: "5 days to ship your order").
        sending = p.flags["send"].match(stretch, len(purpose.group(0)))
        if sending and not hits and not _ORDERED.search(clause):
            return "return"
        # "o prazo de 90 dias úteis para envio do pedido", "5 days to ship your order": the shop's
        # time to dispatch an order, no period of a return (the verb may come last: "om uw
        # bestelling te verzenden").
        if not hits and _ORDERED.search(stretch) and p.flags["send"].search(stretch):
            return "dispatch"
    return None


def kind_of(sentence: str, match: re.Match[str], p: CompiledLexicon) -> str | None:
    """The period (a `PERIOD_KINDS` name) the duration `match` of `sentence` is, or None; a
    return period after a defect named before it ("if not as described, 2 years") is a warranty."""
    kind = _kind(sentence, match, p)
    single = len(p.duration.findall(sentence)) == 1
    # "d'un délai légal de 14 jours pour retourner": the withdrawal period named right before.
    reach = max(0, match.start() - 2 * _NAMED_REACH - 20)
    named = any(
        hit.end() >= match.start() - _NAMED_REACH
        for hit in p.kinds["withdrawal"].finditer(sentence, reach, match.start())
    )
    if kind == "return" and (single or named) and p.kinds["withdrawal"].search(sentence):
        # "14 days to return the product or cancel the contract, without giving a reason": the
        # legal withdrawal period restated (still the window where no other one is stated); not
        # "30 days (or 14 days* for some items) without a reason", two periods of classes.
        return "withdrawal"
    if kind == "refund" and refund_allowed(sentence, match, p):
        return "return"
    if kind == "return":
        ends = [m.end() for m in p.duration.finditer(sentence) if m.end() <= match.start()]
        if defect_named(sentence[max(ends, default=0) : match.start()], p):
            return "warranty"
    return kind


def _kind(sentence: str, match: re.Match[str], p: CompiledLexicon) -> str | None:
    after = sentence[match.end() : match.end() + 100]
    # Round 43: the return's own step named before the duration ("Nach der Anmeldung der
    # Rücksendung müssen Sie die Artikel innerhalb von 14 Tagen retournieren", "once your return
    # is approved, ship it within 10 days"): counted from it, as from a notice after it; not
    # where the duration is counted from delivery ("... 30 days from delivery"; review 67).
    led = sentence[: match.start()][-_LEAD:]
    noticed = p.notice_anchor.match(after) or (
        p.notice_lead.search(led) and not p.delivery_anchor.match(after)
    )
    shipping_back = noticed or p.kinds["shipback"].search(sentence)
    # "even if it takes up to 3 days to get the item returned": how long it takes, no purpose's.
    lead = p.refund_lead.search(led)
    purpose = None if shipping_back or lead else _purpose(after, p)
    if purpose is not None:
        return purpose
    if p.refund_anchor.match(after) or lead:
        return "refund"
    if noticed:
        # "... within 14 days of the day you told us you withdraw": the refund or the
        # shipping back, counted from the notice; never the window itself.
        return "refund" if p.kinds["refund"].search(sentence) else "shipback"
    if p.kinds["shipback"].search(sentence):
        return "shipback"  # "... days to send it back once you have told us": not a window
    hits = [
        (distance(sentence, match.span(), span), span[1] <= match.start(), kind)
        for span, kind in _subjects(sentence, p)
    ]
    if p.delivery_anchor.match(after):
        # "... within 30 days of delivery": a window, unless a refund is the subject before it.
        before = [h for h in hits if h[1]]
        if before and min(before)[2] in ("refund", "repair", "warranty", "takeback"):
            # "Direito de arrependimento: ... o reembolso ... em até 7 dias a contar do
            # recebimento": a refund counted from delivery in a withdrawal sentence is the
            # withdrawal period.
            withdrawing = any(h[2] == "withdrawal" for h in before)
            if min(before)[2] == "refund" and (
                return_and_refund(sentence, match, p)
                or refund_option(sentence, match, p)
                or refund_accepted(sentence, match, p)
            ):
                return "return"
            return "withdrawal" if withdrawing and min(before)[2] == "refund" else min(before)[2]
        windows = [h for h in hits if h[2] in ("return", "exchange", "withdrawal", "cancellation")]
        if windows:
            kind = min(windows)[2]
            # "cancel within 14 days of receipt": no order is cancelled once delivered.
            return "withdrawal" if kind == "cancellation" else kind
        # "90 days from purchase to file a claim": no return word, another period's word.
        others = [h for h in hits if h[2] in ("warranty", "repair", "takeback", "guarantee")]
        if others:
            return min(others)[2]
        # "allow 5 days from the receipt of your item to process your return": only a refund
        # named, after it: the time to process the return.
        if any(h[2] == "refund" for h in hits):
            return "refund"
        # "a defect shown within 30 days of delivery": a warranty claim, not a return; but in
        # "30 days after receipt or 120 days for a defect" the defect is the other period's.
        # Not "undamaged, within 7 days of receipt" or "unless defective": a sound article's.
        return "warranty" if defect_named(_own_stretch(sentence, match, p), p) else "return"
    if not hits:
        return None
    kind = min(hits)[2]
    if (
        kind == "refund"
        and refund_follows(sentence, match, p)
        and any(h[1] and h[2] == "return" for h in hits)
    ):
        return "return"
    # "14 days to cancel your order without giving a reason": a withdrawal, not a cancellation.
    cancels_by_withdrawing = kind == "cancellation" and bool(p.kinds["withdrawal"].search(sentence))
    return "withdrawal" if cancels_by_withdrawing else kind


def _subjects(sentence: str, p: CompiledLexicon) -> list[tuple[tuple[int, int], str]]:
    """The keywords of `sentence` that can be a period's subject: in a sentence that names a
    return, not a refund or an exchange named as its purpose ("return it for an exchange or
    refund within 30 days", "zum Umtausch oder zur Erstattung ... zurücksenden")."""
    found = keywords(sentence, p)
    if not any(kind == "return" for _, kind in found):
        return found
    found = [
        (span, kind)
        for span, kind in found
        if kind not in ("refund", "exchange")
        or not _AS_PURPOSE.search(sentence, max(0, span[0] - _PURPOSE_REACH), span[0])
    ]
    # "koszt wysyłki i odesłania", "o valor do frete (PAC) de devolução": a return word after a
    # cost noun names a cost; it names no period where another keyword is left to.
    named = [h for h in found if not (h[1] == "return" and _costs(sentence, h[0][0], p))]
    return named or found


def _costs(sentence: str, start: int, p: CompiledLexicon) -> bool:
    """Whether a cost noun ends within a few words before `start`, in the same phrase (no clause
    mark and no bracket opened between: not "versandkosten (nicht ihrer rücksendekosten")."""
    window = sentence[max(0, start - _COST_REACH) : start]
    gaps = (window[hit.end() :] for hit in p.flags["cost"].finditer(window))
    return any(not re.search(r"[,;:.]", gap) and gap.count("(") == gap.count(")") for gap in gaps)


def _own_stretch(sentence: str, match: re.Match[str], p: CompiledLexicon) -> str:
    """The part of `sentence` that belongs to the duration `match`: from the end of the
    duration before it to the start of the one after it."""
    others = [m.span() for m in p.duration.finditer(sentence) if m.span() != match.span()]
    start = max((e for _, e in others if e <= match.start()), default=0)
    end = min((s for s, _ in others if s >= match.end()), default=len(sentence))
    return sentence[start:end]
