"""An answer's sentences: what the answer kinds and the promises are read from, so that a wrapped line or a doubled
space never changes a verdict. No Textual here."""

from __future__ import annotations

import re

_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.!?][\s⁰¹²³⁴⁵⁶⁷⁸⁹]+(?=[A-Z«“‘\"(])")  # led by a character set: a quick scan


def sentences(text: str, limit: int | None = None) -> list[str]:
    """A text's sentences (its paragraphs first; a sentence ends at . ! ? before a capital), one space each; with
    a limit, only the first ones (an answer's kind reads its first three: the rest is not split at all)."""
    found: list[str] = []
    for paragraph in _PARAGRAPH.split(text):
        start = 0
        for end in _SENTENCE_END.finditer(paragraph):
            if limit is not None and len(found) >= limit:
                return found
            _add(found, paragraph[start : end.start() + 1])
            start = end.end()
        if limit is not None and len(found) >= limit:
            return found
        _add(found, paragraph[start:])
    return found


def _add(found: list[str], sentence: str) -> None:
    if sentence.strip():
        found.append(" ".join(sentence.split()))
