"""Returns round 25 (from batch 25's misreads, 2026-12-04): a verb of returning with its pronoun
joined ("restituirla gratuitamente", "devolverlo gratis") says the return is free; a free exchange
said where no return is named, on a page that also refunds ("Trocas: sem
custos de envio" + "O reembolso é processado ..."), says nothing of what a return costs.
A modal negation before the verb ("you cannot return it for free") was tried and withdrawn after
review 51 (test_returns_review51.py). Sentences made up (it-sewluxe, pt-dipast, en-locoxo read so
since)."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"

# (language, text, free_returns expected)
CASES: list[tuple[str, str, bool | None]] = [
    ("it", "Hai 30 giorni per restituirla gratuitamente e ricevere il rimborso.", True),
    ("it", "Puoi restituirlo gratis entro 14 giorni.", True),
    ("es", "Tienes 30 días para devolverlo gratuitamente.", True),
    ("es", "Puedes devolverlos sin costo dentro de 30 días.", True),
    ("en", "You can return it for free.", True),
    # A free exchange beside refunds: nothing said of a return's cost.
    (
        "pt",
        "Trocas e Devoluções\nDevoluções: O reembolso é processado em 5 dias.\n"
        "Trocas: Podes trocar por outro tamanho sem custos de envio adicional.",
        None,
    ),
    (
        "en",
        "Refunds are issued within 10 days.\nExchanges: free exchange shipping on all orders.",
        None,
    ),
    # Guard: a free return named beside the exchange.
    ("en", "We offer free returns or exchanges within 30 days. Refunds go to your card.", True),
]


@pytest.mark.parametrize(("lang", "text", "free"), CASES, ids=lambda v: str(v)[:40])
def test_round25(lang: str, text: str, free: bool | None) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is free
