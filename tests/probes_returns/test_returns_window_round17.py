"""Families of window wordings the sixteenth returns batch showed the reader missing at its first
run, completed for every language where the wording exists (round 17). The sentences are made
up, one idiom each.

- A question naming a defect ("What if my item arrives damaged?") over a sentence naming no
  period's keyword ("Contact us within 14 days of delivery."): the defect's period, a warranty's,
  not the window beside the change-of-mind window; a question about something else does not.
- A row of three cells or more joined by bars, a table flattened into text: a block of its own,
  never wrapped into the line after it.
- The withdrawal's verb in es, fr and pt ("podrá retractarse", "rétractez-vous", "retrate-se"):
  the withdrawal period, even under a heading naming the warranty too.
"""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

WINDOW = "returns.window_days"

# 30 days to change one's mind; a question about a damaged item, then 14 days from delivery to
# get in touch: the window is 30.
DEFECT_ASKED = [
    (
        "en",
        "You may return any item within 30 days of delivery without giving a reason.\n"
        "What if my item arrives damaged?\n"
        "Contact us within 14 days of delivery with a photo.",
    ),
    (
        "de",
        "Sie können jeden Artikel innerhalb von 30 Tagen ab Lieferung ohne Angabe von Gründen "
        "zurücksenden.\nWas tun, wenn mein Artikel beschädigt ankommt?\n"
        "Kontaktieren Sie uns innerhalb von 14 Tagen ab Lieferung mit einem Foto.",
    ),
    (
        "fr",
        "Vous pouvez retourner tout article sous 30 jours après la livraison sans motif.\n"
        "Que faire si mon article arrive endommagé ?\n"
        "Contactez-nous sous 14 jours après la livraison avec une photo.",
    ),
    (
        "es",
        "Puedes devolver cualquier artículo en un plazo de 30 días desde la entrega sin dar "
        "explicaciones.\n¿Qué pasa si mi artículo llega dañado?\n"
        "Contáctanos dentro de los 14 días desde la entrega con una foto.",
    ),
    (
        "it",
        "Puoi restituire qualsiasi articolo entro 30 giorni dalla consegna senza indicarne il "
        "motivo.\nCosa succede se il mio articolo arriva danneggiato?\n"
        "Contattaci entro 14 giorni dalla consegna con una foto.",
    ),
    (
        "nl",
        "Je kunt elk artikel binnen 30 dagen na levering zonder opgave van reden retourneren.\n"
        "Wat als mijn artikel beschadigd aankomt?\n"
        "Neem binnen 14 dagen na levering contact met ons op met een foto.",
    ),
    (
        "pt",
        "Pode devolver qualquer artigo no prazo de 30 dias após a entrega sem indicar o motivo.\n"
        "E se o meu artigo chegar danificado?\n"
        "Contacte-nos no prazo de 14 dias após a entrega com uma foto.",
    ),
    (
        "pl",
        "Możesz zwrócić każdy produkt w ciągu 30 dni od dostawy bez podania przyczyny.\n"
        "Co jeśli mój produkt dotrze uszkodzony?\n"
        "Skontaktuj się z nami w ciągu 14 dni od dostawy i prześlij zdjęcie.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DEFECT_ASKED)
def test_a_question_naming_a_defect_makes_the_answer_a_warranty(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


def test_a_question_about_returning_still_names_its_answer() -> None:
    text = "How long do I have to return an item?\nYou have 45 days from receipt."
    assert extract_returns_terms(text, "en").get(WINDOW) == 45


# The withdrawal's verb, under a heading naming the warranty too: the window is 10.
RETRACT = [
    (
        "es",
        "Retracto y garantías\n"
        "El comprador podrá retractarse dentro de los 10 días hábiles siguientes a la entrega.",
    ),
    (
        "fr",
        "Rétractation et garanties\n"
        "Rétractez-vous dans les 10 jours suivant la livraison, sans frais.",
    ),
    (
        "pt",
        "Desistência e garantias\n"
        "O cliente pode retratar-se no prazo de 10 dias a contar da entrega.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), RETRACT)
def test_the_withdrawal_verb_names_the_withdrawal(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 10


def test_a_portrait_is_no_withdrawal() -> None:
    text = "A fotografia retrata o produto. Entrega em até 10 dias úteis."
    assert extract_returns_terms(text, "pt").get(WINDOW) is None


# A row of cells joined by bars ("Return shipping | Paid by the customer | Plus handling
# costs"), then a line: the row is a block of its own, never wrapped into the line after it (its
# last cell's costs would make the next line's return a cost's).
CELLS = [
    (
        "en",
        "Return shipping | Paid by the customer | Plus handling costs\n"
        "Returns accepted within 240 hours (10 days) of delivery, refund issued once checked",
    ),
    (
        "de",
        "Rückversand | Zahlt der Kunde | Zuzüglich Versandkosten\n"
        "Rückgabe innerhalb von 10 Tagen ab Lieferung möglich, Erstattung nach Prüfung",
    ),
    (
        "pl",
        "Odesłanie | Płaci klient | Plus koszty wysyłki\n"
        "Zwrot towaru możliwy w ciągu 10 dni od dostawy, zwrot pieniędzy po sprawdzeniu",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CELLS)
def test_a_row_of_cells_is_not_wrapped_into_the_next_line(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 10


def test_a_line_with_one_bar_is_still_wrapped() -> None:
    text = "You may return items within 30 days | see below\nof delivery for a full refund."
    assert extract_returns_terms(text, "en").get(WINDOW) == 30
