"""Which URLs belong to a company's site: its registrable domain, plus hosts the campaign allows.

The registrable domain comes from the Public Suffix List (`tldextract` with the
snapshot it ships; it never fetches a newer list): `shop.example.co.uk` and
`help.example.co.uk` are one site, `example.co.uk` and `other.co.uk` are not. A host
under no known suffix (`site.sandbox.test`, an IP address) is its own site, with its
subdomains.
"""

from __future__ import annotations

import fnmatch
import ipaddress
from collections.abc import Sequence
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


class SiteScope:
    """The company's site as the probe may follow it."""

    def __init__(self, homepage: str, allowed_hosts: Sequence[str] = ()) -> None:
        self.host = host_of(homepage)
        self.domain = registrable_domain(self.host) if self.host else ""
        self.allowed_hosts = tuple(h.lower() for h in allowed_hosts)

    def contains(self, url: str) -> bool:
        """Whether `url` is on the company's site (http or https)."""
        if urlsplit(url).scheme not in ("http", "https"):
            return False
        host = host_of(url)
        if not host or not self.domain:
            return False
        if host == self.domain or host.endswith("." + self.domain):
            return True
        return any(fnmatch.fnmatchcase(host, allowed) for allowed in self.allowed_hosts)

    def leaving(self, url: str) -> str | None:
        """The host `url` leads to when it is off the site, else None."""
        return None if self.contains(url) else (host_of(url) or url)
