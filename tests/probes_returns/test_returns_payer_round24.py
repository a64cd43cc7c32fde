"""Round 24 (who pays, restocking fee): the return's own costs refunded, or paid by the shop, ONLY
for faulty goods (the customer pays an ordinary return, as "we pay the return shipping if the
error is ours"); a free collection offered for all returns (a free return); the customer
addressed as "usted" after "a cargo de"; goods sent back carriage paid after an infinitive or
gerund of returning ("devolverlo ... a portes pagados"); return costs that "no se abonarán"; a
gerund of deducting ("deduciéndose el coste de la devolución"); "hassle-free returns" (how easy,
not what it costs); "envío de regreso / de vuelta" paid by the customer; a restocking fee "no se
aplicarán"; a repacking fee. The sentences are made up, one idiom each; GUARDS hold each rule's
nearest wrong reach."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"
FEE = "returns.restocking_fee"

# (language, text, {field: the values allowed})
Case = tuple[str, str, dict[str, set[object]]]
CASES: list[Case] = [
    # 1. The return's costs refunded only for faults: the customer pays an ordinary return.
    (
        "en",
        "Returns are accepted within 30 days. We will only reimburse return postage costs if "
        "the product arrived broken.",
        {FREE: {False}},
    ),
    (
        "es",
        "Admitimos devoluciones durante 30 días. Solamente abonamos los gastos de devolución "
        "si el artículo llegó roto.",
        {FREE: {False}},
    ),
    (
        "es",
        "Admitimos devoluciones durante 30 días. Únicamente reembolsamos el coste de la "
        "devolución en caso de producto defectuoso.",
        {FREE: {False}},
    ),
    (
        "fr",
        "Retours acceptés sous 30 jours. Les frais de retour ne sont remboursés que si le "
        "produit est défectueux.",
        {FREE: {False}},
    ),
    (
        "de",
        "Rückgabe binnen 30 Tagen möglich. Die Rücksendekosten erstatten wir nur, wenn der "
        "Artikel defekt ankommt.",
        {FREE: {False}},
    ),
    (
        "it",
        "Accettiamo resi entro 30 giorni. Le spese di reso vengono rimborsate solo se il "
        "prodotto risulta difettoso.",
        {FREE: {False}},
    ),
    (
        "pt",
        "Aceitamos devoluções em 30 dias. Só reembolsamos os portes de devolução se o artigo "
        "tiver defeito.",
        {FREE: {False}},
    ),
    (
        "pl",
        "Zwroty przyjmujemy w ciągu 30 dni. Koszty zwrotu zostaną zwrócone tylko w przypadku "
        "wady produktu.",
        {FREE: {False}},
    ),
    # 2. A free collection for all returns: a free return.
    (
        "en",
        "You may return items within 30 days. We provide free courier collection for all returns.",
        {FREE: {True}},
    ),
    (
        "es",
        "Puedes devolver tu compra en 30 días. Incluimos recogida gratuita para todas las "
        "devoluciones.",
        {FREE: {True}},
    ),
    (
        "es",
        "Puedes devolver tu compra en 30 días. Ofrecemos retiro gratis en cada devolución.",
        {FREE: {True}},
    ),
    (
        "fr",
        "Vous pouvez retourner vos achats sous 30 jours. Collecte gratuite pour tous les retours.",
        {FREE: {True}},
    ),
    (
        "de",
        "Sie können Artikel 30 Tage lang zurückgeben. Kostenlose Abholung für alle Retouren.",
        {FREE: {True}},
    ),
    (
        "it",
        "Puoi restituire gli articoli entro 30 giorni. Ritiro gratuito per ogni reso.",
        {FREE: {True}},
    ),
    (
        "nl",
        "Je kunt artikelen 30 dagen retourneren. Gratis ophaalservice voor elke retour.",
        {FREE: {True}},
    ),
    (
        "pt",
        "Pode devolver os artigos em 30 dias. Coleta gratuita para todas as devoluções.",
        {FREE: {True}},
    ),
    (
        "pl",
        "Możesz zwrócić towar w ciągu 30 dni. Zapewniamy bezpłatny odbiór każdego zwrotu.",
        {FREE: {True}},
    ),
    # 3. The customer as "usted" after "a cargo de", "por cuenta de".
    (
        "es",
        "Puede devolver su pedido en 15 días. Los portes de la devolución serán a cargo de usted.",
        {FREE: {False}},
    ),
    (
        "es",
        "Pueden devolver su pedido en 15 días. El costo de la devolución corre por cuenta de "
        "ustedes.",
        {FREE: {False}},
    ),
    # 4. Carriage paid after an infinitive or gerund of returning.
    (
        "es",
        "Dispone de 15 días para la devolución. Deberá devolverla a nuestra tienda a portes "
        "pagados.",
        {FREE: {False}},
    ),
    (
        "es",
        "Dispone de 15 días para la devolución, retornándolo a portes pagados.",
        {FREE: {False}},
    ),
    (
        "pt",
        "Tem 15 dias para a devolução. Deverá remetê-lo com portes pagos para o armazém.",
        {FREE: {False}},
    ),
    (
        "it",
        "Hai 15 giorni per il reso. Dovrai restituirla in porto franco.",
        {FREE: {False}},
    ),
    (
        "en",
        "You have 15 days to make a return. Please send back the parcel carriage paid.",
        {FREE: {False}},
    ),
    (
        "nl",
        "Je hebt 15 dagen om te retourneren. Het pakket dient u franco te retourneren.",
        {FREE: {False}},
    ),
    # 5. Return costs that "no se abonarán"; a gerund of deducting.
    (
        "es",
        "Aceptamos devoluciones en 30 días. No se abonarán los portes de la devolución.",
        {FREE: {False}},
    ),
    (
        "es",
        "Aceptamos devoluciones en 30 días. Devolveremos el dinero descontando los gastos de la "
        "devolución.",
        {FREE: {False}},
    ),
    (
        "pt",
        "Aceitamos devoluções em 30 dias. Devolvemos o dinheiro descontando os custos da "
        "devolução.",
        {FREE: {False}},
    ),
    # 6. "hassle-free returns": how easy a return is, not what it costs.
    (
        "en",
        "Returns accepted within 60 days. Enjoy worry-free returns on every order.",
        {FREE: {None}},
    ),
    (
        "en",
        "Returns accepted within 60 days. Hassle free returns and exchanges.",
        {FREE: {None}},
    ),
    # 7. The shop (we) paying the return's costs only for faults: the customer pays an ordinary one.
    (
        "en",
        "Returns are accepted within 30 days. We only cover return postage if the goods arrive "
        "broken.",
        {FREE: {False}},
    ),
    (
        "es",
        "Admitimos devoluciones durante 30 días. Solo asumimos los gastos de devolución si el "
        "producto llega roto.",
        {FREE: {False}},
    ),
    (
        "de",
        "Rückgabe binnen 30 Tagen. Die Rücksendekosten tragen wir nur bei beschädigter Ware.",
        {FREE: {False}},
    ),
    # 10. The shipping back named "envío (flete) de regreso / de vuelta", the customer paying.
    (
        "es",
        "Tienes 10 días para devolver tu compra. El flete de regreso es por cuenta del comprador.",
        {FREE: {False}},
    ),
    (
        "es",
        "Tienes 10 días para devolver tu compra. El despacho de vuelta lo asume el cliente.",
        {FREE: {False}},
    ),
    # 11. A change of mind named as the case, then the shipping costs the customer's.
    (
        "es",
        "Tienes 10 días para arrepentirte. Por desistimiento, los gastos de transporte son a "
        "cargo del consumidor.",
        {FREE: {False}},
    ),
    (
        "en",
        "Returns within 30 days. Change of mind - postage costs are at the buyer's expense.",
        {FREE: {False}},
    ),
    # 8. A restocking fee said not to be applied, the passive verb first: no fee.
    (
        "es",
        "Devoluciones durante 30 días. No se cobrarán tarifas de reposición.",
        {FEE: {False}},
    ),
    (
        "pt",
        "Devoluções durante 30 dias. Não serão cobradas taxas de reabastecimento.",
        {FEE: {False}},
    ),
    (
        "fr",
        "Retours pendant 30 jours. Pas de frais de reconditionnement.",
        {FEE: {False}},
    ),
    # 9. A repacking fee: a restocking fee.
    (
        "en",
        "Returns accepted for 30 days. A repackaging charge of $8 applies to every return.",
        {FEE: {True}},
    ),
    (
        "es",
        "Devoluciones durante 30 días. Toda devolución tiene una tasa de reempaquetado de 4 euros.",
        {FEE: {True}},
    ),
    (
        "it",
        "Resi entro 30 giorni. Ogni reso prevede una commissione di riconfezionamento di 6 euro.",
        {FEE: {True}},
    ),
]

# Each rule's nearest wrong reach: these must not change what is read.
GUARDS: list[Case] = [
    # 1. The original (outbound) shipping refunded only for faults: nothing of the return's cost.
    (
        "en",
        "Returns are accepted within 30 days. We only refund the original delivery charge if the "
        "product arrived broken.",
        {FREE: {None}},
    ),
    # 1. "only" limiting another verb before "and" (no faults-only "only"); round 30 reads the
    # shop refunding the return costs if faulty as the faults-only payer (a weak "no", as "if it
    # arrives damaged, we pay the return costs").
    (
        "en",
        "Returns are only accepted unused and we refund the return costs if the item is faulty.",
        {FREE: {False}},
    ),
    # 1. Faults beside another case.
    (
        "en",
        "Returns within 30 days. We only refund return costs if the item is faulty or if you "
        "return the whole order.",
        {FREE: {None}},
    ),
    # 1. English "so" is no Portuguese "só".
    (
        "en",
        "Returns within 30 days. Keep the receipt so we can refund the return costs if the item "
        "is faulty.",
        {FREE: {None}},
    ),
    # 2. A free collection for returns over a value: not every return.
    (
        "en",
        "You may return items within 30 days. Free collection on all returns over £50.",
        {FREE: {None}},
    ),
    (
        "es",
        "Puedes devolver tu compra en 30 días. Recogida gratuita para todas las devoluciones "
        "superiores a 50 euros.",
        {FREE: {None}},
    ),
    # 2. A free collection of an order from a store is no return.
    (
        "en",
        "You may return items within 30 days. Free collection from our store for all orders.",
        {FREE: {None}},
    ),
    # 4. The shop sending a repaired item back carriage paid.
    (
        "es",
        "Si el producto es defectuoso, se lo devolveremos reparado a portes pagados.",
        {FREE: {None}},
    ),
    (
        "en",
        "Returns within 30 days. If faulty, we will return it carriage paid.",
        {FREE: {None}},
    ),
    # 6. Free returns stay free.
    (
        "en",
        "Returns accepted within 60 days. Free return shipping, hassle-free.",
        {FREE: {True}},
    ),
    # 7. The shop pays, and "only" limits another verb after "and".
    (
        "en",
        "Returns within 30 days. We pay return shipping and only accept unused items if the "
        "packaging is intact.",
        {FREE: {True}},
    ),
    # 10. The shipping back named, the customer in another clause, paying nothing.
    (
        "es",
        "Devoluciones en 30 días. El envío de vuelta del nuevo producto al cliente lo hacemos en "
        "48 horas.",
        {FREE: {None}},
    ),
    # 11. After "except" the change of mind is the exception; the original shipping is outbound.
    (
        "es",
        "Devoluciones en 10 días. Salvo arrepentimiento, los costos de envío son a cargo del "
        "cliente.",
        {FREE: {None}},
    ),
    (
        "es",
        "Devoluciones en 10 días. En caso de arrepentimiento, los gastos de envío originales son "
        "a cargo del cliente.",
        {FREE: {None}},
    ),
    # 8. A fee charged (no negation) stays a fee.
    (
        "es",
        "Devoluciones durante 30 días. Se cobrará una tarifa de reposición del 10 %.",
        {FEE: {True}},
    ),
    # 9. The customer's own costs of repacking and sending back: no fee the shop charges.
    (
        "it",
        "Recesso entro 14 giorni. Il cliente sostiene le spese di reimballaggio e spedizione del "
        "reso.",
        {FEE: {None}},
    ),
    # 9. Repacking the goods, no fee named.
    (
        "en",
        "Returns accepted for 30 days. Please repack the item in its original box.",
        {FEE: {None}},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_round24_payer(language: str, text: str, expected: dict[str, set[object]]) -> None:
    terms = extract_returns_terms(text, language)
    for field, allowed in expected.items():
        assert terms.get(field) in allowed, (field, terms)


@pytest.mark.parametrize(("language", "text", "expected"), GUARDS)
def test_round24_payer_guards(language: str, text: str, expected: dict[str, set[object]]) -> None:
    terms = extract_returns_terms(text, language)
    for field, allowed in expected.items():
        assert terms.get(field) in allowed, (field, terms)
