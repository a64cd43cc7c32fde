"""Who pays for a return, in the wording families the ninth unseen batch
(`returns/policies_29.yaml`, `policies_30.yaml`) showed the reader missing, each in the languages
where it exists: the shop paying the return only when the error is its own (the customer pays an
ordinary return, tests/data/LABELLING.md), a refund of the return costs denied by a negative
determiner before them ("no return shipping costs will be refunded"), "shipping and handling" as
a charge, the shop saying it cannot cover the return costs, the consumer named "Konsument", the
shop as payer after the costs ("los asumimos nosotros", "covered by us"), a refund named as a
condition with its pronoun ("se tu ricevi un rimborso, ... detratto"), "free returns" beside a
flat price taken off the refund;
and no restocking fee where none is charged under its other names ("réapprovisionnement",
"reabastecimento", "rimagazzinamento", "opłata za ponowne magazynowanie"). The sentences are made
up, one idiom each."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"
FEE = "returns.restocking_fee"

# "We pay the return shipping if the error is ours": the customer pays an ordinary return.
OUR_ERROR_ONLY = [
    ("en", "We also cover the return postage costs when the return comes from our mistake."),
    (
        "fr",
        "Nous payons aussi les frais de retour si le retour vient d'une erreur de notre part.",
    ),
    (
        "es",
        "También pagamos los gastos de devolución cuando la devolución se debe a un error nuestro.",
    ),
    ("it", "Paghiamo anche le spese di reso quando il reso nasce da un nostro errore."),
    ("pt", "Também pagamos os custos de devolução quando a devolução resulta de um erro nosso."),
    (
        "de",
        "Die Rücksendekosten übernehmen wir auch, wenn die Rücksendung auf unserem Fehler beruht.",
    ),
    ("nl", "Wij vergoeden ook de retourkosten wanneer het retour door onze fout nodig is."),
    ("pl", "Pokryjemy także koszty odesłania, gdy zwrot wynika z naszego błędu."),
]

# The initial delivery refunded on the shop's error says nothing of who pays the return.
INITIAL_DELIVERY_ON_OUR_ERROR = [
    ("en", "We refund the original delivery charge only if the return results from our mistake."),
    (
        "fr",
        "Nous remboursons les frais de port initiaux seulement si le retour vient de notre erreur.",
    ),
]

# "No return costs will be refunded": a negative determiner denies the refund of the costs.
NONE_REFUNDED = [
    ("en", "No return postage costs shall be refunded."),
    ("en", "No return shipping and handling is refunded."),
    ("fr", "Aucun frais de renvoi ne pourra être remboursé."),
    ("es", "Ningún gasto de la devolución será reembolsado."),
    ("es", "No se reembolsará ningún gasto de la devolución."),
    ("it", "Nessuna spesa per il reso verrà rimborsata."),
    ("pt", "Nenhum custo da devolução será reembolsado."),
    # German, Dutch and Polish put the negation after the costs ("werden nicht erstattet").
    ("de", "Die Rücksendekosten werden nicht erstattet."),
    ("nl", "De retourkosten worden niet terugbetaald."),
    ("pl", "Żadne koszty zwrotu nie zostaną zwrócone."),
]


@pytest.mark.parametrize(("lang", "text"), OUR_ERROR_ONLY)
def test_the_shop_paying_only_for_its_own_error_leaves_ordinary_returns_paid(
    lang: str, text: str
) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(("lang", "text"), INITIAL_DELIVERY_ON_OUR_ERROR)
def test_the_initial_delivery_refunded_on_the_shops_error_says_nothing(
    lang: str, text: str
) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is None


@pytest.mark.parametrize(("lang", "text"), NONE_REFUNDED)
def test_no_return_costs_refunded_is_the_customer_paying(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


def test_the_konsument_bearing_the_return_costs_pays() -> None:
    text = "Die Kosten der Rücksendung trägt der Konsument."
    assert extract_returns_terms(text, "de").get(FREE) is False


# The shop saying it cannot cover the return costs: the customer pays them.
SHOP_CANNOT_COVER = [
    ("de", "Leider ist es uns nicht möglich, die Kosten der Rücksendung zu übernehmen."),
]


@pytest.mark.parametrize(("lang", "text"), SHOP_CANNOT_COVER)
def test_a_shop_that_cannot_cover_the_return_costs_leaves_them_to_the_customer(
    lang: str, text: str
) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


# No restocking fee charged, the fee named by another word for putting goods back in stock.
NO_RESTOCKING_FEE = [
    ("en", "No restocking fee will be charged to consumers for the return of a product."),
    ("fr", "Aucun frais de réapprovisionnement ne sera facturé pour le retour d'un article."),
    ("es", "No se cobrará ninguna tarifa de reposición por la devolución de un producto."),
    (
        "it",
        "Non verrà addebitata alcuna commissione di rimagazzinamento per il reso di un prodotto.",
    ),
    ("pt", "Nenhuma taxa de reabastecimento será cobrada pela devolução de um produto."),
    ("de", "Für die Rücksendung eines Produkts wird keine Wiedereinlagerungsgebühr berechnet."),
    ("nl", "Er worden geen herbevoorradingskosten in rekening gebracht voor een retour."),
    ("pl", "Konsumenci nie ponoszą opłaty za ponowne magazynowanie przy zwrocie produktu."),
]


@pytest.mark.parametrize(("lang", "text"), NO_RESTOCKING_FEE)
def test_a_restocking_fee_said_not_to_be_charged_is_none(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FEE) is False


def test_a_restocking_fee_by_another_name_is_one() -> None:
    text = "Per ogni reso addebitiamo una commissione di rimagazzinamento del 10%."
    assert extract_returns_terms(text, "it").get(FEE) is True


# The shop as payer named after the return costs: the return is free.
SHOP_PAYS_AFTER = [
    ("en", "The postage costs for returns are covered by us."),
    ("fr", "Les frais de port du retour, nous les prenons en charge."),
    ("es", "Los costes de envío de la devolución los pagamos nosotros."),
    ("it", "Le spese di spedizione per il reso le copriamo noi."),
    ("pt", "Os custos de envio da devolução são pagos por nós."),
    ("pl", "Koszty przesyłki zwrotnej ponosi sklep."),
    # German and Dutch put the verb first ("übernehmen wir"), read before this round.
    ("de", "Die Versandkosten der Rücksendung übernehmen wir."),
    ("nl", "De verzendkosten van het retour betalen wij."),
]


@pytest.mark.parametrize(("lang", "text"), SHOP_PAYS_AFTER)
def test_the_shop_named_as_payer_after_the_return_costs_makes_returns_free(
    lang: str, text: str
) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is True


def test_the_shop_paying_an_exchanges_new_item_says_nothing_of_returns() -> None:
    text = "Você paga o envio de volta da peça e nós pagamos o frete da peça nova que escolher."
    assert extract_returns_terms(text, "pt").get(FREE) is not True


# "If you (tu) receive a refund, the return costs are deducted": the refund is a condition.
IF_YOU_RECEIVE_A_REFUND = [
    ("en", "If you receive a refund, the return postage will be deducted from it."),
    (
        "fr",
        "Si tu reçois un remboursement, les frais de retour seront déduits de ton remboursement.",
    ),
    (
        "es",
        "Si tú recibes un reembolso, el costo del envío de devolución se deducirá de tu reembolso.",
    ),
    (
        "it",
        "Se tu ricevi un rimborso, il costo della spedizione di reso sarà detratto dal rimborso.",
    ),
    (
        "pt",
        "Se tu receberes um reembolso, o custo da devolução será deduzido do teu reembolso.",
    ),
    ("de", "Wenn du eine Erstattung erhältst, werden die Rücksendekosten davon abgezogen."),
    ("nl", "Als je een terugbetaling krijgt, worden de retourkosten daarvan afgetrokken."),
    ("pl", "Jeśli otrzymasz zwrot pieniędzy, koszt odesłania zostanie od niego odliczony."),
]


@pytest.mark.parametrize(("lang", "text"), IF_YOU_RECEIVE_A_REFUND)
def test_return_costs_deducted_from_a_refund_named_as_a_condition_are_paid(
    lang: str, text: str
) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


# "Free returns" beside a flat price taken off the refund: the return costs the customer.
FREE_BUT_DEDUCTED = [
    ("en", "Items qualify for free returns, for a flat £3.00 (deducted from your refund)."),
    ("fr", "Le retour est gratuit, pour un forfait de 2,50 € (déduit du remboursement)."),
    ("es", "La devolución es gratuita, por 2,50 € fijos (descontados del reembolso)."),
    ("it", "Il reso è gratuito, per un fisso di 2,50 € (detratto dal rimborso)."),
    ("pt", "A devolução é gratuita, por 2,50 € fixos (deduzidos do reembolso)."),
    (
        "de",
        "Die Rücksendung ist kostenlos, gegen 2,50 € (die wir von der Erstattung abziehen).",
    ),
    (
        "nl",
        "Het retour is gratis, voor een vast bedrag van € 2,50 (afgetrokken van de terugbetaling).",
    ),
    ("pl", "Zwrot jest darmowy, za stałą opłatę 2,50 zł (potrącaną ze zwrotu)."),
]


@pytest.mark.parametrize(("lang", "text"), FREE_BUT_DEDUCTED)
def test_free_returns_beside_a_price_taken_off_the_refund_cost_the_customer(
    lang: str, text: str
) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False
