"""Texts most shops copy, in eight languages: the EU legal model of withdrawal, a shop platform's
refund-policy template and a shop software's refund-and-returns template (first-run figures
above each list)."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

# The EU legal model of withdrawal in each language (and one shop bearing the return cost): all
# read right but the Portuguese "Tem de suportar o custo direto da devolução dos bens" (you,
# unnamed, bear the cost).
LEGAL_MODEL = [
    (
        "en",
        14,
        False,
        """Right of withdrawal
You have the right to withdraw from this contract within 14 days without giving any reason.
The withdrawal period will expire after 14 days from the day on which you acquire, or a third \
party other than the carrier and indicated by you acquires, physical possession of the goods.
To exercise the right of withdrawal, you must inform us of your decision to withdraw from this \
contract by an unequivocal statement.
Effects of withdrawal
If you withdraw from this contract, we shall reimburse to you all payments received from you, \
including the costs of delivery (with the exception of the supplementary costs resulting from \
your choice of a type of delivery other than the least expensive type of standard delivery \
offered by us), without undue delay and in any event not later than 14 days from the day on which \
we are informed about your decision to withdraw from this contract.
We may withhold reimbursement until we have received the goods back or you have supplied evidence \
of having sent back the goods, whichever is the earliest.
You shall send back the goods or hand them over to us without undue delay and in any event not \
later than 14 days from the day on which you communicate your withdrawal from this contract to us.
You will have to bear the direct cost of returning the goods.
You are only liable for any diminished value of the goods resulting from the handling other than \
what is necessary to establish the nature, characteristics and functioning of the goods.""",
    ),
    (
        "en",
        14,
        True,
        """Right of withdrawal
You have the right to withdraw from this contract within 14 days without giving any reason.
The withdrawal period will expire after 14 days from the day on which you acquire physical \
possession of the goods.
Effects of withdrawal
We will reimburse all payments received from you no later than 14 days from the day on which we \
are informed about your decision.
We will bear the cost of returning the goods.""",
    ),
    (
        "pl",
        14,
        False,
        """Prawo odstąpienia od umowy
Mają Państwo prawo odstąpić od niniejszej umowy w terminie 14 dni bez podania jakiejkolwiek \
przyczyny.
Termin do odstąpienia od umowy wygasa po upływie 14 dni od dnia, w którym weszli Państwo w \
posiadanie rzeczy lub w którym osoba trzecia inna niż przewoźnik i wskazana przez Państwa weszła \
w posiadanie rzeczy.
Skutki odstąpienia od umowy
W przypadku odstąpienia od niniejszej umowy zwracamy Państwu wszystkie otrzymane od Państwa \
płatności, w tym koszty dostarczenia rzeczy (z wyjątkiem dodatkowych kosztów wynikających z \
wybranego przez Państwa sposobu dostarczenia innego niż najtańszy zwykły sposób dostarczenia \
oferowany przez nas), niezwłocznie, a w każdym przypadku nie później niż 14 dni od dnia, w którym \
zostaliśmy poinformowani o Państwa decyzji o wykonaniu prawa odstąpienia od niniejszej umowy.
Możemy wstrzymać się ze zwrotem płatności do czasu otrzymania rzeczy lub do czasu dostarczenia \
nam dowodu jej odesłania, w zależności od tego, które zdarzenie nastąpi wcześniej.
Proszę odesłać lub przekazać nam rzecz niezwłocznie, a w każdym razie nie później niż 14 dni od \
dnia, w którym poinformowali nas Państwo o odstąpieniu od niniejszej umowy.
Będą Państwo musieli ponieść bezpośrednie koszty zwrotu rzeczy.
Odpowiadają Państwo tylko za zmniejszenie wartości rzeczy wynikające z korzystania z niej w \
sposób inny niż było to konieczne do stwierdzenia charakteru, cech i funkcjonowania rzeczy.""",
    ),
    (
        "pt",
        14,
        False,
        """Direito de livre resolução
Tem o direito de resolver o presente contrato no prazo de 14 dias sem necessidade de indicar \
qualquer motivo.
O prazo de resolução expira 14 dias a contar do dia em que adquira ou um terceiro com exceção do \
transportador indicado por si adquira a posse física dos bens.
Efeitos da resolução
Em caso de resolução do presente contrato, são-lhe reembolsados todos os pagamentos efetuados, \
incluindo os custos de entrega, sem demora injustificada e, em qualquer caso, o mais tardar 14 \
dias a contar da data em que formos informados da sua decisão de resolução do presente contrato.
Podemos reter o reembolso até termos recebido os bens devolvidos, ou até ter apresentado prova do \
envio dos bens, consoante o que acontecer primeiro.
Deve devolver-nos os bens sem demora injustificada e o mais tardar 14 dias a contar do dia em que \
nos informar da resolução do presente contrato.
Tem de suportar o custo direto da devolução dos bens.
Só é responsável pela depreciação dos bens que decorra de uma manipulação que exceda o necessário \
para verificar a natureza, as características e o funcionamento dos bens.""",
    ),
    (
        "fr",
        14,
        False,
        """Droit de rétractation
Vous avez le droit de vous rétracter du présent contrat sans donner de motif dans un délai de \
quatorze jours.
Le délai de rétractation expire quatorze jours après le jour où vous-même, ou un tiers autre que \
le transporteur et désigné par vous, prend physiquement possession du bien.
En cas de rétractation de votre part du présent contrat, nous vous rembourserons tous les \
paiements reçus de vous, y compris les frais de livraison, sans retard excessif et, en tout état \
de cause, au plus tard quatorze jours à compter du jour où nous sommes informés de votre décision \
de rétractation du présent contrat.
Nous pouvons différer le remboursement jusqu'à ce que nous ayons reçu le bien ou jusqu'à ce que \
vous ayez fourni une preuve d'expédition du bien, la date retenue étant celle du premier de ces \
faits.
Vous devrez prendre en charge les frais directs de renvoi du bien.""",
    ),
    (
        "es",
        14,
        False,
        """Derecho de desistimiento
Tiene usted derecho a desistir del presente contrato en un plazo de 14 días naturales sin \
necesidad de justificación.
El plazo de desistimiento expirará a los 14 días naturales del día que usted o un tercero por \
usted indicado, distinto del transportista, adquirió la posesión material de los bienes.
En caso de desistimiento por su parte, le devolveremos todos los pagos recibidos de usted, \
incluidos los gastos de entrega, sin ninguna demora indebida y, en todo caso, a más tardar 14 \
días naturales a partir de la fecha en la que se nos informe de su decisión de desistir del \
presente contrato.
Podremos retener el reembolso hasta haber recibido los bienes, o hasta que usted haya presentado \
una prueba de la devolución de los mismos, según qué condición se cumpla primero.
Deberá usted asumir el coste directo de devolución de los bienes.""",
    ),
    (
        "it",
        14,
        False,
        """Diritto di recesso
Ha il diritto di recedere dal contratto, senza indicarne le ragioni, entro 14 giorni.
Il periodo di recesso scade dopo 14 giorni dal giorno in cui Lei o un terzo, diverso dal vettore \
e da Lei designato, acquisisce il possesso fisico dei beni.
Se recede dal presente contratto, Le saranno rimborsati tutti i pagamenti che ha effettuato a \
nostro favore, compresi i costi di consegna, senza indebito ritardo e in ogni caso non oltre 14 \
giorni dal giorno in cui siamo informati della Sua decisione di recedere dal presente contratto.
Possiamo trattenere il rimborso finché non abbiamo ricevuto i beni oppure finché non ha \
dimostrato di aver rispedito i beni, se precedente.
I costi diretti della restituzione dei beni sono a Suo carico.""",
    ),
    (
        "nl",
        14,
        False,
        """Herroepingsrecht
U hebt het recht binnen een termijn van 14 dagen zonder opgave van redenen de overeenkomst te \
herroepen.
De herroepingstermijn verstrijkt 14 dagen na de dag waarop u, of een door u aangewezen derde, die \
niet de vervoerder is, het goed fysiek in bezit krijgt.
Als u de overeenkomst herroept, ontvangt u alle betalingen die u tot op dat moment hebt gedaan, \
inclusief leveringskosten, onverwijld en in ieder geval niet later dan 14 dagen nadat wij op de \
hoogte zijn gesteld van uw beslissing de overeenkomst te herroepen, van ons terug.
Wij mogen wachten met terugbetalen tot wij de goederen hebben teruggekregen, of u hebt aangetoond \
dat u de goederen hebt teruggezonden, naar gelang welk tijdstip eerst valt.
U draagt de rechtstreekse kosten van het terugzenden van de goederen.""",
    ),
    (
        "de",
        14,
        False,
        """Widerrufsrecht
Sie haben das Recht, binnen vierzehn Tagen ohne Angabe von Gründen diesen Vertrag zu widerrufen.
Die Widerrufsfrist beträgt vierzehn Tage ab dem Tag, an dem Sie oder ein von Ihnen benannter \
Dritter, der nicht der Beförderer ist, die Waren in Besitz genommen haben bzw. hat.
Wenn Sie diesen Vertrag widerrufen, haben wir Ihnen alle Zahlungen, die wir von Ihnen erhalten \
haben, einschließlich der Lieferkosten, unverzüglich und spätestens binnen vierzehn Tagen ab dem \
Tag zurückzuzahlen, an dem die Mitteilung über Ihren Widerruf dieses Vertrags bei uns eingegangen \
ist.
Wir können die Rückzahlung verweigern, bis wir die Waren wieder zurückerhalten haben oder bis Sie \
den Nachweis erbracht haben, dass Sie die Waren zurückgesandt haben, je nachdem, welches der \
frühere Zeitpunkt ist.
Sie tragen die unmittelbaren Kosten der Rücksendung der Waren.""",
    ),
]


# A shop platform's refund-policy template in eight languages (30 days, the EU 14-day cooling-off
# period, a refund in 10 business days): Spanish, Italian, Portuguese and Polish missed the window
# at first ("periodo de reflexión" not read as the withdrawal period; "środki zostaną zwrócone",
# the money paid back, read as a return).
PLATFORM_TEMPLATE = [
    (
        "en",
        30,
        None,
        """Refund policy
We have a 30-day return policy, which means you have 30 days after receiving your item to request \
a return.
To be eligible for a return, your item must be in the same condition that you received it, unworn \
or unused, with tags, and in its original packaging.
If your return is accepted, we'll send you a return shipping label, as well as instructions on \
how and where to send your package.
European Union 14 day cooling off period
Notwithstanding the above, if the merchandise is being shipped into the European Union, you have \
the right to cancel or return your order within 14 days, for any reason and without a justification.
Refunds
We will notify you once we've received and inspected your return, and let you know if the refund \
was approved or not. If approved, you'll be automatically refunded on your original payment \
method within 10 business days.""",
    ),
    (
        "fr",
        30,
        None,
        """Politique de remboursement
Nous avons une politique de retour de 30 jours, ce qui signifie que vous disposez de 30 jours \
après réception de votre article pour demander un retour.
Si votre retour est accepté, nous vous enverrons une étiquette d'expédition de retour, ainsi que \
des instructions sur comment et où envoyer votre colis.
Période de rétractation de 14 jours dans l'Union européenne
Nonobstant ce qui précède, si la marchandise est expédiée dans l'Union européenne, vous avez le \
droit d'annuler ou de retourner votre commande dans un délai de 14 jours, pour quelque raison que \
ce soit et sans justification.
Remboursements
Si le remboursement est approuvé, vous serez automatiquement remboursé sur votre mode de paiement \
d'origine dans un délai de 10 jours ouvrables.""",
    ),
    (
        "es",
        30,
        None,
        """Política de reembolso
Tenemos una política de devolución de 30 días, lo que significa que tienes 30 días después de \
recibir tu artículo para solicitar una devolución.
Si se acepta tu devolución, te enviaremos una etiqueta de envío de devolución, así como \
instrucciones sobre cómo y dónde enviar tu paquete.
Periodo de reflexión de 14 días de la Unión Europea
No obstante lo anterior, si la mercancía se envía a la Unión Europea, tienes derecho a cancelar o \
devolver tu pedido en un plazo de 14 días, por cualquier motivo y sin justificación.
Reembolsos
Si se aprueba, se te reembolsará automáticamente en tu método de pago original en un plazo de 10 \
días hábiles.""",
    ),
    (
        "it",
        30,
        None,
        """Politica di rimborso
Abbiamo una politica di reso di 30 giorni, il che significa che hai 30 giorni dalla ricezione \
dell'articolo per richiedere un reso.
Se il reso viene accettato, ti invieremo un'etichetta di spedizione per il reso e le istruzioni \
su come e dove inviare il pacco.
Periodo di riflessione di 14 giorni per l'Unione Europea
Fermo restando quanto sopra, se la merce viene spedita nell'Unione Europea, hai il diritto di \
annullare o restituire l'ordine entro 14 giorni, per qualsiasi motivo e senza giustificazione.
Rimborsi
In caso di approvazione, riceverai automaticamente il rimborso sul metodo di pagamento originale \
entro 10 giorni lavorativi.""",
    ),
    (
        "de",
        30,
        None,
        """Rückerstattungsrichtlinie
Wir haben eine 30-tägige Rückgaberichtlinie, was bedeutet, dass du 30 Tage nach Erhalt deines \
Artikels Zeit hast, eine Rücksendung zu beantragen.
Wenn deine Rücksendung akzeptiert wird, senden wir dir ein Rücksendeetikett sowie Anweisungen, \
wie und wohin du dein Paket senden sollst.
14-tägige Widerrufsfrist in der Europäischen Union
Ungeachtet des oben Gesagten hast du das Recht, deine Bestellung innerhalb von 14 Tagen ohne \
Angabe von Gründen zu stornieren oder zurückzusenden, wenn die Ware in die Europäische Union \
versandt wird.
Rückerstattungen
Wenn sie genehmigt wird, erhältst du die Rückerstattung innerhalb von 10 Werktagen automatisch \
über deine ursprüngliche Zahlungsmethode.""",
    ),
    (
        "nl",
        30,
        None,
        """Terugbetalingsbeleid
We hebben een retourbeleid van 30 dagen, wat betekent dat je 30 dagen na ontvangst van je artikel \
de tijd hebt om een retour aan te vragen.
Als je retour wordt geaccepteerd, sturen we je een retourlabel en instructies over hoe en waar je \
je pakket naartoe moet sturen.
Bedenktijd van 14 dagen in de Europese Unie
Niettegenstaande het bovenstaande heb je, als de goederen naar de Europese Unie worden verzonden, \
het recht om je bestelling binnen 14 dagen te annuleren of te retourneren, om welke reden dan ook \
en zonder rechtvaardiging.
Terugbetalingen
Als de terugbetaling is goedgekeurd, wordt het bedrag binnen 10 werkdagen automatisch \
teruggestort op je oorspronkelijke betaalmethode.""",
    ),
    (
        "pt",
        30,
        None,
        """Política de reembolso
Temos uma política de devolução de 30 dias, o que significa que tem 30 dias após receber o seu \
artigo para solicitar uma devolução.
Se a sua devolução for aceite, enviaremos uma etiqueta de envio de devolução, bem como instruções \
sobre como e para onde enviar a sua encomenda.
Período de reflexão de 14 dias da União Europeia
Não obstante o acima, se a mercadoria estiver a ser enviada para a União Europeia, tem o direito \
de cancelar ou devolver a sua encomenda no prazo de 14 dias, por qualquer motivo e sem justificação.
Reembolsos
Se for aprovado, será automaticamente reembolsado no seu método de pagamento original no prazo de \
10 dias úteis.""",
    ),
    (
        "pl",
        30,
        None,
        """Zasady zwrotu środków
Mamy 30-dniową politykę zwrotów, co oznacza, że masz 30 dni od otrzymania produktu na złożenie \
wniosku o zwrot.
Jeśli Twój zwrot zostanie zaakceptowany, wyślemy Ci etykietę zwrotną oraz instrukcje, jak i gdzie \
wysłać paczkę.
14-dniowy okres odstąpienia od umowy w Unii Europejskiej
Niezależnie od powyższego, jeśli towar jest wysyłany do Unii Europejskiej, masz prawo anulować \
lub zwrócić zamówienie w ciągu 14 dni, z dowolnego powodu i bez uzasadnienia.
Zwroty środków
Jeśli zwrot zostanie zatwierdzony, środki zostaną automatycznie zwrócone na pierwotną metodę \
płatności w ciągu 10 dni roboczych.""",
    ),
]


# A shop software's "Refund and Returns Policy" template in eight languages (German and
# Portuguese missed who pays at first): a refund named as a condition ("If you receive a refund,
# the cost of return shipping will be deducted") pays nothing back; "Sie sind für die Bezahlung
# Ihrer eigenen Versandkosten ... verantwortlich", "Será responsável por pagar os seus próprios
# custos".
SOFTWARE_TEMPLATE = [
    (
        "en",
        30,
        False,
        """Refund and Returns Policy
Our refund and returns policy lasts 30 days. If 30 days have passed since your purchase, we can't \
offer you a full refund or exchange.
To be eligible for a return, your item must be unused and in the same condition that you received \
it.
Shipping returns
You will be responsible for paying for your own shipping costs for returning your item. Shipping \
costs are non-refundable. If you receive a refund, the cost of return shipping will be deducted \
from your refund.""",
    ),
    (
        "fr",
        30,
        False,
        """Politique de remboursement et de retour
Notre politique de remboursement et de retour dure 30 jours. Si 30 jours se sont écoulés depuis \
votre achat, nous ne pouvons pas vous offrir un remboursement intégral ou un échange.
Retours
Vous serez responsable du paiement de vos propres frais d'expédition pour le retour de votre \
article. Les frais d'expédition ne sont pas remboursables. Si vous recevez un remboursement, le \
coût de l'expédition de retour sera déduit de votre remboursement.""",
    ),
    (
        "es",
        30,
        False,
        """Política de reembolsos y devoluciones
Nuestra política de reembolsos y devoluciones dura 30 días. Si han pasado 30 días desde tu \
compra, no podemos ofrecerte un reembolso completo o un cambio.
Envío de devoluciones
Serás responsable de pagar tus propios gastos de envío para devolver tu artículo. Los gastos de \
envío no son reembolsables. Si recibes un reembolso, el coste del envío de la devolución se \
deducirá de tu reembolso.""",
    ),
    (
        "it",
        30,
        False,
        """Politica di rimborso e reso
La nostra politica di rimborso e reso dura 30 giorni. Se sono trascorsi 30 giorni dal tuo \
acquisto, non possiamo offrirti un rimborso completo o un cambio.
Spedizione dei resi
Sarai responsabile del pagamento delle spese di spedizione per la restituzione del tuo articolo. \
Le spese di spedizione non sono rimborsabili. Se ricevi un rimborso, il costo della spedizione di \
ritorno sarà detratto dal rimborso.""",
    ),
    (
        "de",
        30,
        False,
        """Rückerstattungs- und Rückgaberichtlinie
Unsere Rückerstattungs- und Rückgaberichtlinie gilt 30 Tage. Wenn seit Ihrem Kauf 30 Tage \
vergangen sind, können wir Ihnen keine volle Rückerstattung und keinen Umtausch anbieten.
Rücksendungen
Sie sind für die Bezahlung Ihrer eigenen Versandkosten für die Rücksendung Ihres Artikels \
verantwortlich. Versandkosten werden nicht erstattet. Wenn Sie eine Rückerstattung erhalten, \
werden die Kosten für den Rückversand von Ihrer Rückerstattung abgezogen.""",
    ),
    (
        "nl",
        30,
        False,
        """Terugbetalings- en retourbeleid
Ons beleid voor terugbetalingen en retourzendingen duurt 30 dagen. Als er 30 dagen zijn \
verstreken sinds je aankoop, kunnen we je geen volledige terugbetaling of ruil aanbieden.
Retourzendingen
Je bent zelf verantwoordelijk voor het betalen van de verzendkosten voor het retourneren van je \
artikel. Verzendkosten worden niet terugbetaald. Als je een terugbetaling ontvangt, worden de \
kosten voor de retourzending van je terugbetaling afgetrokken.""",
    ),
    (
        "pt",
        30,
        False,
        """Política de reembolso e devoluções
A nossa política de reembolso e devoluções dura 30 dias. Se já passaram 30 dias desde a sua \
compra, não podemos oferecer-lhe um reembolso total ou uma troca.
Envio de devoluções
Será responsável por pagar os seus próprios custos de envio para devolver o seu artigo. Os custos \
de envio não são reembolsáveis. Se receber um reembolso, o custo do envio da devolução será \
deduzido do seu reembolso.""",
    ),
    (
        "pl",
        30,
        False,
        """Polityka zwrotów i refundacji
Nasza polityka zwrotów i refundacji trwa 30 dni. Jeśli od zakupu minęło 30 dni, nie możemy \
zaoferować pełnego zwrotu pieniędzy ani wymiany.
Wysyłka zwrotów
Jesteś odpowiedzialny za opłacenie kosztów wysyłki zwrotnej produktu. Koszty wysyłki nie \
podlegają zwrotowi. Jeśli otrzymasz zwrot pieniędzy, koszt wysyłki zwrotnej zostanie potrącony z \
kwoty zwrotu.""",
    ),
]


@pytest.mark.parametrize(
    ("lang", "days", "free", "text"), [*LEGAL_MODEL, *PLATFORM_TEMPLATE, *SOFTWARE_TEMPLATE]
)
def test_templates_are_read(lang: str, days: int, free: bool | None, text: str) -> None:
    terms = extract_returns_terms(text, lang)
    assert (terms.get("returns.window_days"), terms.get("returns.free_returns")) == (days, free)
