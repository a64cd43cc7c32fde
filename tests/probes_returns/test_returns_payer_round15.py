"""Who pays for a return and the restocking fee, round 15: word classes completed for every
language rather than the wording one batch showed. The customer stamping the parcel (a verb of
franking in every person and form, "franco" after a verb of returning) pays the return; the legal
formula "at the cost and risk of" the seller (or the shop by its name) makes the return free,
of the customer not; a fee named for what it pays (disposal, repackaging, inspection,
reconditioning) is a restocking fee; a return or withdrawal said to be free by an adverbial
phrase ("de forma gratuita", "in modo del tutto gratuito") is free; the customer paying shipping
"both ways" pays the return. The sentences are made up, one idiom each; the last tests check the
rules do not reach too far."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

FREE = "returns.free_returns"
FEE = "returns.restocking_fee"

# The customer franks (stamps) the parcel: the customer pays the return.
STAMPED = [
    ("en", "To send goods back, simply stamp the parcel and post it to our address."),
    ("de", "Bitte frankieren Sie das Paket ausreichend und senden Sie es an uns."),
    ("de", "Schick die Ware einfach frankiert zurück an unser Lager."),
    ("fr", "Il suffit d'affranchir le colis et de le renvoyer à notre adresse."),
    ("fr", "Les articles doivent nous être retournés franco dans les huit jours."),
    ("es", "Solo tiene que franquear el paquete y enviarlo a nuestra dirección."),
    ("es", "Los productos deben ser devueltos a portes pagados a nuestro almacén."),
    ("it", "Basta affrancare il pacco e rispedirlo al nostro magazzino."),
    ("it", "I prodotti vanno restituiti franco al nostro magazzino."),
    ("nl", "Frankeer het pakket voldoende en stuur het naar ons magazijn."),
    ("nl", "De artikelen moeten gefrankeerd retour worden gestuurd."),
    ("pt", "Basta franquear a encomenda e enviá-la para a nossa morada."),
    ("pt", "Os produtos devem ser devolvidos com portes pagos para o nosso armazém."),
    ("pl", "Wystarczy ofrankować paczkę i odesłać ją na nasz adres."),
]

# The return at the cost and risk of the seller (or of the shop by its name): free.
SELLERS_RISK = [
    ("en", "The goods are returned at the cost and risk of the seller."),
    ("de", "Die Rücksendung erfolgt auf Kosten und Gefahr des Verkäufers."),
    ("de", "In jedem Fall erfolgt die Rücksendung auf Kosten und Gefahr von Musterladen."),
    ("fr", "Le retour des produits se fait aux frais et risques du vendeur."),
    ("es", "La devolución de los productos se hará por cuenta y riesgo del vendedor."),
    ("it", "La restituzione della merce avviene a spese e rischio del venditore."),
    ("nl", "Het terugzenden gebeurt voor rekening en risico van de verkoper."),
    ("pt", "A devolução dos produtos é feita por conta e risco do vendedor."),
    ("pl", "Zwrot towaru odbywa się na koszt i ryzyko sprzedawcy."),
]

# ... and at the customer's cost and risk: not free.
BUYERS_RISK = [
    ("de", "Die Rücksendung erfolgt auf Kosten und Gefahr des Käufers."),
    ("de", "Die Rücksendung erfolgt auf Kosten und Gefahr von Ihnen."),
    ("es", "La devolución se hará por cuenta y riesgo del comprador."),
]

# A fee named for what it pays for: a restocking fee.
NAMED_FEE = [
    ("en", "Opened items that we cannot resell carry a 30% disposal fee."),
    ("en", "A 15% repackaging fee applies to returned appliances."),
    ("de", "Für geöffnete Rücksendungen berechnen wir eine Entsorgungsgebühr von 10 %."),
    ("fr", "Les retours de produits ouverts sont soumis à des frais de reconditionnement de 15 %."),
    ("es", "A los productos devueltos se les aplicará una tasa de reacondicionamiento del 10%."),
    ("it", "Sui resi verrà applicata una commissione di ricondizionamento del 10%."),
    ("nl", "Bij retouren rekenen wij 10% herverpakkingskosten."),
    ("pt", "Nas devoluções será cobrada uma taxa de recondicionamento de 10%."),
    ("pl", "Przy zwrocie pobieramy opłatę za ponowne pakowanie w wysokości 10%."),
]

# A return or withdrawal said to be free by an adverbial phrase: free.
FREE_ADVERB = [
    ("it", "Puoi recedere dall'acquisto in modo del tutto gratuito."),
    ("it", "Il cliente può restituire la merce a titolo gratuito."),
    ("es", "Puede devolver el producto de forma gratuita."),
    ("es", "Puedes desistir de tu compra de manera totalmente gratuita."),
    ("pt", "Pode desistir da compra de forma totalmente gratuita."),
    ("fr", "Vous pouvez retourner l'article de manière totalement gratuite."),
    ("en", "You can return any item completely free."),
    ("pl", "Możesz odstąpić od umowy całkowicie bezpłatnie."),
]

# Shipping both ways paid by the customer: the return costs.
BOTH_WAYS = [
    ("es", "El cliente asume los costos de envío de ida y vuelta."),
    ("it", "Il cliente si fa carico delle spese di spedizione di andata e ritorno."),
    ("pt", "O cliente assume os custos de envio de ida e volta."),
    ("en", "The customer pays the shipping costs both ways."),
    ("pl", "Klient pokrywa koszty wysyłki w obie strony."),
]


@pytest.mark.parametrize(("lang", "text"), STAMPED + BUYERS_RISK + BOTH_WAYS)
def test_customer_pays(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is False


@pytest.mark.parametrize(("lang", "text"), SELLERS_RISK + FREE_ADVERB)
def test_return_free(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FREE) is True


@pytest.mark.parametrize(("lang", "text"), NAMED_FEE)
def test_named_fee(lang: str, text: str) -> None:
    assert extract_returns_terms(text, lang).get(FEE) is True


# The rules reach no further: a stamp refunded; a free delivery (no return); an inspection of a
# warranty claim is no fee; cancelling free of charge is no return; round trips refunded by us.
REACH = [
    ("de", "Frankieren Sie das Paket, das Porto erstatten wir Ihnen.", {FREE: None}),
    ("it", "La consegna avviene in modo del tutto gratuito.", {FREE: None}),
    ("en", "We inspect every returned item before we refund it.", {FEE: None}),
    ("es", "Puedes cancelar tu pedido de forma gratuita antes del envío.", {FREE: None}),
    ("es", "Nosotros asumimos los costos de envío de ida y vuelta.", {FREE: None}),
    ("pl", "Zwrot towaru odbywa się na koszt i ryzyko klienta.", {FREE: False}),
    ("pt", "A encomenda pode ser devolvida de forma gratuita na nossa loja.", {FREE: None}),
    ("it", "Il cliente sostiene le spese di reimballaggio della merce resa.", {FEE: None}),
    ("nl", "Gefrankeerde retourlabels sturen wij mee met elke bestelling.", {FREE: None}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REACH)
def test_reach(lang: str, text: str, expected: dict[str, bool | None]) -> None:
    terms = extract_returns_terms(text, lang)
    for metric, value in expected.items():
        assert terms.get(metric) is value
