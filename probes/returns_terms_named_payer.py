"""The shop named by its own name as the payer of a return (round 28: "Los gastos de devolución
corren por cuenta de PIRATES", "El costo del retorno es asumido por Celuvendo"), for
`probes.returns_terms_who_pays`: a name written with a capital right after "a cargo de", "por
cuenta de", "asumido por" (no article: "del cliente", "el titular", "el interesado" are the
customer), not the customer's title ("Usted", "Cliente"), not a carrier ("Correos", "DHL"), after
a cost and its return (within 80 characters), with no negation right before the phrase, in a
sentence naming no defect and no exchange, after one naming no defect. The page's own name is not
known to the reader, so a capitalised name is taken for it."""

from __future__ import annotations

import re

from probes.returns_lexicon import CompiledLexicon, fold
from probes.returns_terms_payer import NOT

_COST_REACH = 80  # characters before the phrase in which the cost and its return are looked for
# The phrase and the name after it, as written (es, pt, it, fr).
_NAMED_PAYER = re.compile(
    r"(?i:\b(?:a\s+cargo\s+de|por\s+cuenta\s+de|por\s+conta\s+de|a\s+carico\s+di|"
    r"[àa]\s+la\s+charge\s+de|(?:asumid|cubiert|sufragad|pagad|costead|custead|pag)[oa]s?\s+por))"
    r"\s+(?P<name>[A-ZÁÉÍÓÚÑÇ][\w&'.-]*(?:\s+[A-ZÁÉÍÓÚÑÇ][\w&'.-]*){0,3})"
)
# Words a capitalised payer may be that are not the shop: the customer's titles and articles
# (capitalised in some policies), the law, carriers (folded).
_NOT_THE_SHOP = frozenset(
    {
        *("el", "la", "los", "las", "lo", "un", "una", "o", "a", "os", "as", "il", "le", "les"),
        *("usted", "ustedes", "ud", "uds", "vd", "vds", "vos", "ti", "voce", "lei", "vous"),
        *("cliente", "clienta", "clientes", "comprador", "compradora", "consumidor", "consumidora"),
        *("usuario", "usuaria", "destinatario", "remitente", "titular", "adquirente", "acheteur"),
        *("client", "cliente", "acquirente", "utente", "comprador", "consumatore"),
        *("correos", "correo", "dhl", "ups", "seur", "mrw", "gls", "fedex", "andreani", "tnt"),
        *("servientrega", "chilexpress", "starken", "estafeta", "oca", "coordinadora", "nacex"),
        *("olva", "shalom", "dpd", "ctt", "zeleris", "paack", "envia", "interrapidisimo"),
        *("ley", "lei", "legge", "loi", "sernac", "profeco", "indecopi"),
    }
)


def named_shop_pays(original: str, folded: str, previous: str, p: CompiledLexicon) -> bool:
    """Whether `original` (a sentence as written; `folded` its folded text, `previous` the folded
    sentence before it) names a return's cost and a capitalised name, not the customer's nor a
    carrier's, as its payer."""
    f = p.flags
    if any(f["defect"].search(t) for t in (folded, previous)) or p.kinds["exchange"].search(folded):
        return False  # "Si vous recevez un produit défectueux ..." + "... à la charge de VitaSync"
    aligned = fold(original)  # folded in place, so positions match `original`
    for hit in _NAMED_PAYER.finditer(original):
        first = fold(hit.group("name").split()[0]).strip(".'")
        before = aligned[max(0, hit.start() - _COST_REACH) : hit.start()]
        if first in _NOT_THE_SHOP or NOT.search(before[-25:]):
            continue
        # A cost, then its return, before the phrase ("Los gastos de devolución corren por cuenta
        # de X"; not "el coste del nuevo envío corre a cargo de X" for another size).
        cost = f["cost"].search(before)
        if cost and p.kinds["return"].search(before, cost.start()):
            return True
    return False
