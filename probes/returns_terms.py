"""Reading a returns policy's terms (window, withdrawal, fees, label, refund time) from its text.

Where the text is ambiguous the value is unknown (absent from the result), never guessed.
Every value keeps the sentence it was read from (`ReturnsReading.terms`).

How it reads (the languages of `probes/lexicon/*.yaml`; a missing or unsupported
language is detected from the text, see `probes.language`):
- Text is case-folded and stripped of accents (`Rücksendung` -> `rucksendung`),
  then split into sentences (`probes.returns_terms_text`: a list item or a short title
  starts anew, an abbreviation's full stop ends no sentence).
- Durations are numbers (digits, number words, "a month") with a unit: days
  (calendar or business days, taken as stated), weeks (x7), months (x30), years
  (x365); a range ("5-7 business days") counts as its upper bound.
- Each duration is the period of something: the refund, the return window, the
  statutory withdrawal (cooling-off) period, a warranty, a repair, an order
  cancellation, an exchange, a take-back of old appliances or a satisfaction guarantee. First
  by an anchor right after it ("... of receiving your return" -> refund, "... of
  delivery" -> a window, "... of the day you told us you withdraw" -> the refund or
  the shipping back), or by a lead before it ("once we have received your return, ...
  5 days" -> refund; "once your return is approved, ... 10 days" -> the shipping back), else
  by the nearest keyword in its sentence; durations in sentences naming none are ignored. A
  purpose right after a duration comes first ("... of receipt to request a return" -> a
  window), and the sentence a list hangs from ("can be returned provided that:") says what the
  periods of its items are.
- `returns.window_days`: the return window. A window stated for a class of products
  only ("sale items", "electronics": the lexicon's `subset` phrases) gives way to a
  general one; two different general windows -> unknown. With no return window
  stated, the statutory withdrawal period is the window; a window equal to the withdrawal
  period beside a different one is the law restated, and the other one is the window.
  An exchange period is the window only where nothing else is stated; two withdrawal
  periods and no return window are the shop's own window (the longer, up to 120 days)
  and the legal period. A class named in a sentence's opening clause ("for B2B
  customers, ...") makes the next clause's window a class window, as does a bracketed
  alternative right after a duration ("30 days (or 14 days* ...)"); a negated class
  ("non personalised items") is the general case. A range ("3-5 working days") is how long
  something takes, never a window; "After this period, ... 30 days" goes on from the period
  before it and "beyond 14 days ..., up to 30 days" starts the longer one. A period the customer
  waives is none, and "this right" after a withdrawal is its period (`returns_window_waived`).
  `returns.withdrawal_days`: the withdrawal period itself. `returns.refund_days_stated`:
  the one refund time.
- Flags come from phrases that say yes or no ("free returns", "you are responsible
  for the cost of returning", "no restocking fee"). Free returns: a hedge, a
  condition ("on orders over €50") or both answers -> unknown. Beyond the phrases,
  a cost, a return word and the customer as payer within 100 characters say the
  customer pays, unless the sentence says nothing is charged or the customer need not
  pay; a "free returns" phrase right after a negation says returns cost. Restocking fee: a
  fee stated anywhere -> yes; only a hedged one ("a fee of 15-25% may be applied")
  -> yes with `returns.restocking_fee_may_apply`. `returns.exchanges_only`: the
  policy says it exchanges and does not refund.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from probes.base import MetricValue
from probes.lexicon.detect import pick_language
from probes.returns_lexicon import CompiledLexicon, compile_lexicon
from probes.returns_terms_defect import defect_named
from probes.returns_terms_duration import (
    HEADING,
    clause_around,
    days_of,
    is_banner,
    longer_after,
    refund_row,
    unsent,
)
from probes.returns_terms_flags import Sentence, Term, read_flags
from probes.returns_terms_heading import heading_decides, heading_kind
from probes.returns_terms_keywords import keywords
from probes.returns_terms_text import split_sentences
from probes.returns_window_class import subset as _subset
from probes.returns_window_class import topic as _topic
from probes.returns_window_class import valued
from probes.returns_window_own import extends, named_before, own_kind
from probes.returns_window_pick import Period as _Period
from probes.returns_window_pick import pick_window, single, window_named
from probes.returns_window_waived import this_right, waived

_SEND_REACH = 40  # characters before a duration in which a word of sending makes it a time to send
# Characters before a duration searched for a threshold ("if more than", "label is valid for").
_THRESHOLD_REACH = 50
_WINDOWS = ("return", "exchange", "withdrawal")  # the kinds of period that can be the window
_ALTERNATIVE = re.compile(r"\d[^\d()]{1,30}\(\s*(?:[^\W\d_]+\s+){0,2}$")


@dataclass(frozen=True)
class ReturnsReading:
    """What a returns policy states, in the language it was read in."""

    language: str
    terms: tuple[Term, ...]

    def metrics(self) -> dict[str, MetricValue]:
        """The terms as metrics (`returns.window_days` ...); unknown ones absent."""
        return {t.metric: t.value for t in self.terms}

    def sentences(self) -> list[str]:
        """`metric=value: sentence` for every term, for the export and the evidence."""
        return [f"{t.metric}={t.value}: {t.sentence}" for t in self.terms]


def _durations(sentences: list[Sentence], p: CompiledLexicon) -> list[Term]:
    found: dict[str, list[_Period]] = {k: [] for k in ("refund", *_WINDOWS, "warranty")}
    tiers: set[int] = set()  # "beyond 30 days, 30% off": a tier's boundary, not a window
    extensions: list[_Period] = []  # "the period is extended to 12 months if ..."
    previous = above = ""  # the sentence before, and the heading it was under
    last_kind: str | None = None  # the window kind of the previous sentence's last period
    for s in sentences:
        went_on, last_kind = last_kind, None
        # "Are you a gold member? Then you have 30 days": the question sets the class.
        asked = previous if previous.rstrip().endswith("?") else ""
        # A short line with no full stop and no period of its own heads the next one.
        short = len(previous) <= HEADING and not previous.rstrip().endswith((".", "!", "?"))
        # "It can be returned provided that:" + "- it is within 14 days of receipt": the
        # sentence a list hangs from says what the list's periods are.
        introduces = previous.rstrip().endswith(":")
        heading = previous if (short or introduces) and not p.duration.search(previous) else ""
        if introduces and heading and heading_kind(heading, p) is None:
            # "Return period" + "The period below counts from delivery:" + "- 20 days: lamps": a
            # list's opening that names nothing leaves the title above it to name its periods.
            heading = above or heading
        above = heading
        # "If you receive a faulty product, we will replace it." + "Please contact us within 30
        # days of receiving it.": a sentence naming nothing goes on about the defect (exchange).
        # A question naming a defect does too ("What if my item arrives faulty?" + "Contact us
        # within 14 days of delivery."); not a question about exchanging alone.
        defect_asked = bool(asked) and defect_named(asked, p)
        faulty = (
            None
            if (asked and not defect_asked) or p.duration.search(previous)
            else named_before(previous, p)
        )
        right = this_right(previous, s.folded, p)  # "exercise this right" after a withdrawal
        previous = s.folded
        for match in p.duration.finditer(s.folded):
            if waived(s.folded, match, p):
                continue  # "the client waives the 14-day right of withdrawal": no period
            reach = max(0, match.start() - _THRESHOLD_REACH)
            if p.threshold.search(s.folded[reach : match.start()]):
                continue
            days = days_of(match, p)
            if p.beyond.search(s.folded, reach, match.start()):
                if longer_after(s, match, p):
                    continue  # "beyond 14 days of receipt, up to 30 days": the 30 are the period
                tiers.add(days or 0)
            kind = own_kind(s.folded, match, p, days)
            if heading_decides(heading, s.folded, kind, p):
                kind = heading_kind(heading, p) or kind
            elif faulty and kind == "return" and not keywords(s.folded, p):
                kind = faulty
            elif kind == "return" and introduces and refund_row(heading, s.folded, p):
                # "O valor será reembolsado conforme o pagamento:" + "PIX: devolução em até 5 dias
                # úteis": a row of a list of refunds, the money's return, not the goods'.
                kind = "refund"
            elif kind is None and asked and not p.duration.search(asked):
                # "How long do I have to return an item?" + "You have 30 days from receipt.": a
                # question about returning names the period of its answer, where nothing else
                # does (not "Chosen an exchange?" + "the new item is sent within 3 days").
                asked_kind = heading_kind(asked, p)
                sent = p.flags["send"].search(s.folded)
                kind = asked_kind if asked_kind in ("return", "withdrawal") and not sent else None
            elif kind is None and right:
                kind = "withdrawal"
            elif kind is None and went_on and p.continuation.match(s.folded):
                # "... em até 7 dias em caso de arrependimento." + "Após esse período, são
                # gratuitas pelo prazo de 30 dias": the sentence goes on from the period before.
                kind = went_on
            if kind in ("return", "exchange", "withdrawal"):
                last_kind = kind
            if match.group("d2") and kind in ("return", "exchange", "withdrawal"):
                # "Returns take 3-5 working days", "10-15 días hábiles": a range is how long
                # something takes, never a window a customer is given.
                continue
            if days is not None and kind in found:
                topic = _topic(s.folded, match.span(), p)
                clause, span = clause_around(s.folded, match.span())
                before = s.folded[max(0, match.start() - 30) : match.start()]
                # "30 days (or 14 days* for ...)": the bracketed alternative is for a class.
                subset = (
                    _subset(clause, p, span)
                    or _subset(f"{asked} {topic}", p)
                    or bool(_ALTERNATIVE.search(before))
                    or valued(s.folded, match, p)
                )
                extended = kind == "withdrawal" and p.extension.search(before)
                title = is_banner(s.original)
                # "dovrà essere spedito entro 10 giorni", "o prazo para postagem, que é de 3 dias".
                # Not "30 days from the day you receive your shipment": the shipment received.
                unsent_clause, _ = clause_around(unsent(s.folded, match, p), match.span())
                sending = bool(
                    p.flags["send"].search(unsent_clause)
                    or p.flags["send"].search(
                        s.folded, max(0, match.start() - _SEND_REACH), match.start()
                    )
                )
                hourly = bool(match.group("hour"))
                if hourly and not p.delivery_anchor.match(s.folded, match.end()):
                    continue  # "we will email you a return label within 24 hours": no window
                own = extends(s.folded, match, p)  # "we extend this to 30 days"
                period = _Period(days, s, subset, title, sending, hourly, own)
                (extensions if extended else found[kind]).append(period)
    # "Il servizio clienti ti contatterà entro 24 ore" beside "14 giorni": a time in hours is a
    # period only in a policy that states none in days ("entro 24 horas posteriores a la entrega").
    if any(not q.hourly for k in _WINDOWS for q in found[k]):
        found = {k: [q for q in found[k] if not q.hourly] for k in found}
    if not found["withdrawal"]:
        found["withdrawal"] = extensions  # a shop's own "extended to 30 days" is its period
    terms: list[Term] = []
    named = window_named(sentences, p)  # "the return period", a withdrawal offered
    window, withdrawal = pick_window(found, frozenset(tiers), named)
    if window is not None:
        terms.append(Term("returns.window_days", window.days, window.sentence.original))
    if withdrawal is not None:
        terms.append(Term("returns.withdrawal_days", withdrawal.days, withdrawal.sentence.original))
    refund = single(found["refund"])
    if refund is not None:
        terms.append(Term("returns.refund_days_stated", refund.days, refund.sentence.original))
    return terms


def read_returns_policy(text: str, language: str = "") -> ReturnsReading:
    """The terms `text` states, each with its sentence, read in `language`.

    `language` is an ISO code such as "fr" or "de-AT"; when it is empty or has no
    lexicon, the language is detected from the text.
    """
    lang = pick_language(text, language)
    p = compile_lexicon(lang)
    sentences = split_sentences(text, lang)
    return ReturnsReading(lang, (*_durations(sentences, p), *read_flags(sentences, p)))


def extract_returns_terms(text: str, language: str = "") -> dict[str, MetricValue]:
    """Metrics `returns.window_days`, `returns.withdrawal_days`, `returns.free_returns`,
    `returns.restocking_fee` (+ `returns.restocking_fee_may_apply`), `returns.prepaid_label`,
    `returns.exchanges_only`, `returns.refund_days_stated` found in `text`; unknown ones omitted.
    """
    return read_returns_policy(text, language).metrics()
