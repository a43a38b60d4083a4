"""What the reader shows, decided without Textual: the rows of the list, badges, header facts, hits.

The list is one flat sequence of rows: a row per dossier, followed by a row per question of it that
matches the filter. `Catalog` holds the dossiers with their folded text (made once), and `filter`
gives the rows for a query.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from kqreader.citation import questions_phrase
from kqreader.dates import dutch
from kqreader.model import Dossier, Question
from kqreader.rowlist import Layout, Row, RowList, bitmap_of, set_bits
from kqreader.search import (
    WORD,
    Haystack,
    Query,
    Term,
    dossier_haystack,
    fields_match,
    fold,
    question_haystack,
    text_matches,
)
from kqreader.store import Store
from kqreader.timeliness import dutch_verdict, timeliness
from kqreader.wordindex import IndexCache, WordIndex

__all__ = ["Catalog", "Filtered", "Row", "open_catalog"]


@dataclass
class Filtered:
    """The rows for a query (worked out where they are looked at) and how many questions matched."""

    rows: RowList

    @property
    def matched(self) -> int:
        return self.rows.matched

    def position(self, row: Row | None) -> int | None:
        return self.rows.position(row)


class Catalog:
    """The dossiers the reader browses, with a word index that makes filtering independent of corpus size.

    Every question gets a number (its place in the list); the index maps each folded word of a question,
    its answer and its dossier's title, id and askers to the questions holding it. A query word is a
    prefix. A filter's result is a bitmap of question numbers (see rowlist), so combining words, exclusions
    and fields is a few operations on integers. Phrases are narrowed by their words, then checked on the text.
    """

    def __init__(self, dossiers: Sequence[Dossier], today: date, *, index: bool = True) -> None:
        """The rows at once; the word index too unless `index` is False (then `build_index` makes it later)."""
        self.cache: IndexCache | None = None  # where a built index is kept for the next start
        self.dossiers = list(dossiers)
        self.today = today
        self.layout = Layout([len(d.questions) for d in self.dossiers])
        self.question_count = self.layout.size
        self._empty_dossiers = [d for d, dossier in enumerate(self.dossiers) if not dossier.questions]
        self._around = {d: dossier_haystack(self.dossiers[d]) for d in self._empty_dossiers}
        self._fields: dict[tuple[str, str], tuple[set[int], int]] = {}  # -> (dossiers, bitmap of their questions)
        self.index: WordIndex | None = None
        self._all = Filtered(RowList(self.layout, self.layout.everything, self._empty_dossiers))
        if index:
            self.build_index()

    @property
    def indexed(self) -> bool:
        return self.index is not None

    def build_index(self) -> None:
        """Make the word index (the costly part of a large catalog; the reader does it after showing the list)."""
        self.index = WordIndex.build(self._word_sets())
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
        allowed, allowed_bits = self._field_conditions(query)
        matched = self.layout.everything if allowed_bits is None else allowed_bits
        for term in query.include:
            matched &= self._term_bits(term)
        for term in query.exclude:
            matched &= ~self._term_bits(term)
        empty = [d for d in self._empty_dossiers if (allowed is None or d in allowed) and self._empty_matches(d, query)]
        return Filtered(RowList(self.layout, matched, empty))

    def _term_bits(self, term: Term) -> int:
        """Questions holding the term: its words narrow the candidates, a phrase is then checked on the text."""
        assert self.index is not None
        candidates = self.index.prefix_bits(term.words[-1])
        for word in term.words[:-1]:
            candidates &= self.index.word_bits(word)
        if len(term.words) > 1:
            pattern = term.pattern
            phrased = [n for n in set_bits(candidates) if pattern.search(self._text(n))]
            candidates = bitmap_of(phrased, self.question_count)
        return candidates

    def _word_sets(self) -> Iterator[set[str]]:
        """Each question's folded words: its text's, its answer's and its dossier's, each text read once."""
        for dossier in self.dossiers:
            around = set(WORD.findall(dossier_haystack(dossier)))
            answers: dict[int, set[str]] = {}
            for question in dossier.questions:
                words = set(WORD.findall(fold(question.text)))
                answer = question.answer
                if answer is not None:
                    if id(answer) not in answers:  # "Antwoord 2 en 3" is one text
                        answers[id(answer)] = set(WORD.findall(fold(answer.text)))
                    words |= answers[id(answer)]
                yield words | around

    def _text(self, number: int) -> str:
        """The folded text of one question (made again when needed, not kept: it is as large as the corpus)."""
        dossier = self.dossiers[self.layout.owner[number]]
        question = dossier.questions[number - self.layout.first[self.layout.owner[number]]]
        return f"{question_haystack(question)}\n{dossier_haystack(dossier)}"

    def _field_conditions(self, query: Query) -> tuple[set[int] | None, int | None]:
        """Dossiers meeting every field condition, and the bitmap of their questions (each worked out once)."""
        allowed: set[int] | None = None
        bits: int | None = None
        for condition in query.fields:
            if condition not in self._fields:
                single = Query(fields=[condition])
                dossiers = {d for d, dossier in enumerate(self.dossiers) if fields_match(single, dossier, self.today)}
                first = self.layout.first
                mask = bitmap_of((n for d in dossiers for n in range(first[d], first[d + 1])), self.question_count)
                self._fields[condition] = (dossiers, mask)
            dossiers, mask = self._fields[condition]
            allowed = dossiers if allowed is None else allowed & dossiers
            bits = mask if bits is None else bits & mask
        return allowed, bits

    def _empty_matches(self, dossier: int, query: Query) -> bool:
        return text_matches(query, Haystack("", self._around[dossier]))

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


NOTICE_LABELS = {"delay": "Uitstel", "letter": "Beantwoord per brief"}  # how the reader names a notice


def header_facts(dossier: Dossier, today: date) -> list[tuple[str, str]]:
    """(label, value) pairs for the dossier header in the answer pane."""
    facts = [
        ("Vragen van", askers_line(dossier)),
        ("Aan", ", ".join(dossier.addressees)),
        ("Ingezonden", dutch(dossier.submitted) if dossier.submitted else ""),
        ("Soort", "mondelinge vragen (alleen de titelpagina wordt gepubliceerd)" if dossier.oral else ""),
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
