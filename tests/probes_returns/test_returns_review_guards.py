"""Guards from the review of returns round 15 (window part): made-up policies a rule of round 15
reached too far into. Each reads right (as the reader before round 15 read them); the rule's
purpose stays tested in tests/probes_returns/test_returns_window_round15.py."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms
from probes.returns_terms_text import split_sentences

WINDOW = "returns.window_days"
REFUND = "returns.refund_days_stated"

# A class by value or by a paid option is searched for only in the duration's own clause: a
# free-shipping threshold or an option in an earlier clause of the sentence names no class.
EARLIER_CLAUSE = [
    (
        "en",
        "We ship free on orders over €50, and you can return any item within 30 days. You have "
        "the legal right to withdraw within 14 days.",
    ),
    (
        "fr",
        "Livraison offerte pour toute commande d'une valeur supérieure à 50 €, et vous pouvez "
        "retourner tout article sous 30 jours. Vous disposez du droit légal de rétractation de "
        "14 jours.",
    ),
    (
        "es",
        "Envío gratis en pedidos con un importe superior a 50 €, y puede devolver cualquier "
        "artículo en 30 días. Tiene el derecho legal de desistimiento de 14 días.",
    ),
    (
        "de",
        "Bestellungen über 50 € versenden wir kostenlos, und Sie können sie innerhalb von 30 "
        "Tagen zurücksenden. Ihr gesetzliches Widerrufsrecht beträgt 14 Tage.",
    ),
    (
        "en",
        "If you selected the express option at checkout, delivery is next day, and you can "
        "return any item within 30 days. You have the legal right to withdraw within 14 days.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), EARLIER_CLAUSE)
def test_window_value_class_only_in_its_clause(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


# "value", "price", "worth" as words, not the end of another ("Wordsworth over £10").
def test_window_value_word_is_a_word() -> None:
    text = (
        "Books from the Wordsworth over £10 range can be returned within 30 days. You have the "
        "legal right to withdraw within 14 days."
    )
    assert extract_returns_terms(text, "en").get(WINDOW) == 30


# A period counted from the return's registration or approval is the time to send the goods
# back, not a refund's.
FROM_REGISTRATION = [
    ("en", "The parcel must be sent within 14 days of return registration.", 14),
    ("en", "You can send items back within 30 days after the return is approved.", 30),
    (
        "de",
        "Bitte senden Sie die Ware innerhalb von 14 Tagen nach der Retoure-Anmeldung zurück.",
        14,
    ),
    (
        "de",
        "Die Ware ist innerhalb von 14 Tagen nach der Rücksendung genehmigt zurückzusenden.",
        14,
    ),
]


@pytest.mark.parametrize(("lang", "text", "days"), FROM_REGISTRATION)
def test_window_counted_from_registration(lang: str, text: str, days: int) -> None:
    terms = extract_returns_terms(text, lang)
    assert terms.get(WINDOW) == days
    assert terms.get(REFUND) is None


def test_window_counted_from_approval_beside_a_refund() -> None:
    text = (
        "Please send the item back within 14 days of the return being approved. Refunds are "
        "made within 5 days."
    )
    terms = extract_returns_terms(text, "en")
    assert terms.get(WINDOW) == 14
    assert terms.get(REFUND) == 5


# French "avoir": "l'avoir de 20 €" is a credit note (a refund's time); "en avoir" is the verb.
def test_window_credit_note_with_its_amount() -> None:
    text = (
        "Vous pouvez retourner l'article sous 30 jours. L'avoir de 20 € vous est envoyé sous "
        "5 jours."
    )
    terms = extract_returns_terms(text, "fr")
    assert terms.get(WINDOW) == 30
    assert terms.get(REFUND) == 5


def test_window_en_avoir_is_the_verb() -> None:
    text = (
        "Vous pouvez retourner l'article sous 30 jours. Vous pouvez en avoir un nouveau sous "
        "5 jours."
    )
    terms = extract_returns_terms(text, "fr")
    assert terms.get(WINDOW) == 30
    assert terms.get(REFUND) is None


# An ordinal's full stop joins only a day, week or month word ("am 14. Tag"), not "Wochenende"
# or "Dziekujemy" (thanks, written without its accent).
ORDINAL_END = [
    ("de", "Lieferung gemäß Ziffer 14. Wochenende und Feiertage sind ausgenommen."),
    ("pl", "Zwrot zgodnie z pkt 14. Dziekujemy za zakupy."),
]


@pytest.mark.parametrize(("lang", "text"), ORDINAL_END)
def test_window_ordinal_stop_before_another_word(lang: str, text: str) -> None:
    assert len(split_sentences(text, lang)) == 2


# Round 16's own-window rules (probes/returns_window_own.py). A warranty the shop extends stays
# a warranty ("we extend the warranty to 90 days" is no return window beside the 30 days).
EXTENDED_WARRANTY = [
    ("en", "You can return items within 30 days. We extend the warranty to 90 days on all bikes."),
    (
        "fr",
        "Vous pouvez retourner l'article sous 30 jours. Nous prolongeons la garantie à 90 jours.",
    ),
    (
        "de",
        "Sie können Artikel innerhalb von 30 Tagen zurückgeben. Wir verlängern die Garantie auf "
        "90 Tage.",
    ),
    ("es", "Puede devolver los artículos en 30 días. Ampliamos la garantía a 90 días."),
    ("it", "Puoi restituire gli articoli entro 30 giorni. Estendiamo la garanzia a 90 giorni."),
    (
        "nl",
        "Je kunt artikelen binnen 30 dagen retourneren. Wij verlengen de garantie naar 90 dagen.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), EXTENDED_WARRANTY)
def test_window_extended_warranty_stays_a_warranty(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(WINDOW) == 30


# A refund counted from the goods' arrival is the refund's time, whatever "to request a refund"
# follows it.
def test_window_refund_time_before_asking_for_a_refund() -> None:
    text = (
        "You can return items within 30 days. Our refunds are issued within 10 days of receiving "
        "the goods, with no need to contact us to request a refund."
    )
    terms = extract_returns_terms(text, "en")
    assert terms.get(WINDOW) == 30
    assert terms.get(REFUND) == 10


# The standard period of something else ("Standard deadline for delivery") is no return window.
def test_window_standard_of_another_period() -> None:
    text = (
        "Standard deadline for delivery: 5 days. Returns are accepted within 30 days of delivery."
    )
    assert extract_returns_terms(text, "en").get(WINDOW) == 30
