"""The words a customer reads to find things, one table per language.

To support a new language, add one `LanguageWords` entry to `WORDS`; every
matcher uses the union of all languages, because sites often mix them
(an English "FAQ" link on a German shop). Words are matched after `fold()`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


def fold(text: str) -> str:
    """Lower-case, accent-free, whitespace-collapsed text for comparing words.

    "İletişim", "Επικοινωνία" and "Rückgabe" become "iletisim", "επικοινωνια", "ruckgabe".
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().replace("ı", "i").split())


@dataclass(frozen=True)
class LanguageWords:
    """Link texts, URL slugs and labels for one language."""

    contact: tuple[str, ...]
    help: tuple[str, ...]
    faq: tuple[str, ...]
    returns: tuple[str, ...]
    knowledge_base: tuple[str, ...]
    forum: tuple[str, ...]
    cookie_accept: tuple[str, ...]
    fax: tuple[str, ...]
    # labels that make the number after them an identifier, not a phone number
    id_labels: tuple[str, ...]
    url_contact: tuple[str, ...] = ()
    url_help: tuple[str, ...] = ()
    url_faq: tuple[str, ...] = ()
    url_returns: tuple[str, ...] = ()


WORDS: dict[str, LanguageWords] = {
    "en": LanguageWords(
        contact=("contact", "contact us", "customer service", "customer care", "get in touch"),
        help=("help", "support", "help & support", "help and support"),
        faq=("faq", "faqs", "frequently asked questions", "q&a"),
        returns=(
            "returns",
            "return policy",
            "returns policy",
            "refund policy",
            "refunds",
            "returns & refunds",
            "returns and exchanges",
        ),
        knowledge_base=(
            "help center",
            "help centre",
            "knowledge base",
            "support center",
            "support centre",
            "help articles",
        ),
        forum=("community", "forum", "forums", "community forum"),
        cookie_accept=(
            "accept all",
            "accept all cookies",
            "allow all",
            "allow all cookies",
            "accept",
            "accept cookies",
            "i accept",
            "agree",
            "i agree",
            "got it",
            "ok",
        ),
        fax=("fax", "telefax", "facsimile"),
        id_labels=(
            "order number",
            "order no",
            "order #",
            "order",
            "sku",
            "item",
            "item no",
            "article",
            "article no",
            "invoice",
            "invoice no",
            "vat",
            "vat id",
            "vat no",
            "tax id",
            "company no",
            "reg no",
            "registration no",
            "customer no",
            "account no",
            "tracking",
            "tracking number",
            "iban",
            "ref",
            "reference",
            "model",
            "serial",
            "version",
            "ticket",
            "case",
            "isbn",
            "ean",
            "gtin",
            "ein",
            "contract no",
        ),
        url_contact=("contact", "contact-us", "contactus", "customer-service"),
        url_help=("help", "support"),
        url_faq=("faq", "faqs"),
        url_returns=("returns", "return", "refund", "refunds", "refund-policy", "return-policy"),
    ),
    "de": LanguageWords(
        contact=("kontakt", "kontaktieren sie uns", "kundenservice", "kundendienst"),
        help=("hilfe", "hilfe & service", "service & hilfe"),
        faq=("faq", "häufige fragen", "häufig gestellte fragen", "hilfe & faq"),
        returns=("rückgabe", "rücksendung", "rücksendungen", "retoure", "retouren", "umtausch"),
        knowledge_base=("hilfe-center", "hilfecenter", "hilfebereich", "wissensdatenbank"),
        forum=("community", "forum"),
        cookie_accept=(
            "alle akzeptieren",
            "alle cookies akzeptieren",
            "akzeptieren",
            "alle zulassen",
            "zustimmen",
            "einverstanden",
            "ich stimme zu",
        ),
        fax=("fax", "telefax"),
        id_labels=(
            "bestellnummer",
            "bestell-nr",
            "bestellung",
            "artikelnummer",
            "artikel-nr",
            "art.-nr",
            "art-nr",
            "rechnungsnummer",
            "rechnung",
            "kundennummer",
            "ust-idnr",
            "ust-id",
            "steuernummer",
            "handelsregister",
            "hrb",
            "sendungsnummer",
            "vertragsnummer",
        ),
        url_contact=("kontakt",),
        url_help=("hilfe",),
        url_faq=("haeufige-fragen", "haufige-fragen"),
        url_returns=("ruckgabe", "rueckgabe", "retoure", "retouren", "ruecksendung"),
    ),
    "sl": LanguageWords(
        contact=("kontakt", "kontakti", "stik z nami", "pišite nam"),
        help=("pomoč",),
        faq=("pogosta vprašanja", "vprašanja in odgovori"),
        returns=("vračila", "vračilo", "vračilo blaga", "vrnitev blaga"),
        knowledge_base=("center za pomoč", "baza znanja"),
        forum=("forum", "skupnost"),
        cookie_accept=("sprejmi vse", "sprejmi", "sprejmem", "strinjam se", "dovoli vse"),
        fax=("faks",),
        id_labels=(
            "številka naročila",
            "naročilo",
            "št. naročila",
            "id za ddv",
            "davčna",
            "matična številka",
            "šifra",
        ),
        url_contact=("kontakt", "kontakti"),
        url_help=("pomoc",),
        url_faq=("pogosta-vprasanja",),
        url_returns=("vracila", "vracilo"),
    ),
    "el": LanguageWords(
        contact=("επικοινωνία", "επικοινωνήστε μαζί μας"),
        help=("βοήθεια",),
        faq=("συχνές ερωτήσεις",),
        returns=("επιστροφές", "επιστροφή", "πολιτική επιστροφών"),
        knowledge_base=("κέντρο βοήθειας", "βάση γνώσεων"),
        forum=("κοινότητα", "φόρουμ"),
        cookie_accept=("αποδοχή όλων", "αποδοχή", "αποδέχομαι", "συμφωνώ"),
        fax=("φαξ",),
        id_labels=("αριθμός παραγγελίας", "παραγγελία", "αφμ", "κωδικός", "κωδ", "γεμη"),
        url_contact=("epikoinonia",),
        url_help=("voitheia",),
        url_faq=("syxnes-erotiseis", "sychnes-erotiseis"),
        url_returns=("epistrofes", "epistrofi"),
    ),
    "lt": LanguageWords(
        contact=("kontaktai", "susisiekite", "susisiekite su mumis"),
        help=("pagalba",),
        faq=("duk", "dažnai užduodami klausimai", "dažniausiai užduodami klausimai"),
        returns=("grąžinimas", "prekių grąžinimas", "grąžinimo politika"),
        knowledge_base=("pagalbos centras", "žinių bazė"),
        forum=("bendruomenė", "forumas"),
        cookie_accept=("priimti visus", "sutinku su visais", "priimti", "sutinku", "leisti visus"),
        fax=("faksas", "faks"),
        id_labels=("užsakymo nr", "užsakymas", "kodas", "sutarties nr"),
        url_contact=("kontaktai",),
        url_help=("pagalba",),
        url_faq=("duk",),
        url_returns=("grazinimas",),
    ),
    "tr": LanguageWords(
        contact=("iletişim", "bize ulaşın", "müşteri hizmetleri"),
        help=("yardım",),
        faq=("sss", "sıkça sorulan sorular"),
        returns=("iade", "iade politikası", "iade ve değişim", "iade koşulları"),
        knowledge_base=("yardım merkezi", "bilgi bankası"),
        forum=("topluluk", "forum"),
        cookie_accept=("tümünü kabul et", "kabul et", "kabul ediyorum", "tümüne izin ver"),
        fax=("faks",),
        id_labels=("sipariş no", "sipariş numarası", "sipariş", "vergi no", "mersis no"),
        url_contact=("iletisim", "bize-ulasin"),
        url_help=("yardim",),
        url_faq=("sss",),
        url_returns=("iade",),
    ),
}


def all_words(field_name: str) -> tuple[str, ...]:
    """The folded words of one field across every language, longest first, no repeats."""
    found: dict[str, None] = {}
    for language in WORDS.values():
        for word in getattr(language, field_name):
            found[fold(word)] = None
    return tuple(sorted(found, key=len, reverse=True))
