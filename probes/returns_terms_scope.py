"""What a who-pays or fee sentence of a returns policy is about, beyond the lexicon's phrases, in
any supported language (folded text): returns sent without authorisation, a returns service or
label, "in principle", the risk of a return, a return in a shop, large orders, a payment,
"otherwise" after a defect, only the first return free (see `probes.returns_terms_flags`)."""

from __future__ import annotations

import re

from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_payer import customer_pays

# Returns sent without the shop's authorisation, in any supported language (folded).
UNAUTHORISED = re.compile(
    r"\b(?:unauthori[sz]ed|without\s+(?:prior\s+)?authori[sz]ation|non[\s-]autorise\w*|"
    r"sans\s+autorisation|no\s+autorizad\w*|sin\s+autorizacion|non\s+autorizzat\w*|"
    r"senza\s+autorizzazione|nicht\s+(?:autorisiert|genehmigt)\w*|ohne\s+(?:vorherige\s+)?"
    r"(?:genehmigung|autorisierung|freigabe)|niet[\s-]geautoriseerd\w*|zonder\s+(?:voorafgaande\s+)?"
    r"(?:toestemming|autorisatie)|bez\s+(?:uprzedniej\s+)?(?:autoryzacji|zgody)|nieautoryzowan\w*|"
    r"nao\s+autorizad\w*|sem\s+autorizacao)"
)

# Using a returns service, label or portal, in any supported language (folded).
SERVICE_USED = re.compile(
    r"\b(?:use|using|nutzung|benutzung|utilisation|uso|utilizzo|gebruik|korzystani\w*|utilizacao)\s+"
    r"(?:[\w'-]+\s+){0,3}?[\w-]*(?:label|etikett|etiquet|etichett|etykiet|service|servicio|servizio|"
    r"servico|us[lł]ug|portal)"
)

# A (shipping) label, in any supported language (folded).
LABEL = re.compile(r"\b(?:label|etikett\w*|etiquet\w*|etichett\w*|etykiet\w*|\w*label)\b")

# "In principle", in any supported language (folded): a default the policy may then depart from.
IN_PRINCIPLE = re.compile(
    r"\b(?:in\s+principle|im\s+prinzip|prinzipiell|en\s+principe|en\s+principio|"
    r"in\s+(?:linea|via)\s+di\s+principio|in\s+principe|w\s+zasadzie|co\s+do\s+zasady|"
    r"em\s+principio|a\s+principio)\b"
)

# The risk of loss in transit, in any supported language (folded).
_RISK_WORD = (
    r"(?:risks?|risiko|risiken|gefahr|risques?|riesgos?|rischi|rischio|risico\w*|ryzyk\w*|riscos?)"
)
RISK = re.compile(r"\b" + _RISK_WORD + r"\b")
# The risk joined to a charge ("voor rekening en risico van de koper", "cost and risk").
RISK_JOINED = re.compile(
    r"\b(?:and|und|en|et|e|y|oraz|or|ou)\s+(?:\w+\s+)?"
    + _RISK_WORD
    + r"\b|\bi\s+ryzyk|\b"
    + _RISK_WORD
    + r"\s+(?:and|und|en|et|e|y|i|oraz)\s"
)

# Round 28: only the first return (of an order, of a customer) said free, in any supported
# language (folded): "La primera devolución de cada pedido es gratuita", "(solo la primera
# devolución)": said of some returns only. Review 55: with "only" before it or a free word after
# it, and no word taking in the others ("incluida", "también", "y las siguientes", "a partir de").
_FIRST_RETURN = re.compile(
    r"\b(?:primera|first|premier|premiere|prima|primo|primeira|primeiro|pierwsz\w*|erste\w*|"
    r"eerste)\s+(?:devoluci\w*|returns?|retours?|reso|devolu\w*|zwrot\w*|rucksend\w*|"
    r"retourzending\w*)\b"
)
# "Only" in any supported language (folded).
ONLY = re.compile(
    r"\b(?:solo|solamente|unicamente|only|seulement|uniquement|soltanto|apenas|somente|nur|"
    r"alleen|tylko)\b"
)
_ONLY_BEFORE = re.compile(ONLY.pattern + r"\W*(?:\w+\W+)?$")  # "only" and at most one word
_FREE_AFTER = re.compile(
    r"[^.;:]{0,40}?\b(?:gratuit\w*|gratis|free|offert\w*|kostenlos|kosteloos|darmow\w*|bezplatn\w*|"
    r"sin\s+(?:coste|costo|cargo)|sem\s+custos?|senza\s+spese|sans\s+frais|por\s+nuestra\s+cuenta|"
    r"por\s+nossa\s+conta|a\s+nostro\s+carico)"
)
_ALL_RETURNS = re.compile(
    r"\b(?:inclu\w*|tambien|also|anche|aussi|mesmo|meme|compres[oa]|y\s+compris|siguientes|"
    r"following|subsequent|successiv\w*|suivant\w*|seguintes|a\s+partir|cualquier\w*|any|every|"
    r"toda\w*|todas?|(?:desde|from|des|dalla|vanaf|ab)\s+(?:la|the|le|der|de)?\s*(?:primera|first|"
    r"premier|premiere|prima|primo|erste\w*|eerste|segunda|second))\b"
)


def first_return_only(text: str) -> bool:
    """Whether `text` (folded) says only the first return is free (see `_FIRST_RETURN`)."""
    if _ALL_RETURNS.search(text):
        return False
    return any(
        _ONLY_BEFORE.search(text[max(0, hit.start() - 20) : hit.start()])
        or _FREE_AFTER.match(text, hit.end())
        for hit in _FIRST_RETURN.finditer(text)
    )


# A return in a physical shop, in any supported language (folded).
IN_STORE = re.compile(
    r"\b(?:in\s+(?:our|the|one\s+of\s+our)\s+(?:stores?|shops?|showroom)|"
    r"in\s+(?:unserem|unseren|einem\s+unserer)\s+(?:laden|geschaft|geschaften|store|filiale\w*)|"
    r"(?:im|in\s+der)\s+(?:laden|ladengeschaft|geschaft|filiale)|en\s+(?:magasin|boutique)|"
    r"en\s+(?:nuestra|la)\s+tienda|tienda\s+fisica|"
    # Round 28: "en tienda", "en una de nuestras tiendas", "en sucursal" (Latin American);
    # review 55: not a credit or balance "en tienda", not refused there ("no en nuestras
    # tiendas"), not one of two channels joined by "o"/"y" ("por correo o en sucursal").
    r"(?<!credito\s)(?<!saldo\s)(?<!\bvale\s)(?<!\bbono\s)(?<!\bno\s)(?<!\bo\s)(?<!\by\s)(?<!\bu\s)"
    r"(?<!aceptan\s)(?:en\s+tienda(?=\s*(?:[.,;:)]|$|fisica\b))|en\s+(?:una\s+de\s+|cualquiera\s+de\s+)?"
    r"nuestras\s+tiendas|en\s+sucursal\w*)(?!\s+(?:o|y|u)\s)|in\s+(?:negozio|uno\s+dei\s+nostri\s+negozi)|"
    r"in\s+(?:de|onze)\s+winkel|w\s+(?:naszym\s+)?sklepie\s+stacjonarnym|"
    r"na\s+(?:nossa\s+)?loja\s+fisica|nas\s+nossas\s+lojas|"
    # opening hours: a shop one walks into
    r"(?:during|within)\s+(?:our\s+)?opening\s+hours|wahrend\s+(?:der|unserer)\s+offnungszeiten|"
    r"aux\s+heures\s+d'ouverture|en\s+horario\s+(?:de\s+apertura|comercial)|"
    r"negli\s+orari\s+di\s+apertura|tijdens\s+(?:de\s+)?openingstijden|w\s+godzinach\s+otwarcia|"
    r"no\s+horario\s+de\s+funcionamento)\b"
)

# Large orders, in any supported language (folded).
LARGE_ORDERS = re.compile(
    r"\b(?:(?:on|for)\s+(?:larger|large|bulk|big)\s+orders|bei\s+gro(?:ss|ß)e(?:re)?n\s+bestellungen|"
    r"(?:sur|pour)\s+les\s+(?:grosses|grandes|plus\s+grosses)\s+commandes|"
    r"en\s+(?:los\s+)?pedidos\s+(?:grandes|mayores|voluminosos)|"
    r"(?:sugli|per\s+gli)\s+ordini\s+(?:di\s+grandi\s+dimensioni|piu\s+grandi|voluminosi)|"
    r"bij\s+(?:grotere|grote)\s+bestellingen|przy\s+(?:wiekszych|duzych)\s+zamowieniach|"
    r"em\s+(?:encomendas|pedidos)\s+(?:maiores|grandes))\b"
)

# A payment and its processing, in any supported language (folded).
PAYMENT = re.compile(
    r"\b(?:payments?|paypal|transactions?|paiements?|pagos?|pagamentos?|zahlung\w*|betaling\w*|"
    r"transactie\w*|płatnos\w*|platnos\w*|prowizj\w*)\b"
)

# "Otherwise", "in all other cases", in any supported language (folded).
OTHERWISE = re.compile(
    r"\b(?:otherwise|in\s+all\s+other\s+cases|(?:an)?sonsten|sonst|andernfalls|"
    r"in\s+allen\s+anderen\s+fallen|sinon|dans\s+(?:tous\s+)?les\s+autres\s+cas|en\s+otro\s+caso|"
    r"en\s+los\s+demas\s+casos|de\s+lo\s+contrario|altrimenti|negli\s+altri\s+casi|anders|"
    r"in\s+(?:alle\s+)?andere\s+gevallen|w\s+pozosta[lł]ych\s+przypadkach|w\s+przeciwnym\s+razie|"
    r"caso\s+contrario|nos\s+(?:restantes|demais|outros)\s+casos)\b"
)


def paid_otherwise(text: str, previous: str, p: CompiledLexicon) -> bool:
    """Who pays an ordinary return, said after "otherwise" when a defect is named before it
    ("Return shipping is free for defective items; otherwise the customer pays"): the sentence
    before stands for what is before when the sentence opens on "otherwise", and lends the
    return word."""
    otherwise = OTHERWISE.search(text)
    if otherwise is None:
        return False
    head = text[: otherwise.start()]
    head = head if head.strip(" -•*") else previous
    returned = p.kinds["return"].search(head)
    tail = text[otherwise.end() :]
    return (
        returned is not None
        and bool(p.flags["defect"].search(head))
        and customer_pays(f"{returned.group(0)} {tail}", p)
    )
