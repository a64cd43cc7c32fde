"""What a duration is the period of, where the period keywords alone misread it (see
`probes.returns_terms`; the phrases are the lexicon's `window_own`):
- the law's period a shop extends of its own accord ("we extend this to 30 days", "estende
  questo termine a 30 giorni", "wij verlengen dit naar 30 dagen"): the shop's return window;
- the period a request is refused outside of ("outside the period of 14 days", "fora do prazo
  de 7 dias", "hors délai de 14 jours"), or the standard period ("Délai standard : 30 jours"),
  where nothing else names it: the return window;
- a time to ask for a refund ("30 days from receipt to request a full refund", "pour en
  demander le remboursement"), or named before the duration ("the period to request a refund
  is 30 days", "el plazo para solicitar un reembolso es de 30 días"): the return window, not
  the time the refund takes;
- a sentence giving a period for a refund and another for an exchange ("15 days for a full
  refund or 45 days for exchange or credit"): the refund's is the return window, the other an
  exchange's (a duration read as the refund's own time keeps that reading);
- a period labelled as a defect's in brackets right after it ("7 dias (arrependimento) ou 30
  dias (defeito)"), or inside a bracket excepting faulty goods ("returned after 14 days (except
  faulty items up to 30 days)"): a warranty's;
- a period of a sentence naming nothing, after a sentence about defects or only about exchanges
  ("The first exchange is free." + "You have 30 days from receipt to ask."): that sentence's
  warranty or exchange (`named_before`)."""

from __future__ import annotations

import re

from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_defect import defect_named
from probes.returns_terms_heading import standard_named
from probes.returns_terms_keywords import keywords
from probes.returns_terms_kinds import kind_of

_OWN_MAX = 120  # days: a longer "extended" period is the law's (12 months if not informed)
_REACH = 60  # characters before a duration searched for an extension or "outside the period"
# Review 48: a period extended for exchanges, size changes or members only, in any supported
# language (folded): not the return period ("ampliamos el plazo de cambio hasta los 60 dias",
# "para los miembros Premium ampliamos este plazo").
_EXCHANGE = re.compile(
    r"\b(?:exchang\w*|swap\w*|cambi\w*|troca\w*|trocar|umtausch\w*|tausch\w*|echang\w*|"
    r"ruil\w*|omruil\w*|wymian\w*|sizes?|talla|tallas|taglia|taglie|tamanho)\b"
)
_MEMBERS = re.compile(
    r"\b(?:members?|membership|miembros?|socios?|membres?|adherents?|mitglied\w*|membri|"
    r"membro\w*|soci|leden|czlonk\w*|premium|vip|loyalty|fidelidad|fidelite|fedelta|"
    r"fidelidade|club|klub)\b"
)
# A return named (an exchange period extended with it is the return's too).
_RETURN = re.compile(
    r"\b(?:return\w*|devol\w*|retour\w*|ruckgabe\w*|rucksend\w*|zurucksend\w*|resi|reso|"
    r"restitu\w*|zwrot\w*|widerruf\w*|desist\w*|withdraw\w*|recesso|herroep\w*|"
    r"odstapi\w*|retract\w*)\b"
)


def _not_return(sentence: str, ends: list[int]) -> bool:
    """Review 48: the period extended, from the last duration before on, is an exchange's (no
    return named) or for members only: not the return period."""
    rest = sentence[max([*ends, 0]) :]
    return bool(_MEMBERS.search(rest) or (_EXCHANGE.search(rest) and not _RETURN.search(rest)))


_ASK_REACH = 90  # characters after a duration searched for a purpose of asking for a refund
# The kinds of period a shop extends of its own accord into its window (not a warranty's).
_EXTENDABLE = (None, "return", "withdrawal", "exchange")
_BRACKET = re.compile(r"\s*\(([^()]{1,30})\)")  # "30 dias (defeito)"


def own_kind(
    sentence: str, match: re.Match[str], p: CompiledLexicon, days: int | None
) -> str | None:
    """The period (a `PERIOD_KINDS` name) the duration `match` (of `days` days) of `sentence`
    is, or None: `kind_of`'s reading, corrected for the phrases of this module."""
    kind = kind_of(sentence, match, p)
    split = _split_purpose(sentence, match, p)
    # Not a refund's own time ("refunds take 5 days for a refund to your card and 10 for credit").
    if split is not None and kind in _EXTENDABLE:
        return split
    ends = [m.end() for m in p.duration.finditer(sentence) if m.end() <= match.start()]
    before = sentence[max([match.start() - _REACH, *ends, 0]) : match.start()]
    # Not "we extend the warranty to 90 days": another period's extension stays that period's.
    if (
        p.own["extended"].search(before)
        and (days or 0) <= _OWN_MAX
        and kind in _EXTENDABLE
        and not _not_return(sentence, ends)  # review 48: not an exchange's, nor members'
    ):
        return "return"
    # "El período para realizar cambios o solicitar reembolsos es de 30 días": the time to ask.
    asking = sentence[max([match.start() - _ASK_REACH, *ends, 0]) : match.start()]
    if kind in (None, "refund", "exchange") and p.own["ask_before"].search(asking):
        return "return"
    if kind is None and (p.own["outside"].search(before) or standard_named(before, p)):
        return "return"
    bracket = _BRACKET.match(sentence, match.end())
    if (bracket and defect_named(bracket.group(1), p)) or _excepted_defect(sentence, match, p):
        return "warranty"
    after = sentence[match.end() : match.end() + _ASK_REACH]
    lead = p.refund_lead.search(sentence[: match.start()][-_ASK_REACH:])
    if kind == "refund" and not p.refund_anchor.match(after) and not lead:
        # "45 Tage ab Erhalt, um eine Erstattung zu beantragen": the purpose may follow a comma;
        # not "refunds are issued within 10 days of receiving the goods, ... to request a refund"
        # (counted from the goods' return or led by the refund made: the refund's own time).
        following = p.duration.search(after)
        stops = [i for i in (after.find(c) for c in ";:()") if i >= 0]
        stops += [following.start()] if following else []
        if p.own["ask_refund"].search(after[: min(stops, default=len(after))]):
            return "return"
    return kind


def extends(sentence: str, match: re.Match[str], p: CompiledLexicon) -> bool:
    """Whether the shop extends a period to the duration `match` of its own accord ("Masluz
    amplía este plazo hasta los 30 días", "we extend this to 30 days"): its own window, longer
    than the law's it restates beside it."""
    ends = [m.end() for m in p.duration.finditer(sentence) if m.end() <= match.start()]
    before = sentence[max([match.start() - _REACH, *ends, 0]) : match.start()]
    # Review 48: only the return period extended, not an exchange's or members' one.
    return bool(p.own["extended"].search(before)) and not _not_return(sentence, ends)


def _excepted_defect(sentence: str, match: re.Match[str], p: CompiledLexicon) -> bool:
    """Whether the duration `match` is inside a bracket that opens on an exception naming a
    defect before it ("returned after 14 days (except faulty items up to 30 days)", "(salvo
    productos defectuosos: 30 días)"): the faulty goods' period, a warranty's."""
    opened = sentence.rfind("(", 0, match.start())
    if opened < 0 or ")" in sentence[opened : match.start()]:
        return False
    inside = sentence[opened + 1 : match.start()].lstrip()
    exception = p.flags["exception"].match(inside)
    return exception is not None and bool(p.flags["defect"].search(inside, exception.end()))


def _split_purpose(sentence: str, match: re.Match[str], p: CompiledLexicon) -> str | None:
    """A sentence giving a period for a refund and another for an exchange ("within 15 days for a
    full refund or 45 days for exchange or credit", "20 días para reembolso o 60 días para
    cambio"): "return" for the duration `match` a refund's purpose follows, "exchange" for the
    one an exchange's (or a credit's) follows, where the other purpose follows another duration
    of the sentence; else None (a single "60 days for exchange" keeps its reading)."""
    purposes = {}
    for other in p.duration.finditer(sentence):
        if p.own["for_refund"].match(sentence, other.end()):
            purposes[other.start()] = "return"
        elif p.own["for_exchange"].match(sentence, other.end()):
            purposes[other.start()] = "exchange"
    if set(purposes.values()) != {"return", "exchange"}:
        return None
    return purposes.get(match.start())


def named_before(previous: str, p: CompiledLexicon) -> str | None:
    """What a sentence (`previous`, with no period of its own) makes of the period of the next
    one where that names nothing: "warranty" after a defect named, "exchange" after only
    exchanges named ("Caso a peça não sirva, a primeira troca é grátis."), else None."""
    if defect_named(previous, p):
        return "warranty"
    kinds = {kind for _, kind in keywords(previous, p)}
    return "exchange" if kinds == {"exchange"} else None
