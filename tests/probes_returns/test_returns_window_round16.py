"""Families of window wordings the fourteenth and fifteenth returns batches showed the reader
missing at their first runs, completed for every language where the wording exists (round 16).
The sentences are made up, one idiom each.

- A shop extending the law's withdrawal period of its own accord ("we extend this to 45 days"):
  the extended period is the shop's return window, not the law's 14 days; the law's own
  extension ("the period extends to one month if ...", reflexive or intransitive) is not.
- A period a request is refused outside of ("requests outside the period of 21 days"), where
  nothing else names the period: the return window.
- A time to ask for a refund ("45 days from receipt to request a full refund"): the window, not
  the time the refund takes.
- A period labelled as a defect's in brackets ("10 days (withdrawal) or 60 days (defect)"): a
  warranty's, not the window.
- A period of a sentence naming nothing after a sentence naming only exchanges ("If the size
  does not fit, the first exchange is free." + "You have 45 days after receipt to ask for it."):
  the exchange's, not the window beside the withdrawal period.
- Goods of a named category ("items in the mattress category"): a class's window, which gives
  way to the general (here the withdrawal) one; not "products in all categories".
"""

from __future__ import annotations

import pytest

from probes.returns_lexicon import compile_lexicon
from probes.returns_terms import extract_returns_terms
from probes.returns_terms_text import split_sentences
from probes.returns_window_own import own_kind

WINDOW = "returns.window_days"

# The law's 14 days to withdraw, extended by the shop to 45 days: the window is 45.
EXTENDED = [
    ("en", "By law you may withdraw within 14 days of delivery. We gladly extend this to 45 days."),
    (
        "de",
        "Gesetzlich können Sie innerhalb von 14 Tagen ab Erhalt widerrufen. "
        "Wir verlängern sie freiwillig auf 45 Tage.",
    ),
    (
        "fr",
        "La loi vous accorde 14 jours à compter de la livraison pour vous rétracter. "
        "Nous l'étendons volontiers à 45 jours.",
    ),
    (
        "es",
        "La ley le concede 14 días desde la entrega para desistir del contrato. "
        "Nosotros lo ampliamos voluntariamente a 45 días.",
    ),
    (
        "it",
        "Per legge puoi esercitare il diritto di recesso entro 14 giorni dalla consegna. "
        "Noi lo estendiamo volentieri a 45 giorni.",
    ),
    (
        "nl",
        "Wettelijk heb je 14 dagen na ontvangst om de overeenkomst te herroepen. "
        "Wij verlengen dit graag naar 45 dagen.",
    ),
    (
        "pt",
        "Por lei pode exercer o direito de livre resolução em 14 dias após a entrega. "
        "Nós estendemos isso para 45 dias.",
    ),
    (
        "pl",
        "Zgodnie z prawem możesz odstąpić od umowy w ciągu 14 dni od otrzymania towaru. "
        "Wydłużamy go dobrowolnie do 45 dni.",
    ),
]

# The law's own extension ("extends to one month if you were informed late"): reflexive or
# intransitive, no shop's return window.
LAW_EXTENDS = [
    (
        "en",
        "You may withdraw within 14 days of delivery. If you were informed only after the "
        "contract, the withdrawal period extends to one month.",
    ),
    (
        "de",
        "Sie können innerhalb von 14 Tagen ab Erhalt widerrufen. Wurden Sie erst später "
        "belehrt, verlängert sich die Widerrufsfrist auf einen Monat.",
    ),
    (
        "fr",
        "Vous pouvez vous rétracter dans les 14 jours suivant la livraison. Si vous avez été "
        "informé tardivement, le délai de rétractation se prolonge à un mois.",
    ),
    (
        "it",
        "Puoi esercitare il diritto di recesso entro 14 giorni dalla consegna. Se sei stato "
        "informato in ritardo, il termine di recesso si prolunga a un mese.",
    ),
    (
        "pl",
        "Możesz odstąpić od umowy w ciągu 14 dni od otrzymania towaru. W razie braku "
        "pouczenia termin na odstąpienie od umowy przedłuża się do 30 dni.",
    ),
]

# Requests refused outside a 21-day period, no other period named: the window is 21.
OUTSIDE = [
    ("en", "Please note: requests received outside the period of 21 days will be refused."),
    ("de", "Bitte beachten Sie: Anfragen außerhalb der Frist von 21 Tagen lehnen wir ab."),
    ("fr", "Attention : les demandes hors délai de 21 jours seront refusées."),
    ("es", "Atención: no se aceptarán solicitudes fuera del plazo de 21 días."),
    ("it", "Attenzione: non accettiamo richieste fuori dal termine di 21 giorni."),
    ("nl", "Let op: aanvragen buiten de termijn van 21 dagen worden geweigerd."),
    ("pt", "Atenção: não aceitamos solicitações fora do prazo de 21 dias."),
    ("pl", "Uwaga: zgłoszenia poza terminem 21 dni nie będą przyjmowane."),
]

# 45 days from receipt to ask for a full refund: the window is 45, not a refund's time.
ASK_REFUND = [
    ("en", "You have 45 days from receipt of the parcel to request a full refund."),
    ("fr", "Vous avez 45 jours à compter de la réception du colis pour demander le remboursement."),
    ("es", "Tiene 45 días desde la recepción del paquete para solicitar el reembolso completo."),
    ("it", "Hai 45 giorni dalla ricezione del pacco per richiedere il rimborso."),
    ("nl", "Je hebt 45 dagen na ontvangst van het pakket om een terugbetaling aan te vragen."),
    ("pt", "Tem 45 dias a partir da receção da encomenda para solicitar o reembolso."),
    ("de", "Sie haben 45 Tage ab Erhalt des Pakets, um eine Erstattung zu beantragen."),
    ("pl", "Masz 45 dni od otrzymania paczki, aby zażądać zwrotu pieniędzy."),
]

# "10 days (withdrawal) or 60 days (defect)": the 60 days are a warranty's; the window is 10.
BRACKET_DEFECT = [
    (
        "pt",
        "Pode desistir da compra em até 10 dias após o recebimento. "
        "Prazo de 10 dias (arrependimento) ou 60 dias (defeito).",
    ),
    (
        "es",
        "Puede desistir de la compra en 10 días desde la recepción. "
        "Plazo de 10 días (desistimiento) o 60 días (producto defectuoso).",
    ),
    (
        "en",
        "You may withdraw from the purchase within 10 days of receipt. "
        "Period: 10 days (withdrawal) or 60 days (defect).",
    ),
]

# "If the size does not fit, the first exchange is free." + "You have 45 days after receipt to
# ask for it.": the exchange's period; the window is the law's 7 days stated beside it.
EXCHANGE_BEFORE = [
    (
        "pt",
        "Você tem 7 dias corridos após o recebimento para se arrepender da compra. "
        "Caso a peça não sirva, a primeira troca é grátis. "
        "Você tem até 45 dias após o recebimento para solicitar.",
    ),
    (
        "pt",
        "Você tem 7 dias corridos após o recebimento para se arrepender da compra. "
        "Troque por outro tamanho em até 45 dias corridos após o recebimento.",
    ),
    (
        "es",
        "Tiene 7 días naturales desde la recepción para desistir de la compra. "
        "Si la talla no le queda bien, el primer cambio es gratuito. "
        "Tiene hasta 45 días desde la recepción para solicitarlo.",
    ),
    (
        "en",
        "You may withdraw from the purchase within 7 days of receipt. "
        "If the size does not fit, the first exchange is free. "
        "You have up to 45 days after receipt to ask for it.",
    ),
]

# A trial of 100 days for goods of one category beside the law's 14 days: the window is 14.
CATEGORY = [
    (
        "de",
        "Die Widerrufsfrist beträgt 14 Tage ab Erhalt der Ware. Artikel der Kategorie Matratzen "
        "können Sie 100 Tage ab Lieferung testen.",
    ),
    (
        "en",
        "You may withdraw within 14 days of delivery. Items in the mattress category may be "
        "tried for 100 days from delivery.",
    ),
    (
        "fr",
        "Vous pouvez vous rétracter dans les 14 jours suivant la livraison. Les articles de la "
        "catégorie literie peuvent être essayés 100 jours à compter de la livraison.",
    ),
    (
        "nl",
        "Je kunt binnen 14 dagen na ontvangst herroepen. Producten uit de categorie matrassen "
        "kun je 100 dagen na levering uitproberen.",
    ),
]

# Not too far: products of every category are the general case.
ALL_CATEGORIES = [
    ("en", "Products in all categories can be returned within 30 days of delivery."),
    (
        "de",
        "Artikel aus allen Kategorien können innerhalb von 30 Tagen ab Erhalt "
        "zurückgegeben werden.",
    ),
]

# Not too far: a time to obtain (receive) the refund is the refund's.
REFUND_TIME = [
    ("en", "Return the item within 30 days of delivery. We refund you within 14 days of receipt."),
    (
        "fr",
        "Retournez l'article sous 30 jours. "
        "Nous vous remboursons sous 14 jours à compter de la réception du retour.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), EXTENDED)
def test_a_shop_extending_the_law_s_period_states_its_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 45


@pytest.mark.parametrize(("lang", "text"), LAW_EXTENDS)
def test_the_law_s_own_extension_is_no_shop_s_window(lang: str, text: str) -> None:
    p = compile_lexicon(lang)
    last = split_sentences(text, lang)[-1].folded
    match = next(p.duration.finditer(last))
    assert own_kind(last, match, p, 30) != "return"


@pytest.mark.parametrize(("lang", "text"), OUTSIDE)
def test_a_period_refused_outside_of_is_the_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 21


@pytest.mark.parametrize(("lang", "text"), ASK_REFUND)
def test_a_time_to_ask_for_a_refund_is_the_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 45


@pytest.mark.parametrize(("lang", "text"), BRACKET_DEFECT)
def test_a_period_labelled_a_defect_s_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 10


@pytest.mark.parametrize(("lang", "text"), EXCHANGE_BEFORE)
def test_a_period_after_an_exchange_sentence_is_the_exchange_s(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 7


@pytest.mark.parametrize(("lang", "text"), CATEGORY)
def test_a_category_s_period_is_a_class_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


@pytest.mark.parametrize(("lang", "text"), ALL_CATEGORIES)
def test_all_categories_are_the_general_case(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


@pytest.mark.parametrize(("lang", "text"), REFUND_TIME)
def test_a_refund_s_time_stays_the_refund_s(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


# "Return within 14 days of receipt." + "The amount is back in your account within 5 working days
# of receipt.": the money's time, a refund's; the window is 14.
ACCOUNT = [
    (
        "nl",
        "Je kunt je bestelling binnen 14 dagen na ontvangst retourneren. "
        "Het bedrag staat binnen 5 werkdagen na ontvangst weer op je rekening.",
    ),
    (
        "en",
        "You can return your order within 14 days of receipt. "
        "The amount will be within 5 working days of receipt back in your account.",
    ),
    (
        "de",
        "Sie können Ihre Bestellung innerhalb von 14 Tagen nach Erhalt zurücksenden. "
        "Der Betrag ist innerhalb von 5 Werktagen nach Erhalt wieder auf Ihrem Konto.",
    ),
    (
        "fr",
        "Vous pouvez retourner votre commande dans les 14 jours suivant la réception. "
        "Le montant sera dans les 5 jours ouvrés suivant la réception à nouveau sur votre compte.",
    ),
    (
        "es",
        "Puedes devolver tu pedido en 14 días desde la recepción. "
        "El importe estará en 5 días hábiles desde la recepción de nuevo en tu cuenta.",
    ),
    (
        "it",
        "Puoi restituire il tuo ordine entro 14 giorni dalla ricezione. "
        "L'importo sarà entro 5 giorni lavorativi dalla ricezione di nuovo sul tuo conto.",
    ),
    (
        "pt",
        "Pode devolver a sua encomenda em 14 dias após a receção. "
        "O valor estará em 5 dias úteis após a receção de volta na sua conta.",
    ),
    (
        "pl",
        "Możesz zwrócić zamówienie w ciągu 14 dni od otrzymania. "
        "Kwota w ciągu 5 dni roboczych od otrzymania wróci na twoje konto.",
    ),
]

# "Return within 14 days of receipt." + "We will give you an answer within 5 days of receipt.":
# the shop's own time; the window is 14.
ANSWER = [
    (
        "en",
        "You can return your order within 14 days of receipt. "
        "We will give you an answer within 5 days of receipt of your message.",
    ),
    (
        "es",
        "Puedes devolver tu pedido en 14 días desde la recepción. "
        "Te daremos una respuesta en 5 días desde la recepción de tu mensaje.",
    ),
    (
        "fr",
        "Vous pouvez retourner votre commande dans les 14 jours suivant la réception. "
        "Nous vous donnerons une réponse dans les 5 jours suivant la réception de votre message.",
    ),
    (
        "it",
        "Puoi restituire il tuo ordine entro 14 giorni dalla ricezione. "
        "Ti daremo una risposta entro 5 giorni dalla ricezione del messaggio.",
    ),
    (
        "pt",
        "Pode devolver a sua encomenda em 14 dias após a receção. "
        "Daremos uma resposta em 5 dias após a receção da sua mensagem.",
    ),
    (
        "de",
        "Sie können Ihre Bestellung innerhalb von 14 Tagen nach Erhalt zurücksenden. "
        "Wir geben Ihnen eine Antwort innerhalb von 5 Tagen nach Erhalt Ihrer Nachricht.",
    ),
    (
        "nl",
        "Je kunt je bestelling binnen 14 dagen na ontvangst retourneren. "
        "Wij geven je een antwoord binnen 5 dagen na ontvangst van je bericht.",
    ),
    (
        "pl",
        "Możesz zwrócić zamówienie w ciągu 14 dni od otrzymania. "
        "Udzielimy odpowiedzi w ciągu 5 dni od otrzymania wiadomości.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ACCOUNT)
def test_money_back_in_the_account_is_a_refund_s_time(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


@pytest.mark.parametrize(("lang", "text"), ANSWER)
def test_the_shop_s_answer_is_its_own_time(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


# Italian legal wording puts the unit first ("entro il termine di giorni 14"): 14 days.
UNIT_FIRST = [
    ("it", "Il cliente può recedere dal contratto entro il termine di giorni 10 dalla consegna."),
    ("it", "Il recesso va esercitato entro giorni 10 (dieci) dal ricevimento della merce."),
]


@pytest.mark.parametrize(("lang", "text"), UNIT_FIRST)
def test_the_unit_before_the_number_is_a_duration(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 10


def test_a_day_of_the_month_is_no_duration() -> None:
    text = "Puoi restituire l'articolo entro 30 giorni. Il magazzino è chiuso dal giorno 10."
    assert extract_returns_terms(text, "it").get(WINDOW) == 30


# "You may withdraw within 14 days of delivery." + "Return the goods within 20 days of exercising
# the right of withdrawal.": a time to send the goods back, counted from the notice; window 14.
FROM_EXERCISE = [
    (
        "en",
        "You may withdraw within 14 days of delivery. The goods must be returned within 20 days "
        "of exercising your right of withdrawal.",
    ),
    (
        "de",
        "Sie können innerhalb von 14 Tagen ab Erhalt widerrufen. Die Ware ist innerhalb von 20 "
        "Tagen ab Ausübung des Widerrufsrechts zurückzugeben.",
    ),
    (
        "es",
        "Puede desistir en un plazo de 14 días desde la entrega. Debe devolver el producto en 20 "
        "días desde el ejercicio del derecho de desistimiento.",
    ),
    (
        "it",
        "Puoi esercitare il diritto di recesso entro 14 giorni dalla consegna. Il bene va "
        "restituito entro 20 giorni dall'esercizio del diritto di recesso.",
    ),
    (
        "nl",
        "Je kunt binnen 14 dagen na levering herroepen. Het product moet binnen 20 dagen na "
        "uitoefening van het herroepingsrecht worden geretourneerd.",
    ),
    (
        "pt",
        "Pode exercer o direito de livre resolução em 14 dias após a entrega. O produto deve ser "
        "devolvido em 20 dias a contar do exercício do direito de livre resolução.",
    ),
    (
        "pl",
        "Możesz odstąpić od umowy w ciągu 14 dni od dostawy. Towar należy zwrócić w ciągu 20 "
        "dni od wykonania prawa odstąpienia.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), FROM_EXERCISE)
def test_a_time_counted_from_the_withdrawal_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


# "If you return the goods because of a delay of more than 5 days, we pay the postage.": a
# delay's length, no window.
DELAY = [
    ("en", "If you return the goods because of a delay of more than 5 days, we pay the postage."),
    (
        "de",
        "Senden Sie die Ware wegen einer Verzögerung von mehr als 5 Tagen zurück, zahlen wir "
        "das Porto.",
    ),
    (
        "fr",
        "Si vous retournez le colis en raison d'un retard de plus de 5 jours, nous payons le port.",
    ),
    (
        "es",
        "Si devuelves el producto por un retraso de más de 5 días, pagamos nosotros el envío.",
    ),
    (
        "it",
        "Se restituisci il prodotto per un ritardo superiore a 5 giorni, paghiamo noi la "
        "spedizione.",
    ),
    (
        "nl",
        "Als je het product terugstuurt wegens een vertraging van meer dan 5 dagen, betalen wij "
        "de verzending.",
    ),
    (
        "pt",
        "Se devolver o produto por um atraso superior a 5 dias na entrega, pagamos nós os portes.",
    ),
    ("pl", "Jeśli zwracasz towar z powodu opóźnienia o ponad 5 dni, pokrywamy koszt przesyłki."),
]


@pytest.mark.parametrize(("lang", "text"), DELAY)
def test_a_delay_s_length_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) is None


# The law's period stated for one class of customers, a return window for another: it depends.
BY_REGION = [
    (
        "en",
        "For customers in the EU, the statutory right of withdrawal of 14 days applies. "
        "For customers in Switzerland, we offer a right of return of 30 days.",
    ),
    (
        "de",
        "Für Kunden aus der EU gilt das gesetzliche Widerrufsrecht von 14 Tagen. "
        "Für Kunden in der Schweiz bieten wir ein Rückgaberecht von 30 Tagen.",
    ),
    (
        "fr",
        "Pour les clients de l'UE, le droit de rétractation légal de 14 jours s'applique. "
        "Pour les clients en Suisse, nous offrons un droit de retour de 30 jours.",
    ),
    (
        "nl",
        "Voor klanten in de EU geldt het wettelijke herroepingsrecht van 14 dagen. "
        "Voor klanten buiten de EU bieden wij een retourrecht van 30 dagen.",
    ),
    (
        "es",
        "Para clientes de la UE se aplica el derecho de desistimiento legal de 14 días. "
        "Para clientes fuera de la UE ofrecemos un derecho de devolución de 30 días.",
    ),
    (
        "it",
        "Per i clienti in Italia vale il diritto di recesso di 14 giorni. "
        "Per i clienti in Svizzera offriamo un diritto di reso di 30 giorni.",
    ),
    (
        "pt",
        "Para clientes em Portugal aplica-se o direito de livre resolução de 14 dias. "
        "Para clientes no Brasil oferecemos um prazo de devolução de 30 dias.",
    ),
    (
        "pl",
        "Dla klientów z Polski obowiązuje prawo odstąpienia od umowy w ciągu 14 dni. "
        "Dla klientów spoza UE oferujemy zwrot w ciągu 30 dni.",
    ),
]

# Not too far: class windows beside a general withdrawal period: the withdrawal period.
CLASS_AND_LAW = [
    (
        "en",
        "You may withdraw within 14 days of delivery. Sale items can be returned within 7 days.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), BY_REGION)
def test_windows_by_region_depend(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) is None


@pytest.mark.parametrize(("lang", "text"), CLASS_AND_LAW)
def test_a_general_withdrawal_beside_class_windows_is_the_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


def test_a_class_s_law_beside_a_shorter_sale_window_stays_the_window() -> None:
    text = "For customers in the EU, you may withdraw within 14 days. Sale items: 7 days."
    assert extract_returns_terms(text, "en").get(WINDOW) == 14


# The standard period named, as a heading over its value or inline, beside a class's: 45 days.
STANDARD = [
    ("fr", "Délais de retour\nDélai standard\n45 jours\nProduits électroniques\n10 jours"),
    ("en", "Return times\nStandard return period\n45 days\nElectronics\n10 days"),
    ("de", "Fristen\nStandardfrist\n45 Tage\nElektronik\n10 Tage"),
    ("es", "Plazos\nPlazo estándar\n45 días\nElectrónica\n10 días"),
    ("it", "Termini\nTermine standard\n45 giorni\nElettronica\n10 giorni"),
    ("nl", "Termijnen\nStandaard termijn\n45 dagen\nElektronica\n10 dagen"),
    ("pt", "Prazos\nPrazo padrão\n45 dias\nEletrónica\n10 dias"),
    ("pl", "Terminy\nStandardowy termin\n45 dni\nElektronika\n10 dni"),
    ("fr", "Délai standard : 45 jours."),
]


@pytest.mark.parametrize(("lang", "text"), STANDARD)
def test_the_standard_period_is_the_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 45
