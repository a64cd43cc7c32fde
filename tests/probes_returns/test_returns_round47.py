"""Returns round 47 (2026-12-05, third session; from batches 68 and 69, once tuned): two
structural mends of who pays, each gaining on the tuned set and losing nothing there.

- A refused return's cost ("returns that do not meet the conditions will not be accepted and may
  be sent back to the customer at his expense") says nothing of what an ordinary return costs:
  a sentence naming that cost and no other gives no answer, where it made the answer unknown
  beside a plain "the return shipping is the customer's". Review 70 narrowed it: a sentence that
  names another cost too ("If you refuse delivery or return the goods, the return shipping
  costs are yours") still makes it unknown (+1 on 4,521 tuned policies; +3 before the narrowing).
- A hedge after "as well as" ("oraz ewentualnego zmniejszenia wartości", "sowie eine etwaige
  Wertminderung") hedges the cost it names, not the return cost before it (+1).

Cases are (language, text, expected free returns). Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"

CASES = [
    # a plain customer-pays beside a refused return's cost: the customer pays
    (
        "it",
        "Resi\nGli articoli possono essere restituiti entro 14 giorni dalla consegna.\nLe spese di "
        "spedizione per il reso sono a carico del cliente.\nI resi non conformi non saranno "
        "accettati e potranno essere rispediti al cliente a sue spese.",
        False,
    ),
    (
        "pt",
        "Devoluções\nO frete da devolução é por conta do cliente.\nProdutos usados não serão "
        "aceitos e serão devolvidos ao cliente com despesas por sua conta.",
        False,
    ),
    # a free return beside a refused return's cost: the return is free
    (
        "it",
        "Resi\nIl reso è gratuito entro 30 giorni.\nI resi non conformi potranno essere rispediti "
        "al cliente a sue spese.",
        True,
    ),
    # a refused return's cost alone: nothing is said of an ordinary return
    (
        "it",
        "Resi\nI resi non conformi potranno essere rispediti al cliente a sue spese.",
        None,
    ),
    # the hedge after "as well as" is the second cost's
    (
        "pl",
        "Zwroty\nMają Państwo 14 dni na zwrot towaru.\nPonoszą Państwo wszelkie koszty zwrotu "
        "towaru oraz ewentualnego zmniejszenia wartości towaru.",
        False,
    ),
    (
        "en",
        "Returns\nYou have 30 days to return an item.\nYou bear the cost of returning the goods as "
        "well as any possible loss in value.",
        False,
    ),
    # a hedge on the return cost itself still hedges it
    (
        "en",
        "Returns\nYou have 30 days to return an item.\nYou may be charged the cost of returning "
        "the goods as well as the original shipping.",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_who_pays(lang: str, text: str, expected: bool | None) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is expected
