"""An answer's sentences: what the answer kinds and the promises are read from, so that a wrapped line or a doubled
space never changes a verdict. No Textual here."""

from __future__ import annotations

import re
from collections.abc import Iterator

_PARAGRAPH = re.compile(r"\n[ \t]*\n")
# led by a character set (a quick scan); a mark a text extraction glued to the next sentence ("afgerond.Wel zal
# ik", "het IMG.Wel") ends one too after two letters, before a capital and a lower-case letter ("t.a.v.De", "www."
# do not)
_SENTENCE_END = re.compile(r"[.!?](?:[\s⁰¹²³⁴⁵⁶⁷⁸⁹]+(?=[A-Z«“‘\"(])|(?<=[A-Za-z]{2}[.!?])(?<!www.)(?=[A-Z][a-z]))")


def as_subject(title: str) -> str:
    """A set's subject where it stands alone — the list, the header, a heading — starts with a capital ("Vogelgriep
    in Azië"); inside a sentence (a citation's "over vogelgriep in Azië") it stays as printed. One rule for both
    places that show it alone."""
    return title[:1].upper() + title[1:]


def spans(text: str) -> Iterator[tuple[int, int]]:
    """Where each sentence of a text lies (its paragraphs first; a sentence ends at . ! ? before a capital), found as
    they are asked for: a reader of the first few does not split the rest."""
    start = 0
    for paragraph_end in [*(match.start() for match in _PARAGRAPH.finditer(text)), len(text)]:
        for end in _SENTENCE_END.finditer(text, start, paragraph_end):
            yield start, end.start() + 1
            start = end.end()
        yield start, paragraph_end
        found = _PARAGRAPH.match(text, paragraph_end)
        start = found.end() if found else paragraph_end


def one_spaced(text: str) -> str:
    """A sentence as the rules read it and the reader shows it: one space between words, none around."""
    return " ".join(text.split())
