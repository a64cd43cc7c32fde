"""Returns round 27 (2026-12-04 night; Spanish free returns, from the tuned Spanish misses):

- shipping costs in the sentence right after one naming a return ("Se puede devolver en 14 días.
  Los gastos de envío los paga el cliente") are the return's, unless the sentence names a
  refund, an exchange, a repair, a defect, a change of mind, the shop as payer, the order or its
  original shipping, or opens on a label ("Envíos: ..."), or the return was said to be free;
- an aside in brackets naming no cost, payer, number or exception is read past between a cost and
  its payer ("los costes de devolución (envío del producto de vuelta a X) serán asumidos por el
  cliente"), unless it holds the sentence's only return word;
- es: "costear" as a verb of paying, "deberás hacerte cargo" as the customer paying, shipping
  "hacia nuestras instalaciones" as a return, "transporte" as shipping, an offer to return
  closed by ", sin coste para ti".

Review 54 narrowed the round: shipping after a return needs the customer named as payer and no
number, delivery, replacement or destination; an aside is read past only when it gives an
example or names the return's own path with no case ("cuando", "para", "solo"); "hacia nuestra
tienda" (click-and-collect) and the free collection before a gerund's clause were withdrawn; the
offer closed by "sin coste para ti" holds only for "la posibilidad de devolver", ending the
sentence, with no shop, warranty or class of customers named.

Each case is (language, text, the free-returns reading). Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"

CASES = [
    # Shipping costs right after a return.
    (
        "es",
        "Puedes devolver el producto en 14 días. Los gastos de envío los paga el cliente.",
        False,
    ),
    ("en", "You may return items within 30 days. Shipping costs are paid by the customer.", False),
    ("es", "Tienes 30 días para devolverlo. El transporte corre por cuenta del comprador.", False),
    # Guards: the sentence names a refund, an exchange, a repair, a defect, the order, the
    # original shipping, the shop, or opens on a label; or the return was said to be free.
    ("es", "Puedes devolverlo en 14 días. Los gastos de envío no se reembolsan.", None),
    ("es", "Puedes devolverlo en 14 días. En los cambios, el envío lo paga el cliente.", None),
    (
        "es",
        "Puedes devolverlo en 14 días. El envío del producto reparado lo paga el cliente.",
        None,
    ),
    ("es", "Puedes devolverlo en 14 días. El envío de los pedidos lo paga el cliente.", None),
    ("es", "Puedes devolverlo en 14 días. Envíos: los gastos de envío los paga el cliente.", None),
    ("es", "Puedes devolverlo en 14 días. Los gastos de envío corren por nuestra cuenta.", True),
    (
        "es",
        "Puedes devolverlo en 14 días. Los gastos de envío iniciales corren por cuenta del "
        "cliente.",
        None,
    ),
    ("es", "La devolución es gratuita. Los gastos de envío los paga el cliente.", True),
    (
        "es",
        "Devoluciones en 10 días. Salvo arrepentimiento, los gastos de envío los paga el cliente.",
        None,
    ),
    # An aside between a cost and its payer.
    (
        "es",
        "Los costes de devolución (envío del producto de vuelta a nuestro almacén de Toledo) "
        "serán asumidos por el cliente.",
        False,
    ),
    (
        "en",
        "The return is free, but the cost of the collection (i.e. the return shipment) is "
        "always borne by the buyer.",
        False,
    ),
    # Spanish words.
    ("es", "Puede ser devuelto en 10 días. Manejo y envío lo costeará el cliente.", False),
    (
        "es",
        "Puedes devolverlo en 30 días. Deberás hacerte cargo del coste de la devolución.",
        False,
    ),
    (
        "es",
        "Deberás hacerte cargo del coste del envío hacia nuestras instalaciones en Murcia.",
        False,
    ),
    (
        "es",
        "Te ofrecemos la posibilidad de devolver el pedido durante 30 días, sin coste para ti.",
        True,
    ),
    # Review 54: only "la posibilidad de devolver", ending the sentence (not a defect's return).
    ("es", "Puedes devolver el producto si llega dañado, sin coste para ti.", None),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_round27(lang: str, text: str, expected: bool | None) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is expected
