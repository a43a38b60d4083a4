"""What the reader shows, decided without Textual: the rows of the list, badges, header facts, hits.

The list is one flat sequence of rows: a row per dossier, followed by a row per question of it that
matches the filter. `Catalog` holds the dossiers with their folded text (made once), and `filter`
gives the rows for a query.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from kqreader.citation import questions_phrase
from kqreader.dates import dutch
from kqreader.model import Dossier, Question
from kqreader.search import (
    Haystack,
    Query,
    Term,
    dossier_haystack,
    fields_match,
    question_haystack,
    text_matches,
)
from kqreader.store import Store
from kqreader.timeliness import dutch_verdict, timeliness
from kqreader.wordindex import IndexCache, WordIndex


class Row(NamedTuple):
    """A row of the list: a dossier (question is None) or one of its questions."""

    dossier: int
    question: int | None = None


@dataclass
class Filtered:
    """The rows for a query, and how many questions matched."""

    rows: list[Row]
    matched: int


class Catalog:
    """The dossiers the reader browses, with a word index that makes filtering independent of corpus size.

    Every question gets a number (its place in the list); the index maps each folded word of a question,
    its answer and its dossier's title, id and askers to the sorted numbers of the questions holding it.
    A query word is a prefix: its numbers are the union over the index words that start with it (found by
    bisection in the sorted words). Phrases are narrowed by their words, then checked on the text.
    """

    def __init__(self, dossiers: Sequence[Dossier], today: date, *, index: bool = True) -> None:
        """The rows at once; the word index too unless `index` is False (then `build_index` makes it later)."""
        self.cache: IndexCache | None = None  # where a built index is kept for the next start
        self.dossiers = list(dossiers)
        self.today = today
        self._dossier_rows = [Row(d) for d in range(len(self.dossiers))]
        self._question_rows = [Row(d, q) for d, ds in enumerate(self.dossiers) for q in range(len(ds.questions))]
        self._empty_dossiers = [d for d, dossier in enumerate(self.dossiers) if not dossier.questions]
        self.index: WordIndex | None = None
        self._around = {d: dossier_haystack(self.dossiers[d]) for d in self._empty_dossiers}
        self._fields: dict[tuple[str, str], set[int]] = {}
        self.question_count = len(self._question_rows)
        self._all = self._assemble(range(self.question_count), self._empty_dossiers)
        if index:
            self.build_index()

    @property
    def indexed(self) -> bool:
        return self.index is not None

    def build_index(self) -> None:
        """Make the word index (the costly part of a large catalog; the reader does it after showing the list)."""
        self.index = WordIndex.build(self._text(number) for number in range(self.question_count))
        if self.cache is not None:
            self.cache.save(self.index)

    def use_cached_index(self) -> bool:
        """Take the index from the cache when it was built from this very database; True when it was."""
        if self.cache is not None:
            self.index = self.cache.load(self.question_count)
        return self.index is not None

    def all_rows(self) -> Filtered:
        return self._all

    def filter(self, query: Query) -> Filtered:
        """The rows whose questions match; a dossier row stays above its matching questions."""
        if query.empty:
            return self._all
        if not self.indexed:
            self.build_index()
        numbers = self._term_numbers(query.include[0]) if query.include else None
        for term in query.include[1:]:
            numbers &= self._term_numbers(term)
        for term in query.exclude:
            numbers = (numbers if numbers is not None else set(range(self.question_count))) - self._term_numbers(term)
        if numbers is None:
            numbers = set(range(self.question_count))
        allowed = self._field_dossiers(query)
        if allowed is not None:
            numbers = {n for n in numbers if self._question_rows[n].dossier in allowed}
        empty = [d for d in self._empty_dossiers if (allowed is None or d in allowed) and self._empty_matches(d, query)]
        return self._assemble(sorted(numbers), empty)

    def _term_numbers(self, term: Term) -> set[int]:
        """Questions holding the term: its words narrow the candidates, a phrase is then checked on the text."""
        assert self.index is not None
        last = len(term.words) - 1
        candidates: set[int] | None = None
        for place, word in enumerate(term.words):
            found = set(self.index.prefixed(word) if place == last else self.index.exact(word))
            candidates = found if candidates is None else candidates & found
        if candidates is None:
            return set()
        if len(term.words) > 1:
            pattern = term.pattern
            candidates = {n for n in candidates if pattern.search(self._text(n))}
        return candidates

    def _text(self, number: int) -> str:
        """The folded text of one question (made again when needed, not kept: it is as large as the corpus)."""
        row = self._question_rows[number]
        dossier = self.dossiers[row.dossier]
        return f"{question_haystack(dossier.questions[row.question])}\n{dossier_haystack(dossier)}"  # type: ignore[index]

    def _field_dossiers(self, query: Query) -> set[int] | None:
        """Dossiers meeting every field condition (each condition worked out once, then remembered)."""
        allowed: set[int] | None = None
        for condition in query.fields:
            if condition not in self._fields:
                single = Query(fields=[condition])
                self._fields[condition] = {
                    d for d, dossier in enumerate(self.dossiers) if fields_match(single, dossier, self.today)
                }
            allowed = self._fields[condition] if allowed is None else allowed & self._fields[condition]
        return allowed

    def _empty_matches(self, dossier: int, query: Query) -> bool:
        return text_matches(query, Haystack("", self._around[dossier]))

    def _assemble(self, numbers: Iterable[int], empty: list[int]) -> Filtered:
        """Rows in list order: each dossier's row above its matching questions."""
        rows: list[Row] = []
        previous = -1
        count = 0
        pending = iter(sorted(empty))
        next_empty = next(pending, None)
        for number in numbers:
            row = self._question_rows[number]
            if row.dossier != previous:
                while next_empty is not None and next_empty < row.dossier:
                    rows.append(self._dossier_rows[next_empty])
                    next_empty = next(pending, None)
                rows.append(self._dossier_rows[row.dossier])
                previous = row.dossier
            rows.append(row)
            count += 1
        while next_empty is not None:
            rows.append(self._dossier_rows[next_empty])
            next_empty = next(pending, None)
        return Filtered(rows, count)

    def question(self, row: Row) -> Question | None:
        return None if row.question is None else self.dossiers[row.dossier].questions[row.question]


def open_catalog(store: Store, today: date) -> Catalog:
    """The store's dossiers as a catalog, with the word index kept beside the store when it is current.

    Without a current index the catalog comes without one: `build_index` makes it (and keeps it).
    """
    dossiers, stamp = store.snapshot()
    catalog = Catalog(dossiers, today, index=False)
    if stamp is not None:
        catalog.cache = IndexCache(store.index_path, stamp)
        catalog.use_cached_index()
    return catalog


def askers_line(dossier: Dossier) -> str:
    return ", ".join(f"{p.name} ({p.party})" if p.party else p.name for p in dossier.askers)


def header_facts(dossier: Dossier, today: date) -> list[tuple[str, str]]:
    """(label, value) pairs for the dossier header in the answer pane."""
    facts = [
        ("Vragen van", askers_line(dossier)),
        ("Aan", ", ".join(dossier.addressees)),
        ("Ingezonden", dutch(dossier.submitted) if dossier.submitted else ""),
    ]
    timing = timeliness(dossier, today)
    verdict = dutch_verdict(timing)
    if dossier.answered:
        taken = f" ({timing.days_to_answer} dagen, {verdict})" if timing.days_to_answer is not None else ""
        facts.append(("Beantwoord", f"{dutch(dossier.answered)}{taken}"))
    elif timing.days_open is not None:
        delayed = "uitgesteld, " if dossier.status == "delayed" else ""
        facts.append(("Status", f"{delayed}{timing.days_open} dagen open, {verdict} (termijn {timing.limit} dagen)"))
    else:
        facts.append(("Status", "uitgesteld" if dossier.status == "delayed" else "open"))
    facts += [("Door", ", ".join(dossier.answered_by)), ("Kenmerk", dossier.reference or "")]
    return [(label, value) for label, value in facts if value]


def covers_label(numbers: list[int]) -> str:
    """"Antwoord op vraag 1", "Antwoord op vragen 2 en 3"."""
    return f"Antwoord op {questions_phrase(numbers)}"


def siblings(dossier: Dossier, question: Question) -> list[int]:
    """Numbers of the other questions the same answer covers."""
    if question.answer is None:
        return []
    return [n for n in question.answer.covers if n != question.number]
