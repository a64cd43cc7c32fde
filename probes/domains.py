"""Host names and registrable domains, shared by the website probe (site scope) and the
email probe (is a reply's sender the company's?).

The registrable domain comes from the Public Suffix List (`tldextract` with the
snapshot it ships; it never fetches a newer list).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from urllib.parse import unquote, urlsplit

import tldextract

_EXTRACT = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True)


def host_of(url: str) -> str:
    """The lower-case host name of `url` ("" when it has none)."""
    try:
        return (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


@lru_cache(maxsize=4096)
def registrable_domain(host: str) -> str:
    """`host`'s registrable domain ("www.shop.example.co.uk" -> "example.co.uk"); a host
    under no known public suffix, or an IP address, is returned without "www."."""
    host = host.lower().rstrip(".")
    try:
        ipaddress.ip_address(host.strip("[]"))
        return host
    except ValueError:
        pass
    parts = _EXTRACT(host)
    if parts.suffix and parts.domain:
        return f"{parts.domain}.{parts.suffix}"
    return host.removeprefix("www.")


LINKED_DOMAINS = "selfservice.linked_domains"
"""The website probe's metric naming the other sites a company's pages link to (and
the domains of their `mailto:` addresses), registrable domains, comma-separated.
The email probe accepts replies from them as the company's (`probes.email.senders`)."""
_MAX_LINKED = 100
_LABEL = r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
_DOMAIN_NAME = re.compile(rf"^{_LABEL}(?:\.{_LABEL})+$")


def outbound_domains(hrefs: Iterable[str], on_site: Callable[[str], bool]) -> list[str]:
    """Registrable domains of the http(s) and `mailto:` links in `hrefs` that leave the
    site (`on_site(url)` False), sorted, at most 100."""
    found: set[str] = set()
    for href in hrefs:
        text = href.strip()
        if text[:7].lower() == "mailto:":
            address = unquote(text[7:]).split("?")[0].split(",")[0].strip()
            host = address.rpartition("@")[2].lower().rstrip(".>") if "@" in address else ""
            if host and not on_site(f"https://{host}/"):
                found.add(registrable_domain(host))
        elif urlsplit(text).scheme.lower() in ("http", "https") and not on_site(text):
            host = host_of(text)
            if host:
                found.add(registrable_domain(host))
    return sorted(d for d in found if _DOMAIN_NAME.match(d))[:_MAX_LINKED]


def linked_domains(metrics: Mapping[str, object]) -> tuple[str, ...]:
    """The domains a stored website observation's `LINKED_DOMAINS` metric names."""
    value = metrics.get(LINKED_DOMAINS)
    if not isinstance(value, str):
        return ()
    return tuple(d for d in (part.strip().lower() for part in value.split(",")) if d)
