"""Is a reply's sender the company? A stranger's message that names our inquiry is not its answer.

A message matched to an inquiry by its headers, plus-address or subject reference
is counted only when its sender is related to the company: the sender's domain
is one of the company's domains (support address, website) or a subdomain of
one, a domain the company's website links to (its help desk, its support mail
domain: the website probe's `selfservice.linked_domains`) unless anyone can get
an address there (public mail providers, `helpdesks.yaml`), a known help-desk
provider's (`helpdesks.yaml`), or a valid DKIM signature (`dkimpy`) is made by
such a domain. Bounces and held notices may also come from
the shopper's own mail system. Anything else is kept as evidence, marked
"unverified sender", and not counted.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from probes.email.match import domain_of

HELPDESKS_FILE = Path(__file__).with_name("helpdesks.yaml")
DnsTxt = Callable[..., bytes | None]
"""`dnsfunc(name, timeout=5) -> TXT record bytes` (dkimpy's resolver interface)."""
_NO_DNS_SUFFIXES = (".test", ".example", ".invalid", ".localhost", ".local")
"""Reserved names (RFC 2606/6761): no public DNS, so never looked up unless a resolver
is given (the sandbox and tests give one)."""


@functools.cache
def _helpdesks_file() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(HELPDESKS_FILE.read_text(encoding="utf-8"))
    return data


def helpdesk_domains() -> dict[str, str]:
    """Domain -> help-desk provider, from `helpdesks.yaml`."""
    data = _helpdesks_file()
    return {d.lower(): name for name, domains in data["helpdesks"].items() for d in domains}


def public_mail_domains() -> frozenset[str]:
    """Mail providers where anyone gets an address: a link to one vouches for nobody."""
    return frozenset(d.lower() for d in _helpdesks_file()["public_mail"])


def _within(domain: str, parent: str) -> bool:
    return bool(parent) and (domain == parent or domain.endswith("." + parent))


def relation(
    domain: str, company_domains: Iterable[str], linked_domains: Iterable[str] = ()
) -> str | None:
    """How `domain` belongs to the company (own domain, subdomain, a domain its website
    links to, help desk), or None."""
    domain = domain.lower().rstrip(".")
    for own in company_domains:
        if _within(domain, own):
            return f"the company's domain {own}"
    public = public_mail_domains()
    for linked in linked_domains:
        if linked not in public and _within(domain, linked):
            return f"{linked}, linked from the company's website"
    for helpdesk, provider in helpdesk_domains().items():
        if _within(domain, helpdesk):
            return f"help-desk provider {provider} ({helpdesk})"
    return None


@dataclass(frozen=True)
class SenderCheck:
    """Whether a matched message comes from the company, and why (or why not)."""

    verified: bool
    reason: str


def _dkim_domains(raw: bytes, dns: DnsTxt | None) -> list[str]:
    """Domains (d=) of the message's valid DKIM signatures."""
    if b"dkim-signature" not in raw[:200_000].lower():
        return []
    import dkim  # dkimpy: only needed for signed mail

    found = []
    message = dkim.DKIM(raw)
    for index in range(10):
        try:
            prep = message.verify_headerprep(index)
            if not prep:
                break
            domain = message.domain.decode("ascii", "replace").lower()
            if dns is None and domain.endswith(_NO_DNS_SUFFIXES):
                continue
            ok = message.verify(index, dnsfunc=dns) if dns else message.verify(index)
        except Exception:  # a malformed signature or a DNS failure is just not valid
            continue
        if ok:
            found.append(domain)
    return found


def check_sender(
    from_addr: str,
    raw: bytes,
    company_domains: Iterable[str],
    own_domains: Iterable[str] = (),
    system_mail: bool = False,
    dns: DnsTxt | None = None,
    linked_domains: Iterable[str] = (),
) -> SenderCheck:
    """Is the sender of a matched message the company (or, for a bounce or held notice,
    our own mail system)?"""
    companies = [d for d in company_domains if d]
    linked = [d for d in linked_domains if d]
    sender = domain_of(from_addr)
    why = relation(sender, companies, linked)
    if why:
        return SenderCheck(True, f"sender {sender}: {why}")
    if system_mail and any(_within(sender, own) for own in own_domains):
        return SenderCheck(True, f"sender {sender}: our own mail system")
    for signer in _dkim_domains(raw, dns):
        why = relation(signer, companies, linked)
        if why:
            return SenderCheck(True, f"valid DKIM signature by {signer}: {why}")
    return SenderCheck(
        False,
        f"unverified sender {sender or 'unknown'}: not the company's domain "
        f"({', '.join(companies) or 'none known'}), linked from its website, a help desk "
        "or a DKIM signer of theirs",
    )
