"""The rows of a filtered list, worked out only where they are looked at.

A filter's result is a bitmap: bit n is set when question n matches (a Python int, so and/or/not run in
C over 9 KB at a parliamentary term's size). The list has a row per matching question and, above them, a
row per dossier with a match. Counting those dossier rows is one carry trick on the bitmap; the rows
themselves are decoded a block of dossiers at a time, for the blocks on screen. So a filter that matches
70,000 questions costs as little as one that matches ten.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Iterable, Iterator, Sequence, Sized
from contextlib import suppress
from functools import cached_property
from itertools import accumulate, chain, repeat
from typing import NamedTuple, overload

DENSE_FROM = 8  # numbers per `size`: from one in eight, a bitmap is made a byte per question, in C
_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
BLOCK_QUESTIONS = 512  # questions per block (whole dossiers): what one decode costs at most


class Row(NamedTuple):
    """A row of the list: a dossier (question is None) or one of its questions."""

    dossier: int
    question: int | None = None


def row_order(row: Row) -> tuple[int, int]:
    """Where a row sorts in the list: by dossier, its own row first."""
    return row.dossier, -1 if row.question is None else row.question


def bitmap_of(numbers: Iterable[int], size: int) -> int:
    """The bitmap with the bits of `numbers` set (all below `size`)."""
    if isinstance(numbers, Sized) and len(numbers) * DENSE_FROM > size:  # many: a byte each set in C, read as digits
        marks = bytearray(size)
        deque(map(marks.__setitem__, numbers, repeat(1)), maxlen=0)
        return int(marks[::-1].translate(_DIGITS), 2) if size else 0
    bits = bytearray((size + 7) // 8)
    for number in numbers:
        bits[number >> 3] |= 1 << (number & 7)
    return int.from_bytes(bits, "little")


def set_bits(bitmap: int, offset: int = 0) -> list[int]:
    """The positions of the set bits, ascending, plus `offset`."""
    binary = bin(bitmap)[:1:-1]  # bit i at index i
    found: list[int] = []
    index = binary.find("1")
    while index >= 0:
        found.append(index + offset)
        index = binary.find("1", index + 1)
    return found


class _Block(NamedTuple):
    first_dossier: int
    end_dossier: int
    first_question: int
    end_question: int


def block_bits(data: bytes, block: _Block) -> int:
    """The bits of one block, shifted down to start at 0, from a bitmap's bytes (little-endian).

    Read from bytes, not by masking the whole bitmap: at an archive's size that would make a 56 KB integer
    per block, and keeping a ready mask per block would cost 50 MB."""
    low, high = block.first_question, block.end_question
    window = int.from_bytes(data[low >> 3 : (high + 7) >> 3], "little") >> (low & 7)
    return window & ((1 << (high - low)) - 1)


def _places_of_zero(counts: Sequence[int]) -> list[int]:
    """Where `counts` holds 0, by C-level searches: there are few or none."""
    found: list[int] = []
    with suppress(ValueError):
        while True:
            found.append(counts.index(0, found[-1] + 1 if found else 0))
    return found


def _last_questions(counts: Sequence[int]) -> int:
    """The bitmap of each dossier's last question, built as text ("0" for a question, "1" for a last one, bit i
    at character i) by C-level joins: a Python loop over an archive's 60,000 dossiers would delay the list."""
    if not counts:
        return 0
    pieces = [b""] + [b"0" * (count - 1) + b"1" for count in range(1, max(counts) + 1)]
    digits = b"".join(map(pieces.__getitem__, counts))
    return int(digits[::-1], 2) if digits else 0


class Layout:
    """Which questions belong to which dossier, as bitmaps, and the blocks the rows are decoded in."""

    def __init__(self, question_counts: Sequence[int], block_questions: int = BLOCK_QUESTIONS) -> None:
        self.dossier_count = len(question_counts)
        self.first = list(accumulate(question_counts, initial=0))  # first question number of each dossier
        self.size = self.first[-1]
        self.counts = question_counts  # each dossier's number of questions
        self.everything = (1 << self.size) - 1
        self.blocks = self._cut_blocks(block_questions)
        self._block_starts = [block.first_dossier for block in self.blocks]
        self.without_questions = _places_of_zero(question_counts)  # dossiers whose questions no document gave

    @cached_property
    def _tops(self) -> int:
        """The bits of each dossier's last question (made at the first filter: the first frame does without)."""
        return _last_questions(self.counts)

    @cached_property
    def _below_tops(self) -> int:
        return self.everything & ~self._tops

    @cached_property
    def owner(self) -> list[int]:
        """The dossier of each question (made when first asked for: the list's rows do without it)."""
        return list(chain.from_iterable(map(repeat, range(self.dossier_count), self.counts)))

    def _cut_blocks(self, block_questions: int) -> list[_Block]:
        """Whole dossiers, each block ending at the first dossier that brings it to `block_questions`."""
        blocks: list[_Block] = []
        first, count = self.first, self.dossier_count
        start = 0
        while start < count:
            end = bisect_left(first, first[start] + block_questions, start + 1, count)
            blocks.append(_Block(start, end, first[start], first[end]))
            start = end
        return blocks

    def warm(self) -> None:
        """Make what filters need and the first frame does without (in a worker, once the list is on screen)."""
        self.dossiers_with_a_match(0)

    def with_questions_in(self, block: _Block) -> int:
        """How many of the block's dossiers have questions (all but a few, if any)."""
        low = bisect_left(self.without_questions, block.first_dossier)
        high = bisect_left(self.without_questions, block.end_dossier, low)
        return block.end_dossier - block.first_dossier - (high - low)

    def dossiers_with_a_match(self, matched: int) -> int:
        """A bit at the last question of every dossier with a matching question.

        Per dossier, adding the all-ones run below its last question to the matched bits there carries
        into the last question's bit exactly when one of them is set; the carry stops there.
        """
        return (((matched & self._below_tops) + self._below_tops) | matched) & self._tops

    def block_of(self, dossier: int) -> int:
        return bisect_right(self._block_starts, dossier) - 1


class _Blocked(Sequence[Row]):
    """Rows decoded a block at a time: `_offsets[k]` rows come before block k (as far as counted), `_block(k)`
    gives its rows and `_block_at(index)` the block holding a row."""

    _offsets: list[int]

    def _block(self, number: int) -> list[Row]:
        raise NotImplementedError

    def _block_at(self, index: int) -> int:
        return bisect_right(self._offsets, index) - 1

    @overload
    def __getitem__(self, index: int) -> Row: ...

    @overload
    def __getitem__(self, index: slice) -> list[Row]: ...

    def __getitem__(self, index: int | slice) -> Row | list[Row]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        block = self._block_at(index)
        return self._block(block)[index - self._offsets[block]]

    def dossier_bounds(self, index: int) -> tuple[int, int]:
        """(index of the dossier row, index after its last question row) for the row at `index`."""
        block = self._block_at(index)
        rows = self._block(block)
        local = index - self._offsets[block]
        start = local
        while rows[start].question is not None:
            start -= 1
        stop = local + 1
        while stop < len(rows) and rows[stop].question is not None:
            stop += 1
        return self._offsets[block] + start, self._offsets[block] + stop


class RowList(_Blocked):
    """The rows for a bitmap of matching questions (and the dossiers without questions that match)."""

    def __init__(self, layout: Layout, matched: int, empty: Iterable[int] = (), newest_first: bool = False) -> None:
        self.layout = layout
        self.newest_first = newest_first  # the dossiers from last to first (each one's questions still in order)
        self.bits = matched
        self.matched = matched.bit_count()
        self.empty = sorted(empty)  # dossiers without questions that are listed
        self._bytes = matched.to_bytes((layout.size + 7) // 8, "little")
        counted = self._all_in if matched == layout.everything else self._matched_in
        counts = [counted(b) + len(self._empty_in(b.first_dossier, b.end_dossier)) for b in layout.blocks]
        if newest_first:
            counts.reverse()
        self._offsets = list(accumulate(counts, initial=0))
        self._decoded: dict[int, list[Row]] = {}

    @cached_property
    def _with_match(self) -> int:
        return self.layout.dossiers_with_a_match(self.bits)

    @cached_property
    def _with_match_bytes(self) -> bytes:
        return self._with_match.to_bytes((self.layout.size + 7) // 8, "little")

    def _matched_in(self, block: _Block) -> int:
        """The rows of a block's matching questions and of the dossiers they are in."""
        return block_bits(self._bytes, block).bit_count() + block_bits(self._with_match_bytes, block).bit_count()

    def _all_in(self, block: _Block) -> int:
        """The same when every question matches (the list as it opens), counted from the layout alone."""
        return block.end_question - block.first_question + self.layout.with_questions_in(block)

    def _empty_in(self, first: int, end: int) -> list[int]:
        return self.empty[bisect_left(self.empty, first) : bisect_left(self.empty, end)]

    def __len__(self) -> int:
        return self._offsets[-1]

    def __iter__(self) -> Iterator[Row]:
        for block in range(len(self.layout.blocks)):
            yield from self._block(block)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def _block(self, number: int) -> list[Row]:
        """The rows of the `number`th block of the list, decoded once."""
        rows = self._decoded.get(number)
        if rows is None:
            if self.newest_first:
                rows = _newest_first(self._decode(self.layout.blocks[len(self.layout.blocks) - 1 - number]))
            else:
                rows = self._decode(self.layout.blocks[number])
            self._decoded[number] = rows
        return rows

    def _decode(self, block: _Block) -> list[Row]:
        first = self.layout.first
        pending = self._empty_in(block.first_dossier, block.end_dossier)
        rows: list[Row] = []
        previous = -1
        dossier = block.first_dossier
        bits = block_bits(self._bytes, block)
        for number in set_bits(bits, block.first_question):
            while first[dossier + 1] <= number:  # the numbers rise: the dossier holding each is found by walking
                dossier += 1
            if dossier != previous:
                while pending and pending[0] < dossier:
                    rows.append(Row(pending.pop(0)))
                rows.append(Row(dossier))
                previous = dossier
            rows.append(Row(dossier, number - first[dossier]))
        rows += [Row(dossier) for dossier in pending]
        return rows

    def position(self, row: Row | None) -> int | None:
        """The index of `row`, if it is listed."""
        if row is None or not 0 <= row.dossier < self.layout.dossier_count:
            return None
        block = self.layout.block_of(row.dossier)
        if self.newest_first:
            block = len(self.layout.blocks) - 1 - block
        rows = self._block(block)
        order = _newest_order if self.newest_first else row_order
        index = bisect_left(rows, order(row), key=order)
        return self._offsets[block] + index if index < len(rows) and rows[index] == row else None

    def dossiers(self) -> list[int]:
        """The listed dossiers, in list order."""
        owner = self.layout.owner
        found = {owner[number] for number in set_bits(self._with_match)} | set(self.empty)
        return sorted(found, reverse=self.newest_first)


def _newest_order(row: Row) -> tuple[int, int]:
    """Where a row sorts in a list of the newest first: by dossier from the last, its own row first."""
    return -row.dossier, -1 if row.question is None else row.question


def _newest_first(rows: list[Row]) -> list[Row]:
    """A block's rows with its dossiers from last to first, each one's question rows still after it."""
    starts = [i for i, row in enumerate(rows) if row.question is None]  # every block starts with a dossier row
    if not starts:
        return rows
    groups = [rows[start:end] for start, end in zip(starts, [*starts[1:], len(rows)], strict=True)]
    return [row for group in reversed(groups) for row in group]


class Permutation:
    """The dossiers in another order (by ministry, by waiting time, by id), cut into blocks as the list's own
    order is; what rows need of it is worked out once per order."""

    def __init__(self, layout: Layout, order: Sequence[int], block_questions: int = BLOCK_QUESTIONS) -> None:
        self.layout = layout
        self.order = list(order)  # dossier numbers, in the order shown
        first = layout.first
        self.starts: list[int] = []  # where each block starts in `order`
        size = block_questions
        for position, dossier in enumerate(self.order):
            if size >= block_questions:
                self.starts.append(position)
                size = 0
            size += first[dossier + 1] - first[dossier]
        self.block_of = [0] * layout.dossier_count  # the block each dossier is shown in
        self.rank = [0] * layout.dossier_count  # its place in `order`
        ends = [*self.starts[1:], len(self.order)] if self.starts else []
        for block, (start, end) in enumerate(zip(self.starts, ends, strict=True)):
            for position in range(start, end):
                self.block_of[self.order[position]] = block
                self.rank[self.order[position]] = position
        self.ends = ends


class PermutedRows(_Blocked):
    """The rows for a bitmap of matching questions, the dossiers in a Permutation's order.

    Its length is known at once (matching questions, dossiers with one, listed empty dossiers); each block's rows
    are counted when the list first reaches it, so a filter costs what the screen shows and the blocks above it."""

    def __init__(self, permutation: Permutation, matched: int, empty: Iterable[int] = ()) -> None:
        layout = permutation.layout
        self.permutation = permutation
        self.layout = layout
        self.bits = matched
        self.matched = matched.bit_count()
        self.empty = set(empty)
        self._bytes = matched.to_bytes((layout.size + 7) // 8, "little")
        self._length = self.matched + layout.dossiers_with_a_match(matched).bit_count() + len(self.empty)
        self._offsets = [0]  # rows before each block, as far as counted
        self._decoded: dict[int, list[Row]] = {}

    def __len__(self) -> int:
        return self._length

    def _questions_of(self, dossier: int) -> list[int]:
        first = self.layout.first
        low, high = first[dossier], first[dossier + 1]
        if low == high:
            return []
        return set_bits(block_bits(self._bytes, _Block(dossier, dossier + 1, low, high)))

    def _block(self, number: int) -> list[Row]:
        rows = self._decoded.get(number)
        if rows is None:
            rows = []
            order = self.permutation.order
            for dossier in order[self.permutation.starts[number] : self.permutation.ends[number]]:
                mine = self._questions_of(dossier)
                if mine or dossier in self.empty:
                    rows.append(Row(dossier))
                    rows += [Row(dossier, question) for question in mine]
            self._decoded[number] = rows
        return rows

    def _counted_to(self, block: int) -> None:
        """Count the blocks' rows up to and including `block`."""
        while len(self._offsets) <= block + 1:
            self._offsets.append(self._offsets[-1] + len(self._block(len(self._offsets) - 1)))

    def _block_at(self, index: int) -> int:
        while self._offsets[-1] <= index:
            self._counted_to(len(self._offsets) - 1)
        return super()._block_at(index)

    def __iter__(self) -> Iterator[Row]:
        for block in range(len(self.permutation.starts)):
            yield from self._block(block)

    def position(self, row: Row | None) -> int | None:
        if row is None or not 0 <= row.dossier < self.layout.dossier_count:
            return None
        block = self.permutation.block_of[row.dossier]
        self._counted_to(block)
        rows = self._block(block)
        rank = self.permutation.rank
        key = (rank[row.dossier], -1 if row.question is None else row.question)
        index = bisect_left(rows, key, key=lambda r: (rank[r.dossier], -1 if r.question is None else r.question))
        return self._offsets[block] + index if index < len(rows) and rows[index] == row else None

    def dossiers(self) -> list[int]:
        owner = self.layout.owner
        found = {owner[number] for number in set_bits(self.layout.dossiers_with_a_match(self.bits))} | self.empty
        return sorted(found, key=self.permutation.rank.__getitem__)
