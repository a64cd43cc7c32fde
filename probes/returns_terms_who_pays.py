"""What one sentence of a returns policy says of who pays for an ordinary return, for
`probes.returns_terms_flags.read_flags` (which weighs it against the sentence's title and
scope): that the return is free (and whether it costs anyway), that a free return turns into a
paid one after "but", and that the customer pays."""

from __future__ import annotations

import re

from probes import returns_terms_faults as faults
from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_cases import faults_case
from probes.returns_terms_free import TURN, return_is_free
from probes.returns_terms_free_after import delivery_sent_free, free_after_return
from probes.returns_terms_named_payer import named_shop_pays
from probes.returns_terms_payer import customer_pays, defect_only, overlaps, price_deducted
from probes.returns_terms_payer_shop import paid_on_our_error, shop_pays
from probes.returns_terms_said import free_denied, said
from probes.returns_terms_scope import RISK, RISK_JOINED
from probes.returns_terms_title import asks, returns_title


def free_said(
    text: str,
    before: list[str],
    heading: str,
    returns_word: re.Match[str] | None,
    p: CompiledLexicon,
    original: str,
) -> tuple[bool, bool]:
    """Whether `text` (folded; `original`: as written; after the sentences `before`, folded, of
    which the last two are read; under the title `heading`; `returns_word`: its own return word)
    says ordinary returns are free, and whether it says they cost anyway (on the shop's error
    only, only for faults, or a price taken off the refund)."""
    f = p.flags
    # "we pay the return of a defective item" says nothing of ordinary returns; "free?" asks.
    said_free = said(f["free_yes"], f["free_no"], text, f) and not text.endswith("?")
    # Under "Devolução", "enviaremos as instruções para envio do produto sem custo adicional":
    # sending the goods back costs nothing (a title that names sending is no returns title).
    said_free = said_free or (
        returns_title(heading, p) and not returns_word and delivery_sent_free(text, f)
    )
    said_free = said_free or shop_pays(text, p)  # "Rücksendung auf unsere Kosten"
    previous = before[-1] if before else ""
    # "... corren por cuenta de PIRATES": the shop named by its own name (round 28).
    said_free = said_free or named_shop_pays(original, text, previous, p)
    said_free = said_free or return_is_free(text, p)  # "Returns within 30 days are free"
    # "... ask for your return. The postage is on us": the return named just before.
    said_free = said_free or free_after_return(text, previous, p)
    said_free = said_free and not asks(text)  # "Is the return at my expense?" asks
    # "We also pay the return shipping if the error is ours" (or "only if faulty"): it costs.
    paid_anyway = paid_on_our_error(text, p) or faults.only_for_faults(text, p)
    # "eligible for free returns, and can be returned for a flat £2.50 fee (we will deduct
    # this from your refund)": the price taken off the refund is what the return costs.
    paid_anyway = paid_anyway or (said_free and price_deducted(text))
    # "... except defective goods. In these cases we pay": the shop pays for faults only.
    cases = faults_case(text, before[-2:], f)
    said_free = said_free and not (paid_anyway or cases)
    return said_free, paid_anyway


def paid_after_turn(text: str, said_free: bool, p: CompiledLexicon) -> str | None:
    """The part of `text` after its last turn ("but") that says the customer pays, where the
    part before it says the return is free (`said_free`) or costs nothing; else None."""
    f = p.flags
    # "The return is free, but the cost of the return shipment is borne by the buyer": what
    # follows the turn is what the customer pays.
    turns = list(TURN.finditer(text))
    head = text[: turns[-1].start()] if turns else ""
    free_head = said_free or f["no_cost"].search(head)
    tail = text[turns[-1].end() :] if turns and free_head else ""
    paid_after = tail and (customer_pays(tail, p) or said(f["free_no"], f["no_cost"], tail))
    if paid_after and not said(f["free_yes"], f["free_no"], tail, f):
        return tail
    return None


def paid_said(
    text: str,
    priced: str,
    priced_return: bool,
    said_free: bool,
    paid_anyway: bool,
    p: CompiledLexicon,
) -> tuple[bool, bool]:
    """Whether `text` says a return costs (`paid`: the lexicon's phrases, "not free") and whether
    it denies a free return (`denied`: a customer-pays statement in `priced`, the sentence with
    the words it borrows, or a price of returns `priced_return`), as (paid, denied)."""
    f = p.flags
    # "we pay the return of a defective item": the costs of a defect's return, not of an
    # ordinary one ("... except defective items" still names who pays for the others).
    about_defects = defect_only(text, f)
    denied = (
        free_denied(text, f)
        or paid_anyway
        or (not said_free and not about_defects and (customer_pays(priced, p) or priced_return))
    )
    # "il cliente non pagherà le spese": a customer-pays phrase inside a "need not pay";
    # "les frais de retour de 5 EUR sont offerts": a price inside a free-returns phrase.
    frees = [hit.span() for hit in f["free_yes"].finditer(text)]
    paid = any(not overlaps(hit.span(), frees) for hit in f["free_no"].finditer(text)) and said(
        f["free_no"], f["no_cost"], text
    )
    # "les risques liés au retour sont à votre charge": the risk of the return, with no cost
    # named ("a carico", "voor rekening" name the charge, not what is charged).
    risk_only = bool(RISK.search(text) and not RISK_JOINED.search(text)) and not any(
        " " not in hit.group(0) for hit in f["cost"].finditer(text)
    )
    paid = paid and not risk_only
    denied = denied and not risk_only
    paid = paid or bool(f["not_free"].search(text))  # "returns are not free"
    return paid, denied
