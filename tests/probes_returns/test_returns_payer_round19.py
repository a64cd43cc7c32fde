"""Who pays, round 19 (from the eighteenth returns batch), as kept after review 34: "eventual"
before a loss or damage ("eventuais perdas", "éventuels dommages", "eventuelle Schäden") hedges
no cost, so a return whose costs are the customer's stays paid; "eventual" before the costs
themselves is still a hedge. (Review 34 removed the round's other who-pays rules: a return free
only when faulty read as not free, German and Dutch inverted word order, an operating fee.)"""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Os custos de envio da devolução são da responsabilidade do cliente, assim como "
         "eventuais perdas ou danos no transporte."),
        ("fr", "Les frais de retour sont à la charge du client, ainsi que les éventuels dommages "
         "survenus pendant le transport."),
        ("es", "Los gastos de devolución corren por cuenta del cliente, así como los eventuales "
         "daños durante el transporte."),
        ("de", "Die Kosten der Rücksendung trägt der Kunde, ebenso eventuelle Schäden beim "
         "Transport."),
    ],
)  # fmt: skip
def test_an_eventual_loss_hedges_no_cost(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Podem ser cobrados eventuais custos de devolução."),
        ("fr", "Des frais de retour éventuels peuvent s'appliquer."),
    ],
)
def test_eventual_costs_are_still_a_hedge(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is None
