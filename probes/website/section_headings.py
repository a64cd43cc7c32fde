"""Which line heads a section (see `probes.website.sections`): a short line naming only
customer service, a buyer's remit on a line of its own under a person's name ("Zakupy"), and the
tests on a page's first line naming an authority or a dispute body, which is the page's own when
it opens with the body's name or letterhead, not a line about complaining to it."""

from __future__ import annotations

import re
from functools import cache

from probes.website.labels import CUSTOMER_SERVICE, found_labels
from probes.website.words import all_words, alternation, fold

# "CIAB – Centro de ...": an acronym in capitals, a dash, then a name.
_ACRONYM_THEN_NAME = re.compile(r"[A-Z][A-Z0-9&]{1,9}\s*[-–—]\s*[^\W\d_][^:]*$")


def opens_with_name(line: str) -> bool:
    """Whether a page's first line naming an authority is the authority's own ("Urząd Ochrony
    Danych Osobowych", "Contact the Information Commissioner's Office"), not a company's line
    about complaining to it ("Complaint to a supervisory authority", "You may lodge a
    complaint with the data protection authority:", "Beschwerderecht bei der Aufsichtsbehörde")."""
    return not _complaint_word().search(fold(line))


@cache
def _complaint_word() -> re.Pattern[str]:
    # A complaints word may open a compound or a verb ("Beschwerderecht", "complain", "déposer
    # une plainte", "wnieść skargę"): the lexicon's words, and their stems in every language.
    stems = "complain|plaint|beschwer|reclam|queix|quej|klacht|skarg|reklamac"
    return re.compile(rf"(?<!\w)(?:{alternation(all_words('complaints'))}|{stems})")


def letterhead(line: str) -> bool:
    """Whether a line is a body's letterhead: its acronym, a dash, then its full name."""
    return bool(_ACRONYM_THEN_NAME.match(line.strip()))


_SERVICE_HEADING_MAX = 40  # characters of a customer-service heading line


def service_heading(line: str) -> str | None:
    """`CUSTOMER_SERVICE` for a short line that only names customer service ("Biuro obsługi
    klienta:", "Kundenservice"): a number under it, unlabelled, is a customer line even where
    a department's heading elsewhere names it too ("Księgowość" over the same number)."""
    folded = fold(line).strip(" :.-–")
    if len(folded) > _SERVICE_HEADING_MAX or re.search(r"\d|@", folded):
        return None
    labels = found_labels(folded)
    if labels and all(r == CUSTOMER_SERVICE for *_, r in labels) and labels[-1][1] == len(folded):
        return CUSTOMER_SERVICE
    return None


# A person's name on a line of its own: two or three words of letters ("Piotr Topolski",
# "Anna Maria Kowalska"), the first of which may be hyphenated ("Anna-Maria Nowak"); no digits,
# no other punctuation.
_PERSON_NAME = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?(?:\s+[^\W\d_]+){1,2}")


def person_name(text: str) -> bool:
    """Whether `text` is only a person's name: two or three capitalised words (`_PERSON_NAME`),
    none of them a label's ("Piotr Topolski", not "Dział Zakupów")."""
    words = text.split()
    return (
        bool(_PERSON_NAME.fullmatch(text))
        and all(w[0].isupper() for w in words)
        and not found_labels(fold(text))
    )


def remit_heading(previous: str, line: str) -> str | None:
    """ "purchasing" for a buyer's remit as a line of its own under a person's name ("Piotr
    Topolski" / "Zakupy"), else None: the same word elsewhere is the customer's shopping
    ("Twoje zakupy", "Zakupy: 22 ...")."""
    if fold(line).strip(" :.-–") not in all_words("purchasing_remit"):
        return None
    return "purchasing" if person_name(previous.strip()) else None
