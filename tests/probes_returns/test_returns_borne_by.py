"""Idioms of who pays and of when a period starts that the third unseen batch showed the reader
missing: a cost "assumed" or left "at your expense" by the customer, the return postage "borne
by the one who withdraws" beside a refund, the return itself said to be free, a refund counted
from the day the shop learnt of the withdrawal, a time to send goods back counted from the
return form, and two sentences glued by a full stop without a space. The sentences are made
up, one idiom each."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"

CUSTOMER_PAYS = [
    # A gerund or a verb of assuming costs names the customer as payer.
    ("es", "Puede devolver el pedido por mensajería, asumiendo los costes del envío."),
    # "gastos del retorno" is the return's cost, "retorno" as much a return word as "devolución".
    ("es", "Los gastos del retorno corresponden al comprador."),
    # The return's costs borne by the customer, whatever the refund beside them includes.
    (
        "it",
        "Il rimborso include le spese accessorie (imballo e consegna) e le spese di spedizione "
        "per il ritorno sono a carico del consumatore.",
    ),
    ("it", "Il costo della spedizione di ritorno è interamente a carico del recedente."),
    # "por sua conta": at the customer's expense, with or without a cost noun.
    ("pt", "Os portes da devolução serão por sua conta."),
    ("pt", "A devolução fica por sua conta."),
    # A "participation" in the cost, with a price: the customer pays a share.
    ("fr", "Une participation de 4,50 € par article retourné sera retenue du remboursement."),
    # A full stop glued to the next sentence ends the first: its hedge ("if possible") does not
    # reach the next one's who-pays statement.
    (
        "nl",
        "Retourneren kan binnen 14 dagen, indien mogelijk in de originele verpakking.De "
        "retourkosten zijn voor rekening van de klant.",
    ),
]

RETURN_SAID_FREE = [
    ("es", "Si no te convence, puedes devolverlo sin coste alguno durante 60 días."),
    ("nl", "Als je een bestelling retourneert, is dat gratis."),
]


# The shop assuming the costs is no customer paying.
SHOP_ASSUMES = [
    ("es", "La tienda asume los gastos del retorno."),
    ("es", "Nuestra empresa asume los costes de envío del retorno."),
]


@pytest.mark.parametrize(("lang", "text"), SHOP_ASSUMES)
def test_the_shop_assuming_the_return_costs_is_no_customer_paying(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is not False


@pytest.mark.parametrize(("lang", "text"), CUSTOMER_PAYS)
def test_the_customer_bearing_the_return_cost_is_no_free_return(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(("lang", "text"), RETURN_SAID_FREE)
def test_a_return_said_to_cost_nothing_is_a_free_return(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is True


def test_a_refund_counted_from_when_the_shop_learnt_of_the_withdrawal_is_no_window() -> None:
    text = (
        "Il recesso è possibile entro 30 giorni dalla consegna. Le somme versate saranno "
        "rimborsate al più presto e, comunque, entro 45 giorni dalla data in cui il venditore ha "
        "avuto notizia dell'esercizio del recesso."
    )
    got = extract_returns_terms(text, "it")
    assert got.get("returns.window_days") == 30
    assert got.get("returns.refund_days_stated") == 45


def test_a_time_to_send_back_counted_from_the_return_form_is_no_window() -> None:
    text = (
        "Je mag je bestelling tot 30 dagen na ontvangst herroepen. Binnen 10 dagen na het "
        "invullen van het retourformulier moet je het pakket retourneren."
    )
    assert extract_returns_terms(text, "nl").get("returns.window_days") == 30


PAID_BACK = [
    # The shop paying back every payment but the delivery says nothing of the return postage.
    (
        "pl",
        "Sprzedawca zwróci kupującemu wszystkie otrzymane od niego płatności, z wyjątkiem "
        "kosztów dostawy.",
    ),
    # Costs named inside a refund phrase ("zwrot kosztów": the costs paid back) are not paid.
    (
        "pl",
        "Strony oddają sobie to, co otrzymały, w tym zwrot kosztów przesyłki poniesionych "
        "przez kupującego.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), PAID_BACK)
def test_costs_paid_back_to_the_customer_are_no_customer_pays(lang: str, text: str) -> None:
    assert FREE not in extract_returns_terms(text, lang)


def test_a_table_row_is_its_label_and_its_value() -> None:
    # Each row's value is read under the title above the table, not under its row's label.
    text = (
        "Devolução por arrependimento\n"
        "| Prazo | 10 dias corridos a partir da entrega. |\n"
        "Troca por defeito\n"
        "| Prazo | 60 dias corridos a partir da entrega. |\n"
    )
    assert extract_returns_terms(text, "pt").get("returns.window_days") == 10


def test_reverse_logistics_paid_by_the_shop_is_a_free_return() -> None:
    text = "O frete reverso é gratuito para você."
    assert extract_returns_terms(text, "pt").get(FREE) is True
    text = "O envio de volta fica por conta da empresa (logística reversa)."
    assert extract_returns_terms(text, "pt").get(FREE) is True


def test_a_defect_named_after_a_second_period_is_that_periods() -> None:
    text = "Solicitações: até 15 dias após a entrega ou 90 dias em caso de defeito."
    assert extract_returns_terms(text, "pt").get("returns.window_days") == 15


def test_a_time_counted_once_the_shop_has_received_the_return_is_a_refund_time() -> None:
    text = (
        "Lorsque nous avons reçu votre retour, comptez 7 jours ouvrés de traitement. Vous "
        "disposez de 30 jours pour retourner un article."
    )
    got = extract_returns_terms(text, "fr")
    assert got.get("returns.window_days") == 30
    assert got.get("returns.refund_days_stated") == 7


def test_a_sum_kept_from_the_refund_for_handling_is_a_restocking_fee() -> None:
    text = "Pour tout retour, 6 € sont retenus sur le remboursement pour la manutention."
    assert extract_returns_terms(text, "fr").get("returns.restocking_fee") is True


def test_the_customer_made_responsible_for_shipping_after_a_fronted_refund_pays() -> None:
    text = "Voor ruilingen en terugbetalingen bent u verantwoordelijk voor de verzendkosten."
    assert extract_returns_terms(text, "nl").get(FREE) is False
    # Without a return or a refund before it, the shipping may be the order's: nothing is said.
    text = "U bent verantwoordelijk voor de verzendkosten van uw bestelling."
    assert FREE not in extract_returns_terms(text, "nl")


def test_a_paid_exchange_under_an_exchanges_title_gives_way_to_a_free_return() -> None:
    text = (
        "Devoluções\nA devolução é gratuita.\nTrocas\n"
        "Na troca, o frete de devolução e reenvio é de responsabilidade do cliente.\n"
    )
    assert extract_returns_terms(text, "pt").get(FREE) is True
    # Alone, the customer paying the exchange's return leg still reads as paid returns.
    text = "Trocas\nNa troca, o frete de devolução e reenvio é de responsabilidade do cliente.\n"
    assert extract_returns_terms(text, "pt").get(FREE) is False
