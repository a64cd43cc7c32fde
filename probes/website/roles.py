"""What each phone number on a page is for, from the labels next to it.

Numbers are found here; the labels are read by `probes.website.labels`. A number's role
comes from the nearest label on either side within its line (a `<br>`, a block element
or a table cell ends one): before it, anywhere since the previous number ("Fax
(Zentrale): 030 123"), else right after it ("030 123 (Fax)", "030 123 (nur Fax)"),
else a label ending the previous line ("Fax:" on a line of its own), else the department
heading the section it is in ("Pressestelle" over a name, an address and "Tel. 030 ...").
Roles: `customer_service` (the default), `fax`, `sales`, `press`, `investors`, `jobs`,
`purchasing`, `accounting`, `debt_collection`, `marketing`, `data_protection` (a data protection
officer), `legal` (the company's legal department), and
another organisation's: `payment` (a wallet that only receives money), `mediator` (a
consumer mediator, dispute or arbitration body, an ombudsman), `host` (the site's web host),
`emergency` (an on-duty rota's line, also when the sentence after the number says it tells who
is on duty), `carrier` (a parcel service's line, also when the number's sentence asks to call it
for a parcel's redelivery after a missed delivery), `manufacturer` (a manufacturer's or brand's
own support line, also in a shop's list of its brands' lines), `insurer` (a travel firm's
insolvency insurer), `reseller` (a line in a shop's list of its points of sale or stockists),
`photographer` (a photographer or image agency credited on the page), `youth_protection` (a
German imprint's youth protection officer, most often an outside lawyer).
A fax under another organisation's heading, or after that organisation's phone on its line, is
the organisation's line (a brand's fax in a list of brands' lines stays a fax). A line
opening with another organisation's label ("Hébergeur : ...") owns its numbers; a
sentence too long for a heading that runs on to a number on the next line gives it its role.
A number with no label of its own takes the role labels give it elsewhere on the page (a
fax number written again bare), unless one of them calls it a phone line (`page_roles`).

Numbers are read for the company's country, then for the countries the page suggests
(`probes.website.regions`); numbers written back to back with only blanks between are read
each (`probes.website.digit_runs`). A second number written as the last digits of the first
("239 801 170/1", "57 00 / 01") is read too, with the first's role, or the second label's of a
"Tel. / Fax" pair.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import phonenumbers
from phonenumbers import PhoneNumberFormat

from probes.website.budget import AnalysisBudget
from probes.website.decoy_labels import is_identifier
from probes.website.headings import DATA_PROTECTION, colon_label_over
from probes.website.labels import (
    CUSTOMER_SERVICE,
    FAX,
    MANUFACTURER,
    PHONE,
    found_labels,
    pair_second,
    public_role,
    role_after,
    role_before,
    role_ending,
)
from probes.website.line_before import fax_ahead, sentence_running_on
from probes.website.lines_after import (
    CARRIER,
    EMERGENCY,
    ON_DUTY_REACH,
    reaches_on_duty,
    redelivery_in_sentence,
)
from probes.website.number_matches import (
    BEFORE_REACH,
    SENTENCE_END,
    for_named_country,
    matches,
)
from probes.website.organisations import (
    line_owner,
    names_own_party,
    organisation_in_sentence,
    organisation_running_on,
    switchboard_before,
)
from probes.website.seams import unglued
from probes.website.siblings import sibling
from probes.website.words import DEPARTMENTS, OTHER_ORGANISATIONS, fold

_ONLY_SLASH = re.compile(r"\s*/\s*")
_OR = re.compile(r"\s*(?:[,/]|or|oder|ou|o|of|lub|albo|ou)\s*")  # between two numbers of one label
# Other organisations whose fax is their line too (a wallet has no fax; a shop's list of its
# brands' lines keeps a brand's fax a fax).
_OWNERS = frozenset(r for r in OTHER_ORGANISATIONS if r not in ("payment", MANUFACTURER))
_BRACKETED = re.compile(r"\(([^()]{1,60})\)")
# Labels whose role a second number listed after the first keeps ("Vertrieb: 030 1, 030 2").
_LISTED = frozenset(
    {FAX, PHONE, CUSTOMER_SERVICE, *(d for d in DEPARTMENTS if d not in OTHER_ORGANISATIONS)}
)


@dataclass(frozen=True)
class RoledNumber:
    """A number found in a block, with its span and role."""

    e164: str
    start: int
    end: int
    role: str
    label: str
    labelled: bool = False  # the role comes from a label or a heading, not the default


IDENTIFIER = "identifier"
"""The role of digits an identifier label names ("VAT number 06271940659"): not a line; the
same digits elsewhere on the page ("Tax ID for VAT purposes: 06271940659") are not one either,
unless a label there calls them customer service. Dropped from what the readers return."""


def page_roles(hits: list[tuple[str, str, bool]]) -> dict[str, str]:
    """Number -> its role on a page, from every (e164, role, labelled) sighting of it.

    A number labelled customer service (or only "Tel.") anywhere is a customer line; else a
    label elsewhere ("Fax 030 123", then "(030 123)" bare) gives its role to the bare
    sightings (an identifier's, `IDENTIFIER`, only when no label calls it a line); a number no
    label names is customer service.
    """
    named: dict[str, list[str]] = {}
    for e164, role, labelled in hits:
        named.setdefault(e164, [])
        if labelled:
            named[e164].append(role)
    return {e164: _settled(roles) for e164, roles in named.items()}


def _settled(roles: list[str]) -> str:
    if not roles or CUSTOMER_SERVICE in roles:
        return CUSTOMER_SERVICE
    lines = [role for role in roles if role != IDENTIFIER]
    return lines[0] if lines else IDENTIFIER


def roled_numbers(
    block: str,
    regions: list[str],
    context_before: str = "",
    budget: AnalysisBudget | None = None,
    section: str | None = None,
    heading: str = "",
    second_above: str = "",
) -> list[RoledNumber]:
    """The phone numbers of one block with their roles (identifiers with `IDENTIFIER`, for
    `page_roles`); prices left out.

    `section` is the department whose `heading` line the block is under (see `Sections`):
    the role of a number no label of its own names, the heading then shown in its label.
    """
    if section == MANUFACTURER and names_own_party(block):
        section = None  # "Per i resi contattaci al ...": the company's own line, not a brand's
    written = block
    block, origin = unglued(written)  # "Hotline0800 123 456": read with a blank at the seam
    out: list[RoledNumber] = []
    previous_end = 0
    pair: str | None = None  # the second label's role of the previous number's "Tel. / Fax"
    owner: str | None = None  # another organisation whose number came earlier on this line
    previous: str | None = None  # the previous number's role on this line
    for start, end, number in matches(block, regions, budget, context_before, second_above):
        if budget is not None and budget.spent():
            break
        if start < previous_end:
            continue  # inside a second number already read as the last digits of the first
        if is_identifier(block, start, end, previous_end, context_before) or (
            previous == IDENTIFIER and re.fullmatch(r"\s*,\s*", block[previous_end:start])
        ):  # "GPS: 50.2000000, 16.8000000": the second digits of one identifier's pair
            previous = IDENTIFIER
            e164 = str(phonenumbers.format_number(number, PhoneNumberFormat.E164))
            out.append(RoledNumber(e164, start, end, IDENTIFIER, "", True))
            previous_end = end
            continue
        before = block[max(previous_end, start - BEFORE_REACH) : start]
        role = role_before(before)
        if role is None and pair and previous_end and _ONLY_SLASH.fullmatch(before):
            role = pair  # "Tel./Fax: 030 123 / 030 124": the second is the fax
        pair = pair_second(before)
        if role is None:
            role = role_after(block[end:]) or _owner_in_bracket_after(block[end:])
        if role is None and previous_end == 0:
            # A label ending the previous block ("Fax:" on a line of its own); a department
            # heading counts through `section`, which knows a menu from a heading.
            ending = role_ending(context_before)
            role = None if ending in DEPARTMENTS else ending
            if ending is not None and pair is None:
                # "Tel./Fax" over "030 123 / 030 124": the second number is the fax
                pair = pair_second(context_before[-BEFORE_REACH:])
            if role is None and not re.search(r"[^\W\d_]", before) and fax_ahead(context_before):
                role = FAX
            if role is None and not re.search(r"[^\W\d_]", before):
                role = sentence_running_on(context_before)
        if role in (None, PHONE) and previous_end == 0:  # "Księgowość:" over "tel. 22 ..."
            role = colon_label_over(context_before, block[:start], block[end:]) or role
        if role in (None, PHONE) and previous in _OWNERS and not SENTENCE_END.search(before):
            role = previous  # "call the regulator on 0800 ... or 0300 ...": its second line
        if role is None and previous in _LISTED and _OR.fullmatch(before):
            # "Fax: 030 123 oder 030 456": a second fax; "Tel.: 030 123, 030 456, Fax: 030 456":
            # a second line the phone (or department) label names
            role = previous
        if role in (None, PHONE):
            # "Agencia Española de Protección de Datos, C/ Jorge Juan 6, Madrid, teléfono ..."
            role = organisation_in_sentence(block[previous_end:start]) or role
        if role in (None, PHONE) and previous_end == 0:
            # "Bayerisches Landesamt für Datenschutzaufsicht, Postfach 606, 91511 Ansbach," over
            # "Telefon: ...": the organisation's record runs on to the number (round 43)
            role = organisation_running_on(context_before.rstrip().rsplit("\n", 1)[-1]) or role
        if role in (None, PHONE) and reaches_on_duty(block[end : end + ON_DUTY_REACH]):
            role = EMERGENCY  # "... 070 204 0010. They tell you which dentist is on duty."
        if role in (None, PHONE) and redelivery_in_sentence(
            block[previous_end:start], block[end : end + ON_DUTY_REACH]
        ):
            role = CARRIER  # "call (022 ...) for a second delivery attempt of your parcel"
        under_another = section in OTHER_ORGANISATIONS
        if (
            under_another
            and role == CUSTOMER_SERVICE
            and (switchboard_before(before) or section == MANUFACTURER)
        ):
            # "Centralino: +39 06 ..." under "Garante per la protezione dei dati"; "Kundenservice
            # Marke X: ..." in a list of manufacturers' lines: the brand's own service
            role = section
        if role in (None, PHONE):
            # "Hébergeur : Exemple SA, <address, register ids> Téléphone : ...": the host's line
            role = line_owner(block[:start]) or role
        if role == FAX and ((under_another and section in _OWNERS) or owner):
            # "Telefone: ... Fax: ..." under a dispute body's heading or after its own phone
            # on the line: the body's fax, so the body's line, not the company's fax.
            role = section if under_another else owner
        if (
            role == FAX
            and section == DATA_PROTECTION
            and _after_officer_line(
                previous, context_before if previous_end == 0 else block[:start]
            )
        ):
            # under the officer's heading, right after the officer's number or e-mail, the
            # officer's fax (round 43); not the company's fax after its imprint (review 76)
            role = section
        label = before.strip()[-BEFORE_REACH:]
        if role in (None, PHONE) and section:
            role = section
            label = f"{heading} | {label}" if label else heading
        number = for_named_country(block, start, end, number, previous_end, context_before)
        e164 = str(phonenumbers.format_number(number, PhoneNumberFormat.E164))
        out.append(RoledNumber(e164, start, end, public_role(role), label, role is not None))
        owner = role if role in _OWNERS else owner
        previous = role
        previous_end = end
        second = sibling(block, start, end, e164)
        while second:  # "+244 940 946 130/1/2/3": each tail a line of its own
            s_start, s_end, s_e164 = second
            s_role = pair or public_role(role)
            out.append(RoledNumber(s_e164, s_start, s_end, s_role, label, role is not None))
            previous_end, pair = s_end, None
            second = sibling(block, start, s_end, e164)
    if len(block) == len(written):
        return out
    return [replace(n, start=origin[n.start], end=origin[n.end]) for n in out]


def _owner_in_bracket_after(rest: str) -> str | None:
    """Another organisation named in brackets in the label after the last number of a line
    ("0800 ...   Fault line power grid (Example Netz GmbH)"): the line is that organisation's;
    else None (a number further on may own the label)."""
    if re.search(r"\d", rest):
        return None
    for bracket in _BRACKETED.finditer(fold(rest)):
        owners = [r for *_, r in found_labels(bracket.group(1)) if r in OTHER_ORGANISATIONS]
        if owners:
            return owners[0]
    return None


def _after_officer_line(previous: str | None, before: str) -> bool:
    """Whether a fax comes right after the officer's own number on its line (`previous` is that
    number's role) or on the line under the officer's e-mail or number (`before`: the text
    before the fax, the line above when the fax opens its line)."""
    if previous == DATA_PROTECTION:
        return True
    line = fold(before.rstrip().rsplit("\n", 1)[-1]).lstrip()
    labels = found_labels(line)
    return "@" in line or bool(labels and labels[0][0] == 0 and labels[0][2] == PHONE)
