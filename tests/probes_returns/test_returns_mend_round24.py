"""Mend of returns round 24 after review 48: the round's rules narrowed to their own reach.
Carriage paid after returning only when the customer returns (not the shop sending a repaired
item back); the shop's extension as the window only of the RETURN period (not an exchange, a
size change, members only); free collection for all returns only when nothing limits it (a
product, a region, a customer group); a repacking fee a restocking fee only on returns (not
repairs, gift wrapping); "envío de regreso" not of a repaired product; a change of mind's
"delivery costs" (the original delivery) no return cost; the law's right to return faulty goods
no withdrawal period; a refund only if the goods are NOT damaged no "only for faults". The
sentences are review 48's, made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"
FEE = "returns.restocking_fee"
WINDOW = "returns.window_days"
WITHDRAWAL = "returns.withdrawal_days"

# (language, text, field, the values allowed; None = not read)
Case = tuple[str, str, str, set[object]]
CASES: list[Case] = [
    # 1. The shop sending a repaired item back carriage paid: not the customer's postage.
    (
        "en",
        "You have 30 days to return your order. If the item is faulty we will repair and "
        "return it carriage paid.",
        FREE,
        {None},
    ),
    (
        "en",
        "You have 30 days to return items. Our engineers will fix the item and return it "
        "carriage paid.",
        FREE,
        {None},
    ),
    (
        "en",
        "You have 30 days to return items. Once repaired, we aim to return it carriage paid "
        "within 10 days.",
        FREE,
        {None},
    ),
    (
        "es",
        "Tienes 30 días para devolver el artículo. Una vez reparado, procederemos a devolverlo "
        "a portes pagados.",
        FREE,
        {None},
    ),
    (
        "es",
        "Tienes 30 días para devolver el artículo. Si el producto es defectuoso nos "
        "encargaremos de repararlo y devolverlo a portes pagados.",
        FREE,
        {None},
    ),
    (
        "es",
        "Tienes 30 días para devolver el artículo. Si es defectuoso lo reparamos, "
        "devolviéndolo a portes pagados.",
        FREE,
        {None},
    ),
    (
        "pt",
        "Tem 30 dias para devolver o artigo. Se tiver defeito, iremos repará-lo e devolvê-lo "
        "com portes pagos.",
        FREE,
        {None},
    ),
    # 2. An exchange period (or a members-only one) the shop extends is not the return window.
    (
        "es",
        "Dispones de 14 días para devolver el pedido. Ampliamos el plazo de cambio hasta los "
        "60 días.",
        WINDOW,
        {14},
    ),
    (
        "en",
        "You have 14 days to return the item. We extend the exchange period to 60 days.",
        WINDOW,
        {14, None},
    ),
    (
        "es",
        "Dispones de 14 días para devolver el pedido. Para cambios de talla ampliamos el plazo "
        "hasta los 30 días.",
        WINDOW,
        {14, None},
    ),
    (
        "pt",
        "Tem 14 dias para devolver a encomenda. Para trocas alargamos o prazo até aos 30 dias.",
        WINDOW,
        {14, None},
    ),
    (
        "it",
        "Hai 14 giorni per restituire l'ordine. Per i cambi estendiamo il termine fino ai 30 "
        "giorni.",
        WINDOW,
        {14, None},
    ),
    (
        "es",
        "Dispones de 30 días para devolver el pedido. Para los miembros Premium ampliamos este "
        "plazo hasta los 60 días.",
        WINDOW,
        {30, None},
    ),
    # 3. Free collection for all returns of some products, in a region, of a customer group.
    (
        "en",
        "We offer free collection for all returns on furniture. Returns accepted within 30 days.",
        FREE,
        {None},
    ),
    (
        "en",
        "Free pick-up for all returns in London. Returns accepted within 30 days.",
        FREE,
        {None},
    ),
    (
        "es",
        "Devoluciones en 30 días. Recogida gratuita para todas las devoluciones de muebles y "
        "electrodomésticos.",
        FREE,
        {None},
    ),
    (
        "es",
        "Devoluciones en 30 días. Recogida gratuita en todas las devoluciones de clientes Premium.",
        FREE,
        {None},
    ),
    (
        "de",
        "Rückgabe innerhalb von 30 Tagen. Kostenlose Abholung für alle Rücksendungen von Möbeln.",
        FREE,
        {None},
    ),
    # 4. A repacking charge on repairs or gift wrapping: no restocking fee, no paid return.
    (
        "en",
        "You have 30 days to return items. A repacking fee applies to items sent for repair "
        "under warranty.",
        FEE,
        {None},
    ),
    (
        "en",
        "You have 30 days to return items. A repacking fee applies to items sent for repair "
        "under warranty.",
        FREE,
        {None},
    ),
    (
        "en",
        "You have 30 days to return your order. Gift wrapping and repacking charges are "
        "non-refundable.",
        FEE,
        {None},
    ),
    (
        "en",
        "You have 30 days to return your order. Gift wrapping and repacking charges are "
        "non-refundable.",
        FREE,
        {None},
    ),
    (
        "es",
        "Tienes 30 días para devolver el artículo. Las reparaciones en garantía tienen un cargo "
        "por reempaque de 10 €.",
        FEE,
        {None},
    ),
    (
        "es",
        "Tienes 30 días para devolver el artículo. Las reparaciones en garantía tienen un cargo "
        "por reempaque de 10 €.",
        FREE,
        {None},
    ),
    # 5. The repaired product sent back at the customer's cost: not the ordinary return.
    (
        "es",
        "Tienes 30 días para devolver tu pedido. El envío de regreso del producto reparado corre "
        "por cuenta del cliente.",
        FREE,
        {None},
    ),
    # 6. A change of mind: the (original) delivery costs not refunded, no return cost.
    (
        "en",
        "You have 30 days to return your order. If you changed your mind - delivery costs are "
        "paid by the customer and will not be refunded.",
        FREE,
        {None},
    ),
    # 8. The law's right to return faulty goods is no withdrawal period.
    (
        "es",
        "Tienes 30 días para devolver tu pedido. Según la normativa, tienes derecho a devolver "
        "productos defectuosos en un plazo de 2 años.",
        WITHDRAWAL,
        {None},
    ),
    (
        "en",
        "You may return any item within 14 days. Under the law you have the right to return "
        "faulty goods within 30 days.",
        WITHDRAWAL,
        {None},
    ),
    # 7. Return shipping refunded only if the goods are NOT damaged: no "only for faults".
    (
        "en",
        "Free returns within 30 days. We only refund the return shipping costs if the goods are "
        "not damaged by the customer.",
        FREE,
        {True},
    ),
]


@pytest.mark.parametrize(("lang", "text", "field", "allowed"), CASES)
def test_round24_mend(lang: str, text: str, field: str, allowed: set[object]) -> None:
    assert extract_returns_terms(text, lang).get(field) in allowed


# What the narrowed rules still read (the round's own cases).
KEPT: list[Case] = [
    (
        "en",
        "You may return any item within 30 days. Under the law you have the right to return "
        "goods within 14 days.",
        WITHDRAWAL,
        {14},
    ),
    (
        "es",
        "Tienes 30 días para devolver tu pedido. Según la normativa, tienes derecho a devolver "
        "los productos en un plazo de 14 días.",
        WITHDRAWAL,
        {14},
    ),
    ("en", "You have 14 days to return the item. We extend this period to 30 days.", WINDOW, {30}),
    (
        "en",
        "You have 14 days to return the item. For Premium members we extend the return period "
        "to 60 days.",
        WINDOW,
        {14},
    ),
    ("es", "Dispone de 15 días para la devolución, retornándolo a portes pagados.", FREE, {False}),
    (
        "pt",
        "Tem 15 dias para a devolução. Deverá remetê-lo com portes pagos para o armazém.",
        FREE,
        {False},
    ),
    (
        "en",
        "You have 15 days to make a return. Please send back the parcel carriage paid.",
        FREE,
        {False},
    ),
    (
        "es",
        "Dispones de 14 días para devolver el pedido. Ampliamos este plazo hasta los 30 días.",
        WINDOW,
        {30},
    ),
    (
        "en",
        "We offer free collection for all returns. Returns accepted within 30 days.",
        FREE,
        {True},
    ),
    ("es", "Devoluciones en 30 días. Recogida gratuita para todas las devoluciones.", FREE, {True}),
    (
        "en",
        "You have 30 days to return items. A repacking fee of 10% applies to returns.",
        FEE,
        {True},
    ),
]


@pytest.mark.parametrize(("lang", "text", "field", "allowed"), KEPT)
def test_round24_kept(lang: str, text: str, field: str, allowed: set[object]) -> None:
    assert extract_returns_terms(text, lang).get(field) in allowed
