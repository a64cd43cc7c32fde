"""Who pays for a return and the restocking fee, in the wording families the thirteenth unseen
batch (`returns/policies_37.yaml`) showed the reader missing: a fee a return "may be subject to",
or charged depending on the goods' condition, is a fee on some returns only (free returns
unknown); "there are no return costs" says the return is free; a (service) fee for cleaning the
goods is a restocking fee (tests/data/LABELLING.md); a sole trader's "at my expense" is the
shop's; "the only costs charged to you are those of sending the product back" says the customer
pays; a bounced cheque's processing charge is a payment's, no return's; a free delivery the order
had ("if your order had free shipping") is no free return; a line led by a pictograph starts a
sentence of its own. The sentences are made up, one idiom each; the last tests check the rules do
not reach too far."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"
FEE = "returns.restocking_fee"

# A fee the return "may be subject to": a fee that may apply, on some returns only.
MAY_BE_SUBJECT = [
    ("de", "Jede Rücksendung kann einer Wiedereinlagerungsgebühr von 15 % unterliegen."),
    ("fr", "Chaque retour peut être soumis à des frais de restockage de 20 %."),
    ("es", "Cada devolución puede estar sujeta a una tasa de reposición del 20%."),
    ("it", "Ogni reso può essere soggetto a una commissione di rimagazzinaggio del 10%."),
    ("nl", "Elke retour kan onderhevig zijn aan een herbevoorradingskosten van 15%."),
    ("pt", "Cada devolução pode estar sujeita a uma taxa de reposição de 10%."),
    ("pl", "Każdy zwrot może podlegać opłacie 10% za ponowne magazynowanie."),
]

# A fee charged depending on the returned goods' condition: on some returns only.
BY_CONDITION = [
    (
        "en",
        "Returned goods are charged a 20% restocking fee depending on the condition of the item.",
    ),
    ("de", "Je nach Zustand der Ware berechnen wir eine Wiedereinlagerungsgebühr von 10 %."),
    ("es", "Se aplicará una tasa de reposición del 15% según el estado del artículo devuelto."),
    ("pt", "Aplicamos uma taxa de reposição de 10% dependendo do estado do artigo devolvido."),
]

# "There are no return costs": the return is free.
NO_RETURN_COSTS = [
    ("en", "Is there a charge?\nThere are no return costs."),
    ("de", "Es entstehen Ihnen keine Rücksendekosten."),
    ("es", "No hay gastos de devolución para nuestros clientes."),
    ("it", "Non ci sono spese di reso per i nostri clienti."),
    ("nl", "Er zijn geen retourkosten voor onze klanten."),
    ("pt", "Quanto custa?\nNão há custos de devolução"),
    ("pl", "Nie ma żadnych kosztów zwrotu."),
]

# A (service) fee for cleaning the goods: a restocking fee.
CLEANING_FEE = [
    (
        "de",
        "Verschmutzte Artikel können wir nur gegen eine Servicegebühr für die Reinigung "
        "zurücknehmen.",
    ),
    ("de", "Für verschmutzte Rücksendungen berechnen wir eine Reinigungspauschale."),
    ("fr", "Pour un article sale retourné, des frais de nettoyage seront facturés."),
    ("es", "Si el artículo devuelto está sucio cobraremos una tasa de limpieza."),
    ("it", "Per un articolo reso sporco addebiteremo le spese di pulizia."),
    ("nl", "Voor een vuil geretourneerd artikel rekenen wij schoonmaakkosten."),
    ("pt", "Para artigos devolvidos sujos cobramos uma taxa de limpeza."),
    ("pl", "Za zabrudzony zwracany towar pobieramy opłatę za czyszczenie."),
]

# A sole trader writing in the first person: the shop pays.
MY_EXPENSE = [
    ("en", "Returned goods are sent back at my expense."),
    ("de", "Die Rücksendung erfolgt auf meine Kosten."),
    ("fr", "Le retour des articles se fait à mes frais."),
    ("it", "Il reso della merce avviene a mie spese."),
    ("nl", "Het retourneren van de artikelen gebeurt op mijn kosten."),
    ("pt", "A devolução dos artigos fica por minha conta."),
]

# "The only costs charged to you are those of sending the product back": the customer pays.
ONLY_COSTS = [
    (
        "it",
        "In caso di recesso, le uniche spese che ti saranno richieste sono quelle di "
        "spedizione del prodotto.",
    ),
    ("en", "If you change your mind, the only cost charged to you is shipping the item back."),
]

# A bounced cheque's processing charge: a payment's, no return's fee.
BOUNCED_CHEQUE = [
    ("en", "Returned checks are subject to a $30 processing charge."),
    ("en", "A bounced check incurs a processing fee of 25 dollars."),
    ("de", "Für jede Rücklastschrift berechnen wir eine Bearbeitungsgebühr von 5 EUR."),
]

# A free delivery the order had: the outbound delivery's, no free return.
HAD_FREE_DELIVERY = [
    (
        "en",
        "Returns\nWe take the original delivery cost off your refund. This also applies if "
        "your order had free shipping.",
    ),
]

# A line led by a pictograph starts anew: not part of the list item above it.
NEW_LINES = [
    (
        "de",
        "Nicht zurückgenommen werden:\n* Maßanfertigungen oder gravierte Artikel\n📦 Die Kosten "
        "der Rücksendung trägst du, sofern kein Fehler unsererseits vorliegt.",
        False,
    ),
    (
        "en",
        "Not returnable:\n- custom-made or engraved items\n📦 You pay the return shipping unless "
        "we made an error.",
        False,
    ),
]


@pytest.mark.parametrize(("lang", "text"), MAY_BE_SUBJECT + BY_CONDITION)
def test_fee_on_some_returns(lang: str, text: str) -> None:
    terms = extract_returns_terms(text, lang)
    assert terms.get(FEE) is True
    assert terms.get(FREE) is None


@pytest.mark.parametrize(("lang", "text"), NO_RETURN_COSTS + MY_EXPENSE)
def test_return_free(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is True


@pytest.mark.parametrize(("lang", "text"), CLEANING_FEE)
def test_cleaning_fee(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FEE) is True


@pytest.mark.parametrize(("lang", "text"), ONLY_COSTS)
def test_only_costs_are_the_return(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(("lang", "text"), BOUNCED_CHEQUE + HAD_FREE_DELIVERY)
def test_no_return_cost(lang: str, text: str) -> None:
    terms = extract_returns_terms(text, lang)
    assert terms.get(FEE) is None
    assert terms.get(FREE) is None


@pytest.mark.parametrize(("lang", "text", "free"), NEW_LINES)
def test_line_starts_anew(lang: str, text: str, free: bool) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is free


# The rules reach no further: a fee on every return still makes it cost; a plain free return;
# "check" as a verb; a free return beside a free delivery; a list before a plain line.
REACH = [
    ("en", "Every return is charged a 15% restocking fee.", {FEE: True, FREE: False}),
    (
        "es",
        "Todas las devoluciones tienen una tasa de reposición del 10%.",
        {FEE: True, FREE: False},
    ),
    ("de", "Die Rücksendung ist kostenlos.", {FREE: True}),
    (
        "en",
        "Our customers check every parcel. A 10% restocking fee applies to all returns.",
        {FEE: True},
    ),
    ("en", "Returns are free of charge, even if your order had free shipping.", {FREE: True}),
    ("en", "A processing fee of 10% applies to every return.", {FEE: True, FREE: False}),
    (
        "de",
        "Die Rücksendekosten trägt der Käufer. Es entstehen keine weiteren Gebühren.",
        {FREE: False},
    ),
    ("it", "Le spese di restituzione sono a carico del cliente.", {FREE: False}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REACH)
def test_reach(lang: str, text: str, expected: dict[str, bool]) -> None:
    terms = extract_returns_terms(text, lang)
    for metric, value in expected.items():
        assert terms.get(metric) is value


def test_bracketed_title_joins_its_sentence() -> None:
    text = (
        "📦 1. Widerrufsrecht (§ 312g BGB)\nSie können die Ware innerhalb von 14 Tagen zurückgeben."
    )
    assert extract_returns_terms(text, "de").get("returns.window_days") == 14


# A pointer back ("in this case") followed by a refund in a clause of its own still points back
# to the return named before; a refund kept in the pointer's own clause still keeps it.
POINTING_BACK = [
    (
        "es",
        "Si quiere devolver el pedido por cambio de opinión, escríbanos. En este caso, los costes "
        "de envío corren a cargo del cliente y solo se reembolsará el precio del producto.",
        False,
    ),
    (
        "en",
        "If you want to return the goods, tell us. In this case the shipping costs are paid by "
        "the customer and only the item price will be refunded.",
        False,
    ),
]


@pytest.mark.parametrize(("lang", "text", "free"), POINTING_BACK)
def test_points_back_over_a_refund_clause(lang: str, text: str, free: bool) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is free


def test_refund_in_the_pointers_clause_keeps_it() -> None:
    text = "You may send the goods back. These costs are refunded to you."
    assert extract_returns_terms(text, "en").get(FREE) is not False
