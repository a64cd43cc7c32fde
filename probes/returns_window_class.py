"""Whether a return window a policy states is a class's (some products, customers or orders)
rather than the general one (see `probes.returns_terms`): a class named in the duration's
clause, nearest to it ("sale items: 7 days"), or in the sentence's opening clause ("for B2B
customers, ...", "if you bought the X option, ..."; after a list's bullet too), not negated
("non personalised items", "if you did not buy the option": the general case); and a class of
goods or orders by value ("items valued over €500 must be returned within 10 days") named in
the stretch right before the duration. Defective goods after "only" ("Solo aceptamos devoluciones
por defectos de fábrica") are the only returns taken, not a class beside others."""

from __future__ import annotations

import re

from probes.returns_lexicon import LIST_ITEM, CompiledLexicon
from probes.returns_terms_keywords import CLAUSE_MARKS, THEN, distance
from probes.returns_terms_scope import ONLY
from probes.returns_window_pick import opening_comma

# A clause's edge before a duration: a colon, semicolon or bracket, or a comma opening a
# coordinated clause (", and you can return ...": the language's "and"); not a comma after a
# long subject ("los instrumentos cuyo valor sea superior a $1,999.00 o más, deben ser
# devueltos") nor one inside an amount.
_CLAUSE_MARK = re.compile(rf"[{re.escape(CLAUSE_MARKS.replace(',', ''))}]")


def topic(sentence: str, span: tuple[int, int], p: CompiledLexicon) -> str:
    """The sentence's opening clause when it names what the next clause is about ("for
    international orders, the period is 15 days") and `span` is in that next clause."""
    first = opening_comma(sentence)
    starts = [sentence.rfind(c, 0, span[0]) for c in CLAUSE_MARKS]
    bullet = LIST_ITEM.match(sentence)  # "- ", "1) " before a list item's opening words
    at = bullet.end() if bullet else 0
    opens = p.flags["topic"].match(sentence, at) or p.class_topic.match(sentence, at)
    if first > 0 and max(starts) == first and opens:
        return sentence[:first]
    return ""


def _classes(clause: str, p: CompiledLexicon) -> list[re.Match[str]]:
    return [*p.flags["subset"].finditer(clause), *p.window_class.finditer(clause)]


def subset(clause: str, p: CompiledLexicon, nearest: tuple[int, int] | None = None) -> bool:
    """Whether `clause` names a class of products or customers, not negated ("(non
    personalizzati)": the items that are not made to order are the general case). With
    `nearest` (the duration's span in `clause`), only a class nearer to it than to any other
    duration counts ("30 días en temporada y 15 días en rebajas": the sale is the 15 days')."""
    spans = [m.span() for m in p.duration.finditer(clause)] if nearest else []
    return any(
        not p.flags["negation"].search(clause[max(0, hit.start() - 25) : hit.start()])
        and not _only_these(clause, hit, p)
        and all(
            distance(clause, hit.span(), nearest) <= distance(clause, hit.span(), other)
            for other in spans
            if nearest
        )
        for hit in _classes(clause, p)
    )


def valued(sentence: str, match: re.Match[str], p: CompiledLexicon) -> bool:
    """Whether a class of goods or orders by value is named in the clause right before `match`
    (after the last colon, bracket, ", and" or duration before it: "los artículos de valor
    superior a 1.999 $ deben devolverse en 10 días"), whatever commas its amount holds; not in
    an earlier clause ("we ship free on orders over €50, and you can return ... 30 days")."""
    ends = [m.end() for m in p.duration.finditer(sentence) if m.end() <= match.start()]
    marks = [m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, match.start())]
    coordinated = re.compile(rf",\s*(?:{THEN.get(p.language, 'and')})\s")
    marks += [m.end() for m in coordinated.finditer(sentence, 0, match.start())]
    start = max([*ends, *marks], default=0)
    return any(
        not p.flags["negation"].search(sentence[max(0, hit.start() - 25) : hit.start()])
        and not _only_these(sentence, hit, p)
        for hit in p.window_class.finditer(sentence, start, match.start())
    )


def _only_these(text: str, hit: re.Match[str], p: CompiledLexicon) -> bool:
    """Review 56: a class of defective goods after "only" ("Solo aceptamos devoluciones por
    defectos de fábrica"): the only returns the shop takes, not a class beside others."""
    return bool(p.flags["defect"].search(hit.group(0)) and ONLY.search(text, 0, hit.start()))
