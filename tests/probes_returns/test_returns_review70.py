"""Review 70 of returns rounds 47-48 (2026-12-05; 5a543b7, cac2657): made-up snippets the new
code reads otherwise than tests/data/LABELLING.md (returns part) says, where the code before both
rounds (16bd043) read them right or no worse; beside them, guards the new code reads right. Each
case is (language, text, field, the values the labels allow). Cases the current code misreads
are strict xfails (`gap`); each gap's reason says what 16bd043 read.

1. Round 47 (`refused`, who pays): a sentence matching the `refused` phrases that ALSO says who
   pays every ordinary return ("if you refuse delivery or send the goods back, the return
   shipping is yours") is now silent: beside a "returns are free" elsewhere the page reads free,
   where it contradicts itself (null); the old "unsure" read it right.
2. Round 47 (`refused`): the same sentence as the page's only who-pays: `false` by the labels;
   new and old both read null (old no worse).
3. Round 47 (`_AND_CLAUSE` "as well as"): guards, a hedge after "as well as" that governs the
   return cost still hedges it (the hedge's clause names a cost or payer); two misses of the
   round's own aim (old no worse).
4. Round 48 (`_most_stated`): two periods for two product classes (or countries), one restated:
   `null` by the labels (it depends), now the restated one; old null.
5. Round 48: a general window stated once beside a class period stated twice: the general one by
   the labels, now the class period; old null (no worse).
6. Round 48: a return's processing time stated twice beside the window stated once: now the
   processing time; old null (no worse).
7. Round 48 guards: the model form's time to send quoted twice, refund times, exchange, faulty
   goods, damage report, a refund tier and a cancellation period repeated, read right.
After this review round 48 was withdrawn and round 47's `refused` narrowed to a sentence naming
no other cost (families 1, 4, 5 and 6 read right again; round 48's own kind is a gap again).
Sentences made up."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms
from tests.known_gaps import review_gap

WINDOW = "returns.window_days"
FREE = "returns.free_returns"

gap = review_gap("review 70")

REFUSED_FREE = (
    "a refused-and-ordinary who-pays is silent, so a 'returns are free' elsewhere wins over the "
    "contradiction (old None)"
)
REFUSED_ONLY = (
    "the refused-and-ordinary sentence is the page's only who-pays and says the customer pays "
    "(old None too)"
)
AS_WELL_MISS = "round 47's split misses this 'as well as' / 'sowie' (old None too)"
CLASSES = "two class or country periods, one restated, read as the window (old None)"
CLASS_OVER = "a class period restated outvotes the general window stated once (old None)"
PROCESSING = "a return's processing time stated twice read as the window (old None)"

CASES: list[object] = [
    # 1. Round 47: the refused sentence also says the ordinary return costs the customer; a free
    # return elsewhere: the page contradicts itself (null).
    (
        "en",
        "Returns\nReturns are free of charge within 30 days.\nIf you refuse delivery or return the "
        "goods, the return shipping costs are deducted from your refund.",
        FREE,
        {None},
    ),
    (
        "de",
        "Rückgabe\nDie Rücksendung ist für Sie kostenlos.\nBei Annahmeverweigerung oder "
        "Rücksendung tragen Sie die Kosten der Rücksendung.",
        FREE,
        {None},
    ),
    (
        "es",
        "Devoluciones\nLa devolución es gratuita.\nSi rechazas la entrega o devuelves el pedido, "
        "los gastos de envío de la devolución corren por tu cuenta.",
        FREE,
        {None},
    ),
    gap(
        "en",
        "Returns\nYou have 30 days to return an item.\nReturns are free of charge.\nItems are sent "
        "back to you at your own expense if you return them.",
        FREE,
        {None},
        REFUSED_FREE,
    ),
    # guard: a replacement sent at the customer's cost (a paid exchange) beside free postage
    (
        "en",
        "Returns\nYou have 30 days to return an item.\nReturn postage is free.\nExchanged items "
        "are "
        "returned to the customer at the customer's expense.",
        FREE,
        {True},
    ),
    # 2. Round 47: the refused sentence is the page's only who-pays (false); old None too.
    gap(
        "en",
        "Returns\nYou can return items within 30 days.\nIf you refuse delivery or send the goods "
        "back, the return shipping costs are yours.",
        FREE,
        {False},
        REFUSED_ONLY,
    ),
    gap(
        "de",
        "Rückgabe\nSie können die Ware innerhalb von 30 Tagen zurückgeben.\nBei "
        "Annahmeverweigerung oder Rücksendung tragen Sie die Kosten der Rücksendung.",
        FREE,
        {False},
        REFUSED_ONLY,
    ),
    gap(
        "es",
        "Devoluciones\nDispones de 30 días para devolver tu pedido.\nSi rechazas la entrega o "
        "devuelves el pedido, los gastos de envío de la devolución corren por tu cuenta.",
        FREE,
        {False},
        REFUSED_ONLY,
    ),
    gap(
        "it",
        "Resi\nHai 14 giorni per restituire gli articoli.\nLe spese di reso sono a carico del "
        "cliente, così come quelle dei pacchi rifiutati alla consegna.",
        FREE,
        {False},
        REFUSED_ONLY,
    ),
    gap(
        "es",
        "Devoluciones\nDispones de 30 días para devolver tu pedido.\nLos cambios de talla son "
        "gratuitos.\nSi rechazas la entrega o devuelves el pedido, los gastos de envío de la "
        "devolución corren por tu cuenta.",
        FREE,
        {False},
        REFUSED_ONLY,
    ),
    gap(
        "it",
        "Resi\nHai 14 giorni per restituire gli articoli.\nIl cambio taglia è gratuito.\nLe spese "
        "di reso sono a carico del cliente, così come quelle dei pacchi rifiutati alla consegna.",
        FREE,
        {False},
        REFUSED_ONLY,
    ),
    # guard: "refuse the parcel on delivery" is no `refused` phrase; the customer pays
    (
        "en",
        "Returns\nYou can return items within 30 days.\nIf you refuse the parcel on delivery or "
        "return it, you pay the return shipping.",
        FREE,
        {False},
    ),
    # 3. Round 47: "as well as" with a hedge governing the return cost too (guards, null).
    (
        "en",
        "Returns\nYou have 30 days to return an item.\nReturn postage as well as the original "
        "delivery may be deducted from your refund.",
        FREE,
        {None},
    ),
    (
        "en",
        "Returns\nYou have 30 days to return an item.\nThe return postage costs as well as the "
        "original delivery might be yours.",
        FREE,
        {None},
    ),
    (
        "de",
        "Rückgabe\nSie haben 30 Tage Zeit.\nDie Rücksendekosten sowie eine Bearbeitungspauschale "
        "können vom Erstattungsbetrag abgezogen werden.",
        FREE,
        {None},
    ),
    (
        "de",
        "Rückgabe\nSie haben 30 Tage Zeit.\nDie Kosten der Rücksendung sowie der Hinsendung trägt "
        "unter Umständen der Kunde.",
        FREE,
        {None},
    ),
    (
        "es",
        "Devoluciones\nTienes 30 días para devolver.\nLos gastos de devolución así como los de "
        "envío podrán ser descontados del reembolso.",
        FREE,
        {None},
    ),
    (
        "fr",
        "Retours\nVous disposez de 30 jours.\nLes frais de retour ainsi que ceux de l'envoi "
        "initial "
        "peuvent être à la charge du client.",
        FREE,
        {None},
    ),
    (
        "it",
        "Resi\nHai 30 giorni.\nLe spese di reso nonché quelle della spedizione originale "
        "potrebbero essere a carico del cliente.",
        FREE,
        {None},
    ),
    (
        "pt",
        "Devoluções\nTem 30 dias.\nOs custos de devolução bem como os do envio original poderão "
        "ser da responsabilidade do cliente.",
        FREE,
        {None},
    ),
    (
        "pl",
        "Zwroty\nMasz 14 dni na zwrot.\nKoszty zwrotu oraz dostawy mogą obciążyć Klienta.",
        FREE,
        {None},
    ),
    (
        "nl",
        "Retourneren\nJe hebt 30 dagen.\nDe kosten van de retourzending alsmede die van de "
        "oorspronkelijke verzending kunnen voor rekening van de klant komen.",
        FREE,
        {None},
    ),
    # guards: the hedge after "as well as" is the second cost's (false)
    (
        "en",
        "Returns\nYou have 30 days to return an item.\nThe customer pays the return shipping as "
        "well as any customs duties, which may apply.",
        FREE,
        {False},
    ),
    (
        "es",
        "Devoluciones\nTienes 30 días.\nEl cliente asume los gastos de devolución así como, en su "
        "caso, los del envío original.",
        FREE,
        {False},
    ),
    # misses of the round's own aim: the hedge is the second cost's, the customer pays returns
    gap(
        "en",
        "Returns\nYou have 30 days to return an item.\nYou are responsible for the return postage "
        "as well as, in some cases, the original delivery.",
        FREE,
        {False},
        AS_WELL_MISS,
    ),
    gap(
        "de",
        "Rückgabe\nSie haben 30 Tage Zeit.\nDie Rücksendekosten sowie unter Umständen die "
        "Hinsendung gehen zu Lasten des Kunden.",
        FREE,
        {False},
        AS_WELL_MISS,
    ),
    # 4. Round 48: two classes (products, countries), one restated: it depends (null).
    (
        "nl",
        "Retourneren\nSchoenen kun je binnen 14 dagen retourneren.\nKleding kun je binnen 30 dagen "
        "retourneren.\nSchoenen moeten binnen 14 dagen ongedragen retour zijn.",
        WINDOW,
        {None},
    ),
    (
        "pl",
        "Zwroty\nObuwie można zwrócić w ciągu 14 dni.\nOdzież można zwrócić w ciągu 30 dni.\nZwrot "
        "obuwia jest możliwy tylko w ciągu 14 dni.",
        WINDOW,
        {None},
    ),
    (
        "es",
        "Devoluciones\nLos zapatos se pueden devolver en 14 días.\nLa ropa se puede devolver en 30 "
        "días.\nRecuerda que los zapatos se devuelven en 14 días como máximo.",
        WINDOW,
        {None},
    ),
    (
        "fr",
        "Retours\nLes chaussures peuvent être retournées sous 14 jours.\nLes vêtements peuvent "
        "être "
        "retournés sous 30 jours.\nLes chaussures doivent être retournées sous 14 jours, non "
        "portées.",
        WINDOW,
        {None},
    ),
    (
        "it",
        "Resi\nLe scarpe possono essere restituite entro 14 giorni.\nL'abbigliamento può essere "
        "restituito entro 30 giorni.\nLe scarpe vanno restituite entro 14 giorni, mai indossate.",
        WINDOW,
        {None},
    ),
    (
        "de",
        "Rückgabe\nSchuhe können innerhalb von 14 Tagen zurückgegeben werden.\nBekleidung kann "
        "innerhalb von 30 Tagen zurückgegeben werden.\nSchuhe müssen innerhalb von 14 Tagen "
        "ungetragen zurückgesendet werden.",
        WINDOW,
        {None},
    ),
    (
        "en",
        "Returns\nShoes can be returned within 14 days.\nClothing can be returned within 30 days.\n"
        "Shoes must be returned unworn within 14 days.",
        WINDOW,
        {None},
    ),
    (
        "pt",
        "Devoluções\nO calçado pode ser devolvido no prazo de 14 dias.\nO vestuário pode ser "
        "devolvido no prazo de 30 dias.\nO calçado deve ser devolvido sem uso no prazo de 14 dias.",
        WINDOW,
        {None},
    ),
    (
        "fr",
        "Retours\nEn France, vous disposez de 30 jours pour retourner un article.\nEn Belgique et "
        "en Suisse, le délai de retour est de 14 jours.\nLes retours depuis la Suisse doivent nous "
        "parvenir sous 14 jours.",
        WINDOW,
        {None},
    ),
    (
        "es",
        "Devoluciones\nEn España tienes 30 días para devolver tu pedido.\nEn Portugal y Francia el "
        "plazo de devolución es de 14 días.\nLas devoluciones desde Francia deben llegar en 14 "
        "días.",
        WINDOW,
        {None},
    ),
    (
        "it",
        "Resi\nIn Italia hai 30 giorni per restituire un articolo.\nIn Svizzera il termine per il "
        "reso è di 14 giorni.\nI resi dalla Svizzera devono arrivare entro 14 giorni.",
        WINDOW,
        {None},
    ),
    # guard: per-country named as UK / international
    (
        "en",
        "Returns\nUK orders can be returned within 30 days.\nInternational orders can be returned "
        "within 14 days.\nInternational returns must reach us within 14 days.",
        WINDOW,
        {None},
    ),
    # 5. Round 48: a general window once beside a class period twice: the general one.
    gap(
        "en",
        "Returns\nYou can return most items within 30 days.\nShoes can be returned within 14 days."
        "\nShoes must be returned unworn within 14 days.",
        WINDOW,
        {30},
        CLASS_OVER,
    ),
    gap(
        "es",
        "Devoluciones\nPuedes devolver la mayoría de artículos en 30 días.\nLos zapatos se pueden "
        "devolver en 14 días.\nLos zapatos deben devolverse sin usar en 14 días.",
        WINDOW,
        {30},
        CLASS_OVER,
    ),
    gap(
        "de",
        "Rückgabe\nDie meisten Artikel können Sie innerhalb von 30 Tagen zurückgeben.\nSchuhe "
        "können innerhalb von 14 Tagen zurückgegeben werden.\nSchuhe müssen innerhalb von 14 Tagen "
        "ungetragen zurückgesendet werden.",
        WINDOW,
        {30},
        CLASS_OVER,
    ),
    # guards: a class the reader knows (sale, "everything else") restated
    (
        "en",
        "Returns\nSale items can be returned within 7 days of delivery.\nYou can return all other "
        "items within 30 days of delivery.\nPlease note: sale items must be returned within 7 "
        "days.",
        WINDOW,
        {30},
    ),
    (
        "es",
        "Devoluciones\nLos artículos de rebajas se pueden devolver en un plazo de 7 días.\nEl "
        "resto "
        "de artículos se pueden devolver en un plazo de 30 días.\nRecuerda: los artículos "
        "rebajados, solo 7 días.",
        WINDOW,
        {30},
    ),
    (
        "de",
        "Rückgabe\nElektrogeräte können innerhalb von 14 Tagen zurückgegeben werden.\nAlle übrigen "
        "Artikel können innerhalb von 30 Tagen zurückgegeben werden.\nElektrogeräte müssen "
        "innerhalb von 14 Tagen originalverpackt zurückgesendet werden.",
        WINDOW,
        {30},
    ),
    (
        "it",
        "Resi\nI mobili possono essere restituiti entro 14 giorni.\nTutti gli altri articoli "
        "possono essere restituiti entro 30 giorni.\nI mobili devono essere restituiti entro 14 "
        "giorni nell'imballo originale.",
        WINDOW,
        {30},
    ),
    # 6. Round 48: a return's processing time stated twice.
    gap(
        "es",
        "Devoluciones\nPuedes devolver tu pedido en 30 días.\nTramitamos las devoluciones en un "
        "plazo de 5 días desde su recepción.\nUna vez recibida, la devolución se tramita en 5 "
        "días.",
        WINDOW,
        {30},
        PROCESSING,
    ),
    # guards: processing and refund times repeated
    (
        "en",
        "Returns\nYou can return items within 30 days.\nReturns are processed within 5 days of "
        "arrival.\nYour return will be processed within 5 days.",
        WINDOW,
        {30},
    ),
    (
        "en",
        "Returns\nYou can return items within 30 days of delivery.\nWe will refund you within 14 "
        "days of receiving your return.\nRefunds are issued within 14 days.",
        WINDOW,
        {30},
    ),
    (
        "pt",
        "Devoluções\nPode devolver os artigos no prazo de 30 dias.\nO reembolso será efetuado no "
        "prazo de 14 dias após a receção da devolução.\nO reembolso é feito em até 14 dias.",
        WINDOW,
        {30},
    ),
    # 7. Round 48 guards: other periods repeated beside the window.
    (
        "en",
        "Returns\nYou can return items within 30 days of delivery.\nCancellation: You must send "
        "back the goods without undue delay and in any event not later than 14 days from the day "
        "on which you communicate your cancellation.\nThe deadline is met if you send back the "
        "goods before the period of 14 days has expired.",
        WINDOW,
        {30},
    ),
    (
        "de",
        "Rückgabe\nSie können Artikel innerhalb von 30 Tagen zurückgeben.\nSie haben die Waren "
        "unverzüglich und in jedem Fall spätestens binnen 14 Tagen ab dem Tag, an dem Sie uns über "
        "den Widerruf unterrichten, zurückzusenden.\nDie Frist ist gewahrt, wenn Sie die Waren vor "
        "Ablauf der Frist von 14 Tagen absenden.",
        WINDOW,
        {30},
    ),
    (
        "fr",
        "Retours\nVous pouvez retourner vos articles sous 30 jours.\nVous devez renvoyer le bien "
        "au "
        "plus tard 14 jours après nous avoir communiqué votre décision de rétractation.\nCe délai "
        "est respecté si vous renvoyez le bien avant l'expiration du délai de 14 jours.",
        WINDOW,
        {30},
    ),
    (
        "nl",
        "Retourneren\nJe kunt artikelen binnen 30 dagen retourneren.\nJe moet de goederen binnen "
        "14 "
        "dagen na de dag waarop je ons je beslissing tot herroeping hebt meegedeeld, terugzenden.\n"
        "Je bent op tijd als je de goederen terugzendt voordat de termijn van 14 dagen is "
        "verstreken.",
        WINDOW,
        {30},
    ),
    (
        "pt",
        "Devoluções\nPode devolver os artigos em 14 dias.\nAs trocas são aceites no prazo de 30 "
        "dias.\nPara trocar um artigo tem 30 dias após a entrega.",
        WINDOW,
        {14},
    ),
    (
        "pl",
        "Zwroty\nMasz 14 dni na zwrot towaru.\nWymiany przyjmujemy w ciągu 30 dni.\nWymiany można "
        "dokonać w ciągu 30 dni od dostawy.",
        WINDOW,
        {14},
    ),
    (
        "it",
        "Resi\nPuoi restituire gli articoli entro 14 giorni.\nI prodotti difettosi possono essere "
        "restituiti entro 30 giorni.\nIn caso di difetto hai 30 giorni per il reso.",
        WINDOW,
        {14},
    ),
    (
        "en",
        "Returns\nYou can return items within 30 days.\nDamaged items must be reported within 2 "
        "days of delivery.\nPlease report any damage within 2 days.",
        WINDOW,
        {30},
    ),
    (
        "en",
        "Returns\nYou can return items within 60 days.\nReturns within 30 days receive a full "
        "refund.\nAfter 30 days, a 20% fee applies.",
        WINDOW,
        {60},
    ),
    (
        "en",
        "Returns\nYou can return items within 30 days.\nYou can cancel your order within 2 days of "
        "ordering.\nOrders cancelled within 2 days are refunded in full.",
        WINDOW,
        {30},
    ),
    # round 48's own kind: read right while round 48 stood, unread since it was withdrawn
    gap(
        "es",
        "Devoluciones\nTienes 30 días para devolver tu compra.\nSi han pasado 30 días, no podemos "
        "ofrecerte un reembolso.\nContacta con nosotros dentro de los 7 días siguientes a la "
        "recepción en estos casos.",
        WINDOW,
        {30},
        "round 48's own kind, unread since round 48 was withdrawn after this review",
    ),
]


@pytest.mark.parametrize(("lang", "text", "field", "allowed"), CASES)
def test_review70(lang: str, text: str, field: str, allowed: set[object]) -> None:
    assert extract_returns_terms(text, lang).get(field) in allowed
