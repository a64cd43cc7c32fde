"""Which URLs belong to a company's site: its registrable domain, plus hosts the campaign allows.

The registrable domain comes from the Public Suffix List (`tldextract` with the
snapshot it ships; it never fetches a newer list): `shop.example.co.uk` and
`help.example.co.uk` are one site, `example.co.uk` and `other.co.uk` are not. A host
under no known suffix (`site.sandbox.test`, an IP address) is its own site, with its
subdomains.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Sequence
from urllib.parse import urlsplit

from probes.domains import host_of as host_of
from probes.domains import registrable_domain as registrable_domain


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
