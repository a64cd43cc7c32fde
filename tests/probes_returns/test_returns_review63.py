"""Review 63 of returns round 35 (2026-12-05; c97433f): made-up Spanish snippets (Spain and Latin
America) that round 35's es `free_no` rule ("costos / gastos de envío / devolución a cargo del
cliente, salvo producto defectuoso", no verb needed, anywhere in a sentence without "cambi..."
or "?") reads otherwise than tests/data/LABELLING.md (returns part) says, where the code before
it (c97433f^) read them right or no better; beside them, guards the current code reads right.
Each case is (language, text, field, the values the labels allow). Cases the current code
misreads are strict xfails (`gap`); each gap's reason says what c97433f^ read. free_returns was
compared on every snippet with c97433f^.

The rule takes "gastos de envío" for the return's postage and any sentence for an ordinary
return: the original delivery's costs (not refunded), a repair or warranty shipment, a refused
or uncollected parcel, a class of customers or an order value, and exchanges named without
"cambi..." (a "Cambios" heading, "canje", "sustitución", "reemplazo", "reposición",
"intercambio") are all read as the customer paying ordinary returns. A second exception after
the defect ("o arrepentimiento", "o si cambias de opinión", "o compras superiores a ...")
is not read (old: false too where round 26 or older rules matched "gastos de devolución").
Round 35 was withdrawn after this review (its one tuned gain, es-yjbmoto, with it): the 20
snippets the old code read right read right again; the 9 strict xfails left the old code misread
too. Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms
from tests.known_gaps import review_gap

FREE = "returns.free_returns"
ES30 = "Devoluciones en 30 días.\n"


gap = review_gap("review 63")


OUTBOUND = "the original delivery's costs (not refunded) read as the return's (old: None)"
REPAIR = "a repair or warranty shipment read as an ordinary return (old: None)"
REFUSED = "a refused or uncollected parcel's costs read as an ordinary return (old: None)"
SCOPE = "costs for one class of customers or orders only: it depends (old: None)"
SCOPE_OLD = "costs for one order value or class of customers only: it depends (old: false too)"
LATE = "the costs of a late return only say nothing of ordinary ones (old: false too)"
SECOND = "a second exception after the defect: the shop pays ordinary returns (old: false too)"
SECOND_NEW = "a second exception after the defect makes it depend (old: None)"
EXCHANGE = "a paid exchange named without 'cambi...' says nothing about returns (old: None)"
EXCHANGE_FREE = "a paid exchange under a 'Cambios' heading beside free returns (old: None)"
CONFLICT = "the delivery's costs beside 'devoluciones gratuitas': returns are free (old: true)"

CASES: list[object] = [
    # 1. The original delivery's costs: "los gastos de envío (a cargo del cliente, salvo
    # producto defectuoso) no se reembolsan" is about refunding the outbound postage.
    (
        "es",
        ES30 + "Reembolsamos el precio del producto; los gastos de envío a cargo del cliente, "
        "salvo producto defectuoso, no se reembolsan.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Se devuelve el importe pagado. Los costos de envío a cargo del comprador, excepto "
        "en caso de producto defectuoso, no son reembolsables.",
        FREE,
        {None},
    ),
    (
        "es",
        "Envíos\nGastos de envío a cargo del cliente, salvo producto defectuoso.\nDevoluciones "
        "gratuitas en 30 días.",
        FREE,
        {True},
    ),
    # Guards: the delivery named as such is not read (as before).
    (
        "es",
        ES30 + "Gastos de envío del pedido a cargo del cliente, salvo producto defectuoso.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Los gastos de envío de tu compra son a cargo del cliente, salvo artículos "
        "defectuosos.",
        FREE,
        {None},
    ),
    # 2. A repair or warranty shipment (servicio técnico, garantía) is no ordinary return.
    (
        "es",
        ES30 + "Servicio técnico: gastos de envío a cargo del cliente, salvo defecto de fábrica "
        "dentro de la garantía.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Para reparaciones fuera de garantía, costos de envío a cargo del cliente, salvo "
        "defecto de fábrica.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Garantía de 12 meses (costos de envío por cuenta del cliente, salvo producto con "
        "defecto de fábrica).",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Reparaciones: costos de envío al taller a cargo del cliente, salvo producto con "
        "falla de fábrica.",
        FREE,
        {None},
    ),
    # 3. A refused or uncollected parcel (the second delivery's costs), no return.
    (
        "es",
        ES30 + "Si el paquete no se recoge en la oficina, costos de envío a cargo del comprador, "
        "salvo producto dañado.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Si el cliente no está en el domicilio, los costos de envío son a cargo del "
        "cliente, salvo producto dañado.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Pedidos rechazados en la entrega: gastos de envío a cargo del cliente, salvo "
        "producto dañado.",
        FREE,
        {None},
    ),
    # 4. A class of customers, goods or an order value: it depends. Regions and goods are
    # guarded already; a customer type and an order value before the costs are not.
    (
        "es",
        ES30 + "Clientes mayoristas: costos de envío a cargo del cliente, salvo producto "
        "defectuoso.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "En compras menores a $999, costos de envío a cargo del cliente, salvo producto "
        "defectuoso.",
        FREE,
        {None},
    ),
    gap(
        "es",
        ES30 + "Para compras superiores a 1.000 pesos, costos de devolución a cargo del cliente, "
        "salvo producto defectuoso.",
        FREE,
        {None},
        SCOPE_OLD,
    ),
    (
        "es",
        ES30 + "Para Canarias, Ceuta y Melilla, gastos de devolución a cargo del cliente, salvo "
        "producto defectuoso.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Clientes internacionales: costos de envío a cargo del cliente, salvo producto "
        "defectuoso.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Para envíos internacionales, gastos de devolución a cargo del cliente, salvo "
        "producto defectuoso.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Desde provincias, los costos de envío corren por cuenta del comprador, salvo "
        "producto dañado.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Envíos fuera de la península: gastos de devolución por cuenta del cliente, "
        "excepto artículos defectuosos.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Artículos en oferta: gastos de devolución a cargo del cliente, salvo producto "
        "defectuoso.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Muebles y electrodomésticos grandes: costos de envío a cargo del cliente, salvo "
        "producto dañado.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "En productos de outlet, gastos de devolución a cargo del comprador, excepto "
        "artículos con defecto.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Para pedidos inferiores a 50 €, gastos de devolución a cargo del cliente, salvo "
        "artículo defectuoso.",
        FREE,
        {None},
    ),
    # 5. A late return's costs only (old: false too, an older rule on "gastos de devolución").
    gap(
        "es",
        ES30 + "Pasado ese plazo, gastos de devolución a cargo del cliente, salvo defecto de "
        "fábrica.",
        FREE,
        {None},
        LATE,
    ),
    gap(
        "es",
        ES30 + "Devoluciones fuera de plazo: costos de envío por cuenta del cliente, salvo "
        "producto defectuoso.",
        FREE,
        {None},
        LATE,
    ),
    # 6. A second exception after the defect: a change of mind excepted too (the shop pays
    # ordinary returns), or an order value or customer class (it depends).
    gap(
        "es",
        ES30 + "Gastos de devolución a cargo del cliente, salvo producto defectuoso o "
        "arrepentimiento.",
        FREE,
        {True},
        SECOND,
    ),
    gap(
        "es",
        ES30 + "Gastos de devolución a cargo del cliente, salvo producto defectuoso o si cambias "
        "de opinión en los primeros 14 días.",
        FREE,
        {True},
        SECOND,
    ),
    gap(
        "es",
        ES30 + "Costos de devolución a cargo del cliente, excepto productos defectuosos o "
        "desistimiento dentro de los 10 días.",
        FREE,
        {True},
        SECOND,
    ),
    gap(
        "es",
        ES30 + "Gastos de devolución a cargo del cliente, salvo producto defectuoso y clientes "
        "Premium.",
        FREE,
        {None},
        "a second exception for a class of customers: it depends (old: false too)",
    ),
    (
        "es",
        ES30 + "Costos de envío a cargo del cliente, salvo producto defectuoso o compras "
        "superiores a $1.500.",
        FREE,
        {None},
    ),
    # Guards: a second clause the reader already weighs.
    (
        "es",
        ES30 + "Gastos de devolución a cargo del cliente, salvo producto defectuoso, en cuyo caso "
        "también reembolsamos el envío original; la primera devolución de cada cliente es "
        "gratuita.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Costos de envío a cargo del cliente, salvo producto defectuoso o devolución en "
        "tienda, que es gratuita.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Gastos de devolución a cargo del cliente, salvo producto defectuoso o error "
        "nuestro; las devoluciones en tienda son gratis.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Costos de envío a cargo del cliente, salvo productos con falla o en los pedidos "
        "con envío gratis.",
        FREE,
        {None},
    ),
    # 7. An exchange under a heading ("Cambios" as a title or list head, no "cambi..." in the
    # sentence): a paid exchange says nothing about returns.
    (
        "es",
        ES30 + "Cambios\n- Gastos de envío a cargo del cliente, salvo producto defectuoso.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Cambios de talla o color:\n1. Costos de envío a cargo del comprador, salvo "
        "producto con falla.",
        FREE,
        {None},
    ),
    gap(
        "es",
        "Devoluciones: reembolso en 30 días, gratis.\nCAMBIOS\nCostos de envío a cargo del "
        "cliente, salvo producto defectuoso.",
        FREE,
        {True},
        EXCHANGE_FREE,
    ),
    # Guard: "cambios" in the sentence (as intended).
    (
        "es",
        ES30 + "Para cambios, costos de envío a cargo del cliente, salvo producto defectuoso.",
        FREE,
        {None},
    ),
    # 8. An exchange in other words: "canje" (Río de la Plata, Chile), "sustitución",
    # "reemplazo", "reposición", "intercambio" (the lookahead's "\bcambi" misses it).
    (
        "es",
        ES30 + "Para canjes, costos de envío a cargo del cliente, salvo producto defectuoso.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Canje por otro modelo: costos de envío por cuenta del cliente, salvo producto con "
        "falla.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Sustituciones: gastos de envío a cargo del comprador, excepto artículos dañados.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "En la sustitución por otra talla, gastos de envío a cargo del cliente, salvo "
        "producto defectuoso.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Reemplazos: costos de envío a cargo del cliente, salvo defecto de fábrica.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Reposición del artículo: gastos de envío a cargo del cliente, salvo producto "
        "dañado.",
        FREE,
        {None},
    ),
    (
        "es",
        ES30 + "Intercambios: costos de envío a cargo del cliente, salvo producto defectuoso.",
        FREE,
        {None},
    ),
    # 9. Two channels or couriers at different costs: it depends (read right).
    (
        "es",
        ES30 + "Devoluciones por mensajería: gastos de envío a cargo del cliente, salvo producto "
        "defectuoso. Devoluciones en tienda: gratuitas.",
        FREE,
        {None},
    ),
    gap(
        "es",
        ES30 + "Si usas tu propia paquetería, costos de envío a cargo del cliente, salvo producto "
        "defectuoso; con nuestra guía prepagada la devolución es gratis.",
        FREE,
        {None},
        "read right by round 35, withdrawn for its overreach; the code before it misread it too",
    ),
    # 10. Guards: what the round is for.
    (
        "es",
        ES30 + "Gastos de devolución a cargo del cliente, salvo producto defectuoso.",
        FREE,
        {False},
    ),
    (
        "es",
        "Devoluciones\n3. Devolver el artículo (costos de envío a cargo del comprador, excepto "
        "artículos dañados).",
        FREE,
        {False},
    ),
    (
        "es",
        ES30 + "Costos de devolución a cargo del cliente, salvo producto defectuoso, en cuyo caso "
        "cubrimos el envío.",
        FREE,
        {False},
    ),
]


@pytest.mark.parametrize(("language", "text", "field", "allowed"), CASES)
def test_review63(language: str, text: str, field: str, allowed: set) -> None:
    assert extract_returns_terms(text, language).get(field) in allowed
