"""An answer's sentences: what the answer kinds and the promises are read from, so that a wrapped line or a doubled
space never changes a verdict. No Textual here."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from kqreader.model import SUPERSCRIPTS

# A paragraph break (a line end, group 1 the rest of it), or the end of a sentence: led by a character set (a quick
# scan); a mark a text extraction glued to the next sentence ("afgerond.Wel zal ik", "het IMG.Wel") ends one too
# after two letters, a year or a bracket, before a capital and a lower-case letter ("t.a.v.De", "www." do not; "in
# 2025.Ook", "(Kamerstuk 36 200, nr. 12).Ook" do). The space after a mark never runs across a paragraph break (a
# line end before another, blanks between, is one): a sentence ends in its paragraph. One scan finds both, in the
# text's order.
_BOUNDARY = re.compile(
    rf"[\n.!?](?:(?<=\n)([ \t]*\n)|(?<=[.!?])(?:(?:[^\S\n]|[{SUPERSCRIPTS}]|\n(?![ \t]*\n))+"
    r"(?=[A-Z«“‘\"(])|(?<=[A-Za-z]{2}[.!?])(?<!www.)(?=[A-Z][a-z])|(?<=[\s(](?:19|20)\d\d\.)(?=[A-Z][a-z])|"
    r"(?<=\)\.)(?=[A-Z][a-z])))"
)


def as_subject(title: str) -> str:
    """A set's subject where it stands alone — the list, the header, a heading — starts with a capital ("Vogelgriep
    in Azië"); inside a sentence (a citation's "over vogelgriep in Azië") it stays as printed. One rule for both
    places that show it alone."""
    return title[:1].upper() + title[1:]


def spans(text: str) -> Iterator[tuple[int, int]]:
    """Where each sentence of a text lies (a paragraph ends one; a sentence ends at . ! ? before a capital), found as
    they are asked for: a reader of the first few does not split the rest."""
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        yield start, boundary.start() if boundary.lastindex else boundary.start() + 1
        start = boundary.end()
    yield start, len(text)


def first_sentences(
    text: str, count: int, split: Iterable[tuple[int, int]] | None = None
) -> tuple[list[str], bool]:
    """The first `count` sentences of a text that are not blank, as printed, and whether that is all of them (as
    spans splits it, or `split` when the caller split it already: the answer kinds read the first few of every
    answer an import reads, and the promises need the whole split)."""
    found: list[str] = []
    for start, end in spans(text) if split is None else split:
        piece = text[start:end]
        if piece and not piece.isspace():
            if len(found) == count:
                return found, False
            found.append(piece)
    return found, True


def one_spaced(text: str) -> str:
    """A sentence as the rules read it and the reader shows it: one space between words, none around."""
    return " ".join(text.split())
