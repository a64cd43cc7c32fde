"""The shop bearing a return's cost on faulty goods or its own error only, in its own words
(round 30): "Si la devolución se debe a un error nuestro, asumimos los gastos", "Si es por defecto
de fábrica, nos hacemos cargo del envío", "We also cover the shipping costs if the error was
ours". Like "we pay the return shipping if the error is ours" (tests/data/LABELLING.md), it
implies the customer pays for an ordinary return: a weak "no" (`defect_no`) that gives way to
anything else the page says of who pays. Read only where the sentence says no return is free
(`probes.returns_terms_who_pays.free_said` heard nothing) and is neither hedged, scoped to a
class of returns nor about a cancellation (`probes.returns_terms_flags`); the cost it names
need not be called the return's, since the condition says which return it is.

Review 58 kept it to what a return costs: not a replacement or repair sent out, a warranty claim,
the order's own delivery (late, charged twice, misaddressed, express, the first delivery), an
exchange's cost or the customer's own wrong choice, nor a sentence whose cases or pointer take in
more than faults (change of mind, every return, misuse).
"""

from __future__ import annotations

import re

from probes.returns_lexicon import CompiledLexicon
from probes.returns_terms_cases import faults_case
from probes.returns_terms_defect_paid import ALL_RETURNS, defect_paid
from probes.returns_terms_free import CHANGE_OF_MIND
from probes.returns_terms_payer_shop import OUR_ERROR

# The first delivery's charge refunded ("we refund the original delivery charge", "reembolsamos
# los portes de envío originales"), or the order's delivery gone wrong (late, charged twice, a
# billing or address error, express): the order's shipping, which says nothing of returns.
_ORDER_DELIVERY = re.compile(
    r"\b(?:original\w*|originais|initial|inicial\w*|iniciais|tarde|retras\w*|late|delay\w*|"
    r"atras\w*|dos\s+veces|duplicad\w*|twice|double|factura\w*|cobr[oaeu]\w*|billing|charged|"
    r"direccion|address|endereco|express|expres|urgente|(?:n[ao]|en\s+la)\s+entrega)\b|"
    r"\b(?:del|do|da)\s+(?:pedido|encomenda)\b|\bof\s+(?:your|the)\s+order\b|\bfrete\s+pago\b"
)
# A replacement or repair sent out ("te enviamos uno nuevo", "lo reparamos", "enviamos outro",
# "consertamos", "we replace it"): its delivery, no return, unless the sentence names a return.
_SENT_OUT = re.compile(
    r"\b(?:reemplaz\w*|sustitu\w*|repar\w*|uno\s+nuevo|una\s+nueva|otro|otra|reenvio|"
    r"substitu\w*|conserta\w*|um\s+novo|uma\s+nova|outro|outra|replac\w*|repair\w*|a\s+new\s+one)\b"
)
# Sent to the customer ("de vuelta a tu domicilio"): a repaired item's way back, no return.
_TO_CUSTOMER = re.compile(
    r"\ba\s+(?:tu|su)\s+domicilio\b|\bto\s+(?:you|your\s+(?:home|address|door))\b|"
    r"\b(?:ate|para)\s+(?:voce|sua\s+casa|o\s+seu\s+endereco)\b"
)
# An exchange's cost ("el envío del cambio", "o frete da troca") or the customer's own wrong
# choice ("si has pedido la talla equivocada").
_EXCHANGE_OR_CHOICE = re.compile(
    r"\b(?:envio|envios|flete|frete|gastos|costos?|costes?|custos?|shipping)\s+(?:del?|da|do|of\s+the)\s+"
    r"(?:cambio|troca|exchange)\b|\b(?:has|hayas|haya)\s+(?:pedido|elegido|escogido|seleccionado)\b|"
    r"\btalla\b|\btamanho\b|\bsize\b"
)
# Cases beyond faults: not liking it, "as well as if", every return, misuse (change of mind is
# `CHANGE_OF_MIND`, searched with it).
_MORE_THAN_FAULTS = re.compile(
    r"\bno\s+te\s+(?:gusta|convence)\b|\bnao\s+gost\w*|\b(?:don't|do\s+not)\s+like\b|"
    r"\bcomo\s+si\b|\bwhether\b|\bcualquier\s+devolucion\b|"
    r"\bqualquer\s+devolucao\b|\bany\s+return\b|\bmal\s+uso\b|\bmau\s+uso\b|\buso\s+indebido\b|"
    r"\bmisuse\b|\bcolor\b|\bcor\b|\bunhappy\b|\bnot\s+happy\b|\bdissatisfied\b|"
    r"\binsatisfech\w*|\binsatisfeit\w*"
)
# Review 59: the sentence before has the shop paying other returns too ("We pay for returns
# whether you change your mind or not", "we will collect the item free of charge"): the faults
# sentence after it adds to those, it does not single faults out.
_EVEN_IF = re.compile(r"\b(?:whether|even\s+if|aunque|incluso\s+si|mesmo\s+que|ainda\s+que)\b")
_WE_PAY = re.compile(
    r"\bwe\s+(?:will\s+)?(?:also\s+)?(?:pay|cover|refund\s+the\s+return|collect)\b|"
    r"\bfree\s+of\s+charge\b|\b(?:pagamos|cubrimos|asumimos|recogemos|recolhemos)\b|"
    r"\bnos\s+hacemos\s+cargo\b|\bgratis\b|\bgratuit\w*"
)


def covers_faults_only(
    text: str, before: list[str], heading: str, faulty_heading: bool, p: CompiledLexicon
) -> bool:
    """`text` (folded; after the sentences `before`, folded, under the title `heading`) has the
    shop bear a return's cost in the first person (`we_cover`) on a condition naming a defect or
    its own error, or under a faulty-goods title, or as a pointer to the faults just named ("En
    estos casos ..."); not the order's delivery, a replacement or repair, a warranty claim, an
    exchange, nor cases beyond faults."""
    f = p.flags
    if not f["we_cover"].search(text) or _ORDER_DELIVERY.search(text):
        return False
    returned = p.kinds["return"].search(text) or p.kinds["refund"].search(text)
    lead = before[-1] if before else ""
    warranty = any(
        p.kinds[kind].search(where)
        for kind in ("warranty", "guarantee")
        for where in (heading, lead, text)
    )
    sent_out = _SENT_OUT.search(text)
    if not returned and (sent_out or warranty):
        return False
    if sent_out and _TO_CUSTOMER.search(text):
        return False
    if _EXCHANGE_OR_CHOICE.search(text) or ALL_RETURNS.search(text):
        return False
    if CHANGE_OF_MIND.search(text) or _MORE_THAN_FAULTS.search(text):
        return False
    more = CHANGE_OF_MIND.search(lead) or _MORE_THAN_FAULTS.search(lead) or _EVEN_IF.search(lead)
    shop_pays_more = bool(more) and bool(f["we_cover"].search(lead) or _WE_PAY.search(lead))
    if (defect_paid(text, False, f) or OUR_ERROR.search(text)) and not shop_pays_more:
        return True  # its own condition names the defect or the error
    # Under a faulty-goods title or after "En estos casos ...": only where what came before names
    # faults only (round 31: not read where the sentence names its own condition).
    return not more and (defect_paid(text, faulty_heading, f) or faults_case(text, before[-2:], f))
