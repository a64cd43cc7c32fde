"""Which of the periods a returns policy states is its return window (see
`probes.returns_terms`, which reads the periods): the one general return window among several,
the law's withdrawal period where no other is stated, the longer of two withdrawal periods, an
exchange-only shop's period; a tier's boundary ("asked within 30 days: full refund; beyond 30
days, 30% off") set aside beside the longer window it sits in; and, where nothing else is
stated, a shop's one short period for reporting damaged or wrong goods (a shop that takes back
only those: its only period), unless the policy names a return window of its own (or a
withdrawal, a change of mind, as a way to send goods back). Also where a
sentence's opening clause ends (a class it names makes the next clause's window a class's)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_flags import Sentence

_EXTENDED_MAX = 120  # days: longer "withdrawal" periods are the law's extension, not a shop's
# Days: no law sets a longer withdrawal period (the EU's 14 days, 5 to 10 in older laws), so
# the shorter of two withdrawal periods is the law's beside the shop's own only up to it.
_LEGAL_MAX = 14
_REPORT_MAX = 30  # days: a longer period for faulty goods is a warranty, not a window
_NEGATED_REACH = 40  # characters before a withdrawal word in which a negation refuses it
# A negation, in any supported language (folded).
NEGATED = re.compile(
    r"\b(?:not|non|no|never|nie|nicht|niet|geen|nao|ne|pas|keine?|nunca|nessun\w*)\b|n't\b"
)


@dataclass(frozen=True)
class Period:
    """A duration read as the period of something (a return window, a withdrawal ...)."""

    days: int
    sentence: Sentence
    subset: bool  # stated for a class of products or customers only
    title: bool = False  # read from a title or banner ("DEVOLUÇÕES ATÉ 30 DIAS")
    sending: bool = False  # a time to send the goods ("dovrà essere spedito entro 10 giorni")
    hourly: bool = False  # stated in hours ("entro 24 ore"): a period only where no day one is
    extended: bool = False  # the shop extends a period to it ("amplía este plazo hasta 30 días")


def opening_comma(sentence: str) -> int:
    """Where the opening clause of `sentence` ends: its first comma outside brackets ("for
    perishable items (e.g., opened blends), returns ..." ends after the bracket), or -1."""
    depth = 0
    for i, c in enumerate(sentence):
        depth += (c == "(") - (c == ")")
        if c == "," and depth <= 0:
            return i
    return -1


def window_named(sentences: list[Sentence], p: CompiledLexicon) -> bool:
    """Whether the policy names a return window of its own, stated or not: "the return period",
    or a withdrawal (a change of mind) as a way to send goods back ("devolução ou desistência",
    "Rücksendung bei fristgemäßem Widerruf"), neither negated nor an item of a list hung from a
    negated sentence ("We will not accept returns if:" + "- you change your mind")."""
    previous = ""
    for s in sentences:
        if p.named_window.search(s.folded):
            return True
        refused = previous.rstrip().endswith(":") and NEGATED.search(previous)
        previous = s.folded
        if not refused and any(
            not NEGATED.search(s.folded, max(0, hit.start() - _NEGATED_REACH), hit.start())
            for hit in p.kinds["withdrawal"].finditer(s.folded)
        ):
            return True
    return False


def single(periods: list[Period]) -> Period | None:
    """The period, where all of `periods` state the same number of days."""
    values = {p.days for p in periods}
    return periods[0] if len(values) == 1 else None


def _window(
    periods: list[Period], withdrawal: Period | None, tiers: frozenset[int] = frozenset()
) -> Period | None:
    """The return window: the one stated, else the one general window among several."""
    if withdrawal is not None:
        # "withdraw within 14 days ... send it within 10 days": a time to send the goods shorter
        # than the legal period beside it is no return window.
        periods = [p for p in periods if not (p.sending and p.days < withdrawal.days)]
    general = [p for p in periods if not p.subset]
    if not periods or (not general and withdrawal is not None):
        # Only class windows ("sale items: 7 days"): the legal one is general, unless it is stated
        # for a class too and another class has longer ("EU customers: 14 days" + "Swiss
        # customers: 30 days"): it depends.
        other = withdrawal is not None and any(p.days > withdrawal.days for p in periods)
        return None if other and withdrawal is not None and withdrawal.subset else withdrawal
    # A banner's window beside a different one in the policy's sentences: the sentence's holds.
    found = single(periods) or single(general) or single([p for p in general if not p.title])
    if found is None and tiers:
        # "90 days to ask for a return" + "within 30 days: full refund" + "beyond 30 days, 30%
        # off": the tier's boundary sits inside the window.
        outer = [p for p in general if p.days not in tiers and p.days > max(tiers)]
        found = single(outer)
    # "7 dias para solicitar a devolução" beside "o prazo para postagem, que é de 3 dias": the
    # time to post the parcel is no window.
    found = found or single([p for p in general if not (p.title or p.sending)])
    if found is None and withdrawal is not None:
        # "30 days to return it" beside the legal "you may return it within 14 days": the
        # restated withdrawal period is not the shop's own window.
        own = [p for p in general if p.days != withdrawal.days]
        found = single(own) if own else None
    if found is None:
        # "you may return goods within 14 days" + "we extend this period to 30 days": the shop's
        # extension, longer than every other general period, is its window.
        ext = single([p for p in general if p.extended])
        if ext is not None and all(p.days <= ext.days for p in general):
            found = ext
    if (
        found is not None
        and withdrawal is not None
        and found.days < min(withdrawal.days, _LEGAL_MAX)
    ):
        # "Rückgabe innerhalb einer Woche" beside "30 Tage ... zu widerrufen": a window shorter than
        # the law allows beside a longer withdrawal period is a narrower offer; the customer has the
        # withdrawal period.
        return withdrawal
    return found


def _extended(withdrawals: list[Period]) -> tuple[Period | None, Period | None]:
    """Two withdrawal periods and no return window ("you may withdraw within 30 days ...
    as a consumer you may withdraw within 14 days"): the longer is the shop's own window,
    the shorter the legal period (also where the days added to the legal period are stated
    too: 14, 16 and 30, or only the two added with a plus sign: "14 days + 16 more days");
    (window, withdrawal), or (None, None) otherwise."""
    values = sorted({p.days for p in withdrawals})
    if len(values) == 3 and values[0] + values[1] == values[2]:
        # "the legal 14 days, then 16 more days: 30 days in all": the added days are no period.
        values = [values[0], values[2]]
    if len(values) != 2 or values[1] > _EXTENDED_MAX:
        return None, None  # "12 months if you were not told of the right" is no window
    if values[0] > _LEGAL_MAX:
        # "a period of 100 days to withdraw" + "the withdrawal period expires 30 days after":
        # neither is the law's, so the two contradict each other; no window.
        return None, None
    longer = next(p for p in withdrawals if p.days == values[1])
    shorter = next(p for p in withdrawals if p.days == values[0])
    for first, then in ((shorter, longer), (longer, shorter)):
        if first.sentence is then.sentence and _added(first.days, then.days).search(
            first.sentence.folded
        ):
            # "14 dni ustawowych + dodatkowe 16 dni od nas": the days added to the law's, in all.
            return replace(longer, days=first.days + then.days), first
    return longer, shorter


def _added(first: int, then: int) -> re.Pattern[str]:
    """`then` days added with a plus sign to `first` ("14 statutory days + 16 more days")."""
    return re.compile(rf"(?<!\d){first}(?!\d)\D{{0,30}}\+\D{{0,30}}(?<!\d){then}(?!\d)")


def pick_window(
    found: dict[str, list[Period]], tiers: frozenset[int], named: bool
) -> tuple[Period | None, Period | None]:
    """(the return window, the withdrawal period) among the periods `found` by kind ("return",
    "exchange", "withdrawal", "warranty"); `tiers`: the days stated after "beyond"; `named`:
    whether the policy names its return window ("return period"), stated in days or by date."""
    withdrawal = single(found["withdrawal"])
    window = _window(found["return"], withdrawal, tiers)
    if window is None and not found["return"] and withdrawal is None:
        window, withdrawal = _extended(found["withdrawal"])
    if window is None and not found["return"] and withdrawal is None:
        window = _window(found["exchange"], None)  # an exchange-only shop's one window
    if not (window or withdrawal or found["return"] or found["exchange"] or named):
        # "Returns are accepted only if the product arrived damaged" + "contact us within 7 days
        # of delivery": the one short period for faulty goods is the only one a customer has.
        short = [q for q in found["warranty"] if q.days <= _REPORT_MAX and not q.subset]
        window = single(short)
    return window, withdrawal
