"""Families of window wordings the seventh and eighth unseen batches showed the reader missing, each
in the languages where it exists: money said to be returned (a refund, not a second window);
goods that are "undamaged" (no defect named); "within 14 days of receiving it by returning it";
"return it for an exchange or refund within 30 days" (the refund is the return's purpose); a
range of days (a time something takes); a label "valid for 30 days" and a time counted from
receiving a link or a code; the shop's own time to send instructions or check the goods;
"return it ..., within 30 days, and we will refund you"; a time counted from the day the shop
learns of the withdrawal; "orders older than 30 days"; a title ending in a colon; "after this
period" and "beyond 14 days ..., up to 30 days" (a longer window after the legal period); a time
counted from the proof of return; a return word naming a cost; a period negated right before it; a
trial in nights; a time to report damage. The sentences are made up, one idiom each."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms, read_returns_policy

WINDOW = "returns.window_days"

# The money or the amount "will be returned": a refund time, not a second return window.
MONEY_RETURNED = [
    (
        "en",
        "You can return items within 30 days of delivery. The money will be returned to your "
        "card within 7 days.",
    ),
    (
        "es",
        "Puedes devolver los artículos en un plazo de 30 días desde la entrega. El dinero te "
        "será devuelto en un plazo de 7 días.",
    ),
    (
        "fr",
        "Vous pouvez retourner un article sous 30 jours après la livraison. Le montant vous sera "
        "retourné sous 7 jours.",
    ),
    (
        "it",
        "Puoi restituire gli articoli entro 30 giorni dalla consegna. L'importo ti verrà "
        "restituito entro 7 giorni.",
    ),
    (
        "pt",
        "Pode devolver os artigos no prazo de 30 dias após a entrega. O valor será devolvido em "
        "até 7 dias.",
    ),
    (
        "de",
        "Sie können Artikel innerhalb von 30 Tagen nach Erhalt zurücksenden. Der Betrag wird "
        "Ihnen innerhalb von 7 Tagen zurückgezahlt.",
    ),
    (
        "nl",
        "Je kunt artikelen binnen 30 dagen na ontvangst retourneren. Het geld wordt binnen 7 "
        "dagen geretourneerd.",
    ),
    (
        "pl",
        "Możesz zwrócić towar w ciągu 30 dni od otrzymania. Pieniądze za zwrócony towar zostaną "
        "zwrócone w ciągu 7 dni.",
    ),
]

# A negating prefix glued to a defect word ("undamaged"): the goods are sound, the period is
# the return window, not a warranty claim. Where the negation is a word of its own ("non
# endommagé", "no dañados") it was read already.
SOUND_GOODS = [
    ("en", "Every customer can return unused and undamaged goods within 14 days of delivery."),
    (
        "de",
        "Sie können unbenutzte und unbeschädigte Ware innerhalb von 14 Tagen nach Erhalt "
        "zurücksenden.",
    ),
    (
        "nl",
        "Je kunt ongebruikte en onbeschadigde artikelen binnen 14 dagen na ontvangst retourneren.",
    ),
    ("pl", "Możesz zwrócić nieużywany i nieuszkodzony towar w ciągu 14 dni od otrzymania."),
    ("fr", "Vous pouvez retourner un article non endommagé sous 14 jours après la livraison."),
    ("es", "Puedes devolver los artículos no dañados en un plazo de 14 días desde la entrega."),
    ("it", "Puoi restituire gli articoli non danneggiati entro 14 giorni dalla consegna."),
    ("pt", "Pode devolver os artigos não danificados no prazo de 14 dias após a entrega."),
]

# A refund or an exchange named as what the return is for: the period is the return's.
RETURN_FOR_A_REFUND = [
    ("en", "You can return it for an exchange or refund within 30 days of receiving your order."),
    (
        "es",
        "Puedes devolverlo para un cambio o reembolso dentro de los 30 días siguientes a la "
        "recepción del pedido.",
    ),
    (
        "fr",
        "Vous pouvez le retourner pour un échange ou un remboursement dans les 30 jours suivant "
        "la réception de votre commande.",
    ),
    (
        "it",
        "Puoi restituirlo per un cambio o un rimborso entro 30 giorni dalla ricezione dell'ordine.",
    ),
    (
        "pt",
        "Pode devolvê-lo para troca ou reembolso no prazo de 30 dias após o recebimento da "
        "encomenda.",
    ),
    (
        "de",
        "Sie können die Ware zum Umtausch oder zur Erstattung innerhalb von 30 Tagen nach Erhalt "
        "zurücksenden.",
    ),
    (
        "nl",
        "Je kunt het artikel voor een ruil of terugbetaling binnen 30 dagen na ontvangst "
        "retourneren.",
    ),
    (
        "pl",
        "Możesz zwrócić towar w celu wymiany lub zwrotu pieniędzy w ciągu 30 dni od otrzymania "
        "zamówienia.",
    ),
]

# A range ("3-5 working days", "10-15 días hábiles") is how long something takes, never a window.
A_RANGE_TAKES_TIME = [
    (
        "en",
        "Items can be returned within 30 days of delivery. Returns usually take 3-5 working "
        "days to reach our warehouse.",
    ),
    (
        "es",
        "Puedes devolver los artículos en un plazo de 30 días desde la entrega. Las "
        "devoluciones tienen un periodo de 10-15 días hábiles.",
    ),
    (
        "fr",
        "Vous pouvez retourner un article sous 30 jours après la livraison. Les retours "
        "prennent entre 3 et 5 jours ouvrés.",
    ),
    (
        "it",
        "Puoi restituire gli articoli entro 30 giorni dalla consegna. I resi richiedono dai 3 "
        "ai 5 giorni lavorativi.",
    ),
    (
        "pt",
        "Pode devolver os artigos no prazo de 30 dias após a entrega. As devoluções levam de 3 "
        "a 5 dias úteis.",
    ),
    (
        "de",
        "Sie können Artikel innerhalb von 30 Tagen nach Erhalt zurücksenden. Die Rücksendung "
        "dauert 3-5 Werktage.",
    ),
    (
        "nl",
        "Je kunt artikelen binnen 30 dagen na ontvangst retourneren. Een retourzending duurt "
        "3-5 werkdagen.",
    ),
    (
        "pl",
        "Możesz zwrócić towar w ciągu 30 dni od otrzymania. Zwrot trwa zwykle 3-5 dni roboczych.",
    ),
]

# A label, code or link "valid for 30 days": its validity, not a second window.
VALID_FOR = [
    (
        "en",
        "You can return items within 14 days of delivery. Please note that the return label is "
        "valid for 30 days.",
    ),
    (
        "es",
        "Puedes devolver los artículos en un plazo de 14 días desde la entrega. La etiqueta de "
        "devolución es válida durante 30 días.",
    ),
    (
        "fr",
        "Vous pouvez retourner un article sous 14 jours après la livraison. L'étiquette de "
        "retour est valable pendant 30 jours.",
    ),
    (
        "it",
        "Puoi restituire gli articoli entro 14 giorni dalla consegna. L'etichetta di reso è "
        "valida per 30 giorni.",
    ),
    (
        "pt",
        "Pode devolver os artigos no prazo de 14 dias após a entrega. O código de devolução "
        "tem validade de 30 dias.",
    ),
    (
        "de",
        "Sie können Artikel innerhalb von 14 Tagen nach Erhalt zurücksenden. Das "
        "Rücksendeetikett ist 30 Tage gültig.",
    ),
    (
        "nl",
        "Je kunt artikelen binnen 14 dagen na ontvangst retourneren. Het retourlabel is 30 "
        "dagen geldig.",
    ),
    (
        "pl",
        "Możesz zwrócić towar w ciągu 14 dni od otrzymania. Etykieta zwrotna jest ważna przez "
        "30 dni.",
    ),
]

# "within 7 days of receiving the link": a time to hand in the parcel once the shop sent a link,
# a label or a code, not a second window.
FROM_RECEIVING_THE_LINK = [
    (
        "en",
        "You can return items within 14 days of delivery. Drop the return parcel at a pickup "
        "point within 7 days of receiving the link.",
    ),
    (
        "es",
        "Puedes devolver los artículos en un plazo de 14 días desde la entrega. Entrega el "
        "paquete de devolución en un punto de recogida en 7 días desde la recepción del enlace.",
    ),
    (
        "fr",
        "Vous pouvez retourner un article sous 14 jours après la livraison. Déposez le colis "
        "retour en point relais sous 7 jours après réception du lien.",
    ),
    (
        "it",
        "Puoi restituire gli articoli entro 14 giorni dalla consegna. Consegna il pacco del "
        "reso in un punto di ritiro entro 7 giorni dalla ricezione del link.",
    ),
    (
        "pt",
        "Pode devolver os artigos no prazo de 14 dias após a entrega. Entregue a devolução num "
        "ponto de recolha em 7 dias após o recebimento do código.",
    ),
    (
        "de",
        "Sie können Artikel innerhalb von 14 Tagen nach Erhalt zurücksenden. Geben Sie die "
        "Rücksendung innerhalb von 7 Tagen nach Erhalt des Links ab.",
    ),
    (
        "nl",
        "Je kunt artikelen binnen 14 dagen na ontvangst retourneren. Lever je retour binnen 7 "
        "dagen na ontvangst van de link in.",
    ),
    (
        "pl",
        "Możesz zwrócić towar w ciągu 14 dni od otrzymania. Nadaj zwrot w ciągu 7 dni od "
        "otrzymania linku.",
    ),
]

# The shop sending return instructions or a label within 2 days: its own time, no second window.
SHOP_SENDS_INSTRUCTIONS = [
    (
        "en",
        "Returns are accepted within 15 days of delivery. After approval we will send you "
        "return instructions within 2 business days.",
    ),
    (
        "es",
        "Aceptamos devoluciones dentro de los 15 días posteriores a la recepción. Nuestro "
        "equipo te enviará instrucciones de devolución dentro de 2 días hábiles.",
    ),
    (
        "fr",
        "Les retours sont acceptés sous 15 jours après la livraison. Notre équipe vous enverra "
        "les instructions de retour sous 2 jours ouvrés.",
    ),
    (
        "it",
        "I resi sono accettati entro 15 giorni dalla consegna. Il nostro team ti invierà le "
        "istruzioni per il reso entro 2 giorni lavorativi.",
    ),
    (
        "pt",
        "Aceitamos devoluções até 15 dias após o recebimento. A nossa equipa envia-lhe as "
        "instruções de devolução em até 2 dias úteis.",
    ),
    (
        "de",
        "Rücksendungen sind innerhalb von 15 Tagen nach Erhalt möglich. Innerhalb von 2 "
        "Werktagen senden wir Ihnen das Rücksendeetikett.",
    ),
    (
        "nl",
        "Retourneren kan binnen 15 dagen na ontvangst. Binnen 2 werkdagen sturen wij je het "
        "retourlabel voor je retour.",
    ),
    (
        "pl",
        "Zwroty przyjmujemy w ciągu 15 dni od otrzymania. W ciągu 2 dni roboczych wyślemy ci "
        "etykietę zwrotną.",
    ),
]

# The shop's quality check of a return within 2 days: its own time, no second window.
QUALITY_CHECK = [
    (
        "en",
        "Returns are accepted within 15 days of delivery. The quality check of your return is "
        "done within 2 business days of receipt.",
    ),
    (
        "es",
        "Aceptamos devoluciones dentro de los 15 días posteriores a la recepción. El control "
        "de calidad de la devolución se realiza en 2 días hábiles tras la recepción.",
    ),
    (
        "fr",
        "Les retours sont acceptés sous 15 jours après la livraison. Le contrôle qualité du "
        "retour est effectué sous 2 jours ouvrés après réception.",
    ),
    (
        "it",
        "I resi sono accettati entro 15 giorni dalla consegna. Il controllo qualità del reso "
        "avviene entro 2 giorni lavorativi dalla ricezione.",
    ),
    (
        "pt",
        "Aceitamos devoluções até 15 dias após o recebimento. A análise de qualidade da "
        "devolução é feita em até 2 dias úteis após o recebimento.",
    ),
    (
        "de",
        "Rücksendungen sind innerhalb von 15 Tagen nach Erhalt möglich. Die Qualitätsprüfung "
        "der Rücksendung erfolgt innerhalb von 2 Werktagen nach Eingang.",
    ),
    (
        "nl",
        "Retourneren kan binnen 15 dagen na ontvangst. De kwaliteitscontrole van je retour "
        "gebeurt binnen 2 werkdagen na ontvangst.",
    ),
    (
        "pl",
        "Zwroty przyjmujemy w ciągu 15 dni od otrzymania. Kontrola jakości zwrotu trwa do 2 "
        "dni roboczych od otrzymania.",
    ),
]

# "return it ..., within 30 days, and we will refund you": the refund follows the return, the
# period is the return's.
RETURN_AND_WE_REFUND = [
    (
        "en",
        "If you are not satisfied, you can return it to us under the conditions below, within "
        "30 days, and we will refund the full price.",
    ),
    (
        "es",
        "Si no estás satisfecho, puedes devolvérnoslo en las condiciones indicadas, en un "
        "plazo de 30 días, y te reembolsaremos el importe íntegro.",
    ),
    (
        "fr",
        "Si vous n'êtes pas satisfait, vous pouvez nous le retourner dans les conditions "
        "ci-après, sous 30 jours, et nous vous rembourserons l'intégralité du montant.",
    ),
    (
        "it",
        "Se non sei soddisfatto, puoi restituircelo alle condizioni indicate, entro 30 giorni, "
        "e ti rimborseremo l'intero importo.",
    ),
    (
        "pt",
        "Se não estiver satisfeito, pode devolvê-lo nas condições indicadas, no prazo de 30 "
        "dias, e nós reembolsaremos o valor total.",
    ),
    (
        "de",
        "Wenn Sie nicht zufrieden sind, können Sie den Artikel zu den genannten Bedingungen "
        "zurücksenden, innerhalb von 30 Tagen, und wir erstatten Ihnen den vollen Betrag.",
    ),
    (
        "nl",
        "Ben je niet tevreden, dan kun je het onder de genoemde voorwaarden retourneren, "
        "binnen 30 dagen, en wij betalen het volledige bedrag terug.",
    ),
    (
        "pl",
        "Jeśli nie jesteś zadowolony, możesz zwrócić produkt na podanych warunkach, w ciągu 30 "
        "dni, a my zwrócimy pełną kwotę.",
    ),
]

# Counted from the day the shop learns of the withdrawal: a time to send the goods back, no window.
FROM_THE_DAY_WE_LEARN = [
    (
        "en",
        "You may withdraw from the contract within 14 days of delivery. You must send back the "
        "goods within 30 days from the day on which we were informed of your decision to "
        "withdraw.",
    ),
    (
        "es",
        "Puede desistir del contrato en un plazo de 14 días desde la entrega. Deberá devolver "
        "los bienes en un plazo de 30 días desde el día en que tengamos conocimiento de su "
        "decisión de desistir.",
    ),
    (
        "fr",
        "Vous pouvez vous rétracter dans un délai de 14 jours à compter de la livraison. Vous "
        "devez renvoyer les biens dans les 30 jours à compter du jour où nous avons été "
        "informés de votre décision de vous rétracter.",
    ),
    (
        "it",
        "Puoi recedere dal contratto entro 14 giorni dalla consegna. Dovrai restituire i beni "
        "entro 30 giorni dal giorno in cui siamo venuti a conoscenza della tua decisione di "
        "recedere.",
    ),
    (
        "pt",
        "Pode exercer o direito de livre resolução no prazo de 14 dias após a entrega. Deve "
        "devolver os bens no prazo de 30 dias a contar do dia em que tomarmos conhecimento da "
        "sua decisão de resolução.",
    ),
    (
        "de",
        "Sie können den Vertrag innerhalb von 14 Tagen nach Erhalt widerrufen. Sie haben die "
        "Waren innerhalb von 30 Tagen ab dem Tag, an dem Sie uns über den Widerruf "
        "unterrichten, zurückzusenden.",
    ),
    (
        "nl",
        "Je kunt de overeenkomst binnen 14 dagen na ontvangst ontbinden. Je moet de goederen "
        "binnen 30 dagen terugsturen na de dag waarop wij op de hoogte zijn gebracht van je "
        "beslissing.",
    ),
    (
        "pl",
        "Możesz odstąpić od umowy w ciągu 14 dni od otrzymania. Zwrot towaru musi nastąpić w "
        "ciągu 30 dni od dnia, w którym dowiedzieliśmy się o odstąpieniu od umowy.",
    ),
    (
        "it",
        "Puoi recedere entro 14 giorni dalla consegna. Dovrai rispedire i beni entro 30 giorni "
        "dal giorno in cui ci hai comunicato il recesso.",
    ),
]

# "orders older than 30 days": the age past which returns are refused, not a second window.
ORDERS_OLDER_THAN = [
    (
        "en",
        "Items no longer wanted can be returned within 14 days of the order date. We do not "
        "accept returns of orders older than 30 days.",
    ),
    (
        "es",
        "Puedes devolver los artículos en un plazo de 14 días desde la fecha del pedido. No "
        "aceptamos devoluciones de pedidos con más de 30 días.",
    ),
    (
        "fr",
        "Vous pouvez retourner un article dans les 14 jours suivant la commande. Nous "
        "n'acceptons pas le retour des commandes de plus de 30 jours.",
    ),
    (
        "it",
        "Puoi restituire gli articoli entro 14 giorni dalla data dell'ordine. Non accettiamo "
        "resi di ordini di oltre 30 giorni.",
    ),
    (
        "pt",
        "Pode devolver os artigos no prazo de 14 dias após a encomenda. Não aceitamos "
        "devoluções de encomendas com mais de 30 dias.",
    ),
    (
        "de",
        "Sie können Artikel innerhalb von 14 Tagen nach der Bestellung zurücksenden. "
        "Rücksendungen für Bestellungen, die älter als 30 Tage sind, nehmen wir nicht an.",
    ),
    (
        "nl",
        "Je kunt artikelen binnen 14 dagen na de bestelling retourneren. Retouren van "
        "bestellingen ouder dan 30 dagen accepteren we niet.",
    ),
    (
        "pl",
        "Możesz zwrócić towar w ciągu 14 dni od złożenia zamówienia. Nie przyjmujemy zwrotów "
        "zamówień starszych niż 30 dni.",
    ),
]

# A title of a few words ending in a colon ("Returns Policy 30 Days:") gives way to the window of
# the sentences under it, as a banner does.
COLON_TITLE = [
    (
        "en",
        "Returns Policy 30 Days:\nItems no longer wanted can be returned within 14 days of the "
        "order date.",
    ),
    (
        "es",
        "Devoluciones en 30 días:\nLos artículos que ya no quieras se pueden devolver en un "
        "plazo de 14 días desde el pedido.",
    ),
    (
        "fr",
        "Retours sous 30 jours :\nLes articles dont vous ne voulez plus peuvent être retournés "
        "dans les 14 jours suivant la commande.",
    ),
    (
        "it",
        "Resi entro 30 giorni:\nGli articoli non più desiderati possono essere restituiti "
        "entro 14 giorni dall'ordine.",
    ),
    (
        "pt",
        "Devoluções em 30 dias:\nOs artigos que já não quer podem ser devolvidos no prazo de "
        "14 dias após a encomenda.",
    ),
    (
        "de",
        "Rückgabe 30 Tage:\nNicht mehr gewünschte Artikel können innerhalb von 14 Tagen nach "
        "der Bestellung zurückgesendet werden.",
    ),
    (
        "nl",
        "Retourneren 30 dagen:\nArtikelen die je niet meer wilt, kun je binnen 14 dagen na de "
        "bestelling retourneren.",
    ),
    (
        "pl",
        "Zwroty 30 dni:\nNiechciane produkty można zwrócić w ciągu 14 dni od złożenia zamówienia.",
    ),
]

# "After this period, they are still accepted for 30 days": the sentence goes on from the legal
# period before it; the longer period is the shop's window.
AFTER_THIS_PERIOD = [
    (
        "en",
        "By law you may return items within 14 days without giving a reason. After this "
        "period, they are still accepted for 30 days from your order date.",
    ),
    (
        "es",
        "Por ley puedes desistir en un plazo de 14 días sin dar explicaciones. Pasado este "
        "plazo, se aceptan durante 30 días desde la fecha del pedido.",
    ),
    (
        "fr",
        "Vous disposez légalement de 14 jours pour exercer votre droit de rétractation. Passé "
        "ce délai, ils sont encore acceptés pendant 30 jours après la commande.",
    ),
    (
        "it",
        "Per legge puoi esercitare il diritto di recesso entro 14 giorni. Trascorso tale "
        "periodo, sono accettati per 30 giorni dalla data dell'ordine.",
    ),
    (
        "pt",
        "O Código de Defesa do Consumidor define que trocas e devoluções podem ser realizadas "
        "em até 7 dias em caso de arrependimento. Após esse período, são gratuitas pelo prazo "
        "de 30 dias após a data do seu pedido.",
    ),
    (
        "de",
        "Sie haben ein gesetzliches Widerrufsrecht von 14 Tagen. Nach Ablauf dieser Frist "
        "nehmen wir Artikel noch 30 Tage nach der Bestellung an.",
    ),
    (
        "nl",
        "Je hebt een wettelijke bedenktijd van 14 dagen. Na deze periode accepteren we "
        "artikelen nog tot 30 dagen na de bestelling.",
    ),
    (
        "pl",
        "Masz ustawowe prawo odstąpienia od umowy w ciągu 14 dni. Po upływie tego terminu "
        "przyjmujemy towary jeszcze przez 30 dni od zamówienia.",
    ),
]

# "beyond 14 days of receipt, up to 30 days": the 14 days are where the window's extension starts.
BEYOND_UP_TO = [
    (
        "en",
        "You may also return products beyond 14 days of receiving them, up to 30 days, subject "
        "to the following conditions.",
    ),
    (
        "es",
        "También puedes devolver productos más allá de los 14 días desde la recepción, hasta "
        "30 días, con las siguientes condiciones.",
    ),
    (
        "fr",
        "Vous pouvez aussi retourner des produits au-delà des 14 jours suivant la réception, "
        "jusqu'à 30 jours, aux conditions suivantes.",
    ),
    (
        "it",
        "Puoi anche restituire i prodotti oltre i 14 giorni dalla ricezione, fino a 30 giorni, "
        "alle seguenti condizioni.",
    ),
    (
        "pt",
        "Também pode devolver produtos além dos 14 dias após a receção, até 30 dias, nas "
        "seguintes condições.",
    ),
    (
        "de",
        "Sie können Produkte auch nach den 14 Tagen ab Erhalt zurückgeben, bis zu 30 Tage, "
        "unter folgenden Bedingungen.",
    ),
    (
        "nl",
        "Je kunt producten ook na de 14 dagen na ontvangst retourneren, tot 30 dagen, onder de "
        "volgende voorwaarden.",
    ),
    (
        "pl",
        "Możesz też zwrócić produkty po upływie 14 dni od otrzymania, do 30 dni, na poniższych "
        "warunkach.",
    ),
]

# Counted from receiving the proof that the goods were sent back: a refund time, no window.
FROM_THE_PROOF_OF_RETURN = [
    (
        "en",
        "You have 30 days from delivery to return an item. Your returned item is settled "
        "within 14 days of receiving from you proof of returning it.",
    ),
    (
        "es",
        "Tienes 30 días desde la entrega para devolver un artículo. Tu devolución se liquida "
        "en 14 días desde la recepción de la prueba de devolución.",
    ),
    (
        "fr",
        "Vous avez 30 jours après la livraison pour retourner un article. Votre retour est "
        "soldé sous 14 jours à compter de la réception de la preuve d'expédition.",
    ),
    (
        "it",
        "Hai 30 giorni dalla consegna per restituire un articolo. Il tuo reso viene chiuso "
        "entro 14 giorni dalla ricezione della prova di spedizione.",
    ),
    (
        "pt",
        "Tem 30 dias após a entrega para devolver um artigo. A sua devolução fica concluída em "
        "14 dias após a receção do comprovativo de envio.",
    ),
    (
        "de",
        "Sie haben 30 Tage nach Erhalt, um einen Artikel zurückzugeben. Ihre Rücksendung wird "
        "innerhalb von 14 Tagen nach Erhalt des Nachweises abgeschlossen.",
    ),
    (
        "nl",
        "Je hebt 30 dagen na ontvangst om een artikel te retourneren. Je retour wordt binnen "
        "14 dagen na ontvangst van het verzendbewijs afgehandeld.",
    ),
    (
        "pl",
        "Masz 30 dni od otrzymania na zwrot towaru. Twój zwrot zostanie zamknięty w ciągu 14 "
        "dni od otrzymania dowodu nadania.",
    ),
]

# A return word after a cost noun ("koszt wysyłki i odesłania") names a cost, not the period: the
# refund beside it does.
COST_OF_RETURN = [
    (
        "en",
        "You can exchange items within 14 days of delivery. We refund the product by bank "
        "transfer to the account you give us within 7 days (the cost of shipping and return is "
        "not included).",
    ),
    (
        "es",
        "Puedes cambiar los artículos en un plazo de 14 días desde la entrega. Te reembolsamos "
        "el producto por transferencia a la cuenta que nos indiques en 7 días (gastos de envío "
        "y devolución no incluidos).",
    ),
    (
        "fr",
        "Vous pouvez échanger un article sous 14 jours après la livraison. Nous remboursons le "
        "produit par virement sur le compte que vous indiquez sous 7 jours (frais d'envoi et "
        "de retour non compris).",
    ),
    (
        "it",
        "Puoi cambiare gli articoli entro 14 giorni dalla consegna. Rimborsiamo il prodotto "
        "con bonifico sul conto che ci indichi entro 7 giorni (spese di spedizione e di reso "
        "escluse).",
    ),
    (
        "pt",
        "Pode trocar os artigos no prazo de 14 dias após a entrega. Reembolsamos o produto por "
        "transferência para a conta que nos indicar em 7 dias (custos de envio e devolução não "
        "incluídos).",
    ),
    (
        "de",
        "Sie können Artikel innerhalb von 14 Tagen nach Erhalt umtauschen. Wir erstatten den "
        "Artikel per Überweisung auf das von Ihnen genannte Konto innerhalb von 7 Tagen "
        "(Kosten für Versand und Rücksendung ausgenommen).",
    ),
    (
        "nl",
        "Je kunt artikelen binnen 14 dagen na ontvangst ruilen. Het geld wordt op je rekening "
        "teruggestort binnen 7 dagen (kosten van verzending en retour uitgezonderd).",
    ),
    (
        "pl",
        "Możesz wymienić towar w ciągu 14 dni od otrzymania. Pieniądze za produkt zostaną "
        "przelane na wskazane przez Ciebie konto w ciągu 7 dni (koszt wysyłki i odesłania nie "
        "podlega zwrotowi).",
    ),
]

# A period negated right before it ("no 14 days right of withdrawal", "niet binnen 14 dagen"): none
# is given.
NEGATED_PERIOD = [
    (
        "en",
        "Business customers have no 14 days right of withdrawal and cannot return goods "
        "without a reason.",
    ),
    (
        "es",
        "Como cliente empresa no dispones de derecho de desistimiento: no en 14 días ni en "
        "ningún otro plazo puedes devolver el pedido sin motivo.",
    ),
    (
        "fr",
        "Les clients professionnels n'ont pas 14 jours pour se rétracter : aucun retour sans "
        "motif n'est accepté.",
    ),
    (
        "it",
        "I clienti aziendali non hanno diritto di recesso e non entro 14 giorni possono "
        "restituire l'ordine senza motivo.",
    ),
    (
        "pt",
        "Clientes empresariais não têm direito de arrependimento e não em 7 dias podem "
        "devolver a encomenda sem motivo.",
    ),
    (
        "de",
        "Geschäftskunden haben kein 14-tägiges Widerrufsrecht und können Ware nicht ohne Grund "
        "zurücksenden.",
    ),
    (
        "nl",
        "Als zakelijke klant kun je je bestelling dus niet binnen 14 dagen zonder reden "
        "retourneren.",
    ),
    (
        "pl",
        "Klienci firmowi nie mają prawa odstąpienia: nie w ciągu 14 dni ani później nie mogą "
        "zwrócić towaru bez podania przyczyny.",
    ),
]

# A negation that bounds a window ("not exceeding 30 days", "ne dépassant pas") negates nothing.
NOT_MORE_THAN = [
    ("en", "You may return an item within a period not exceeding 30 days from delivery."),
    (
        "fr",
        "Vous pouvez retourner un article dans un délai ne dépassant pas 30 jours après la "
        "livraison.",
    ),
    ("es", "Puedes devolver un artículo en un plazo no superior a 30 días desde la entrega."),
    ("it", "Puoi restituire un articolo entro e non oltre 30 giorni dalla consegna."),
    ("pt", "Pode devolver um artigo num prazo não superior a 30 dias após a entrega."),
    (
        "de",
        "Sie können einen Artikel innerhalb von nicht mehr als 30 Tagen nach Erhalt zurücksenden.",
    ),
    ("nl", "Je kunt een artikel binnen niet meer dan 30 dagen na ontvangst retourneren."),
    ("pl", "Możesz zwrócić towar nie później niż 30 dni od otrzymania."),
]

# A return policy or right "valid for 30 days" is the window: only a label, a code or a link's
# validity is not.
POLICY_VALID = [
    ("en", "Our return policy is valid for 30 days from delivery."),
    ("es", "Nuestra política de devoluciones es válida durante 30 días desde la entrega."),
    ("fr", "Notre politique de retour est valable 30 jours après la livraison."),
    ("it", "La nostra politica di reso è valida per 30 giorni dalla consegna."),
    ("pt", "A nossa política de devoluções é válida por 30 dias após a entrega."),
    ("de", "Unser Rückgaberecht ist 30 Tage ab Erhalt gültig."),
    ("nl", "Ons retourrecht is 30 dagen na ontvangst geldig."),
    ("pl", "Nasza polityka zwrotów jest ważna przez 30 dni od otrzymania."),
]

# A trial ("100-night trial", "100 nuits d'essai") is the window, nights counted as days.
TRIAL = [
    ("en", "Enjoy a 100-night trial on every mattress. Refunds are paid within 14 days."),
    (
        "es",
        "Disfruta de 100 noches de prueba con cada colchón. Los reembolsos se pagan en 14 días.",
    ),
    (
        "fr",
        "Profitez de 100 nuits d'essai sur chaque matelas. Les remboursements sont versés sous "
        "14 jours.",
    ),
    (
        "it",
        "Approfitta di 100 notti di prova su ogni materasso. I rimborsi sono pagati entro 14 "
        "giorni.",
    ),
    ("pt", "Aproveite 100 noites de teste em cada colchão. Os reembolsos são pagos em 14 dias."),
    (
        "de",
        "Genießen Sie 100 Nächte Probeschlafen auf jeder Matratze. Erstattungen erfolgen "
        "innerhalb von 14 Tagen.",
    ),
    (
        "nl",
        "Geniet van 100 nachten proefslapen op elk matras. Terugbetalingen gebeuren binnen 14 "
        "dagen.",
    ),
    (
        "pl",
        "Skorzystaj ze 100 nocy testowania każdego materaca. Zwrot pieniędzy następuje w ciągu "
        "14 dni.",
    ),
]

# The shop giving the money back ("te devolveremos el importe", "devolvemos o valor"): a refund,
# where the verb of returning is also the verb of giving money back.
GIVE_MONEY_BACK = [
    (
        "es",
        "Dispones de 14 días para devolver el producto. Una vez recibido, te devolveremos el "
        "importe en 5 días hábiles.",
        14,
        5,
    ),
    (
        "es",
        "Si no estás satisfecho, tienes 30 días para devolverlo y te devolvemos el dinero en "
        "un plazo de 7 días.",
        30,
        7,
    ),
    (
        "pt",
        "Tem 14 dias para devolver o produto. Depois de o recebermos, devolvemos o valor em 5 "
        "dias úteis.",
        14,
        5,
    ),
    (
        "pt",
        "Se não estiver satisfeito, tem 30 dias para o devolver e devolveremos o seu dinheiro "
        "no prazo de 7 dias.",
        30,
        7,
    ),
]

# Damage to be reported within 7 days of delivery: a claim, not a second window.
REPORT_DAMAGE = [
    (
        "en",
        "You can return items within 30 days. Please report any damage within 7 days of delivery.",
    ),
    (
        "es",
        "Puedes devolver los artículos en un plazo de 30 días. Comunica cualquier daño en los "
        "7 días siguientes a la entrega.",
    ),
    (
        "fr",
        "Vous pouvez retourner un article sous 30 jours. Signalez tout dommage dans les 7 "
        "jours suivant la livraison.",
    ),
    (
        "it",
        "Puoi restituire gli articoli entro 30 giorni. Segnala eventuali danni entro 7 giorni "
        "dalla consegna.",
    ),
    (
        "pt",
        "Pode devolver os artigos no prazo de 30 dias. Comunique quaisquer danos no prazo de 7 "
        "dias após a entrega.",
    ),
    (
        "de",
        "Sie können Artikel innerhalb von 30 Tagen zurückgeben. Transportschäden melden Sie "
        "bitte innerhalb von 7 Tagen nach Erhalt.",
    ),
    (
        "nl",
        "Je kunt artikelen binnen 30 dagen retourneren. Meld transportschade binnen 7 dagen na "
        "ontvangst.",
    ),
    ("pl", "Możesz zwrócić towar w ciągu 30 dni. Uszkodzenia zgłoś w ciągu 7 dni od otrzymania."),
]

# The shop's own time to answer, confirm, label, inspect or receive a return, and a time to send
# the parcel once a return number came: no second window.
SHOPS_OWN_TIME = [
    (
        "en",
        "You can return items within 30 days of delivery. Please return the item within 5 days "
        "of receiving the return authorisation.",
    ),
    (
        "en",
        "You can return items within 30 days of delivery. Your return label will arrive by "
        "email within 2 days.",
    ),
    (
        "en",
        "You can return items within 30 days of delivery. Return requests are answered within "
        "2 business days.",
    ),
    (
        "en",
        "You can return items within 30 days of delivery. It can take up to 12 days for your "
        "return to reach us.",
    ),
    (
        "en",
        "You can return items within 30 days of delivery. Returned items are inspected within "
        "5 working days.",
    ),
    (
        "en",
        "You can return items within 30 days of delivery. We will confirm your return within 2 "
        "days.",
    ),
    (
        "es",
        "Puedes devolver los artículos en 30 días desde la entrega. Envía el paquete en los 5 "
        "días siguientes a la recepción del número de devolución.",
    ),
    (
        "fr",
        "Vous pouvez retourner un article sous 30 jours après la livraison. Renvoyez le colis "
        "sous 5 jours après réception du numéro de retour.",
    ),
    (
        "it",
        "Puoi restituire gli articoli entro 30 giorni dalla consegna. Spedisci il pacco entro "
        "5 giorni dalla ricezione del numero di autorizzazione al reso.",
    ),
    (
        "de",
        "Sie können Artikel innerhalb von 30 Tagen nach Erhalt zurücksenden. Senden Sie das "
        "Paket innerhalb von 5 Tagen nach Erhalt der Retourennummer.",
    ),
    (
        "nl",
        "Je kunt artikelen binnen 30 dagen na ontvangst retourneren. Stuur het pakket binnen 5 "
        "dagen na ontvangst van het retournummer.",
    ),
    (
        "pl",
        "Możesz zwrócić towar w ciągu 30 dni od otrzymania. Wyślij paczkę w ciągu 5 dni od "
        "otrzymania numeru zwrotu.",
    ),
    (
        "pt",
        "Pode devolver os artigos no prazo de 30 dias após a entrega. Envie a encomenda em 5 "
        "dias após a receção do número de devolução.",
    ),
]

# The shop reviewing or confirming a return request within 2 days, in the other languages.
REVIEWS_AND_CONFIRMS = [
    (
        "es",
        "Puedes devolver los artículos en 30 días desde la entrega. Las solicitudes de "
        "devolución se revisan en 2 días hábiles.",
    ),
    (
        "es",
        "Puedes devolver los artículos en 30 días desde la entrega. Confirmaremos tu "
        "devolución en 2 días.",
    ),
    (
        "es",
        "Puedes devolver los artículos en 30 días desde la entrega. Las devoluciones se "
        "inspeccionan en 5 días hábiles.",
    ),
    (
        "fr",
        "Vous pouvez retourner un article sous 30 jours après la livraison. Les demandes de "
        "retour sont traitées sous 2 jours ouvrés.",
    ),
    (
        "fr",
        "Vous pouvez retourner un article sous 30 jours après la livraison. Nous confirmerons "
        "votre retour sous 2 jours.",
    ),
    (
        "it",
        "Puoi restituire gli articoli entro 30 giorni dalla consegna. Le richieste di reso "
        "vengono esaminate entro 2 giorni lavorativi.",
    ),
    (
        "it",
        "Puoi restituire gli articoli entro 30 giorni dalla consegna. Confermeremo il tuo reso "
        "entro 2 giorni.",
    ),
    (
        "pt",
        "Pode devolver os artigos no prazo de 30 dias após a entrega. Os pedidos de devolução "
        "são analisados em 2 dias úteis.",
    ),
    (
        "pt",
        "Pode devolver os artigos no prazo de 30 dias após a entrega. Confirmaremos a sua "
        "devolução em 2 dias.",
    ),
    (
        "de",
        "Sie können Artikel innerhalb von 30 Tagen nach Erhalt zurücksenden. Rücksendeanfragen "
        "werden innerhalb von 2 Werktagen geprüft.",
    ),
    (
        "de",
        "Sie können Artikel innerhalb von 30 Tagen nach Erhalt zurücksenden. Wir bestätigen "
        "Ihre Rücksendung innerhalb von 2 Tagen.",
    ),
    (
        "nl",
        "Je kunt artikelen binnen 30 dagen na ontvangst retourneren. Retourverzoeken worden "
        "binnen 2 werkdagen beoordeeld.",
    ),
    (
        "nl",
        "Je kunt artikelen binnen 30 dagen na ontvangst retourneren. We bevestigen je retour "
        "binnen 2 dagen.",
    ),
    (
        "pl",
        "Możesz zwrócić towar w ciągu 30 dni od otrzymania. Zgłoszenia zwrotu rozpatrujemy w "
        "ciągu 2 dni roboczych.",
    ),
    (
        "pl",
        "Możesz zwrócić towar w ciągu 30 dni od otrzymania. Potwierdzimy Twój zwrot w ciągu 2 dni.",
    ),
]

# Time to change one's mind is the window.
CHANGE_OF_MIND = [
    ("en", "If you changed your mind, you have 30 days to tell us."),
    ("es", "Tienes 30 días para cambiar de opinión."),
    ("fr", "Vous avez 30 jours pour changer d'avis."),
    ("it", "Hai 30 giorni per ripensarci."),
    ("pt", "Tem 30 dias para mudar de ideias."),
    ("de", "Sie haben 30 Tage Zeit, es sich anders zu überlegen."),
    ("nl", "Je hebt 30 dagen om van gedachten te veranderen."),
    ("pl", "Masz 30 dni na zmianę zdania."),
]

# "Once your return is received, we process it in 5 days": a refund time, no second window.
ONCE_RECEIVED = [
    (
        "en",
        "You can return your order within 30 days. Once your return is received, we process it "
        "in 5 working days.",
    ),
    (
        "es",
        "Puedes devolver tu pedido en 30 días. Una vez recibida la devolución, la procesaremos "
        "en 5 días hábiles.",
    ),
    (
        "fr",
        "Vous pouvez retourner votre commande sous 30 jours. Une fois le retour reçu, nous le "
        "traitons sous 5 jours ouvrés.",
    ),
    (
        "it",
        "Puoi restituire il tuo ordine entro 30 giorni. Una volta ricevuto il reso, lo "
        "gestiamo entro 5 giorni lavorativi.",
    ),
    (
        "pt",
        "Pode devolver a sua encomenda em 30 dias. Uma vez recebida a devolução, tratamos dela "
        "em 5 dias úteis.",
    ),
    (
        "de",
        "Sie können Ihre Bestellung innerhalb von 30 Tagen zurückgeben. Sobald Ihre "
        "Rücksendung bei uns eingegangen ist, kümmern wir uns innerhalb von 5 Werktagen darum.",
    ),
    (
        "nl",
        "Je kunt je bestelling binnen 30 dagen retourneren. Zodra je retour bij ons binnen is, "
        "handelen we het binnen 5 werkdagen af.",
    ),
    (
        "pl",
        "Możesz zwrócić zamówienie w ciągu 30 dni. Po otrzymaniu zwrotu zajmiemy się nim w "
        "ciągu 5 dni roboczych.",
    ),
]

# Store credit issued or available within 3 days of receipt: a refund time, not the window.
STORE_CREDIT = [
    (
        "en",
        "You can exchange items within 30 days. Store credit will be issued within 3 days of "
        "receiving your item.",
    ),
    (
        "es",
        "Puedes cambiar los artículos en 30 días. El saldo a favor estará disponible en 3 días "
        "tras recibir el producto.",
    ),
    (
        "fr",
        "Vous pouvez échanger un article sous 30 jours. Un avoir est émis sous 3 jours après "
        "réception.",
    ),
    (
        "it",
        "Puoi cambiare gli articoli entro 30 giorni. Il credito sarà disponibile entro 3 "
        "giorni dalla ricezione del prodotto.",
    ),
    (
        "pt",
        "Trocas em até 30 dias. O crédito ficará disponível em até 3 dias úteis após o "
        "recebimento do produto.",
    ),
    (
        "de",
        "Sie können Artikel innerhalb von 30 Tagen umtauschen. Die Gutschrift erfolgt "
        "innerhalb von 3 Tagen nach Erhalt.",
    ),
    (
        "nl",
        "Je kunt artikelen binnen 30 dagen ruilen. Het tegoed staat binnen 3 dagen na "
        "ontvangst op je account.",
    ),
    (
        "pl",
        "Możesz wymienić towar w ciągu 30 dni. Środki na koncie sklepu pojawią się w ciągu 3 "
        "dni od otrzymania.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), MONEY_RETURNED)
def test_money_returned_is_a_refund_not_a_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


@pytest.mark.parametrize(("lang", "text", "window", "refund"), GIVE_MONEY_BACK)
def test_money_given_back_is_a_refund_not_a_window(
    lang: str, text: str, window: int, refund: int
) -> None:
    got = extract_returns_terms(text, lang)
    assert got.get(WINDOW) == window
    assert got.get("returns.refund_days_stated") == refund


@pytest.mark.parametrize(("lang", "text"), SOUND_GOODS)
def test_undamaged_goods_name_no_defect(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


@pytest.mark.parametrize(("lang", "text"), RETURN_FOR_A_REFUND)
def test_a_refund_the_return_is_for_is_no_refund_time(lang: str, text: str) -> None:
    got = extract_returns_terms(text, lang)
    assert got.get(WINDOW) == 30
    assert "returns.refund_days_stated" not in got


def test_receiving_it_by_returning_it_is_no_refund_time() -> None:
    text = (
        "You may withdraw your purchase within 14 days of receiving it by returning it to us. "
        "We will process your return within 10 business days of receiving the returned products."
    )
    got = extract_returns_terms(text, "en")
    assert got.get(WINDOW) == 14
    assert got.get("returns.refund_days_stated") == 10


@pytest.mark.parametrize(("lang", "text"), A_RANGE_TAKES_TIME)
def test_a_range_of_days_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


@pytest.mark.parametrize(("lang", "text"), VALID_FOR + FROM_RECEIVING_THE_LINK)
def test_a_labels_validity_or_a_time_from_its_link_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


def test_a_lost_soft_hyphen_of_mojibake_is_put_back() -> None:
    # "í" in UTF-8 shown as Windows-1252 is "Ã" and a soft hyphen, which a copied page loses.
    text = (
        "Puede devolver la mayorÃa de los artÃculos dentro de los 30 dÃas posteriores a la entrega."
    )
    got = read_returns_policy(text, "es")
    assert got.metrics().get(WINDOW) == 30
    assert "artículos" in got.terms[0].sentence
    # A word's last "Ã" is an "à" whose no-break space was lost: not made an "í".
    assert (
        extract_returns_terms("Vous disposez de 14 jours Ã compter de la livraison.", "fr")[WINDOW]
        == 14
    )


@pytest.mark.parametrize(("lang", "text"), SHOP_SENDS_INSTRUCTIONS + QUALITY_CHECK)
def test_the_shops_own_time_to_send_or_check_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 15


@pytest.mark.parametrize(
    ("lang", "text"), SHOPS_OWN_TIME + REVIEWS_AND_CONFIRMS + ONCE_RECEIVED + STORE_CREDIT
)
def test_the_shops_own_time_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


@pytest.mark.parametrize(("lang", "text"), RETURN_AND_WE_REFUND)
def test_a_refund_after_and_follows_the_return(lang: str, text: str) -> None:
    got = extract_returns_terms(text, lang)
    assert got.get(WINDOW) == 30
    assert "returns.refund_days_stated" not in got


@pytest.mark.parametrize(("lang", "text"), FROM_THE_DAY_WE_LEARN)
def test_a_time_from_the_day_the_shop_learns_of_the_withdrawal_is_no_window(
    lang: str, text: str
) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


@pytest.mark.parametrize(("lang", "text"), ORDERS_OLDER_THAN + COLON_TITLE)
def test_an_age_limit_or_a_titles_window_gives_way_to_the_stated_window(
    lang: str, text: str
) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


@pytest.mark.parametrize(
    ("lang", "text"), AFTER_THIS_PERIOD + BEYOND_UP_TO + FROM_THE_PROOF_OF_RETURN
)
def test_the_longer_window_after_the_legal_period_is_read(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


def test_after_this_period_keeps_the_legal_period_as_withdrawal() -> None:
    lang, text = AFTER_THIS_PERIOD[4]
    assert extract_returns_terms(text, lang).get("returns.withdrawal_days") == 7


@pytest.mark.parametrize(("lang", "text"), COST_OF_RETURN)
def test_a_return_word_naming_a_cost_names_no_period(lang: str, text: str) -> None:
    got = extract_returns_terms(text, lang)
    assert got.get(WINDOW) == 14
    assert got.get("returns.refund_days_stated") == 7


def test_a_return_cost_in_brackets_leaves_the_verb_after_the_period() -> None:
    text = (
        "Sie erhalten eine Erstattung Ihrer Versandkosten (nicht Ihrer Rücksendekosten), wenn Sie "
        "Ihre gesamte Bestellung innerhalb von 14 Tagen nach Erhalt zurücksenden."
    )
    assert extract_returns_terms(text, "de").get(WINDOW) == 14


@pytest.mark.parametrize(("lang", "text"), NEGATED_PERIOD)
def test_a_negated_period_is_no_window(lang: str, text: str) -> None:
    assert WINDOW not in extract_returns_terms(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_MORE_THAN + POLICY_VALID)
def test_a_bound_or_a_policys_validity_keeps_the_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


@pytest.mark.parametrize(("lang", "text"), TRIAL)
def test_a_trial_in_nights_is_the_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 100


def test_an_emailed_label_is_the_shops_own_time() -> None:
    text = (
        "To be eligible for a return, your item must be unused and returned within 30 days. "
        "We'll email you a return label within 2 business days."
    )
    assert extract_returns_terms(text, "en").get(WINDOW) == 30


@pytest.mark.parametrize(("lang", "text"), REPORT_DAMAGE)
def test_a_time_to_report_damage_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


def test_a_customer_confirming_a_return_is_not_the_shops_time() -> None:
    text = "You must confirm your return within 14 days of delivery."
    assert extract_returns_terms(text, "en").get(WINDOW) == 14


@pytest.mark.parametrize(("lang", "text"), CHANGE_OF_MIND)
def test_time_to_change_ones_mind_is_the_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


@pytest.mark.parametrize(
    "text",
    [
        "Unwanted items may be sent back within 14 days.",
        "You can send back anything you've bought from us within 14 days.",
        "You are entitled to cancel your order within 14 days.",
    ],
)
def test_sent_back_and_entitled_to_cancel_are_the_window(text: str) -> None:
    assert extract_returns_terms(text, "en").get(WINDOW) == 14
