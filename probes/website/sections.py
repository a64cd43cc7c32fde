"""The department or other organisation a heading line gives the lines under it."""

from __future__ import annotations

import re

from probes.website.headings import (
    DATA_PROTECTION,
    department_head,
    heading_role,
    is_menu_word,
    names_a_role,
)
from probes.website.labels import (
    CUSTOMER_SERVICE,
    FAX,
    MANUFACTURER,
    PHONE,
    found_labels,
)
from probes.website.name_lines import ends_in_legal_form
from probes.website.not_labels import acronym_heading
from probes.website.number_matches import HEADING_MAX
from probes.website.organisations import names_own_party
from probes.website.record_address import address_line, record_address
from probes.website.section_headings import (
    letterhead,
    opens_with_name,
    person_name,
    remit_heading,
    service_heading,
)
from probes.website.words import OTHER_ORGANISATIONS, fold

# A web agency credited by name on its line for making the site ("Desenvolvido por X",
# "Realizzato da X"): a credit, not the heading of the agency's record (as "Hébergé par X" is);
# a number under it is the page's own.
_HOST = "host"
_CREDIT = re.compile(
    r"\b(?:desenvolvid[oa]|developed|designed|made|realizzat[oa]|sviluppat[oa]|realisee?|"
    r"concue?|desarrollad[oa]|disenad[oa]|entwickelt|gestaltet|ontwikkeld|gemaakt|criad[oa]|"
    r"feit[oa]|powered)\s+(?:by|por|da|par|von|door|przez)\s+[^\W\d_]"
)
_SECTION_REACH = 5  # lines under a department heading its section covers
# Another organisation's heading covers its whole record: name, address, register ids, then the
# phone ("La société d'hébergement web :" over six lines of the host's details).
_ORGANISATION_REACH = 8
# A heading over a list of manufacturers' lines ("Procedura per marchio", "Hersteller-Hotlines")
# covers a brand name, its procedure and its lines for each brand, longer still; a customer-service
# or fax label in it is the brand's own ("Kundenservice Marke X: ..."), so it does not close it.
_BRANDS = MANUFACTURER
_BRANDS_REACH = 20
# A heading over a shop's resellers ("Points de vente", "Stockists") covers a name, an address,
# opening hours and a phone for each of them, often grouped by region: a long list.
_RESELLERS = "reseller"
_RESELLERS_REACH = 80
# A public authority named on a page's first line is the page's owner, not another organisation;
# so is a dispute body whose letterhead is that line ("ACME – Centro de Arbitragem de Consumo"),
# not a heading naming one ("Ombudsman Services", "Médiateur : CM2C") over its number.
_OWN_PAGE_ROLE = "authority"
# So is a carrier's trade named on the first line ("Transportes Ejemplo S.L. – empresa de
# transporte"): a transport company's page, whose lines are its own, not a parcel service's.
_OWN_TRADE_ROLE = "carrier"
_OWN_LETTERHEAD_ROLE = "mediator"
# Another organisation's record ends with its number: a short line with no digits after it
# ("Ver no mapa", the next entry's name in a guest guide's list of emergency lines) starts
# another entry, not the organisation's. Lists of brands' or resellers' lines run on.
_RECORD_LINE_MAX = 40
_NOT_A_NAME = re.compile(r"[\d:@/]|www\.", re.I)  # a labelled detail, an address, a link


class Sections:
    """The department a heading line gives the lines under it.

    "Pressesprecher" or "Biuro Prasowe (BP)" on a line of its own (a department label, no
    digits, no address) heads a section: a number below it that no label of its own names
    ("Tel. 02306 104-1501" under a name and an address) is that department's, for
    `_SECTION_REACH` lines (another organisation's record `_ORGANISATION_REACH`, a list of
    brands' lines `_BRANDS_REACH`, of resellers `_RESELLERS_REACH`), until a line names another
    role or a contact, help or FAQ heading closes the section. Two department headings in a row
    are a menu, not a section. A short line naming only customer service ("Biuro obsługi
    klienta:") heads a section too: a number under it is a customer line even where a
    department's heading elsewhere names it.
    """

    def __init__(self) -> None:
        self._role: str | None = None
        self._heading = ""
        self._left = 0
        self._fresh = False
        self._first = True
        self._firm_pending = False  # an acronym heading whose next line may be its address
        self._numbered = False  # a number was written under the current heading
        self._intro = False  # the heading is a sentence introducing the officer's details
        self._previous = ""  # the last line with text

    @property
    def role(self) -> str | None:
        """The department the next line is under, if any."""
        return self._role if self._left > 0 else None

    @property
    def heading(self) -> str:
        """The heading line of the section the next line is under ("" when none)."""
        return self._heading if self.role else ""

    def feed(self, line: str, numbered: bool = False) -> None:
        """Read one more line (after its numbers were read; `numbered`: a phone number, not an
        identifier, was read on it)."""
        if not line.strip():
            return
        if self._firm_pending and not numbered and address_line(fold(line)):
            self._role, self._left = None, 0  # "Performance PR" over its address: a firm's name
        self._firm_pending = False
        previous, self._previous = self._previous, line
        heading = heading_role(line) or service_heading(line) or remit_heading(previous, line)
        first, self._first = self._first, False
        if first and (
            heading == _OWN_TRADE_ROLE
            or (heading == _OWN_PAGE_ROLE and opens_with_name(line))
            or (heading == _OWN_LETTERHEAD_ROLE and letterhead(line))
        ):
            return  # "Urząd Ochrony Danych Osobowych" opening the page: the authority's own page
        if heading == _HOST and _CREDIT.search(fold(line)):
            heading = None  # "Desenvolvido por Aperte F1": a credit, no record of the agency
        if heading == DATA_PROTECTION and names_own_party(line):
            heading = None  # "Data controller and data protection officer": the company's own
        if heading:
            # A customer-service title over departments ("Kundenservice" over "Vertrieb") makes
            # no menu with them: the department below it heads its lines.
            menu = self._fresh and self._role not in (None, heading, CUSTOMER_SERVICE)
            self._role = None if menu else heading
            self._heading = line.strip()
            self._left = 0 if menu else _reach(heading)
            self._fresh = not menu
            self._numbered = False
            # a sentence introducing the officer's details, not a long title ("1. Name und
            # Anschrift des betrieblichen Datenschutzbeauftragten", round 43): it ends as one
            # (or says no officer is appointed: "Datenschutzbeauftragter (nicht bestellt, ...)",
            # review 76)
            self._intro = (
                heading == DATA_PROTECTION
                and len(line.strip()) > HEADING_MAX
                and (line.rstrip()[-1:] in (":", ".", "!") or bool(_NEGATED.search(fold(line))))
            )
            self._firm_pending = acronym_heading(line)  # round 35, review 57
            return
        # "Kontakt" closes a section; "Dane kontaktowe:" right under its heading introduces it.
        subheading = self._fresh and line.rstrip().endswith(":")
        closes = (
            (
                names_a_role(line)
                and not _brand_line(self._role, line)
                and not _names_again(self._role, self._heading, line)
                and not record_address(self._role, line, self._fresh)
            )
            or (is_menu_word(line) and not subheading)
            # "Directeur de la publication : ..." after a host's record: the company's again
            or (self._role in OTHER_ORGANISATIONS and names_own_party(line))
            or (self._numbered and _next_record(self._role, line))
            or (self._numbered and _next_department(self._role, line))
            # under a sentence introducing the officer ("... contact our Data Protection
            # Officer:"), only its e-mail and number lines: "MusterShop" after them is the
            # company's own record (review 47)
            or (self._intro and not re.search(r"[@\d]", line) and not self._officer_named(line))
        )
        self._numbered = self._numbered or numbered
        self._role = None if closes else self._role
        self._fresh = False
        self._left -= 1

    def _officer_named(self, line: str) -> bool:
        """Whether `line`, right under a sentence introducing the officer, is the officer's own
        name ("Dr. Stefan Schiffer", phones round 40): one or two titles, then two or three
        capitalised words, no legal form, no label (without a title, "Example Shop" is as
        likely the company's own record: review 47)."""
        titles = _TITLES.match(line.strip())
        name = line.strip()[titles.end() :] if titles else ""
        return (
            self._fresh
            and bool(titles)
            and person_name(name)
            and not ends_in_legal_form(fold(name))
        )


# A negation: a data protection officer not appointed ("nicht bestellt", "non désigné", "not
# appointed", "kein", "niet aangesteld", "nie został powołany", "não nomeado"), review 76.
_NEGATED = re.compile(r"(?<!\w)(?:nicht|kein\w*|not|non|no|niet|geen|nie|nao|pas|ni)(?!\w)")

# Academic titles before a person's name ("Dr.", "Prof. Dr.", "Mag.", "Dipl.-Ing."), at the start
# of a line. Review 73: not "Herr", "Frau", "Mr": "Frau Linde Parfum" is a shop's name.
_TITLES = re.compile(
    r"^(?:(?:dr|prof|mag|ing|dipl|di|dott|dra)\.?(?:-\w+\.?)?\s+){1,2}",
    re.IGNORECASE,
)


def _next_record(role: str | None, line: str) -> bool:
    """Whether a line after another organisation's number starts another entry: a short
    plain line (no digits, no "E-mail:" label, no address or link), not in a list of brands' or
    resellers' lines, whose entries run on."""
    return (
        role in OTHER_ORGANISATIONS
        and role not in (_BRANDS, _RESELLERS)
        and len(line.strip()) <= _RECORD_LINE_MAX
        and not _NOT_A_NAME.search(line)
    )


def _next_department(role: str | None, line: str) -> bool:
    """Whether a line after a department's number opens another department's name ("Dział
    Członkowsko-Mieszkaniowy" after the accounting line): a short plain line starting with a
    department word."""
    return (
        role is not None
        and role not in OTHER_ORGANISATIONS
        and len(line.strip()) <= _RECORD_LINE_MAX
        and not _NOT_A_NAME.search(line)
        and bool(department_head().match(fold(line.strip())))
    )


def _reach(role: str) -> int:
    """The lines a heading giving `role` covers."""
    if role == _BRANDS:
        return _BRANDS_REACH
    if role == _RESELLERS:
        return _RESELLERS_REACH
    return _ORGANISATION_REACH if role in OTHER_ORGANISATIONS else _SECTION_REACH


def _brand_line(role: str | None, line: str) -> bool:
    """Whether a line under a list of manufacturers' lines names only a brand's service or fax
    ("In caso di problema contattare il Customer Service X ..."): it stays in the list, unless
    it names the company itself ("Per i resi contattaci ...")."""
    return (
        role == _BRANDS
        and all(r in (CUSTOMER_SERVICE, FAX, PHONE) for *_, r in found_labels(fold(line)))
        and not names_own_party(line)
    )


def _names_again(role: str | None, heading: str, line: str) -> bool:
    """Whether a line under another organisation's heading names that organisation again, in
    the heading's words, and no other role ("Write to: Example Ombudsman, 1 Example Street"
    under "Contact the Example Ombudsman"): its record goes on, the section stays open. A
    line naming other words of the kind ("Online dispute resolution ..." under "Dispute
    resolution") is a statement that closes it. Under a department's heading, a line naming
    only that department and ending in a colon introduces its details ("Als
    Datenschutzbeauftragter ist bestellt:" under "Datenschutzbeauftragter")."""
    if role is None:
        return False
    if role not in OTHER_ORGANISATIONS:
        folded = fold(line)
        hits = [h for h in found_labels(folded) if h[2] != PHONE]
        labels = [r for *_, r in hits]
        # "Email: dpo@example.co.uk" under the officer's heading: its address, not a new role
        mailed = all(folded[h[1] : h[1] + 1] == "@" for h in hits)
        only = bool(labels) and set(labels) == {role}
        # "Einen Datenschutzbeauftragten haben wir nicht bestellt. Ansprechpartner ist:": no
        # officer's details follow (review 76)
        return only and (line.rstrip().endswith(":") or mailed) and not _NEGATED.search(folded)
    named = {fold(heading)[a:b] for a, b, r in found_labels(fold(heading)) if r == role}
    found = [(fold(line)[a:b], r) for a, b, r in found_labels(fold(line)) if r != PHONE]
    # "(Dutch Data Protection Authority)" under "Autoriteit Persoonsgegevens": its name explained
    explained = line.strip().startswith("(") and line.strip().endswith(")")
    return bool(found) and all(r == role and (words in named or explained) for words, r in found)
