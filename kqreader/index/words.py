"""The words a text is found by: folded (case and diacritics), split as the filter and the word index split them,
and the folded texts a set and a question are searched in. The import builds the index with these, the filter
matches with them: one definition of a word for both. No Textual here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kqreader.model import Dossier, Question
from kqreader.text.folding import fold

# The blocks of combining marks (diacritics once NFKD has split them off); one regex pass, not a loop per character.
WORD = re.compile(r"\w+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_NON_WORD = {code: " " for code in range(128) if not WORD.fullmatch(chr(code))}


def words_of(text: str) -> set[str]:
    """The folded words of a text: set(WORD.findall(fold(text))), a fifth quicker on ASCII text (the index reads
    every text of an import)."""
    folded = text.lower() if text.isascii() else fold(text)  # ASCII: no marks or diacritics to drop (isascii is O(1))
    if folded.isascii():
        return set(folded.translate(_ASCII_NON_WORD).split())
    return set(WORD.findall(folded))


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the offset of the character it came from.

    ASCII runs fold as a whole (lower case, one to one); only the other characters are folded one by one.
    """
    if text.isascii():
        return text.lower(), list(range(len(text) + 1))
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0
    for match in _NON_ASCII.finditer(text):
        start = match.start()
        pieces.append(text[position:start].lower())
        offsets.extend(range(position, start))
        folded = fold(match.group())
        pieces.append(folded)
        offsets.extend([start] * len(folded))
        position = start + 1
    pieces.append(text[position:].lower())
    offsets.extend(range(position, len(text) + 1))
    return "".join(pieces), offsets


@dataclass
class Haystack:
    """The folded text a query looks in, made once per question and once per dossier."""

    question: str
    dossier: str


def dossier_haystack(dossier: Dossier) -> str:
    """Id, title and askers, folded."""
    return _haystack(dossier.id, dossier.title, ((p.name, p.party) for p in dossier.askers))


def dossier_haystack_of(record: dict[str, Any]) -> str:
    """`dossier_haystack` of a dossier record (as the store keeps it)."""
    return _haystack(record["id"], record["title"], ((p["name"], p["party"]) for p in record["askers"]))


def _haystack(ident: str, title: str, askers: Iterable[tuple[str, str | None]]) -> str:
    named = " ".join(f"{name} {party or ''}" for name, party in askers)
    return fold(f"{ident}\n{title}\n{named}")


def question_haystack(question: Question) -> str:
    """A question and the answers that cover it (the first, and a later one completing it), folded."""
    answers = [a.text for a in (question.answer, question.further) if a is not None]
    return fold("\n".join([question.text, *answers]))
