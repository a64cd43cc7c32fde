"""Review 60 of returns round 31's later families (2026-12-04 late night; 4c66693, 2bc76f1):
made-up snippets, Spanish (Spain and Latin America) and English, that the new lexicon reads
otherwise than tests/data/LABELLING.md (returns part) says, where the code before it read them
right; beside them, guards the new code reads right. Each case is (language, text, field, the
values the labels allow). Cases the current code misreads are strict xfails (`gap`).
window_days, refund_days_stated, withdrawal_days and free_returns were compared on every snippet
with the code before each commit (4c66693^ for family 1, 2bc76f1^ for families 2 and 3); every
gap below was read right by that code.

1. es/en `unless` flag (4c66693): the default's opt-out ("Salvo que se indique lo contrario",
   "Unless otherwise stated") no longer scopes the who-pays, even where the sentence goes on to
   name a class (outlet, sale, bulky goods), a country or region, an order type, or where the
   "unless" names another channel ("unless we agree to collect the item"): read false, the
   labels say null (it depends on product, country or channel).
2. es refund kind (2bc76f1): "devuelve / devolverá la totalidad del pedido" said of the
   customer (imperative "Devuelve ...", "Si devuelve ...", "El cliente devuelve ...") is a
   return, not money given back: its period is read as the refund time and the window is lost.
3. es `free_no` (2bc76f1): "el cliente cubre/paga/abona el envío de vuelta/regreso" said of an
   exchange ("del producto cambiado", "del cambio", "al cambiar"), a repair or warranty, late
   returns only, after "si"/"cuando" (a condition) or in a question, or beside a free channel:
   read false, the labels say null.

The mend: the opt-out only with the payer, the cost or a fee right after its comma (en "we agree"
only to bear or pay); the refund kind only for money named as paid ("la suma total pagada"); the
customer's shipping back not in a sentence naming an exchange, repair, warranty, shop, free
channel, late or refused return, a condition or a question. It reads 38 of the 39 gaps right
(plain cases now); left: the opt-out joined by "o" to an order type, and one guard the round read
right ("si no, el cliente cubre ...", a condition word now keeps it out). Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms
from tests.known_gaps import review_gap

WINDOW = "returns.window_days"
REFUND = "returns.refund_days_stated"
WITHDRAWAL = "returns.withdrawal_days"
FREE = "returns.free_returns"
ES14 = "Devoluciones en 14 días.\n"
ES30 = "Devoluciones en 30 días.\n"
EN14 = "Returns within 14 days.\n"


gap = review_gap("review 60")


CLASS = "the opt-out's sentence names a class, country, region or order type: some returns only"
CHANNEL = "the 'unless' names another channel (collection by the shop): two channels, null"
PAGE = "'otherwise stated on the product page': the who-pays depends on the product"
CUSTOMER = "the customer giving back the whole order is a return, not a refund: window lost"
REFUND_LOST = "the customer's return read as a refund: the real refund time is lost"
EXCHANGE = "the shipping back of an exchange's item, no return's cost"
REPAIR = "the shipping back of a repaired item or a warranty repair, no return's cost"
CONDITION = "the customer paying only under a condition, asked, or beside a free channel"

CASES: list[object] = [
    # 1. The opt-out followed by a class, a country, a region or an order type (es): the old
    # code read null (the "unless" scoped the sentence), the new reads false.
    (
        "es",
        ES14 + "Salvo que se indique lo contrario, en los productos de outlet el cliente "
        "paga el envío de la devolución.",
        FREE,
        {None},
    ),
    (
        "es",
        ES14 + "Salvo que se indique expresamente lo contrario, para pedidos "
        "internacionales los gastos de devolución corren por cuenta del cliente.",
        FREE,
        {None},
    ),
    gap(
        "es",
        ES14 + "Salvo que sea un pedido mayorista o se indique lo contrario, el cliente "
        "asume los gastos de devolución.",
        FREE,
        {None},
        CLASS,
    ),
    (
        "es",
        "Tienes 30 días para devolver tu compra.\nSalvo que se indique lo contrario, para "
        "envíos a provincias el cliente paga el flete de la devolución.",
        FREE,
        {None},
    ),
    (
        "es",
        ES14 + "Salvo que se indique lo contrario, en los artículos rebajados los gastos "
        "de devolución son a cargo del cliente.",
        FREE,
        {None},
    ),
    (
        "es",
        ES14 + "Salvo que la tienda indique lo contrario para los productos voluminosos, el "
        "coste de la devolución es a cargo del cliente.",
        FREE,
        {None},
    ),
    (
        "es",
        ES14 + "Salvo que se indique lo contrario en la ficha del producto, el cliente paga "
        "el envío de la devolución.",
        FREE,
        {None},
    ),
    # ... and in English.
    (
        "en",
        EN14 + "Unless otherwise stated, for sale items the customer pays the return postage.",
        FREE,
        {None},
    ),
    (
        "en",
        EN14 + "Unless otherwise stated, on clearance items you pay the return postage.",
        FREE,
        {None},
    ),
    (
        "en",
        EN14 + "Unless otherwise stated, for bulky items the customer pays the return shipping.",
        FREE,
        {None},
    ),
    (
        "en",
        EN14 + "Unless otherwise stated, customers in Ireland pay the return postage.",
        FREE,
        {None},
    ),
    (
        "en",
        EN14 + "Unless otherwise stated for your country, return postage is paid by the customer.",
        FREE,
        {None},
    ),
    (
        "en",
        EN14 + "Unless otherwise stated for your region, you pay the return shipping.",
        FREE,
        {None},
    ),
    (
        "en",
        EN14 + "Unless we agree to collect the item from you, you pay the cost of returning it.",
        FREE,
        {None},
    ),
    (
        "en",
        EN14 + "Unless we offer a free collection, the customer pays the return shipping.",
        FREE,
        {None},
    ),
    (
        "en",
        EN14 + "Unless otherwise stated on the product page, customers pay the return postage.",
        FREE,
        {None},
    ),
    # Guards: the plain opt-out is the rule (false); a defect exception is no scope (false);
    # a restocking fee on every return (false); a region named otherwise (null).
    (
        "es",
        "Tienes 30 días para devolver tu compra.\nSalvo que la tienda indique expresamente lo "
        "contrario, el consumidor asumirá el coste directo de la devolución.",
        FREE,
        {False},
    ),
    (
        "es",
        ES14 + "Salvo que se trate de un producto defectuoso, el cliente paga el envío de la "
        "devolución.",
        FREE,
        {False},
    ),
    (
        "en",
        EN14 + "Unless otherwise agreed in writing, the customer bears the direct cost of "
        "returning the goods.",
        FREE,
        {False},
    ),
    (
        "en",
        EN14 + "Unless the item is faulty, the customer pays the return postage.",
        FREE,
        {False},
    ),
    (
        "en",
        EN14 + "Unless otherwise stated, a restocking fee of 10% applies to every return.",
        FREE,
        {False},
    ),
    (
        "es",
        ES14 + "Salvo que se indique lo contrario, los clientes de Canarias asumen los gastos "
        "de devolución.",
        FREE,
        {None},
    ),
    (
        "en",
        EN14 + "Unless otherwise stated, customers outside the UK pay the return postage.",
        FREE,
        {None},
    ),
    # 2. The customer giving back the whole order ("devuelve la totalidad"): the old code read
    # the window (and no refund time), the new reads the period as the refund time.
    (
        "es",
        "Si devuelve la totalidad del pedido dentro de los 14 días siguientes a la "
        "entrega, le reembolsaremos también los gastos de envío iniciales.",
        WINDOW,
        {14},
    ),
    (
        "es",
        "Devuelve la totalidad de tu pedido dentro de los 30 días siguientes a la entrega.",
        WINDOW,
        {30},
    ),
    (
        "es",
        "Devuelve la totalidad de tu pedido dentro de los 30 días siguientes a la entrega.",
        REFUND,
        {None},
    ),
    (
        "es",
        "Devuelve la totalidad del pedido en un plazo de 30 días y te reembolsamos el 100%.",
        WINDOW,
        {30},
    ),
    (
        "es",
        "Si no estás conforme, devuelve la totalidad del pedido dentro de 15 días y te "
        "devolvemos el dinero.",
        WINDOW,
        {15},
    ),
    (
        "es",
        "El cliente devuelve la totalidad del pedido dentro de los 10 días hábiles "
        "siguientes a la recepción.",
        WINDOW,
        {10},
    ),
    (
        "es",
        "El cliente devolverá la totalidad de los productos dentro de los 10 días hábiles "
        "siguientes a la recepción.",
        WINDOW,
        {10},
    ),
    (
        "es",
        "Plazo de devolución: el cliente devuelve la totalidad de la compra en 15 días "
        "corridos desde la entrega.",
        WINDOW,
        {15},
    ),
    (
        "es",
        ES30 + "El cliente devuelve la totalidad del pedido dentro de los 30 días y le "
        "reembolsamos en 10 días.",
        REFUND,
        {10},
    ),
    # Guards: the shop giving back the sum (the round's case); store credit in an exchange-only
    # shop keeps its exchange period; the customer under Ley 1480's retracto.
    (
        "es",
        "Derecho de retracto: 5 días hábiles. La tienda devolverá la suma pagada dentro de los "
        "30 días.",
        WINDOW,
        {5},
    ),
    (
        "es",
        "Derecho de retracto: 5 días hábiles. La tienda devolverá la suma pagada dentro de los "
        "30 días.",
        REFUND,
        {30},
    ),
    (
        "es",
        "Solo aceptamos cambios dentro de los 15 días siguientes a la compra; si no hay talla, "
        "te devolvemos el valor en un vale.",
        WINDOW,
        {15},
    ),
    (
        "es",
        "No hacemos reembolsos. Aceptamos cambios dentro de los 30 días y, si no hay stock, le "
        "devolvemos el valor en un vale de compra.",
        WINDOW,
        {30},
    ),
    (
        "es",
        "Derecho de retracto: el consumidor devolverá la totalidad del producto, en las mismas "
        "condiciones en que lo recibió, dentro de los 5 días hábiles siguientes a la entrega.",
        WITHDRAWAL,
        {5},
    ),
    # 3. The customer paying the shipping back of an exchange, a repair, late returns, under a
    # condition or in a question: the old code read null, the new reads false.
    ("es", ES30 + "Para cambios de talla, el cliente cubre el envío de regreso.", FREE, {None}),
    ("es", ES30 + "El cliente cubre el envío de regreso del producto cambiado.", FREE, {None}),
    ("es", ES30 + "El cliente cubre el envío de vuelta del nuevo producto.", FREE, {None}),
    ("es", ES30 + "El cliente abona el envío de regreso del cambio.", FREE, {None}),
    ("es", ES30 + "El cliente cubre el envío de vuelta en los cambios por talla.", FREE, {None}),
    ("es", ES30 + "El usuario paga el despacho de regreso al cambiar el producto.", FREE, {None}),
    ("es", ES30 + "El cliente paga el despacho de regreso del producto reparado.", FREE, {None}),
    ("es", ES30 + "En garantía, el cliente cubre el envío de vuelta al taller.", FREE, {None}),
    (
        "es",
        ES30 + "El cliente cubre el envío de vuelta solo en devoluciones fuera de plazo.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Si el cliente cubre el envío de vuelta, recibirá el reembolso completo.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Si el cliente paga el envío de vuelta, el reembolso se hace en 5 días.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Cuando el cliente paga el envío de vuelta, el reembolso tarda 5 días hábiles.",
        FREE,
        {None},
    ),
    ("es", ES30 + "¿El cliente cubre el envío de vuelta?", FREE, {None}),
    (
        "es",
        ES30 + "El comprador paga el envío de retorno o lo lleva a la tienda gratis.",
        FREE,
        {None},
    ),
    # Guards: the customer not paying (null); the customer paying unless faulty, and an
    # exchange-only shop's shipping back (false, as the labels read them).
    ("es", ES30 + "El cliente no cubre el envío de vuelta.", FREE, {None}),
    (
        "es",
        ES30 + "Si el producto llega dañado, el cliente no cubre el envío de vuelta.",
        FREE,
        {None},
    ),
    gap(
        "es",
        ES30 + "Si el producto es defectuoso, la tienda cubre el envío de vuelta; si no, el "
        "cliente cubre el envío de vuelta.",
        FREE,
        {False},
        "left unread by the mend (no 'si' in the sentence); the round read it right",
    ),
    ("es", "Cambios en 30 días.\nEl cliente cubre el envío de vuelta.", FREE, {False}),
    ("es", "Plazo: 30 días.\nEl comprador abona el envío de la devolución.", FREE, {False}),
]


@pytest.mark.parametrize(("language", "text", "field", "allowed"), CASES)
def test_review60(language: str, text: str, field: str, allowed: set) -> None:
    assert extract_returns_terms(text, language).get(field) in allowed
