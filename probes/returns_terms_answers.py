"""The answers each yes/no flag of a returns policy got, sentence by sentence, and how they add
up to one value (see `probes.returns_terms_flags`, which reads them).

Free returns: free exchanges give way to paid returns for a refund, a prepaid label to anything
said of the cost, "in principle the customer pays" to free returns the shop then offers, a
"send it stamped" to anything else; a paid exchange gives way to free returns for a refund. A
restocking (handling, processing) fee charged on every ordinary return says the return costs
the customer (`fee_no`): it gives way to anything said of who pays, as a stamped parcel does,
and a fee on some returns only says nothing of it (`probes.returns_terms_fee_scope`).
"""

from __future__ import annotations

from dataclasses import dataclass

from probes.base import MetricValue


@dataclass(frozen=True)
class Term:
    """One value read from a policy, with the sentence it was read from."""

    metric: str
    value: MetricValue
    sentence: str


@dataclass(frozen=True)
class Sentence:
    """A sentence as written (`original`, the evidence) and folded for reading."""

    original: str
    folded: str


class Answers:
    """The yes/no/unsure answers one flag got, each with its first sentence."""

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}

    def add(self, answer: str, sentence: Sentence) -> None:
        self.seen.setdefault(answer, sentence.original)


# Answers that say "no" only where nothing else is said of who pays.
_WEAK_NO = ("default_no", "postage_no", "fee_no", "defect_no")
_SAID_NO = (
    "no",
    "default_no",
    "hedged_no",
    "exchange_no",
    "abroad_no",
    "postage_no",
    "fee_no",
    "defect_no",
)


def yes_no(metric: str, answers: Answers) -> list[Term]:
    kinds = set(answers.seen)
    # Round 23: "we'll arrange a free return" + "refunded minus a 10% restocking fee": a fee on
    # every ordinary return makes the return not free (tests/data/LABELLING.md), whatever else
    # calls it free.
    if "fee_no" in kinds and "yes" in kinds:
        kinds = kinds - {"yes", "label", "exchange_yes"}
    # "exchanges are free, refunds cost 7 EUR": free exchanges say nothing of returns for a
    # refund, which the customer pays; a hedged "we may deduct the return costs" beside a
    # plain "the customer pays the return" agrees with it.
    if "exchange_yes" in kinds:
        kinds = (kinds - {"exchange_yes"}) or {"yes"}
    # A free or prepaid return label says the return costs nothing where nothing else is said
    # ("the label is in the box" + "the return cost is taken off the refund": not free).
    if "label" in kinds:
        kinds = (kinds - {"label"}) or {"yes"}
    # "in principle the customer pays", "send it sufficiently stamped", "a 10% restocking fee
    # on every return": the customer pays where nothing else is said.
    # A hedged "return shipping may be at your expense" beside a weak no agrees with it (review 61:
    # "a 10% restocking fee on every refund, and return shipping may be at your expense"), except
    # beside "we pay if it is faulty": the hedge says more of ordinary returns than that implies.
    for weak in _WEAK_NO:
        if weak in kinds:
            rest = kinds - {weak}
            agrees = rest == {"hedged_no"} and weak != "defect_no"
            kinds = {"no"} if agrees or not rest else rest
    if "abroad_no" in kinds:
        rest = kinds - {"abroad_no"}
        kinds = rest if rest and rest <= {"no", "hedged_no", "exchange_no"} else rest | {"unsure"}
    # "Returns: sent back at no cost" + "Exchanges: the customer pays the shipping": a paid
    # exchange says nothing of returns for a refund, which are free.
    if "exchange_no" in kinds:
        rest = kinds - {"exchange_no"}
        kinds = rest if rest - {"hedged_no"} else {"no"}
    if kinds == {"no", "hedged_no"}:
        kinds = {"no"}
    seen = answers.seen
    if kinds == {"yes"}:
        return [
            Term(metric, True, next(seen[k] for k in ("yes", "exchange_yes", "label") if k in seen))
        ]
    if kinds == {"no"}:
        return [Term(metric, False, next(seen[k] for k in _SAID_NO if k in seen))]
    return []


def fee_terms(answers: Answers) -> list[Term]:
    seen = answers.seen
    if "yes" in seen:
        return [Term("returns.restocking_fee", True, seen["yes"])]
    if "maybe" in seen:
        return [
            Term("returns.restocking_fee", True, seen["maybe"]),
            Term("returns.restocking_fee_may_apply", True, seen["maybe"]),
        ]
    if "no" in seen:
        return [Term("returns.restocking_fee", False, seen["no"])]
    return []
