"""Finding dossiers by words: case- and diacritics-insensitive ("azie" finds "Azië").

For now a query is plain words that must all occur, at the start of a word, somewhere in a dossier's
questions, answers, title or askers; the reader's full filter language will grow here.
"""

from __future__ import annotations

import re
import unicodedata

from kqreader.model import Dossier

_SUPERSCRIPTS = str.maketrans("", "", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Lower case without diacritics or footnote marks, for comparing words."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SUPERSCRIPTS).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def query_words(query: str) -> list[str]:
    """The folded words of a query."""
    return _WORD.findall(fold(query))


def dossier_text(dossier: Dossier) -> str:
    """Everything a query looks in, folded."""
    parts = [dossier.id, dossier.title, *(f"{p.name} {p.party or ''}" for p in dossier.askers)]
    for question in dossier.questions:
        parts.append(question.text)
        if question.answer is not None:
            parts.append(question.answer.text)
    return fold("\n".join(parts))


def matches(dossier: Dossier, query: str) -> bool:
    """Whether every word of the query starts a word in the dossier."""
    words = query_words(query)
    if not words:
        return True
    text = dossier_text(dossier)
    return all(re.search(rf"(?<!\w){re.escape(word)}", text) for word in words)
