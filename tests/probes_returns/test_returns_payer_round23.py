"""Who pays and the restocking fee, round 23 (from the twenty-second returns batch; made-up text):

- the shop paying (or a return free) for faulty goods only, as a condition ("If the item arrives
  damaged, we cover the return costs") or under a faulty-goods title: like "we pay if the error is
  ours", the customer pays an ordinary return (a weak no: anything else said of who pays wins; a
  defect after an exception, "except for damaged items", or named without a condition, is not
  reached);
- a cases pointer on a line of its own ("Dans ce cas :") after a faulty-goods title passes the
  defect on to the sentence after it;
- costs subtracted from the refund ("se restarán", "subtracted", "sottratte", "subtraídos",
  "soustraits", "in Abzug gebracht"): the customer pays ("sin restar nada" is not reached);
- a refund before a turn or concession ("reembolsados, si bien los gastos de recogida ...",
  "but", "mais", "jedoch") refunds nothing of the cost after it;
- the collection (pick-up) or the return said to have a cost ("la recogida tiene un coste
  añadido", "die Abholung ist kostenpflichtig"): the customer pays (not a cost the shop then
  takes on, nor "no cost");
- a negation with a word of time ("we can't yet offer free returns", "pas encore", "nog geen"):
  free returns denied ("we now offer free returns" is not reached);
- a restocking fee on every ordinary return beside a "free return": not free (LABELLING.md);
- de nl: the free word before a passive participle ("können kostenlos zurückgesendet werden");
- en: the customer covering "the postage back" (the shop covering it is not reached);
- de nl fr: a take-back fee ("Rücknahmegebühr", "terugnamekosten", "frais de reprise") is a
  restocking fee;
- es en fr it pt: the shop covering the costs associated with the return: free.
"""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"
FEE = "returns.restocking_fee"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Si el producto llega dañado, cubrimos los gastos de devolución."),
        ("es", "Si el artículo presenta defectos de fábrica, asumiremos todos los costos de envío "
               "asociados al cambio o devolución."),
        ("en", "If your order arrives faulty, we cover the return postage."),
        ("en", "For defective products, we pay the return shipping."),
        ("fr", "Si l'article est défectueux, les frais de retour sont à notre charge."),
        ("it", "Se il prodotto è difettoso, le spese di reso sono a nostro carico."),
        ("pt", "Se o produto tiver defeito de fabricação, pagamos o frete de devolução."),
        ("pl", "Jeśli produkt jest wadliwy, pokrywamy koszty zwrotu."),
        ("es", "Productos defectuosos\nCubrimos los gastos de la devolución y el reenvío."),
        # Moved from test_returns_payer_families.py (said nothing before round 23).
        ("it", "Per i prodotti difettosi le spese di spedizione del reso sono a carico del "
               "venditore, se il cliente lo segnala subito."),
        ("fr", "Les frais de retour sont à la charge du client, sauf article défectueux.\n"
               "5. Articles défectueux\nDans ce cas :\nNous prenons en charge les frais de retour"),
    ],
)  # fmt: skip
def test_shop_pays_for_faults_only_means_an_ordinary_return_costs(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # An exception before the defect, or a defect named with no condition: not reached.
        ("en", "Returns are free for 30 days, except for damaged items."),
        ("en", "Free returns on all orders, including faulty items."),
        ("es", "Cubrimos los gastos de devolución salvo en caso de productos dañados por el "
               "cliente."),
    ],
)  # fmt: skip
def test_defect_without_a_condition_says_no_cost(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is not False


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Anything else said of who pays wins over the weak no.
        ("en", "Returns are free of charge. If the item is faulty, we also cover the return "
               "postage."),
        ("es", "La devolución es gratuita. Si el producto llega dañado, cubrimos también los "
               "gastos de devolución."),
    ],
)  # fmt: skip
def test_free_returns_beside_a_fault_clause_stay_free(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is True


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Si lo que solicita es una devolución, los gastos de envío se restarán del "
               "reembolso."),
        ("es", "En caso de devolución, los gastos de envío se deducirán del reembolso."),
        ("en", "For a return, the shipping costs will be subtracted from your refund."),
        ("it", "In caso di reso, le spese di spedizione saranno sottratte dal rimborso."),
        ("pt", "Em caso de devolução, os custos de envio serão subtraídos do reembolso."),
        ("fr", "En cas de retour, les frais d'envoi seront soustraits du remboursement."),
        ("de", "Bei einer Rücksendung werden die Versandkosten von der Erstattung in Abzug "
               "gebracht."),
    ],
)  # fmt: skip
def test_costs_subtracted_from_the_refund(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


def test_nothing_subtracted_is_no_cost() -> None:
    text = "Si usted no está contento, le reembolsamos los gastos de devolución, sin restar nada."
    assert extract_returns_terms(text, "es").get(FREE) is not False


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "En caso de devolución, los gastos de envío serán igualmente reembolsados, si bien "
               "los gastos de recogida serán por cuenta del cliente."),
        ("en", "We refund the original delivery charge, but return shipping costs are borne by "
               "the customer."),
        ("fr", "Nous remboursons les frais de livraison, mais les frais de retour sont à la "
               "charge du client."),
        ("de", "Wir erstatten den Kaufpreis, jedoch trägt der Kunde die Kosten der Rücksendung."),
        ("it", "Rimborsiamo le spese di spedizione, mentre le spese del reso sono a carico del "
               "cliente."),
    ],
)  # fmt: skip
def test_refund_before_a_turn_refunds_nothing_after_it(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The refund of the cost itself, with the turn after it: still a refund.
        ("es", "Te reembolsamos los gastos de devolución, pero solo si usas nuestra etiqueta."),
        ("en", "If the customer returns the goods, we refund the return costs, provided they are "
               "reasonable."),
    ],
)  # fmt: skip
def test_refund_of_the_cost_before_a_turn_is_no_payer(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is not False


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Ten en cuenta que la recogida tiene un coste añadido que se te comunicará por "
               "correo."),
        ("en", "Please note the collection has an additional charge, which we will email to you."),
        ("fr", "L'enlèvement a un coût supplémentaire communiqué par e-mail."),
        ("it", "Il ritiro ha un costo aggiuntivo che ti comunicheremo."),
        ("pt", "A recolha tem um custo adicional comunicado por e-mail."),
        ("de", "Die Abholung verursacht zusätzliche Kosten."),
        ("nl", "Aan het ophalen zijn kosten verbonden."),
        ("pl", "Odbiór przesyłki jest płatny."),
    ],
)  # fmt: skip
def test_collection_with_a_cost(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La recogida tiene un coste que asumimos nosotros."),
        ("en", "The collection has no cost for you."),
        ("es", "La devolución no tiene un coste para ti."),
    ],
)  # fmt: skip
def test_collection_cost_taken_on_or_denied(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is not False


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "As a small shop we can't yet offer free returns."),
        ("en", "We do not currently offer free returns."),
        ("es", "No ofrecemos todavía devoluciones gratuitas."),
        ("fr", "Nous ne proposons pas encore de retours gratuits."),
        ("it", "Non offriamo ancora il reso gratuito."),
        ("pt", "Não oferecemos ainda devolução gratuita."),
        ("nl", "Wij bieden nog geen gratis retour aan."),
        ("pl", "Nie oferujemy jeszcze darmowych zwrotów."),
    ],
)  # fmt: skip
def test_free_returns_not_yet_offered(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


def test_free_returns_now_offered() -> None:
    text = "We now offer free returns on every order."
    assert extract_returns_terms(text, "en").get(FREE) is True


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Just contact us and we will arrange a free return. You will be refunded in full "
               "minus a 10% restocking fee."),
        ("es", "Te organizamos una devolución gratuita. Se descontará del reembolso una tasa de "
               "reposición del 10%."),
    ],
)  # fmt: skip
def test_fee_on_every_return_beats_a_free_claim(lang: str, text: str) -> None:
    got = extract_returns_terms(text, lang)
    assert got.get(FREE) is False
    assert got.get(FEE) is True


def test_fee_on_some_returns_leaves_free_alone() -> None:
    text = "Returns are free. Opened items may be subject to a restocking fee of up to 15%."
    assert extract_returns_terms(text, "en").get(FREE) is not False


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Ungetragene Artikel können kostenlos zurückgesendet werden."),
        ("de", "Alle Artikel dürfen kostenfrei retourniert werden."),
        ("nl", "Ongedragen artikelen kunnen gratis worden teruggestuurd."),
        ("nl", "Alle artikelen mogen kosteloos geretourneerd worden."),
    ],
)  # fmt: skip
def test_free_before_a_passive_participle(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is True


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Artikel können nicht kostenlos zurückgesendet werden."),
        ("nl", "Artikelen kunnen niet gratis worden teruggestuurd."),
    ],
)  # fmt: skip
def test_free_participle_negated(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is not True


def test_customer_covers_the_postage_back() -> None:
    text = "Unused items can be returned within 14 days for a refund (you cover the postage back)."
    assert extract_returns_terms(text, "en").get(FREE) is False


def test_shop_covers_the_postage_back() -> None:
    text = "We cover the postage back to you for every exchange."
    assert extract_returns_terms(text, "en").get(FREE) is not False


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Wir erstatten den Betrag abzüglich einer Rücknahmegebühr von 8,90 €."),
        ("nl", "Wij rekenen terugnamekosten van 10 euro per retour."),
        ("fr", "Des frais de reprise de 10 € sont retenus sur le remboursement."),
    ],
)  # fmt: skip
def test_take_back_fee_is_a_restocking_fee(lang: str, text: str) -> None:
    got = extract_returns_terms(text, lang)
    assert got.get(FEE) is True
    assert got.get(FREE) is False


def test_take_back_of_old_appliances_is_no_fee() -> None:
    text = "Die Rücknahme von Altgeräten ist kostenlos."
    assert extract_returns_terms(text, "de").get(FEE) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Asumiremos todos los costos de envío asociados a la devolución."),
        ("en", "We will cover all shipping costs associated with the exchange or return."),
        ("fr", "Nous prendrons en charge tous les frais d'envoi liés à l'échange ou au retour."),
        ("it", "Copriremo tutti i costi di spedizione associati al cambio o al reso."),
        ("pt", "Assumiremos todos os custos de envio associados à troca ou devolução."),
    ],
)  # fmt: skip
def test_shop_covers_costs_associated_with_the_return(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is True


def test_shop_not_covering_costs_associated() -> None:
    text = "No asumiremos los costos de envío asociados a la devolución."
    assert extract_returns_terms(text, "es").get(FREE) is not True


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A fee on goods whose tags, seal or packaging were removed or opened (or on a misordered
        # part): some returns only, nothing said of who pays an ordinary one.
        ("en", "Returns are accepted within 30 days. If the tag has been removed, a 15% restocking "
               "fee will be deducted from your refund."),
        ("en", "We do have a restocking fee of 20% if you misorder a part."),
        ("es", "Si la etiqueta ha sido retirada, se aplicará una tasa de reposición del 15%."),
        ("fr", "Si l'étiquette a été retirée, des frais de restockage de 15% seront retenus."),
        ("de", "Wenn das Etikett entfernt wurde, berechnen wir eine Bearbeitungsgebühr von 10 €."),
        ("it", "Se l'etichetta è stata rimossa, verrà trattenuta una commissione di gestione del "
               "15%."),
        ("pt", "Se a etiqueta foi removida, será cobrada uma taxa de reposição de 15%."),
        ("nl", "Als het label is verwijderd, rekenen wij 15% herbevoorradingskosten."),
        ("pl", "Jeśli metka została usunięta, pobieramy opłatę manipulacyjną 15%."),
    ],
)  # fmt: skip
def test_fee_on_goods_with_tags_removed_is_for_some_returns(lang: str, text: str) -> None:
    got = extract_returns_terms(text, lang)
    assert got.get(FEE) is True
    assert got.get(FREE) is None


def test_fee_on_every_return_still_costs() -> None:
    text = "A 15% restocking fee will be deducted from your refund on every return."
    assert extract_returns_terms(text, "en").get(FREE) is False


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The money refunded without any deduction (or retention), ending its clause: no fee.
        ("es", "Se anulará el contrato y se reintegrarán las sumas pagadas sin ningún descuento ni "
               "retención."),
        ("en", "We will refund the full purchase price without any deduction."),
        ("fr", "Nous vous rembourserons le prix total sans aucune retenue."),
        ("it", "Ti rimborseremo l'intero importo senza alcuna trattenuta."),
        ("pt", "Reembolsaremos o valor total sem qualquer desconto."),
        ("de", "Wir erstatten den Kaufpreis ohne Abzug."),
        ("nl", "Het volledige bedrag wordt terugbetaald zonder inhouding."),
        ("pl", "Zwrócimy całą kwotę bez potrąceń."),
    ],
)  # fmt: skip
def test_refund_without_deduction_is_no_fee(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FEE) is False


@pytest.mark.parametrize(
    ("lang", "text", "fee"),
    [
        # Payment terms name no refund; a deduction "for shipping" is another's; a fee stays.
        ("de", "Der Rechnungsbetrag ist innerhalb von 14 Tagen ohne Abzug zahlbar.", None),
        ("en", "We refund the price less a 10% restocking fee, without any deduction for "
               "shipping.", True),
    ],
)  # fmt: skip
def test_without_deduction_does_not_reach_too_far(lang: str, text: str, fee: object) -> None:
    assert extract_returns_terms(text, lang).get(FEE) is fee
