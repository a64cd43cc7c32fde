"""Another organisation named in the sentence before a number, or a main-line word under its
heading: whose line the number is when the label next to it only says "phone" or "switchboard".

"Agencia Española de Protección de Datos, C/ Jorge Juan 6, 28001 Madrid, teléfono 901 100 099"
names the authority in the sentence that ends with the number; "Centralino: +39 06 696771"
under "Garante per la protezione dei dati personali" is the Garante's switchboard.
"""

from __future__ import annotations

import re
from functools import cache

from probes.website.labels import PAYMENT, PHONE, found_labels
from probes.website.words import OTHER_ORGANISATIONS, all_words, alternation, fold

HOST = "host"
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")

# The end of a sentence: "!", "?" or "." before a capital ("France. Téléphone", "DHL. Tel."),
# not after an abbreviation of an address or a title ("ul. Stawki", "Rua Dr. Eduardo").
_SENTENCE_STOP = re.compile(r"(\w*)[.!?]\s+(?=[A-ZÀ-ÖØ-Þ])")
_ABBREVIATIONS = frozenset(
    [
        "dr",
        "dra",
        "av",
        "avda",
        "sr",
        "sra",
        "st",
        "ste",
        "str",
        "nr",
        "no",
        "prof",
        "dott",
        "ing",
        "mr",
        "mrs",
        "ms",
        "mme",
        "mlle",
        "sig",
        "gen",
        "pl",
        "ul",
    ]
)


def sentence_start(text: str) -> int:
    """Where the last sentence of `text` starts (0 when no sentence ended in it)."""
    stops = _sentence_stops(text)
    return stops[-1].end() if stops else 0


def _sentence_stops(text: str) -> list[re.Match[str]]:
    return [
        m
        for m in _SENTENCE_STOP.finditer(text)
        if not (
            m.group(1).lower() in _ABBREVIATIONS or (m.group(1).islower() and len(m.group(1)) <= 3)
        )
    ]


def organisation_in_sentence(segment: str) -> str | None:
    """The other organisation a sentence names before its bare phone word ("Agencia Española
    de Protección de Datos, C/ Jorge Juan 6, 28001 Madrid, teléfono ..."; "Hébergé par OVH, 2
    rue Kellermann, 59100 Roubaix, tél. ..."): its role, when no other label comes after it and
    the sentence has not ended; else None. A payment wallet is named on its own line only.

    A web host keeps the sentences after the one naming it, up to the number: a site's notice
    describes its host in several ("Hébergé par Exemple SAS, 1 rue ..., Paris. Société au
    capital de ..., n° de téléphone : ..."), unless another label comes between, or words
    naming the company itself as the notice's party or asking to contact it ("Directeur de la
    publication : ...", "Le vendeur peut être joint au ..."): the number is the
    company's. (Bare reachability, "joignable au ...", may be the host's own.)"""
    start = sentence_start(segment)
    sentence = fold(segment[start:])
    role = (
        _last_named(sentence)
        or _government_site(sentence)
        or _referred_back(segment, start, sentence)
    )
    if role is None and _host_carried(fold(segment)):
        return HOST
    return role


def _referred_back(segment: str, start: int, sentence: str) -> str | None:
    """The organisation the sentence before names, when the number's sentence points back to
    it and names no other party ("... we use Example Ombudsman for disputes. To refer the
    complaint to them please contact ..."); `sentence` is the folded `segment[start:]`; else
    None."""
    if start == 0 or not _refers_back().search(sentence) or found_labels(sentence):
        return None
    before = fold(segment[sentence_start(segment[:start].rstrip()) : start])
    named = [h[2] for h in found_labels(before) if h[2] in OTHER_ORGANISATIONS]
    return named[-1] if named and named[-1] != PAYMENT else None


def points_back(text: str) -> bool:
    """Whether folded `text` points back to whoever the sentence before named ("contact
    them", "z nim skontaktować")."""
    return bool(_refers_back().search(text))


@cache
def _refers_back() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(all_words('refers_back'))})(?!\w)")


AUTHORITY = "authority"
# A public body's web address: "www.example.gov.co", "example.gouv.fr", "example.gv.at".
_GOVERNMENT_SITE = re.compile(
    r"[\w-]\.(?:gov|gob|gouv|gv|govt|admin)(?:\.[a-z]{2})?(?![\w.-]*\.[a-z])"
)


def _government_site(sentence: str) -> str | None:
    """`AUTHORITY` when a sentence sends the reader to a public body's web address before its
    bare phone word ("For your rights visit www.example.gov.co or call ..."), no other label and
    no word for the company itself after it; else None."""
    sites = list(_GOVERNMENT_SITE.finditer(sentence))
    if not sites:
        return None
    tail = sentence[sites[-1].end() :]
    if _SENTENCE_END.search(tail) or _own_party().search(tail):
        return None  # "... sur www.exemple.gouv.fr. Appelez le ...": a sentence ended after it
    if any(h[2] != PHONE for h in found_labels(tail)):
        return None
    return AUTHORITY


def _host_carried(text: str) -> bool:
    """Whether a web host named in `text` still owns a number at its end: the last other
    organisation named, with no label and no word for the company itself after it."""
    if _last_named(text) != HOST:
        return False
    end = max(h[1] for h in found_labels(text) if h[2] == HOST)
    return not _own_party().search(text, end)


@cache
def _own_party() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(all_words('own_party'))})(?!\w)")


def names_own_party(text: str) -> bool:
    """Whether `text` names the company itself as a notice's party or asks to contact it ("the
    seller", "contattaci"): its own line, not another organisation's."""
    return bool(_own_party().search(fold(text)))


_EMAIL_LABEL = re.compile(r"(?:e-?mail|correo|courriel|poczta)\s*:?\s*$")
# "nosso e-mail: sac@...", "our email": the company's own address, not the record's
_FIRST_PERSON = re.compile(
    r"(?<!\w)(?:nosso|nossa|our|us|unser\w*|uns|nasz\w*|notre|nos|nuestr\w*|nostr\w*|ons|onze)(?!\w)"
)


def _record_address_word(text: str, hit: tuple[int, int, str]) -> bool:
    """Whether a label is the local part of an e-mail address a record labels as its e-mail
    (no word for the company itself in the 40 characters before it: "fale conosco, email
    sac@..." is the company's)."""
    if text[hit[1] : hit[1] + 1] != "@" or not _EMAIL_LABEL.search(text, 0, hit[0]):
        return False
    lead = text[max(0, hit[0] - 40) : hit[0]]
    return not (_FIRST_PERSON.search(lead) or _own_party().search(lead))


def _last_named(text: str) -> str | None:
    """The role of the last other organisation `text` names, when no label but a bare phone
    word comes after it; else None."""
    # "..., email geral@cacrc.pt; telefone ...": a word in an e-mail address given as the
    # organisation's ("email ...") is no label after its name ("fale com sac@loja..." still is)
    labels = [h for h in found_labels(text) if not _record_address_word(text, h)]
    # "le traitement des données réalisé par Exemple SARL": an organisation's word inside a
    # phrase naming the company itself ("traitement réalisé par", a data controller) names none
    own = [(m.start(), m.end()) for m in _own_party().finditer(text)]
    named = [
        h
        for h in labels
        if h[2] in OTHER_ORGANISATIONS
        and h[2] != PAYMENT
        and not any(s <= h[0] and h[1] <= e for s, e in own)
    ]
    if not named:
        return None
    _, end, role = named[-1]
    return None if any(h[0] >= end and h[2] != PHONE for h in labels) else role


_LINE_OPENING = re.compile(r"^[\W\d_]{0,6}$")  # "", "2. ", "- " before a line's first label


def line_owner(segment: str) -> str | None:
    """The other organisation whose label opens a line (`segment` is the line before a number):
    "Hébergeur : Exemple SA, société anonyme au capital de ..., Genève Téléphone : ..." is the
    host's record, however far its number, when no other label but a phone word and no word
    for the company itself ("Directeur de la publication") comes between; else None."""
    text = fold(segment)
    labels = found_labels(text)
    if not labels or not _LINE_OPENING.match(text[: labels[0][0]]):
        return None
    _, end, role = labels[0]
    if role not in OTHER_ORGANISATIONS or role == PAYMENT:
        return None
    if any(r not in (role, PHONE) for *_, r in labels[1:]) or _own_party().search(text, end):
        return None
    return role


@cache
def _switchboard() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(all_words('switchboard'))})(?!\w)")


def switchboard_before(segment: str) -> bool:
    """Whether the last label of `segment` names a main line ("Centralino:", "Helpline",
    "Telefonzentrale"): under another organisation's heading, that organisation's line."""
    folded = fold(segment)
    found = list(_switchboard().finditer(folded))
    if not found:
        return False
    return not any(h[0] >= found[-1].end() for h in found_labels(folded))


_RUN_ON_PREFIX_WORDS = 2  # words before the organisation's name: "Bayerisches Landesamt ..."


def organisation_running_on(line: str) -> str | None:
    """The other organisation a line ending in a comma opens with, its address after it and no
    other field ("Bayerisches Landesamt für Datenschutzaufsicht, Postfach 606, 91511 Ansbach," over
    "Telefon: ..."): the number on the next line is its own (round 43). None for a line naming
    the organisation in passing ("... vor einer Verbraucherschlichtungsstelle teil, ...") or
    among other fields ("Zuständige Aufsichtsbehörde: Landratsamt München, Berufsbezeichnung:
    Tierarzt,"), or naming the company itself ("Exemple SARL, hébergé par OVH, ...": review 76)."""
    folded = fold(line.rstrip())
    if not folded.endswith(","):
        return None
    labels = found_labels(folded)
    if not labels or labels[0][2] not in OTHER_ORGANISATIONS or labels[0][2] == PAYMENT:
        return None
    start, end, role = labels[0]
    rest = folded[end:]
    if (
        len(folded[:start].split()) > _RUN_ON_PREFIX_WORDS
        or "," in folded[:start]
        or ":" in rest
        or not re.search(r"\d", rest)
        or any(r != role for *_, r in labels[1:])
        or names_own_party(folded)
    ):
        return None
    return role
