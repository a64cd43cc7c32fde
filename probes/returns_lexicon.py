"""The per-language lexicon of returns policies, compiled for folded text.

The words and phrases live in data files, one per language (`probes/lexicon/<lang>.yaml`,
section `returns`); this module folds and compiles them (`ordinal`: a digit's ordinal suffix,
"14th", "14."). Each pattern is a list of alternatives, written with accents for reading and
folded like the text (see `fold`); `<W>` stands for one word and the space after it.
`threshold` and `extension` are matched right before a duration ("if more than ...", "extended
to ...": the law's longer withdrawal period, dropped beside the ordinary one), as is `beyond`
("beyond 14 days ..., up to 30 days": where a longer period stated after it starts).
`continuation` opens a sentence that goes on from the period before it ("After this period,
..."); `named_window` names the return window itself ("return period"); `class_topic` opens a
sentence on a condition that can name a class ("if you bought ...", "si vous avez ..."),
`window_class` names a class of goods or orders by value or by a paid option (see
`probes.returns_window_class`). Anchors are matched right after a duration, except `refund_lead`
("once we have received your return, ..."; "it can take up to", "please allow") and
`notice_lead` (a step of the return named first: "once your return is approved, ...", "nach der
Anmeldung der Rücksendung ..."), matched in the stretch of its sentence before it, and `purpose`
("to", "pour", "para": what introduces the purpose of a period, "... 14 days from receipt to
request a return"), searched in the clause after it, and `allowed` ("is allowed", "se permite"),
matched between a refund word and a duration: a refund one may ask for within the period, a
return window; phrases come before single words in alternations so a refund phrase swallows the
"return" word inside it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from probes.lexicon import languages, lexicon_data

UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365, "fortnight": 14, "halfmonth": 15}
"""Days per duration unit; every lexicon's `units` names these kinds (`fortnight`: "a fortnight";
`halfmonth`: "une quinzaine", "una quincena", optional like every unit)."""
HOURS_A_DAY = 24
"""A lexicon's optional `hour` unit: whole days of hours ("24 horas" = 1 day) count as days."""
# A list item's opening: a dash or bullet, or a number with a dot or bracket ("- ", "2) ").
LIST_ITEM = re.compile(r"(?:[-*•–·]|\d{1,2}[.)])\s")

PERIOD_KINDS = (
    "refund",
    "return",
    "exchange",
    "withdrawal",
    "warranty",
    "repair",
    "cancellation",
    "takeback",
    "guarantee",
    "shipback",
    "dispatch",
)
"""What a stated duration can be the period of; only some are returns metrics. `dispatch`: the
shop's time to send an order, named by a purpose ("... to ship your order"), no keyword."""

FLAG_NAMES = (
    "free_yes",
    "free_no",
    "condition",
    "defect",
    "fee",
    "fee_no",
    "label_yes",
    "label_no",
    "hedge",
    "exchange_only",
    "subset",
    "cost",
    "payer",
    "no_cost",
    "topic",
    "penalty",
    "negation",
    "abroad",
    "pay",
    "negation_after",
    "exception",
    "postage",
    "late",
    "send",
    "ours",
    "not_free",
    "refused",
    "label_free",
    "anaphor",
    "unless",
    "fee_some",
    "cases",
    "rejected",
    "exchange_cost",
    "we_cover",
)
"""Phrase lists of a lexicon's `flags`; a missing one never matches. `cost` (cost nouns),
`payer` (the customer as the one who pays, or the cost taken off the refund) and `no_cost`
("without any cost") feed the rule that a cost, a return word and the customer as payer
close together say the customer pays for returns. `topic`: how a sentence opens on what
its next clause is about ("for B2B customers, ..."), so a class named there counts.
`penalty`: a penalty's name, which on a cancelled order is no restocking fee. `negation`:
what, right before a "free returns" phrase, turns it round ("this is not a free return").
`abroad`: other countries or abroad ("from other countries", "aus dem Ausland"), which make a
who-pays statement hold for some customers only. `pay`: verbs of paying ("pays for",
"paie", "betaalt"), a cost only where a return is what is paid for. `negation_after`: matched
right after a phrase, a negation closing its clause ("übernehmen wir nicht", "vergoeden wij
niet"). `exception`: "except", "unless", which make a defect named in a who-pays sentence the
exception, not its subject. `postage`: the customer stamps the return parcel ("ausreichend
frankiert", "port dû refusé"), a who-pays answer only where nothing else is said. `late`:
after the window ("nach diesen 30 Tagen"), which makes a who-pays statement hold for late
returns only. `send`: words of sending or shipping, which under a returns title say what a
return costs ("DEVOLUÇÃO" over "envio do produto sem custo adicional"). `ours`: at the shop's
expense ("auf unsere Kosten", "à nos frais"), a free return when said of a return. `not_free`:
returns said not to be free ("las devoluciones no son gratuitas"), the customer paying.
`refused`: a parcel refused on delivery, which makes a who-pays statement hold for it only.
`label_free`: a free or prepaid return label, a free return where nothing else is said.
`anaphor`: costs pointing back to the sentence before ("the costs for this", "die Kosten
hierfür"), which after a sentence about returning are the return's. `unless`: a sentence opening
on "unless ..." ("Unless you use our online returns, customers pay"): said of some returns only.
`fee_some`: a restocking fee said of some returns only ("after 30 days", "paid by credit card").
`rejected`: a return not accepted and sent back to the customer ("will not be accepted and will
be returned"): its clause is left out, and the sentence says who pays only in its other clauses.
It differs from `refused` (a return sent back AT THE CUSTOMER'S COST, which keeps the sentence
but makes its who-pays unsure): `rejected` needs no cost named and drops its clause only.
`exchange_cost`: a cost named as an exchange's ("el envío del cambio"), in a sentence naming no
return and no refund. `we_cover`: the shop saying in the first person that it bears a cost
("asumimos los gastos", "nos hacemos cargo del envío", "we cover the shipping"), read only as
said of faults or the shop's own error (`probes.returns_terms_we_cover`).
"""

_NEVER = r"(?!x)x"
_ONE_WORD = r"(?:[\w'-]+\s+)"
_OWN = (
    "extended",
    "outside",
    "ask_refund",
    "standard",
    "ask_before",
    "for_refund",
    "for_exchange",
    "waived",
    "this_right",
)

_APOSTROPHES = str.maketrans({c: "'" for c in "’‘´`ʼ′"})


def fold(text: str, language: str = "") -> str:
    """Lower-case without accents, keeping length (Turkish dotted/dotless i handled)."""
    if language == "tr":
        text = text.replace("İ", "i").replace("I", "ı")
    # Every apostrophe a page may type ("l´article", "dall`acquisto", "d‘achat") is the one.
    text = text.replace("İ", "I").translate(_APOSTROPHES).lower()
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


@dataclass(frozen=True)
class CompiledLexicon:
    """One language's lexicon compiled for folded text: durations, keywords, anchors, flags."""

    language: str
    duration: re.Pattern[str]
    numbers: dict[str, int]
    articles: frozenset[str]
    kinds: dict[str, re.Pattern[str]]
    refund_anchor: re.Pattern[str]
    refund_lead: re.Pattern[str]
    delivery_anchor: re.Pattern[str]
    notice_anchor: re.Pattern[str]
    notice_lead: re.Pattern[str]
    allowed: re.Pattern[str]
    purpose: re.Pattern[str]
    threshold: re.Pattern[str]
    extension: re.Pattern[str]
    continuation: re.Pattern[str]
    beyond: re.Pattern[str]
    named_window: re.Pattern[str]
    class_topic: re.Pattern[str]
    window_class: re.Pattern[str]
    unit_first: re.Pattern[str]  # "giorni 14": (unit)(number), read as "14 giorni"
    own: dict[str, re.Pattern[str]]  # `window_own`: see `probes.returns_window_own`
    flags: dict[str, re.Pattern[str]]


def _alternatives(value: Any) -> str:
    if not value:
        return _NEVER
    items = [value] if isinstance(value, str) else [str(v) for v in value]
    return "|".join(items)


def _rx(pattern: str, language: str) -> re.Pattern[str]:
    # Patterns use no upper-case escapes; only named groups need their `P` back.
    folded = fold(pattern.replace("<W>", _ONE_WORD), language).replace("(?p<", "(?P<")
    return re.compile(folded)


def _duration(spec: dict[str, Any], numbers: dict[str, int], articles: list[str]) -> str:
    words = "|".join(re.escape(w) for w in sorted([*numbers, *articles], key=len, reverse=True))
    words = words or _NEVER
    ranges = "|".join(["-", "–", "—", *(re.escape(w) for w in spec.get("range_words") or [])])
    kinds = (*UNIT_DAYS, "hour")
    units = "|".join(f"(?P<{kind}>{spec['units'].get(kind) or _NEVER})" for kind in kinds)
    # "the 14th day", "am 14. Tag", "le 14e jour": a digit's ordinal suffix, that many days.
    ordinal = f"(?:{spec['ordinal']})?" if spec.get("ordinal") else ""
    digits = rf"(?P<d1>\d{{1,3}}){ordinal}(?:\s*(?:{ranges})\s*(?P<d2>\d{{1,3}}))?"
    # Round 29: a word between the number and its unit ("los tres (3) siguientes días").
    between = f"(?:(?:{spec['before_unit']})\\s+)?" if spec.get("before_unit") else ""
    return rf"(?<![\w.,-])(?:{digits}|(?P<w>{words}))[\s-]*{between}(?:{units})(?!\w)"


def supported(language: str) -> bool:
    """Whether `language` (ISO 639-1) has a returns lexicon."""
    return language in languages()


@cache
def compile_lexicon(language: str) -> CompiledLexicon:
    """The compiled lexicon of `language` (English for unsupported ones), built once."""
    language = language if supported(language) else "en"
    spec: dict[str, Any] = lexicon_data(language)["returns"]
    numbers = {fold(str(w), language): int(n) for w, n in (spec.get("numbers") or {}).items()}
    articles = [fold(str(a), language) for a in spec.get("articles") or []]
    kinds_spec = spec.get("kinds") or {}
    anchors = spec.get("anchors") or {}
    flags_spec = spec.get("flags") or {}
    own = spec.get("window_own") or {}
    duration = _duration(spec, numbers, articles)
    return CompiledLexicon(
        language=language,
        duration=_rx(duration, language),
        numbers=numbers,
        articles=frozenset(articles),
        kinds={k: _rx(_alternatives(kinds_spec.get(k)), language) for k in PERIOD_KINDS},
        refund_anchor=_rx(_alternatives(anchors.get("refund")), language),
        refund_lead=_rx(_alternatives(anchors.get("refund_lead")), language),
        delivery_anchor=_rx(_alternatives(anchors.get("delivery")), language),
        notice_anchor=_rx(_alternatives(anchors.get("notice")), language),
        notice_lead=_rx(_alternatives(anchors.get("notice_lead")), language),
        allowed=_rx(_alternatives(anchors.get("allowed")), language),
        purpose=_rx(_alternatives(anchors.get("purpose")), language),
        threshold=_rx(_alternatives(spec.get("threshold")), language),
        extension=_rx(_alternatives(spec.get("extension")), language),
        continuation=_rx(_alternatives(spec.get("continuation")), language),
        beyond=_rx(_alternatives(spec.get("beyond")), language),
        named_window=_rx(_alternatives(spec.get("named_window")), language),
        class_topic=_rx(_alternatives(spec.get("class_topic")), language),
        window_class=_rx(_alternatives(spec.get("window_class")), language),
        unit_first=_rx(_alternatives(spec.get("unit_first")), language),
        own={k: _rx(_alternatives(own.get(k)), language) for k in _OWN},
        flags={k: _rx(_alternatives(flags_spec.get(k)), language) for k in FLAG_NAMES},
    )
