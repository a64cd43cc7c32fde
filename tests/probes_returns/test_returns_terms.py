"""Returns terms read from realistic policy texts in every supported language."""

from __future__ import annotations

import pytest

from probes.returns_terms import extract_returns_terms

W, FREE, FEE, LABEL, REFUND, WD, MAY, XONLY = (
    "returns.window_days",
    "returns.free_returns",
    "returns.restocking_fee",
    "returns.prepaid_label",
    "returns.refund_days_stated",
    "returns.withdrawal_days",
    "returns.restocking_fee_may_apply",
    "returns.exchanges_only",
)

POLICIES = {
    "en-generous": (
        "en",
        """Returns & Refunds
        We want you to love your order. If you're not completely satisfied, you can return most
        items within 30 days of delivery for a full refund.
        Returns are free: we'll email you a prepaid return label once you start a return in your
        account. There is no restocking fee.
        Refunds are issued to your original payment method within 5-7 business days after we
        receive your return. Please note: gift cards and personalised items cannot be returned.
        All products come with a 2-year warranty.""",
        {W: 30, FREE: True, LABEL: True, FEE: False, REFUND: 7},
    ),
    "en-electronics": (
        "en",
        """Return Policy. Most products can be returned within 14 days of purchase. Mobile phones
        and opened software must be returned within 7 days.
        Return shipping costs are the customer's responsibility and will be deducted from your
        refund. Opened items are subject to a 15% restocking fee.
        We will refund you within ten business days of receiving the returned goods.""",
        {W: 14, FREE: False, FEE: True, REFUND: 10},
    ),
    "en-hedged": (
        "en",
        """You have 60 days to return unworn items. A restocking fee may apply to large furniture.
        Free returns on orders over £50. Refunds usually take up to two weeks.""",
        {W: 60, REFUND: 14, FEE: True, MAY: True},
    ),
    "en-extended": (
        "en",
        """In addition to your statutory 14-day right of withdrawal, we offer an extended 100-day
        return period. Refunds are made within 14 days.""",
        {W: 100, WD: 14, REFUND: 14},
    ),
    "en-shopify-template": (
        "en",
        # Shopify's default /policies/refund-policy text, as its pages show it.
        """Refund policy

        We have a 30-day return policy, which means you have 30 days after receiving your item to request a return.

        To start a return, you can contact us at shop@example.com. If your return is accepted, we’ll send you a return shipping label, as well as instructions on how and where to send your package.

        Refunds
        We will notify you once we’ve received and inspected your return, and let you know if the refund was approved or not. If approved, you’ll be automatically refunded on your original payment method within 10 business days.
        If more than 15 business days have passed since we’ve approved your return, please contact us.""",  # noqa: E501
        {W: 30, LABEL: True, REFUND: 10},
    ),
    "de-generous": (
        "de",
        """Rückgabe & Erstattung
        Sie können Ihre Bestellung innerhalb von 30 Tagen nach Erhalt der Ware kostenlos
        zurücksenden. Ein vorfrankiertes Rücksendeetikett liegt jedem Paket bei. Wir erheben
        keine Wiedereinlagerungsgebühr. Die Erstattung des Kaufpreises erfolgt innerhalb von
        14 Tagen nach Eingang der Rücksendung bei uns. Ihr gesetzliches Widerrufsrecht von
        14 Tagen bleibt unberührt.""",
        {W: 30, WD: 14, FREE: True, LABEL: True, FEE: False, REFUND: 14},
    ),
    "de-statutory": (
        "de",
        """Widerrufsbelehrung. Sie haben das Recht, binnen vierzehn Tagen ohne Angabe von Gründen
        diesen Vertrag zu widerrufen. Wenn Sie diesen Vertrag widerrufen, haben wir Ihnen alle
        Zahlungen, die wir von Ihnen erhalten haben, unverzüglich und spätestens binnen vierzehn
        Tagen zurückzuzahlen. Sie tragen die unmittelbaren Kosten der Rücksendung der Waren.
        Unfreie Sendungen können wir leider nicht annehmen.""",
        {W: 14, WD: 14, REFUND: 14, FREE: False, LABEL: False},
    ),
    "de-ambiguous": (
        "de",
        """Rücksendungen sind innerhalb von 30 Tagen möglich, für Elektronik gilt eine Frist von
        14 Tagen. Ggf. kann eine Bearbeitungsgebühr berechnet werden.
        Die Rücksendung ist kostenlos ab einem Bestellwert von 50 €.""",
        # The general window wins over the one for a product class; the fee only may apply.
        {W: 30, FEE: True, MAY: True},
    ),
    "sl-generous": (
        "sl",
        """Vračilo blaga
        Izdelke lahko vrnete v 30 dneh od prejema pošiljke. Vračilo je brezplačno, saj vam
        pošljemo plačano nalepko za vračilo. Stroškov ponovnega skladiščenja ne zaračunavamo.
        Kupnino vam vrnemo najkasneje v 14 dneh po prejemu vrnjenega blaga.""",
        {W: 30, FREE: True, LABEL: True, FEE: False, REFUND: 14},
    ),
    "sl-statutory": (
        "sl",
        """Potrošnik lahko v 14 dneh od prejema blaga odstopi od pogodbe, ne da bi mu bilo treba
        navesti razlog. Potrošnik krije neposredne stroške vračila blaga. Vračilo kupnine bo
        izvedeno najpozneje v 14 dneh od prejema obvestila o odstopu. Izdelke iz razprodaje
        lahko vrnete v 7 dneh.""",
        {W: 14, WD: 14, FREE: False, REFUND: 14},
    ),
    "el-generous": (
        "el",
        """Πολιτική Επιστροφών
        Μπορείτε να επιστρέψετε οποιοδήποτε προϊόν εντός 30 ημερών από την παραλαβή της
        παραγγελίας σας. Η επιστροφή είναι εντελώς δωρεάν: σας στέλνουμε προπληρωμένη ετικέτα
        επιστροφής με email. Δεν χρεώνουμε τέλος επαναποθήκευσης. Η επιστροφή των χρημάτων
        γίνεται εντός 10 εργάσιμων ημερών από την παραλαβή του επιστρεφόμενου προϊόντος.""",
        {W: 30, FREE: True, LABEL: True, FEE: False, REFUND: 10},
    ),
    "el-statutory": (
        "el",
        """ΕΠΙΣΤΡΟΦΕΣ. Έχετε δικαίωμα υπαναχώρησης εντός δεκατεσσάρων (14) ημερών από την
        παράδοση. Τα έξοδα επιστροφής βαρύνουν τον πελάτη. Ενδέχεται να υπάρξει χρέωση
        επαναποθήκευσης για ανοιγμένα προϊόντα. Δεν παρέχουμε ετικέτα επιστροφής.""",
        {W: 14, WD: 14, FREE: False, LABEL: False, FEE: True, MAY: True},
    ),
    "lt-generous": (
        "lt",
        """Prekių grąžinimas
        Prekes galite grąžinti per 30 dienų nuo prekės gavimo dienos. Grąžinimas yra nemokamas –
        atsiųsime jums iš anksto apmokėtą grąžinimo etiketę. Pakartotinio sandėliavimo mokesčio
        netaikome. Pinigus grąžinsime per 5 darbo dienas nuo grąžintos prekės gavimo.""",
        {W: 30, FREE: True, LABEL: True, FEE: False, REFUND: 5},
    ),
    "lt-statutory": (
        "lt",
        """Vartotojas turi teisę atsisakyti sutarties per 14 dienų. Prekių grąžinimo išlaidas
        apmoka pirkėjas. Pinigai bus grąžinti per 14 dienų. Išpardavimo prekėms gali būti
        taikomas administravimo mokestis.""",
        {W: 14, WD: 14, FREE: False, REFUND: 14, FEE: True, MAY: True},
    ),
    "tr-generous": (
        "tr",
        """İADE VE DEĞİŞİM
        Ürünleri teslim aldığınız tarihten itibaren 30 gün içinde ücretsiz olarak iade
        edebilirsiniz. İade kodu size e-posta ile gönderilir. Yeniden stoklama ücreti alınmaz.
        Ürün bedeli, iade ürün depomuza ulaştıktan sonra 3 iş günü içinde kartınıza iade edilir.""",
        {W: 30, FREE: True, LABEL: True, FEE: False, REFUND: 3},
    ),
    "tr-statutory": (
        "tr",
        """Cayma hakkınızı 14 gün içinde kullanabilirsiniz. İade kargo ücreti alıcıya aittir.
        Kampanyalı ürünlerde iade süresi 7 gündür.""",
        {W: 14, WD: 14, FREE: False},
    ),
}


@pytest.mark.parametrize("case", sorted(POLICIES))
def test_policy_terms(case: str) -> None:
    language, text, expected = POLICIES[case]
    assert extract_returns_terms(text, language) == expected


WINDOWS_IN_WORDS = [
    ("en", "Items may be returned within a month of delivery.", 30),
    ("en", "You can send items back within two weeks.", 14),
    ("de", "Sie können Artikel innerhalb eines Monats zurückgeben.", 30),
    ("de", "Sie haben ein 14-tägiges Rückgaberecht.", 14),
    ("de-AT", "Rücksendungen sind bis zu 30 Tage nach Lieferung möglich.", 30),
    ("sl", "Izdelek lahko vrnete v enem mesecu.", 30),
    ("sl", "Blago lahko vrnete v štirinajstih dneh.", 14),
    ("el", "Μπορείτε να επιστρέψετε το προϊόν εντός ενός μήνα.", 30),
    ("el", "Η επιστροφή γίνεται εντός δύο εβδομάδων.", 14),
    ("lt", "Prekę galite grąžinti per mėnesį.", 30),
    ("lt", "Prekes galima grąžinti per keturiolika dienų.", 14),
    ("tr", "Ürünü bir ay içinde iade edebilirsiniz.", 30),
    ("tr", "On dört gün içinde iade edebilirsiniz.", 14),
]


@pytest.mark.parametrize(("language", "text", "days"), WINDOWS_IN_WORDS)
def test_windows_written_in_words(language: str, text: str, days: int) -> None:
    assert extract_returns_terms(text, language) == {W: days}


def test_nothing_stated_means_nothing_known() -> None:
    assert extract_returns_terms("", "en") == {}
    assert extract_returns_terms("Delivery takes 2-3 days. Call us 9-5.", "en") == {}
    # A language without a lexicon: the text's own language is detected.
    assert extract_returns_terms("Returns are free within 30 days.", "ja") == {W: 30, FREE: True}


PHRASES = [
    ("en", "Return shipping is $6.95, deducted from your refund.", {FREE: False}),
    ("en", "We offer free exchanges and returns.", {FREE: True}),
    ("en", "There is no restocking fee.", {FEE: False}),
    ("en", "A restocking fee may be charged on opened items.", {FEE: True, MAY: True}),
    ("en", "We do not provide prepaid return labels.", {LABEL: False}),
    ("de", "Keine Rücksendekosten!", {FREE: True}),
    ("de", "Eine Bearbeitungsgebühr fällt nicht an.", {FEE: False}),
    # The customer stamps the parcel: no label, and (nothing else said) the customer pays.
    ("de", "Bitte senden Sie die Ware ausreichend frankiert zurück.", {LABEL: False, FREE: False}),
    ("sl", "Brezplačno vračilo.", {FREE: True}),
    ("sl", "Stroške vračila krije kupec.", {FREE: False}),
    ("el", "Δωρεάν επιστροφές.", {FREE: True}),
    ("el", "Ενδέχεται να υπάρξει χρέωση επαναποθήκευσης.", {FEE: True, MAY: True}),
    ("lt", "Grąžinimas nemokamas.", {FREE: True}),
    ("lt", "Pakartotinio sandėliavimo mokesčio netaikome.", {FEE: False}),
    ("tr", "İade kargo ücreti alıcıya aittir.", {FREE: False}),
    ("tr", "Yeniden stoklama ücreti alınabilir.", {FEE: True, MAY: True}),
]


@pytest.mark.parametrize(("language", "text", "expected"), PHRASES)
def test_yes_no_and_hedged_phrases(language: str, text: str, expected: dict[str, bool]) -> None:
    assert extract_returns_terms(text, language) == expected
