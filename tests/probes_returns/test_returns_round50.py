"""Returns round 50 (2026-12-05, fourth session; from batches 78-83, once tuned): two readings
brought in line with tests/data/LABELLING.md, each gaining on the tuned set and losing nothing.

- A refund "less the original shipping" keeps the first delivery's charge, which is no return
  cost ("Not refunding the original delivery is not a return cost"): en "less original shipping
  charge", de "abzüglich der ursprünglichen Versandkosten", nl "minus de originele
  verzendkosten", es "menos los gastos de envío originales", it "meno le spese di spedizione
  iniziali" (and fr, pt) say nothing of who pays; "less shipping costs" still does (+1 on 4,834
  tuned policies).
- Costs that "may be borne (paid, covered) by" the customer, a passive after "may" (pt "poderão ser
  arcados", es "podrán ser asumidos", it "potranno essere sostenute"), are a hedge: alone they say
  nothing of who pays (+1; one older label, es-anibeat, read "podrá ser asumido" as the customer
  paying before the hedge rule was settled and was relabelled to it).

Cases are (language, text, expected free returns). Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"

CASES = [
    # the original delivery kept: nothing said of the return's cost
    (
        "en",
        "Returns\nYou may return items within 30 days. Refunds (less original shipping charge) "
        "appear within 5 days.",
        None,
    ),
    (
        "de",
        "Rückgabe\nSie können die Ware binnen 14 Tagen zurückgeben. Wir erstatten den Kaufpreis "
        "abzüglich der ursprünglichen Versandkosten.",
        None,
    ),
    (
        "nl",
        "Retourneren\nJe kunt binnen 14 dagen retourneren. We betalen het bedrag terug minus de "
        "originele verzendkosten.",
        None,
    ),
    (
        "es",
        "Devoluciones\nTienes 14 días para devolver. Reembolsamos el importe menos los gastos de "
        "envío originales.",
        None,
    ),
    (
        "it",
        "Resi\nHai 14 giorni per il reso. Rimborseremo l'importo meno le spese di spedizione "
        "iniziali.",
        None,
    ),
    # shipping taken off the refund, not called the original delivery: the return costs
    (
        "en",
        "Returns\nYou may return items within 30 days. Refunds are issued less shipping costs.",
        False,
    ),
    # a passive "may be borne by": a hedge, alone it says nothing
    (
        "pt",
        "Devoluções\nVocê tem 7 dias para devolver. Os custos de devolução poderão ser arcados "
        "pelo cliente.",
        None,
    ),
    (
        "es",
        "Devoluciones\nTienes 14 días para devolver. Los gastos de devolución podrán ser asumidos "
        "por el cliente.",
        None,
    ),
    (
        "it",
        "Resi\nHai 14 giorni per il reso. Le spese di reso potranno essere sostenute dal cliente.",
        None,
    ),
    # beside a plain statement, the plain one answers
    (
        "pt",
        "Devoluções\nVocê tem 7 dias para devolver. O frete de devolução é por conta do cliente. "
        "Outros custos poderão ser arcados pelo cliente.",
        False,
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_round50(lang: str, text: str, expected: bool | None) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is expected
