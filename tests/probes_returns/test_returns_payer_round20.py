"""Who pays, round 20 (from the nineteenth returns batch): the return's shipping fees (a fee
noun: "fees", "tarifas", "Gebühren", "tariffe", "taxas") said non-refundable; a change of mind as
a label with the customer bearing the cost as its value (other verbs and nouns than round 16's
"pays"); a who-pays under an "International returns" title agreeing with the page's general
customer-pays (it no longer makes the answer unknown; alone, or beside a free return, it still
does); the return's costs "paid or reimbursed by us"."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Sorry, but return shipping fees are non-refundable."),
        ("en", "Please note that return postage charges are not refundable."),
        ("es", "Lo sentimos: las tarifas de envío de la devolución no son reembolsables."),
        ("it", "Attenzione: le tariffe di spedizione del reso non sono rimborsabili."),
        ("pt", "Atenção: as taxas de envio da devolução não são reembolsáveis."),
        ("de", "Bitte beachten: Gebühren für die Rücksendung werden nicht erstattet."),
    ],
)  # fmt: skip
def test_return_shipping_fees_not_refunded(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The order's own shipping fees, no return named: nothing said of who pays a return.
        ("en", "Original shipping fees are non-refundable."),
        ("es", "Las tarifas de envío del pedido no son reembolsables."),
        ("pt", "As taxas de envio da encomenda não são reembolsáveis."),
    ],
)  # fmt: skip
def test_order_shipping_fees_not_refunded_say_nothing(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Faulty goods: we pay.\nChange of mind: the customer bears the return shipping."),
        ("es", "Artículo dañado: lo asumimos nosotros.\nCambio de "
             "opinión: el cliente asume el costo."),
        ("es", "Arrepentimiento: el comprador cubre los gastos."),
        ("it", "Cambio di idea: il cliente sostiene le spese."),
        ("pt", "Mudança de ideia: o cliente assume os custos."),
        ("fr", "Changement d'avis : le client paie les frais de port."),
        ("nl", "Bedenking: de klant draagt de kosten."),
        ("pl", "Zmiana decyzji: klient ponosi koszty."),
        ("de", "Meinungsänderung: der Kunde übernimmt die Kosten."),
    ],
)  # fmt: skip
def test_change_of_mind_label_customer_bears_cost(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A change of mind with no cost as its value, or another label (a size): not these rules.
        ("en", "Change of mind: the customer may send the item back."),
        ("en", "Wrong size: the customer bears the cost."),
        ("es", "Cambio de talla: el cliente asume el costo."),
        ("es", "Cambio de opinión: el cliente puede devolver el artículo."),
        ("fr", "Changement d'avis : le client peut renvoyer l'article."),
    ],
)  # fmt: skip
def test_other_labels_stay_unread(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is None


_INTERNATIONAL = [
    ("en", "The customer pays the return shipping.", "International Returns",
     "For international returns, the customer is responsible for the cost of return shipping."),
    ("es", "Los gastos de devolución corren por "
         "cuenta del cliente.", "Devoluciones internacionales",
     "En estos envíos el cliente paga también los aranceles."),
    ("fr", "Les frais de retour sont à la charge du client.", "Retours internationaux",
     "Les frais de retour et de douane sont à la charge du client."),
    ("de", "Die Kosten der Rücksendung trägt der Kunde.", "Internationale Rücksendungen",
     "Die Kosten der Rücksendung und den Zoll trägt der Kunde."),
    ("it", "Le spese di restituzione sono a carico del cliente.", "Resi internazionali",
     "Le spese di restituzione e i dazi sono a carico del cliente."),
    ("nl", "De kosten van de retourzending zijn voor "
         "rekening van de klant.", "Internationale retouren",
     "De kosten van de retourzending en de douane zijn voor rekening van de klant."),
    ("pt", "Os custos de devolução são da "
         "responsabilidade do cliente.", "Devoluções internacionais",
     "Os custos de devolução e as taxas alfandegárias são da responsabilidade do cliente."),
    ("pl", "Koszty zwrotu ponosi klient.", "Zwroty międzynarodowe",
     "Koszty zwrotu oraz cła ponosi klient."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "general", "title", "abroad"), _INTERNATIONAL)
def test_international_title_agrees_with_general_paid(
    lang: str, general: str, title: str, abroad: str
) -> None:
    text = f"{general}\n{title}\n{abroad}"
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(("lang", "general", "title", "abroad"), _INTERNATIONAL)
def test_international_title_alone_says_nothing(
    lang: str, general: str, title: str, abroad: str
) -> None:
    assert extract_returns_terms(f"{title}\n{abroad}", lang).get(FREE) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Returns are free of charge.\nInternational Returns\n"
         "For international returns, the customer is responsible for the cost of return shipping."),
        ("es", "La devolución es gratuita.\nDevoluciones internacionales\n"
         "Los gastos de devolución corren por cuenta del cliente."),
    ],
)  # fmt: skip
def test_international_title_beside_free_stays_unknown(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is None


def test_paid_or_reimbursed_by_us() -> None:
    text = "Use the enclosed label. Return shipping charges will be paid or refunded by us."
    assert extract_returns_terms(text, "en").get(FREE) is True


def test_not_paid_or_reimbursed_by_us_is_not_free() -> None:
    text = "Return shipping charges will not be paid or reimbursed by us."
    assert extract_returns_terms(text, "en").get(FREE) is not True


# Round 20: a shop named by its name as the subject of "asume el coste": folded "el" before a
# noun is the article, not the pronoun "él" (the customer).
@pytest.mark.parametrize(
    "text",
    [
        "Luna asume el coste del envío de la devolución.",
        "Calzados Ribera asume el costo de la devolución.",
    ],
)
def test_es_shop_by_name_bears_the_cost(text: str) -> None:
    assert extract_returns_terms(text, "es").get(FREE) is True


def test_es_shop_by_name_denying_the_cost_still_paid() -> None:
    text = "Luna no asume el coste de la devolución."
    assert extract_returns_terms(text, "es").get(FREE) is False


def test_es_customer_bearing_the_cost_still_paid() -> None:
    text = "El cliente asume el coste del envío de la devolución."
    assert extract_returns_terms(text, "es").get(FREE) is False


# Round 20: a hedge in a clause of its own opened by "and a ..." hedges that clause only.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Return postage is the customer's responsibility and "
             "a handling fee of 10% may apply."),
        ("es", "Los gastos de devolución corren por cuenta del cliente y una tarifa de reposición "
         "del 10% puede aplicarse."),
        ("de", "Die Kosten der Rücksendung trägt der Kunde und eine "
             "Bearbeitungsgebühr kann anfallen."),
    ],
)  # fmt: skip
def test_hedge_in_a_fee_clause_leaves_payer(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The hedge is on who pays itself: still a hedge.
        ("en", "The customer may be charged return shipping and a handling fee."),
        ("es", "Los gastos de devolución pueden correr por cuenta "
             "del cliente y un cargo de gestión."),
    ],
)  # fmt: skip
def test_hedged_payer_with_a_fee_stays_hedged(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is None


# Round 20: a return not accepted and sent back at the customer's cost says nothing of an
# ordinary return's cost (it no longer reads as "the customer pays").
_REJECTED = [
    ("en", "Returns that break these rules will not be accepted and will be sent back at the "
     "customer's expense."),
    ("es", "Las devoluciones sin autorización no serán aceptadas y "
         "serán devueltas a cargo del cliente."),
    ("fr", "Les colis non conformes seront refusés et renvoyés aux frais du client."),
    ("pt", "As devoluções sem autorização não serão aceites e "
         "serão devolvidas a expensas do cliente."),
    ("it", "I resi senza autorizzazione non saranno accettati e "
         "saranno rispediti a spese del cliente."),
    ("de", "Unfreie Pakete werden nicht angenommen und auf Kosten des Kunden zurückgeschickt."),
    ("nl", "Pakketten zonder retournummer worden niet geaccepteerd "
         "en op kosten van de klant teruggestuurd."),
    ("pl", "Paczki bez numeru zwrotu nie zostaną przyjęte i zostaną odesłane na koszt klienta."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), _REJECTED)
def test_rejected_return_says_nothing(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is None


def test_rejected_return_leaves_a_free_return_free() -> None:
    text = "Return shipping is free. " + _REJECTED[0][1]
    assert extract_returns_terms(text, "en").get(FREE) is True


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A paid return in the sentence before a rejected one: still paid.
        ("en", "You pay the return postage. " + _REJECTED[0][1]),
        # Review 37 (A1): a customer-pays clause and a rejected clause in ONE sentence (the German
        # "ausreichend frankieren, unfreie Sendungen werden nicht angenommen" formula): the
        # rejected clause is cut out, the customer still pays (each read nothing at 5c5ace2).
        ("de", "Bitte senden Sie die Ware ausreichend frankiert zurück, unfreie Sendungen werden "
         "nicht angenommen und zurückgeschickt."),
        ("de", "Bitte schicken Sie die Rücksendung ausreichend frankiert, unfrei eingesandte "
         "Pakete werden nicht angenommen und an Sie zurückgeschickt."),
        ("de", "Die Rücksendung erfolgt auf Kosten des Kunden, unfreie Pakete werden nicht "
         "angenommen und zurückgeschickt."),
        ("en", "Return shipping costs are at your own expense, and items that are used will not "
         "be accepted and will be returned to you."),
        ("en", "Please return items with sufficient postage, as unpaid parcels will not be "
         "accepted and will be returned."),
        ("es", "Los gastos de devolución corren a cargo del cliente y los productos usados no "
         "serán aceptados y serán devueltos."),
        ("fr", "Les frais de retour sont à la charge du client, les colis en port dû seront "
         "refusés et renvoyés."),
        ("it", "Le spese di reso sono a carico del cliente e i pacchi non affrancati non saranno "
         "accettati e saranno rispediti."),
        ("nl", "De retourkosten zijn voor rekening van de klant, ongefrankeerde pakketten worden "
         "niet geaccepteerd en teruggestuurd."),
    ],
)  # fmt: skip
def test_paid_return_stays_paid_beside_rejected(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


# Round 20: a cost named as an exchange's ("el envío del cambio") is what an exchange costs: beside
# a free return it says nothing of returns (LABELLING: a paid exchange says nothing about returns);
# alone it never reads as free (where it is read at all, the customer pays: a shop taking goods
# back only for an exchange). Review 37 (C5): the de, nl and pl pairs read free on the reader
# before round 20 as well (guards only; the nl and pl exchange-cost phrases were removed as
# untested, the de one is tested by test_de_exchange_cost_leaves_free_return).
_EXCHANGE_PAID = [
    ("en", "Returns are free.", "Shipping for exchanges is at your own expense."),
    ("es", "La devolución es gratuita.", "El envío del cambio corre por tu cuenta."),
    ("pt", "A devolução é gratuita.", "Os portes da troca são por conta do cliente."),
    ("fr", "Le retour est gratuit.", "Les frais de port de l'échange sont à la charge du client."),
    ("de", "Die Rücksendung ist kostenlos.", "Die Versandkosten für den Umtausch trägt der Kunde."),
    ("it", "Il reso è gratuito.", "Le spese di spedizione del cambio sono a carico del cliente."),
    ("nl", "Retourneren is gratis.",
     "De verzendkosten voor een ruil zijn voor rekening van de klant."),
    ("pl", "Zwrot jest bezpłatny.", "Koszt przesyłki przy wymianie ponosi klient."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "free", "exchange"), _EXCHANGE_PAID)
def test_paid_exchange_leaves_free_return(lang: str, free: str, exchange: str) -> None:
    assert extract_returns_terms(f"{free} {exchange}", lang).get(FREE) is True


@pytest.mark.parametrize(("lang", "free", "exchange"), _EXCHANGE_PAID)
def test_paid_exchange_alone_never_free(lang: str, free: str, exchange: str) -> None:
    assert extract_returns_terms(exchange, lang).get(FREE) is not True


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A change of mind ("cambio de opinión") is a return, not an exchange: both answers stand.
        ("es", "La devolución es gratuita. Cambio de opinión: el cliente paga el envío."),
        # The exchange's cost in a sentence that names the return too: not an exchange's only.
        ("en", "Returns are free. The shipping for exchanges and returns is at your own expense."),
    ],
)  # fmt: skip
def test_exchange_cost_reach(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is None


# Round 20: "costos de reposición" the shop says it pays (a replacement's costs) is no restocking
# fee charged; the same costs charged to the customer still are one.
@pytest.mark.parametrize(
    "text",
    [
        "Si el producto llega dañado, cubriremos los costos de reposición y envío.",
        "Si hay un fallo de fábrica, asumimos los costes de reposición.",
    ],
)
def test_es_replacement_costs_we_pay_are_no_fee(text: str) -> None:
    assert extract_returns_terms(text, "es").get("returns.restocking_fee") is None


@pytest.mark.parametrize(
    "text",
    [
        "Se cobrarán los costos de reposición del 10%.",
        "Cobramos los costes de reposición al cliente.",
    ],
)
def test_es_replacement_costs_charged_stay_a_fee(text: str) -> None:
    assert extract_returns_terms(text, "es").get("returns.restocking_fee") is True


# Round 20: on a page whose shop takes goods back only for an exchange, the exchange's costs the
# customer pays (named with no return word) are the return's (LABELLING.md); elsewhere, or beside
# a free return, they say nothing.
_EXCHANGE_ONLY = [
    ("es", "No realizamos devoluciones de dinero.",
     "Si el cambio es por talla, el cliente será responsable de los costos de envío."),
    ("pt", "Não fazemos devolução de dinheiro.",
     "Se a troca for por outro tamanho, os custos de envio são da responsabilidade do cliente."),
    ("it", "Non effettuiamo restituzioni di denaro.",
     "Per il cambio taglia, le spese di spedizione sono a carico del cliente."),
    ("en", "Exchanges only, no refunds.",
     "If you exchange for another size, the customer is responsible for the shipping costs."),
    ("fr", "Échange uniquement.",
     "Pour un échange de taille, les frais d'envoi sont à la charge du client."),
    ("de", "Nur Umtausch.",
     "Beim Umtausch in eine andere Größe trägt der Kunde die Versandkosten."),
    ("nl", "Alleen ruilen.",
     "Bij een ruil voor een andere maat zijn de verzendkosten voor rekening van de klant."),
    ("pl", "Tylko wymiana.", "Przy wymianie na inny rozmiar koszty przesyłki ponosi klient."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "only", "paid"), _EXCHANGE_ONLY)
def test_exchange_only_shop_paid_exchange_is_paid_return(lang: str, only: str, paid: str) -> None:
    assert extract_returns_terms(f"{only} {paid}", lang).get(FREE) is False


# Review 37 (C4): all eight, no slice. The en, fr and it sentences read the customer as paying by
# the ordinary who-pays rules (on the reader before round 20 as well), not through the paid
# exchange of round 20: a known gap, marked so it shows when it is closed.
_READ_ALONE = "ordinary who-pays rules read the customer paying (as before round 20): known gap"


@pytest.mark.parametrize(
    ("lang", "only", "paid"),
    [
        pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=_READ_ALONE))
        if case[0] in ("en", "fr", "it")
        else case
        for case in _EXCHANGE_ONLY
    ],
)
def test_paid_exchange_without_exchange_only_says_nothing(lang: str, only: str, paid: str) -> None:
    assert extract_returns_terms(paid, lang).get(FREE) is None


# Review 37 (C5): an it exchange-only page ("non effettuiamo restituzioni di denaro") whose paid
# exchange reads nothing alone (nothing on the reader before round 20): the return is paid.
def test_it_exchange_only_makes_paid_exchange_a_paid_return() -> None:
    text = (
        "Non effettuiamo restituzioni di denaro. Se il cambio è per la taglia, il cliente sarà "
        "responsabile delle spese di spedizione."
    )
    assert extract_returns_terms(text, "it").get(FREE) is False


# Review 37 (C5): a de cost named as an exchange's beside a free return, which the reader before
# round 20 read as a customer-pays clash (nothing): the return stays free.
def test_de_exchange_cost_leaves_free_return() -> None:
    text = "Die Rücksendung ist kostenlos. Die Kosten für den Umtausch sind vom Kunden zu tragen."
    assert extract_returns_terms(text, "de").get(FREE) is True


# Review 37 (A2): folded "el" before a customer noun not in the short list is the customer.
@pytest.mark.parametrize(
    "text",
    [
        "En las devoluciones por desistimiento asume el adquirente el coste del envío de la "
        "devolución.",
        "Tras el desistimiento, la mercancía la envía y asume el interesado los gastos de envío "
        "de la devolución.",
    ],
)
def test_es_el_customer_noun_pays(text: str) -> None:
    assert extract_returns_terms(text, "es").get(FREE) is False


# Review 37 (A3): "paid by" / "borne by" is the customer only when the customer follows.
@pytest.mark.parametrize(
    ("text", "free"),
    [
        ("Return shipping charges are paid by us.", True),
        ("Return postage charges are borne by us.", True),
        ("Return shipping fees are paid by our store.", None),
        ("Return shipping fees are paid by the customer.", False),
    ],
)
def test_en_fees_paid_by_whom(text: str, free: bool | None) -> None:
    assert extract_returns_terms(text, "en").get(FREE) is free


# Review 37 (A4): no CASH refunds, or none for a class, is no exchanges-only page.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "No realizamos devoluciones de dinero en efectivo: el reembolso se hace con la "
         "misma forma de pago. Tienes 30 días para devolver tu pedido."),
        ("es", "No realizamos devoluciones de dinero en productos personalizados. Los demás "
         "artículos se pueden devolver en 14 días."),
        ("es", "No se admiten devoluciones de dinero por compras con tarjeta regalo. Tienes 30 "
         "días para devolver."),
        ("pt", "Não fazemos devolução de dinheiro em espécie; o reembolso é feito por "
         "transferência. Tem 30 dias para devolver."),
        ("it", "Non effettuiamo restituzioni di denaro in contanti: il rimborso avviene sulla "
         "carta. Hai 14 giorni per il reso."),
    ],
)  # fmt: skip
def test_money_refund_of_a_kind_is_no_exchange_only(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get("returns.exchanges_only") is None


def test_cash_refund_refused_leaves_paid_exchange_unread() -> None:
    text = (
        "No realizamos devoluciones de dinero en efectivo. Si el cambio es por talla, el cliente "
        "paga el envío."
    )
    assert extract_returns_terms(text, "es").get(FREE) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Every money return refused ("en ninguna circunstancia": es-monacoboutique).
        ("es", "No realizamos devoluciones de dinero en ninguna circunstancia."),
        ("es", "No realizamos devoluciones de dinero."),
        ("pt", "Não fazemos devolução de dinheiro em nenhuma circunstância."),
        ("it", "Non effettuiamo restituzioni di denaro in nessun caso."),
    ],
)  # fmt: skip
def test_every_money_refund_refused_is_exchange_only(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get("returns.exchanges_only") is True


# Review 37 (A6): a cost named for "exchanges or refunds" names refunds (returns): not an
# exchange's only, so it is no paid exchange beside a free return.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Devoluciones gratuitas. Los gastos de envío por cambios o reembolsos corren por "
         "cuenta del cliente."),
        ("en", "Returns are free. The shipping for exchanges or refunds is at your own expense."),
    ],
)  # fmt: skip
def test_exchange_or_refund_cost_is_no_exchange_cost(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is not True


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La devolución es gratuita. Si el cambio es por talla, el cliente paga los costos "
         "de envío."),
        # A change of mind is a return, not an exchange: no exchange's cost read.
        ("es", "No realizamos devoluciones de dinero. Cambio de opinión: el cliente será "
         "responsable de los costos de envío."),
    ],
)  # fmt: skip
def test_paid_exchange_reach(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is not False


# Review 39 (finding 1): a cost with no verb of its own after a comma ("..., at your own expense")
# belongs to the rejected clause; it says nothing of who pays an ordinary return.
@pytest.mark.parametrize(
    ("lang", "text", "free"),
    [
        ("en", "Items that are worn will not be accepted and will be returned to you, at your own "
         "expense.", None),
        ("fr", "Les articles portés seront refusés et renvoyés, aux frais du client.", None),
        ("it", "I prodotti usati non saranno accettati e saranno rispediti, a spese del cliente.",
         None),
        ("en", "Returns are free. Worn items will not be accepted and will be sent back, at the "
         "customer's cost.", True),
        ("en", "Returns are free. Worn items will be refused and returned to you, at your "
         "expense.", True),
        ("fr", "Le retour est gratuit. Les articles portés seront refusés et renvoyés, aux frais "
         "du client.", True),
        ("it", "Il reso è gratuito. I prodotti usati non saranno accettati e saranno rispediti, a "
         "spese del cliente.", True),
        ("en", "Returns that do not comply will not be accepted and will be returned, at your own "
         "expense. All other returns are free.", True),
        # Still read: a who-pays of its own beside the rejected clause.
        ("en", "Return shipping is paid by the customer; parcels sent unpaid will not be accepted "
         "and will be returned.", False),
        ("en", "Returns are free. Worn items will not be accepted and will be returned at your "
         "expense.", True),
        # The adjunct between commas: the clause after it is read.
        ("en", "Worn items will not be accepted and will be returned, at your expense, but all "
         "other returns are free.", True),
        ("en", "Worn items will not be accepted and will be returned, at your expense, and the "
         "customer pays for all other returns.", False),
        ("es", "La devolución es gratuita. Los artículos usados no serán aceptados y serán "
         "devueltos, a cargo del cliente.", True),
        ("nl", "Retourneren is gratis. Gedragen artikelen worden niet geaccepteerd en "
         "teruggestuurd, op kosten van de klant.", True),
    ],
)  # fmt: skip
def test_rejected_clause_keeps_cost_after_comma(lang: str, text: str, free: bool | None) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is free


# Review 39 (finding 3): "ni cambios", "o cambios", "nem trocas": no exchanges either, so no
# exchanges-only page; the window still read.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "No realizamos devoluciones de dinero ni cambios en artículos rebajados. Tienes 30 "
         "días para devolver."),
        ("es", "No realizamos devoluciones de dinero o cambios en productos personalizados. Tienes "
         "30 días para devolver."),
        ("pt", "Não fazemos devolução de dinheiro nem trocas em artigos de saldo. Tem 30 dias para "
         "devolver."),
    ],
)  # fmt: skip
def test_no_money_nor_exchange_is_no_exchange_only(lang: str, text: str) -> None:
    got = extract_returns_terms(text, lang)
    assert got.get("returns.exchanges_only") is None
    assert got.get("returns.window_days") == 30
