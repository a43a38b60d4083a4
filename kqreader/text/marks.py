"""A footnote mark a text kept as typed ("… (Kassa, 28 september 2024)? 1)", "bij het UWV 1) ook"): the one rule
for where such a mark stands. The parsers read it to tell a document's typed notes from its text (layout.py,
typednotes.py); the reader and the copies show it as the superscript the other marks are (" ¹"), when the text has
that footnote: a document merged with another, whose notes it lacked, keeps the marks as its extraction typed
them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from kqreader.model import superscript

TYPED_MARK = r"\d{1,3} ?\)"  # the mark's own characters, "1)" or "1 )" (body.ASKS: a question that ends in one)
# "1)" right after a word, a closing quote or bracket, a question mark ("UWV 1) ook", "UWV1)", "»1)", "? 2)"); after
# a number or a full stop only with a space ("november 2024 1)", "gepubliceerd. 1)"; never "3.1)" or "20241)");
# never after "vraag"/"vragen" ("zie vraag 1)"). Before a space, punctuation or the line's end. The number and its
# ")" are searched for first (a literal: fast), what stands before them is checked after.
_NUMBER = re.compile(r"(\d{1,3}) ?\)(?=[ \t?.,;:!\n]|$)")
_LETTER = re.compile(r"[^\W\d_]")
_CLOSING = frozenset("»”’?!\"')")
_QUESTION = ("vraag", "Vraag", "vragen", "Vragen")  # "zie vraag 1)": the question, not a mark


class TypedMark(NamedTuple):
    """A mark typed "N)": where it stands in its text, the spaces before it included, and N."""

    start: int
    end: int
    number: str


def typed_marks(text: str) -> Iterator[TypedMark]:
    """Each footnote mark typed "N)" in `text`, never a ")" that closes a parenthesis opened earlier on its line
    ("(artikel 3)", "(NOS, 5 maart 2)")."""
    for found in _NUMBER.finditer(text):
        line = text.rfind("\n", 0, found.start()) + 1
        start = found.start()
        while start > line and text[start - 1] in " \t":
            start -= 1
        if start == line or text.rfind("(", line, start) > text.rfind(")", line, start):
            continue
        before, spaced = text[start - 1], start < found.start()
        if _LETTER.match(before):
            typed = not text.endswith(_QUESTION, line, start)
        else:
            typed = before in _CLOSING or (spaced and (before == "." or before.isdecimal()))
        if typed:
            yield TypedMark(start, found.end(), found[1])


def typed_marks_replaced(text: str, numbers: dict[str, str], count: int = 0) -> str:
    """`text` with each mark typed "N)" (the spaces before it too) whose N is a key of `numbers` replaced by its
    value; `count`: at most that many (0: all)."""
    pieces: list[str] = []
    end = done = 0
    for mark in typed_marks(text):
        if mark.number in numbers and (not count or done < count):
            pieces += [text[end : mark.start], numbers[mark.number]]
            end, done = mark.end, done + 1
    return "".join(pieces) + text[end:] if pieces else text


def typed_marks_shown(text: str, marks: Iterable[str]) -> str:
    """`text` with each mark typed "N)" made the superscript "ᴺ" where N is one of `marks` and that superscript is
    not in the text already."""
    wanted = {mark: superscript(mark) for mark in marks if mark.isdigit() and superscript(mark) not in text}
    if not wanted or ")" not in text:
        return text
    return typed_marks_replaced(text, wanted)
