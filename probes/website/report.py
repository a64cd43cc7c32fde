"""Turning a site visit into each channel's metrics, status, evidence and detail."""

from __future__ import annotations

import json
import re

from probes.base import Evidence, MetricValue, Status
from probes.domains import LINKED_DOMAINS, outbound_domains
from probes.lexicon import languages
from probes.lexicon.detect import base_language, detect_language
from probes.returns_terms import read_returns_policy
from probes.website.crawl import PageVisit, SiteVisit
from probes.website.jsonld import contact_telephones, faq_question_count, return_policy_metrics
from probes.website.links import Link, LinkKind, any_link
from probes.website.phones import is_toll_free, parse_number
from probes.website.sightings import REACHABLE, Sighting, states_247
from probes.website.vendors import NO_VENDOR, detect_vendor

ChannelResult = tuple[Status, dict[str, MetricValue], tuple[Evidence, ...], str]

_MIN_HOMEPAGE_QUESTIONS = 3  # an FAQ block on the homepage itself


def _home(visit: SiteVisit) -> PageVisit:
    assert visit.home is not None
    return visit.home


def _load_seconds(home: PageVisit) -> float | None:
    dcl = home.facts.dcl_s if home.facts else None
    return round(dcl, 3) if dcl is not None else None


def _address(page: PageVisit) -> str:
    """The address the page was read at (the visit's key drops a trailing slash)."""
    return page.facts.url if page.facts else page.url


def _sighting_rows(pages: list[PageVisit], region: str) -> list[dict[str, object]]:
    """Every number seen, one row each (the `phone_sightings` table), structured data too."""
    rows = [s.row(_address(page)) for page in pages for s in page.sightings]
    for page in pages:
        assert page.facts is not None
        for written in contact_telephones(list(page.facts.jsonld)):
            e164 = parse_number(written, region)
            if e164:
                rows.append(
                    {
                        "e164": e164,
                        "role": "customer_service",
                        "how": "structured_data",
                        "page_url": _address(page),
                        "above_fold": False,
                        "font_ratio": None,
                        "hours_near": False,
                        "label": written,
                    }
                )
    return rows


def _unknown_where_cut(
    metrics: dict[str, MetricValue],
    cut: list[PageVisit],
    depths: list[int],
    home: PageVisit,
    contact: PageVisit | None,
) -> None:
    """What a page read only in part did not show is unknown, not absent: a flag that is
    still false there, and clicks to find deeper than a cut page, become None (what was
    seen stays). The homepage's and the contact page's own flags depend on that page alone."""
    names = ["phone.toll_free", "phone.tel_link", "phone.hours_listed"]
    if any(page is home for page in cut):
        names += ["phone.on_homepage", "phone.above_fold"]
    if any(page is contact for page in cut):
        names.append("phone.on_contact_page")
    for name in names:
        if metrics[name] is False:
            metrics[name] = None
    if not depths or min(depths) > min(page.depth for page in cut):
        metrics["phone.clicks_to_find"] = None


def _cut_note(cut: list[PageVisit]) -> str:
    if not cut:
        return ""
    where = ", ".join(page.url for page in cut[:3]) + (" ..." if len(cut) > 3 else "")
    return f"; reading stopped at our analysis budget on {len(cut)} page(s) ({where})"


def phone_metrics(visit: SiteVisit) -> ChannelResult:
    """The phone channel as the website shows it, derived from the sightings."""
    home, pages = _home(visit), visit.pages()
    contact = visit.found.get(LinkKind.CONTACT)
    region = visit.target.country
    shown: dict[str, list[Sighting]] = {
        page.url: [s for s in page.sightings if s.customer_line] for page in pages
    }
    service = [s for seen in shown.values() for s in seen]
    tels = [s for p in pages for s in p.sightings if s.tel_link and s.role in REACHABLE]
    numbers = {s.e164 for s in service}
    rows = _sighting_rows(pages, region)
    declared = {str(r["e164"]) for r in rows if r["how"] == "structured_data"}
    depths = [page.depth for page in pages if shown[page.url]]
    on_home = shown[home.url]
    metrics: dict[str, MetricValue] = {
        "phone.numbers": sorted(numbers),
        "phone.on_homepage": bool(on_home),
        "phone.on_contact_page": bool(contact and shown.get(contact.url)),
        "phone.above_fold": any(s.above_fold for s in on_home),
        "phone.toll_free": any(is_toll_free(n) for n in numbers),
        "phone.tel_link": bool(tels),
        "phone.clicks_to_find": min(depths) if depths else None,
        "phone.hours_listed": any(s.hours_near for s in service),
        "phone.page_load_s": _load_seconds(home),
        "phone.structured_numbers": sorted(declared),
        "phone.other_numbers": sorted(
            {str(r["e164"]) for r in rows if r["role"] not in REACHABLE} - numbers
        ),
        "phone.sightings": json.dumps(rows, ensure_ascii=False),
    }
    evidence = tuple(e for page in pages if page.sightings for e in page.evidence)
    cut = [page for page in pages if page.analysis_cut]
    if cut:
        _unknown_where_cut(metrics, cut, depths, home, contact)
    if numbers:
        first = next(p for p in pages if shown[p.url])
        showing = sum(1 for p in pages if shown[p.url])
        detail = f"{len(numbers)} number(s) on {showing} page(s), first on {first.url}"
        return Status.OK, metrics, evidence, detail + _cut_note(cut)
    if cut:  # the number may be in the part we did not read: our limit, not their absence
        return Status.ERROR, metrics, evidence, "no phone number found" + _cut_note(cut)
    detail = f"no phone number visible on {len(pages)} page(s) visited"
    if declared:
        detail += f" (declared only in structured data: {', '.join(sorted(declared))})"
    only_links = sorted({s.e164 for s in tels if not s.visible})
    if only_links:
        detail += f" (only behind 'call' links: {', '.join(only_links)})"
    return Status.ABSENT, metrics, evidence, detail


def _questions(page: PageVisit) -> int:
    assert page.facts is not None
    return max(len(page.facts.questions), faq_question_count(list(page.facts.jsonld)))


def _help_kinds(visit: SiteVisit) -> set[LinkKind]:
    """FAQ and help pages found, less a "Support" link that only led to the contact page."""
    contact = visit.found.get(LinkKind.CONTACT)
    found = {LinkKind.HELP, LinkKind.FAQ} & set(visit.found)
    for kind in list(found):
        page = visit.found[kind]
        if contact is not None and page.url == contact.url and not _questions(page):
            found.discard(kind)
    return found


def _faq_count(visit: SiteVisit) -> int:
    """Questions on the FAQ page; else on the help page; else an FAQ block on the homepage."""
    helps = _help_kinds(visit)
    for kind in (LinkKind.FAQ, LinkKind.HELP):
        page = visit.found.get(kind)
        if page is not None and kind in helps:
            return _questions(page)
    on_home = _questions(_home(visit))
    return on_home if on_home >= _MIN_HOMEPAGE_QUESTIONS else 0


def _vendor(pages: list[PageVisit]) -> str:
    for page in pages:
        assert page.facts is not None
        vendor = detect_vendor(page.facts.urls, page.facts.globals, page.facts.selectors)
        if vendor != NO_VENDOR:
            return vendor
    return NO_VENDOR


def selfservice_metrics(visit: SiteVisit) -> ChannelResult:
    """Self-service options (FAQ, search, help centre, forum, form, 24/7) and the chat vendor."""
    pages = visit.pages()
    links: list[Link] = [link for p in pages if p.facts for link in p.facts.links]
    contact = visit.found.get(LinkKind.CONTACT)
    faq_count = _faq_count(visit)
    metrics: dict[str, MetricValue] = {
        "selfservice.faq": bool(_help_kinds(visit)) or faq_count > 0,
        "selfservice.faq_count": faq_count,
        "selfservice.search": any(p.facts.search for p in pages if p.facts),
        "selfservice.knowledge_base": any_link(links, LinkKind.KNOWLEDGE_BASE),
        "selfservice.forum": any_link(links, LinkKind.FORUM),
        "selfservice.contact_form": bool(contact and contact.facts and contact.facts.contact_form),
        "selfservice.hours_247": any(states_247(p.facts) for p in pages if p.facts),
        "chat.vendor": _vendor(pages),
        # Which other sites the company vouches for (its help desk, its support mail
        # domain): the email probe accepts their replies as the company's.
        LINKED_DOMAINS: ", ".join(outbound_domains((x.href for x in links), visit.scope.contains)),
    }
    offered = [name for name, value in metrics.items() if value is True]
    linked = metrics[LINKED_DOMAINS]
    if metrics["chat.vendor"] != NO_VENDOR:
        offered.append(f"chat.vendor={metrics['chat.vendor']}")
    kinds = ("home", LinkKind.HELP.value, LinkKind.FAQ.value, LinkKind.CONTACT.value)
    evidence = tuple(e for p in pages if p.kind in kinds for e in p.evidence if e.kind == "html")
    # Every page's artifact, so `audit reanalyze` finds the whole visit.
    evidence += tuple(e for p in pages for e in p.evidence if e.kind == "facts")
    links_note = f"; links to other sites: {linked}" if linked else ""
    if offered:
        return Status.OK, metrics, evidence, "offered: " + ", ".join(offered) + links_note
    return Status.ABSENT, metrics, evidence, "no self-service option found" + links_note


_HTML_LANG = re.compile(
    r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)", re.I
)


def page_language(html: str) -> str:
    """The language a page declares on its `<html lang>` ("" when none)."""
    match = _HTML_LANG.search(html[:5000])
    return match.group(1) if match else ""


def returns_metrics(visit: SiteVisit) -> ChannelResult:
    """The returns policy: found or not, how deep, and its terms."""
    page = visit.found.get(LinkKind.RETURNS)
    metrics: dict[str, MetricValue] = {
        "returns.policy_found": page is not None,
        "returns.clicks_to_find": page.depth if page else None,
    }
    note = ""
    if page is not None and page.facts is not None:
        language = page_language(page.facts.html)
        if base_language(language) not in languages():  # undeclared: the text's own language
            language = detect_language(page.facts.visible_text) or visit.target.language
        try:
            reading = read_returns_policy(page.facts.visible_text, language)
        except Exception as exc:  # a reader bug must not cost the phone and self-service results
            note = f"; terms not read ({type(exc).__name__}: {exc})"
        else:
            metrics.update(reading.metrics())
            metrics["returns.language"] = reading.language
            if reading.terms:
                metrics["returns.evidence"] = "\n".join(reading.sentences())
                note = "; read in " + reading.language + ": " + "; ".join(reading.sentences())
    for visited in visit.pages():
        assert visited.facts is not None
        for name, value in return_policy_metrics(list(visited.facts.jsonld)).items():
            metrics.setdefault(name, value)
    if page is None:
        return Status.ABSENT, metrics, (), "no returns policy page found"
    evidence = tuple(e for e in page.evidence if e.kind == "html")
    return Status.OK, metrics, evidence, f"returns policy at {page.url}{note}"
