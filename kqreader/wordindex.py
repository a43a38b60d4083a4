"""The word index of a catalog: each folded word, and the sorted numbers of the questions that hold it.

Words are kept sorted with their numbers laid end to end in one array, so all the words that start with
a prefix are one bisection away and their numbers one contiguous slice. Building it takes seconds for a
parliamentary term, so it is kept in a file beside the database (`kqreader.index`) and used again as long
as the database is the very file it was built from.
"""

from __future__ import annotations

import contextlib
import sys
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from pathlib import Path

import orjson

from kqreader.search import WORD
from kqreader.store import Stamp, write_atomically

FORMAT = 1  # change when the file layout, fold() or WORD change: older index files are then built again
_MAGIC = b"kqreader word index\n"


class WordIndex:
    """Sorted words; `offsets[i]:offsets[i + 1]` is where word i's question numbers lie in `numbers`."""

    def __init__(self, words: list[str], offsets: array[int], numbers: array[int], questions: int) -> None:
        self.words = words
        self.offsets = offsets
        self.numbers = numbers
        self.questions = questions  # how many questions were indexed (numbers run from 0 to questions - 1)

    @classmethod
    def build(cls, texts: Iterable[str]) -> WordIndex:
        """Index folded texts; text i is question number i."""
        postings: dict[str, list[int]] = {}
        count = 0
        for number, text in enumerate(texts):
            count += 1
            for word in set(WORD.findall(text)):
                found = postings.get(word)
                if found is None:
                    postings[word] = [number]
                else:
                    found.append(number)
        words = sorted(postings)
        offsets = array("I", [0])
        numbers = array("I")
        for word in words:
            numbers.extend(postings[word])
            offsets.append(len(numbers))
        return cls(words, offsets, numbers, count)

    def exact(self, word: str) -> array[int]:
        """The numbers of the questions holding `word`."""
        index = bisect_left(self.words, word)
        if index < len(self.words) and self.words[index] == word:
            return self.numbers[self.offsets[index] : self.offsets[index + 1]]
        return array("I")

    def prefixed(self, prefix: str) -> array[int]:
        """The numbers of the questions holding a word that starts with `prefix` (with repeats, unsorted)."""
        start = bisect_left(self.words, prefix)
        stop = bisect_left(self.words, prefix + "\U0010ffff", start)
        return self.numbers[self.offsets[start] : self.offsets[stop]]

    def to_bytes(self, stamp: Stamp) -> bytes:
        words = "\n".join(self.words).encode("utf-8")
        header = {
            "format": FORMAT,
            "stamp": list(stamp),
            "questions": self.questions,
            "byteorder": sys.byteorder,
            "itemsize": self.numbers.itemsize,
            "lengths": [len(words), len(self.offsets), len(self.numbers)],
        }
        return b"".join([_MAGIC, orjson.dumps(header), b"\n", words, self.offsets.tobytes(), self.numbers.tobytes()])

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
            if not current:
                return None
            word_bytes, offset_count, number_count = header["lengths"]
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            return None
        position = end + 1
        words_end = position + word_bytes
        offsets_end = words_end + offset_count * array("I").itemsize
        if len(data) != offsets_end + number_count * array("I").itemsize:
            return None  # cut short or grown: not what was written
        offsets, numbers = array("I"), array("I")
        offsets.frombytes(data[words_end:offsets_end])
        numbers.frombytes(data[offsets_end:])
        text = data[position:words_end].decode("utf-8", errors="replace")
        words = text.split("\n") if text else []
        if len(words) + 1 != len(offsets) or offsets[-1] != len(numbers):
            return None
        return cls(words, offsets, numbers, questions)


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
