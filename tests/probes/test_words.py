"""Opening hours, link words and the word table."""

from __future__ import annotations

import pytest

from probes.website.hours import has_247, has_hours
from probes.website.links import Link, LinkKind, link_score, rank_links, same_site
from probes.website.words import WORDS, fold


@pytest.mark.parametrize(
    "text",
    [
        "Mon–Fri 9–17",
        "Mon–Sat 8am–8pm ET",
        "Mo–Fr 8–20 Uhr",
        "pon.–pet. 8.00–16.00",
        "Δευ–Παρ 09:00–17:00",
        "Pr–Pn 8–17",
        "I–V 8:00–17:00",
        "Pzt–Cum 09:00-18:00",
        "Hafta içi 09:00–18:00",
        "24/7",
        "7/24",
        "non-stop",
        "visą parą",
    ],
)
def test_opening_hours_in_six_languages(text: str) -> None:
    assert has_hours(text)


@pytest.mark.parametrize("text", ["Since 2003–2026", "Call 2024-2025", "Open 9-5", "Order 12"])
def test_not_opening_hours(text: str) -> None:
    assert not has_hours(text)


@pytest.mark.parametrize(
    "text", ["24/7", "Support 7/24", "non-stop", "Nonstop", "rund um die Uhr", "24 ur na dan"]
)
def test_always_open(text: str) -> None:
    assert has_247(text)


def test_not_always_open() -> None:
    assert not has_247("Mon–Fri 9–17, delivery in 24 hours, 1/24 scale")


def test_fold_removes_case_accents_and_dotless_i() -> None:
    assert fold("İletişim") == "iletisim"
    assert fold("Sıkça  Sorulan") == "sikca sorulan"
    assert fold("Επικοινωνία") == "επικοινωνια"
    assert fold("Rückgabe") == "ruckgabe"


def test_every_language_fills_every_table() -> None:
    assert {"en", "de", "fr", "es", "it", "nl", "pt", "pl", "sl", "el", "lt", "tr"} <= set(WORDS)
    for language in WORDS.values():
        for name in ("contact", "help", "faq", "returns", "cookie_accept", "fax"):
            assert getattr(language, name), name


@pytest.mark.parametrize(
    ("text", "href", "kind"),
    [
        ("Kontakt", "/kontakt", LinkKind.CONTACT),
        ("Επικοινωνία", "/epikoinonia", LinkKind.CONTACT),
        ("Kontaktai", "/kontaktai", LinkKind.CONTACT),
        ("Bize Ulaşın", "/bize-ulasin", LinkKind.CONTACT),
        ("İletişim", "/iletisim", LinkKind.CONTACT),
        ("Pogosta vprašanja", "/pv", LinkKind.FAQ),
        ("DUK", "/duk", LinkKind.FAQ),
        ("Συχνές ερωτήσεις", "/x", LinkKind.FAQ),
        ("Sıkça Sorulan Sorular", "/sss", LinkKind.FAQ),
        ("Hilfe", "/hilfe", LinkKind.HELP),
        ("Returns", "/r", LinkKind.RETURNS),
        ("Rückgabe", "/r", LinkKind.RETURNS),
        ("Vračila", "/r", LinkKind.RETURNS),
        ("Επιστροφές", "/r", LinkKind.RETURNS),
        ("Grąžinimas", "/r", LinkKind.RETURNS),
        ("İade", "/r", LinkKind.RETURNS),
        ("Refund policy", "/policies/refund-policy", LinkKind.RETURNS),
        ("Retours et remboursements", "/r", LinkKind.RETURNS),
        ("Devoluciones", "/r", LinkKind.RETURNS),
        ("Resi e rimborsi", "/r", LinkKind.RETURNS),
        ("Retourneren", "/r", LinkKind.RETURNS),
        ("Zwroty i reklamacje", "/r", LinkKind.RETURNS),
        ("Trocas e devoluções", "/r", LinkKind.RETURNS),
        ("Nous contacter", "/x", LinkKind.CONTACT),
        ("Atención al cliente", "/x", LinkKind.CONTACT),
        ("Servizio clienti", "/x", LinkKind.CONTACT),
        ("Klantenservice", "/x", LinkKind.CONTACT),
        ("Obsługa klienta", "/x", LinkKind.CONTACT),
        ("Fale conosco", "/x", LinkKind.CONTACT),
        ("Questions fréquentes", "/x", LinkKind.FAQ),
        ("Preguntas frecuentes", "/x", LinkKind.FAQ),
        ("Domande frequenti", "/x", LinkKind.FAQ),
        ("Veelgestelde vragen", "/x", LinkKind.FAQ),
        ("Najczęściej zadawane pytania", "/x", LinkKind.FAQ),
        ("Perguntas frequentes", "/x", LinkKind.FAQ),
        ("", "/policies/refund-policy", LinkKind.RETURNS),
        ("Help Centre", "/hc", LinkKind.KNOWLEDGE_BASE),
        ("Community forum", "/c", LinkKind.FORUM),
    ],
)
def test_link_words(text: str, href: str, kind: LinkKind) -> None:
    assert link_score(Link(text, "http://shop.test" + href), kind) > 0


def test_unrelated_links_score_nothing() -> None:
    link = Link("Our story", "http://shop.test/about")
    assert all(link_score(link, kind) == 0 for kind in LinkKind)


def test_rank_prefers_text_over_url_and_stays_on_site() -> None:
    links = [
        Link("Jobs", "http://shop.test/contact-jobs"),
        Link("Contact us", "http://shop.test/get-in-touch"),
        Link("Contact", "http://elsewhere.test/contact"),
        Link("Contact", "mailto:x@shop.test"),
    ]
    ranked = rank_links(links, LinkKind.CONTACT, "http://shop.test/", "http://shop.test/")
    assert ranked == ["http://shop.test/get-in-touch", "http://shop.test/contact-jobs"]


def test_same_site_ignores_www_and_allows_subdomains() -> None:
    assert same_site("https://help.shop.test/a", "https://www.shop.test/")
    assert not same_site("https://shop.test.evil/a", "https://shop.test/")
