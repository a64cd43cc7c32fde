"""Families of window wordings the fourth unseen batch showed the reader missing: two windows in
one clause, each with its class ("30 días en temporada y 15 días en rebajas"); a number with its
words in brackets ("14 (słownie: czternaście) dni"); a time to send the goods back shorter than
the legal withdrawal period beside it; a cancellation "without giving a reason" (a withdrawal);
"to the shipper" read as a purpose; a period counted "dall'acquisto"; and a single letter's full
stop ("z. B.") cutting a sentence. The sentences are made up, one idiom each."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

WINDOW = "returns.window_days"

# A class belongs to the duration nearest to it: the other one is the general window.
CLASS_OF_THE_NEAREST = [
    ("en", "You have 30 days for full-price items and 14 days for sale items to return them."),
    (
        "en",
        "Sale items can be returned within 14 days and all other items within 30 days of delivery.",
    ),
    (
        "fr",
        "Vous disposez de 30 jours hors soldes et de 15 jours pendant les soldes pour "
        "retourner un article.",
    ),
    (
        "es",
        "Dispones de 30 días en temporada y 15 días en rebajas desde la recepción del pedido "
        "para hacer la devolución.",
    ),
    (
        "it",
        "Hai 30 giorni per i prodotti a prezzo pieno e 14 giorni per i saldi per effettuare "
        "il reso.",
    ),
    (
        "de",
        "Sie haben 30 Tage für reguläre Ware und 14 Tage für Sale-Artikel, um sie zurückzusenden.",
    ),
    (
        "nl",
        "Je hebt 30 dagen voor gewone artikelen en 14 dagen voor sale artikelen om ze te "
        "retourneren.",
    ),
    (
        "pt",
        "Tem 30 dias para artigos normais e 14 dias para artigos em promoção para efetuar a "
        "devolução.",
    ),
    (
        "pl",
        "Masz 30 dni na zwrot towarów w cenie regularnej i 14 dni na zwrot towarów z wyprzedaży.",
    ),
]

NUMBER_IN_WORDS = [
    (
        "pl",
        "Klient może odstąpić od umowy w terminie 14 (słownie: czternastu) dni od doręczenia.",
        14,
    ),
    ("en", "You may return the goods within 30 (in words: thirty) days of delivery.", 30),
    ("de", "Sie können die Ware innerhalb von 30 (in Worten: dreißig) Tagen zurückgeben.", 30),
]

SEND_BACK_WITHIN_THE_WITHDRAWAL = [
    (
        "it",
        "Il cliente ha diritto di recedere entro 14 giorni dalla ricezione dei prodotti. Le "
        "condizioni:\n- il prodotto dovrà essere spedito entro 10 giorni lavorativi dalla data "
        "di ricezione.",
    ),
    (
        "en",
        "You have the right to withdraw from this contract within 14 days of receipt. The goods "
        "must be sent back within 7 days of receipt of your notice.",
    ),
    (
        "fr",
        "Vous disposez d'un droit de rétractation de 14 jours à compter de la réception. Le colis "
        "doit être expédié sous 5 jours après réception.",
    ),
]

CANCEL_WITHOUT_A_REASON = [
    (
        "fr",
        "Vous disposez de 14 jours pour annuler votre commande sans justification ou pour "
        "révoquer votre achat en renvoyant l'article.",
    ),
    (
        "en",
        "You have 14 days to cancel your order without giving any reason by returning the item.",
    ),
    (
        "es",
        "Tienes 14 días para cancelar tu pedido sin necesidad de justificación devolviendo el "
        "artículo.",
    ),
    (
        "pt",
        "Tem 14 dias para cancelar a encomenda sem necessidade de justificação, devolvendo o "
        "artigo.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CLASS_OF_THE_NEAREST)
def test_a_class_belongs_to_the_nearest_of_two_windows(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


@pytest.mark.parametrize(("lang", "text", "days"), NUMBER_IN_WORDS)
def test_a_number_with_its_words_in_brackets_is_read(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


@pytest.mark.parametrize(("lang", "text"), SEND_BACK_WITHIN_THE_WITHDRAWAL)
def test_a_time_to_send_back_shorter_than_the_withdrawal_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


@pytest.mark.parametrize(("lang", "text"), CANCEL_WITHOUT_A_REASON)
def test_cancelling_without_a_reason_is_the_withdrawal(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


def test_giving_a_parcel_to_the_shipper_is_no_purpose() -> None:
    text = (
        "You may return items within 30 days of delivery. You should receive your refund within "
        "four weeks of giving your package to the return shipper."
    )
    got = extract_returns_terms(text, "en")
    assert (got.get(WINDOW), got.get("returns.refund_days_stated")) == (30, 28)


def test_a_period_from_the_purchase_with_an_elided_article_is_a_window() -> None:
    text = (
        "Entro quando gli articoli devono essere restituiti?\nEntro e non oltre 15 giorni "
        "dall’acquisto."
    )
    assert extract_returns_terms(text, "it").get(WINDOW) == 15


def test_a_single_letters_full_stop_ends_no_sentence() -> None:
    text = (
        "Rückgabe innerhalb von 14 Tagen. Die Kosten für die Rücksendung (z. B. Porto, "
        "Verpackung) trägt der Käufer."
    )
    assert extract_returns_terms(text, "de").get("returns.free_returns") is False


# A banner's window beside a different one stated in the policy's sentences: the sentence holds.
BANNER_AND_SENTENCE = [
    (
        "pt",
        "FRETE GRÁTIS EM TODO O SITE - DEVOLUÇÕES ATÉ 30 DIAS\nPolítica de devolução e de "
        "reembolso da loja\nAceitamos devoluções até 14 dias após o recebimento do produto.",
    ),
    (
        "en",
        "FREE SHIPPING ON ALL ORDERS - 30 DAY RETURNS\nOur returns and refunds policy in full\n"
        "We accept returns within 14 days of delivery.",
    ),
    (
        "de",
        "KOSTENLOSER VERSAND - 30 TAGE RÜCKGABE\nUnsere Rückgabebedingungen\n"
        "Sie können die Ware innerhalb von 14 Tagen nach Erhalt zurückgeben.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), BANNER_AND_SENTENCE)
def test_a_window_stated_in_a_sentence_overrides_a_banner(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


# A refund counted from delivery in a sentence on the right of withdrawal: the withdrawal period.
REFUND_FROM_DELIVERY_IN_A_WITHDRAWAL = [
    (
        "pt",
        "Direito de arrependimento: o cliente pode pedir o reembolso integral em até 7 dias a "
        "contar da data de recebimento do produto.",
        7,
    ),
    (
        "en",
        "Right of withdrawal: you may ask for a full refund within 14 days of delivery.",
        14,
    ),
    (
        "es",
        "Derecho de desistimiento: puedes pedir el reembolso íntegro dentro de los 14 días "
        "desde la entrega.",
        14,
    ),
]

# A deadline to post the parcel beside the window to ask for the return.
POSTING_DEADLINE = [
    (
        "pt",
        "O comprador terá o prazo de 7 dias corridos para solicitar a devolução.\nDepois de "
        "solicitada, a devolução será liberada e o comprador receberá a etiqueta com o prazo "
        "para postagem, que é de 3 dias úteis.",
        7,
    ),
    (
        "en",
        "You have 30 days to request a return.\nOnce your return is approved, you get a label "
        "and the deadline to ship the return parcel, which is 5 days.",
        30,
    ),
]


@pytest.mark.parametrize(("lang", "text", "days"), REFUND_FROM_DELIVERY_IN_A_WITHDRAWAL)
def test_a_refund_from_delivery_in_a_withdrawal_sentence_is_the_window(
    lang: str, text: str, days: int
) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


@pytest.mark.parametrize(("lang", "text", "days"), POSTING_DEADLINE)
def test_a_deadline_to_post_the_parcel_gives_way_to_the_window(
    lang: str, text: str, days: int
) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


def test_a_templates_placeholder_says_nothing() -> None:
    text = (
        "Os custos de envio da devolução serão:\n[[[ DEFINIR: por conta do cliente ou da loja ]]]."
    )
    assert extract_returns_terms(text, "pt").get("returns.free_returns") is None


def test_a_period_starting_the_day_after_receipt_in_which_you_may_cancel_is_the_window() -> None:
    text = (
        "You have a period of three days in which you may cancel, starting from the day after "
        "the day you receive the products."
    )
    assert extract_returns_terms(text, "en").get(WINDOW) == 3


def test_the_legal_period_of_distance_selling_gives_way_to_the_shops_own() -> None:
    text = (
        "De wet kopen op afstand geeft je het recht om binnen 14 dagen na ontvangst het product "
        "terug te sturen. Bij ons heb je een bedenktermijn van 30 dagen nadat je de bestelling "
        "hebt ontvangen. Je kan de producten ook binnen 30 dagen na ontvangst terugsturen."
    )
    assert extract_returns_terms(text, "nl").get(WINDOW) == 30


# A period to send the goods (no notice of withdrawal before it) is the window; a time to ship an
# order is not.
SEND_THE_GOODS = [
    (
        "it",
        "Il consumatore dispone di un termine di 14 giorni per inviare, a proprie spese, i "
        "prodotti.",
    ),
    ("en", "You have 14 days to send, at your own cost, the products you do not want."),
    (
        "fr",
        "Vous disposez de 14 jours pour expédier, à vos frais, les produits qui ne conviennent "
        "pas.",
    ),
    ("pt", "O cliente dispõe de 14 dias para enviar, a expensas suas, os produtos."),
]


@pytest.mark.parametrize(("lang", "text"), SEND_THE_GOODS)
def test_a_period_to_send_the_goods_is_the_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


def test_a_time_to_ship_an_order_is_no_window() -> None:
    text = "We need 5 days to ship your order. Returns are accepted within 30 days of delivery."
    assert extract_returns_terms(text, "en").get(WINDOW) == 30


def test_days_to_process_a_return_from_its_receipt_are_no_window() -> None:
    text = (
        "All returns must be postmarked within 14 days of the purchase date.\nPlease allow at "
        "least 5 business days from the receipt of your item to process your return."
    )
    got = extract_returns_terms(text, "en")
    assert (got.get(WINDOW), got.get("returns.refund_days_stated")) == (14, 5)


# A refund told with a separable verb ("betalen ... terug", "zahlen ... zurück") is no window.
SEPARABLE_REFUND = [
    (
        "nl",
        "Je kunt je bestelling binnen 30 dagen retourneren. Na ontvangst van je retour betalen "
        "we binnen 5 werkdagen terug.",
    ),
    (
        "de",
        "Sie können die Ware innerhalb von 30 Tagen zurücksenden. Nach Eingang zahlen wir Ihnen "
        "den Betrag innerhalb von 14 Tagen zurück.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SEPARABLE_REFUND)
def test_a_refund_told_with_a_separable_verb_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30
