"""Heading lines over a page's numbers: the department or other organisation a short line
names for the lines under it ("Pressestelle", "Hébergé par o2switch", "Dział Zakupów i
Logistyki"), whether a line names a role at all, and whether it is a menu entry ("Kontakt",
"Impressum") that ends a section. Read by `probes.website.sections`; the labels themselves are
found by `probes.website.labels`.
"""

from __future__ import annotations

import re
from functools import cache

from probes.website.labels import (
    CUSTOMER_SERVICE,
    MANUFACTURER,
    PAYMENT,
    PHONE,
    found_labels,
    own_complaints,
)
from probes.website.name_lines import ends_in_legal_form
from probes.website.not_labels import firm_in_capitals, label_word_set
from probes.website.number_matches import HEADING_MAX
from probes.website.organisations import names_own_party, points_back
from probes.website.words import DEPARTMENTS, OTHER_ORGANISATIONS, all_words, alternation, fold

# Departments whose name is joined to a second word that still names them ("Dział Zakupów i
# Logistyki"); not sales or press, whose second word is often the customer's ("Sales and
# Service", "Presse & Kontakt").
_JOINABLE = ("purchasing", "accounting", "marketing")
# "... and logistics", "... i ofert": one or two words joined to a department's name
_AND_WORDS = re.compile(r"\s+(?:and|&|und|et|y|e|en|i|oraz)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*")
# One or two words after a department's name, none of them "and": what it deals in.
# Only words in a genitive's endings ("Samochodów", "Części", "Używanych", "Hurtowej"): not a
# verb ("Poleca", "Informuje", "Recomienda").
_DEALT_IN = re.compile(
    r"(?:\s+[^\W\d_]{2,}(?:ow|ych|ich|ej|ci|yn|ek))(?:\s+[^\W\d_]{2,}(?:ow|ych|ich|ej|ci|yn|ek)){0,1}"
)
# Offers and quotes joined to sales ("Dział sprzedaży i ofert", "Sales and quotes"), folded.
_OFFERS = re.compile(
    r"\b(?:ofert\w*|offers?|offres?|offert[ae]s?|angebot\w*|quotes?|quotations?|devis|"
    r"preventiv\w*|presupuestos?|orcamentos?|cotizacion\w*|cotacao\w*)\b"
)
# Another organisation's heading often spells out its full name ("National Center for Consumer
# Conflict Information and Arbitration"), longer than a department's; a longer sentence naming it
# heads the lines below only when it ends in a colon ("... the Financial Ombudsman Service. You
# can contact them:"), never when it is a statement ("We are supervised by the Ombudsman.").
_ORGANISATION_HEADING_MAX = 100
_ORGANISATION_INTRO_MAX = 200
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# "der Example GmbH", "of Example Ltd": the company a department heading names after its label.
_OF_COMPANY = re.compile(r"\s+(?:der|des|of|de|du|del|della|di|van|do|da)\s+[^\W\d_]")
# The youth protection officer heads the lines under a heading of its own only
# ("Jugendschutzbeauftragter", "Unser Jugendschutzbeauftragter ist:"): one named on the label's
# line or beside another office ("Geschäftsführer und Jugendschutzbeauftragter: Max Muster") is
# most often the owner, whose lines are the shop's. `_ALONE` reads "before|after" the label.
YOUTH_PROTECTION = "youth_protection"
DATA_PROTECTION = "data_protection"
# A legal department offered to the reader ("your outsourced legal department", "Ihre externe
# Rechtsabteilung", "votre service juridique"): a law firm's own line, not a department's.
LEGAL = "legal"
_YOUR = re.compile(
    r"(?<!\w)(?:your|ihre?|eure?|votre|vos|su|sus|tu|vostro|vostra|uw|jouw|twoj\w*|wasz\w*|seu|sua)"
    r"\s+(?:[^\W\d_]+\s+){0,2}$"
)
_ALONE = re.compile(r"(?:(?:unser|unsere|our|the|der|die)\s+)?\|(?:\s+(?:ist|is))?")
# "... ist:" after a department's label, with "of our company" between: "Unser
# Datenschutzbeauftragter ist:", "Datenschutzbeauftragter unseres Unternehmens ist:" introduce
# its record (round 37).
_INTRODUCED = re.compile(
    r"(?:\s+(?:unseres\s+unternehmens|unserer\s+firma|of\s+our\s+company))?\s+(?:ist|is)"
)
_ENUMERATION = re.compile(r"^\s*(?:\d{1,2}|[a-z])[.)]\s+")  # "1. ", "b) " before a list item
# Lexicon fields whose words, as a line of their own, are a menu entry that ends a section.
_MENU_FIELDS = ("contact", "help", "faq", "returns", "knowledge_base", "legal_links")
# A digit that is no part of a word: "B2B" in "Sprzedaż Hurtowa B2B" is a name, no number.
_DIGIT = re.compile(r"(?<![^\W\d_])(?<!\d)\d|\d(?!\d)(?![^\W\d_])")


def heading_role(line: str) -> str | None:
    """The department a heading line ends with ("Pressestelle", "Zastępca Dyrektora –
    Rzecznik Prasowy:", "Biuro Prasowe (BP)"), else None ("XYZ Media GmbH" is a name)."""
    folded = re.sub(r"\([^()]*\)", "", fold(line)).strip(" :.-–")
    folded = _ENUMERATION.sub("", folded)
    sentences = _SENTENCE_END.split(folded)
    if len(sentences) > 1 and line.rstrip().endswith(":") and points_back(sentences[-1]):
        # "... appointed a Data Protection Officer. You may contact him:": the one named, when
        # the last sentence says only that (no label, no word for the company's own office:
        # "... notre magasin de Lyon reste à votre disposition, vous pouvez le contacter :")
        last = sentences[-1]
        alone = len(last.split()) <= _POINTING_WORDS and not names_own_party(last)
        return _named_before(sentences[-2]) if alone and not found_labels(last) else None
    if len(folded) > _ORGANISATION_INTRO_MAX and line.rstrip().endswith(":"):
        # "... many sentences. You may contact the Example Ombudsman by:": the last one heads
        folded = sentences[-1]
        line = folded + ":"
    if len(folded) > _ORGANISATION_INTRO_MAX or re.search(r"@|\d{3}", folded):
        return None
    labels = [h for h in found_labels(folded) if h[2] != PHONE]
    if labels and labels[-1][2] == MANUFACTURER:
        # "Support lines by brand", "Assistenza per marchio": the brands' own service lines
        labels = [h for h in labels if h[2] != CUSTOMER_SERVICE]
    if not labels or not all(r in DEPARTMENTS for *_, r in labels):
        return None
    if firm_in_capitals(line, folded, labels):
        return None  # "WINCKLER PERSONAL" over its address and lines: a firm's name (round 34)
    if own_complaints(folded, labels):
        return None  # "Complaints and dispute resolution": the company's own complaints line
    if (
        len(folded) > HEADING_MAX
        and not _names_another_organisation(line, folded, labels[-1][2])
        and not _officer_intro(line, folded, labels[-1])
    ):
        return None
    if labels[-1][2] == PAYMENT:
        return None  # "Formas de pago: Bizum" lists ways to pay; the lines under it are not
    if _officer_intro(line, folded, labels[-1]) and labels[-1][1] < len(folded):
        return DATA_PROTECTION  # "... an unseren Datenschutzbeauftragten wenden:" (round 40)
    if labels[-1][2] == LEGAL and _YOUR.search(folded, 0, labels[-1][0]):
        return None  # "Kanzlei Muster - Ihre externe Rechtsabteilung": a law firm's own tagline
    if labels[-1][2] == YOUTH_PROTECTION and not _ALONE.fullmatch(
        folded[: labels[-1][0]] + "|" + folded[labels[-1][1] :]
    ):
        return None  # "Jugendschutzbeauftragter: Der Inhaber": most often the owner's lines
    if labels[-1][1] == len(folded) and not _DIGIT.search(folded):
        return labels[-1][2]
    if (
        line.rstrip().endswith(":")
        and _INTRODUCED.fullmatch(folded, labels[-1][1])
        and _ALONE.fullmatch(folded[: labels[-1][0]] + "|")
    ):
        return labels[-1][2]
    # "Dział Sprzedaży Samochodów (Używanych)": a sales department named from its head word,
    # then one or two words in the genitive for what it sells (no word of a label: not
    # "Dział Sprzedaży Obsługi"; review 44: not a verb, "Dział Sprzedaży Poleca").
    dealt_in = _DEALT_IN.fullmatch(folded, labels[-1][1])
    if (
        dealt_in
        and len(labels) == 1
        and labels[0][0] == 0
        and labels[0][2] == "sales"
        and department_head().match(folded)
        and not set(folded[labels[0][1] :].split()) & label_word_set()
    ):
        return labels[-1][2]
    # "Datenschutzbeauftragter der Example GmbH:", "Press office of Example Ltd:": a department
    # of the company named after it with its legal form, in a heading ending in a colon (not
    # "Ventas de lunes a viernes:", "Sales of spare parts:").
    named = _OF_COMPANY.match(folded, labels[-1][1])
    if line.rstrip().endswith(":") and named and ends_in_legal_form(folded):
        return labels[-1][2]
    # "Dział Zakupów i Logistyki", "Einkauf und Logistik": a department joined to a second
    # word no label names heads its lines too (one or two words after "and").
    joined = _AND_WORDS.fullmatch(folded, labels[-1][1])
    if joined and not _DIGIT.search(folded):
        role = labels[-1][2]
        if role in _JOINABLE or (role == "sales" and _OFFERS.search(joined.group(0))):
            return role
    # Another organisation's heading may name it: "Hébergé par o2switch", "Médiateur : CM2C".
    if labels[-1][2] in OTHER_ORGANISATIONS and not _DIGIT.search(folded[: labels[-1][1]]):
        return labels[-1][2]
    return None


_POINTING_WORDS = 7  # words of a sentence saying only "you may contact him/them"


# Phones round 40: a verb of turning to or reaching someone after the officer's name ("...
# an unseren externen Datenschutzbeauftragten wenden:"), folded, in every supported language.
_CONTACT_VERB = re.compile(
    r"\s+(?:wenden|richten|kontaktieren|erreichen|contact|reach|contacter|joindre|contactar|"
    r"contattare|contatar|contacteren|bereiken|kontaktowac|skontaktowac)"
)


# Review 73: the company named beside the officer ("an uns oder an unseren
# Datenschutzbeauftragten wenden:", "ons of onze functionaris ... bereiken:"): its own record
# follows as often, so the verb does not make the sentence the officer's heading.
_US = re.compile(r"\b(?:uns|us|ons|nous|nosotros|nos|noi|ci|nas|nós|nami)\b")


def _officer_intro(line: str, folded: str, last: tuple[int, int, str]) -> bool:
    """Whether a sentence ends in a colon right after naming the data protection officer ("...
    entre em contato com nosso Encarregado de Proteção de Dados (DPO):"), or after the officer
    and a verb of turning to them, the company not named beside them ("... an unseren
    Datenschutzbeauftragten wenden:", phones round 40, review 73): the officer's lines follow
    (round 33)."""
    verb = _CONTACT_VERB.fullmatch(folded, last[1])
    turned_to = bool(verb) and not _US.search(folded, 0, last[0])
    named_last = last[1] == len(folded) or turned_to
    return last[2] == DATA_PROTECTION and named_last and line.rstrip().endswith(":")


def _named_before(sentence: str) -> str | None:
    """The data protection officer or other organisation a sentence names last, else None."""
    named = [r for *_, r in found_labels(sentence) if r != PHONE]
    if named and named[-1] in (DATA_PROTECTION, *OTHER_ORGANISATIONS) and named[-1] != PAYMENT:
        return named[-1]
    return None


def _names_another_organisation(line: str, folded: str, role: str) -> bool:
    """Whether a line too long for a department's heading still heads another organisation's
    lines: its full name (no sentence in it), or a sentence naming it that ends in a colon."""
    if role not in OTHER_ORGANISATIONS:
        return False
    if line.rstrip().endswith(":"):
        return True
    return len(folded) <= _ORGANISATION_HEADING_MAX and not _SENTENCE_END.search(
        _ENUMERATION.sub("", line.strip())
    )


@cache
def department_head() -> re.Pattern[str]:
    """A word opening a department's name ("Dział", "Abteilung", "Departamento"), folded."""
    return re.compile(rf"(?:{alternation(all_words('department_heads'))})(?!\w)")


def colon_label_over(line_above: str, before: str, after: str) -> str | None:
    """The department a line of only a label the lexicon reads before a colon names
    ("Księgowość:", "Buchhaltung:"; not another organisation's, "Hosting:") for the number on
    the line under it, when that line holds only a phone word and the number ("tel. 22 ...":
    not a company's record or "(centrala)" after it, review 44); else None. `before` and
    `after` are the number's line on either side of it."""
    lines = line_above.strip().splitlines()
    role = _colon_label_role(lines[-1]) if lines and not after.strip() else None
    if role is None:
        return None
    folded = fold(before)
    labels = found_labels(folded)
    if any(r != PHONE for *_, r in labels):
        return None
    for start, end, _ in reversed(labels):  # what is left beside the phone word
        folded = folded[:start] + folded[end:]
    return None if re.search(r"[^\W_]", folded) else role


def _colon_label_role(line: str) -> str | None:
    if not line.rstrip().endswith(":"):
        return None
    folded = fold(line).strip(" :.-–")
    labels = found_labels(folded + ":")
    if len(labels) != 1 or labels[0][:2] != (0, len(folded) + 1):
        return None
    role = labels[0][2]
    return role if role in DEPARTMENTS and role not in OTHER_ORGANISATIONS else None


def names_a_role(line: str) -> bool:
    """Whether a line names customer service, fax or a department."""
    return any(r != PHONE for _, _, r in found_labels(fold(line)))


@cache
def _menu_words() -> re.Pattern[str]:
    words = {w for f in _MENU_FIELDS for w in all_words(f)}
    # "contact@shop.fr" is an address under a heading, not a "Contact" menu entry.
    return re.compile(rf"^(?:{alternation(tuple(words))})\b(?![@.]\w)")


def is_menu_word(line: str) -> bool:
    """Whether a line starts with a contact, help, FAQ or legal link ("Kontakt", "Impressum")."""
    return bool(_menu_words().match(fold(line).strip(" :-–")))
