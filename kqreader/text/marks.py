"""A footnote mark a text kept as typed ("… (Kassa, 28 september 2024)? 1)", "bij het UWV 1) ook"): the one rule
for where such a mark stands. The parsers read it to tell a document's typed notes from its text (layout.py,
typednotes.py); the reader and the copies show it as the superscript the other marks are (" ¹"), when the text has
that footnote: a document merged with another, whose notes it lacked, keeps the marks as its extraction typed
them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from kqreader.model import superscript

TYPED_MARK = r"\d{1,3} ?\)"  # the mark's own characters, "1)" or "1 )" (body.ASKS: a question that ends in one)
# "1)" right after a word, a closing quote or bracket, a question mark ("UWV 1) ook", "UWV1)", "»1)", "? 2)"); after
# a number or a full stop only with a space ("november 2024 1)", "gepubliceerd. 1)"; never "3.1)" or "20241)");
# never after "vraag"/"vragen" ("zie vraag 1)"). Before a space, punctuation or the line's end.
_TYPED = re.compile(
    r"(?:(?:(?<=[^\W\d_])(?<![Vv]raag)(?<![Vv]ragen)|(?<=[»”’?!\"')]))[ \t]*|(?<=[\d.])[ \t]+)"
    r"(\d{1,3}) ?\)(?=[ \t?.,;:!\n]|$)"
)


def typed_marks(text: str) -> Iterator[re.Match[str]]:
    """Each footnote mark typed "N)" in `text` (group 1: N; the match takes the spaces before it), never a ")" that
    closes a parenthesis opened earlier on its line ("(artikel 3)", "(NOS, 5 maart 2)")."""
    for match in _TYPED.finditer(text):
        start = match.start()
        line = text.rfind("\n", 0, start) + 1
        if text.rfind("(", line, start) <= text.rfind(")", line, start):
            yield match


def typed_mark_of(text: str, number: str) -> re.Match[str] | None:
    """The first mark typed for footnote `number` in `text`."""
    return next((match for match in typed_marks(text) if match[1] == number), None)


def typed_marks_replaced(text: str, numbers: dict[str, str], count: int = 0) -> str:
    """`text` with each mark typed "N)" (the spaces before it too) whose N is a key of `numbers` replaced by its
    value; `count`: at most that many (0: all)."""
    pieces: list[str] = []
    end = done = 0
    for match in typed_marks(text):
        if match[1] in numbers and (not count or done < count):
            pieces += [text[end : match.start()], numbers[match[1]]]
            end, done = match.end(), done + 1
    return "".join(pieces) + text[end:] if pieces else text


def typed_marks_shown(text: str, marks: Iterable[str]) -> str:
    """`text` with each mark typed "N)" made the superscript "ᴺ" where N is one of `marks` and that superscript is
    not in the text already."""
    wanted = {mark: superscript(mark) for mark in marks if mark.isdigit() and superscript(mark) not in text}
    if not wanted or ")" not in text:
        return text
    return typed_marks_replaced(text, wanted)
