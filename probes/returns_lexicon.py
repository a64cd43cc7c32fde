"""The per-language lexicon of returns policies, and its patterns compiled for folded text.

Each `Lexicon` holds regular expressions over folded text (written with accents
for reading; they are folded like the text before compiling, see `fold`).
Anchors are matched right after a duration; phrases come before single words
in alternations so a refund phrase swallows the "return" word inside it.
`compile_lexicon(language)` turns one into the `CompiledLexicon` that
`probes.returns_terms` reads policies with.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
"""Days per duration unit; every lexicon's `units` names these kinds."""


def fold(text: str, language: str = "") -> str:
    """Lower-case without accents, keeping length (Turkish dotted/dotless i handled)."""
    if language == "tr":
        text = text.replace("İ", "i").replace("I", "ı")
    text = text.replace("İ", "I").replace("’", "'").lower()
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


@dataclass(frozen=True)
class CompiledLexicon:
    """One language's lexicon compiled for folded text: durations, keywords, anchors, flags."""

    duration: re.Pattern[str]
    numbers: dict[str, int]
    articles: frozenset[str]
    kinds: dict[str, re.Pattern[str]]
    refund_anchor: re.Pattern[str]
    delivery_anchor: re.Pattern[str]
    threshold: re.Pattern[str]
    flags: dict[str, re.Pattern[str]]


def _rx(pattern: str, language: str) -> re.Pattern[str]:
    # Patterns use no upper-case escapes; only named groups need their `P` back.
    return re.compile(fold(pattern, language).replace("(?p<", "(?P<"))


@cache
def compile_lexicon(language: str) -> CompiledLexicon:
    """The compiled lexicon of `language` (English for unsupported ones), built once."""
    lex: Lexicon = LEXICONS.get(language, LEXICONS["en"])
    numbers = {fold(word, language): n for word, n in lex.numbers.items()}
    words = "|".join(re.escape(w) for w in sorted([*numbers, *lex.articles], key=len, reverse=True))
    ranges = "|".join(["-", "–", "—", *lex.range_words])
    units = "|".join(f"(?P<{kind}>{rx})" for kind, rx in lex.units.items())
    duration = (
        rf"(?<![\w.,])(?:(?P<d1>\d{{1,3}})(?:\s*(?:{ranges})\s*(?P<d2>\d{{1,3}}))?"
        rf"|(?P<w>{words}))[\s-]*(?:{units})(?!\w)"
    )
    kinds = {
        "refund": lex.refund,
        "return": lex.returns,
        "withdrawal": lex.withdrawal,
        "warranty": lex.warranty,
    }
    flags = {
        "free_yes": lex.free_yes,
        "free_no": lex.free_no,
        "condition": lex.condition,
        "defect": lex.defect,
        "fee": lex.fee,
        "fee_no": lex.fee_no,
        "label_yes": lex.label_yes,
        "label_no": lex.label_no,
        "hedge": lex.hedge,
    }
    return CompiledLexicon(
        duration=_rx(duration, language),
        numbers=numbers,
        articles=frozenset(fold(a, language) for a in lex.articles),
        kinds={k: _rx(v, language) for k, v in kinds.items()},
        refund_anchor=_rx(lex.refund_anchor, language),
        delivery_anchor=_rx(lex.delivery_anchor, language),
        threshold=_rx(lex.threshold, language),
        flags={k: _rx(v, language) for k, v in flags.items()},
    )


# ---------------------------------------------------------------------------
# The lexicons.


@dataclass(frozen=True)
class Lexicon:
    """How one language states durations, refunds, windows, fees and labels."""

    numbers: dict[str, int]
    units: dict[str, str]
    refund: str
    returns: str
    withdrawal: str
    warranty: str
    refund_anchor: str
    delivery_anchor: str
    free_yes: str
    free_no: str
    condition: str
    defect: str
    fee: str
    fee_no: str
    label_yes: str
    label_no: str
    hedge: str
    threshold: str = r"(?!x)x"
    """Text just before a duration that makes it a threshold, not a term ("if more than")."""
    articles: tuple[str, ...] = ()
    """Words meaning "one" only before week/month/year: "a month", "per mėnesį"."""
    range_words: tuple[str, ...] = field(default_factory=tuple)


_NEVER = r"(?!x)x"


def _numbers(spec: str) -> dict[str, int]:
    """`"one=1, two=2"` -> {"one": 1, "two": 2}: number words, compactly."""
    return {word.strip(): int(n) for word, n in (item.split("=") for item in spec.split(","))}


_W = r"(?:[\w-]+\s+)"

EN = Lexicon(
    numbers=_numbers(
        "one=1, two=2, three=3, four=4, five=5, six=6, seven=7, eight=8, nine=9, ten=10, "
        "twelve=12, fourteen=14, fifteen=15, twenty=20, twenty-one=21, thirty=30, "
        "forty-five=45, sixty=60, ninety=90"
    ),
    articles=("a", "an"),
    range_words=("to", "and"),
    threshold=r"\bif\s+(?:more\s+than|over|longer\s+than)\s+$",
    units={
        "day": r"(?:calendar\s+|business\s+|working\s+)?days?",
        "week": r"weeks?",
        "month": r"months?",
        "year": r"years?",
    },
    refund=r"refund\w*|reimburs\w*|money\s+back(?!\s+guarantee)|credited|credit\s+(?:back\s+)?to\s+your",
    returns=r"money[\s-]back\s+guarantee|return\w*|send\s+(?:it|them|items?|products?)\s+back|exchang\w*",
    withdrawal=r"withdraw\w*|cooling[\s-]off|cancel\w*\s+(?:the\s+|your\s+)?(?:contract|purchase)",
    warranty=r"warrant\w*|guarantee\s+period|manufacturer'?s\s+guarantee",
    refund_anchor=rf"\s*{_W}{{0,3}}?(?:of|after|from|once|when|following|since)\s+"
    r"(?:we\s+(?:have\s+)?|we've\s+|it\s+|us\s+)?"
    rf"(?:receiv\w*|receipt\s+of|get|arriv\w*|reach\w*|process\w*|inspect\w*|approv\w*)\s+{_W}{{0,2}}"
    r"(?:return\w*|(?:item|goods|product)s?\s+back|warehouse|us\b)",
    delivery_anchor=rf"\s*{_W}{{0,2}}?(?:of|from|after|following)\s+(?:the\s+)?(?:date\s+(?:of\s+)?)?"
    r"(?:delivery|receiv\w*|receipt|purchase|dispatch|shipment|your\s+order|order|placing|buying|you\s+receive)",
    free_yes=r"free\s+(?:of\s+charge\s+|(?:&|and)\s+easy\s+|\w+\s+(?:and|&)\s+)?returns?|free\s+return\s+(?:shipping|postage)"
    r"|returns?\s+(?:are|is)\s+(?:always\s+|completely\s+)?(?:free|at\s+no\s+(?:extra\s+)?(?:cost|charge))"
    r"|return\s+(?:shipping|postage)\s+is\s+(?:always\s+|completely\s+)?(?:free|on\s+us)"
    r"|we\s+(?:cover|pay(?:\s+for)?)\s+(?:the\s+)?(?:cost\s+of\s+)?return\s+(?:shipping|postage|costs?)"
    rf"|return\w*\s+{_W}{{0,4}}free\s+of\s+charge",
    free_no=r"(?:you|the\s+customer|customers|the\s+buyer)\s+(?:are|is|will\s+be)\s+responsible\s+for\s+"
    r"(?:the\s+)?(?:cost\s+of\s+)?return"
    r"|(?:you|the\s+customer)\s+(?:will\s+)?(?:need\s+to\s+|have\s+to\s+|must\s+)?(?:pay|cover|bear)\s+"
    r"(?:for\s+)?(?:the\s+)?(?:cost\s+of\s+)?(?:return\s+(?:shipping|postage|costs?)|returning)"
    r"|return\s+(?:shipping|postage)\s+(?:costs?\s+)?(?:is|are)\s+(?:at\s+your\s+(?:own\s+)?expense|paid\s+by"
    r"|borne\s+by|the\s+(?:customer|buyer)|your\s+responsibility|non[\s-]refundable)"
    rf"|costs?\s+of\s+return\w*\s+{_W}{{0,2}}(?:is|are)\s+borne\s+by\s+(?:you|the\s+customer)"
    r"|at\s+your\s+own\s+(?:expense|cost)|return\s+(?:shipping\s+|postage\s+)?(?:fee|charge)\s+of"
    rf"|deduct\w*\s+{_W}{{0,3}}return\s+(?:shipping|postage|fee|label)"
    rf"|return\s+(?:shipping|postage|label)\s+{_W}{{0,4}}deducted|return\s+(?:shipping|label)\s+costs?\s+[€$£]"
    r"|return\s+(?:shipping|postage|label)\s+(?:is|costs?|fee\s+is|will\s+cost)\s+[€$£]\s?\d"
    r"|[€$£]\s?\d+(?:[.,]\d+)?\s+(?:return\s+(?:shipping\s+)?fee|for\s+return\s+shipping)",
    condition=r"\b(?:over|above|more\s+than)\s+[$€£]?\d|\bminimum\b|\bmembers?\b|\bexcept\b|\bexcluding\b"
    r"|\bonly\s+(?:for|on|within|in)\b|\binternational\b|\bloyalty\b|\bpremium\b",
    defect=r"defect\w*|faulty|damaged|broken|wrong\s+item|incorrect|our\s+(?:error|mistake)",
    fee=r"restock\w*\s+(?:fee|charge)\w*|return\w*\s+(?:handling|processing)\s+(?:fee|charge)\w*"
    r"|(?:handling|processing)\s+fee",
    fee_no=r"(?:\bno|without|n't\s+charge|not\s+charge|never\s+charge|free\s+of)\s+(?:a\s+|any\s+)?"
    rf"{_W}{{0,1}}(?:restock|handling|processing)"
    r"|(?:restock\w*|handling|processing)\s+(?:fee|charge)s?\s+(?:is\s+|are\s+|will\s+be\s+)?(?:not|never|waived)",
    label_yes=r"pre-?paid\s+(?:return\s+)?(?:shipping\s+)?label|postage[\s-]paid\s+(?:return\s+)?label"
    r"|free\s+return\s+(?:shipping\s+)?label|return\s+label\s+(?:is\s+)?(?:included|enclosed)"
    r"|(?:we(?:'ll|\s+will)?\s+(?:e-?mail|send|provide|include)|you(?:'ll|\s+will)?\s+(?:receive|get))\s+"
    r"(?:you\s+)?"
    r"(?:with\s+)?(?:a|your)\s+(?:free\s+|prepaid\s+)?(?:return\s+)?(?:shipping\s+)?label"
    r"|print\s+(?:out\s+)?(?:your|the|a)\s+(?:free\s+|prepaid\s+)?return\s+label",
    label_no=r"(?:do\s+not|don't|cannot|can't)\s+(?:provide|supply|send|include|offer)\s+"
    rf"{_W}{{0,2}}(?:return\s+)?labels?|no\s+(?:prepaid\s+|return\s+)+labels?"
    rf"|(?:arrange|organi[sz]e|pay\s+for|purchase|buy)\s+{_W}{{0,2}}(?:own\s+)?(?:return\s+)?"
    r"(?:shipping|postage|label|courier)|sufficient\s+postage|your\s+own\s+(?:shipping\s+)?label"
    r"|(?:unpaid|postage[\s-]due)\s+(?:parcels|returns|packages)",
    hedge=rf"\bmay\s+{_W}{{0,2}}(?:be\s+)?(?:charged|apply|applied|incur|deducted)|\bmight\b"
    r"|could\s+be\s+charged|possibly|in\s+some\s+cases|at\s+our\s+discretion",
)

DE = Lexicon(
    numbers=_numbers(
        "ein=1, eine=1, einem=1, einen=1, einer=1, eines=1, zwei=2, drei=3, vier=4, "
        "fünf=5, sechs=6, sieben=7, acht=8, zehn=10, zwölf=12, vierzehn=14, fünfzehn=15, "
        "zwanzig=20, einundzwanzig=21, dreißig=30, dreissig=30, sechzig=60, neunzig=90, "
        "hundert=100"
    ),
    range_words=("bis", "und"),
    threshold=r"\b(?:wenn|falls|sollten)\s+(?:\w+\s+)?mehr\s+als\s+$",
    units={
        "day": r"(?:kalender|werk|arbeits|bank|geschäfts)?(?:tägig\w*|tag(?:e|en|es)?)",
        "week": r"woche\w*",
        "month": r"monat\w*",
        "year": r"jahr\w*",
    },
    refund=rf"\bzahl\w*\s+{_W}{{0,8}}?zurück\w*|geld\s+zurück|zurückzuzahlen|erstatt\w*|rückerstatt\w*|rückzahlung\w*|zurückzahl\w*|gutschrift\w*"
    r"|gutgeschrieben|kaufpreis\w*",
    returns=r"rückgabe\w*|rücksend\w*|rückversand\w*|zurück\w*|retour\w*|umtausch\w*|umzutauschen"
    r"|rücknahme\w*",
    withdrawal=r"widerruf\w*",
    warranty=r"garantie\w*|gewährleistung\w*",
    refund_anchor=rf"\s*{_W}{{0,3}}?(?:nach|ab)\s+(?:dem\s+)?(?:eingang|erhalt|empfang)\s+"
    r"(?:der|ihrer|deiner|des)\s+(?:rücksendung|retoure|rückgabe|zurückgesandten|zurückgeschickten"
    r"|retournierten|ware\s+bei\s+uns|artikel\s+bei\s+uns)"
    rf"|\s*{_W}{{0,3}}?nachdem\s+(?:die\s+)?(?:rücksendung|retoure|ware)\s+{_W}{{0,2}}(?:bei\s+uns|eingegangen)",
    delivery_anchor=rf"\s*{_W}{{0,3}}?(?:nach|ab|seit)\s+(?:dem\s+|der\s+)?(?:erhalt|empfang|lieferung"
    r"|zustellung|kauf|kaufdatum|lieferdatum|rechnungsdatum|warenerhalt|bestellung)",
    free_yes=r"kostenlos\w*\s+(?:rücksendung|rückgabe|retoure|rückversand)"
    r"|kostenfrei\w*\s+(?:rücksendung|rückgabe|retoure|rückversand)|keine\s+rücksendekosten"
    r"|(?:rücksendung|rückgabe|retoure|rückversand)\w*\s+(?:ist|sind)\s+(?:für\s+sie\s+)?(?:immer\s+)?"
    r"(?:kostenlos|kostenfrei|gratis)"
    r"|(?:rücksendekosten|rückversandkosten|kosten\s+der\s+rücksendung)\s+(?:übernehmen|tragen)\s+wir"
    r"|wir\s+(?:übernehmen|tragen)\s+(?:die\s+)?(?:kosten\s+der\s+rücksendung|rücksendekosten|rückversandkosten)"
    rf"|(?:zurückschicken|zurücksenden|zurückgeben)\s+{_W}{{0,2}}(?:kostenlos|gratis)"
    rf"|(?:kostenlos|gratis)\s+{_W}{{0,3}}(?:zurückschicken|zurücksenden|zurückgeben)",
    free_no=r"(?:(?:tragen|trägst)\s+(?:sie|du)|(?:sie|du)\s+(?:tragen|trägst))\s+die\s+(?:unmittelbaren\s+)?(?:kosten\s+der\s+rücksendung"
    r"|rücksendekosten|rückversandkosten)"
    r"|(?:unmittelbaren\s+)?kosten\s+der\s+rücksendung[^.;]{0,40}?\s(?:trägt\s+der\s+(?:kunde|käufer)|tragen\s+sie"
    r"|gehen\s+zu\s+ihren\s+lasten|sind\s+von\s+ihnen\s+zu\s+tragen|übernimmt\s+der\s+(?:kunde|käufer))"
    r"|(?:rücksendekosten|rückversandkosten)\s+(?:trägt|tragen|gehen|sind|übernimmt)\s+"
    r"(?:der\s+kunde|der\s+käufer|sie|zu\s+lasten|zu\s+ihren\s+lasten)"
    r"|auf\s+(?:eigene|ihre)\s+kosten|(?:rücksendung|retoure)\w*\s+(?:ist|sind)\s+kostenpflichtig"
    r"|rücksendegebühr\w*\s+von|(?:rücksende|retouren)pauschale"
    r"|(?:rücksendung|rückversand|retoure)\w*\s+kostet\s",
    condition=r"\bab\s+(?:einem\s+)?(?:bestellwert|warenwert|\d)|\büber\s+\d|\bmitglied\w*|\baußer\b"
    r"|\bausgenommen\b|\bnur\s+(?:für|bei|innerhalb)|\binnerhalb\s+deutschlands|\baus\s+dem\s+ausland"
    r"|\binternational\w*",
    defect=r"mangel\w*|mängel\w*|defekt\w*|beschädigt\w*|fehlerhaft\w*|falsch\w*\s+(?:geliefert|artikel)",
    fee=r"wiedereinlagerungs\w*|bearbeitungsgebühr\w*|bearbeitungspauschale\w*|einlagerungsgebühr\w*",
    fee_no=rf"(?:keine|ohne|kein)\s+{_W}{{0,2}}(?:wiedereinlagerungs|bearbeitungs|einlagerungs)\w*"
    rf"|(?:wiedereinlagerungs|bearbeitungs|einlagerungs)\w*\s+{_W}{{0,3}}(?:entfall\w*|nicht\b)"
    rf"|fallen\s+keine\s+{_W}{{0,2}}(?:wiedereinlagerungs|bearbeitungs)\w*",
    label_yes=rf"(?:vor)?frankiert\w*\s+{_W}{{0,1}}(?:rücksende|retouren|rücksendungs)?"
    r"(?:etikett|label|aufkleber|schein|marke)\w*"
    r"|(?:kostenlos|beiliegend|beigelegt|beigefügt)\w*\s+(?:rücksende|retouren)(?:etikett|label|schein)\w*"
    rf"|(?:rücksende|retouren)(?:etikett|label|schein)\w*\s+{_W}{{0,4}}(?:beigelegt|beiliegend"
    rf"|liegt\s+{_W}{{0,3}}bei\b|enthalten|ausdrucken|herunterladen|download|per\s+e-?mail|zugeschickt)",
    label_no=rf"ausreichend\s+frankiert|unfrei\w*|(?:selbst|eigenständig)\s+{_W}{{0,2}}frankier\w*"
    rf"|kein\w*\s+{_W}{{0,1}}(?:rücksende|retouren)?(?:etikett|label|schein)"
    rf"|(?:porto|versandkosten)\s+{_W}{{0,2}}selbst\s+(?:tragen|zahlen|bezahlen)",
    hedge=rf"(?:kann|können)\s+{_W}{{0,5}}(?:berechnet|erhoben|anfallen|abgezogen|verrechnet|einbehalten)"
    r"|gegebenenfalls|\bggf\b|unter\s+umständen|eventuell|\bevtl\b",
)

SL = Lexicon(
    numbers=_numbers(
        "en=1, ena=1, enega=1, enem=1, eno=1, dva=2, dve=2, dveh=2, dvema=2, tri=3, "
        "treh=3, štiri=4, štirih=4, pet=5, petih=5, šest=6, sedem=7, sedmih=7, osem=8, "
        "deset=10, desetih=10, štirinajst=14, štirinajstih=14, petnajst=15, "
        "petnajstih=15, dvajset=20, trideset=30, tridesetih=30, šestdeset=60, "
        "devetdeset=90"
    ),
    range_words=("do",),
    units={
        "day": r"(?:delovn\w*\s+|koledarsk\w*\s+)?(?:dni|dneh|dnevi|dnevov|dan|dnevn\w*)",
        "week": r"ted(?:en|na|nov|ne|nih|nom|nu)",
        "month": r"mesec\w*",
        "year": r"let[oai]?",
    },
    refund=rf"(?:vračil\w*|vrnitev)\s+{_W}{{0,1}}(?:kupnin\w*|denarj\w*|plačil\w*|sredstev|zneska)"
    rf"|(?:vrnemo|vrnili|vrnil|povrnemo|nakažemo)\s+(?:vam\s+)?{_W}{{0,1}}(?:denar|kupnino|plačilo|znesek|sredstva)"
    rf"|(?:denar|kupnin|plačil|znes)\w*\s+{_W}{{0,2}}(?:vrnemo|vrnili|povrnemo|nakažemo)|kupnin\w*|povrn\w*|dobropis\w*|nakaz\w*",
    returns=r"vrač\w*|vrn\w*|zamenjav\w*|zamenj\w*",
    withdrawal=r"odstop\w*|odstopi\w*",
    warranty=r"garancij\w*|jamstv\w*",
    refund_anchor=rf"\s*{_W}{{0,3}}?(?:po|od)\s+(?:prejemu|prejema|prevzemu|prevzema)\s+{_W}{{0,1}}"
    rf"(?:vrnjen\w*|vračil\w*|vrnitv\w*)|\s*{_W}{{0,3}}?(?:ko|potem\s+ko)\s+{_W}{{0,2}}(?:prejmemo|prejeli)",
    delivery_anchor=rf"\s*{_W}{{0,3}}?(?:od|po)\s+(?:dneva\s+)?(?:prejem\w*|prevzem\w*|dostav\w*|nakup\w*"
    r"|izdaj\w*|odpošiljanj\w*|sklenitv\w*)",
    free_yes=r"brezplačn\w*\s+(?:vračil\w*|vrnitev\w*|vračanj\w*|povratn\w*)"
    r"|(?:vračil\w*|vrnitev|vračanje)\s+(?:je|so)\s+(?:vedno\s+)?brezplačn\w*"
    rf"|(?:vrnete|vrniti|vrne)\s+{_W}{{0,3}}brezplačno|brezplačno\s+{_W}{{0,2}}(?:vrnete|vrniti|vrne)"
    r"|stroške\s+(?:vračila|vrnitve|povratnega\s+pošiljanja)\s+(?:krijemo|nosimo|poravnamo)"
    r"|(?:krijemo|nosimo|poravnamo)\s+(?:mi\s+)?stroške\s+(?:vračila|vrnitve|povratne)"
    r"|vračilo\s+(?:je\s+)?brez\s+stroškov|brez\s+stroškov\s+(?:vračila|vrnitve|za\s+vas)",
    free_no=r"stroške\s+(?:vračila|vrnitve|povratnega\s+pošiljanja)\s+(?:\w+\s+)?(?:krije|nosi|plača|poravna)\s+"
    r"(?:kupec|potrošnik|stranka)"
    r"|(?:kupec|potrošnik|stranka)\s+(?:krije|nosi|plača|poravna)\s+(?:neposredne\s+)?stroške\s+"
    r"(?:vračila|vrnitve|pošiljanja)|na\s+(?:lastne|svoje)\s+stroške",
    condition=r"\bnad\s+\d|\bčlan\w*|\brazen\b|\bizjem\w*|\bsamo\s+(?:za|v|pri)\b|\bznotraj\s+slovenije"
    r"|\bv\s+tujino|\bmednarodn\w*",
    defect=r"napak\w*|poškodovan\w*|okvar\w*|nepravil\w*|reklamacij\w*",
    fee=rf"(?:strošk\w*|pristojbin\w*|nadomestil\w*)\s+(?:za\s+)?(?:ponovn\w+\s+)?(?:skladiščenj\w*"
    rf"|vskladiščenj\w*)|strošk\w*\s+obdelav\w*|manipulativn\w+\s+strošk\w*|administrativn\w+\s+strošk\w*\s+{_W}{{0,1}}vračil\w*",
    fee_no=rf"(?:brez|nobenih|ne\s+zaračunamo|ne\s+zaračunavamo|ne\s+obračunamo)\s+{_W}{{0,3}}"
    r"(?:strošk\w*|pristojbin\w*|skladiščenj\w*|manipulativn\w*|administrativn\w*)"
    rf"|(?:skladiščenj|manipulativn|administrativn|obdelav)\w*\s+{_W}{{0,3}}(?:ne\s+zaračun\w*|ne\s+obračun\w*|ni\b)",
    label_yes=rf"(?:predplačan\w*|plačan\w*|brezplačn\w*)\s+{_W}{{0,1}}(?:nalepk\w*|etiket\w*|nalog\w*"
    rf"|povratnic\w*)|(?:nalepk\w*|etiket\w*|nalog\w*|povratnic\w*)\s+za\s+vračilo\s+{_W}{{0,3}}"
    rf"(?:priložen\w*|brezplačn\w*|pošljemo|prejmete)|(?:priložimo|pošljemo|posredujemo|prejmete)\s+"
    rf"(?:vam\s+)?{_W}{{0,2}}(?:nalepk\w*|etiket\w*|povratnic\w*|nalog\w*)",
    label_no=rf"(?:nalepk\w*|etiket\w*)\s+{_W}{{0,3}}ne\s+(?:priložimo|pošiljamo|pošljemo|zagotavljamo)"
    rf"|ne\s+(?:priložimo|pošiljamo|pošljemo|zagotavljamo)\s+{_W}{{0,3}}(?:nalepk\w*|etiket\w*)"
    rf"|(?:pošljete|odpošljete|vrnete)\s+{_W}{{0,3}}na\s+(?:lastne|svoje)\s+stroške"
    rf"|(?:odkupnin\w*|plačilom\s+ob\s+prevzemu)\s+{_W}{{0,2}}ne\s+sprejem\w*",
    hedge=rf"(?:lahko|utegne|utegnejo)\s+{_W}{{0,4}}(?:zaračun\w*|odšte\w*|obračun\w*|zadrž\w*)"
    r"|morebitn\w*|\bmorda\b|v\s+določenih\s+primerih",
)

EL = Lexicon(
    numbers=_numbers(
        "ένα=1, ενός=1, μία=1, μια=1, μιας=1, δύο=2, τρεις=3, τριών=3, τέσσερις=4, "
        "πέντε=5, επτά=7, εφτά=7, δέκα=10, δεκατέσσερις=14, δεκατεσσάρων=14, "
        "δεκαπέντε=15, είκοσι=20, τριάντα=30, εξήντα=60, ενενήντα=90"
    ),
    range_words=("έως", "ως", "μέχρι", "και"),
    units={
        "day": r"(?:εργάσιμ\w*\s+|ημερολογιακ\w*\s+)?(?:ημέρ\w*|μέρ(?:ες|ών|α))",
        "week": r"εβδομάδ\w*",
        "month": r"μήν(?:α|ες|ών|ός|ας)",
        "year": r"(?:έτ(?:ος|η|ους|ών)|χρόν\w*)",
    },
    refund=r"επιστροφ\w*\s+(?:των\s+|του\s+)?(?:χρημάτ\w*|ποσού|ποσών|αντιτίμ\w*)"
    rf"|επιστρέψ\w*\s+{_W}{{0,2}}(?:χρήματ\w*|ποσ\w*|αντίτιμ\w*)|επιστρέφ\w*\s+{_W}{{0,2}}(?:χρήματ\w*"
    r"|ποσ\w*|αντίτιμ\w*)|αποζημίωσ\w*|πίστωσ\w*|πιστών\w*|πιστωθ\w*|χρήματ\w*",
    returns=r"επιστροφ\w*|επιστρέψ\w*|επιστρέφ\w*|αλλαγ\w*",
    withdrawal=r"υπαναχώρ\w*",
    warranty=r"εγγύησ\w*",
    refund_anchor=rf"\s*{_W}{{0,3}}?(?:από\s+την|μετά\s+την|με\s+την)\s+παραλαβή\s+{_W}{{0,2}}"
    r"(?:επιστρεφόμεν\w*|επιστροφ\w*|από\s+εμάς|στην\s+αποθήκη)"
    rf"|\s*{_W}{{0,3}}?(?:αφού|μόλις|όταν)\s+{_W}{{0,2}}(?:παραλάβουμε|λάβουμε|φτάσει\s+στην\s+αποθήκη)",
    delivery_anchor=rf"\s*{_W}{{0,3}}?(?:από\s+την|μετά\s+την)\s+(?:ημερομηνία\s+)?(?:παραλαβή|παράδοση"
    r"|αγορά|αποστολή|ημερομηνία)",
    free_yes=r"δωρεάν\s+(?:η\s+)?επιστροφ\w*|επιστροφ\w*\s+(?:είναι\s+)?(?:εντελώς\s+)?δωρεάν"
    rf"|επιστροφ\w*\s+{_W}{{0,3}}χωρίς\s+(?:καμία\s+)?χρέωση"
    rf"|(?:έξοδα|μεταφορικά)\s+(?:της\s+)?επιστροφ\w*\s+{_W}{{0,1}}(?:αναλαμβάνουμε|καλύπτουμε|επιβαρύνουν\s+εμάς)"
    r"|(?:αναλαμβάνουμε|καλύπτουμε)\s+(?:εμείς\s+)?τα\s+(?:έξοδα|μεταφορικά)\s+(?:της\s+)?επιστροφ\w*",
    free_no=rf"(?:έξοδα|μεταφορικά)\s+(?:της\s+)?επιστροφ\w*\s+{_W}{{0,1}}(?:βαρύνουν|επιβαρύνουν|αναλαμβάνει"
    r"|καλύπτει|πληρώνει)\s+(?:τον\s+|ο\s+)?(?:πελάτ\w*|αγοραστ\w*|καταναλωτ\w*)"
    r"|με\s+(?:δικά\s+σας|δική\s+σας|δικά\s+του)\s+(?:έξοδα|χρέωση)"
    r"|(?:πελάτης|αγοραστής|καταναλωτής)\s+(?:αναλαμβάνει|επιβαρύνεται\s+με|πληρώνει)\s+τα\s+(?:έξοδα"
    r"|μεταφορικά)\s+(?:της\s+)?επιστροφ\w*",
    condition=r"\b(?:άνω|πάνω)\s+(?:από|των)\s+\d|\bμέλ(?:η|ών)\b|\bεκτός\b|\bεξαιρ\w*"
    r"|\bμόνο\s+(?:για|στην|σε)\b|\bεξωτερικ\w*",
    defect=r"ελαττωματ\w*|κατεστραμμέν\w*|χαλασμέν\w*|λάθος",
    fee=rf"(?:τέλ\w*|χρέωσ\w*|κράτησ\w*|επιβάρυνσ\w*)\s+{_W}{{0,2}}(?:επαναποθήκευσ\w*|επανεισαγωγ\w*|επανεφοδιασμ\w*)",
    fee_no=rf"(?:χωρίς|δεν|καμία|κανένα|ουδεμία)\s+{_W}{{0,3}}(?:επαναποθήκευσ|επανεισαγωγ|επανεφοδιασμ)\w*",
    label_yes=rf"προπληρωμέν\w*\s+{_W}{{0,2}}(?:ετικέτ\w*|αυτοκόλλητ\w*|δελτί\w*|voucher|κωδικ\w*)"
    rf"|(?:ετικέτ\w*|voucher|κωδικ\w*)\s+επιστροφ\w*\s+{_W}{{0,3}}(?:δωρεάν|χωρίς\s+χρέωση)"
    r"|δωρεάν\s+(?:ετικέτ\w*|voucher|κωδικ\w*)\s+επιστροφ\w*"
    rf"|(?:στέλνουμε|αποστέλλουμε|θα\s+σας\s+(?:σταλεί|στείλουμε)|παρέχουμε|θα\s+λάβετε)\s+{_W}{{0,3}}"
    r"(?:ετικέτ\w*|voucher|κωδικ\w*)\s+επιστροφ\w*",
    label_no=rf"δεν\s+{_W}{{0,2}}(?:παρέχ\w*|στέλν\w*|αποστέλλ\w*)\s+{_W}{{0,2}}(?:ετικέτ\w*|voucher)"
    rf"|αντικαταβολ\w*\s+{_W}{{0,3}}δεν\s+{_W}{{0,1}}(?:δεκτ\w*|παραλαμβάν\w*|γίνονται)",
    hedge=rf"ενδέχεται|ενδεχομένως|μπορεί\s+να\s+{_W}{{0,3}}(?:χρεω\w*|παρακρατ\w*|αφαιρε\w*|επιβαρυν\w*)"
    r"|σε\s+ορισμένες\s+περιπτώσεις",
)

LT = Lexicon(
    numbers=_numbers(
        "viena=1, vieną=1, vieno=1, vienos=1, vienu=1, dvi=2, du=2, dviejų=2, dviem=2, "
        "trys=3, trijų=3, penkios=5, septynios=7, septynių=7, dešimt=10, dešimties=10, "
        "keturiolika=14, keturiolikos=14, penkiolika=15, dvidešimt=20, trisdešimt=30, "
        "trisdešimties=30, šešiasdešimt=60, devyniasdešimt=90"
    ),
    articles=("per",),
    range_words=("iki",),
    units={
        "day": r"(?:darbo\s+|kalendorin\w*\s+)?dien\w*",
        "week": r"savait\w*",
        "month": r"mėnes\w*",
        "year": r"met\w*",
    },
    refund=rf"grąžin\w*\s+{_W}{{0,1}}(?:pinig\w*|lėš\w*|sum\w*)|(?:pinig\w*|lėš\w*)\s+{_W}{{0,2}}grąžin\w*"
    r"|pinig\w*|lėš\w*|kompensuo\w*|\bsum(?:a|os|ą|ų)\b",
    returns=r"grąžin\w*|grąžint\w*|keitim\w*|pakeist\w*|pakeis\w*",
    withdrawal=r"atsisak\w*|atsisaky\w*",
    warranty=r"garantij\w*",
    refund_anchor=rf"\s*{_W}{{0,3}}?(?:nuo|po)\s+{_W}{{0,1}}(?:grąžint\w*|grąžinam\w*)\s+{_W}{{0,1}}"
    rf"(?:gavimo|gauti)|\s*{_W}{{0,3}}?(?:gavę|gavus|kai\s+gausime)\s+{_W}{{0,2}}(?:grąžint\w*|grąžinam\w*)",
    delivery_anchor=rf"\s*{_W}{{0,3}}?(?:nuo|po)\s+{_W}{{0,1}}(?:gavimo|pristatymo|pirkimo|įsigijimo"
    r"|užsakymo)",
    free_yes=r"nemokam\w*\s+(?:prekių\s+)?grąžin\w*|grąžin\w*\s+(?:yra\s+)?(?:visada\s+)?nemokam\w*"
    r"|grąžinimo\s+(?:siuntimo\s+)?išlaidas\s+(?:apmokame|padengiame|kompensuojame)"
    r"|(?:mes\s+)?(?:apmokame|padengiame)\s+(?:prekių\s+)?grąžinimo\s+(?:siuntimo\s+)?išlaidas",
    free_no=r"grąžinimo\s+(?:siuntimo\s+)?išlaid\w*\s+(?:apmoka|padengia|tenka)\s+(?:pirkėj\w*|vartotoj\w*"
    r"|klient\w*)|(?:pirkėjas|vartotojas|klientas)\s+(?:apmoka|padengia)\s+(?:tiesiogines\s+)?"
    r"(?:prekių\s+)?grąžinimo\s+išlaidas|savo\s+sąskaita|savo\s+lėšomis",
    condition=r"\bvirš\s+\d|\bnuo\s+\d+\s*(?:€|eur)|\bnari\w*|\bišskyrus\b|\btik\s+(?:lietuvoje|nariams"
    r"|užsakymams)|\btarptautin\w*|\bužsienio\b",
    defect=r"brok\w*|defekt\w*|sugadint\w*|pažeist\w*|netinkam\w*\s+kokyb\w*",
    fee=r"(?:pakartotinio\s+)?sandėliavimo\s+mokes\w*|(?:grąžinimo\s+)?(?:tvarkymo|administravimo"
    r"|apdorojimo)\s+mokes\w*",
    fee_no=rf"(?:be|jokio|jokių|netaikome|neimame|neskaičiuojame)\s+{_W}{{0,3}}(?:sandėliavimo|tvarkymo"
    r"|administravimo|apdorojimo)\s+mokes\w*|(?:sandėliavimo|tvarkymo|administravimo|apdorojimo)\s+"
    rf"mokes\w*\s+{_W}{{0,2}}(?:netaikom\w*|neimam\w*|neskaičiuoj\w*|nėra)",
    label_yes=rf"(?:iš\s+anksto\s+)?apmokėt\w*\s+{_W}{{0,1}}(?:etiket\w*|lipduk\w*|važtaraš\w*)"
    r"|nemokam\w*\s+(?:grąžinimo\s+)?(?:etiket\w*|lipduk\w*|kod\w*)"
    rf"|(?:atsiųsime|išsiųsime|pateiksime|pridėsime|gausite)\s+(?:jums\s+)?{_W}{{0,2}}(?:etiket\w*"
    r"|lipduk\w*|kod\w*)",
    label_no=rf"(?:etiket\w*|lipduk\w*)\s+{_W}{{0,2}}(?:nepateik\w*|nesiunči\w*)|(?:nepateik\w*|nesiunči\w*)"
    rf"\s+{_W}{{0,2}}(?:etiket\w*|lipduk\w*)|savo\s+sąskaita\s+{_W}{{0,2}}(?:išsiųsti|siųsti|grąžinti)"
    rf"|savarankiškai\s+{_W}{{0,2}}(?:išsiųs\w*|siųs\w*)",
    hedge=rf"gali\s+{_W}{{0,4}}(?:taikom\w*|taikyt\w*|išskaičiuot\w*|imam\w*|imt\w*|apmokestint\w*)"
    r"|tam\s+tikrais\s+atvejais|\bgalimai\b",
)

TR = Lexicon(
    numbers=_numbers(
        "bir=1, iki=2, üç=3, dört=4, beş=5, yedi=7, on=10, on dört=14, on beş=15, "
        "yirmi=20, otuz=30, altmış=60, doksan=90"
    ),
    range_words=("ile",),
    units={
        "day": r"(?:iş\s+)?gün\w*",
        "week": r"hafta\w*",
        "month": r"ay(?:lık\w*)?",
        "year": r"yıl\w*",
    },
    refund=rf"(?:para|ücret|bedel\w*|tutar\w*)\s+{_W}{{0,1}}iade\w*|geri\s+ödeme\w*|bedel\w*|tutar\w*"
    r"|hesabınıza|kartınıza|\bpara\w*",
    returns=r"iade\w*|değişim\w*|değiştir\w*|geri\s+gönder\w*",
    withdrawal=r"cayma\w*",
    warranty=r"garanti\w*",
    refund_anchor=_NEVER,
    delivery_anchor=_NEVER,
    free_yes=r"ücretsiz\s+(?:olarak\s+)?iade|iade\w*\s+(?:tamamen\s+)?ücretsiz\w*"
    r"|iade\s+kargo\s+(?:ücreti|bedeli)\w*\s+(?:tarafımızdan\s+karşılanır|bize\s+aittir)"
    r"|kargo\s+(?:ücreti|bedeli)\s+(?:tarafımızdan|firmamızca)\s+karşılan\w*",
    free_no=r"iade\s+kargo\s+(?:ücreti|bedeli|masrafı)\w*\s+(?:alıcıya|müşteriye|size)\s+aittir"
    r"|(?:kargo\s+)?(?:ücreti|bedeli|masrafları)\s+(?:alıcı|müşteri)\s+tarafından\s+(?:karşılanır|ödenir)"
    r"|(?:alıcıya|müşteriye)\s+aittir",
    condition=r"\d+\s*(?:tl|₺|€|\$)?\s*(?:ve\s+)?(?:üzeri|üstü)|\büye\w*|\bhariç\b|\bsadece\b"
    r"|\byalnızca\b|\byurt\s*dışı\w*",
    defect=r"kusurlu|hasarlı|ayıplı|arızalı|hatalı|yanlış",
    fee=r"(?:yeniden\s+)?stoklama\s+(?:ücreti|bedeli)\w*|iade\s+işlem\s+(?:ücreti|bedeli)\w*"
    r"|(?:işlem|hizmet)\s+(?:ücreti|bedeli)\w*",
    fee_no=rf"(?:stoklama|işlem|hizmet)\s+(?:ücreti|bedeli)\w*\s+{_W}{{0,2}}(?:alınmaz|alınmamaktadır"
    r"|almıyoruz|almamaktayız|kesilmez|kesilmemektedir|yoktur|talep\s+edilmez|uygulanmaz"
    rf"|uygulanmamaktadır)|(?:ücretsiz|bedelsiz)\s+{_W}{{0,2}}stoklama",
    label_yes=r"(?:ön\s+ödemeli|ücretsiz)\s+(?:iade\s+)?(?:etiket\w*|kod\w*|gönderi\s+kodu)"
    rf"|iade\s+kodu\s+{_W}{{0,3}}(?:ücretsiz|size\s+(?:gönderilir|iletilir))"
    rf"|(?:iade\s+)?(?:etiket\w*|kargo\s+kodu|iade\s+kodu)\s+{_W}{{0,3}}(?:gönderilir|iletilir"
    r"|gönderiyoruz|iletiyoruz|tanımlanır)",
    label_no=rf"(?:iade\s+)?etiket\w*\s+{_W}{{0,2}}(?:verilmez|verilmemektedir|gönderilmez|sağlanmaz"
    rf"|sağlamıyoruz)|kendi\s+(?:imkanlarınızla|imkânlarınızla|kargo\w*)"
    rf"|karşı\s+ödemeli\s+{_W}{{0,3}}kabul\s+edilmez",
    hedge=r"alınabilir|talep\s+edilebilir|uygulanabilir|kesilebilir|yansıtılabilir|düşülebilir"
    r"|tahsil\s+edilebilir|bazı\s+durumlarda",
)

LEXICONS: dict[str, Lexicon] = {"en": EN, "de": DE, "sl": SL, "el": EL, "lt": LT, "tr": TR}
"""Supported languages; any other is read with the English lexicon."""
