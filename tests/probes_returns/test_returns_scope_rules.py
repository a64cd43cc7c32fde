"""Rules found on policies the reader had never seen (returns batch 13): what a period is for
is read from its purpose and from the structure of the page (titles, list items, brackets,
abbreviations), and who pays is read in the scope of the title it stands under. Every
sentence here is made up in the spirit of a rule, not copied from a policy."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

W, FREE, WD, REFUND = (
    "returns.window_days",
    "returns.free_returns",
    "returns.withdrawal_days",
    "returns.refund_days_stated",
)

PURPOSE = [
    (
        "fr",
        "Pour être remboursé intégralement, vous avez 21 jours à compter de la livraison "
        "pour demander un retour.",
        21,
    ),
    ("pt", "Dispõe de 20 dias após a receção para pedir a devolução.", 20),
]


@pytest.mark.parametrize(("lang", "text", "days"), PURPOSE)
def test_the_purpose_after_a_period_names_it_a_window(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(W) == days


def test_a_purpose_that_is_processing_is_a_refund_time() -> None:
    text = (
        "Je kunt tot 30 dagen na ontvangst retourneren. Reken op 5 werkdagen nadat we het "
        "pakket hebben ontvangen om je retourzending te verwerken."
    )
    assert extract_returns_terms(text, "nl").get(W) == 30


def test_a_full_stop_after_an_abbreviation_ends_no_sentence() -> None:
    text = (
        "La garanzia (art. 132 ss. Codice del consumo) dura due anni dalla consegna. "
        "Puoi restituire i prodotti entro 20 giorni dalla consegna."
    )
    assert extract_returns_terms(text, "it").get(W) == 20


def test_a_title_line_does_not_run_into_the_list_item_before_it() -> None:
    text = (
        "• Fabrieksgarantie op alle accu's en laders van ons merk: 2 jaar\n"
        "Retourneren en ruilen\n"
        "• 30 dagen bedenktijd voor alle webshopaankopen\n"
    )
    assert extract_returns_terms(text, "nl").get(W) == 30


BRACKETED_ALTERNATIVE = [
    ("en", "You can send items back within 60 days (or 20 days*) of delivery.", 60),
    ("pl", "Możesz odesłać towar w ciągu 40 dni (lub 10 dni*) od otrzymania.", 40),
]


@pytest.mark.parametrize(("lang", "text", "days"), BRACKETED_ALTERNATIVE)
def test_a_bracketed_alternative_after_a_period_is_a_class_window(
    lang: str, text: str, days: int
) -> None:
    assert extract_returns_terms(text, lang).get(W) == days


def test_a_negated_class_is_the_general_case() -> None:
    text = (
        "Gli articoli non personalizzati si possono restituire entro 21 giorni dal "
        "ricevimento. I prodotti in saldi si possono restituire entro 7 giorni dal ricevimento."
    )
    assert extract_returns_terms(text, "it").get(W) == 21


def test_who_pays_under_a_title_naming_a_class_is_conditional() -> None:
    paid = "Les frais de renvoi restent à la charge de l'acheteur."
    assert extract_returns_terms(paid, "fr").get(FREE) is False
    assert extract_returns_terms(f"Retours internationaux\n{paid}", "fr").get(FREE) is None


def test_costs_under_a_cancellation_title_are_not_return_costs() -> None:
    paid = "Si el pedido ya ha salido, el cliente deberá hacerse cargo de los costes."
    assert extract_returns_terms(f"Anulación del pedido\n{paid}", "es").get(FREE) is None


def test_free_exchanges_give_way_to_paid_returns_for_a_refund() -> None:
    text = (
        "Free returns when you exchange for another size. For a refund, the customer must pay "
        "the return shipping."
    )
    assert extract_returns_terms(text, "en").get(FREE) is False
    assert extract_returns_terms("Free returns and exchanges on every order.", "en").get(FREE)


def test_a_hedged_deduction_agrees_with_a_plain_customer_pays() -> None:
    text = (
        "The customer must pay the return shipping. The return shipping cost may be deducted "
        "from the refund."
    )
    assert extract_returns_terms(text, "en").get(FREE) is False


LEXICON_PERIODS = [
    # (language, text, metric, expected)
    (
        "pl",
        "Towar można odesłać w ciągu 30 dni od doręczenia. Pieniądze zwracamy do 7 dni od "
        "otrzymania paczki.",
        W,
        30,
    ),
    (
        "pl",
        "Masz 30 dni na zwrot od otrzymania towaru. Jeśli od wysłania zwrotu minęło więcej "
        "niż 10 dni, napisz do nas.",
        W,
        30,
    ),
    (
        "pl",
        "Masz 30 dni na zwrot od otrzymania towaru. Zwrot kosztów nastąpi w ciągu 10 dni "
        "roboczych.",
        W,
        30,
    ),
    ("pl", "Możesz zrezygnować z zakupu w ciągu 20 dni bez podania powodu.", WD, 20),
    (
        "pl",
        "Niektóre ekskluzywne produkty można zwrócić w ciągu 7 dni. Pozostałe towary można "
        "zwrócić w ciągu 30 dni od otrzymania.",
        W,
        30,
    ),
    (
        "es",
        "Para recibir el reembolso, los productos deben ser devueltos en un plazo de 20 días "
        "desde la compra.",
        W,
        20,
    ),
    (
        "es",
        "Si un artículo no está disponible en 10 días, puede pedir la devolución íntegra del "
        "importe.",
        W,
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text", "metric", "expected"), LEXICON_PERIODS)
def test_lexicon_words_tell_a_window_from_other_periods(
    lang: str, text: str, metric: str, expected: int | None
) -> None:
    assert extract_returns_terms(text, lang).get(metric) == expected


LEXICON_WHO_PAYS = [
    ("fr", "Vous pouvez retourner l'article, sans frais, pendant 20 jours.", True),
    ("fr", "Les retours sont gratuits en France métropolitaine.", None),
    ("nl", "De kosten van de retourzending worden niet door ons vergoed.", False),
    ("it", "Il prezzo del reso è di 5 €.", False),
    ("de", "Bei einem Widerruf trägt der Käufer die Rücksendekosten.", False),
    ("pl", "Zwrot towaru odbywa się bez ponoszenia żadnych opłat.", True),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LEXICON_WHO_PAYS)
def test_lexicon_words_say_who_pays(lang: str, text: str, expected: bool | None) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is expected


PERCENT_FOR_HANDLING = [
    ("es", "Del importe devuelto se descuenta un 12% por gestiones administrativas."),
    ("pt", "Ao reembolso é descontado 12% a título de custos de processamento."),
]


@pytest.mark.parametrize(("lang", "text"), PERCENT_FOR_HANDLING)
def test_a_percentage_kept_for_handling_is_a_restocking_fee(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get("returns.restocking_fee") is True


def test_the_sentence_a_list_hangs_from_says_what_its_periods_are() -> None:
    text = (
        "Qualquer artigo comprado na nossa loja online pode ser devolvido, desde que:\n"
        "- o pedido seja feito no prazo de 20 dias\n"
    )
    assert extract_returns_terms(text, "pt").get(W) == 20


def test_prices_under_a_return_costs_title_say_the_customer_pays() -> None:
    text = "Retourkosten voor meubels\nNederland\n- Ophalen aan huis: € 45\n"
    assert extract_returns_terms(text, "nl").get(FREE) is False


APPROVAL = [
    (
        "it",
        "Riceverai il rimborso, tramite lo stesso metodo di pagamento usato, entro 20 giorni "
        "dall'approvazione della richiesta di reso.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), APPROVAL)
def test_a_time_counted_from_the_approval_of_a_return_is_no_window(lang: str, text: str) -> None:
    terms = extract_returns_terms(text, lang)
    assert terms.get(W) is None
    assert terms.get(REFUND) == 20


CHANGE_OF_MIND = [
    ("fr", "Vous avez 20 jours pour changer d'avis."),
    ("en", "You have 20 days to change your mind."),
]


@pytest.mark.parametrize(("lang", "text"), CHANGE_OF_MIND)
def test_changing_ones_mind_is_the_withdrawal_period(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WD) == 20


def test_a_cleaning_fee_on_a_return_is_a_restocking_fee() -> None:
    text = "A cleaning fee of 30 EUR is charged on every returned bike."
    assert extract_returns_terms(text, "en").get("returns.restocking_fee") is True


MORE_WHO_PAYS = [
    ("pl", "Koszty przesyłki zwrotnej poniesiesz Ty.", False),
    ("pl", "Koszty wysyłki zwrotnej nie zostaną zwrócone.", False),
    (
        "pl",
        "Sprzedawca ma obowiązek zwrócić wszystkie dokonane przez klienta płatności, w tym "
        "koszty dostawy.",
        None,
    ),
    ("de", "Nach dem Gesetz trägt grundsätzlich der Käufer die Kosten der Rücksendung.", False),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MORE_WHO_PAYS)
def test_more_wordings_of_who_pays(lang: str, text: str, expected: bool | None) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is expected


GERMAN_COSTS = [
    ("Für die Rücksendung fallen Kosten an, die der Kunde trägt.", False),
    # Guards: no cost for the customer, and a cost covered only on a condition.
    ("Für den Kunden entstehen bei der Rücksendung keine Kosten.", None),
    ("Wir kommen für die Rücksendekosten auf, wenn der Warenwert 40 Euro übersteigt.", None),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN_COSTS)
def test_german_costs_returns_and_payer_say_who_pays(text: str, expected: bool | None) -> None:
    assert extract_returns_terms(text, "de").get(FREE) is expected


PAID_RETURNS = [
    # "Returns are chargeable" in each language's own idiom, and "a return costs N".
    ("fr", "À noter : les retours sont payants."),
    ("it", "Ti ricordiamo che il reso è a pagamento."),
    ("pl", "Dostępny jest płatny zwrot przez kuriera."),
    ("de", "Wir bieten nur eine kostenpflichtige Rückgabe an."),
    ("en", "Please note that returns are chargeable."),
    ("es", "Recuerda que las devoluciones son de pago."),
    ("pt", "As devoluções são pagas pelo comprador."),
    ("nl", "Een pakket retourneren kost € 5,50."),
    ("fr", "Chaque retour coûte 6 €."),
    ("es", "Cada devolución cuesta 5 €."),
    ("it", "Ogni reso costa 6 €."),
    ("pt", "Cada devolução custa 5 €."),
    ("de", "Eine Rücksendung kostet 5 €."),
]


@pytest.mark.parametrize(("lang", "text"), PAID_RETURNS)
def test_paid_returns_and_a_priced_return_say_the_customer_pays(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


def test_a_handling_charge_named_vergoeding_is_a_restocking_fee() -> None:
    text = "Bij elke retour rekenen we een behandelvergoeding van € 4."
    assert extract_returns_terms(text, "nl").get("returns.restocking_fee") is True


WINDOW_AMONG_OTHER_PERIODS = [
    # A return window beside a ship-back time, a refund time, a cancellation, a fault
    # report and a warranty: only the window is the window.
    (
        "en",
        "You have 30 days to return an item. Once you tell us, please send it back "
        "within 14 days. Allow 28 days for your refund.",
        30,
    ),
    (
        "en",
        "Orders can be cancelled within 24 hours. Returns are accepted within 60 days of delivery.",
        60,
    ),
    (
        "en",
        "Faulty items must be reported within 7 days. You can return unwanted items "
        "within 28 days.",
        28,
    ),
    (
        "en",
        "Our products come with a 5-year guarantee and a 30-day return policy.",
        30,
    ),
    (
        "fr",
        "Vous disposez de 30 jours pour retourner un article. Vous devez ensuite "
        "l'expédier sous 14 jours. Le remboursement intervient sous 21 jours.",
        30,
    ),
    (
        "fr",
        "Toute annulation doit intervenir sous 24 heures. Les retours sont acceptés "
        "pendant 60 jours après la livraison.",
        60,
    ),
    (
        "fr",
        "Tout défaut doit être signalé sous 7 jours. Les articles non désirés peuvent "
        "être retournés sous 28 jours.",
        28,
    ),
    (
        "es",
        "Tienes 30 días para devolver un artículo. Después debes enviarlo en un plazo "
        "de 14 días. El reembolso se hará en 21 días.",
        30,
    ),
    (
        "es",
        "Los defectos deben comunicarse en 7 días. Los artículos no deseados se "
        "pueden devolver en 28 días.",
        28,
    ),
    (
        "it",
        "Hai 30 giorni per restituire un articolo. Il rimborso avviene entro 21 "
        "giorni. Garanzia legale di 2 anni.",
        30,
    ),
    (
        "it",
        "I difetti vanno segnalati entro 7 giorni. Gli articoli non desiderati si "
        "possono restituire entro 28 giorni.",
        28,
    ),
    (
        "pt",
        "Tem 30 dias para devolver um artigo. O reembolso é feito em 21 dias. Garantia de 3 anos.",
        30,
    ),
    (
        "pt",
        "Os defeitos devem ser comunicados em 7 dias. Os artigos não desejados podem "
        "ser devolvidos em 28 dias.",
        28,
    ),
    (
        "nl",
        "Je hebt 30 dagen om een artikel te retourneren. De terugbetaling volgt "
        "binnen 21 dagen. 2 jaar garantie.",
        30,
    ),
    (
        "nl",
        "Defecten moet je binnen 7 dagen melden. Ongewenste artikelen kun je binnen "
        "28 dagen retourneren.",
        28,
    ),
    (
        "pl",
        "Masz 30 dni na zwrot towaru. Zwrot pieniędzy nastąpi w ciągu 21 dni. Gwarancja 2 lata.",
        30,
    ),
    (
        "pl",
        "Wady należy zgłosić w ciągu 7 dni. Niechciane produkty można zwrócić w ciągu 28 dni.",
        28,
    ),
    (
        "de",
        "Du hast 30 Tage Zeit, einen Artikel zurückzugeben. Die Erstattung erfolgt "
        "innerhalb von 21 Tagen. 2 Jahre Garantie.",
        30,
    ),
    (
        "de",
        "Mängel sind innerhalb von 7 Tagen zu melden. Nicht gewünschte Artikel kannst "
        "du innerhalb von 28 Tagen zurückgeben.",
        28,
    ),
]


@pytest.mark.parametrize(("lang", "text", "days"), WINDOW_AMONG_OTHER_PERIODS)
def test_the_window_among_other_periods(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(W) == days


BARE_UNITS = [
    ("Masz miesiąc na odesłanie zamówionego towaru.", 30),
    ("Produkt można zwrócić w ciągu miesiąca od dostawy.", 30),
]


@pytest.mark.parametrize(("text", "days"), BARE_UNITS)
def test_a_bare_polish_unit_is_one_unit(text: str, days: int) -> None:
    assert extract_returns_terms(text, "pl").get(W) == days


def test_the_last_part_of_a_hyphenated_number_word_is_no_number() -> None:
    # "thirty-one days" once read as "one day"; a number word after a hyphen starts nothing.
    assert extract_returns_terms("Returns are accepted for twenty-two days.", "en").get(W) != 2
    assert extract_returns_terms("You can return it within thirty-one days.", "en").get(W) == 31


MONEY_BACK = [
    ("es", "Te damos una garantía de devolución del dinero de 45 días.", 45),
    ("pt", "Oferecemos uma garantia de reembolso de 45 dias.", 45),
    ("nl", "Op alles geldt 45 dagen niet-goed-geld-terug.", 45),
    ("pl", "Na wszystko dajemy 45-dniową gwarancję zwrotu pieniędzy.", 45),
    ("pl", "Obowiązuje 45-dniowy termin na odesłanie towaru.", 45),
]


@pytest.mark.parametrize(("lang", "text", "days"), MONEY_BACK)
def test_a_money_back_guarantee_is_a_return_window(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(W) == days


AN_ORDERS_FEE = [
    ("en", "A handling fee of $3 is added to all orders under $20."),
    ("fr", "Des frais de dossier de 4 € s'ajoutent à chaque commande."),
    ("es", "Los pedidos llevan unos gastos de gestión de 2 €."),
    ("de", "Für Bestellungen unter 25 € berechnen wir eine Bearbeitungsgebühr von 2 €."),
    ("nl", "Voor bestellingen onder € 25 rekenen we € 2 administratiekosten."),
    ("it", "Sugli ordini sotto i 25 € si applica un costo di gestione di 2 €."),
    ("pl", "Do zamówień poniżej 60 zł doliczamy opłatę manipulacyjną 4 zł."),
    ("pt", "As encomendas pequenas têm uma taxa de processamento de 2 €."),
]


@pytest.mark.parametrize(("lang", "text"), AN_ORDERS_FEE)
def test_an_orders_handling_fee_is_no_restocking_fee(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get("returns.restocking_fee") is None


def test_a_restocking_fee_on_a_cancelled_order_still_counts() -> None:
    text = "If you cancel your order after it ships, a 10% restocking fee applies."
    assert extract_returns_terms(text, "en").get("returns.restocking_fee") is True
