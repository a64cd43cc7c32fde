"""Who pays for a return, round 17: word classes completed for every language rather than the
wording one batch showed. "The customer pays the return, except for defective goods. In these
cases we pay": the shop's paying after a pointer to the cases ("in these cases", "dans ce cas",
"in diesen Fällen") is said of the faults the sentence before named, so ordinary returns stay
the customer's; a title naming returns for a defect "or" another fault ("Returns for defects or
wrong items") is a faults' title, the join after the defect listing faults, not joining ordinary
returns; a short line in a list led by a colon ("We accept returns if:" + "It is not a
personalised order") is one of its conditions, not a title scoping what follows; the return's
costs charged to the shop by its name ("ficam por conta da Loja X", "à la charge de Boutique X")
make it free; a short question about faulty goods ("What if my item is faulty?") heads its
answer as a "Faulty goods" title does, until the next question; a question ("Is the return at
my expense?") says nothing itself; a short line saying a restocking fee may apply ("Restocking
fees may apply") states one, it is no title; the costs that "may be the customer's
responsibility" are hedged; the customer by another of its names ("the client", "der Erwerber",
"de afnemer", "Zamawiający", plural "les clients"). The sentences are made up, one idiom each;
the last tests check the rules do not reach too far."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"
FEE = "returns.restocking_fee"

# The shop pays "in these cases", the cases being the faults named just before: not free.
FAULT_CASES = [
    (
        "en",
        "Return postage is paid by the customer, except for faulty items. In these cases we cover "
        "the return postage.",
    ),
    (
        "en",
        "The buyer pays for returns unless the goods are defective. In such cases, the shop pays "
        "the return shipping.",
    ),
    (
        "fr",
        "Les frais de retour sont à la charge du client, sauf en cas d'article défectueux. Dans "
        "ces cas, nous prenons en charge les frais de retour.",
    ),
    (
        "fr",
        "Le retour est aux frais de l'acheteur, sauf produit défectueux. Dans ce cas, la boutique "
        "rembourse les frais de retour.",
    ),
    (
        "de",
        "Die Kosten der Rücksendung trägt der Kunde, außer bei mangelhafter Ware. In diesen "
        "Fällen übernehmen wir die Rücksendekosten.",
    ),
    (
        "es",
        "Los gastos de devolución corren a cargo del cliente, salvo en caso de producto "
        "defectuoso. En estos casos, nosotros asumimos los gastos de devolución.",
    ),
    (
        "it",
        "Le spese di restituzione sono a carico del cliente, salvo in caso di prodotto difettoso. "
        "In questi casi le spese di restituzione sono a nostro carico.",
    ),
    (
        "nl",
        "De retourkosten zijn voor de klant, behalve bij een defect artikel. In die gevallen "
        "betalen wij de retourkosten.",
    ),
    (
        "pt",
        "Os custos de devolução são por conta do cliente, exceto em caso de defeito. Nestes "
        "casos, nós pagamos os custos de devolução.",
    ),
    (
        "pl",
        "Koszty zwrotu ponosi klient, z wyjątkiem wadliwego towaru. W takich przypadkach "
        "pokrywamy koszty zwrotu.",
    ),
]

# A title over returns for a defect or another fault: what follows is said of faults only.
FAULTS_TITLE = [
    ("en", "Returns for defects or wrong items\nReturn shipping is on us."),
    ("pt", "Devolução por defeito ou produto errado\nO frete de retorno é por nossa conta."),
    ("de", "Rücksendung wegen Defekt oder Falschlieferung\nDie Rücksendekosten übernehmen wir."),
    ("es", "Devolución por producto defectuoso o erróneo\nLa devolución es gratuita."),
    (
        "it",
        "Reso per difetto o errore di spedizione\nLe spese di restituzione sono a nostro carico.",
    ),
    ("fr", "Retour pour défaut ou erreur de livraison\nLes frais de retour sont à notre charge."),
]

# A short line in a list led by a colon is a condition, not a title over the next sentence.
LIST_CONDITION = [
    (
        "es",
        "Aceptamos devoluciones dentro de 30 días si:\nEl producto está en perfecto estado\nNo es "
        "un pedido personalizado\nEl cliente paga los gastos de envío de la devolución.",
    ),
    (
        "en",
        "We take returns within 30 days if:\nThe item is unused\nIt is not a personalised "
        "order\nThe customer pays the return shipping.",
    ),
    (
        "fr",
        "Nous acceptons les retours sous 14 jours si :\nL'article est neuf\nCe n'est pas un "
        "article personnalisé\nLes frais de retour sont à la charge du client.",
    ),
    (
        "it",
        "Accettiamo resi entro 14 giorni se:\nIl prodotto è integro\nNon è un prodotto "
        "personalizzato\nLe spese di restituzione sono a carico del cliente.",
    ),
]

# The customer by another of its names.
OTHER_NAMES = [
    ("en", "The cost of return shipping is the responsibility of the client."),
    ("en", "Shoppers pay the return postage."),
    ("de", "Die Kosten der Rücksendung trägt der Erwerber."),
    ("es", "Los gastos de devolución corren a cargo del adquiriente."),
    ("nl", "De retourkosten zijn voor rekening van de afnemer."),
    ("nl", "De retourkosten worden gedragen door de opdrachtgever."),
    ("pl", "Koszty zwrotu ponosi Zamawiający."),
    ("fr", "Les frais de retour sont à la charge des clients."),
]


@pytest.mark.parametrize(("lang", "text"), FAULT_CASES)
def test_shop_pays_in_the_fault_cases_only(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(("lang", "text"), FAULTS_TITLE)
def test_title_of_faults_joined_by_or(lang: str, text: str) -> None:
    # Round 23: the shop paying under a faults title may read as not free (LABELLING.md: the
    # customer pays an ordinary return); it is never read as free.
    assert extract_returns_terms(text, lang).get(FREE) is not True


@pytest.mark.parametrize(("lang", "text"), LIST_CONDITION)
def test_list_condition_is_no_title(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(("lang", "text"), OTHER_NAMES)
def test_customer_by_another_name(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


# The return's costs charged to the shop by a word naming it: free. (A rule for any name but a
# customer word was dropped after a review: "à la charge de ce dernier", "a cargo de la persona
# compradora" name the customer in words no list holds.)
SHOP_BY_NAME = [
    ("pt", "Os portes de devolução ficam por conta da Loja Bela."),
    ("es", "Los gastos de devolución corren a cargo de la tienda."),
    ("it", "Le spese di restituzione sono a carico del negozio."),
]


@pytest.mark.parametrize(("lang", "text"), SHOP_BY_NAME)
def test_costs_charged_to_the_shop_by_name(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is True


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les frais de retour sont à la charge de ce dernier."),
        ("es", "Los gastos de devolución son a cargo de la persona compradora."),
    ],
)
def test_costs_charged_to_the_customer_in_other_words_are_not_free(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is not True


# A short question about faulty goods heads its answer, as a "Faulty goods" title does.
DEFECT_QUESTION = [
    (
        "de",
        "Was, wenn mein Artikel defekt ist?\nDann übernehmen wir die Rücksendekosten.\nWer trägt "
        "die Rücksendekosten?\nDer Käufer trägt die Rücksendekosten.",
    ),
    (
        "fr",
        "Est-ce que le retour est à ma charge ?\nOui, les frais de retour sont à la charge du "
        "client.",
    ),
    (
        "it",
        "Il cliente paga le spese di restituzione.\nCosa succede se il prodotto è difettoso?\nLe "
        "spese di restituzione sono a carico di Negozio Luna.",
    ),
    (
        "en",
        "The customer pays the return shipping.\nWhat if my item is faulty?\nThe return shipping "
        "is on us.",
    ),
    (
        "fr",
        "Les frais de retour sont à la charge du client.\nEt si mon article est défectueux ?\nLes "
        "frais de retour sont à notre charge.",
    ),
    (
        "es",
        "El cliente paga los gastos de devolución.\n¿Y si el producto es defectuoso?\nLos gastos "
        "de devolución corren de nuestra cuenta.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DEFECT_QUESTION)
def test_defect_question_heads_its_answer(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


# A short line saying a fee may apply is a hedged statement of one, not a title.
HEDGED_FEE_LINE = [
    ("en", "Restocking fees may apply\nShipping fees are non-refundable"),
    ("de", "Eine Bearbeitungsgebühr kann anfallen\nVersandkosten werden nicht erstattet"),
    ("fr", "Des frais de restockage peuvent s'appliquer\nLes frais de port ne sont pas remboursés"),
    ("es", "Puede aplicarse una tarifa de reposición\nLos gastos de envío no se reembolsan"),
    (
        "it",
        "Può applicarsi una commissione di riassortimento\nLe spese di spedizione non sono "
        "rimborsabili",
    ),
    ("pt", "Poderá ser cobrada uma taxa de reposição de stock\nOs portes não são reembolsáveis"),
    ("pl", "Może zostać naliczona opłata manipulacyjna\nKoszty wysyłki nie podlegają zwrotowi"),
]


@pytest.mark.parametrize(("lang", "text"), HEDGED_FEE_LINE)
def test_hedged_fee_line_is_no_title(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FEE) is True


def test_fee_title_still_says_nothing() -> None:
    assert extract_returns_terms("Restocking fees\nReturns are welcome.", "en").get(FEE) is None


# The costs that "may be the customer's responsibility": a hedge, which alone says nothing.
HEDGED_PAYER = [
    ("en", "Return shipping costs may be the responsibility of the customer."),
    ("pt", "Os custos de envio da devolução poderão ser da responsabilidade do cliente."),
    ("es", "Los gastos de devolución podrán correr a cargo del cliente."),
    ("fr", "Les frais de retour peuvent être à la charge du client."),
    ("it", "Le spese di restituzione potranno essere a carico del cliente."),
    ("de", "Die Rücksendekosten können unter Umständen zu Lasten des Kunden gehen."),
    ("nl", "De retourkosten kunnen voor rekening van de klant komen."),
    ("pl", "Kosztami zwrotu może zostać obciążony klient."),
    # 2026-12-05: batch 30's English hedge, which the reader had read as the customer paying.
    ("en", "Return shipping may be at your expense unless the product was incorrect."),
    ("en", "Return postage might be at the customer's own cost."),
]


@pytest.mark.parametrize(("lang", "text"), HEDGED_PAYER)
def test_costs_that_may_be_the_customers(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is None


# Not too far: "in this case" after a sentence with no defect still points to an ordinary
# return; a title joining returns AND defects is both's; a title after a full sentence is one.
GUARDS = [
    (
        "en",
        "You may send the item back within 30 days. In this case we pay the return shipping.",
        True,
    ),
    ("fr", "Vous pouvez changer d'avis sous 14 jours. Dans ce cas, le retour est gratuit.", True),
    ("en", "Returns and defects\nReturn shipping is on us.", True),
    ("pt", "Devoluções e defeitos\nO frete de retorno é por nossa conta.", True),
    ("en", "Return shipping costs are the responsibility of the customer.", False),
    ("en", "Return shipping is at your expense.", False),
    ("fr", "Les frais de retour sont à la charge du client.", False),
    ("pt", "Os portes de devolução ficam por conta do comprador.", False),
    ("es", "Los gastos de devolución corren a cargo del cliente.", False),
    ("it", "Le spese di restituzione sono a carico del cliente.", False),
    ("fr", "Les frais de retour sont à la charge de l'acheteur.", False),
    (
        "en",
        "Returns within 30 days are welcome.\nPersonalised items\nThe customer pays the return "
        "shipping.",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GUARDS)
def test_rules_do_not_reach_too_far(lang: str, text: str, expected: bool | None) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is expected
