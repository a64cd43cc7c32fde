"""How a sentence of a returns policy says a return costs nothing beyond the lexicon's phrases,
and the words that turn or qualify what it says, in any supported language (folded text; see
`probes.returns_terms_flags`)."""

from __future__ import annotations

import re

from probes.returns_lexicon import CompiledLexicon

# "... is free" in any supported language (folded): a copula, then (up to four words on: "ist mit
# dem beiliegenden Retourenschein kostenlos") a word of costing nothing; or,
# in German and Dutch subordinate clauses, the other way round ("die immer kostenlos ist").
# "you are free to do so" is a liberty, not a price.
_FREE_WORD = (
    r"(?:free(?!\s+to\b)|gratuit\w*|gratis|kosten(?:los|frei)|kosteloos|darmow\w*|bezpłatn\w*)"
)
_IS_FREE = re.compile(
    r"\b(?:(?:is|are|remains?|will\s+be|est|sont|reste|restent|sera|seront|es|son|e|sono|sara|"
    r"saranno|ist|sind|bleibt|zijn|blijft|sao|jest|sa|bedzie|beda)\s+(?:always|toujours|siempre|"
    r"sempre|immer|altijd|zawsze|completely|totally|entierement|totalement|completamente|"
    r"totalmente|vollig|volledig|helemaal|całkowicie)?\s*(?:[^\W\d_]+\s+){0,4}?" + _FREE_WORD + r"|"
    r"(?:kostenlos|gratis|kosteloos)\s+(?:ist|sind|is|zijn)\b)"
    # "Returns: FREE", "Retour : gratuit": a label and its value.
    r"|:\s*(?:" + _FREE_WORD + r"|sin\s+(?:costo|coste|cargo)|sem\s+custos?|sans\s+frais|"
    r"senza\s+(?:costi|spese)|ohne\s+kosten|zonder\s+kosten|bez\s+oplat|no\s+charge|at\s+no\s+cost)"
    r"\s*[.!]?$"
)
# Collecting the goods from the customer, in any supported language ("la recogida ... es gratuita").
PICKUP = re.compile(
    r"\b(?:collection|pick-?up|enlevement|collecte|recogida|ritiro|abholung|ophalen|recolha|"
    r"coleta|odbior)\b"
)
# A negation anywhere in a stretch, in any supported language.
NEGATION = re.compile(r"\b(?:not|no|non|never|nicht|kein\w*|niet|geen|nie|nao|ne|pas|nunca|mai)\b")
# Sending or ordering words that would make what is free the outbound delivery, not the return.
_OUTBOUND = re.compile(
    r"\b(?:shipping|delivery|livraison|envio|envío|spedizion\w*|versand|lieferung|verzending|"
    r"levering|entrega|frete|portes|dostaw\w*|wysyłk\w*)\b"
)
_SUBJECT_REACH = 60  # characters before "is free" in which its return word is looked for
# Only small words between a return word and a shipping word ("return shipping", "envío de la
# devolución", "frais de port du retour"; after the shipping word at least one: "wysyłki
# wymienianych butów" is the shipping of exchanged goods): the shipping named is the return's.
_OF = re.compile(
    r"\s+(?:(?:of|for|on|the|de|del|la|el|los|las|du|des|di|della|dello|do|da|van|von|der|het|"
    r"dla)\s+){0,2}"
)


def _order_shipping(stretch: str, subjects: list[re.Match[str]]) -> bool:
    """Whether `stretch` names shipping or delivery other than a return's (not "return
    shipping", "envío de devolución": a shipping word joined to a return word by small words)."""
    for hit in _OUTBOUND.finditer(stretch):
        joined = any(
            m.start() <= hit.start() < m.end()  # "envio de retorno" is one return word
            or _OF.fullmatch(stretch, m.end(), hit.start())
            # "envío de devolución", not a bare "wysyłki wymienianych" (shipping of exchanged goods)
            or (
                _OF.fullmatch(stretch, hit.end(), m.start())
                and stretch[hit.end() : m.start()].split()
            )
            for m in subjects
        )
        if not joined:
            return True
    return False


def _bare_label(stretch: str, p: CompiledLexicon) -> bool:
    """Whether `stretch` (a label before its colon) names only a return's shipping or cost:
    return, shipping and cost words and small words ("Costo de envío de retorno")."""
    rest = stretch
    for pattern in (p.kinds["return"], _OUTBOUND, p.flags["cost"]):
        rest = pattern.sub(" ", rest)
    return not _OF.sub(" ", f" {rest} ").strip()


# A free word qualifying the noun after it (gifts, samples, a free-shipping order), in any
# supported language (folded): "free gifts", "kostenlosen Versandbestellungen".
_FREE_NOUN = re.compile(
    r"\w*[\s-]+(?:gifts?|samples?|cadeaux?|echantillons?|regalos?|muestras?|omaggi\w*|campion\w*|"
    r"geschenk\w*|probe\w*|versand\w*|cadeau\w*|monster\w*|prezent\w*|gratis\w*|brindes?|amostras?)\b"
)


def return_is_free(text: str, p: CompiledLexicon) -> bool:
    """A return (or a collection of the goods) said to be free ("Returns within 30 days are free",
    "il reso, che è sempre gratuito", "Rücksendungen ... sind kostenlos", "La recogida del
    producto es gratuita"): the subject, within 60 characters before "is free", with no
    negation and no sentence end between, and no shipping or delivery named before it; not a
    question."""
    if text.rstrip().endswith("?"):  # "Il reso è gratuito?" asks; the answer says
        return False
    for hit in _IS_FREE.finditer(text):
        stretch = text[max(0, hit.start() - _SUBJECT_REACH) : hit.start()]
        stretch = re.split(r"[.;:!?]", stretch)[-1]
        subjects = [*p.kinds["return"].finditer(stretch), *PICKUP.finditer(stretch)]
        if not subjects:
            continue
        after = stretch[max(m.end() for m in subjects) :]
        # "koszt wysyłki wymienianych butów ... jest GRATIS": the shipping is what is free;
        # "returns are possible for free shipping orders": free qualifies the noun after it.
        qualifies = bool(_OUTBOUND.match(text, hit.end() + 1) or _FREE_NOUN.match(text, hit.end()))
        # Review 49: "Return shipping for exchanges: free", "(UK only)", "to our store": a label
        # naming the return's shipping says it of every return only when it names nothing else.
        if hit.group(0).startswith(":") and _OUTBOUND.search(stretch):
            qualifies = qualifies or not _bare_label(stretch, p)
        if not (
            NEGATION.search(after)
            or _order_shipping(stretch, subjects)
            or NEGATION.search(hit.group(0))
            or qualifies
        ):
            return True
    return False


# A change of mind named as the case, in any supported language (folded): the ordinary return,
# so "in some cases (e.g. a simple change of mind) the customer pays" is no hedge.
CHANGE_OF_MIND = re.compile(
    r"change\s+of\s+mind|changed?\s+(?:your|their|his|her)\s+mind|changement\s+d'avis|"
    r"cambi\w*\s+de\s+opinion|arrepentimiento|ripensamento|cambiato\s+idea|meinungsanderung|"
    r"nicht\s+gef[aä]ll\w*|van\s+gedachten\s+veranderd|bedenking|arrependimento|"
    r"mudanca\s+de\s+ideias?|mudou\s+de\s+ideias?|zmian\w*\s+zdania|rozmysl\w*"
)
# A turn of the sentence, in any supported language ("free, but ...").
TURN = re.compile(
    r"\b(?:but|however|mais|pero|sin\s+embargo|ma|maar|aber|jedoch|ale|jednak|mas|porem|contudo)\b"
)
