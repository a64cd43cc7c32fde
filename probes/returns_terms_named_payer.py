"""The shop named by its own name as the payer of a return (round 28: "Los gastos de devolución
corren por cuenta de PIRATES", "El costo del retorno es asumido por Celuvendo"), for
`probes.returns_terms_who_pays`: a name written with a capital right after "a cargo de", "por
cuenta de", "asumido por" (no article: "del cliente", "el titular", "el interesado" are the
customer), not the customer's title ("Usted", "Cliente"), not a carrier ("Correos", "DHL"), after
a cost and its return (within 80 characters), ending the sentence (or before the law it follows,
"en caso de arrepentimiento" or an order's value), in a sentence naming no negation, defect,
exchange, nor the customer as where goods go, after one naming no defect (review 55 narrowed it
to this); a name already named before the phrase is the goods' brand ("los artículos Xiaomi").
The page's own name is not known to the reader, so a capitalised name is taken for it."""

from __future__ import annotations

import re

from probes.returns_lexicon import CompiledLexicon, fold
from probes.returns_terms_free import NEGATION

_COST_REACH = 80  # characters before the phrase in which the cost and its return are looked for
# The phrase and the name after it, as written (es, pt, it, fr).
_NAMED_PAYER = re.compile(
    r"(?i:\b(?:a\s+cargo\s+de|por\s+cuenta\s+de|por\s+conta\s+d[eao]|a\s+carico\s+di|"
    r"[àa]\s+la\s+charge\s+de|(?:asumid|cubiert|sufragad|pagad|costead|custead|pag)[oa]s?\s+por|"
    # round 37 (pt): "por conta da Gringa Style", "suportados pela THE GRAPE" (round 38's "é da
    # Baseforma" was withdrawn after review 64: "é do Utilizador", "é da Azul Cargo")
    r"(?:suportad|assumid|custead|pag)[oa]s?\s+pel[oa]))"
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
        *("client", "acquirente", "utente", "consumatore"),
        *("correos", "correo", "dhl", "ups", "seur", "mrw", "gls", "fedex", "andreani", "tnt"),
        *("servientrega", "chilexpress", "starken", "estafeta", "oca", "coordinadora", "nacex"),
        *("olva", "shalom", "dpd", "ctt", "zeleris", "paack", "envia", "interrapidisimo"),
        *("correios", "sedex", "jadlog", "loggi", "transportadora", "total", "azul", "amazon"),
        # review 64: the customer under other nouns, and titles
        *("utilizador", "contratante", "solicitante", "arrematante", "sr", "sra", "senhor"),
        *("senhora", "shein"),
        *("ley", "lei", "legge", "loi", "sernac", "profeco", "indecopi"),
        *("quien", "quienes", "su", "sus", "paypal", "mercado", "pix", "stripe", "bizum", "visa"),
        *("mastercard", "boleto", "transferencia", "redsys", "webpay", "khipu", "nequi", "yape"),
    }
)


# Review 55: what may follow the name: the sentence's end, the law it follows, the ordinary
# case, an order's value.
_TAIL = re.compile(
    r"\s*(?:[.;!)]|$)|\s*,?\s*(?:conforme|de\s+acuerdo|seg[uú]n)\b|"
    # round 37 (pt): "... por conta da Playful Candles, sem qualquer custo para si"
    r"\s*,\s*sem\s+(?:qualquer|nenhum)\s+custo\b|"
    r"\s+en\s+caso\s+de\s+(?:arrepentimiento|desistimiento|retracto)\b|"
    # an order's value (then said of some orders only: "solo en compras superiores a 50 €")
    r"\s+(?:solo|only|solamente|uniquement|soltanto|somente)?\s*(?:en|para|per|pour|on|em|nas)\s+"
    r"(?:las\s+|les\s+|gli\s+|the\s+)?(?:compras|pedidos|ordini|commandes|orders|encomendas)\b",
    re.IGNORECASE,
)
_NONE = re.compile(r"\b(?:ningun\w*|nenhum\w*|nessun\w*|aucun\w*|none|never)\b")
# The goods sent to the customer (review 55: "los gastos de envío al cliente tras una devolución").
_TO_CUSTOMER = re.compile(
    r"\b(?:al|ao|au|to\s+the)\s+(?:client\w*|comprador\w*|customer|acheteur)\b"
)


def named_shop_pays(original: str, folded: str, previous: str, p: CompiledLexicon) -> bool:
    """Whether `original` (a sentence as written; `folded` its folded text, `previous` the folded
    sentence before it) names a return's cost and a capitalised name, not the customer's nor a
    carrier's, as its payer."""
    f = p.flags
    if any(f["defect"].search(t) for t in (folded, previous)) or p.kinds["exchange"].search(folded):
        return False  # "Si vous recevez un produit défectueux ..." + "... à la charge de VitaSync"
    if NEGATION.search(folded) or _NONE.search(folded) or _TO_CUSTOMER.search(folded):
        return False  # review 55: "En ningún caso los gastos ... corren por cuenta de PIRATES"
    aligned = fold(original)  # folded in place, so positions match `original`
    for hit in _NAMED_PAYER.finditer(original):
        name = fold(hit.group("name")).split()
        first = name[0].strip(".'")
        before = aligned[max(0, hit.start() - _COST_REACH) : hit.start()]
        named_before = re.search(rf"\b{re.escape(first)}\b", aligned[: hit.start()])
        if first in _NOT_THE_SHOP or first[:2] in ("l'", "d'") or named_before:
            continue  # the customer, a carrier; "los artículos Xiaomi ... a cargo de Xiaomi"
        if not _TAIL.match(original, hit.end()):
            continue  # "... por cuenta de Tienda Sol solo si ...", "PayPal, Visa o Mastercard"
        # A cost, then its return, before the phrase ("Los gastos de devolución corren por cuenta
        # de X"; not "el coste del nuevo envío corre a cargo de X" for another size).
        cost = f["cost"].search(before)
        if cost and p.kinds["return"].search(before, cost.start()):
            return True
    return False
