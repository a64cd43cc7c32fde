"""Who pays when a sentence names faulty goods, and what a title names (round 16), in any
supported language (folded text; see `probes.returns_terms_flags`, which uses them):

- a return free (or paid by the shop) ONLY for faulty goods or the shop's own error ("The return
  shipping is paid by us only in case of a defect", "il reso è gratuito solo in caso di errore
  del venditore"): an ordinary return costs the customer;
- a sentence naming a change of mind beside a defect ("for a change of mind or a defect, the
  return freight is on us") speaks of ordinary returns too, not of faulty goods only;
- a title naming a negated class ("Produtos não personalizados", "Non-personalised items") names
  the ordinary goods, not a class;
- a title naming a fee ("Restocking fees", "Taxa de reabastecimento") says nothing of whether it
  is charged: the sentences under it do;
- a store named as a further channel ("free returns, also in store") is no one-channel return;
- a fee in a sentence about exchanges alone is an exchange's, not a restocking fee;
- a class refused a return ("Personalised items cannot be returned") scopes nothing after it;
- a sentence opening on a class ("Sale items ...", not "except sale items") is said of that class;
- a defect a negation right before it denies ("only if it is not damaged") names no fault.
"""

from __future__ import annotations

import re

from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_defect_paid import ALSO as ALSO_FOR
from probes.returns_terms_defect_paid import named_defect
from probes.returns_terms_free import CHANGE_OF_MIND
from probes.returns_terms_payer import NOT
from probes.returns_terms_payer_no_cost import exchange_only
from probes.returns_terms_refund_only import NOT_ONLY, costs_for_faults_only
from probes.returns_terms_scope import IN_STORE

# "only", in any supported language (folded).
_ONLY = re.compile(
    r"\b(?:only|solely|exclusively|seulement|uniquement|exclusivement|solo|solamente|unicamente|"
    r"exclusivamente|soltanto|esclusivamente|nur|ausschlie(?:ss|ß)lich|alleen|enkel|uitsluitend|apenas|"
    r"somente|tylko|wy[lł]acznie|jedynie)\b"
)
_ONLY_REACH = 60  # characters after "only" in which the fault it limits to is looked for
# A condition opening right after "only" (a free word or "be" may stand between: "only free
# for", "nur bei", "uniquement en cas de", "solo in caso di", "alleen bij", "tylko w przypadku"),
# in any supported language (folded).
_CONDITION = re.compile(
    r"\s+(?:(?:be|sein|etre|ser|essere|zijn|byc)\s+)?(?:\S*(?:gratuit|gratis|free|kosten(?:los|frei)|"
    r"kosteloos|darmo|bezp[lł]atn)\S*\s+)?(?:for|in|on|if|when|where|bei|im|wenn|falls|fur|en|si|"
    r"lorsque|quand|pour|dans|cuando|para|por|se|quando|per|nel|nei|bij|als|indien|voor|wanneer|em|"
    r"no|nos|w|gdy|jesli|jezeli|dla|przy)\b"
)
# The seller's or the shop's fault or responsibility, in any supported language (folded):
# "responsabilità del venditore", "faute du vendeur", "Verschulden des Verkäufers".
_SELLERS_FAULT = re.compile(
    r"\b(?:fault|error|mistake|responsibility|faute|erreur|responsabilite|culpa|error|"
    r"responsabilidad|colpa|errore|responsabilita|verschulden|fehler|schuld|fout|"
    r"verantwoordelijkheid|erro|responsabilidade|wina|b[lł]ad|odpowiedzialnosc)\w*\s+"
    r"(?:\w+\s+){0,2}?(?:of\s+the\s+|du\s+|de\s+la\s+|del\s+|de\s+l'|dello\s+|della\s+|des\s+|"
    r"der\s+|van\s+de\s+|do\s+|da\s+)?(?:seller|vendor|shop|store|retailer|vendeur|boutique|"
    r"vendedor|tienda|venditore|negozio|verkaufers?|handlers?|shops?|verkoper|winkel|loja|"
    r"sprzedawcy|sklepu)\b"
)

# A word of costing nothing, in any supported language (folded).
_FREE = re.compile(r"gratuit|gratis|\bfree\b|kosten(?:los|frei)|kosteloos|darmow|bezp[lł]atn")


def only_for_faults(text: str, p: CompiledLexicon) -> bool:
    """A return said to cost nothing, or its costs to be the shop's, only for faulty goods or the
    shop's own error: a cost or a free word before "only" (or a free word after it), a defect or
    the seller's fault within 60 characters after "only", in a sentence naming a return, with no
    customer said to pay and no refund (the outbound shipping "refunded only if the error is
    ours" is not the return's cost). "Not only" limits nothing; after the cost or free word,
    "only" limits it when a condition opens right after it ("free, but only for defective
    items"), not when it limits something else ("free, and we only ask that defective items be
    reported")."""
    f = p.flags
    if not p.kinds["return"].search(text):
        return False
    if p.kinds["refund"].search(text):  # round 24: "return costs refunded only if faulty"
        return costs_for_faults_only(text, p)
    if f["free_no"].search(text):
        return False
    said = [*f["cost"].finditer(text), *f["ours"].finditer(text), *f["free_yes"].finditer(text)]
    said += list(_FREE.finditer(text))
    first = min((hit.start() for hit in said), default=len(text))
    return costs_for_faults_only(text, p) or any(
        # "ist nur bei defekter Ware kostenlos": "only", the fault, then the free word.
        not NOT_ONLY.search(text, 0, hit.start())
        and (
            (hit.start() > first and _CONDITION.match(text, hit.end()))
            or _FREE.search(text, hit.end(), hit.end() + 2 * _ONLY_REACH)
        )
        and (
            f["defect"].search(text, hit.end(), hit.end() + _ONLY_REACH)
            or _SELLERS_FAULT.search(text, hit.end(), hit.end() + _ONLY_REACH)
        )
        for hit in _ONLY.finditer(text)
    )


# Review 46: "either" before a defect ("ya sea por desistimiento o por defectos de fábrica"):
# the defect is one case of two (folded, any supported language).
_EITHER = re.compile(
    r"\b(?:ya\s+sea|either|soit\s+(?:pour|par|en)|sia\s+(?:per|in)|seja\s+(?:por|em)|entweder|"
    r"hetzij|zarowno)\b"
)


def faults_only(text: str, f: dict[str, re.Pattern[str]]) -> bool:
    """A defect named and not denied ("only if it is not damaged"), with no change of mind beside
    it ("por defeito ou arrependimento": the ordinary return is named too), no "either" before it
    ("ya sea por desistimiento o por defectos") and no "not only" ("free, not only in case of a
    defect")."""
    defect = named_defect(text, f)
    return bool(defect) and not (
        CHANGE_OF_MIND.search(text)
        or (defect and _EITHER.search(text, 0, defect.start()))
        # Review 46: "gratuitas, también para productos con defectos de fábrica": also faults.
        or (defect and ALSO_FOR.search(text, max(0, defect.start() - 40), defect.start()))
        or any(NOT_ONLY.search(text, 0, hit.start()) for hit in _ONLY.finditer(text))
    )


def class_title(heading: str, f: dict[str, re.Pattern[str]]) -> bool:
    """A title naming a class of products or customers, not negated right before it ("Produtos
    não personalizados", "Nicht personalisierte Artikel" name the ordinary goods)."""
    return any(
        not f["negation"].search(heading[max(0, hit.start() - 12) : hit.start()])
        and not NOT.search(heading[: hit.start()])
        for hit in f["subset"].finditer(heading)
    )


# "also", "too", in any supported language (folded), right before a place.
_ALSO = re.compile(
    r"\b(?:also|too|as\s+well|auch|aussi|egalement|tambien|anche|pure|ook|tambem|rowniez|"
    r"r[oó]wniez|takze|tak[zż]e)\s*$"
)


def store_only(text: str) -> bool:
    """A store named as where a return goes, not as a further channel ("gratis retour (ook in de
    winkel)", "free returns, also in store": the return costs nothing either way)."""
    return any(
        not _ALSO.search(re.split(r"[(,;]", text[max(0, hit.start() - 25) : hit.start()])[-1])
        for hit in IN_STORE.finditer(text)
    )


def exchange_fee(text: str, p: CompiledLexicon) -> bool:
    """A sentence about exchanges alone ("For further exchanges a handling fee of 3 EUR
    applies"): its fee is an exchange's, not one charged on a return."""
    return exchange_only(text, p)


# Goods refused for a return, in any supported language (folded): "cannot be returned", "sont
# exclus", "no se pueden devolver", "non possono essere resi", "sind vom Umtausch ausgeschlossen",
# "kunnen niet worden geretourneerd", "não podem ser devolvidos", "nie podlegają zwrotowi".
_REFUSED = re.compile(
    r"[^.;:]{0,30}?\b(?:can\s*not\s+be\s+returned|can't\s+be\s+returned|(?:are|is)\s+"
    r"(?:not\s+returnable|non-?returnable|excluded|final\s+sale)|"
    r"(?:sind|ist|werden|wird)\s+(?:vom\s+(?:umtausch|widerruf|ruckgabe\w*)\s+)?ausgeschlossen|"
    r"nicht\s+(?:zuruckgenommen|umgetauscht|zuruckgegeben)|"
    r"ne\s+(?:peuvent|peut)\s+(?:pas\s+|ni\s+)?(?:etre\s+)?(?:retourne|repris|echange)|"
    r"sont\s+exclu|no\s+(?:se\s+)?(?:pueden?\s+)?(?:ser\s+)?(?:devuelt|devolver|cambiar|admit|acept)|"
    r"(?:estan|quedan)\s+excluid|non\s+(?:possono\s+|puo\s+)?(?:essere\s+)?(?:res[oi]\b|restituit|"
    r"rimborsabil|cambiat|restituibil)|(?:sono|e)\s+esclus|(?:kunnen|kan|worden|wordt)\s+niet\s+"
    r"(?:worden\s+)?(?:geretourneerd|teruggenomen|geruild)|(?:zijn|is)\s+uitgesloten|"
    r"nao\s+(?:podem?\s+)?(?:ser\s+)?(?:devolvid|trocad|aceit)|(?:estao|sao|ficam)\s+excluid|"
    r"nie\s+(?:podlega\w*|mozna|moga)\s+(?:zwrot\w*|wymian\w*|zwrocic|zostac\s+zwrocon)|"
    r"(?:sa|jest)\s+wy[lł]aczon)"
)


def kept_class(text: str, f: dict[str, re.Pattern[str]]) -> re.Match[str] | None:
    """The first class of products or customers `text` names that is not refused a return right
    after it ("Personalised items cannot be returned. Ship the item back ... at your cost": the
    class is excluded, what follows holds for the ordinary goods)."""
    return next(
        (hit for hit in f["subset"].finditer(text) if not _REFUSED.match(text, hit.end())),
        None,
    )


_CLASS_OPENING = 30  # characters: a class named this early is what the sentence is about


def opens_on_class(text: str, f: dict[str, re.Pattern[str]]) -> bool:
    """Whether `text` opens on a class of products or customers (within its first words),
    neither negated nor an exception ("except sale items, ...")."""
    hit = kept_class(text, f)  # "Custom items cannot be returned" names no class
    if hit is None or hit.start() >= _CLASS_OPENING:
        return False
    opening = text[: hit.start()]
    return not (f["exception"].search(opening) or f["negation"].search(opening))
