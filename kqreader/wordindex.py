"""The word index of a catalog: each folded word, and the sorted numbers of the questions that hold it.

Words are kept sorted with their numbers laid end to end in one array, so all the words that start with
a prefix are one bisection away and their numbers one contiguous slice. The prefixes whose slice is long
(the first letters of a word being typed: "v", "ve", "ver") also get a ready bitmap of their questions
(see rowlist), so no keystroke has to merge a million numbers. Building it takes seconds for a parliamentary term, so it
is kept in a file beside the database (`kqreader.index`) and used again as long as the database is the
very file it was built from.
"""

from __future__ import annotations

import contextlib
import hashlib
import sys
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

import orjson

from kqreader.atomic import write_atomically
from kqreader.rowlist import bitmap_of
from kqreader.tinyfile import Stamp

FORMAT = 3  # change when the file layout, fold() or WORD change: older index files are then built again
_MAGIC = b"kqreader word index\n"
LONG_SLICE = 20_000  # numbers; a prefix with more than this many gets a ready bitmap (a slice this long: ~3 ms)


class Table(NamedTuple):
    """Sorted keys; `offsets[i]:offsets[i + 1]` is where key i's question numbers lie in `numbers`."""

    keys: list[str]
    offsets: array[int]
    numbers: array[int]

    @classmethod
    def of(cls, postings: dict[str, Iterable[int]]) -> Table:
        keys = sorted(postings)
        offsets = array("I", [0])
        numbers = array("I")
        for key in keys:
            numbers.extend(postings[key])
            offsets.append(len(numbers))
        return cls(keys, offsets, numbers)

    def get(self, key: str) -> array[int] | None:
        index = bisect_left(self.keys, key)
        if index < len(self.keys) and self.keys[index] == key:
            return self.numbers[self.offsets[index] : self.offsets[index + 1]]
        return None

    def sections(self) -> tuple[list[int], list[bytes]]:
        """The lengths `read` needs, and the bytes to write."""
        keys = "\n".join(self.keys).encode("utf-8")
        return [len(keys), len(self.offsets), len(self.numbers)], [keys, self.offsets.tobytes(), self.numbers.tobytes()]

    @classmethod
    def read(cls, data: bytes, position: int, lengths: list[int]) -> tuple[Table, int] | None:
        """The table stored at `position` (and where it ends), or None when the bytes do not add up."""
        key_bytes, offset_count, number_count = lengths
        size = array("I").itemsize
        keys_end = position + key_bytes
        offsets_end = keys_end + offset_count * size
        numbers_end = offsets_end + number_count * size
        if numbers_end > len(data):
            return None
        offsets, numbers = array("I"), array("I")
        offsets.frombytes(data[keys_end:offsets_end])
        numbers.frombytes(data[offsets_end:numbers_end])
        text = data[position:keys_end].decode("utf-8", errors="replace")
        keys = text.split("\n") if text else []
        if len(keys) + 1 != len(offsets) or offsets[-1] != len(numbers):
            return None
        return cls(keys, offsets, numbers), numbers_end


class WordIndex:
    """The words table (every word, its numbers) and the bitmaps of the long prefixes."""

    def __init__(self, words: Table, long: dict[str, int], questions: int) -> None:
        self.table = words
        self.long = long
        self.questions = questions  # how many questions were indexed (numbers run from 0 to questions - 1)

    @property
    def words(self) -> list[str]:
        return self.table.keys

    @property
    def offsets(self) -> array[int]:
        return self.table.offsets

    @property
    def numbers(self) -> array[int]:
        return self.table.numbers

    @classmethod
    def build(cls, word_sets: Iterable[set[str]], long_slice: int = LONG_SLICE) -> WordIndex:
        """Index the folded words of each question; set i is question number i's."""
        postings: defaultdict[str, list[int]] = defaultdict(list)  # the fastest of the ways tried
        count = 0
        for number, words in enumerate(word_sets):
            count += 1
            for word in words:
                postings[word].append(number)
        words = Table.of(postings)
        return cls(words, _long_prefixes(words, count, long_slice), count)

    def exact(self, word: str) -> array[int]:
        """The numbers of the questions holding `word`."""
        found = self.table.get(word)
        return found if found is not None else array("I")

    def prefixed(self, prefix: str) -> array[int]:
        """The numbers of the questions holding a word that starts with `prefix` (maybe repeated and unsorted)."""
        start = bisect_left(self.words, prefix)
        stop = bisect_left(self.words, prefix + "\U0010ffff", start)
        return self.numbers[self.offsets[start] : self.offsets[stop]]

    def prefix_bits(self, prefix: str) -> int:
        """The bitmap of the questions holding a word that starts with `prefix`."""
        found = self.long.get(prefix)
        return found if found is not None else bitmap_of(self.prefixed(prefix), self.questions)

    def word_bits(self, word: str) -> int:
        """The bitmap of the questions holding `word` itself."""
        return bitmap_of(self.exact(word), self.questions)

    def to_bytes(self, stamp: Stamp) -> bytes:
        lengths, sections = self.table.sections()
        header = {
            "format": FORMAT,
            "stamp": list(stamp),
            "questions": self.questions,
            "byteorder": sys.byteorder,
            "itemsize": self.numbers.itemsize,
            "lengths": lengths,
            "long": sorted(self.long),
        }
        width = _bitmap_bytes(self.questions)
        body = b"".join([*sections, *(self.long[key].to_bytes(width, "little") for key in header["long"])])
        header["digest"] = _digest(body)  # a file changed after writing (scrambled offsets) is not trusted
        return b"".join([_MAGIC, orjson.dumps(header), b"\n", body])

    @classmethod
    def from_bytes(cls, data: bytes, stamp: Stamp, questions: int) -> WordIndex | None:
        """The index in `data` if it was built from the database file with `stamp` (and is whole), else None."""
        if not data.startswith(_MAGIC):
            return None
        end = data.find(b"\n", len(_MAGIC))
        try:
            header = orjson.loads(data[len(_MAGIC) : end])
            current = (
                header["format"] == FORMAT
                and tuple(header["stamp"]) == tuple(stamp)
                and header["questions"] == questions
                and header["byteorder"] == sys.byteorder
                and header["itemsize"] == array("I").itemsize
            )
            current = current and header["digest"] == _digest(data[end + 1 :])
            words = Table.read(data, end + 1, header["lengths"]) if current else None
            keys = [str(key) for key in header["long"]]
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            return None
        width = _bitmap_bytes(questions)
        if words is None or words[1] + width * len(keys) != len(data):
            return None  # another database, or cut short, or grown: not what was written
        if max(words[0].numbers, default=-1) >= questions:
            return None  # numbers of questions the database does not have: never looked up
        start = words[1]
        long = {}
        for key in keys:
            long[key] = int.from_bytes(data[start : start + width], "little")
            start += width
        return cls(words[0], long, questions)


def _digest(body: bytes) -> str:
    return hashlib.blake2b(body, digest_size=16).hexdigest()


def _bitmap_bytes(questions: int) -> int:
    return (questions + 7) // 8


def _long_prefixes(words: Table, questions: int, long_slice: int) -> dict[str, int]:
    """The bitmap of every prefix whose words hold more than `long_slice` numbers.

    Made bottom up: a long prefix's bitmap is the union of its children's (each made once, from its own
    slice when short), so every number is set in a bitmap only once. Only a long prefix's children can be
    long, and each child's words are found by bisection.
    """
    keys, offsets, numbers = words
    found: dict[str, int] = {}

    def union(prefix: str, start: int, stop: int) -> int:
        bits = 0
        depth = len(prefix)
        index = start
        while index < stop:
            if len(keys[index]) <= depth:  # the prefix itself as a word
                bits |= bitmap_of(numbers[offsets[index] : offsets[index + 1]], questions)
                index += 1
                continue
            child = keys[index][: depth + 1]
            end = bisect_left(keys, child + "\U0010ffff", index, stop)
            if offsets[end] - offsets[index] > long_slice:
                child_bits = found[child] = union(child, index, end)
            else:
                child_bits = bitmap_of(numbers[offsets[index] : offsets[end]], questions)
            bits |= child_bits
            index = end
        return bits

    union("", 0, len(keys))
    return found


class IndexCache:
    """The index file beside a database, for one state of that database (its stamp)."""

    def __init__(self, path: Path, stamp: Stamp) -> None:
        self.path = path
        self.stamp = stamp

    def load(self, questions: int) -> WordIndex | None:
        """The cached index, or None when there is none for this state of the database (or it cannot be read)."""
        try:
            data = self.path.read_bytes()
        except OSError:
            return None
        return WordIndex.from_bytes(data, self.stamp, questions)

    def save(self, index: WordIndex) -> None:
        """Keep the index for the next start; a folder that cannot be written to only costs that start time."""
        with contextlib.suppress(OSError):
            write_atomically(self.path, index.to_bytes(self.stamp))
