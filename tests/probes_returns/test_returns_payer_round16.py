"""Who pays for a return and the restocking fee, round 16: word classes completed for every
language rather than the wording one batch showed. A return free, or paid by the shop, ONLY for
faulty goods or the shop's own fault leaves ordinary returns to the customer; a change of mind
named beside a defect ("for a change of mind or a defect, we pay the return") speaks of ordinary
returns too; a title naming a negated class ("Non-personalised items") names the ordinary goods;
a title naming a fee ("Restocking fees") or a question ("Is the return free?") says nothing by
itself; a fee of 0% is none; an administrative fee per return is a restocking fee (also Italian
"reintegro magazzino", "riaccettazione", Dutch "restockingkosten"), and so is a contribution to
the costs ("Kostenbeteiligung"); in Portuguese the return's costs borne by the shop by its name
("arcados pela Loja X") or its "responsabilidade" are the shop's; the customer named in the
feminine ("la clienta", "die Kundin", "Kund:in") or, in Polish, as a service's recipient
("Usługobiorca") is the customer; a quality issue is a defect; free within one country or the EU
only depends on where the customer is; a store named as a further channel ("ook in de winkel")
is no one-channel return; "Change of mind: customer pays" leaves the return to the customer; the
costs first, then the shop by its name as subject ("Die Kosten der Rücksendung trägt
Musterladen") makes the return free, and so does the shop by its name after a comma ("For every
approved return, Example Shop covers ..."); a fee in a sentence about exchanges alone is no
restocking fee; "we cover the shipping costs for the return" makes it free; a class refused a
return at the opening ("Personalised items cannot be returned, and ...") scopes nothing. The
sentences are made up, one idiom each; the last tests check the rules do not reach too far."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"
FEE = "returns.restocking_fee"

# Free, or the shop paying, only for faulty goods or the shop's fault: ordinary returns cost.
ONLY_FAULTS = [
    ("en", "Returns are free only in case of a defective item."),
    ("de", "Die Rücksendung ist nur bei defekter Ware kostenlos."),
    ("de", "Die Rücksendekosten übernehmen wir nur bei defekter Ware."),
    ("en", "Returns are only free for defective items."),
    ("fr", "Le retour est gratuit uniquement en cas de produit défectueux."),
    ("es", "La devolución es gratuita solo en caso de producto defectuoso."),
    ("it", "La restituzione è gratuita solo in caso di errore del venditore."),
    ("nl", "Retourneren is alleen gratis bij een defect artikel."),
    ("pt", "O frete de devolução é por conta da loja apenas em caso de produto com defeito."),
    ("pl", "Zwrot jest bezpłatny tylko w przypadku wady towaru."),
]

# A change of mind named beside a defect: the shop pays ordinary returns too.
MIND_AND_DEFECT = [
    ("en", "For a change of mind or a defective item, return shipping is at our expense."),
    ("fr", "En cas de changement d'avis ou de produit défectueux, le retour est gratuit."),
    ("es", "Por arrepentimiento o producto defectuoso, la devolución es gratuita."),
    ("it", "In caso di ripensamento o di prodotto difettoso il reso è gratuito."),
    ("pt", "Em caso de arrependimento ou de defeito, o frete de devolução é por nossa conta."),
    ("nl", "Bij bedenking of een defect artikel is retourneren gratis."),
    ("pl", "W przypadku zmiany zdania lub wady towaru zwrot jest bezpłatny."),
]

# A title naming a negated class: what follows holds for the ordinary goods.
NEGATED_CLASS_TITLE = [
    ("en", "Non-personalised items\nReturn shipping costs are paid by the customer."),
    (
        "pt",
        "Produtos não personalizados\nOs custos da devolução são da responsabilidade do cliente.",
    ),
    ("es", "Productos no personalizados\nLos gastos de devolución corren a cargo del cliente."),
    ("it", "Prodotti non personalizzati\nLe spese di reso sono a carico del cliente."),
    ("fr", "Produits non personnalisés\nLes frais de retour sont à la charge du client."),
]

# A title naming a fee, then a sentence saying none is charged.
FEE_TITLE_NONE = [
    ("en", "Restocking fees\nWe do not charge restocking fees on returns."),
    ("pt", "Taxa de reabastecimento\nNão cobramos taxas de reabastecimento nas devoluções."),
    ("es", "Tarifa de reposición\nNo cobramos tarifa de reposición en las devoluciones."),
    ("it", "Costi di rimagazzinaggio\nNon applichiamo alcun costo di rimagazzinaggio sui resi."),
]

# A fee of 0%: no fee.
ZERO_FEE = [
    ("en", "Returns are accepted within 30 days. Restocking fee: 0%."),
    ("de", "Rücksendungen innerhalb von 30 Tagen. Bearbeitungsgebühr: 0 %."),
    ("fr", "Retours acceptés sous 30 jours. Frais de restockage : 0 %."),
    ("es", "Devoluciones en 30 días. Tasa de reposición: 0%."),
    ("it", "Resi entro 30 giorni. Costo di rimagazzinaggio: 0%."),
    ("nl", "Retour binnen 30 dagen. Administratiekosten: 0%."),
    ("pt", "Devoluções em 30 dias. Taxa de reabastecimento: 0%."),
    ("pl", "Zwroty w ciągu 30 dni. Opłata manipulacyjna: 0%."),
]

# A question whether returns are free, answered by a customer-pays sentence.
QUESTION = [
    ("en", "Is the return free?\nReturn shipping costs are paid by the customer."),
    ("it", "Il reso è gratuito?\nLe spese di spedizione per il reso sono a carico del cliente."),
    ("es", "¿La devolución es gratuita?\nLos gastos de devolución corren a cargo del cliente."),
    ("fr", "Le retour est-il gratuit ?\nLes frais de retour sont à la charge du client."),
    ("pt", "A devolução é gratuita?\nOs custos da devolução são da responsabilidade do cliente."),
]

# An administrative fee (or another name for a restocking fee) charged per return.
ADMIN_FEE = [
    ("en", "An administrative fee of 10 EUR is charged on every return."),
    ("de", "Für jede Rücksendung berechnen wir eine Verwaltungsgebühr von 5 EUR."),
    ("fr", "Des frais administratifs de 5 EUR sont retenus sur chaque retour."),
    ("es", "Se cobrarán 5 EUR de gastos administrativos por cada devolución."),
    ("it", "Per ogni reso si applicano spese amministrative di 5 EUR."),
    ("it", "Su ogni reso applichiamo una quota di riaccettazione del 10%."),
    ("it", "Per ogni reso sono previsti costi di reintegro magazzino."),
    ("nl", "Bij elke retour worden restockingkosten van 10% in rekening gebracht."),
    ("pt", "Em cada devolução é cobrada uma taxa administrativa de 5 EUR."),
    ("pl", "Za każdy zwrot pobieramy opłatę administracyjną 10 zł."),
]

# Portuguese: the return's costs borne by the shop by its name, or its responsibility.
PT_SHOP = [
    "Os custos da devolução são integralmente arcados pela Casa Exemplo.",
    "Os custos de frete para devolução são de responsabilidade da nossa loja.",
    "A Casa Exemplo arca com o frete de retorno.",
]


# The customer named in the feminine (or gender-inclusive, or as a service's recipient) pays.
FEMININE_PAYER = [
    ("es", "Los gastos de envío de la devolución corren por cuenta de la compradora."),
    ("fr", "Les frais de retour restent à la charge de la consommatrice."),
    ("de", "Die Kosten der Rücksendung trägt die Kundin."),
    ("de", "Die Kosten der Rücksendung trägt der:die Käufer:in, also die Kund:in."),
    ("pt", "Os custos de devolução ficam a cargo da consumidora."),
    ("pl", "Bezpośredni koszt odesłania rzeczy ponosi Usługobiorca."),
    ("pl", "Koszty zwrotu towaru pokrywa klientka."),
]


@pytest.mark.parametrize(("lang", "text"), FEMININE_PAYER)
def test_feminine_customer_pays(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


# A quality issue named as the reason is a defect: free returns for it say nothing of ordinary
# returns, which the customer pays.
QUALITY_ISSUE = [
    ("en", "Return shipping is paid by the customer. For quality issues we offer free returns."),
    (
        "fr",
        "Le retour est à la charge du client. "
        "En cas de problème de qualité, le retour est gratuit.",
    ),
    (
        "es",
        "La devolución corre a cargo del cliente. "
        "Con un problema de calidad, la devolución es gratuita.",
    ),
    (
        "it",
        "Le spese di reso sono a carico del cliente. Per problemi di qualità il reso è gratuito.",
    ),
    (
        "nl",
        "De retourkosten zijn voor rekening van de klant. "
        "Bij een kwaliteitsprobleem is retourneren gratis.",
    ),
    (
        "pt",
        "A devolução é da responsabilidade do cliente. "
        "Com problemas de qualidade, a devolução é gratuita.",
    ),
    ("pl", "Koszty zwrotu ponosi klient. W przypadku problemu z jakością zwrot jest bezpłatny."),
]

# A contribution to the costs charged on a return: a restocking fee.
CONTRIBUTION_FEE = [
    ("de", "Bei vereinbarten Rücksendungen berechnen wir eine Kostenbeteiligung."),
    ("en", "For agreed returns we charge a contribution to costs."),
    ("fr", "Pour les retours acceptés, nous facturons une participation aux frais."),
    ("es", "En las devoluciones aceptadas cobramos una participación en los gastos."),
    ("it", "Sui resi concordati addebitiamo un contributo spese."),
    ("nl", "Bij een geaccepteerde retour rekenen wij een kostenbijdrage."),
    ("pt", "Nas devoluções aceites cobramos uma comparticipação nos custos."),
    ("pl", "Przy uzgodnionych zwrotach pobieramy partycypację w kosztach."),
]

# Free within one country or the EU only: it depends on where the customer is.
REGION_ONLY = [
    ("de", "Kostenloser Rückversand innerhalb der Schweiz."),
    ("es", "Devolución gratuita dentro de la UE."),
    ("nl", "Gratis retour binnen de EU."),
    ("pt", "Devolução gratuita na UE."),
    ("it", "Il reso è gratuito nell'Unione Europea."),
    ("fr", "Le retour est gratuit dans l'Union européenne."),
]


@pytest.mark.parametrize(("lang", "text"), QUALITY_ISSUE)
def test_quality_issue_is_a_defect(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(("lang", "text"), CONTRIBUTION_FEE)
def test_contribution_to_costs_is_a_fee(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FEE) is True


@pytest.mark.parametrize(("lang", "text"), REGION_ONLY)
def test_free_in_one_region_depends(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is None


# A store named as a further channel ("also in store"): free either way, not through one only.
ALSO_IN_STORE = [
    ("nl", "14 dagen bedenktijd, gratis retour (ook in de winkel)."),
    ("de", "30 Tage Rückgaberecht, kostenlose Rücksendung (auch in der Filiale)."),
    ("fr", "30 jours pour changer d'avis, retour gratuit (aussi en magasin)."),
    ("it", "30 giorni, reso gratuito (anche in negozio)."),
]

# A change of mind as a label, the customer paying as its value.
MIND_LABEL_CUSTOMER_PAYS = [
    ("en", "Change of mind: customer pays (you send it yourself)."),
    ("pt", "Arrependimento: cliente paga (você envia por conta própria)."),
    ("es", "Arrepentimiento: el cliente paga el envío."),
    ("it", "Ripensamento: paga il cliente."),
    ("de", "Meinungsänderung: Kunde zahlt."),
    ("nl", "Van gedachten veranderd: klant betaalt."),
    ("pl", "Zmiana zdania: klient płaci."),
]

# The return's costs first, then the verb, the shop by its name as subject: the shop pays.
COSTS_THEN_SHOP = [
    ("de", "Die Kosten der Rücksendung trägt Musterladen."),
    ("de", "Die Rücksendekosten übernimmt die Musterladen GmbH."),
    ("nl", "De kosten van de retourzending betaalt Voorbeeldwinkel."),
    ("pl", "Koszty zwrotu pokrywa Przykładowy Sklep."),
]


@pytest.mark.parametrize(("lang", "text"), ALSO_IN_STORE)
def test_also_in_store_is_free(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is True


@pytest.mark.parametrize(("lang", "text"), MIND_LABEL_CUSTOMER_PAYS)
def test_change_of_mind_label_customer_pays(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(("lang", "text"), COSTS_THEN_SHOP)
def test_costs_then_shop_by_name_pays(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is True


# The shop by its name as the subject of a paying verb in a clause after a comma.
SHOP_AFTER_COMMA = [
    ("en", "For every approved return, Example Shop covers the return shipping costs."),
    ("fr", "Pour chaque retour accepté, Boutique Exemple prend en charge les frais de retour."),
    (
        "es",
        "Para cada devolución aprobada, Tienda Ejemplo asume los gastos de envío de la devolución.",
    ),
    ("it", "Per ogni reso approvato, Negozio Esempio sostiene le spese di spedizione del reso."),
    ("pt", "Para cada devolução aprovada, a Loja Exemplo assume os custos de devolução."),
    ("de", "Nach Genehmigung der Rücksendung, Musterladen übernimmt die Kosten der Rücksendung."),
    ("nl", "Na goedkeuring van de retour, Voorbeeldwinkel betaalt de kosten van de retourzending."),
    ("pl", "Po akceptacji zwrotu, Przykładowy Sklep pokrywa koszty zwrotu."),
]

# A fee in a sentence about exchanges alone: an exchange's, not a restocking fee.
EXCHANGE_FEE = [
    ("en", "For further exchanges a handling fee of 3 EUR applies."),
    ("es", "Para cambios adicionales, se aplicará un coste de gestión de 3 EUR."),
    ("de", "Für weitere Umtausche berechnen wir eine Bearbeitungsgebühr von 3 EUR."),
    ("fr", "Pour les échanges supplémentaires, des frais de gestion de 3 EUR s'appliquent."),
    ("it", "Per ulteriori cambi si applica un costo di gestione di 3 EUR."),
    ("pt", "Para trocas adicionais aplica-se uma taxa de processamento de 3 EUR."),
    ("nl", "Voor extra ruilingen rekenen we 3 EUR administratiekosten."),
    ("pl", "Za kolejne wymiany pobieramy opłatę manipulacyjną 3 zł."),
]


@pytest.mark.parametrize(("lang", "text"), SHOP_AFTER_COMMA)
def test_shop_by_name_after_comma_pays(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is True


@pytest.mark.parametrize(("lang", "text"), EXCHANGE_FEE)
def test_exchange_fee_is_no_restocking_fee(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FEE) is None


# The shop (first person plural) paying the shipping costs FOR the return.
WE_PAY_SHIPPING_FOR_RETURN = [
    (
        "it",
        "Hai 30 giorni per il reso, durante i quali copriamo le spese di spedizione per il reso.",
    ),
    ("en", "You have 30 days to return, and we cover the shipping costs for the return."),
    ("de", "Sie haben 30 Tage Zeit, wir übernehmen die Versandkosten für die Rücksendung."),
    ("fr", "Vous avez 30 jours, nous prenons en charge les frais d'envoi du retour."),
    ("es", "Tienes 30 días y cubrimos los gastos de envío de la devolución."),
    ("nl", "Je hebt 30 dagen en wij betalen de verzendkosten voor de retour."),
    ("pl", "Masz 30 dni, a my pokrywamy koszty wysyłki zwrotu."),
]


@pytest.mark.parametrize(("lang", "text"), WE_PAY_SHIPPING_FOR_RETURN)
def test_we_pay_shipping_for_the_return(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is True


# A class refused a return at the opening scopes nothing: the rest holds for ordinary goods.
REFUSED_CLASS = [
    (
        "en",
        "Personalised items cannot be returned, and return "
        "shipping costs are paid by the customer.",
    ),
    (
        "de",
        "Personalisierte Artikel sind vom Umtausch "
        "ausgeschlossen, die Rücksendekosten trägt der Kunde.",
    ),
    (
        "fr",
        "Les articles personnalisés ne peuvent pas être retournés, et "
        "les frais de retour sont à la charge du client.",
    ),
    (
        "es",
        "Los productos personalizados no se pueden devolver y los "
        "gastos de devolución corren a cargo del cliente.",
    ),
    (
        "it",
        "I prodotti personalizzati non possono essere resi e le "
        "spese di reso sono a carico del cliente.",
    ),
    (
        "nl",
        "Gepersonaliseerde artikelen kunnen niet worden geretourneerd en "
        "de retourkosten zijn voor rekening van de klant.",
    ),
    (
        "pt",
        "Os produtos personalizados não podem ser devolvidos e os custos "
        "de devolução são da responsabilidade do cliente.",
    ),
    ("pl", "Produkty personalizowane nie podlegają zwrotowi, a koszty zwrotu ponosi klient."),
]


@pytest.mark.parametrize(("lang", "text"), REFUSED_CLASS)
def test_refused_class_scopes_nothing(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(("lang", "text"), ONLY_FAULTS)
def test_free_only_for_faults_is_not_free(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(("lang", "text"), MIND_AND_DEFECT)
def test_change_of_mind_beside_defect_is_free(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is True


@pytest.mark.parametrize(("lang", "text"), NEGATED_CLASS_TITLE)
def test_negated_class_title_is_no_class(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(("lang", "text"), FEE_TITLE_NONE)
def test_fee_title_alone_is_no_fee(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FEE) is False


@pytest.mark.parametrize(("lang", "text"), ZERO_FEE)
def test_zero_percent_fee_is_none(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FEE) is False


@pytest.mark.parametrize(("lang", "text"), QUESTION)
def test_question_is_no_answer(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(("lang", "text"), ADMIN_FEE)
def test_administrative_fee_is_restocking_fee(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FEE) is True


@pytest.mark.parametrize("text", PT_SHOP)
def test_pt_shop_by_name_pays(text: str) -> None:
    assert extract_returns_terms(text, "pt").get(FREE) is True


# The rules do not reach too far.
REACH_FREE = [
    # "only" before the cost, about the customer's own damage: not the shop paying for faults.
    (
        "de",
        "Stellen wir nur vom Käufer verursachte Mängel fest, trägt der Käufer die Kosten.",
        None,
    ),
    # The outbound shipping refunded only on the shop's error: not the return's cost.
    (
        "fr",
        "Nous remboursons les frais de port uniquement si le retour résulte de notre erreur.",
        None,
    ),
    # A defect alone, no change of mind: about faulty goods only.
    # Round 23: a shop paying for faulty goods only implies the customer pays an ordinary return
    # (LABELLING.md, 'we pay the return shipping if the error is ours': false).
    ("pt", "Em caso de defeito, o frete de devolução é por nossa conta.", False),
    # A class title not negated still scopes what follows.
    (
        "pt",
        "Produtos personalizados\nOs custos da devolução são da responsabilidade do cliente.",
        None,
    ),
    # The costs first, then the verb, and the customer (by any noun) as subject: not the shop.
    ("de", "Die Kosten der Rücksendung trägt der Konsument.", False),
    ("de", "Die Rücksendekosten trägt grundsätzlich der Kunde.", False),
    ("de", "Die Kosten der Rücksendung trägt der:die Kund:in.", False),
    ("nl", "De kosten van de retourzending betaalt de klant.", False),
    ("pl", "Koszt zwrotu towaru ponosi nabywca.", False),
    # A store as the only free channel: it depends on the channel.
    ("nl", "Gratis retour in de winkel.", None),
    # The customer (or the sender) after a comma is no shop.
    ("it", "Per ogni reso, il cliente sostiene le spese di spedizione del reso.", False),
    ("fr", "Pour chaque retour, le client prend en charge les frais de retour.", False),
    ("pl", "Koszty zwrotu towaru pokrywa nadawca przesyłki.", False),
    # The shipping for the return of defective goods only: said of faulty goods.
    # Round 23: a shop paying for faulty goods only implies the customer pays an ordinary return
    # (LABELLING.md, 'we pay the return shipping if the error is ours': false).
    ("en", "We cover the shipping costs for the return of defective items.", False),
    # A class not refused still scopes its sentence.
    ("en", "For personalised items, return shipping costs are paid by the customer.", None),
    # A statement, not a question.
    ("it", "Il reso è sempre gratuito.", True),
    # Borne by the customer, not the shop.
    ("pt", "Os custos de devolução são integralmente arcados pelo cliente.", False),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REACH_FREE)
def test_free_rules_do_not_reach_too_far(lang: str, text: str, expected: bool | None) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is expected


REACH_FEE = [
    ("en", "Restocking fee: 15% of the purchase price on every return.", True),
    ("en", "A restocking fee of 10% applies to opened items.", True),
    ("en", "Returns are accepted within 30 days of delivery.", None),
    # A fee named for restocking on exchanged items is still one.
    ("en", "A 7.99 USD restocking fee applies to each item being exchanged.", True),
    ("it", "Le spese amministrative dell'ordine non sono rimborsabili.", None),
    # A contribution to the (outbound) shipping costs is postage, not a fee.
    ("it", "Per ogni reso è richiesto un contributo spese di spedizione di 5 EUR.", None),
    ("es", "Cada devolución tiene una participación en los gastos de envío de 5 EUR.", None),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REACH_FEE)
def test_fee_rules_do_not_reach_too_far(lang: str, text: str, expected: bool | None) -> None:
    assert extract_returns_terms(text, lang).get(FEE) is expected
