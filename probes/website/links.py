"""Classifying a page's links: contact, help/FAQ, returns, knowledge base, forum."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urldefrag, urlsplit

from probes.website.words import WORDS, all_words, fold


class LinkKind(StrEnum):
    """What a link leads to, as a customer would read it."""

    CONTACT = "contact"
    HELP = "help"
    FAQ = "faq"
    RETURNS = "returns"
    KNOWLEDGE_BASE = "knowledge_base"
    FORUM = "forum"


@dataclass(frozen=True)
class Link:
    """A link on a page: its visible text (or label), absolute URL and visibility."""

    text: str
    href: str
    visible: bool = True


_MAX_LINK_TEXT = 50
_TEXT_WORDS: dict[LinkKind, tuple[str, ...]] = {kind: all_words(kind.value) for kind in LinkKind}
_URL_FIELDS = {
    LinkKind.CONTACT: "url_contact",
    LinkKind.HELP: "url_help",
    LinkKind.FAQ: "url_faq",
    LinkKind.RETURNS: "url_returns",
}
_URL_SLUGS: dict[LinkKind, tuple[str, ...]] = {
    kind: tuple(sorted({s for lang in WORDS.values() for s in getattr(lang, field)}))
    for kind, field in _URL_FIELDS.items()
}
_URL_SLUGS[LinkKind.RETURNS] += ("policies/refund-policy",)
_URL_SLUGS[LinkKind.KNOWLEDGE_BASE] = ("hc", "knowledge-base", "knowledgebase", "kb", "help-center")
_URL_SLUGS[LinkKind.FORUM] = ("community", "forum", "forums")
_HOST_PREFIXES = {
    LinkKind.KNOWLEDGE_BASE: ("help.", "support.", "kb.", "helpcenter."),
    LinkKind.FORUM: ("community.", "forum.", "forums."),
}


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def _has_slug(path: str, slug: str) -> bool:
    return re.search(rf"(?:^|[/_.\-]){re.escape(slug)}(?:$|[/_.\-])", path) is not None


def link_score(link: Link, kind: LinkKind) -> int:
    """How strongly `link` looks like a link to `kind`: 0 (not at all) to 7.

    The link text weighs most (exact 4, containing the word 3), then the URL
    (2); a visible link gets one more than one hidden in a closed menu.
    """
    text = fold(link.text)
    score = 0
    if text and len(text) <= _MAX_LINK_TEXT:
        words = _TEXT_WORDS[kind]
        if text.rstrip(" ›»>→") in words:
            score = 4
        elif any(_has_word(text, w) for w in words):
            score = 3
    parts = urlsplit(link.href)
    path = fold(parts.path)
    if score < 4 and (
        any(_has_slug(path, s) for s in _URL_SLUGS[kind])
        or (parts.hostname or "").startswith(_HOST_PREFIXES.get(kind, ("\0",)))
    ):
        score = max(score, 2) + (1 if score else 0)
    if score and link.visible:
        score += 1
    return score


def site_key(url: str) -> str:
    """The host a URL belongs to, without a leading "www." (same-site comparisons)."""
    hostname = (urlsplit(url).hostname or "").lower()
    return hostname.removeprefix("www.")


def same_site(url: str, home: str) -> bool:
    """Whether `url` is on the homepage's site (its host or a subdomain of it)."""
    candidate, base = site_key(url), site_key(home)
    return bool(base) and (candidate == base or candidate.endswith("." + base))


def page_key(url: str) -> str:
    """A URL without its fragment and trailing slash, to tell pages apart."""
    return urldefrag(url).url.rstrip("/")


def rank_links(
    links: list[Link],
    kind: LinkKind,
    home: str,
    current: str,
    in_site: Callable[[str], bool] | None = None,
) -> list[str]:
    """Same-site http(s) URLs of `links` that look like `kind`, best first, no repeats.

    `in_site` decides what is on the site (default: `same_site` as the homepage)."""
    scored: dict[str, int] = {}
    here = page_key(current)
    on_site = in_site or (lambda url: same_site(url, home))
    for link in links:
        if urlsplit(link.href).scheme not in ("http", "https") or not on_site(link.href):
            continue
        url = page_key(link.href)
        if url == here:
            continue
        score = link_score(link, kind)
        if score:
            scored[url] = max(score, scored.get(url, 0))
    return sorted(scored, key=lambda u: -scored[u])


def any_link(links: list[Link], kind: LinkKind) -> bool:
    """Whether any link (on any site) looks like `kind`."""
    return any(link_score(link, kind) >= 2 for link in links)
