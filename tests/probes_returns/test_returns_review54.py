"""Review 54 of returns round 27 (2026-12-04 night): made-up snippets, Spanish first, then the
other languages for the two structural rules (`shipping_after_return`, `without_asides`), that
round 27 reads otherwise than tests/data/LABELLING.md (returns part) says, where the code before
it (HEAD^ of fdf1a62) read them right (all the gaps below: old read `null`); beside them, guards
the round reads right. Each case is (language, text, field, the values the labels allow). Cases
round 27 misreads were strict xfails; the mend (narrowing, and withdrawing the gerund and "hacia
nuestra tienda") reads all 43 right, so they are plain cases now; two of the reviewer's guards
the mend leaves unread are strict xfails. Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms
from tests.known_gaps import review_gap

WINDOW = "returns.window_days"
FREE = "returns.free_returns"
FEE = "returns.restocking_fee"

RET = "Puedes devolver el producto en 14 días. "


gap = review_gap("review 54")


CASES: list[object] = [
    # A. Spanish: a sentence about the OUTBOUND delivery (to the customer's home, its delivery
    # time, a delivery tier, a destination, a replacement sent out) right after a return
    # sentence: `shipping_after_return` lends it the return word and reads customer-pays.
    ("es", RET + "Los gastos de envío a domicilio son a cargo del cliente.", FREE, {None}),
    ("es", RET + "El envío cuesta 4,95 € y se entrega en 48 horas.", FREE, {None}),
    (
        "es",
        "Dispones de 14 días naturales para devolver el producto. El envío se realiza en "
        "24-48 horas con un coste de 3,95 €.",
        FREE,
        {None},
    ),
    (
        "es",
        "Tienes 30 días para devolver tu compra. Los gastos de envío son de 3,95 € para "
        "entregas en península.",
        FREE,
        {None},
    ),
    ("es", RET + "El envío urgente cuesta 6,95 €.", FREE, {None}),
    ("es", RET + "Los envíos a Portugal tienen un coste de 7 €.", FREE, {None}),
    (
        "es",
        RET + "El envío del producto de sustitución corre por cuenta del cliente.",
        FREE,
        {None},
    ),
    ("es", RET + "La gestión del envío a domicilio tiene un coste de 2 €.", FREE, {None}),
    # guards: the round's own case; outbound sentences it already leaves alone; window, fee.
    ("es", RET + "Los gastos de envío los paga el cliente.", FREE, {False}),
    ("es", RET + "Envío gratuito a partir de 50 €.", FREE, {None}),
    ("es", RET + "Si rechazas la entrega, los gastos de envío los paga el cliente.", FREE, {None}),
    ("es", RET + "Para envíos internacionales, los gastos los paga el cliente.", FREE, {None}),
    ("es", RET + "Los gastos de envío a domicilio son a cargo del cliente.", WINDOW, {14}),
    ("es", RET + "Los gastos de envío a domicilio son a cargo del cliente.", FEE, {None}),
    # B. The same rule in the other languages: outbound delivery prices and tiers after a return.
    ("en", "You may return items within 30 days. Standard shipping costs £3.95.", FREE, {None}),
    ("en", "You may return items within 30 days. Shipping to Canada costs $15.", FREE, {None}),
    ("en", "Items can be returned within 30 days. Next-day shipping costs £5.99.", FREE, {None}),
    (
        "en",
        "You may return items within 30 days. The shipping costs for the replacement are "
        "paid by the customer.",
        FREE,
        {None},
    ),
    (
        "de",
        "Sie können Artikel innerhalb von 30 Tagen zurückgeben. Die Versandkosten für die "
        "Lieferung trägt der Kunde.",
        FREE,
        {None},
    ),
    (
        "de",
        "Sie können Artikel innerhalb von 30 Tagen zurückgeben. Der Versand nach Österreich "
        "kostet 5,90 €.",
        FREE,
        {None},
    ),
    (
        "fr",
        "Vous pouvez retourner vos articles sous 30 jours. Les frais d'expédition sont de "
        "5,90 € pour une livraison en 48 h.",
        FREE,
        {None},
    ),
    (
        "fr",
        "Vous pouvez retourner vos articles sous 30 jours. L'expédition vers la Belgique "
        "coûte 7,90 €.",
        FREE,
        {None},
    ),
    (
        "it",
        "Puoi restituire i prodotti entro 14 giorni. La spedizione costa 6,90 € e arriva in "
        "24/48 ore.",
        FREE,
        {None},
    ),
    (
        "it",
        "Puoi restituire i prodotti entro 14 giorni. La spedizione espressa costa 9,90 €.",
        FREE,
        {None},
    ),
    (
        "nl",
        "Je kunt artikelen binnen 30 dagen retourneren. Verzending naar België kost € 4,95.",
        FREE,
        {None},
    ),
    (
        "nl",
        "Je kunt artikelen binnen 30 dagen retourneren. Verzending met spoedlevering kost € 6,95.",
        FREE,
        {None},
    ),
    (
        "pt",
        "Pode devolver o artigo em 14 dias. O envio custa 3,50 € e a entrega é feita em 48 horas.",
        FREE,
        {None},
    ),
    (
        "pl",
        "Możesz zwrócić towar w ciągu 14 dni. Wysyłka kurierem kosztuje 15 zł, a dostawa "
        "trwa 2 dni.",
        FREE,
        {None},
    ),
    # guards
    (
        "en",
        "You may return items within 30 days. Shipping costs are paid by the customer.",
        FREE,
        {False},
    ),
    ("en", "You may return items within 30 days. Free shipping over $50.", FREE, {None}),
    (
        "en",
        "You may return items within 30 days. If you refuse delivery, the shipping costs are "
        "charged to you.",
        FREE,
        {None},
    ),
    (
        "de",
        "Sie können Artikel innerhalb von 30 Tagen zurückgeben. Versandkostenfrei ab 50 €.",
        FREE,
        {None},
    ),
    ("pl", "Możesz zwrócić towar w ciągu 14 dni. Darmowa dostawa od 100 zł.", FREE, {None}),
    # C. Asides holding a condition (a class of goods, a channel, sale items), which
    # `without_asides` drops, bringing the payer within reach: the customer pays only there.
    (
        "es",
        "Los gastos de devolución (en el caso de muebles, colchones, sofás y "
        "electrodomésticos de gran tamaño que necesitan una agencia especial de dos operarios) "
        "serán asumidos por el cliente.",
        FREE,
        {None},
    ),
    (
        "es",
        "Los gastos de devolución (cuando eliges la recogida a domicilio por mensajero en "
        "lugar de dejar el paquete en una de nuestras tiendas físicas) serán asumidos por el "
        "cliente.",
        FREE,
        {None},
    ),
    (
        "es",
        "Los gastos de devolución (únicamente en las compras hechas en el outlet o en las "
        "rebajas de enero y de verano, marcadas con etiqueta roja) serán asumidos por el "
        "cliente.",
        FREE,
        {None},
    ),
    (
        "en",
        "The cost of returning (for oversized items such as sofas, wardrobes, mattresses "
        "and large appliances delivered by our two-man team) is borne by the customer.",
        FREE,
        {None},
    ),
    (
        "en",
        "The cost of returning (when you book a courier collection from your home instead "
        "of dropping the parcel at one of our stores) is borne by the customer.",
        FREE,
        {None},
    ),
    (
        "de",
        "Die Kosten der Rücksendung (bei sperrigen Möbelstücken wie Sofas, Schränken, "
        "Matratzen und großen Elektrogeräten, die per Spedition kommen) trägt der Kunde.",
        FREE,
        {None},
    ),
    (
        "nl",
        "De kosten van het retourneren (bij grote meubelstukken zoals banken, kasten, "
        "matrassen en grote apparaten die per expediteur worden bezorgd) zijn voor rekening van "
        "de klant.",
        FREE,
        {None},
    ),
    # guards
    (
        "es",
        "Los costes de devolución (envío del producto de vuelta a nuestro almacén de Toledo) "
        "serán asumidos por el cliente.",
        FREE,
        {False},
    ),
    (
        "es",
        "Los gastos de devolución (salvo defecto de fábrica) corren por cuenta del cliente.",
        FREE,
        {False},
    ),
    (
        "es",
        "Los gastos de devolución (para envíos fuera de la Península y Baleares) corren por "
        "cuenta del cliente.",
        FREE,
        {None},
    ),
    # D. Shipping 'hacia nuestra tienda' in click-and-collect (the order sent to the shop for
    # pick-up), read as a return by the es `return` kind.
    (
        "es",
        "El envío hacia nuestra tienda de Sevilla es gratuito y puedes recoger allí tu compra.",
        FREE,
        {None},
    ),
    (
        "es",
        "Los gastos de envío hacia nuestra tienda para recoger tu pedido son de 2 €.",
        FREE,
        {None},
    ),
    (
        "es",
        "Puedes devolver el producto en 30 días. El envío hacia nuestra tienda para recoger "
        "tus compras es gratuito.",
        FREE,
        {None},
    ),
    # guard
    (
        "es",
        "Deberás hacerte cargo del coste del envío hacia nuestras instalaciones en Murcia.",
        FREE,
        {False},
    ),
    # E. 'transporte' as the es `send` word: the carriage of the goods TO the customer after a
    # return sentence.
    (
        "es",
        "Puedes devolver el producto en 30 días. El transporte tiene un coste de 5,95 €.",
        FREE,
        {None},
    ),
    ("es", RET + "El transporte a domicilio lo paga el cliente.", FREE, {None}),
    ("es", RET + "El transporte a domicilio y la manipulación cuestan 6 €.", FREE, {None}),
    # guards
    (
        "es",
        "Tienes 30 días para devolverlo. El transporte corre por cuenta del comprador.",
        FREE,
        {False},
    ),
    (
        "es",
        "Puedes devolver el producto en 30 días. Los daños del transporte deben comunicarse en "
        "24 horas.",
        FREE,
        {None},
    ),
    ("es", RET + "El transporte a domicilio y la manipulación cuestan 6 €.", FEE, {None}),
    # F. An offer to return closed by ', sin coste para ti' where the offer is one of two
    # channels, for a class of customers, or the warranty (faulty goods only).
    (
        "es",
        "Puedes devolver el pedido en cualquier tienda, sin coste para ti, o por mensajero "
        "por 4,95 €.",
        FREE,
        {None},
    ),
    (
        "es",
        "Puedes devolver el pedido en cualquiera de nuestras tiendas durante 30 días, sin "
        "coste para ti. Si prefieres la recogida a domicilio, cuesta 3,95 €.",
        FREE,
        {None},
    ),
    (
        "es",
        "Con la tarjeta Premium puedes devolver el pedido en 90 días, sin coste para ti.",
        FREE,
        {None},
    ),
    (
        "es",
        "Puedes devolver el producto dentro del plazo de garantía de 2 años, sin coste para ti.",
        FREE,
        {None},
    ),
    # guards
    (
        "es",
        "Te ofrecemos la posibilidad de devolver el pedido durante 30 días, sin coste para ti.",
        FREE,
        {True},
    ),
    (
        "es",
        "Si eres socio del Club, puedes devolver tus compras durante 60 días, sin coste para ti.",
        FREE,
        {None},
    ),
    (
        "es",
        "Con la tarjeta Premium puedes devolver el pedido en 90 días, sin coste para ti.",
        WINDOW,
        {90},
    ),
    # G. A free collection before a gerund's clause that limits it (a class of customers, goods
    # excluded, a region).
    (
        "es",
        "Recogeremos el producto sin coste, siendo necesario ser cliente del Club.",
        FREE,
        {None},
    ),
    (
        "es",
        "Recogeremos el producto sin coste, quedando excluidos los artículos voluminosos.",
        FREE,
        {None},
    ),
    (
        "es",
        "Un mensajero recogerá el producto sin coste adicional, exceptuando las islas Canarias.",
        FREE,
        {None},
    ),
    (
        "es",
        "Un mensajero recogerá el producto sin coste adicional, cubriendo solo la península.",
        FREE,
        {None},
    ),
    # guards
    # The mend withdrew the gerund extension: these two are left unread (None, as before round
    # 27), strict xfails until a narrower rule reads them.
    gap(
        "es",
        "Un agente retirará el producto en su domicilio sin coste adicional, asegurando el "
        "embalaje correcto.",
        FREE,
        {True},
        "left unread by the mend (gerund withdrawn)",
    ),
    gap(
        "es",
        "Recogeremos el producto sin coste, siendo el cliente responsable del embalaje.",
        FREE,
        {True},
        "left unread by the mend (gerund withdrawn)",
    ),
    (
        "es",
        "Recogeremos el producto sin coste, cobrando una tasa de reposición del 10%.",
        FEE,
        {True},
    ),
    (
        "es",
        "Recogeremos el producto sin coste, cobrando una tasa de reposición del 10%.",
        FREE,
        {False},
    ),
    # H. 'costear' (guards: the customer paying with an exception; the shop paying is not misread
    # as the customer).
    ("es", "La devolución la costea el cliente salvo en artículos defectuosos.", FREE, {False}),
    ("es", "Las devoluciones las costea la empresa.", FREE, {None, True}),
    (
        "es",
        "Puedes devolver el producto en 30 días. La tienda costea el envío de vuelta.",
        FREE,
        {None, True},
    ),
]


@pytest.mark.parametrize(("lang", "text", "field", "allowed"), CASES, ids=lambda v: str(v)[:40])
def test_review54(lang: str, text: str, field: str, allowed: set) -> None:
    assert extract_returns_terms(text, lang).get(field) in allowed
