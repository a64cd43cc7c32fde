"""A returns policy's text as sentences: lines joined back where they were only wrapped, a list
item or a short title starting anew, and no sentence ended by an abbreviation's full stop (see
`probes.returns_terms` for how the sentences are read)."""

from __future__ import annotations

import re

from probes.returns_lexicon import LIST_ITEM, compile_lexicon, fold
from probes.returns_terms_flags import Sentence

# A full stop glued to the next sentence ("... worden.Voor het ...") ends it too.
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\s*[•·|]\s*|(?<=[a-zà-ÿ]{2}[.!?])(?=[A-ZÀ-Þ][a-zà-ÿ])")
# Abbreviations whose full stop ends no sentence (articles, "and following", "e.g.", "approx.",
# a single letter: "z. B.", "d. h.").
_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:art|artt|arts|segg|ss|ff|par|cf|vgl|bzw|ggf|inkl|zzgl|ca|approx|nr|no|n|"
    r"z\.\s?b|e\.g|i\.e|p\.\s?ex|dz|poz|ust|pkt|lit|abs|[^\W\d_])\.$",
    re.IGNORECASE,
)
# A digit's ordinal full stop before a day, week or month ("bis zum 14. Tag", "do 14. dnia"):
# it ends no sentence.
_ORDINAL = re.compile(r"(?:^|[\s(])\d{1,3}\.$")
_DAY_WORD = re.compile(
    r"(?:\w*tag(?:e|en|es)?|wochen?|monat\w*|dni\w*|dzie[nń]|tydzie\w*|tygodni\w*|miesi\w*)\b",
    re.IGNORECASE,
)
# "thirty (30) days", "30 (thirty) days", "14 (słownie: czternaście) dni": the number in words.
_PARENTHESISED = re.compile(
    r"([^\W\d_]+)\s*\(\s*(\d{1,3})\s*\)"
    r"|(\d{1,3})\s*\(\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:\s*)?[^\W\d_]+(?:[\s-][^\W\d_]+)?\s*\)"
)
# A table row of a label and its value ("| Prazo | 7 dias a partir do recebimento |").
_TABLE_ROW = re.compile(r"\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|?")
_PICTOGRAPH = re.compile("[\u2600-\u27bf\U0001f300-\U0001faff]")
_CELLS = re.compile(r"\S\s+\|\s+[^|]*\S\s+\|\s+\S")  # three cells or more: "a | b | c"
_TITLE_WORDS = 4  # words of a short line read as a title
_MAX_SENTENCE = 300  # characters of a sentence kept as evidence


def _title(line: str) -> bool:
    """A short line that reads as a title: capitalised, at most four words, no punctuation but a
    colon that opens what follows ("Conditions de retour :", "Exceptions:")."""
    words = line.rstrip(": ").split()
    return (
        0 < len(words) <= _TITLE_WORDS
        and line[:1].isupper()
        and not line.rstrip(": ").endswith((".", ",", ";", ":", "!", "?"))
    )


def _paragraph_lines(text: str) -> list[str]:
    """Lines joined back into sentences: a single line break ends a short heading or a
    line that ends a sentence; other lines are wrapped text and joined; a table row of
    two cells is its label and value; a row of three or more cells joined by bars stands alone."""
    blocks: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        current = ""
        for line in paragraph.splitlines():
            line = line.strip()
            row = _TABLE_ROW.fullmatch(line)
            if row:
                # A row is one sentence, its value read under its label ("Prazo: 7 dias ...").
                blocks.extend([current] if current else [])
                blocks.append(f"{row.group(1)}: {row.group(2)}")
                current = ""
                continue
            if _CELLS.search(line):
                # "72 Hours | Return Window | From delivery date only": a row of cells joined by
                # bars is a block of its own, never wrapped into the lines around it.
                blocks.extend([current] if current else [])
                blocks.append(line)
                current = ""
                continue
            # A short line or one in capitals ("DEVOLUÇÕES ATÉ 30 DIAS", a banner) is a heading.
            heading = (len(current) <= 40 or current.isupper()) and not current.endswith((",", "-"))
            # A list item or a short title ("Wyjątki", "Retourneren & Garantie") starts anew.
            starts = bool(LIST_ITEM.match(line)) or _title(line)
            # A line led by a pictograph ("🚚 Rücksendekosten ...") starts anew too.
            starts = starts or _PICTOGRAPH.match(line) is not None
            if current and (heading or starts or current.endswith((".", "!", "?", ":"))):
                blocks.append(current)
                current = line
            else:
                current = f"{current} {line}".strip()
        blocks.append(current)
    return blocks


def _split(block: str) -> list[str]:
    """`block` cut into sentences; a full stop after an abbreviation ("art. 197 segg. CO",
    "z. B.") ends no sentence."""
    pieces: list[str] = []
    for piece in _SENTENCE_END.split(block):
        ordinal = pieces and _ORDINAL.search(pieces[-1]) and _DAY_WORD.match(piece)
        if pieces and (_ABBREVIATION.search(pieces[-1]) or ordinal):
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    return pieces


# A word whose UTF-8 bytes were shown in a DOS or Windows code page ("R├╝cksendung", "RÃ¼ckgabe").
_MOJIBAKE = re.compile(r"\S*[\u2500-\u257fÃÂÅâ]\S*")
# A template's placeholder left on the page ("[[[ DEFINIR: por conta do cliente ou da loja ]]]").
_PLACEHOLDER = re.compile(r"\[\[+[^\]]*\]\]+")
# A no-break space's lead byte shown in a Windows code page and glued to the word before it
# ("binnenΒ 14 dagenΒ na", "dansÂ 14 jours"): the space alone was meant.
_NBSP_LEAD = re.compile(r"(?<=[a-z0-9à-ÿ])[ÂΒ](?=\s)")
_DOS_PAGES = ("cp852", "cp437", "cp850")  # "├╝": box-drawing characters
_WINDOWS_PAGES = ("cp1252", "latin-1")  # "Ã¼"


def _box(text: str) -> bool:
    return any("\u2500" <= c <= "\u257f" for c in text)


def _continues(char: str) -> bool:
    """Whether `char` is a UTF-8 continuation byte as Windows-1252 shows it ("©" in "Ã©")."""
    try:
        code = char.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return len(code) == 1 and 0x80 <= code[0] <= 0xBF


def _soft_hyphen_back(shown: str) -> str:
    """`shown` with the soft hyphen a page dropped put back after a lone "Ã" inside a word: "í"
    is shown as "Ã" and an invisible soft hyphen, which copying loses ("dÃas" for "días"); a
    word's last "Ã" is "à" whose no-break space was lost, left as shown."""
    return "".join(
        f"{c}\xad"
        if c == "Ã" and shown[i + 1 : i + 2].isalpha() and not _continues(shown[i + 1])
        else c
        for i, c in enumerate(shown)
    )


def _unmojibake(word: re.Match[str]) -> str:
    """The word as written, where a code page's mojibake decodes back to UTF-8; else as shown."""
    shown = word.group(0)
    bytes_shown = shown if _box(shown) else _soft_hyphen_back(shown)
    for page in _DOS_PAGES if _box(shown) else _WINDOWS_PAGES:
        try:
            repaired = bytes_shown.encode(page).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if not _box(repaired):
            return repaired
    return shown


# Round 42: a condition that the goods come back sound ("sem indícios de alteração ou avarias",
# "sin señales de uso ni daños", "without damage", "ohne Beschädigungen"), in any supported
# language (folded): it names no defect, so it is left out of the folded text (a space), not read
# as a faulty-goods case beside who pays, nor as words between a cost and its return.
_SOUND_GOODS = re.compile(
    r"\b(?:sem|sin|senza|sans|ohne|without|bez|zonder)\s+"
    r"(?:(?:quaisquer|qualquer|nenhum\w*|ningun\w*|any|alcun\w*|aucun\w*|jeglich\w*)\s+)?"
    r"(?:(?:indicios|sinais|sinal|marcas|vestigios|senales|signos|muestras|rastros|segni|tracce|"
    r"traces|signes|spuren|anzeichen|signs|oznak)\s+(?:de|di|d'|von|of)\s+)?"
    r"(?:(?:uso|utilizacao|alteracao|use|usage|utilisation|utilizzo|gebrauch|benutzung|"
    r"uzytkowania|gebruik)\s*,?\s+(?:ou|o|ni|y|e|nem|or|and|et|oder|und|lub|i|en|of)\s+)?"
    r"(?:avarias?|danos?|danificad\w*|danni|danno|dommages?|damages?|damaged|beschadigung\w*|"
    r"uszkodzen\w*|schade|defeitos?|defectos?|difetti|defauts?)\b"
)


def split_sentences(text: str, language: str) -> list[Sentence]:
    """`text` as sentences, each as written (cut to `_MAX_SENTENCE` characters, the evidence)
    and folded for reading; "thirty (30) days" reads as "30 days", a stored page's mojibake
    ("R├╝cksendung") as the words it stands for, and a template's "[[[ placeholder ]]]" as
    nothing."""
    text = _PLACEHOLDER.sub(" ", _MOJIBAKE.sub(_unmojibake, _NBSP_LEAD.sub("", text)))
    pieces = (s.strip() for block in _paragraph_lines(text) for s in _split(block))
    out = []
    unit_first = compile_lexicon(language).unit_first
    for piece in pieces:
        if piece:
            # "thirty (30) days" and "30 (thirty) days" read as "30 days".
            folded = _PARENTHESISED.sub(lambda m: m.group(2) or m.group(3), fold(piece, language))
            # "entro il termine di giorni 14" reads as "14 giorni" (the same length).
            folded = unit_first.sub(lambda m: f"{m.group(2)} {m.group(1)}", folded)
            folded = _SOUND_GOODS.sub(" ", folded)
            out.append(Sentence(piece[:_MAX_SENTENCE], folded))
    return out
