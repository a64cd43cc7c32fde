"""Host names and registrable domains, shared by the website probe (site scope) and the
email probe (is a reply's sender the company's?).

The registrable domain comes from the Public Suffix List (`tldextract` with the
snapshot it ships; it never fetches a newer list).
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache
from urllib.parse import urlsplit

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
