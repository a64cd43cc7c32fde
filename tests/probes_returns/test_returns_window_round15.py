"""Families of window wordings the tenth to thirteenth returns batches showed the reader
missing at their first runs, completed for every language where the wording exists (round 15:
generalisation). The sentences are made up, one idiom each.

- A sound article ("undamaged", "onbeschadigd", "unbeschädigt", "nieuszkodzony") sent back within
  N days of delivery: a condition of the return, no defect; the period is the window.
- Two withdrawal periods, neither of them the law's (longer than 14 days): they contradict each
  other, no window (not the longer as the shop's own).
- A return window shorter than the law's 14 days beside a longer withdrawal period stated: the
  customer has the withdrawal period.
"""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

WINDOW = "returns.window_days"

# The article must be sent back undamaged within 10 days of delivery; an exchange is possible
# within 21 days: the 10 days are the return window (not a defect's, not the exchange's).
SOUND_ARTICLE = [
    (
        "nl",
        "Het artikel moet onbeschadigd binnen 10 dagen na ontvangst worden teruggestuurd. "
        "Ruilen kan binnen 21 dagen.",
    ),
    (
        "de",
        "Die Ware muss unbeschädigt innerhalb von 10 Tagen nach Erhalt zurückgesandt werden. "
        "Ein Umtausch ist innerhalb von 21 Tagen möglich.",
    ),
    (
        "en",
        "The item must reach us undamaged within 10 days of delivery. "
        "An exchange is possible within 21 days.",
    ),
    (
        "pl",
        "Towar nieuszkodzony należy odesłać w ciągu 10 dni od otrzymania. "
        "Wymiana jest możliwa w ciągu 21 dni.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SOUND_ARTICLE)
def test_sound_article_sent_back_is_the_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 10


# The reach: a damaged article to be reported within 3 days of delivery is still a defect's
# period, the only period on a page that takes back only damaged goods: the window (LABELLING.md).
DAMAGED_ARTICLE = [
    ("nl", "Een beschadigd artikel moet binnen 3 dagen na ontvangst worden gemeld."),
    (
        "de",
        "Beschädigte Ware ist innerhalb von 3 Tagen nach Erhalt zu melden. Rückgaben sind "
        "ausgeschlossen.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DAMAGED_ARTICLE)
def test_damaged_article_is_still_a_defect(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 3


# "You have sixty days to withdraw" + "the withdrawal period ends forty days after delivery":
# neither is the law's, the page contradicts itself: no window.
CONTRADICTING_WITHDRAWALS = [
    (
        "en",
        "You have a period of 60 days to exercise your right of withdrawal. "
        "The withdrawal period expires 40 days after the day you receive the goods.",
    ),
    (
        "fr",
        "Vous disposez d'un délai de 60 jours pour exercer votre droit de rétractation. "
        "Le délai de rétractation expire 40 jours après la réception du bien.",
    ),
    (
        "de",
        "Sie haben eine Frist von 60 Tagen, um Ihr Widerrufsrecht auszuüben. "
        "Die Widerrufsfrist endet 40 Tage nach Erhalt der Ware.",
    ),
    (
        "es",
        "Dispone de un plazo de 60 días para ejercer su derecho de desistimiento. "
        "El plazo de desistimiento expira a los 40 días de la recepción del bien.",
    ),
    (
        "it",
        "Hai a disposizione 60 giorni per esercitare il diritto di recesso. "
        "Il periodo di recesso scade 40 giorni dopo la consegna del bene.",
    ),
    (
        "pt",
        "Dispõe de um prazo de 60 dias para exercer o direito de livre resolução. "
        "O prazo de livre resolução expira 40 dias após a receção do bem.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CONTRADICTING_WITHDRAWALS)
def test_two_withdrawal_periods_neither_legal_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) is None


# The reach: the law's 14 days beside the shop's own 30 days of withdrawal still give 30.
SHOP_AND_LAW = [
    (
        "en",
        "You have a period of 30 days to exercise your right of withdrawal. "
        "The legal withdrawal period expires 14 days after the day you receive the goods.",
    ),
    (
        "fr",
        "Vous disposez d'un délai de 30 jours pour exercer votre droit de rétractation. "
        "Le délai légal de rétractation expire 14 jours après la réception du bien.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SHOP_AND_LAW)
def test_shop_withdrawal_beside_the_law_is_the_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


# A 5-day return offer beside the consumer's 30-day withdrawal period: the customer has 30.
SHORT_BESIDE_WITHDRAWAL = [
    (
        "de",
        "Sie können den Vertrag innerhalb von 30 Tagen ohne Angabe von Gründen widerrufen. "
        "Die Rückgabe der Ware ist innerhalb von 5 Tagen möglich, wenn sie ungeöffnet ist.",
    ),
    (
        "en",
        "You may cancel the contract within 30 days without giving any reason. "
        "Goods can be returned within 5 days if they are unopened.",
    ),
    (
        "fr",
        "Vous pouvez vous rétracter dans un délai de 30 jours sans donner de motif. "
        "Le retour de la marchandise est possible sous 5 jours si elle n'est pas ouverte.",
    ),
    (
        "es",
        "Puede desistir del contrato en un plazo de 30 días sin indicar el motivo. "
        "La devolución es posible en 5 días si el producto no se ha abierto.",
    ),
    (
        "it",
        "Puoi recedere dal contratto entro 30 giorni senza indicarne il motivo. "
        "Il reso è possibile entro 5 giorni se il prodotto non è stato aperto.",
    ),
    (
        "pt",
        "Pode resolver o contrato no prazo de 30 dias sem indicar o motivo. "
        "A devolução é possível em 5 dias se o produto não tiver sido aberto.",
    ),
    (
        "nl",
        "U kunt de overeenkomst binnen 30 dagen zonder opgave van redenen ontbinden. "
        "Retourneren kan binnen 5 dagen als het product ongeopend is.",
    ),
    (
        "pl",
        "Mogą Państwo odstąpić od umowy w ciągu 30 dni bez podania przyczyny. "
        "Zwrot towaru jest możliwy w ciągu 5 dni, jeśli nie został otwarty.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SHORT_BESIDE_WITHDRAWAL)
def test_short_window_beside_longer_withdrawal_gives_the_withdrawal(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


# The reach: a 30-day return window beside the legal 14 days stays the window, and so does a
# 20-day one (longer than the law's minimum) beside a 30-day withdrawal stated elsewhere.
OWN_WINDOW_KEPT = [
    (
        "en",
        "You may cancel the contract within 14 days without giving any reason. "
        "Goods can be returned within 30 days if they are unopened.",
    ),
    (
        "de",
        "Sie können den Vertrag innerhalb von 14 Tagen ohne Angabe von Gründen widerrufen. "
        "Die Rückgabe der Ware ist innerhalb von 30 Tagen möglich.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), OWN_WINDOW_KEPT)
def test_own_longer_window_kept(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


# Number words: the tens and compounds a window is stated in, read whole ("cuarenta y cinco"
# is 45, never its last word's 5), and the units "a fortnight", "une quinzaine", Dutch "-daagse",
# Polish compound adjectives ("czternastodniowy").
NUMBER_WORDS = [
    ("en", "You may return items within forty-five days of delivery.", 45),
    ("en", "You may return items within one hundred days of delivery.", 100),
    ("en", "You may return items within a fortnight of delivery.", 14),
    ("de", "Sie können die Ware innerhalb von fünfundvierzig Tagen nach Erhalt zurücksenden.", 45),
    ("de", "Sie können die Ware innerhalb von einunddreißig Tagen nach Erhalt zurücksenden.", 31),
    (
        "fr",
        "Vous pouvez retourner l'article dans un délai de quarante-cinq jours après la livraison.",
        45,
    ),
    (
        "fr",
        "Vous pouvez retourner l'article dans un délai de vingt et un jours après la livraison.",
        21,
    ),
    ("fr", "Vous pouvez retourner l'article dans une quinzaine après la livraison.", 15),
    ("es", "Puede devolver el artículo en un plazo de cuarenta y cinco días desde la entrega.", 45),
    ("es", "Puede devolver el artículo en un plazo de veintiún días desde la entrega.", 21),
    ("es", "Puede devolver el artículo en un plazo de una quincena desde la entrega.", 15),
    ("it", "Puoi restituire l'articolo entro quarantacinque giorni dalla consegna.", 45),
    ("it", "Puoi restituire l'articolo entro ventuno giorni dalla consegna.", 21),
    ("pt", "Pode devolver o artigo no prazo de quarenta e cinco dias após a entrega.", 45),
    ("pt", "Pode devolver o artigo no prazo de uma quinzena após a entrega.", 15),
    ("nl", "U kunt het artikel binnen vijfenveertig dagen na ontvangst retourneren.", 45),
    ("nl", "U hebt een 30-daagse retourtermijn na ontvangst.", 30),
    ("pl", "Możesz zwrócić towar w terminie czterdziestu pięciu dni od otrzymania.", 45),
    ("pl", "Możesz zwrócić towar w terminie dwudziestu jeden dni od otrzymania.", 21),
    ("pl", "Przysługuje Ci trzydziestodniowy termin na zwrot towaru od otrzymania.", 30),
]


@pytest.mark.parametrize(("lang", "text", "days"), NUMBER_WORDS)
def test_number_words_and_units(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


# The reach: "neuf" (new) is no number, a lone "stu" is no period, hours in "hrs" are no window
# beside a window in days.
NOT_NUMBERS = [
    (
        "fr",
        "Les articles doivent être retournés à l'état neuf dans les 30 jours suivant la livraison.",
        30,
    ),
    ("en", "We answer within 48 hrs. You may return items within 30 days of delivery.", 30),
]


@pytest.mark.parametrize(("lang", "text", "days"), NOT_NUMBERS)
def test_number_words_reach(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


# Verbs of sending goods back, completed: participles, infinitives with a pronoun and
# "... back" phrases, with no delivery anchor to help (the verb alone names the return).
RETURN_VERBS = [
    ("en", "Items can be shipped back within 20 days."),
    ("en", "Mail it back within 20 days."),
    ("en", "Unused items may be brought back to the shop within 20 days."),
    ("fr", "L'article peut être rapporté en magasin dans les 20 jours."),
    ("fr", "Vous pouvez le rapporter dans les 20 jours."),
    ("es", "El artículo puede ser retornado en 20 días."),
    ("es", "Puede enviarnos el producto de vuelta en 20 días."),
    ("it", "L'articolo può essere rimandato entro 20 giorni."),
    ("it", "Puoi rimandarci l'articolo entro 20 giorni."),
    ("pt", "Pode enviar-nos o artigo de volta no prazo de 20 dias."),
    ("pt", "O artigo pode ser retornado no prazo de 20 dias."),
    ("nl", "Het artikel kan binnen 20 dagen worden teruggestuurd."),
    ("nl", "Het artikel kan binnen 20 dagen worden teruggebracht."),
    ("nl", "Je kunt het artikel binnen 20 dagen terugbrengen."),
    ("pl", "Możesz oddać towar w ciągu 20 dni."),
    ("pl", "Towar może zostać oddany w ciągu 20 dni."),
]


@pytest.mark.parametrize(("lang", "text"), RETURN_VERBS)
def test_return_verbs_completed(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 20


# The reach: getting back to the customer, a report ("rapport"), a postponed date ("rimandato a
# data da destinarsi") named beside no return are no windows.
NOT_RETURN_VERBS = [
    ("en", "We will get back to you within 2 days."),
    ("en", "Please email us and we will call you back within 2 days."),
    ("fr", "Vous recevrez un rapport sous 2 jours."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_RETURN_VERBS)
def test_return_verbs_reach(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) is None


# Every apostrophe a page may type ("l´achat", "dall`acquisto", "d‘avis") reads as the one.
APOSTROPHES = [
    ("fr", "Le client a 30 jours à compter de l´achat.", 30),
    ("it", "Il cliente ha 30 giorni dall´acquisto.", 30),
    ("it", "Il cliente ha 30 giorni dall`acquisto.", 30),
    ("fr", "Vous avez 14 jours pour changer d‘avis.", 14),
]


@pytest.mark.parametrize(("lang", "text", "days"), APOSTROPHES)
def test_apostrophe_variants(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


# A complaint or claim about the goods ("Reklamation", "réclamation", "klacht") to be made within
# N days of delivery: a claim for faulty goods, not a second return window beside the 30 days.
COMPLAINT_BESIDE_WINDOW = [
    (
        "en",
        "You can return goods within 30 days of delivery. "
        "Complaints must be made within 8 days of delivery.",
    ),
    (
        "de",
        "Sie können Artikel innerhalb von 30 Tagen nach Erhalt zurückgeben. "
        "Reklamationen sind innerhalb von 8 Tagen nach Erhalt anzuzeigen.",
    ),
    (
        "fr",
        "Vous pouvez retourner vos articles dans les 30 jours suivant la livraison. "
        "Toute réclamation doit être faite dans les 8 jours suivant la livraison.",
    ),
    (
        "es",
        "Puede devolver los artículos en 30 días desde la entrega. "
        "Las reclamaciones deben hacerse en 8 días desde la entrega.",
    ),
    (
        "it",
        "Puoi restituire gli articoli entro 30 giorni dalla consegna. "
        "I reclami vanno inviati entro 8 giorni dalla consegna.",
    ),
    (
        "nl",
        "Je kunt artikelen binnen 30 dagen na ontvangst retourneren. "
        "Klachten moeten binnen 8 dagen na ontvangst worden gemeld.",
    ),
    (
        "pl",
        "Możesz zwrócić towar w ciągu 30 dni od otrzymania. "
        "Skargi należy składać w ciągu 8 dni od otrzymania.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), COMPLAINT_BESIDE_WINDOW)
def test_complaint_period_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


# A shop that takes nothing back but a complaint within 10 days (its one period): the window.
COMPLAINT_ONLY = [
    (
        "nl",
        "Bestellingen kunnen niet worden geretourneerd. Klachten die na 10 dagen binnenkomen, "
        "nemen wij niet in behandeling.",
    ),
    (
        "de",
        "Eine Rückgabe ist ausgeschlossen. Reklamationen, die nach 10 Tagen eingehen, werden "
        "nicht bearbeitet.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), COMPLAINT_ONLY)
def test_complaint_only_period_is_the_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 10


# The reach: a return window whose sentence names a complaint form as the way to return stays.
COMPLAINT_REACH = [
    ("en", "You can return any item within 30 days of delivery; no complaints needed."),
]


@pytest.mark.parametrize(("lang", "text"), COMPLAINT_REACH)
def test_complaint_reach(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


# A class of goods by value ("items valued over €1,000") given a shorter window beside the
# general one: the general window (30) is the window, whatever commas the amount holds.
VALUE_CLASS = [
    (
        "en",
        "Return any item within 30 days. Items with a value over $1,000.00 must be returned "
        "within 10 days.",
    ),
    (
        "de",
        "Sie können Artikel innerhalb von 30 Tagen zurückgeben. Artikel mit einem Wert über "
        "1.000 € sind innerhalb von 10 Tagen zurückzusenden.",
    ),
    (
        "fr",
        "Vous pouvez retourner vos articles sous 30 jours. Les articles d'une valeur "
        "supérieure à 1 000 € doivent être retournés sous 10 jours.",
    ),
    (
        "es",
        "Puede devolver los artículos en 30 días. Los artículos cuyo valor sea superior a "
        "$1,000.00 deben devolverse en 10 días.",
    ),
    (
        "it",
        "Puoi restituire gli articoli entro 30 giorni. Gli articoli con un valore superiore a "
        "1.000 € vanno restituiti entro 10 giorni.",
    ),
    (
        "pt",
        "Pode devolver os artigos no prazo de 30 dias. Os artigos de valor superior a 1.000 € "
        "devem ser devolvidos no prazo de 10 dias.",
    ),
    (
        "nl",
        "Je kunt artikelen binnen 30 dagen retourneren. Artikelen met een waarde boven € "
        "1.000 moeten binnen 10 dagen worden geretourneerd.",
    ),
    (
        "pl",
        "Możesz zwrócić towar w ciągu 30 dni. Towary o wartości powyżej 1000 zł należy "
        "zwrócić w ciągu 10 dni.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), VALUE_CLASS)
def test_value_class_window_gives_way(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


# A paid option that lengthens the window, in a list item's opening clause: the window without
# the option (30) is the general one; the one "if you did not buy the option" is not a class's.
OPTION_CLASS = [
    (
        "en",
        "- If you did not purchase the CarePack option, you may request a return within 30 "
        "days of delivery.\n"
        "- If you purchased the CarePack option, you may request a return within 120 days of "
        "delivery.",
    ),
    (
        "fr",
        "- Si vous n'avez pas souscrit l'option Sérénité, la demande de retour doit être "
        "faite dans les 30 jours suivant la livraison.\n"
        "- Si vous avez souscrit l'option Sérénité, le délai de demande de retour est de 120 "
        "jours à compter de la livraison.",
    ),
    (
        "de",
        "- Wenn Sie die Option Sorglos gebucht haben, beträgt die Rückgabefrist 120 Tage ab "
        "Lieferung.\n"
        "- Ohne diese Option können Sie die Ware innerhalb von 30 Tagen ab Lieferung zurückgeben.",
    ),
    (
        "es",
        "- Si ha contratado la opción Tranquilidad, puede solicitar la devolución en 120 días "
        "desde la entrega.\n"
        "- En los demás casos, puede solicitar la devolución en 30 días desde la entrega.",
    ),
    (
        "it",
        "- Se hai acquistato l'opzione Serenità, puoi chiedere il reso entro 120 giorni dalla "
        "consegna.\n"
        "- Negli altri casi puoi chiedere il reso entro 30 giorni dalla consegna.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), OPTION_CLASS)
def test_option_class_window_gives_way(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


# The reach: "if you are not satisfied, return it within 30 days" names no class; orders over
# €50 shipped free say nothing of the window.
CLASS_REACH = [
    ("en", "If you are not satisfied, you can return the item within 30 days of delivery.", 30),
    ("fr", "Si vous n'êtes pas satisfait, vous pouvez retourner l'article sous 30 jours.", 30),
    (
        "de",
        "Wenn Sie nicht zufrieden sind, können Sie die Ware innerhalb von 30 Tagen zurückgeben.",
        30,
    ),
    ("en", "Orders over $50 ship free. You can return items within 30 days.", 30),
]


@pytest.mark.parametrize(("lang", "text", "days"), CLASS_REACH)
def test_class_reach(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


# A digit's ordinal day ("up to the 14th day after delivery", "bis zum 14. Tag", "le 14e jour",
# "il 14° giorno", "o 14.º dia", "de 14e dag", "do 14. dnia"): that many days.
DIGIT_ORDINALS = [
    ("en", "You may return the item up to the 14th day after delivery."),
    ("de", "Sie können die Ware bis zum 14. Tag nach Erhalt zurücksenden."),
    ("fr", "Vous pouvez retourner l'article jusqu'au 14e jour suivant la livraison."),
    ("fr", "Vous pouvez retourner l'article jusqu'au 14ème jour suivant la livraison."),
    ("es", "Puede devolver el artículo hasta el 14º día desde la entrega."),
    ("it", "Puoi restituire l'articolo entro il 14° giorno dalla consegna."),
    ("pt", "Pode devolver o artigo até ao 14.º dia após a entrega."),
    ("nl", "Je kunt het artikel tot de 14e dag na ontvangst retourneren."),
    ("pl", "Możesz zwrócić towar do 14. dnia od otrzymania."),
]


@pytest.mark.parametrize(("lang", "text"), DIGIT_ORDINALS)
def test_digit_ordinal_day(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


# The reach: a German sentence ending on a number still ends there ("gemäß § 2." + "Tage ..."
# is no ordinal where no day word follows), and a date ("am 14. Juni") is no period.
def test_digit_ordinal_reach() -> None:
    text = (
        "Die Ware wurde am 14. Juni geliefert. Sie können sie innerhalb von 30 Tagen zurückgeben."
    )
    assert extract_returns_terms(text, "de").get(WINDOW) == 30


# The withdrawal's other names and verbs, with no return word beside them: the period is the
# withdrawal's (the window where nothing else is stated).
WITHDRAWAL_NAMES = [
    ("en", "You may rescind the contract within 20 days."),
    ("de", "Das Rücktrittsrecht beträgt 20 Tage."),
    ("de", "Die Rücktrittsfrist beträgt 20 Tage."),
    ("fr", "Vous pouvez renoncer à votre achat dans les 20 jours."),
    ("es", "Tiene derecho de retracto durante 20 días."),
    ("es", "Dispone de 20 días para arrepentirse."),
    ("pt", "O prazo de retratação é de 20 dias."),
    ("pt", "Você tem 20 dias para se arrepender."),
    ("pl", "Możesz zrezygnować z zakupu w ciągu 20 dni."),
]


@pytest.mark.parametrize(("lang", "text"), WITHDRAWAL_NAMES)
def test_withdrawal_names_completed(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 20


# The reach: a cancelled order's penalty-free period before dispatch is no withdrawal beside a
# return window.
def test_withdrawal_names_reach() -> None:
    text = (
        "Puede devolver el artículo en 30 días desde la entrega. El derecho de retracto se rige "
        "por la ley."
    )
    assert extract_returns_terms(text, "es").get(WINDOW) == 30


# A payment counted from the return itself ("within 14 days of the date of return", "suivant le
# retour de l'article", "od zwrotu towaru"): the refund's time, no window (a window cannot be
# counted from the return it is for).
FROM_THE_RETURN = [
    (
        "en",
        "The payment by the seller must take place within 14 days following the date of "
        "return of the item.",
    ),
    ("de", "Die Zahlung durch den Verkäufer erfolgt innerhalb von 14 Tagen ab Rückgabe der Ware."),
    ("fr", "Le paiement par le vendeur a lieu dans les 14 jours suivant le retour de l'article."),
    (
        "es",
        "El pago por parte del vendedor se realizará en 14 días desde la devolución del artículo.",
    ),
    ("it", "Il pagamento da parte del venditore avviene entro 14 giorni dal reso dell'articolo."),
    ("pt", "O pagamento pelo vendedor ocorre em 14 dias após a devolução do artigo."),
    (
        "nl",
        "De betaling door de verkoper vindt plaats binnen 14 dagen na terugzending van het "
        "artikel.",
    ),
    ("pl", "Płatność przez sprzedawcę nastąpi w ciągu 14 dni od zwrotu towaru."),
]


@pytest.mark.parametrize(("lang", "text"), FROM_THE_RETURN)
def test_counted_from_the_return_is_no_window(lang: str, text: str) -> None:
    terms = extract_returns_terms(text, lang)
    assert terms.get(WINDOW) is None
    assert terms.get("returns.refund_days_stated") == 14


# The reach: a return request form or a return label named after the period is no return.
def test_counted_from_the_return_reach() -> None:
    text = "You can send items back within 30 days after the return request is approved by email."
    terms = extract_returns_terms(text, "en")
    assert terms.get(WINDOW) == 30
    assert terms.get("returns.refund_days_stated") is None


# The shop lengthening the legal period ("we extend this period to 30 days"): its own window.
EXTENDED_BY_SHOP = [
    ("en", "You may withdraw within 14 days of delivery. We gladly extend this period to 30 days."),
    (
        "de",
        "Sie können innerhalb von 14 Tagen nach Erhalt widerrufen. Wir verlängern diese Frist "
        "freiwillig auf 30 Tage.",
    ),
    (
        "fr",
        "Vous pouvez vous rétracter dans les 14 jours suivant la livraison. Nous étendons "
        "gracieusement ce délai à 30 jours.",
    ),
    ("es", "Puede desistir en 14 días desde la entrega. Ampliamos este plazo a 30 días."),
    ("it", "Puoi recedere entro 14 giorni dalla consegna. Estendiamo questo termine a 30 giorni."),
    (
        "pt",
        "Pode exercer o direito de livre resolução em 14 dias após a entrega. Alargamos este "
        "prazo para 30 dias.",
    ),
    (
        "nl",
        "U kunt binnen 14 dagen na ontvangst herroepen. Wij verlengen deze termijn naar 30 dagen.",
    ),
    (
        "pl",
        "Możesz odstąpić od umowy w ciągu 14 dni od otrzymania. Wydłużamy ten termin do 30 dni.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), EXTENDED_BY_SHOP)
def test_shop_extension_is_the_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


# French: "dénoncer le contrat" is the withdrawal; a credit note ("un avoir") is a refund but the
# verb ("après les avoir reçus") is not; "votre marchandise" received is a delivery.
FRENCH_WORDS = [
    ("Tu peux retourner tes articles dans les 30 jours après les avoir reçus.", 30),
    (
        "Vous pouvez retourner l'article dans les 30 jours suivant la réception de votre "
        "marchandise.",
        30,
    ),
    (
        "Vous pouvez dénoncer le contrat dans les 7 jours suivant la livraison. Le "
        "remboursement se fait sous 30 jours suivant le retour.",
        7,
    ),
]


@pytest.mark.parametrize(("text", "days"), FRENCH_WORDS)
def test_french_words(text: str, days: int) -> None:
    assert extract_returns_terms(text, "fr").get(WINDOW) == days


def test_french_credit_note_still_a_refund() -> None:
    text = "Vous pouvez retourner l'article sous 30 jours. Un avoir vous est envoyé sous 5 jours."
    terms = extract_returns_terms(text, "fr")
    assert terms.get(WINDOW) == 30
    assert terms.get("returns.refund_days_stated") == 5


# Goods sent back "without damage" ("sans dommage", "sin daños", "ohne Beschädigung", "bez
# uszkodzeń") within N days of delivery: a condition of the return, no defect; and Dutch "terug
# te brengen" (bringing it back) is a return.
WITHOUT_DAMAGE = [
    ("en", "Items must be sent without damage within 20 days of delivery. Exchanges: 40 days."),
    ("fr", "L'article doit être renvoyé sans dommage dans les 20 jours suivant la livraison."),
    ("es", "El artículo debe enviarse sin daños en los 20 días siguientes a la entrega."),
    ("de", "Die Ware muss ohne Beschädigung innerhalb von 20 Tagen nach Erhalt zurückkommen."),
    ("pl", "Towar bez uszkodzeń należy odesłać w ciągu 20 dni od otrzymania."),
    ("nl", "Je hebt 20 dagen om de bestelling terug te brengen."),
]


@pytest.mark.parametrize(("lang", "text"), WITHOUT_DAMAGE)
def test_without_damage_is_no_defect(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 20


# Money as what is sent or given back ("Sie bekommen den Kaufpreis zurück", "ti restituiremo
# l'importo", "het geld wordt teruggestuurd", "oddamy pieniądze"): a refund's time, no window.
MONEY_BACK = [
    ("de", "Sie bekommen den Kaufpreis innerhalb von 14 Tagen zurück."),
    ("de", "Du erhältst dein Geld innerhalb von 14 Tagen zurück."),
    ("it", "Ti restituiremo l'importo entro 14 giorni."),
    ("nl", "Het geld wordt binnen 14 dagen teruggestuurd."),
    ("pl", "Oddamy pieniądze w ciągu 14 dni."),
]


@pytest.mark.parametrize(("lang", "text"), MONEY_BACK)
def test_money_back_is_a_refund_time(lang: str, text: str) -> None:
    terms = extract_returns_terms(text, lang)
    assert terms.get(WINDOW) is None
    assert terms.get("returns.refund_days_stated") == 14


# The reach: a money-back guarantee ("30 Tage Geld zurück Garantie") is the window, and a return
# then a refund in one sentence keeps the return's window.
MONEY_BACK_REACH = [
    ("de", "Wir bieten 30 Tage Geld zurück Garantie."),
    ("de", "Sie können die Ware innerhalb von 30 Tagen zurückgeben und erhalten Ihr Geld zurück."),
    ("it", "Puoi restituire la merce entro 30 giorni e ti restituiremo l'importo pagato."),
]


@pytest.mark.parametrize(("lang", "text"), MONEY_BACK_REACH)
def test_money_back_reach(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30
