"""Returns round 28 (2026-12-04 night; Spanish free returns, from the tuned Spanish misses and
batch 27's):

- es: the provinces or the rest of a country beside its capital ("Para devoluciones en
  provincias", "Fuera de Lima") name a class of customers by place (the `abroad` flag);
- a free return in the shop ("Si realizas tu devolución en tienda, la devolución es gratuita,
  pero ...") is free through one channel only, also when a turn takes it back; "en tienda", "en
  nuestras tiendas", "en sucursal" name the shop;
- "si el error es/fue nuestro", and the return named in the error's clause ("Si la devolución se
  debe a un error nuestro, asumimos los gastos") or in the sentence before a shipping cost: the
  shop pays on its own errors only, so an ordinary return costs; "cuando el problema es
  atribuible a <a name>" likewise;
- only the first return said free ("La primera devolución de cada pedido es gratuita") is said of
  some returns only;
- the shop named by its own name as payer ("corren por cuenta de PIRATES"): a capitalised name
  with no article after the cost and its return, not the customer's titles nor a carrier, no
  defect or exchange named (nor a defect in the sentence before).

Review 55 (85 made-up snippets, 52 misread by the round) narrowed it: only the first return
*said free* ("solo la primera", "la primera ... es gratuita"), with no word taking in the others;
the store only where no other channel is joined and no credit or refusal is meant; the places only
where the other place is not named too; the error clause's return only for bare costs (no
refund, exchange, sending or free word), and the sentence-before path withdrawn; the named payer
only ending the sentence (or before the law, the ordinary case, an order's value), with no
negation, brand, payment method or goods sent to the customer.

Each case is (language, text, the free-returns reading). Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"

CASES = [
    # A class of customers by place.
    (
        "es",
        "Recogemos sin costo en Lima Metropolitana. Fuera de Lima el costo de envío de retorno "
        "es asumido por el cliente.",
        None,
    ),
    (
        "es",
        "Para devoluciones en provincias, el costo de envío es responsabilidad del cliente.",
        None,
    ),
    ("es", "El costo de envío de la devolución es responsabilidad del cliente.", False),
    # Free in the shop only.
    (
        "es",
        "Si realizas tu devolución en tienda, la devolución es gratuita, pero si la envías a "
        "nuestro almacén, los gastos de envío serán a cargo del cliente.",
        None,
    ),
    ("es", "La devolución en cualquiera de nuestras tiendas es gratuita.", None),
    # The shop pays on its own errors only.
    ("es", "Si la devolución se debe a un error nuestro, asumimos los gastos.", False),
    ("es", "Si el error es nuestro, asumimos los gastos de la devolución.", False),
    # Review 55 withdrew the return borrowed from the sentence before (a replacement sent out);
    # round 30 reads the shop's own "cubrimos los costos de envío" on its error as the
    # faults-only payer, as fresh labels read it (es-houzzetec, es-smartime: false).
    (
        "es",
        "Puede devolverlo en 30 días. También cubrimos los costos de envío si el error fue "
        "nuestro.",
        False,
    ),
    (
        "es",
        "El costo del envío de la devolución lo cubrimos nosotros cuando el problema es "
        "atribuible a Tienda Sol.",
        False,
    ),
    ("es", "Si la devolución se debe a un error nuestro, te reembolsamos los gastos.", False),
    ("es", "Si el error es nuestro, te reembolsamos los portes de envío originales.", None),
    # Only the first return free.
    ("es", "La primera devolución de cada pedido es gratuita.", None),
    ("en", "Your first return is free.", None),
    ("es", "Las devoluciones son gratuitas.", True),
    # The shop by its own name.
    ("es", "Los gastos de devolución corren por cuenta de PIRATES.", True),
    ("es", "El costo del retorno es asumido por Celuvendo.", True),
    # A name named before is the goods' brand, as a word ("marca" holds no "Mar").
    ("es", "Los gastos de devolución de tu marca favorita corren por cuenta de Mar.", True),
    ("es", "Los gastos de devolución corren por cuenta del Cliente.", False),
    ("es", "Los gastos de devolución corren por cuenta de Usted.", False),
    ("es", "Los gastos de devolución no corren por cuenta de PIRATES.", None),
    ("es", "El coste del nuevo envío corre a cargo de Fenix Fit si necesitas otra talla.", None),
    (
        "es",
        "Si el producto llega defectuoso, escríbenos. Los gastos de devolución corren por cuenta "
        "de PIRATES.",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_round28(lang: str, text: str, expected: bool | None) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is expected
