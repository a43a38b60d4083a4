"""What the reader shows, decided without Textual: the rows of the list, badges, header facts, hits.

The list is one flat sequence of rows: a row per dossier, followed by a row per question of it that
matches the filter. `Catalog` holds the dossiers with their folded text (made once), and `filter`
gives the rows for a query.
"""

from __future__ import annotations

import contextlib
import io
import os
import threading
from array import array
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import accumulate, groupby
from pathlib import Path
from typing import Literal, overload

import orjson

from kqreader.facts.answerers import answerers
from kqreader.facts.answerkinds import KIND_CODES
from kqreader.facts.members import slips_of
from kqreader.facts.mentions import mention_word
from kqreader.facts.ministries import addressed, ministries_named
from kqreader.facts.timeliness import answer_elsewhere, timeliness, verdict_shown
from kqreader.i18n import N_, _, day, ngettext, number, questions
from kqreader.index.list_rows import Layout, Permutation, PermutedRows, Row, RowList, bitmap_of, set_bits
from kqreader.index.wordindex import WordIndex
from kqreader.index.words import WORD, Haystack, dossier_haystack, question_haystack
from kqreader.model import Dossier, Person, Question, printed_addressees
from kqreader.query.keeping import Named, each_state, states_of
from kqreader.query.language import ANSWER_FIELDS, Condition, Query, Term, mark_met, names_member, text_matches
from kqreader.store import reader_files
from kqreader.store.atomic import write_atomically
from kqreader.store.database import Store
from kqreader.store.json_files import NOT_JSON, StoreError, cannot_read, damaged, row_damaged
from kqreader.store.list_shape import read_shape, shape_bytes
from kqreader.store.marks import Marks
from kqreader.store.reader_files import Month, Promised, Shelf, Summary
from kqreader.store.records import from_record, list_order, to_record
from kqreader.text.folding import fold

__all__ = ["ORDERS", "Cancelled", "Catalog", "Filtered", "Order", "Row", "open_catalog"]

Order = Literal["newest", "oldest", "waiting", "ministry", "id"]
ORDERS: dict[Order, str] = {  # each order, as the reader names it (translated where shown)
    "newest": N_("newest first"), "oldest": N_("oldest first"), "waiting": N_("longest waiting first"),
    "ministry": N_("by ministry"), "id": N_("by id"),
}  # fmt: skip
Rows = RowList | PermutedRows


@dataclass
class Filtered:
    """The rows for a query (worked out where they are looked at) and how many questions matched."""

    rows: Rows

    @property
    def matched(self) -> int:
        return self.rows.matched

    @property
    def without_questions(self) -> int:
        """The sets listed that hold no question yet (a delay notice, a title page): rows no question count holds."""
        return len(self.rows.empty)

    def position(self, row: Row | None) -> int | None:
        return self.rows.position(row)


class Catalog:
    """The dossiers the reader browses, month by month, with the word index that makes filtering independent of size.

    Every question gets a number (its place in the list); each month's index maps each folded word of a question,
    its answer and its dossier's title, id and askers to the month's questions holding it, and a month's numbers
    shifted by where the month starts are the list's. A query word is a prefix. A filter's result is a bitmap of
    question numbers (see list_rows), so combining words, exclusions and fields is a few operations on integers.
    Phrases are narrowed by their words, then checked on the text. Summaries, dossiers and snippets are read from
    the month files where they are looked at (see reader_files), so opening costs the same for a term or thirty years.
    """

    def __init__(
        self,
        dossiers: Sequence[Dossier] = (),
        today: date | None = None,
        *,
        months: Sequence[Month | Shelf] | None = None,
        remake: Callable[[int], Month] | None = None,
        database: Path = Path("kqreader.json"),
    ) -> None:
        """A catalog of `dossiers` held in memory, or (from `open_catalog`) of the store's months."""
        self.today = today or date.today()
        self._memory: list[Dossier] | None = None
        if months is None:
            records = sorted(((to_record(d), d) for d in dossiers), key=lambda pair: list_order(pair[0]))
            self._memory = [dossier for _record, dossier in records]  # in the list's order, as the file has them
            data = reader_files.build([(record, (0, 0)) for record, _span in records], (0, 0))
            month = reader_files.read(data, data, None, None)
            assert month is not None
            months = [month]
        self._months: list[Month | Shelf] = list(months)  # shelved ones are opened when first used
        self.month_count = len(self._months)
        self.remake = remake  # makes month m's reader file again from the store
        self.database = database  # the manifest, named in the hint of an error
        counts = array("I")
        for kept in self._months:
            counts.extend(kept.counts)
        self._first_dossier = list(accumulate((len(m.counts) for m in self._months), initial=0))
        self._first_question = list(accumulate((m.questions for m in self._months), initial=0))
        self.layout = Layout(counts)
        self.question_count = self.layout.size
        self.dossier_count = self.layout.dossier_count
        self._empty_dossiers = self.layout.without_questions
        self._fields: dict[tuple[str, str], tuple[set[int], int]] = {}  # -> (dossiers, bitmap of their questions)
        self._loaded: OrderedDict[int, Dossier] = OrderedDict()
        self._lock = threading.Lock()
        self._opening = threading.Lock()
        self._used: set[int] = set()  # months whose index a filter has read
        self._kept: dict[int, io.FileIO] = {}  # the months' dossiers files, open (see keep_open)
        self._all: dict[Order, Filtered] = {}  # the unfiltered list in each order, made when first shown
        self.marks = Marks()  # the reader's marks (the reader and `export --marked` hand in the store's)
        self._places: dict[str, int | None] = {}  # set id -> its list place, for the marked ones
        self._permutations: dict[Order, Permutation] = {}
        self._named: Named | None = None  # the sets later answers name (see keeping), read when first asked

    indexed = True  # the months' indexes are made by the import

    def month(self, m: int) -> Month:
        """Month `m`, opened (and checked) the first time it is used; made again from the store if it does not
        match."""
        month = self._months[m]
        if isinstance(month, Month):
            return month
        with self._opening:  # the screen and a worker may both be first
            month = self._months[m]
            if isinstance(month, Shelf):
                opened = month.open()
                if opened is None:
                    opened = self._made_again(m, month.counts)
                self._months[m] = month = opened
        return month

    def _made_again(self, m: int, counts: Sequence[int]) -> Month:
        """Month `m` made again from the store; it must have the counts the list was laid out with."""
        if self.remake is None:
            raise StoreError(self.database, damaged(N_("a month's reader file does not match"), self.database))
        month = self.remake(m)
        if list(month.counts) != list(counts):
            problem = damaged(N_("a month's reader file does not match its dossiers"), self.database)
            raise StoreError(month.dossiers_path or self.database, problem)
        return month

    def dossier(self, number: int) -> Dossier:
        """The whole dossier at list place `number` (the last few read are kept)."""
        if self._memory is not None:
            return self._memory[number]
        with self._lock:  # the screen and a filter's worker both read dossiers
            found = self._loaded.get(number)
            if found is not None:
                self._loaded.move_to_end(number)
                return found
        m = bisect_right(self._first_dossier, number) - 1
        found = read_dossier(self.month(m), number - self._first_dossier[m], self.database, self._kept.get(m))
        with self._lock:
            self._loaded[number] = found
            if len(self._loaded) > DOSSIERS_KEPT:
                self._loaded.popitem(last=False)
        return found

    def summary(self, number: int) -> Summary:
        """The dossier at `number` without its texts (what the list row and the statistics show)."""
        month, local = self._month_of(number)
        return month.summary(local)

    def summaries(self) -> Iterator[Summary]:
        """Every summary in list order, a month at a time (not kept: at an archive's size they fill 150 MB)."""
        for m in range(self.month_count):
            yield from self.month(m).all_summaries()

    def index(self, m: int) -> WordIndex:
        """Month `m`'s word index (its questions numbered from 0)."""
        self._used.add(m)
        return self.month(m).words

    def indexes(self) -> Iterator[tuple[int, WordIndex]]:
        """Each month's word index with the list number of its first question."""
        for m, first in enumerate(self._first_question[:-1]):
            yield first, self.index(m)

    def _month_of(self, dossier: int) -> tuple[Month, int]:
        m = bisect_right(self._first_dossier, dossier) - 1
        return self.month(m), dossier - self._first_dossier[m]

    def keep_open(self) -> None:
        """Open every month's dossiers file now and keep it open: an import that replaces a month removes the old
        file's name once a later import starts, and a reader open across both still reads what it lists. Months
        that cannot be opened now (too many open files) are read by name."""
        for m, month in enumerate(self._months):
            if month.dossiers_path is not None:
                with contextlib.suppress(OSError):
                    self._kept[m] = open(month.dossiers_path, "rb", buffering=0)  # noqa: SIM115
            if isinstance(month, Shelf) and month.data is None:  # from the list's shape file: mapped now
                with self._opening:
                    mapped = month.mapped()
                    if mapped is not None and self._months[m] is month:
                        self._months[m] = mapped

    def warm(self) -> None:
        """Make keystrokes cheaper from now on: the list's last-question bitmaps made (the first filter needs them),
        each month's index keys given their fences (see reader_files.Strings)."""
        self.layout.warm()
        for m in range(self.month_count):
            keys = self.month(m).words.table.keys
            if isinstance(keys, reader_files.Strings):
                keys.build_fences()

    def verify(self, only_used: bool = False) -> int:
        """Check the months' blobs (see reader_files.Month) and make again those that do not match; how many.
        `only_used`: only the months whose blobs a filter has looked at so far."""
        remade = 0
        for m in range(self.month_count):
            if only_used and m not in self._used:
                continue
            if self.remake is not None and not self.month(m).whole():
                self._replace(m, self._made_again(m, self.month(m).counts))
                remade += 1
        return remade

    def _replace(self, m: int, month: Month) -> None:
        """A month made again from the same dossiers (so the same counts): forget what was read from the old one."""
        self._months[m] = month
        self._fields.clear()
        with self._lock:
            self._loaded.clear()

    def snippet(self, number: int) -> str:
        """The start of question `number`'s text, on one line."""
        m = bisect_right(self._first_question, number) - 1
        return self.month(m).snippets[number - self._first_question[m]]

    def printed_number(self, number: int) -> int:
        m = bisect_right(self._first_question, number) - 1
        return int(self.month(m).numbers[number - self._first_question[m]])

    def all_rows(self, order: Order = "oldest") -> Filtered:
        found = self._all.get(order)
        if found is None:
            found = self._all[order] = Filtered(self._rows(self.layout.everything, self._empty_dossiers, order))
        return found

    def _rows(self, matched: int, empty: list[int], order: Order) -> Rows:
        """The list's own order (oldest first) and its reverse are read straight off the bitmap; the others
        through a permutation of the dossiers (made once per order)."""
        if order in ("newest", "oldest"):
            return RowList(self.layout, matched, empty, order == "newest")
        return PermutedRows(self._permutation(order), matched, empty)

    def _permutation(self, order: Order) -> Permutation:
        """The dossiers by waiting (the longest open first, then the slowest answered), by ministry (the first
        addressed, then newest first) or by id; the summaries are read once for it."""
        found = self._permutations.get(order)
        if found is None:
            keys = [_order_key(order, summary, self.today) for summary in self.summaries()]
            found = Permutation(self.layout, sorted(range(self.dossier_count), key=keys.__getitem__))
            self._permutations[order] = found
        return found

    def needs_work(self, query: Query, order: Order = "oldest") -> bool:
        """Whether a filter costs more than a frame: a phrase (checked on the texts), a field condition or an
        order not worked out before (the months' summaries read). The reader runs those in a worker a new key
        cancels."""
        return (
            (order not in ("newest", "oldest") and order not in self._permutations)
            or
            any(len(term.words) > 1 for term in (*query.include, *query.exclude))
            or any(condition.key not in self._fields for condition in query.fields if not condition.of_marks)
            or (any(c.of_marks for c in query.fields) and any(i not in self._places for i in self._kept_ids()))
        )

    def filter(self, query: Query, cancelled: Callable[[], bool] = lambda: False, order: Order = "oldest") -> Filtered:
        """The rows whose questions match, in `order`; a dossier row stays above its matching questions.
        `cancelled` is asked as the long parts go on: when it says so, Cancelled is raised."""
        if query.empty:
            return self.all_rows(order)
        allowed, allowed_bits = self._field_conditions(query, cancelled)
        matched = self.layout.everything if allowed_bits is None else allowed_bits
        on_marks = [condition for condition in query.fields if condition.of_marks]
        if on_marks:
            matched &= self._mark_bits(on_marks, cancelled)
        for term in query.include:
            matched &= self._term_bits(term, cancelled)
        for term in query.exclude:
            matched &= ~self._term_bits(term, cancelled)
        empty = [d for d in self._empty_dossiers if (allowed is None or d in allowed) and self._empty_matches(d, query)]
        return Filtered(self._rows(matched, empty, order))

    def matching(self, query: Query) -> list[int]:
        """The list places of the dossiers a query finds (what `export QUERY` and `stats QUERY` write)."""
        return self.filter(query).rows.dossiers()

    def _term_bits(self, term: Term, cancelled: Callable[[], bool]) -> int:
        """Questions holding the term: its words narrow the candidates, a phrase is then checked on the text."""
        candidates = 0
        for m, first in enumerate(self._first_question[:-1]):
            bits = self._month_bits(m, term)
            if bits:
                candidates |= bits << first
        if len(term.words) > 1:
            phrased = []
            for count, number in enumerate(set_bits(candidates)):
                if count % CHECK_EVERY == 0 and cancelled():
                    raise Cancelled
                if self._holds_phrase(number, term):
                    phrased.append(number)
            candidates = bitmap_of(phrased, self.question_count)
        return candidates

    def _holds_phrase(self, number: int, term: Term) -> bool:
        """A phrase within the question's text (with its answer) or within its dossier's id, title and askers:
        never across the two (as `search.text_matches` checks it)."""
        owner = self.layout.owner[number]
        dossier = self.dossier(owner)
        question = dossier.questions[number - self.layout.first[owner]]
        pattern = term.pattern
        return bool(pattern.search(question_haystack(question)) or pattern.search(dossier_haystack(dossier)))

    def _month_bits(self, m: int, term: Term) -> int:
        """The questions of month `m` holding the term's words; a reader file naming questions the month does not
        have (it passed the digest: made to fit) is made again from the store."""
        self._used.add(m)
        try:
            return _words_bits(self.month(m).words, term)
        except IndexError:
            if self.remake is None:
                raise
            self._replace(m, self._made_again(m, self.month(m).counts))
            return _words_bits(self.month(m).words, term)

    def _field_conditions(self, query: Query, cancelled: Callable[[], bool]) -> tuple[set[int] | None, int | None]:
        """Dossiers meeting every field condition, and the bitmap of their questions (each worked out once)."""
        allowed: set[int] | None = None
        bits: int | None = None
        for condition in query.fields:
            if condition.of_marks:
                continue  # met question by question (see _mark_bits)
            if condition.key not in self._fields or condition.name == "promise":  # promise: follows the marks
                self._fields[condition.key] = self._meeting(Condition(*condition.key), cancelled)
            dossiers, mask = self._fields[condition.key]
            if condition.negated:
                dossiers, mask = set(range(self.dossier_count)) - dossiers, self.layout.everything & ~mask
            allowed = dossiers if allowed is None else allowed & dossiers
            bits = mask if bits is None else bits & mask
        return allowed, bits

    def _meeting(self, condition: Condition, cancelled: Callable[[], bool]) -> tuple[set[int], int]:
        """The dossiers that meet a condition (not negated), and the bitmap of their questions."""
        if condition.name == "member":
            return self._asked_by(condition.value, cancelled)
        dossiers = self._promised(condition.value) if condition.name == "promise" else set()
        for m in self._months_that_may_hold(condition) if condition.name != "promise" else ():
            if cancelled():
                raise Cancelled
            first = self._first_dossier[m]
            for local, summary in enumerate(self.month(m).all_summaries()):
                if condition.met_by(summary, self.today):
                    dossiers.add(first + local)
        starts = self.layout.first
        if condition.name in ANSWER_FIELDS:  # about an answer: the questions whose answer meets it, as a word does
            chosen = (n for d in dossiers for n in self._answer_questions(condition, d))
        else:
            chosen = (n for d in dossiers for n in range(starts[d], starts[d + 1]))
        return dossiers, bitmap_of(chosen, self.question_count)

    def _answer_questions(self, condition: Condition, place: int) -> range | list[int]:
        """The questions of a set that meets an answer field (kind:, promise:) whose own answer meets it: its kind,
        a promise it makes (toezegging, promise:STATE, by the questions each promise's answer covers), answered in
        part (deels). A set whose facts do not say which (none fits): every question, as a set's field has it."""
        summary, value = self.summary(place), condition.value
        everyone = range(self.layout.first[place], self.layout.first[place + 1])
        if condition.name == "promise" or value == "toezegging":
            states = each_state(summary, self.today, self.named_days(), self.marks)
            printed = {n for row, state in zip(summary.promises, states, strict=True)
                       if condition.name != "promise" or state == value for n in row.covers}  # fmt: skip
        elif value == "deels":
            printed = set(summary.partly)
        else:
            code = KIND_CODES.get(value)  # type: ignore[call-overload]  # a kind: the query read it so
            kinds = summary.question_kinds
            found = [n for i, n in enumerate(everyone) if i < len(kinds) and kinds[i] == code]
            return found or everyone
        found = [n for n in everyone if self.printed_number(n) in printed]
        return found or everyone

    def _asked_by(self, value: str, cancelled: Callable[[], bool]) -> tuple[set[int], int]:
        """member:value: the sets of the askers it names, and of the same members under another spelling in the store
        (an OCR slip: "Corneltssen" beside "Cornelissen", `members.slips_of`)."""
        asked: dict[tuple[str, str | None], list[int]] = {}
        for m in range(self.month_count):
            if cancelled():
                raise Cancelled
            first = self._first_dossier[m]
            for local, summary in enumerate(self.month(m).all_summaries()):
                for person in summary.askers:
                    asked.setdefault((person.name, person.party), []).append(first + local)
        people = [Person(name, party) for name, party in asked]
        named = [person for person in people if names_member(value, person)]
        found = named + slips_of(named, people)
        dossiers = {place for person in found for place in asked[(person.name, person.party)]}
        starts = self.layout.first
        mask = bitmap_of((n for d in dossiers for n in range(starts[d], starts[d + 1])), self.question_count)
        return dossiers, mask

    def named_days(self) -> Named:
        """The sets answers name, and the latest day each was named (each month's facts, read once: no summary)."""
        if self._named is None:
            named: Named = {}
            for m in range(self.month_count):
                for ident, said in self.month(m).facts.named:
                    day = date.fromisoformat(said)
                    if named.get(ident, date.min) < day:
                        named[ident] = day
            self._named = named
        return self._named

    def promising(self) -> Iterator[tuple[int, Summary, list[Promised]]]:
        """The sets whose answers promise something, with their list places and their promises whole (only their
        summaries are read)."""
        for m in range(self.month_count):
            month = self.month(m)
            first = self._first_dossier[m]
            for local, promised in groupby(month.facts.promised, key=lambda promise: promise.local):
                yield first + local, month.summary(local), list(promised)

    def _promised(self, state: str) -> set[int]:
        """promise:state as the queue decides it (kept by a nader antwoord, a later answer naming the set or the
        user's mark), asked of the sets that promise something only."""
        named = self.named_days()
        return {place for place, summary, _promised in self.promising()
                if state in states_of(summary, self.today, named, self.marks)}  # fmt: skip

    def _months_that_may_hold(self, condition: Condition) -> list[int]:
        """The months whose summaries can meet a condition: for an id (ASCII, as printed), those whose summaries
        hold it at all (a search of their bytes: `id:` then reads one month of an archive, not all of them)."""
        name, value, _negated = condition
        if name != "id" or not value.isascii():
            return list(range(self.month_count))
        needle = value.removeprefix("kv-tk-").encode()
        return [m for m in range(self.month_count) if needle in bytes(self.month(m).summaries.blob).lower()]

    def _empty_matches(self, dossier: int, query: Query) -> bool:
        summary = self.summary(dossier)
        on_marks = (condition for condition in query.fields if condition.of_marks)
        return text_matches(query, Haystack("", dossier_haystack(summary))) and all(
            mark_met(condition, self.marks, summary.id, None) for condition in on_marks
        )

    def _mark_bits(self, conditions: list[Condition], cancelled: Callable[[], bool]) -> int:
        """Questions meeting every condition on marks, worked out from the marked sets alone (a few, whatever the
        list's size): marked:no and -note: are the others."""
        bits = self.layout.everything
        first = self.layout.first
        for condition in conditions:
            asked = Condition("marked", "yes") if condition.name == "marked" else condition._replace(negated=False)
            found = []
            named = self.marks.news if condition.name == "status" else dict.fromkeys(m.dossier for m in self.marks)
            for ident in named:
                place = self.place_of(ident, cancelled)
                if place is None:
                    continue  # a mark whose set is not in the store (it comes back with the set)
                found += [n for n in range(first[place], first[place + 1])
                          if mark_met(asked, self.marks, ident, self.printed_number(n))]  # fmt: skip
            others = condition.negated != (condition.name == "marked" and condition.value == "no")
            found_bits = bitmap_of(found, self.question_count)
            bits &= self.layout.everything & ~found_bits if others else found_bits
        return bits

    def _kept_ids(self) -> list[str]:
        """The sets the reader's marks and news name."""
        return [*dict.fromkeys(mark.dossier for mark in self.marks), *self.marks.news]

    def place_of(self, ident: str, cancelled: Callable[[], bool] = lambda: False) -> int | None:
        """The list place of the set with this id (looked for in the months whose summaries hold it), kept."""
        if ident not in self._places:
            self._places[ident] = None
            for m in self._months_that_may_hold(Condition("id", fold(ident))):
                if cancelled():
                    raise Cancelled
                ids = [summary.id.casefold() for summary in self.month(m).all_summaries()]
                local = ids.index(ident.casefold()) if ident.casefold() in ids else None
                if local is not None:
                    self._places[ident] = self._first_dossier[m] + local
                    break
        return self._places[ident]

    def citing(self, ident: str) -> list[str]:
        """The ids of the other sets whose questions or answers name this one's id (the word index finds them)."""
        return [self.summary(d).id for d in self.citing_places(ident)]

    def citing_places(self, ident: str) -> list[int]:
        """The list places of the other sets that name this one (by its id, zaaknummer or Aanhangsel number,
        anywhere in them: the index holds one word for each set a set names, see facts/mentions.py)."""
        if not WORD.search(ident):
            return []
        found = self.filter(Query(include=[Term((mention_word(ident),))])).rows.dossiers()
        return [d for d in found if self.summary(d).id.casefold() != ident.casefold()]

    def question(self, row: Row) -> Question | None:
        return None if row.question is None else self.dossier(row.dossier).questions[row.question]


def _order_key(order: Order, summary: Summary, today: date) -> tuple[int | str, ...]:
    """Where a dossier sorts in one of the permuted orders (keys of one order compare with each other)."""
    if order == "id":
        return (summary.id.casefold(),)
    if order == "ministry":
        named = ministries_named(summary.addressees)
        ministry = named[0].casefold() if named else "\uffff"  # by its current name; none: last
        return ministry, -(summary.submitted.toordinal() if summary.submitted else 0), summary.id
    facts = timeliness(summary, today)
    if facts.days_open is not None:
        return 0, -facts.days_open, summary.id
    if facts.days_to_answer is not None:
        return 1, -facts.days_to_answer, summary.id
    return 2, 0, summary.id


def _words_bits(index: WordIndex, term: Term) -> int:
    bits = index.prefix_bits(term.words[-1])
    for word in term.words[:-1]:
        if not bits:
            break
        bits &= index.word_bits(word)
    return bits


class Cancelled(Exception):
    """A filter given up: a newer one replaced it."""


CHECK_EVERY = 256  # phrase checks or summaries between two looks at whether the filter was cancelled
DOSSIERS_KEPT = 256  # whole dossiers kept after reading: the ones around the cursor


def read_dossier(month: Month, local: int, database: Path, kept: io.FileIO | None = None) -> Dossier:
    """One dossier from its month's dossiers file, at the span the reader file gives: through the file kept open
    since the catalog was opened (later imports may remove the name), else by its name."""
    assert month.dossiers_path is not None
    start, length = month.span(local)
    try:
        if kept is not None:
            return from_record(orjson.loads(os.pread(kept.fileno(), length, start))["record"])
        with open(month.dossiers_path, "rb") as file:
            file.seek(start)
            return from_record(orjson.loads(file.read(length))["record"])
    except OSError as error:
        raise StoreError(month.dossiers_path, cannot_read(error)) from None
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError):
        path = month.dossiers_path
        raise StoreError(path, row_damaged("dossier", local + 1, database, path)) from None


@overload
def open_catalog(store: Store, today: date) -> Catalog: ...


@overload
def open_catalog(store: Store, today: date, *, quick: bool) -> Catalog | None: ...


def open_catalog(store: Store, today: date, *, quick: bool = False) -> Catalog | None:
    """The store's months as a catalog: each month's reader file, made again from its dossiers when it does not
    match them (and kept, when the folder can be written). `quick`: None instead, when one must be made again.
    The list's shape is read from one file when it matches (see list_shape), and written again when it did not."""
    manifest = store.current(homes=False)
    named = [(name, shard.generation) for name, shard in sorted(manifest.shards.items())]
    paths = [(store.layout.rows(name, gen), store.layout.dossiers(name, gen)) for name, gen in named]
    shape = read_shape(store.layout.shape(manifest.generation), named, paths)
    months: list[Month | Shelf] = list(shape) if shape is not None else []
    if shape is None:
        for rows, dossiers_path in paths:
            month: Month | Shelf | None = reader_files.shelve_month(rows, dossiers_path)
            if month is None and quick:
                return None
            months.append(month if month is not None else _remade(rows, dossiers_path, store.path))
        _keep_shape(store.layout.shape(manifest.generation), named, paths, months)

    def remake(m: int) -> Month:
        return _remade(*paths[m], store.path)

    return Catalog(today=today, months=months, remake=remake, database=store.path)


def _keep_shape(
    path: Path, named: list[tuple[str, int]], paths: list[tuple[Path, Path]], months: list[Month | Shelf]
) -> None:
    """Write the list's shape for the next open, when the folder can be written (a reader may not own it)."""
    shelves: list[Shelf] = []
    for (rows, dossiers_path), month in zip(paths, months, strict=True):
        shelf = month if isinstance(month, Shelf) else reader_files.shelve_month(rows, dossiers_path)  # made again
        if shelf is None:
            return
        shelves.append(shelf)
    with contextlib.suppress(OSError):
        write_atomically(path, shape_bytes(list(zip(named, shelves, strict=True))))


def _remade(path: Path, dossiers_path: Path, database: Path) -> Month:
    """A month's reader file made again from its dossiers file."""
    try:
        source = reader_files.source_of(dossiers_path)
        data = dossiers_path.read_bytes()
        spans = reader_files.dossier_spans(data)
    except OSError as error:
        raise StoreError(dossiers_path, cannot_read(error)) from None
    except orjson.JSONDecodeError:
        raise StoreError(dossiers_path, damaged(NOT_JSON, database, dossiers_path)) from None
    if not spans and data.strip() not in (b"", b'{"dossiers":{}}'):
        raise StoreError(dossiers_path, damaged(N_("the file was changed by hand"), database, dossiers_path))
    records = reader_files.records_with_spans(data, spans)
    for row, (record, _span) in enumerate(records, start=1):
        try:
            from_record(record)  # every field as the reader will read it
        except (KeyError, TypeError, ValueError, AttributeError):
            raise StoreError(dossiers_path, row_damaged("dossier", row, database, dossiers_path)) from None
    made = reader_files.build(records, source)
    with contextlib.suppress(OSError):
        write_atomically(path, made)
    month = reader_files.read(made, made, source, dossiers_path, path)
    assert month is not None
    return month


def askers_line(dossier: Dossier) -> str:
    return ", ".join(f"{p.name} ({p.party})" if p.party else p.name for p in dossier.askers)


# How the reader names a notice (translated where shown).
NOTICE_LABELS = {"delay": N_("Delay"), "letter": N_("Answered by letter"), "withdrawn": N_("Withdrawn"),
                 "removed": N_("Open data"), "replaced": N_("Open data"), "document": N_("Open data")}  # fmt: skip
NOTICE = N_("Notice")


def header_facts(dossier: Dossier, today: date) -> list[tuple[str, str]]:
    """(label, value) pairs for the dossier header in the answer pane, in the language spoken."""
    facts = [
        (_("Asked by"), askers_line(dossier)),
        (_("To"), addressed(printed_addressees(dossier), current=True)),  # not the answerers standing in
        (_("Submitted"), day(dossier.submitted) if dossier.submitted else ""),
        (_("Kind"), _("oral questions (only the title page is published)") if dossier.oral else ""),
    ]
    timing = timeliness(dossier, today)
    verdict = verdict_shown(timing)
    if dossier.answered:
        days = timing.days_to_answer
        taken = "" if days is None else " " + ngettext("({days} day, {verdict})", "({days} days, {verdict})", days)
        facts.append((_("Answered"), day(dossier.answered) + taken.format(days=number(days or 0), verdict=verdict)))
    elif ended := next((n for n in dossier.notices if n.kind in ("removed", "replaced")), None):
        facts.append((_("Status"), ended.text))  # deleted or replaced in the open data: its notice says which
    elif dossier.status == "withdrawn":
        withdrawn = next((n.date for n in dossier.notices if n.kind == "withdrawn" and n.date), None)
        status = _("withdrawn ({date}): will not be answered") if withdrawn else _("withdrawn: will not be answered")
        facts.append((_("Status"), status.format(date=day(withdrawn) if withdrawn else "")))
    elif answer_elsewhere(dossier):
        facts.append((_("Status"), _("answer not on this page: not known here, not awaited (no deadline runs)")))
    elif timing.days_open is not None:
        delayed = dossier.status == "delayed"
        status = (
            ngettext("delayed, open {days} day, {verdict} (limit {limit} days)",
                     "delayed, open {days} days, {verdict} (limit {limit} days)", timing.days_open)
            if delayed
            else ngettext("open {days} day, {verdict} (limit {limit} days)",
                          "open {days} days, {verdict} (limit {limit} days)", timing.days_open)
        )  # fmt: skip
        said = status.format(days=number(timing.days_open), verdict=verdict, limit=number(timing.limit))
        facts.append((_("Status"), said))
    else:
        facts.append((_("Status"), _("delayed") if dossier.status == "delayed" else _("open")))
    facts += [(_("By"), ", ".join(a.shown for a in answerers(dossier))), (_("Reference"), dossier.reference or "")]
    return [(label, value) for label, value in facts if value]


def nothing_shown(query: Query, dossiers: int) -> tuple[str, str]:
    """What the list's first line and the answer pane say when the list is empty."""
    if dossiers == 0:
        return _("No dossiers yet."), _("No dossiers yet: import documents with `kqreader import PATH`.")
    return _("No question matches the filter."), _("No question matches “{filter}”. Esc clears the filter.").format(
        filter=query.text.strip()
    )


def covers_label(numbers: list[int], also: list[int] | None = None) -> str:
    """"Answer to question 1", "Answer to questions 2 and 3"; with `also` (the other questions it answers, beside
    the one shown): "Answer to questions 4, 5 and 6 (also questions 4 and 6)"."""
    label = _("Answer to {questions}").format(questions=questions(numbers))
    return _("{label} (also {questions})").format(label=label, questions=questions(also)) if also else label


def further_label(numbers: list[int]) -> str:
    """The heading of a nader antwoord: "Further answer to question 2"."""
    return _("Further answer to {questions}").format(questions=questions(numbers))


def siblings(dossier: Dossier, question: Question) -> list[int]:
    """Numbers of the other questions the same answer covers."""
    if question.answer is None:
        return []
    return [n for n in question.answer.covers if n != question.number]
