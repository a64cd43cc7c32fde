"""The words a customer reads to find things, one data file per language.

The words live in `probes/lexicon/<lang>.yaml` (section `links`); to support a
new language, add its file. Every matcher uses the union of all languages,
because sites often mix them (an English "FAQ" link on a German shop). Words
are matched after `fold()`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields
from functools import cache
from typing import Any

from probes.lexicon import languages, lexicon_data


def fold(text: str) -> str:
    """Lower-case, accent-free, whitespace-collapsed text for comparing words.

    "İletişim", "Επικοινωνία" and "Rückgabe" become "iletisim", "επικοινωνια", "ruckgabe".
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().replace("ı", "i").replace("ł", "l").split())


OTHER_ORGANISATIONS = (
    "payment",
    "mediator",
    "host",
    "authority",
    "carrier",
    "emergency",
    "manufacturer",
    "insurer",
    "reseller",
    "grid_operator",
    "photographer",
    "youth_protection",
)
"""Lines of another organisation than the company: a wallet that only receives payments
("Yape", "Bizum", "MB WAY"), a consumer mediator, dispute or arbitration body or an ombudsman,
the site's web host or the agency that made the site, a public supervisory authority (a data
protection authority, a regulator), a carrier (the parcel service's own line), an on-duty or
out-of-hours service (a doctors' or dentists' rota, a GP post, the pharmacy on duty), a
manufacturer's or brand's own support line (a shop listing its brands' warranty lines), a travel
firm's insolvency insurer ("Kundengeldabsicherer", "garant financier"), a shop's resellers (its
list of points of sale or stockists: other companies selling its goods), an energy supplier's
grid operator (another company's network and its fault line), a photographer or image agency
credited on the page ("Bildnachweis", "Photo credits"), the youth protection officer a German
imprint names ("Jugendschutzbeauftragter", most often an outside lawyer: their lines, fax
included)."""
DEPARTMENTS = (
    "sales",
    "press",
    "investors",
    "jobs",
    "purchasing",
    "accounting",
    "debt_collection",
    "marketing",
    "data_protection",
    "legal",
    *OTHER_ORGANISATIONS,
)
"""Department lines that are not customer service, by the label next to the number."""


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
    # words that may stand between an identifier label and its number ("VAT CODE: IT ...",
    # "VAT Reg. No:")
    id_qualifiers: tuple[str, ...] = ()
    # company registers, which may name their court or town before the number ("Registro
    # delle Imprese di Roma n. ...", "Amtsgericht Charlottenburg HRB ...")
    register_labels: tuple[str, ...] = ()
    url_contact: tuple[str, ...] = ()
    url_help: tuple[str, ...] = ()
    url_faq: tuple[str, ...] = ()
    url_returns: tuple[str, ...] = ()
    # labels of customer-service lines and of other departments' lines
    customer_service: tuple[str, ...] = ()
    sales: tuple[str, ...] = ()
    press: tuple[str, ...] = ()
    investors: tuple[str, ...] = ()
    jobs: tuple[str, ...] = ()
    payment: tuple[str, ...] = ()
    mediator: tuple[str, ...] = ()
    host: tuple[str, ...] = ()
    authority: tuple[str, ...] = ()
    carrier: tuple[str, ...] = ()
    manufacturer: tuple[str, ...] = ()
    insurer: tuple[str, ...] = ()
    # a photographer or image agency credited on the page: their line, not the company's
    photographer: tuple[str, ...] = ()
    # a shop's resellers: a heading over its list of points of sale or stockists (other companies)
    reseller: tuple[str, ...] = ()
    # an energy supplier's grid (network) operator: another company, with its own fault line
    grid_operator: tuple[str, ...] = ()
    # parts of a company's name saying it runs a grid or supplies heat (`probes.website.name_lines`)
    grid_name_parts: tuple[str, ...] = ()
    heat_name_parts: tuple[str, ...] = ()
    # another organisation's on-duty or out-of-hours service, and the words saying who is on
    # duty, read in the sentence after a number ("... dentist is on duty")
    emergency: tuple[str, ...] = ()
    on_duty: tuple[str, ...] = ()
    # the company's line for its suppliers (purchasing), not for customers
    purchasing: tuple[str, ...] = ()
    # a buyer's remit that names purchasing only as a line of its own under a person's name
    # ("Jan Nowak" / "Zakupy"); elsewhere the same word is the customer's shopping
    purchasing_remit: tuple[str, ...] = ()
    # the company's accounting (bookkeeping) and marketing departments, not for customers
    accounting: tuple[str, ...] = ()
    # the company's debt collection department (its debtors' line), not for customers
    debt_collection: tuple[str, ...] = ()
    marketing: tuple[str, ...] = ()
    # the company's data protection officer (a privacy notice's "DPO"), not for customers
    data_protection: tuple[str, ...] = ()
    # the company's legal department (a copyright agent's or legal notices' line), not for
    # customers
    legal: tuple[str, ...] = ()
    # the officer a German imprint names for minors' protection ("Jugendschutzbeauftragter",
    # required of sites with content unsuitable for minors), not for customers
    youth_protection: tuple[str, ...] = ()
    # words opening the name of a department ("Dział ...", "Abteilung ..."): such a heading after
    # a department's number starts another department's entry, known or not
    department_heads: tuple[str, ...] = ()
    # a parcel delivered again or collected after a missed delivery ("tweede aanbieding", "avis de
    # passage"): in a number's sentence, with no label but a phone word, the carrier's line
    parcel_redelivery: tuple[str, ...] = ()
    # a complaints procedure, and settling disputes as a process naming no outside body: a
    # heading naming both ("Complaints and dispute resolution") is the company's complaints section
    complaints: tuple[str, ...] = ()
    dispute_process: tuple[str, ...] = ()
    # the company itself as a notice's party ("the seller", "the publisher") or a request to
    # contact it ("contact us"): a sentence with them after a web host's is the company's
    own_party: tuple[str, ...] = ()
    # words pointing back to whoever the previous sentence named ("refer the complaint to
    # them", "their website"): a number in that sentence is that organisation's
    refers_back: tuple[str, ...] = ()
    # words naming the main line of whoever the lines above name ("Centralino", "Helpline"):
    # under another organisation's heading, that organisation's line
    switchboard: tuple[str, ...] = ()
    # legal and site links of a footer menu ("Impressum", "Privacy"): they end a section
    legal_links: tuple[str, ...] = ()
    # an extension's marker before its digits ("w. 108", "Durchwahl 20", "poste 12")
    extension_words: tuple[str, ...] = ()
    # words that only say "phone" ("Tel.", "Handy", "Telemóvel"): a customer-service line
    # unless a department named just before them says whose it is
    phone_words: tuple[str, ...] = ()
    # "show number"-style buttons that reveal a hidden number
    show_number: tuple[str, ...] = ()
    # opening hours: day names, the word between two days or times, round-the-clock phrases
    week_days: tuple[str, ...] = ()
    hours_to: tuple[str, ...] = ()
    always_open: tuple[str, ...] = ()


def _words(raw: dict[str, Any]) -> LanguageWords:
    known = {f.name for f in fields(LanguageWords)}
    return LanguageWords(
        **{k: tuple(str(w) for w in v or ()) for k, v in raw.items() if k in known}
    )


@cache
def _load() -> dict[str, LanguageWords]:
    return {code: _words(lexicon_data(code)["links"]) for code in languages()}


WORDS: dict[str, LanguageWords] = _load()
"""The words of every language with a data file, by ISO 639-1 code."""


def alternation(words: tuple[str, ...]) -> str:
    """The words as one regex alternation, longest first (so "fax number" wins over "fax")."""
    return "|".join(re.escape(x) for x in sorted(set(words), key=len, reverse=True))


@cache
def all_words(field_name: str) -> tuple[str, ...]:
    """The folded words of one field across every language, longest first, no repeats."""
    found: dict[str, None] = {}
    for language in _load().values():
        for word in getattr(language, field_name):
            found[fold(word)] = None
    return tuple(sorted(found, key=len, reverse=True))
