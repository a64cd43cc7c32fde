"""Families of window wordings the tenth unseen returns batch (policies_31/32) showed the reader
missing, each in the languages where it exists: a period counted from the approval of a return or
from the receipt of the withdrawal (a time to send the goods, no window); how long something
takes ("it can take up to 10 days", before a purpose too) or a wait the customer is asked to
allow; the shop processing what it got ("we will process it within 10 days"); exercising "this
right" (the withdrawal named before); the shop offering a number of days ("we offer 7 days for a
refund": a window); a tier's boundary ("beyond 30 days, 20% off") inside a longer window;
transport damage to report (a claim, not the window); and a shop that takes back only damaged
goods, whose one short period is the window, beside a claim being reviewed, unless the policy
names a return window of its own. The sentences are made up, one idiom each."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

WINDOW = "returns.window_days"

# "within 10 days of approval": a time to send the goods, beside the window.
APPROVAL = [
    (
        "en",
        "Items can be returned within 30 days of delivery. Returns must be made within 10 "
        "days of approval.",
    ),
    (
        "fr",
        "Les articles peuvent être retournés dans les 30 jours suivant la livraison. Les "
        "retours doivent être effectués dans les 10 jours à compter de l'approbation de votre "
        "demande.",
    ),
    (
        "es",
        "Los artículos pueden devolverse dentro de los 30 días siguientes a la entrega. Las "
        "devoluciones deben realizarse dentro de los 10 días desde la aprobación de tu "
        "solicitud.",
    ),
    (
        "it",
        "Gli articoli possono essere resi entro 30 giorni dalla consegna. I resi devono "
        "essere effettuati entro 10 giorni dall'approvazione della richiesta.",
    ),
    (
        "pt",
        "Os artigos podem ser devolvidos até 30 dias após a entrega. As devoluções devem ser "
        "feitas no prazo de 10 dias após a aprovação do pedido.",
    ),
    (
        "de",
        "Artikel können innerhalb von 30 Tagen nach Erhalt zurückgesendet werden. "
        "Rücksendungen müssen innerhalb von 10 Tagen nach der Genehmigung erfolgen.",
    ),
    (
        "nl",
        "Artikelen kunnen binnen 30 dagen na ontvangst worden geretourneerd. Retourzendingen "
        "moeten binnen 10 dagen na goedkeuring gebeuren.",
    ),
    (
        "pl",
        "Produkty można zwrócić w ciągu 30 dni od otrzymania. Zwrotu należy dokonać w ciągu "
        "10 dni od zatwierdzenia zgłoszenia.",
    ),
]
# The only period counted from approval, or from the receipt of the withdrawal: no window.
APPROVAL_ONLY = [
    ("en", "Returns must be shipped within 10 days of approval of your refund request."),
    ("es", "Si han pasado 15 días desde que aprobamos tu devolución, escríbenos."),
    ("it", "I resi devono essere spediti entro dieci giorni dall'approvazione della richiesta."),
    (
        "de",
        "Die Ware muss innerhalb von 14 Tagen nach Eingang des Widerrufs an uns "
        "zurückgesendet werden.",
    ),
    ("nl", "Het artikel moet binnen 14 dagen na ontvangst van je herroeping worden teruggestuurd."),
    (
        "fr",
        "L'article doit être renvoyé dans les 14 jours à compter de la réception de votre "
        "rétractation.",
    ),
    ("pt", "A devolução deve ser enviada em 10 dias após a aprovação da solicitação."),
    ("pl", "Towar należy odesłać w ciągu 10 dni od akceptacji zwrotu."),
]
# How long something takes: no second window.
TAKES = [
    (
        "en",
        "Items can be returned within 30 days of delivery. The whole thing can take up to 10 days.",
    ),
    (
        "fr",
        "Les articles peuvent être retournés dans les 30 jours suivant la livraison. Le "
        "retour peut prendre jusqu'à 10 jours.",
    ),
    (
        "es",
        "Los artículos pueden devolverse dentro de los 30 días siguientes a la entrega. La "
        "devolución puede tardar hasta 10 días.",
    ),
    (
        "it",
        "Gli articoli possono essere resi entro 30 giorni dalla consegna. Il reso può "
        "richiedere fino a 10 giorni.",
    ),
    (
        "pt",
        "Os artigos podem ser devolvidos até 30 dias após a entrega. A devolução pode levar "
        "até 10 dias.",
    ),
    (
        "de",
        "Artikel können innerhalb von 30 Tagen nach Erhalt zurückgesendet werden. Die "
        "Rücksendung dauert bis zu 10 Tage.",
    ),
    (
        "nl",
        "Artikelen kunnen binnen 30 dagen na ontvangst worden geretourneerd. Een retour duurt "
        "tot 10 dagen.",
    ),
    ("pl", "Produkty można zwrócić w ciągu 30 dni od otrzymania. Zwrot może potrwać do 10 dni."),
]
# How long it takes, before a purpose ("to get it returned"): still how long it takes.
TAKES_TO = [
    (
        "en",
        "Items can be returned within 30 days of delivery. It can take up to 5 days to get "
        "the item returned to us.",
    ),
    (
        "fr",
        "Les articles peuvent être retournés dans les 30 jours suivant la livraison. Cela "
        "peut prendre jusqu'à 5 jours pour retourner l'article.",
    ),
    (
        "es",
        "Los artículos pueden devolverse dentro de los 30 días siguientes a la entrega. Puede "
        "tardar hasta 5 días para devolver el artículo.",
    ),
    (
        "it",
        "Gli articoli possono essere resi entro 30 giorni dalla consegna. Può richiedere fino "
        "a 5 giorni per restituire l'articolo.",
    ),
    (
        "pt",
        "Os artigos podem ser devolvidos até 30 dias após a entrega. Pode levar até 5 dias "
        "para devolver o artigo.",
    ),
]
# A wait the customer is asked to allow.
ALLOW = [
    ("en", "Items can be returned within 30 days of delivery. For returns, please allow 10 days."),
    (
        "fr",
        "Les articles peuvent être retournés dans les 30 jours suivant la livraison. Pour les "
        "retours, veuillez prévoir 10 jours.",
    ),
    (
        "es",
        "Los artículos pueden devolverse dentro de los 30 días siguientes a la entrega. Para "
        "las devoluciones, espere 10 días.",
    ),
    (
        "it",
        "Gli articoli possono essere resi entro 30 giorni dalla consegna. Per i resi, "
        "attendere 10 giorni.",
    ),
    (
        "pt",
        "Os artigos podem ser devolvidos até 30 dias após a entrega. Para devoluções, aguarde "
        "10 dias.",
    ),
    (
        "de",
        "Artikel können innerhalb von 30 Tagen nach Erhalt zurückgesendet werden. Bei "
        "Rücksendungen rechnen Sie mit 10 Tagen.",
    ),
    (
        "nl",
        "Artikelen kunnen binnen 30 dagen na ontvangst worden geretourneerd. Voor retouren: "
        "reken op 10 dagen.",
    ),
    (
        "pl",
        "Produkty można zwrócić w ciągu 30 dni od otrzymania. W przypadku zwrotów odczekaj 10 dni.",
    ),
]
# The shop processing what it got.
PROCESS = [
    (
        "en",
        "You can send your order back within 14 days of receipt. When your return is here, we "
        "will process it within 10 working days.",
    ),
    (
        "fr",
        "Vous pouvez retourner votre commande dans les 14 jours suivant la réception. Quand "
        "votre retour arrive, nous le traiterons sous 10 jours ouvrés.",
    ),
    (
        "es",
        "Puedes devolver tu pedido dentro de los 14 días siguientes a la recepción. Cuando "
        "llegue tu devolución, la procesaremos en 10 días hábiles.",
    ),
    (
        "it",
        "Puoi restituire il tuo ordine entro 14 giorni dal ricevimento. Quando arriva il tuo "
        "reso, lo elaboreremo entro 10 giorni lavorativi.",
    ),
    (
        "pt",
        "Pode devolver a sua encomenda até 14 dias após a receção. Quando a sua devolução "
        "chegar, processaremos em 10 dias úteis.",
    ),
    (
        "de",
        "Sie können Ihre Bestellung innerhalb von 14 Tagen nach Erhalt zurücksenden. Wenn "
        "Ihre Rücksendung ankommt, bearbeiten wir sie innerhalb von 10 Werktagen.",
    ),
    (
        "nl",
        "Je kunt je bestelling binnen 14 dagen na ontvangst retourneren. Als je retour binnen "
        "is, verwerken we het binnen 10 werkdagen.",
    ),
    (
        "pl",
        "Możesz zwrócić zamówienie w ciągu 14 dni od otrzymania. Gdy twój zwrot dotrze, "
        "rozpatrzymy go w ciągu 10 dni roboczych.",
    ),
]
# Exercising "this right" (the withdrawal named before) and asking for a refund.
EXERCISE = [
    (
        "en",
        "The right of withdrawal applies to online purchases. The customer has 7 days, "
        "counted from receipt, to exercise this right and ask for a refund.",
    ),
    (
        "fr",
        "Le droit de rétractation s'applique aux achats en ligne. Le client dispose de 7 "
        "jours, comptés depuis la réception, pour exercer ce droit et demander le "
        "remboursement.",
    ),
    (
        "es",
        "El derecho de desistimiento se aplica a las compras en línea. El cliente dispone de "
        "7 días, contados desde la recepción, para ejercer este derecho y pedir el reembolso.",
    ),
    (
        "it",
        "Il diritto di recesso vale per gli acquisti online. Il cliente ha 7 giorni, contati "
        "dal ricevimento, per esercitare questo diritto e chiedere il rimborso.",
    ),
    (
        "pt",
        "O direito de arrependimento vale para compras online. O cliente dispõe de 7 dias, "
        "contados a partir do recebimento, para exercer esse direito e pedir o reembolso.",
    ),
    (
        "de",
        "Das Widerrufsrecht gilt für Online-Käufe. Der Kunde hat 7 Tage, gerechnet ab Erhalt, "
        "um dieses Recht auszuüben und die Erstattung zu verlangen.",
    ),
    (
        "nl",
        "Het herroepingsrecht geldt voor online aankopen. De klant heeft 7 dagen, gerekend "
        "vanaf ontvangst, om dit recht uit te oefenen en een terugbetaling te vragen.",
    ),
    (
        "pl",
        "Prawo odstąpienia dotyczy zakupów online. Klient ma 7 dni, liczonych od otrzymania, "
        "aby skorzystać z tego prawa i żądać zwrotu pieniędzy.",
    ),
]
# The shop offering a number of days for a refund: a window to ask for one.
OFFER = [
    ("en", "We offer 10 days for your money back."),
    ("fr", "Nous vous offrons 10 jours pour un remboursement."),
    ("es", "Te ofrecemos 10 días para la devolución del dinero."),
    ("it", "Ti offriamo 10 giorni per il rimborso."),
    ("pt", "Oferecemos 10 dias para reembolso."),
    ("de", "Wir gewähren Ihnen 10 Tage für eine Erstattung."),
    ("nl", "We geven je 10 dagen voor een terugbetaling."),
    ("pl", "Oferujemy 10 dni na zwrot pieniędzy."),
]
# A tier's boundary inside the longer window.
TIER = [
    (
        "en",
        "You have 90 days from your order to ask for a return.\n- If the return is asked "
        "within 30 days, the full price is refunded.\n- Beyond 30 days, 20% is deducted.",
    ),
    (
        "fr",
        "Vous avez 90 jours à partir de la commande pour demander un retour.\n- Si le retour "
        "est demandé dans les 30 jours, le prix est remboursé.\n- Au-delà de 30 jours, 20 % "
        "sont déduits.",
    ),
    (
        "es",
        "Tienes 90 días desde el pedido para solicitar una devolución.\n- Si la devolución se "
        "pide dentro de los 30 días, se reembolsa el precio.\n- Más allá de 30 días, se "
        "descuenta un 20 %.",
    ),
    (
        "it",
        "Hai 90 giorni dall'ordine per chiedere un reso.\n- Se il reso è chiesto entro 30 "
        "giorni, il prezzo è rimborsato.\n- Oltre 30 giorni, si trattiene il 20 %.",
    ),
    (
        "pt",
        "Tem 90 dias a partir da encomenda para pedir uma devolução.\n- Se a devolução for "
        "pedida em 30 dias, o preço é reembolsado.\n- Além dos 30 dias, são descontados 20 %.",
    ),
]
# Transport damage to report: a claim, beside the withdrawal period.
DAMAGE = [
    (
        "en",
        "Transport damage: report it within 3 days of delivery.\nWithdrawal: tell us within "
        "14 days of delivery.",
    ),
    (
        "fr",
        "Dommages de transport : à signaler dans les 3 jours suivant la "
        "livraison.\nRétractation : informez-nous dans les 14 jours suivant la livraison.",
    ),
    (
        "es",
        "Daños de transporte: avisa dentro de los 3 días siguientes a la "
        "entrega.\nDesistimiento: comunícalo dentro de los 14 días siguientes a la entrega.",
    ),
    (
        "it",
        "Danni da trasporto:\nSegnala entro 3 giorni dalla consegna.\nRecesso:\nComunicalo "
        "entro 14 giorni dalla consegna.",
    ),
    (
        "pt",
        "Danos de transporte: avise até 3 dias após a entrega.\nDesistência: comunique até 14 "
        "dias após a entrega.",
    ),
    (
        "de",
        "Transportschäden: bitte innerhalb von 3 Tagen nach Erhalt angeben.\nWiderruf: "
        "innerhalb von 14 Tagen nach Erhalt.",
    ),
    (
        "nl",
        "Transportschade: binnen 3 dagen na ontvangst doorgeven.\nHerroeping: binnen 14 dagen "
        "na ontvangst.",
    ),
    (
        "pl",
        "Szkody w transporcie: zgłoś w ciągu 3 dni od otrzymania.\nOdstąpienie od umowy: w "
        "ciągu 14 dni od otrzymania.",
    ),
]
# A shop that takes back only damaged goods: its one short period, beside a claim reviewed.
DEFECT_ONLY = [
    (
        "en",
        "We only accept returns of damaged products. Write to us within 5 days of delivery "
        "with photos. Your claim will be reviewed within 2 working days.",
    ),
    (
        "fr",
        "Nous acceptons seulement le retour de produits endommagés. Écrivez-nous dans les 5 "
        "jours suivant la livraison avec des photos. Votre réclamation sera examinée sous 2 "
        "jours ouvrés.",
    ),
    (
        "es",
        "Solo aceptamos devoluciones de productos dañados. Escríbenos dentro de los 5 días "
        "siguientes a la entrega con fotos. Tu reclamación será revisada en 2 días hábiles.",
    ),
    (
        "it",
        "Accettiamo resi solo di prodotti danneggiati. Scrivici entro 5 giorni dalla consegna "
        "con foto. Il tuo reclamo sarà esaminato in 2 giorni lavorativi.",
    ),
    (
        "pt",
        "Só aceitamos devoluções de produtos danificados. Escreva-nos até 5 dias após a "
        "entrega com fotos. A sua reclamação será analisada em 2 dias úteis.",
    ),
    (
        "de",
        "Wir nehmen nur beschädigte Produkte zurück. Schreiben Sie uns innerhalb von 5 Tagen "
        "nach Erhalt mit Fotos. Ihre Reklamation wird in 2 Werktagen geprüft.",
    ),
    (
        "nl",
        "We nemen alleen beschadigde producten terug. Schrijf ons binnen 5 dagen na ontvangst "
        "met foto's. Je klacht wordt binnen 2 werkdagen beoordeeld.",
    ),
    (
        "pl",
        "Przyjmujemy zwroty tylko uszkodzonych produktów. Napisz do nas w ciągu 5 dni od "
        "otrzymania ze zdjęciami. Reklamacja zostanie rozpatrzona w ciągu 2 dni roboczych.",
    ),
]

# Not too far: a window stays one where the new families' words are near.
GUARDS = [
    # "you can take" is no "it takes".
    ("en", "You can take 30 days to return an item.", 30),
    # "accepting delivery" is no approval of a return.
    ("en", "You can return goods within 14 days of accepting delivery.", 14),
    # A withdrawal period that "lasts" stays the window.
    ("it", "Il periodo di recesso dura 30 giorni dalla consegna.", 30),
    ("pt", "O prazo de devolução dura 30 dias a partir da entrega.", 30),
    # A long warranty alone is no window; a damage report beside a return window is not either.
    ("en", "Defective products are covered by a 2-year warranty.", None),
    (
        "de",
        "Transportschäden bitte innerhalb von 3 Tagen melden. Sie können jeden Artikel "
        "innerhalb von 30 Tagen nach Erhalt zurücksenden.",
        30,
    ),
    # A page naming its return window (here by a date) is no defect-only shop.
    (
        "en",
        "Our holiday return period ends on 15 January. Damaged items must be reported within "
        "14 days of delivery.",
        None,
    ),
    (
        "it",
        "Il periodo di reso natalizio termina il 15 gennaio. Gli articoli danneggiati vanno "
        "segnalati entro 14 giorni dalla consegna.",
        None,
    ),
    (
        "fr",
        "Le délai de retour se termine le 15 janvier. Les articles endommagés doivent être "
        "signalés dans les 14 jours suivant la livraison.",
        None,
    ),
    # A longer period after "beyond" is still the one window.
    (
        "en",
        "You may return items within 30 days of delivery. Beyond 30 days, no returns are accepted.",
        30,
    ),
    # Days the shop gives of a warranty are no window.
    ("pt", "Damos 90 dias de garantia contra defeitos de fabrico.", None),
    ("es", "Te damos 6 meses de garantía en todos los productos.", None),
    ("en", "We give you a 2 year warranty on every bike.", None),
    # Refunding within days of getting the return back is no window, even when offered.
    (
        "es",
        "Te ofrecemos una devolución rápida: reembolsamos en 10 días desde que recibimos tu "
        "paquete.",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text"), APPROVAL + TAKES + TAKES_TO + ALLOW)
def test_a_time_from_approval_or_that_something_takes_is_no_second_window(
    lang: str, text: str
) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


@pytest.mark.parametrize(("lang", "text"), APPROVAL_ONLY)
def test_a_time_counted_from_approval_or_the_withdrawal_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) is None


@pytest.mark.parametrize(("lang", "text"), PROCESS)
def test_the_shop_processing_what_it_got_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


@pytest.mark.parametrize(("lang", "text"), EXERCISE)
def test_exercising_this_right_is_the_withdrawal_period(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 7


@pytest.mark.parametrize(("lang", "text"), OFFER)
def test_days_the_shop_offers_for_a_refund_are_the_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 10


@pytest.mark.parametrize(("lang", "text"), TIER)
def test_a_tier_boundary_gives_way_to_the_longer_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 90


@pytest.mark.parametrize(("lang", "text"), DAMAGE)
def test_transport_damage_to_report_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


@pytest.mark.parametrize(("lang", "text"), DEFECT_ONLY)
def test_a_defect_only_shop_s_one_short_period_is_the_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 5


@pytest.mark.parametrize(("lang", "text", "days"), GUARDS)
def test_the_families_do_not_reach_too_far(lang: str, text: str, days: int | None) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days
