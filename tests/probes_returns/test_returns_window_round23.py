"""Return window, round 23 (from returns batch 22): a withdrawal period the customer waives is no
window ("the client waives the statutory 14-day right of withdrawal"), unless the waiver is
negated or waives costs only; "this right" in a sentence naming no period, after a sentence naming
the withdrawal only, is the withdrawal ("You may withdraw without giving a reason." + "The period
to exercise this right is 14 days."), not after a warranty; cancelling the contract and
withdrawing from a purchase name the withdrawal (es, fr); a malfunction or a nonconformity is a
warranty's period, not a window; Spanish and Portuguese hours "posteriores a recibir" count from
delivery; a voucher's time to use it is no window; a refund as the last of a return's options
("return it, exchange it or request a refund") counted from delivery is the window; counted from
the confirmed delivery or "the item received date" is from delivery; a period inside a bracket
excepting faulty goods is theirs; a list's opening that names nothing leaves the title above it
to name its periods; a short title ending in a colon starts anew; a period counted from this
e-mail or notice, or after the request ("tras la petición"), is a time to send the goods back."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

WINDOW = "returns.window_days"
WITHDRAWAL = "returns.withdrawal_days"

WAIVED = [
    (
        "en",
        "By ordering a custom design, the buyer waives the statutory 14-day right of withdrawal.",
    ),
    (
        "es",
        "Al encargar un diseño a medida, el comprador renuncia expresamente a su derecho de "
        "14 días de desistimiento.",
    ),
    (
        "fr",
        "En commandant une création sur mesure, le client renonce expressément à son droit "
        "de rétractation de 14 jours.",
    ),
    (
        "de",
        "Mit der Bestellung einer Sonderanfertigung verzichtet der Käufer ausdrücklich auf "
        "sein 14-tägiges Widerrufsrecht.",
    ),
    (
        "it",
        "Ordinando un progetto su misura, il cliente rinuncia espressamente al diritto di "
        "recesso di 14 giorni.",
    ),
    (
        "nl",
        "Bij een maatwerkopdracht doet de koper uitdrukkelijk afstand van de wettelijke "
        "bedenktijd van 14 dagen.",
    ),
    ("nl", "Met je vinkje zie je af van de gebruikelijke 14-dagen-bedenktijd voor downloads."),
    (
        "pt",
        "Ao encomendar um design personalizado, o cliente renuncia expressamente ao direito "
        "de arrependimento de 14 dias.",
    ),
    (
        "pl",
        "Zamawiając projekt na zamówienie, kupujący zrzeka się prawa do odstąpienia od "
        "umowy w terminie 14 dni.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), WAIVED)
def test_a_waived_withdrawal_period_is_no_window(lang: str, text: str) -> None:
    terms = extract_returns_terms(text, lang)
    assert WINDOW not in terms
    assert WITHDRAWAL not in terms


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        # Guards: a waiver negated, a fee waived, a waiver of another right.
        (
            "en",
            "Nothing here asks you to waive your right of withdrawal: you have 14 days "
            "from delivery to withdraw.",
            14,
        ),
        ("en", "We waive the restocking fee on returns made within 30 days of delivery.", 30),
        (
            "es",
            "No renuncias a tu derecho de desistimiento: dispones de 14 días desde la "
            "entrega para desistir.",
            14,
        ),
        (
            "fr",
            "Vous pouvez renoncer à votre commande dans un délai de 14 jours à compter de "
            "la réception (droit de rétractation).",
            14,
        ),
        (
            "de",
            "Wir verzichten auf die Rücksendekosten, wenn Sie innerhalb von 30 Tagen nach "
            "Erhalt zurücksenden.",
            30,
        ),
        ("nl", "Je ziet af van een ruil? Je kunt binnen 30 dagen na levering retourneren.", 30),
        # Guards: costs waived within the withdrawal period; Dutch "op afstand" (at a distance).
        ("en", "We waive fees in the cooling-off period of 14 days from delivery.", 14),
        (
            "de",
            "Wir verzichten auf die Rücksendekosten während der Widerrufsfrist von 14 Tagen.",
            14,
        ),
        ("nl", "Wij zien af van retourkosten binnen de bedenktijd van 14 dagen.", 14),
        ("nl", "Bij aankopen op afstand van onze webshop geldt een bedenktijd van 14 dagen.", 14),
    ],
)
def test_a_waiver_reaches_no_other_period(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


THIS_RIGHT = [
    (
        "en",
        "You may withdraw from the contract without giving a reason. The deadline for "
        "exercising this right is 14 days, counted from receipt of the goods.",
    ),
    (
        "es",
        "El comprador puede desistir del contrato sin indicar el motivo. El plazo para el "
        "ejercicio de este derecho es de 14 días naturales, contados desde la recepción.",
    ),
    (
        "fr",
        "Le client peut se rétracter sans motif. Le délai pour l'exercice de ce droit est "
        "de 14 jours, à compter de la réception.",
    ),
    (
        "de",
        "Der Kunde kann den Kauf ohne Angabe von Gründen widerrufen. Die Frist zur Ausübung "
        "dieses Rechts beträgt 14 Tage, gerechnet ab Erhalt.",
    ),
    (
        "it",
        "Il cliente può recedere dal contratto senza indicarne le ragioni. Il termine per "
        "l'esercizio di tale diritto è di 14 giorni, a partire dal ricevimento.",
    ),
    (
        "nl",
        "De koper kan de overeenkomst zonder opgave van redenen herroepen. De termijn voor "
        "de uitoefening van dit recht is 14 dagen, te rekenen vanaf ontvangst.",
    ),
    (
        "pt",
        "O cliente pode desistir do contrato sem indicar o motivo. O prazo para o exercício "
        "deste direito é de 14 dias, contados desde a receção.",
    ),
    (
        "pl",
        "Konsument może odstąpić od umowy bez podania przyczyny. Termin na skorzystanie z "
        "tego prawa wynosi 14 dni, licząc od otrzymania.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), THIS_RIGHT)
def test_this_right_after_a_withdrawal_sentence_is_the_withdrawal(lang: str, text: str) -> None:
    terms = extract_returns_terms(text, lang)
    assert terms.get(WINDOW) == 14
    assert terms.get(WITHDRAWAL) == 14


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Guards: "this right" after a warranty sentence stays no withdrawal.
        (
            "en",
            "Every lamp carries a manufacturer's guarantee. The term of this right is 2 "
            "years, counted from receipt of the goods.",
        ),
        (
            "es",
            "Todos los productos tienen garantía del fabricante. El plazo para el ejercicio "
            "de este derecho es de 2 años, contados desde la recepción.",
        ),
    ],
)
def test_this_right_after_a_warranty_is_no_withdrawal(lang: str, text: str) -> None:
    assert WITHDRAWAL not in extract_returns_terms(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Tiene derecho a cancelar el contrato durante los 7 días siguientes después de "
            "haber recibido su compra.",
        ),
        (
            "es",
            "Los compradores pueden retirarse de sus compras dentro de los 7 días después de "
            "recibir el artículo.",
        ),
        ("fr", "Vous pouvez annuler le contrat dans les 7 jours suivant la réception du colis."),
    ],
)
def test_cancelling_the_contract_is_the_withdrawal(lang: str, text: str) -> None:
    terms = extract_returns_terms(text, lang)
    assert terms.get(WITHDRAWAL) == 7
    assert terms.get(WINDOW) == 7


MALFUNCTION = [
    (
        "en",
        "The right of withdrawal applies. Returns for a malfunction: if in the first 30 days "
        "of use the device stops, we replace it.",
    ),
    (
        "es",
        "El desistimiento se rige por la ley. Devolución por mal funcionamiento: si en los "
        "primeros 30 días de uso el equipo falla, le ofrecemos un cambio.",
    ),
    (
        "fr",
        "Le droit de rétractation s'applique. Retour pour dysfonctionnement : si dans les 30 "
        "premiers jours d'utilisation l'appareil s'arrête, nous le remplaçons.",
    ),
    (
        "de",
        "Das Widerrufsrecht gilt. Rücksendung wegen Fehlfunktion: wenn das Gerät in den "
        "ersten 30 Tagen der Nutzung ausfällt, ersetzen wir es.",
    ),
    (
        "it",
        "Il diritto di recesso si applica. Reso per malfunzionamento: se nei primi 30 giorni "
        "di utilizzo il prodotto si guasta, lo sostituiamo.",
    ),
    (
        "nl",
        "Het herroepingsrecht geldt. Retour bij een storing: als het apparaat in de eerste "
        "30 dagen van gebruik uitvalt, vervangen wij het.",
    ),
    (
        "pt",
        "O direito de arrependimento aplica-se. Devolução por mau funcionamento: se nos "
        "primeiros 30 dias de uso o aparelho parar, substituímo-lo.",
    ),
    (
        "pl",
        "Prawo odstąpienia od umowy obowiązuje. Zwrot z powodu nieprawidłowego działania: "
        "jeśli w ciągu pierwszych 30 dni użytkowania urządzenie przestanie działać, wymienimy je.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), MALFUNCTION)
def test_a_malfunction_period_is_no_window(lang: str, text: str) -> None:
    assert WINDOW not in extract_returns_terms(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        (
            "es",
            "No hay cambios ni devoluciones. Si nota alguna inconformidad con su pedido, "
            "tiene 5 días para avisarnos.",
            5,
        ),
        # Guards: a return window beside a malfunction named later stays the window.
        (
            "en",
            "You can return any item within 30 days of delivery; malfunctioning items are "
            "repaired under warranty.",
            30,
        ),
        (
            "es",
            "Puede devolver cualquier artículo en 30 días desde la entrega, salvo mal "
            "funcionamiento.",
            30,
        ),
    ],
)
def test_a_nonconformity_alone_is_the_only_period(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Los cambios deben pedirse dentro de las 48 horas posteriores a recibir el "
            "paquete; no hacemos reembolsos.",
        ),
        (
            "pt",
            "As trocas devem ser pedidas nas 48 horas posteriores a receber a encomenda; "
            "não fazemos reembolsos.",
        ),
    ],
)
def test_hours_after_receiving_count_from_delivery(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Returns are accepted within 14 days of delivery, against a voucher to be used "
            "within 6 months.",
        ),
        (
            "es",
            "Aceptamos devoluciones en 14 días desde la entrega, con un vale de compra para "
            "consumir en los siguientes 6 meses.",
        ),
        (
            "fr",
            "Les retours sont acceptés sous 14 jours après réception, contre un avoir à "
            "utiliser dans les 6 mois.",
        ),
        (
            "de",
            "Rücksendungen sind 14 Tage nach Erhalt möglich, gegen einen Gutschein, "
            "einzulösen innerhalb von 6 Monaten.",
        ),
        (
            "it",
            "I resi sono accettati entro 14 giorni dalla consegna, con un buono da utilizzare "
            "entro 6 mesi.",
        ),
        (
            "nl",
            "Retourneren kan binnen 14 dagen na levering, tegen een tegoedbon, in te "
            "wisselen binnen 6 maanden.",
        ),
        (
            "pt",
            "Aceitamos devoluções em 14 dias após a entrega, com um vale para utilizar em 6 meses.",
        ),
        (
            "pl",
            "Zwroty przyjmujemy w ciągu 14 dni od doręczenia, w formie bonu do wykorzystania "
            "w ciągu 6 miesięcy.",
        ),
    ],
)
def test_a_vouchers_time_to_use_it_is_no_window(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        (
            "es",
            "Si no le convence, podrá devolver el artículo, cambiarlo o solicitar el "
            "reembolso, avisándonos en un plazo de 14 días a contar desde la entrega.",
            14,
        ),
        (
            "en",
            "If you are unhappy you can return the item, exchange it or request a refund, by "
            "writing to us within 14 days of delivery.",
            14,
        ),
        (
            "pt",
            "Se não gostar, pode devolver o artigo, trocá-lo ou pedir o reembolso, avisando-nos "
            "no prazo de 14 dias a contar da entrega.",
            14,
        ),
        (
            "it",
            "Se non sei soddisfatto puoi restituire l'articolo, cambiarlo o chiedere il "
            "rimborso, scrivendoci entro 14 giorni dalla consegna.",
            14,
        ),
    ],
)
def test_a_refund_among_a_returns_options_is_the_window(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Guards: the refund's own time, not an option after "or"; pt "o" is an article.
        (
            "pt",
            "Para devoluções, o reembolso é feito em até 10 dias úteis após o recebimento do "
            "produto.",
        ),
        ("en", "For returns, the refund is issued within 10 days of receipt of the goods."),
    ],
)
def test_a_refunds_own_time_stays_no_window(lang: str, text: str) -> None:
    assert WINDOW not in extract_returns_terms(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Not what you hoped for? Email us within 14 days of confirmed delivery."),
        (
            "de",
            "Nicht das Richtige? Schreiben Sie uns innerhalb von 14 Tagen nach der "
            "tatsächlichen Zustellung.",
        ),
        ("nl", "Niet wat je zocht? Mail ons binnen 14 dagen na de daadwerkelijke levering."),
        ("pl", "Nie to, czego szukasz? Napisz do nas w ciągu 14 dni od faktycznego doręczenia."),
        ("en", "Returns and refunds must be asked for within 14 days of the item received date."),
    ],
)
def test_counted_from_the_confirmed_delivery(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


def test_a_defect_word_inside_another_word_names_no_defect() -> None:
    # "aceptarán" holds "tara" (a flaw): no defect, the return window stays the window.
    text = "El desistimiento se rige por la ley. Se aceptarán devoluciones dentro de los 10 días "
    text += "desde la fecha de compra."
    assert extract_returns_terms(text, "es").get(WINDOW) == 10


EXCEPTED_DEFECT = [
    (
        "en",
        "You can send items back within 14 days of delivery. Items returned after 14 days "
        "(except faulty items up to 30 days) are refused.",
    ),
    (
        "es",
        "Puede devolver los artículos en 14 días desde la entrega. No se aceptan devoluciones "
        "pasados 14 días (salvo productos defectuosos, hasta 30 días).",
    ),
    (
        "fr",
        "Vous pouvez retourner les articles sous 14 jours après réception. Retours refusés "
        "après 14 jours (sauf articles défectueux, jusqu'à 30 jours).",
    ),
    (
        "de",
        "Rücksendungen sind innerhalb von 14 Tagen nach Erhalt möglich. Rücksendungen nach "
        "14 Tagen (außer defekte Artikel bis 30 Tage) lehnen wir ab.",
    ),
    (
        "it",
        "Puoi restituire gli articoli entro 14 giorni dalla consegna. Resi dopo 14 giorni "
        "(tranne articoli difettosi, fino a 30 giorni) rifiutati.",
    ),
    (
        "nl",
        "Je kunt artikelen binnen 14 dagen na levering retourneren. Retouren na 14 dagen "
        "(behalve defecte artikelen, tot 30 dagen) weigeren wij.",
    ),
    (
        "pt",
        "Pode devolver os artigos em 14 dias após a entrega. Devoluções após 14 dias (exceto "
        "artigos com defeito, até 30 dias) são recusadas.",
    ),
    (
        "pl",
        "Możesz zwrócić towar w ciągu 14 dni od doręczenia. Zwroty po 14 dniach (z wyjątkiem "
        "wadliwych produktów, do 30 dni) odrzucamy.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), EXCEPTED_DEFECT)
def test_a_period_inside_a_bracket_excepting_faulty_goods_is_theirs(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 14


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        # Guards: an exception with no period inside the bracket; a period before the bracket.
        (
            "en",
            "Items may be returned within 30 days of delivery (except faulty items, which we "
            "replace).",
            30,
        ),
        (
            "es",
            "Aceptamos devoluciones en 30 días desde la entrega (salvo productos defectuosos, "
            "que cambiamos).",
            30,
        ),
    ],
)
def test_an_excepted_defect_leaves_the_window_outside_it(lang: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == days


TITLED_LIST = [
    (
        "en",
        "Return period\nThe period below counts from the day of delivery:\n- 30 days: furniture "
        "and lamps.",
    ),
    (
        "es",
        "Plazo de devolución\nEl plazo que se indica cuenta desde la entrega:\n- 30 días: "
        "muebles y lámparas.",
    ),
    (
        "fr",
        "Délai de retour\nLe délai ci-dessous court à partir de la livraison :\n- 30 jours : "
        "meubles et lampes.",
    ),
    (
        "de",
        "Rückgabefrist\nDie folgende Frist beginnt mit der Lieferung:\n- 30 Tage: Möbel und "
        "Lampen.",
    ),
    (
        "it",
        "Termine per il reso\nIl termine indicato decorre dalla consegna:\n- 30 giorni: mobili "
        "e lampade.",
    ),
    (
        "nl",
        "Retourtermijn\nDe onderstaande termijn gaat in bij levering:\n- 30 dagen: meubels en "
        "lampen.",
    ),
    (
        "pt",
        "Prazo de devolução\nO prazo abaixo conta a partir da entrega:\n- 30 dias: móveis e "
        "candeeiros.",
    ),
    ("pl", "Termin zwrotu\nPoniższy termin liczy się od doręczenia:\n- 30 dni: meble i lampy."),
]


@pytest.mark.parametrize(("lang", "text"), TITLED_LIST)
def test_a_list_opening_naming_nothing_takes_the_title_above(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


def test_a_list_under_another_title_stays_no_window() -> None:
    # Guard: the title above names delivery times, no return.
    text = "Delivery times\nThe times below count from dispatch:\n- 5 days: mainland addresses."
    assert WINDOW not in extract_returns_terms(text, "en")


COLON_TITLE = [
    ("en", "Return period: 30 days from receipt\nReturn conditions:\nUnused product in its box"),
    (
        "es",
        "Plazo de devolución: 30 días desde la recepción\nCondiciones de devolución:\n"
        "Producto sin usar",
    ),
    (
        "fr",
        "Délai de retour : 30 jours à compter de la réception\nConditions de retour :\n"
        "Produit non utilisé",
    ),
    ("de", "Rückgabefrist: 30 Tage ab Erhalt\nBedingungen der Rücksendung:\nUnbenutzte Ware"),
    ("it", "Termine di reso: 30 giorni dal ricevimento\nCondizioni di reso:\nProdotto non usato"),
    ("nl", "Retourtermijn: 30 dagen na ontvangst\nVoorwaarden voor retour:\nOngebruikt product"),
    (
        "pt",
        "Prazo de devolução: 30 dias após a receção\nCondições de devolução:\nProduto não usado",
    ),
    ("pl", "Termin zwrotu: 30 dni od otrzymania\nWarunki zwrotu:\nProdukt nieużywany"),
]


@pytest.mark.parametrize(("lang", "text"), COLON_TITLE)
def test_a_short_title_ending_in_a_colon_starts_anew(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


def test_a_wrapped_lower_case_line_ending_in_a_colon_still_joins() -> None:
    # Guard: "delivery if:" goes on from the line before (lower case), no title.
    text = "You may return any item within 30 days of\ndelivery if:\n- it is unused."
    assert extract_returns_terms(text, "en").get(WINDOW) == 30


FROM_THIS_NOTICE = [
    ("en", "We have received your withdrawal. You have 14 days from this email to send it back."),
    (
        "es",
        "Hemos recibido tu desistimiento. Tienes 14 días desde esta comunicación para enviar "
        "el artículo de vuelta.",
    ),
    (
        "fr",
        "Nous avons reçu votre rétractation. Vous avez 14 jours à compter de ce message pour "
        "renvoyer l'article.",
    ),
    (
        "de",
        "Wir haben Ihren Widerruf erhalten. Sie haben 14 Tage ab dieser Nachricht, um den "
        "Artikel zurückzusenden.",
    ),
    (
        "it",
        "Abbiamo ricevuto il tuo recesso. Hai 14 giorni da questa comunicazione per rispedire "
        "l'articolo.",
    ),
    (
        "nl",
        "We hebben je herroeping ontvangen. Je hebt 14 dagen na deze mail om het artikel terug "
        "te sturen.",
    ),
    (
        "pt",
        "Recebemos a sua desistência. Tem 14 dias a partir desta mensagem para devolver o artigo.",
    ),
    ("pl", "Otrzymaliśmy Twoje odstąpienie. Masz 14 dni od tej wiadomości, aby odesłać towar."),
]


@pytest.mark.parametrize(("lang", "text"), FROM_THIS_NOTICE)
def test_a_period_counted_from_this_notice_is_no_window(lang: str, text: str) -> None:
    assert WINDOW not in extract_returns_terms(text, lang)


def test_an_email_named_elsewhere_leaves_the_window() -> None:
    # Guard: the e-mail is named in another sentence; the period counts from delivery.
    text = "This email confirms your order. You have 30 days from delivery to return it."
    assert extract_returns_terms(text, "en").get(WINDOW) == 30


def test_a_time_to_send_after_the_request_is_no_window() -> None:
    # Spanish "tras la petición" beside "tras la solicitud": counted from the request.
    text = (
        "Luego deberás mandarnos los productos que quieras devolver en un plazo de 5 días "
        "hábiles tras la petición."
    )
    assert WINDOW not in extract_returns_terms(text, "es")
