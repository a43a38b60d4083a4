"""The filter language, shared by the reader and `kqreader export QUERY` (no Textual here).

    china gezichts          every word must start a word somewhere (question, answer, title, askers)
    "sociale kredietscores" a phrase
    -xinjiang               excludes; -"een zin" too
    party:PvdA member:ploumen minister:buitenlandse year:2019 id:2019Z12806
    status:open|answered|delayed|overdue   late:yes|no   (overdue and late as of today: see timeliness)

Matching folds case and diacritics ("azie" finds "Azië") and ignores footnote marks. A malformed query
(an unclosed quote, an unknown field) raises QueryError with a short message.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from kqreader.model import Dossier, Question
from kqreader.timeliness import timeliness

FIELDS = ("party", "member", "minister", "year", "status", "late", "id")
STATUSES = ("open", "answered", "delayed", "overdue")
_SUPERSCRIPTS = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]")  # footnote marks; a regex: str.translate is slow on long texts
# The blocks of combining marks (diacritics once NFKD has split them off); one regex pass, not a loop per character.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
WORD = re.compile(r"\w+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_TOKEN = re.compile(r'\s*(-?)(?:(\w+):)?(?:"([^"]*)("?)|([^\s"]+))')


class QueryError(ValueError):
    """A query that cannot be read; the message is short enough for a status line."""


def fold(text: str) -> str:
    """Lower case without diacritics or footnote marks, for comparing words."""
    text = _SUPERSCRIPTS.sub("", text).casefold()
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


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


@dataclass(frozen=True)
class Term:
    """Folded words that must follow each other, each matching at a word start (the last as a prefix)."""

    words: tuple[str, ...]

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        body = r"\W+".join(re.escape(w) for w in self.words)
        return re.compile(rf"(?<!\w){body}")


@dataclass
class Query:
    """A parsed query: terms that must match, terms that must not, and field conditions."""

    text: str = ""
    include: list[Term] = field(default_factory=list)
    exclude: list[Term] = field(default_factory=list)
    fields: list[tuple[str, str]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.include or self.exclude or self.fields)


def parse_query(text: str) -> Query:
    """Read a query; QueryError for an unclosed quote or an unknown field."""
    query = Query(text=text)
    position = 0
    while position < len(text):
        if not text[position:].strip():
            break
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            raise QueryError(f"cannot read the query at «{text[position:position + 12]}»")
        position = match.end()
        negated, name, quoted, closing, bare = match.groups()
        if quoted is not None and not closing:
            raise QueryError("unclosed quote")
        value = quoted if quoted is not None else bare
        if name is not None and name.casefold() not in FIELDS:
            raise QueryError(f"unknown field {name}: (fields: {', '.join(f + ':' for f in FIELDS)})")
        _add(query, bool(negated), name.casefold() if name else None, value)
    return query


def _add(query: Query, negated: bool, name: str | None, value: str) -> None:
    if name is not None:
        if name == "status" and fold(value) not in STATUSES:
            raise QueryError(f"status: is one of {', '.join(STATUSES)}")
        if name == "year" and not value.isdigit():
            raise QueryError("year: takes a year such as 2019")
        if name == "late" and fold(value) not in ("yes", "no"):
            raise QueryError("late: is yes or no")
        query.fields.append((name, fold(value)))
        return
    words = tuple(WORD.findall(fold(value)))
    if words:
        (query.exclude if negated else query.include).append(Term(words))


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
    """A question and the answer that covers it, folded."""
    answer = question.answer.text if question.answer is not None else ""
    return fold(f"{question.text}\n{answer}")


def fields_match(query: Query, dossier: Dossier, today: date) -> bool:
    """Whether a dossier meets every field condition of the query (overdue and late as of `today`)."""
    return all(_field_matches(name, value, dossier, today) for name, value in query.fields)


def _field_matches(name: str, value: str, dossier: Dossier, today: date) -> bool:
    if name == "party":
        return any(fold(p.party or "") == value for p in dossier.askers)
    if name == "member":
        return any(_starts_word(value, fold(p.name)) for p in dossier.askers)
    if name == "minister":
        return any(_starts_word(value, fold(a)) for a in (*dossier.addressees, *dossier.answered_by))
    if name == "year":
        return dossier.submitted is not None and str(dossier.submitted.year) == value
    if name == "status" and value == "overdue":
        return timeliness(dossier, today).verdict == "overdue"
    if name == "status":
        return dossier.status == value
    if name == "late":
        return timeliness(dossier, today).late == (value == "yes")
    return value in _ids(dossier)  # id


def _ids(dossier: Dossier) -> tuple[str, ...]:
    """Every id a set is known by: the zaaknummer (also as kv-tk-…) and the Aanhangsel publication."""
    ident = fold(dossier.id)
    return (ident, f"kv-tk-{ident}", fold(dossier.publication or ""))


def _starts_word(value: str, text: str) -> bool:
    return Term(tuple(WORD.findall(value))).pattern.search(text) is not None


def text_matches(query: Query, haystack: Haystack) -> bool:
    """Whether the words and phrases of a query hold for one question."""
    for term in query.include:
        pattern = term.pattern
        if not (pattern.search(haystack.question) or pattern.search(haystack.dossier)):
            return False
    for term in query.exclude:
        pattern = term.pattern
        if pattern.search(haystack.question) or pattern.search(haystack.dossier):
            return False
    return True


def matches(dossier: Dossier, query: str | Query, today: date) -> bool:
    """Whether any question of a dossier (or the dossier itself, when it has none) matches a query."""
    parsed = parse_query(query) if isinstance(query, str) else query
    if parsed.empty:
        return True
    if not fields_match(parsed, dossier, today):
        return False
    around = dossier_haystack(dossier)
    if not dossier.questions:
        return text_matches(parsed, Haystack("", around))
    return any(text_matches(parsed, Haystack(question_haystack(q), around)) for q in dossier.questions)


def hit_spans(text: str, query: Query) -> list[tuple[int, int]]:
    """Where the query's words and phrases occur in `text` (offsets into the original text), in order."""
    if not query.include:
        return []
    folded, offsets = fold_with_offsets(text)
    spans = []
    for term in query.include:
        for match in term.pattern.finditer(folded):
            end = match.end()
            while end < len(folded) and (folded[end].isalnum() or folded[end] == "_"):
                end += 1  # a prefix hit lights up the whole word
            spans.append((offsets[match.start()], offsets[end]))
    return sorted(set(spans))
