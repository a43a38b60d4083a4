"""A footnote mark a text kept as typed ("… (Kassa, 28 september 2024)? 1)") shown as the superscript the other
marks are (" ¹"), when the text has that footnote: a document merged with another, whose notes it lacked, keeps
the marks as its extraction typed them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kqreader.model import superscript

# "1)" after a word, a quote or a question mark, before a space, punctuation or the end ("UWV 1) ook", "? 2)")
_TYPED = re.compile(r"(?<=[\wà-ÿ»”’?!\"'.)])[ \t]?(\d{1,3})\)(?=[ \t?.,;:!]|\n|$)")


def typed_marks_shown(text: str, marks: Iterable[str]) -> str:
    """`text` with each mark typed "N)" made the superscript "ᴺ" where N is one of `marks` and that superscript is
    not in the text already; never a ")" that closes a parenthesis ("(artikel 3)", "(vraag 5)")."""
    wanted = {mark for mark in marks if mark.isdigit() and superscript(mark) not in text}
    if not wanted or ")" not in text:
        return text

    def shown(match: re.Match[str]) -> str:
        before = text[: match.start()]
        if match[1] not in wanted or before.rfind("(") > before.rfind(")"):
            return match[0]
        return superscript(match[1])

    return _TYPED.sub(shown, text)
