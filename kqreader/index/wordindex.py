"""The word index of a catalog: each folded word, and the sorted numbers of the questions that hold it.

Words are kept sorted with their numbers laid end to end in one array, so all the words that start with
a prefix are one bisection away and their numbers one contiguous slice. The prefixes whose slice is long
(the first letters of a word being typed: "v", "ve", "ver") also get a ready bitmap of their questions
(see list_rows), so no keystroke has to merge a million numbers. Each month of the store has its own index, made
by the import and kept in the month's reader file (reader_files.py), where its parts are read in place.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import defaultdict, deque
from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from itertools import accumulate, repeat
from typing import NamedTuple, Protocol, TypeAlias

from kqreader.index.list_rows import bitmap_of

LONG_SLICE = 20_000  # numbers; a prefix with more than this many gets a ready bitmap (a slice this long: ~3 ms)


class Bitmaps(Protocol):
    """The ready bitmaps of the long prefixes (a dict while building, read in place from a reader file)."""

    def get(self, prefix: str) -> int | None: ...


def _bisect(keys: Sequence[str], key: str, lo: int = 0) -> int:
    """bisect_left, through the keys' own faster way when they have one (a reader file's: reader_files.Strings)."""
    own = getattr(keys, "bisect", None)
    return own(key, lo) if own is not None else bisect_left(keys, key, lo)


Numbers: TypeAlias = "array[int] | memoryview"  # built in memory, or read in place from a reader file


class Table(NamedTuple):
    """Sorted keys; `offsets[i]:offsets[i + 1]` is where key i's question numbers lie in `numbers`."""

    keys: Sequence[str]
    offsets: Numbers
    numbers: Numbers

    @classmethod
    def of(cls, postings: Mapping[str, array[int]], typecode: str = "I") -> Table:
        """The table of each word's numbers (arrays of `typecode`, each copied whole)."""
        keys = sorted(postings)
        runs = list(map(postings.__getitem__, keys))
        offsets = array("I", [0])
        offsets.extend(accumulate(map(len, runs)))  # C-level loops: a month has tens of thousands of words
        numbers = array(typecode)
        deque(map(numbers.extend, runs), maxlen=0)
        return cls(keys, offsets, numbers)

    def get(self, key: str) -> Numbers | None:
        index = _bisect(self.keys, key)
        if index < len(self.keys) and self.keys[index] == key:
            return self.numbers[self.offsets[index] : self.offsets[index + 1]]
        return None


class WordIndex:
    """The words table (every word, its numbers) and the bitmaps of the long prefixes."""

    def __init__(self, words: Table, long: Bitmaps, questions: int) -> None:
        self.table = words
        self.long = long
        self.questions = questions  # how many questions were indexed (numbers run from 0 to questions - 1)

    @property
    def words(self) -> Sequence[str]:
        return self.table.keys

    @property
    def offsets(self) -> Numbers:
        return self.table.offsets

    @property
    def numbers(self) -> Numbers:
        return self.table.numbers

    @classmethod
    def build(
        cls, blocks: Iterable[tuple[set[str], list[set[str]]]], long_slice: int = LONG_SLICE, typecode: str = "I"
    ) -> WordIndex:
        """Index blocks of questions numbered on from 0: a block is the words all its questions hold (a dossier's
        id, title, askers) and each question's own; the shared words are added as one run, not question by
        question (the numbers of a word stay ascending and once each)."""
        # each word's numbers in an array of the index's own type, which the table then copies whole
        postings: defaultdict[str, array[int]] = defaultdict(partial(array, typecode))
        count = 0
        for shared, own in blocks:
            if not own:
                continue
            numbers = range(count, count + len(own))
            deque(map(array.extend, map(postings.__getitem__, shared), repeat(numbers)), maxlen=0)
            for number, words in enumerate(own, count):
                # each of the question's own words gets its number, in C (a month has a million of these)
                deque(map(array.append, map(postings.__getitem__, words - shared), repeat(number)), maxlen=0)
            count += len(own)
        table = Table.of(postings, typecode)  # typecode: of the question numbers ("H" when they fit 16 bits)
        return cls(table, _long_prefixes(table, count, long_slice), count)

    def exact(self, word: str) -> Numbers:
        """The numbers of the questions holding `word`."""
        found = self.table.get(word)
        return found if found is not None else array("I")

    def first_from(self, key: str) -> int:
        """The place in `words` of the first word not before `key`."""
        return _bisect(self.words, key)

    def prefix_range(self, prefix: str) -> range:
        """Where the words that start with `prefix` lie in `words`."""
        start = _bisect(self.words, prefix)
        return range(start, _bisect(self.words, prefix + "\U0010ffff", start))

    def numbers_of(self, at: int) -> Numbers:
        """The numbers of the questions holding the word at place `at` of `words`."""
        return self.numbers[self.offsets[at] : self.offsets[at + 1]]

    def prefixed(self, prefix: str) -> Numbers:
        """The numbers of the questions holding a word that starts with `prefix` (maybe repeated and unsorted)."""
        found = self.prefix_range(prefix)
        return self.numbers[self.offsets[found.start] : self.offsets[found.stop]]

    def prefix_bits(self, prefix: str) -> int:
        """The bitmap of the questions holding a word that starts with `prefix`."""
        found = self.long.get(prefix)
        return found if found is not None else bitmap_of(self.prefixed(prefix), self.questions)

    def word_bits(self, word: str) -> int:
        """The bitmap of the questions holding `word` itself."""
        return bitmap_of(self.exact(word), self.questions)


def _long_prefixes(words: Table, questions: int, long_slice: int) -> dict[str, int]:
    """The bitmap of every prefix whose words hold more than `long_slice` numbers.

    Made bottom up: a long prefix's bitmap is the union of its long children's (each made once) and of the numbers
    of its other words, which lie in a few contiguous slices (between the long children): one bitmap each, so every
    number is set in a bitmap only once or twice. Only a long prefix's children can be long, and each child's words
    are found by bisection. The root's own bitmap (every question) is not needed, so not made.
    """
    keys, offsets, numbers = words
    found: dict[str, int] = {}

    def union(prefix: str, start: int, stop: int, wanted: bool = True) -> int:
        bits = 0
        depth = len(prefix)
        run = index = start  # run: where the words since the last long child start
        while index < stop:
            if len(keys[index]) <= depth:  # the prefix itself as a word: in the run
                index += 1
                continue
            child = keys[index][: depth + 1]
            end = bisect_left(keys, child + "\U0010ffff", index, stop)
            if offsets[end] - offsets[index] > long_slice:
                if wanted and run < index:
                    bits |= bitmap_of(numbers[offsets[run] : offsets[index]], questions)
                found[child] = union(child, index, end)
                bits |= found[child]
                run = end
            index = end
        if wanted and run < stop:
            bits |= bitmap_of(numbers[offsets[run] : offsets[stop]], questions)
        return bits

    union("", 0, len(keys), wanted=False)
    return found
