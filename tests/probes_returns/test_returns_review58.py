"""Review 58 of returns round 30 (2026-12-04 late night; free returns, es/en/pt): made-up
snippets, Spain and Latin America first, that round 30 (7790835: the shop bearing a cost in the
first person, `we_cover`, on a defect or its own error, read as a weak "no") reads otherwise than
tests/data/LABELLING.md (returns part) says, where the code before it (7790835^) read them right
or no worse; beside them, guards the round reads right. Each case is (language, text, field, the
values the labels allow). Cases round 30 misreads are strict xfails (`gap`); on every gap the old
code read null. Where the label is `true` (the shop pays ordinary returns too) and the old code
read null, null is allowed too: the round's confident `false` is the overreach, reading `true` is
another round's work. free_returns, window_days and restocking_fee were checked on every snippet:
round 30 moved only free_returns (window and fee identical to the old code's on all of them).
The mend (`probes.returns_terms_we_cover`: no replacement or repair sent out, warranty claim, order
delivery gone wrong, exchange's cost or customer's choice, cases beyond faults; the lexicon's cost
nouns not an item's price or a repair's) reads all 41 gaps right, so they are plain cases now; of
the round's seven tuned gains it keeps six (en-allanwine, "a return or replacement at no additional
cost to you", reads null again). Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms
from tests.known_gaps import review_gap

FREE = "returns.free_returns"
HEAD = "Devoluciones\nTienes 30 días para devolver tu pedido.\n"
EN = "Returns\nYou have 30 days to return an item.\n"
PT = "Devoluções\nTem 30 dias para devolver.\n"


gap = review_gap("review 58")


REPLACEMENT = "the cost borne is a replacement's or repair's delivery, no return's"
WARRANTY = "a warranty page: the shop pays the warranty shipping, no returns named"
PRICE = "the 'costo/cost/custo' refunded or paid is the item's price or a repair's, no shipping"
ORDER = "the order's own delivery charge refunded on an error, no return's (not called 'original')"
EXCHANGE = "an exchange's cost beside a return window (or the customer's own mistake)"
OTHER_CASES = "the shop pays in other cases too (change of mind), or for every return"

CASES: list[object] = [
    # A. A free REPLACEMENT or REPAIR for defects: the shop pays the delivery of a new or repaired
    # item (outbound), not a return; round 30's own guards read "lo cambiamos sin costo adicional"
    # and "we will replace it at no cost to you" as null. Old code: null; round 30: false.
    (
        "es",
        HEAD + "Si el producto tiene un defecto de fábrica, te enviamos uno nuevo y asumimos los "
        "gastos de envío.",
        FREE,
        {None},
    ),
    (
        "es",
        HEAD + "Si el producto llega dañado, te enviamos un reemplazo y pagamos el envío.",
        FREE,
        {None},
    ),
    ("es", HEAD + "Si el artículo llega roto, te mandamos otro y cubrimos el flete.", FREE, {None}),
    ("es", HEAD + "Si el producto llega dañado, el reenvío es sin costo para ti.", FREE, {None}),
    (
        "es",
        HEAD + "Si el producto tiene una falla de fábrica, lo reparamos y nos hacemos cargo del "
        "envío de vuelta a tu domicilio.",
        FREE,
        {None},
    ),
    (
        "es",
        HEAD + "Si el producto presenta un defecto, lo reparamos y cubrimos los gastos de envío.",
        FREE,
        {None},
    ),
    ("pt", PT + "Se o produto tiver defeito, enviamos outro e pagamos o frete.", FREE, {None}),
    (
        "pt",
        PT + "Se o produto apresentar defeito, enviamos um novo e arcamos com o frete.",
        FREE,
        {None},
    ),
    (
        "pt",
        PT + "Se o produto tiver defeito, consertamos e assumimos os custos de envio.",
        FREE,
        {None},
    ),
    # B. Warranty pages (no returns at all): the shop pays the shipping of a warranty claim; the
    # page says nothing of an ordinary return. Old code: null; round 30: false.
    (
        "es",
        "Garantía\nTodos nuestros productos tienen 2 años de garantía. Si el producto presenta un "
        "defecto de fábrica, nos hacemos cargo del envío.",
        FREE,
        {None},
    ),
    (
        "es",
        "Garantía\nSi tu equipo presenta una falla de fábrica durante los 12 meses de garantía, "
        "cubrimos los costos de envío al servicio técnico.",
        FREE,
        {None},
    ),
    (
        "es",
        "Garantía de 6 meses. Si el equipo presenta una falla de fábrica, lo retiramos en tu "
        "domicilio y nos hacemos cargo del flete.",
        FREE,
        {None},
    ),
    (
        "pt",
        "Garantia\nTodos os produtos têm garantia de 12 meses. Em caso de defeito de fabricação, "
        "assumimos os custos do frete até a assistência técnica.",
        FREE,
        {None},
    ),
    (
        "pt",
        "Garantia\nSe o produto apresentar defeito dentro da garantia, pagamos o envio para a "
        "assistência técnica.",
        FREE,
        {None},
    ),
    # C. "costo / coste / cost / custo" naming the item's price refunded ("te reembolsamos el
    # coste del artículo") or a repair's cost paid ("te pagamos el costo de la reparación"):
    # the `we_cover` cost nouns need no shipping word. Old code: null; round 30: false.
    (
        "es",
        HEAD + "Si el producto es defectuoso, te reembolsamos el coste del artículo en 5 días.",
        FREE,
        {None},
    ),
    (
        "es",
        HEAD + "En caso de producto dañado, reembolsamos el costo del producto o lo cambiamos.",
        FREE,
        {None},
    ),
    (
        "es",
        HEAD + "Si recibes un producto defectuoso, te pagamos el costo de la reparación.",
        FREE,
        {None},
    ),
    (
        "en",
        EN + "If your item is faulty, we will refund the cost of the item in full.",
        FREE,
        {None},
    ),
    ("en", EN + "If the goods are faulty, we will pay you the costs of repair.", FREE, {None}),
    ("pt", PT + "Em caso de defeito, reembolsamos o custo do produto.", FREE, {None}),
    (
        "pt",
        PT + "Se o produto chegar com defeito, reembolsamos o custo total da compra.",
        FREE,
        {None},
    ),
    # D. The order's own delivery charge refunded or paid on the shop's error (a late or
    # misaddressed delivery, a double charge) or with a defect: `_ORIGINAL` only knows
    # "original/inicial". Old code: null; round 30: false.
    (
        "es",
        HEAD + "Si tu pedido llega tarde por un error nuestro, te reembolsamos los gastos de "
        "envío.",
        FREE,
        {None},
    ),
    (
        "es",
        HEAD + "Si por un error nuestro se te cobró dos veces el envío, te reembolsamos el costo "
        "del envío duplicado.",
        FREE,
        {None},
    ),
    (
        "es",
        HEAD + "Si hubo un error nuestro en la facturación, te reembolsamos la diferencia de "
        "costos.",
        FREE,
        {None},
    ),
    (
        "es",
        HEAD + "Si el pedido se retrasa por un error nuestro, te reembolsamos el costo del envío "
        "express.",
        FREE,
        {None},
    ),
    (
        "es",
        HEAD + "Si hay un error nuestro en la dirección, pagamos el reenvío del pedido.",
        FREE,
        {None},
    ),
    (
        "es",
        HEAD + "Si el producto llega defectuoso, te reembolsamos también los gastos de envío del "
        "pedido.",
        FREE,
        {None},
    ),
    (
        "en",
        EN + "If your order is delayed through our error, we will refund your delivery charge.",
        FREE,
        {None},
    ),
    ("pt", PT + "Se houver um erro nosso na cobrança, reembolsamos o frete pago.", FREE, {None}),
    ("pt", PT + "Em caso de erro nosso na entrega, reembolsamos o valor do frete.", FREE, {None}),
    # E. An exchange's cost beside a return window (a paid or free exchange says nothing of
    # returns unless the shop only exchanges), and the customer's own mistake ("has pedido la
    # talla equivocada": `equivocad\w*` is a defect word). Old code: null; round 30: false.
    ("pt", PT + "Arcamos com o frete da troca em caso de defeito.", FREE, {None}),
    (
        "es",
        HEAD + "Si has pedido la talla equivocada, nosotros asumimos los gastos del cambio.",
        FREE,
        {None},
    ),
    # F. The shop pays in other cases too: a defect beside change of mind ("tanto si ... como
    # si no te gusta"), a pointer ("En estos casos", "En ambos casos") to cases that are not
    # defects only, a defect in an earlier clause about something else, a page saying returns
    # cost nothing. Labels: true (or null for the customer's own damage); old code: null; round
    # 30: false.
    (
        "es",
        HEAD + "Tanto si el producto es defectuoso como si no te gusta, nos hacemos cargo del "
        "envío.",
        FREE,
        {True, None},
    ),
    (
        "es",
        HEAD + "Si el producto tiene un defecto, escríbenos; si no te gusta, puedes devolverlo. "
        "En ambos casos asumimos los gastos de envío.",
        FREE,
        {True, None},
    ),
    (
        "es",
        HEAD + "Puedes devolver productos sin usar por cambio de talla o color, o si el producto "
        "llegó dañado. En estos casos asumimos los gastos de envío.",
        FREE,
        {True, None},
    ),
    (
        "es",
        HEAD + "Aceptamos devoluciones si el artículo está dañado o si simplemente cambiaste de "
        "opinión. En estos casos nos hacemos cargo del envío.",
        FREE,
        {True, None},
    ),
    (
        "es",
        HEAD + "Los productos dañados por mal uso no se cambian. En estos casos ofrecemos una "
        "reparación con cargo y asumimos el costo del envío de vuelta.",
        FREE,
        {None},
    ),
    (
        "es",
        HEAD + "Si el producto llega dañado, avísanos en 48 horas y, para todas las devoluciones, "
        "nos hacemos cargo del envío.",
        FREE,
        {True, None},
    ),
    (
        "es",
        HEAD + "Si el producto llega dañado, guarda el embalaje; nosotros asumimos los gastos de "
        "envío de cualquier devolución.",
        FREE,
        {True, None},
    ),
    (
        "es",
        HEAD + "Si el producto llega dañado, haz una foto, y recuerda que en todas las "
        "devoluciones cubrimos el envío.",
        FREE,
        {True, None},
    ),
    (
        "es",
        "Devoluciones\nNo cobramos nada por las devoluciones.\nSi el producto es defectuoso, "
        "cubrimos el envío del cambio.",
        FREE,
        {True, None},
    ),
    # Guards round 30 reads right: a return on a defect only; an exchange-only shop paying on
    # defects only (its exchange is its return); defect beside another case; free said elsewhere.
    (
        "es",
        HEAD + "Si la devolución se debe a un defecto de fábrica, asumimos los gastos de envío.",
        FREE,
        {False},
    ),
    (
        "es",
        "Cambios y devoluciones\nAceptamos cambios y devoluciones dentro de los 10 días. Si el "
        "producto tiene una falla de fábrica, cubrimos el costo del flete de ida y vuelta.",
        FREE,
        {False},
    ),
    (
        "es",
        "Cambios\nNo hacemos devoluciones de dinero. Puedes cambiar tu producto en 30 días.\nSi "
        "el producto tiene un defecto de fábrica, nos hacemos cargo del envío.",
        FREE,
        {False},
    ),
    (
        "es",
        HEAD + "Si hay un defecto o si no te gusta, nos hacemos cargo del envío.",
        FREE,
        {True, None},
    ),
    (
        "es",
        "Devoluciones gratuitas en 30 días.\nSi el producto llega dañado, asumimos los costos de "
        "envío.",
        FREE,
        {True},
    ),
    (
        "pt",
        PT + "Se houver defeito ou se você não gostar, assumimos os custos do frete.",
        FREE,
        {True, None},
    ),
    ("en", EN + "If the item is faulty, we'll cover the return shipping.", FREE, {False}),
    ("pt", PT + "Se o produto tiver defeito, assumimos os custos da devolução.", FREE, {False}),
]


@pytest.mark.parametrize(("lang", "text", "field", "allowed"), CASES, ids=lambda v: str(v)[-40:])
def test_review58(lang: str, text: str, field: str, allowed: set) -> None:
    assert extract_returns_terms(text, lang).get(field) in allowed
