"""Longer made-up policies mixing a shop's window, the legal withdrawal, a refund time and who
pays, two in each language, written before the reader ran on them (first-run figures above each
list)."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

# A seventh round: 16 longer policies, two in each language, each mixing a shop's window, the
# legal withdrawal, a refund time and who pays (14 windows and 15 who-pays read at first), and
# what they showed: reduced goods as a class ("Discounted items can be returned within 14 days",
# in the languages that lacked it), a refund counted from "the return reaching us", words between
# "is" and "free" ("Die Rücksendung ist für dich kostenlos").
LONG_POLICIES = [
    (
        "en",
        30,
        False,
        """Returns & Refunds
We hope you love your order. If not, you can return it within 30 days of delivery.
Under UK law you have a statutory right to cancel within 14 days of receiving your goods.
How to return
Pack the items securely and send them to the address below. Return postage is your \
responsibility; we recommend a tracked service.
Refunds
Refunds are issued to your original payment method within 5 working days of the return reaching us.
Sale items can only be returned within 14 days.""",
    ),
    (
        "en",
        14,
        True,
        """Returns Policy
You can return items within 14 days of receipt.
Simply use the free returns label included with your order.
Faulty items
If your item is faulty, contact us within 6 months and we will arrange a repair or replacement.
We aim to refund you within 10 days of receiving the goods.""",
    ),
    (
        "fr",
        30,
        True,
        """Politique de retour
Vous disposez de 30 jours après réception de votre commande pour nous retourner un article.
Le retour est gratuit : une étiquette prépayée vous est envoyée par e-mail.
Conformément à la loi, vous bénéficiez d'un délai de rétractation de 14 jours.
Remboursement
Le remboursement est effectué sous 14 jours après réception du colis retour.
Les articles personnalisés ne sont ni repris ni échangés.""",
    ),
    (
        "fr",
        14,
        False,
        """Droit de rétractation
Le client dispose d'un délai de 14 jours à compter de la réception pour se rétracter.
Les frais de retour sont à la charge du client.
Le remboursement interviendra dans un délai de 14 jours à compter de la réception des produits.
Garantie
Nos produits sont garantis 2 ans.""",
    ),
    (
        "es",
        30,
        False,
        """Devoluciones
Dispones de 30 días naturales desde la entrega para devolver tu pedido.
Los gastos de envío de la devolución corren por cuenta del cliente.
El derecho de desistimiento de 14 días se aplica conforme a la ley.
Reembolso
Te reembolsaremos en un plazo máximo de 14 días desde que recibamos el producto.
Los productos en rebajas solo pueden cambiarse en 7 días.""",
    ),
    (
        "es",
        14,
        True,
        """Política de devoluciones
Puedes devolver cualquier artículo en 14 días.
La devolución es gratuita: pasaremos a recoger el paquete por tu domicilio.
Una vez recibido, el reembolso se realizará en 5 días hábiles.""",
    ),
    (
        "it",
        30,
        False,
        """Resi
Hai 30 giorni dalla consegna per restituire i prodotti.
Le spese di spedizione del reso sono a carico del cliente.
Diritto di recesso
Ai sensi del Codice del Consumo puoi recedere entro 14 giorni.
Il rimborso sarà effettuato entro 14 giorni dalla ricezione del reso.
Garanzia legale di 24 mesi.""",
    ),
    (
        "it",
        14,
        True,
        """Politica di reso
Puoi restituire gli articoli entro 14 giorni dal ricevimento.
Il reso è gratuito: ti invieremo un'etichetta prepagata.
I rimborsi vengono elaborati entro 7 giorni lavorativi.""",
    ),
    (
        "de",
        30,
        True,
        """Rückgabe
Du kannst Artikel innerhalb von 30 Tagen nach Erhalt zurückschicken.
Die Rücksendung ist für dich kostenlos.
Widerrufsrecht
Sie haben das Recht, binnen vierzehn Tagen ohne Angabe von Gründen diesen Vertrag zu widerrufen.
Wir erstatten Ihnen alle Zahlungen unverzüglich und spätestens binnen vierzehn Tagen ab dem Tag, \
an dem die Mitteilung über Ihren Widerruf bei uns eingegangen ist.""",
    ),
    (
        "de",
        14,
        False,
        """Widerrufsbelehrung
Sie haben das Recht, binnen vierzehn Tagen ohne Angabe von Gründen diesen Vertrag zu widerrufen.
Die Widerrufsfrist beträgt vierzehn Tage ab dem Tag, an dem Sie die Waren in Besitz genommen haben.
Sie tragen die unmittelbaren Kosten der Rücksendung der Waren.
Sie haben die Waren unverzüglich und in jedem Fall spätestens binnen vierzehn Tagen ab dem Tag, \
an dem Sie uns über den Widerruf unterrichten, an uns zurückzusenden.""",
    ),
    (
        "nl",
        30,
        True,
        """Retourneren
Je hebt 30 dagen bedenktijd na ontvangst van je bestelling.
Retourneren is gratis via het retourlabel in je account.
Terugbetaling
Binnen 5 werkdagen na ontvangst van je retour storten we het bedrag terug.
Op afgeprijsde artikelen geldt een retourtermijn van 14 dagen.""",
    ),
    (
        "nl",
        14,
        False,
        """Herroepingsrecht
Je kunt een product met een herroepingsrecht gedurende 14 dagen zonder opgave van reden ontbinden.
De directe kosten van het terugzenden van het product komen voor jouw rekening.
Wij betalen je binnen 14 dagen na de herroeping terug.""",
    ),
    (
        "pt",
        30,
        False,
        """Devoluções
Tem 30 dias após a receção da encomenda para devolver os artigos.
Os portes de devolução são da responsabilidade do cliente.
Direito de livre resolução
Nos termos da lei, o consumidor dispõe de 14 dias para resolver o contrato.
O reembolso será efetuado no prazo de 14 dias.""",
    ),
    # Round 28: only the first return said free is said of some returns only (null).
    (
        "pt",
        7,
        None,
        """Trocas e devoluções
Você tem até 7 dias corridos após o recebimento para solicitar a devolução.
A primeira devolução é gratuita: enviaremos um código de postagem dos Correios.
O estorno será realizado em até 10 dias úteis após o recebimento do produto.""",
    ),
    (
        "pl",
        30,
        False,
        """Zwroty
Masz 30 dni od otrzymania paczki na zwrot towaru.
Koszt odesłania towaru ponosi Kupujący.
Odstąpienie od umowy
Konsument może odstąpić od umowy w terminie 14 dni bez podania przyczyny.
Zwrot pieniędzy nastąpi w ciągu 14 dni od otrzymania oświadczenia.""",
    ),
    (
        "pl",
        14,
        True,
        """Polityka zwrotów
Towar możesz zwrócić w ciągu 14 dni od jego otrzymania.
Zwrot jest darmowy – wyślemy Ci etykietę zwrotną.
Pieniądze zwrócimy w ciągu 7 dni roboczych.""",
    ),
]


# An eighth round: 16 more longer policies (FAQs, banners, the legal model; 15 windows and all
# who-pays read at first), and what they showed: a question about returning names the period
# of its answer where nothing else does ("¿Cuánto tiempo tengo para devolver un producto?" +
# "Tienes 30 días desde que lo recibes"), in eight languages.
LONG_POLICIES_2 = [
    (
        "en",
        30,
        None,
        """FAQ
How long do I have to return an item?
You have 30 days from the date of delivery.
Do you offer exchanges?
Yes, exchanges are free of charge.
When will I get my refund?
Within 5-7 business days after we receive your return.""",
    ),
    (
        "en",
        28,
        False,
        """Returns
28-day returns
If you're not completely happy, return it within 28 days for a refund.
Who pays for return shipping?
The customer.
Refunds
Please allow up to 14 days for your refund to be processed.""",
    ),
    (
        "en",
        14,
        None,
        """Cancellation rights
You have the right to cancel this contract within 14 days without giving any reason.
We will reimburse all payments received from you, including the costs of delivery, no later than \
14 days from the day on which we are informed about your decision to cancel.
We may withhold reimbursement until we have received the goods back.""",
    ),
    (
        "pl",
        14,
        False,
        """Zwroty i reklamacje
1. Konsument ma prawo odstąpić od umowy w terminie 14 dni bez podania jakiejkolwiek przyczyny.
2. Termin do odstąpienia od umowy wygasa po upływie 14 dni od dnia, w którym Konsument wszedł w \
posiadanie rzeczy.
3. Konsument ponosi bezpośrednie koszty zwrotu rzeczy.
4. Sprzedawca zwraca Konsumentowi wszystkie dokonane przez niego płatności, w tym koszty \
dostarczenia rzeczy, nie później niż w terminie 14 dni.""",
    ),
    (
        "pl",
        30,
        True,
        """Zwroty
Darmowe zwroty do 30 dni!
Wystarczy wypełnić formularz zwrotu i nadać paczkę w dowolnym paczkomacie.
Pieniądze zwrócimy w ciągu 5 dni roboczych od otrzymania przesyłki.""",
    ),
    (
        "pl",
        14,
        None,
        """Odstąpienie od umowy
Masz 14 dni na odstąpienie od umowy.
Zwrot płatności nastąpi w ciągu 14 dni od otrzymania oświadczenia.
Sprzedawca może wstrzymać się ze zwrotem płatności do chwili otrzymania rzeczy z powrotem.""",
    ),
    (
        "pt",
        14,
        False,
        """Política de devoluções
O cliente tem o direito de resolver o contrato no prazo de 14 dias, sem necessidade de indicar o \
motivo.
O prazo expira 14 dias a contar do dia em que o cliente adquira a posse física dos bens.
O cliente suporta os custos diretos da devolução dos bens.
O reembolso será efetuado no prazo de 14 dias a contar da data em que formos informados da \
decisão de resolução.""",
    ),
    (
        "pt",
        30,
        True,
        """Trocas e devoluções
Troca grátis e devolução grátis em até 30 dias!
Basta solicitar pelo nosso site e postar o produto com o código enviado.
O estorno é feito em até 2 faturas do cartão.""",
    ),
    (
        "pt",
        7,
        None,
        """Direito de arrependimento
Conforme o artigo 49 do CDC, você pode desistir da compra em até 7 dias corridos após o recebimento.
O valor será estornado em até 10 dias úteis após a chegada do produto ao nosso centro de \
distribuição.""",
    ),
    (
        "fr",
        14,
        False,
        """Rétractation
Vous disposez d'un délai de quatorze jours pour exercer votre droit de rétractation.
Vous devrez prendre en charge les frais directs de renvoi du bien.
Nous vous rembourserons au plus tard quatorze jours à compter du jour où nous sommes informés de \
votre décision.""",
    ),
    (
        "es",
        30,
        None,
        """Preguntas frecuentes
¿Cuánto tiempo tengo para devolver un producto?
Tienes 30 días desde que lo recibes.
¿Cuándo recibiré mi reembolso?
En un plazo de 7 días desde que recibamos tu devolución.""",
    ),
    (
        "it",
        14,
        False,
        """Recesso
Il Cliente può recedere entro 14 giorni dal ricevimento della merce.
Le sole spese dovute dal Cliente per l'esercizio del diritto di recesso sono le spese dirette di \
restituzione del bene al mittente.
Il rimborso avverrà entro 14 giorni dalla data in cui il Venditore è venuto a conoscenza \
dell'esercizio del diritto di recesso.""",
    ),
    (
        "de",
        30,
        None,
        """FAQ
Wie lange habe ich Zeit für eine Rücksendung?
Du hast 30 Tage ab Erhalt der Ware.
Wann bekomme ich mein Geld zurück?
Innerhalb von 5 Werktagen nach Eingang deiner Rücksendung.""",
    ),
    (
        "nl",
        30,
        False,
        """Veelgestelde vragen
Hoe lang heb ik om te retourneren?
Je hebt 30 dagen na ontvangst.
Wie betaalt de retourkosten?
De retourkosten zijn voor rekening van de klant.""",
    ),
    (
        "en",
        60,
        True,
        """Returns
60 Day Returns
Shop with confidence: all orders can be returned within 60 days.
Return shipping is on us — just print the prepaid label from your account.""",
    ),
    (
        "en",
        30,
        None,
        """Return policy
Our policy lasts 30 days. If 30 days have gone by since your purchase, unfortunately we can't \
offer you a refund or exchange.
To be eligible for a return, your item must be unused and in the same condition that you received \
it.
Once your return is received and inspected, we will send you an email. If approved, your refund \
will be processed within a certain amount of days.""",
    ),
]


@pytest.mark.parametrize(("lang", "days", "free", "text"), [*LONG_POLICIES, *LONG_POLICIES_2])
def test_longer_policies_are_read(lang: str, days: int, free: bool | None, text: str) -> None:
    terms = extract_returns_terms(text, lang)
    assert (terms.get("returns.window_days"), terms.get("returns.free_returns")) == (days, free)
