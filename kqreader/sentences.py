"""An answer's sentences: what the answer kinds and the promises are read from, so that a wrapped line or a doubled
space never changes a verdict. No Textual here."""

from __future__ import annotations

import re

_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\s⁰¹²³⁴⁵⁶⁷⁸⁹]+(?=[A-Z«“‘\"(])")


def sentences(text: str) -> list[str]:
    """A text's sentences (its paragraphs first; a sentence ends at . ! ? before a capital), one space each."""
    found = []
    for paragraph in _PARAGRAPH.split(text):
        found += [" ".join(s.split()) for s in _SENTENCE_END.split(paragraph.strip()) if s.strip()]
    return found
