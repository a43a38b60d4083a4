"""What the reader needs of one month, derived from its dossiers file: made by the import, opened in a blink.

For each dossier, its summary (the facts the list, the fields of the filter and the statistics use, without the
texts) and where its record lies in the month's dossiers file; for each question, its printed number and the
start of its text; and the month's word index. All of it is laid end to end in one file (`2019-06.4.rows`): the
small sections first, read and checked at open, then the blobs, memory-mapped and decoded only where looked at.
The header names the dossiers file it was made from (size and time) and carries a digest of each part, so a file
that does not match is never trusted: the reader makes it again from the store.
"""

from __future__ import annotations

import hashlib
import mmap
import sys
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any, Literal, NamedTuple, cast, overload

import orjson

from kqreader.facts.answerkinds import KIND_CODES, KIND_OF_CODE, Kind, kind_and_promises, unanswered
from kqreader.facts.mentions import mention_words, named_sets
from kqreader.index.wordindex import Table, WordIndex
from kqreader.index.words import dossier_haystack_of, words_of
from kqreader.model import ENDED, Notice, Person, Status, status_of
from kqreader.model import Dossier as _Dossier
from kqreader.store.json_files import Span, encode
from kqreader.store.records import list_order, to_record

FORMAT = 16  # change when the layout, fold(), WORD or the facts change: older files are then made again (13: #39's
# answer kinds and promises; 14: one index word for each set a set names, #40; 15: a cut set's continuation, #41;
# 16: each question's answer kind, for the filter's answer fields met question by question)
_MAGIC = b"kqreader reader file\n"
SNIPPET_CHARACTERS = 240  # of a question's text: more than a list row shows on a wide screen
FIRST_READ = 16 * 1024  # bytes read to find the header and the first sections (more is read when they are larger)
BLOBS = ("snippets", "keys", "key_offsets", "posting_offsets", "postings", "long_bitmaps")  # checked apart
SUMMARIES_BETWEEN = ","  # the summaries section is one JSON array
SHARD_LONG_SLICE = 2_000  # a month's prefixes with more numbers than this get a ready bitmap


class Summary(_Dossier):
    """A dossier without its texts: what the list, the filter's fields and the statistics look at.

    Its dates are read from their text when first asked for: a field filter over an archive makes 60,000
    summaries and most conditions never look at a date."""

    shown_status: Status = "open"
    dates: tuple[str | None, str | None] = (None, None)
    kind_codes: str = ""  # each answer's kind as one letter (answerkinds.KIND_CODES), in question order
    promises: tuple[PromiseDue, ...] = ()  # each promise its answers make (their words: the month's facts)
    partly: tuple[int, ...] = ()  # the questions a bare "Ja."/"Nee." answers only in part
    further: bool = False  # a nader antwoord came (it keeps the promises made before it)
    named: tuple[str, ...] = ()  # the other sets its answers name (see mentions.py)
    question_kinds: str = ""  # each question's answer kind as one letter, in question order (" ": no answer yet)

    @property
    def kinds(self) -> tuple[Kind, ...]:
        return tuple(KIND_OF_CODE[code] for code in self.kind_codes)

    @property
    def status(self) -> Status:
        return self.shown_status

    @property
    def submitted(self) -> date | None:  # type: ignore[override]
        return _day(self.dates[0])

    @property
    def answered(self) -> date | None:  # type: ignore[override]
        return _day(self.dates[1])


class PromiseDue(NamedTuple):
    """A promise as a summary keeps it (what its state needs): the questions its answer covers, its due day (ISO)."""

    covers: tuple[int, ...]
    due: str | None


class Promised(NamedTuple):
    """A promise as a month's facts keep it for the queue: the set's place in the month, and the promise whole."""

    local: int
    covers: tuple[int, ...]
    due: str | None
    basis: str
    text: str


def answer_facts(record: dict[str, Any]) -> list[Any]:
    """What the summary keeps of a dossier's answers: each answer's kind, each promise, the questions answered in
    part, whether a nader antwoord came, the other sets they name (worked out here, when the month's reader file is
    made: the import's workers pay for it once)."""
    kinds, promises, partly, each = [], [], [], []
    answered = _day(record["answered"])
    seen: dict[tuple[int, ...], str] = {}  # an answer's covers -> its kind's letter
    any_answer = any(question["answer"] is not None for question in record["questions"])
    for question in record["questions"]:
        answer = question["answer"]
        if answer is None:
            if any_answer:  # a question the answers leave out (a set not yet answered has no kinds)
                kinds.append(KIND_CODES["niet-beantwoord"])
            each.append(KIND_CODES["niet-beantwoord"] if any_answer else " ")
            continue
        covers = tuple(answer["covers"])
        if unanswered(question["text"], answer["text"]):
            partly.append(question["number"])
        if covers in seen:
            each.append(seen[covers])
            continue
        verdict, promised = kind_and_promises(answer["text"], answered)
        seen[covers] = KIND_CODES[verdict.kind]
        kinds.append(seen[covers])
        each.append(seen[covers])
        promises += [[list(covers), p.due.isoformat() if p.due else None, p.basis, p.text]
                     for p in promised]  # fmt: skip
    further = any(q.get("further") for q in record["questions"])
    own = {record["id"], record.get("publication")}
    named = [n for q in record["questions"] if q["answer"] for n in named_sets(q["answer"]["text"]) if n not in own]
    return ["".join(kinds), promises, partly, further, list(dict.fromkeys(named)), "".join(each)]


def summary_of(dossier: _Dossier) -> Summary:
    """A whole dossier's summary, as a month's reader file would give it (a Summary is given back as it is)."""
    if isinstance(dossier, Summary):
        return dossier
    return _summary(summary_record(to_record(dossier)))


def summary_record(record: dict[str, Any], facts: list[Any] | None = None) -> list[Any]:
    """The summary of a dossier record, as a JSON list (see `_summary`); `facts`: its answer_facts, when made."""
    kinds, promises, partly, further, named, each = facts if facts is not None else answer_facts(record)
    answered = any(q["answer"] is not None for q in record["questions"]) or record["answered"] is not None
    notices = {n["kind"] for n in record["notices"]}
    delayed = "delay" in notices
    status = status_of(answered, delayed, bool(notices & ENDED))
    return [
        record["id"], record["title"], [[p["name"], p["party"]] for p in record["askers"]], record["addressees"],
        record["answered_by"], record["submitted"], record["answered"], status, delayed, record.get("oral", False),
        record.get("publication"), [kinds, [[covers, due] for covers, due, _basis, _text in promises], partly,
                                    further, named, each], record.get("signatories", []), record.get("continued"),
    ]  # fmt: skip


_NO_TEXTS = {"reference": None, "explanation": None, "questions": (), "sources": (), "doubts": ()}
_DELAYED = (Notice("delay", None, ""),)


def _summary(item: list[Any]) -> Summary:
    """A Summary made without running the dataclass's __init__ (a field filter at an archive's size makes 60,000)."""
    ident, title, askers, addressees, answered_by, submitted, answered, status, delayed, oral, publication, facts, \
        signatories, continued = item
    kinds, promises, partly, further, named, each = facts
    summary = object.__new__(Summary)
    summary.__dict__.update(
        _NO_TEXTS, id=ident, title=title, askers=[_person(name, party) for name, party in askers],
        addressees=addressees, answered_by=answered_by, signatories=signatories, dates=(submitted, answered),
        notices=_DELAYED if delayed else (), oral=oral, publication=publication, shown_status=status,
        kind_codes=kinds, promises=tuple(PromiseDue(tuple(c), d) for c, d in promises) if promises else (),
        partly=tuple(partly), further=further, named=tuple(named), continued=continued, question_kinds=each,
    )  # fmt: skip
    return summary


@lru_cache(maxsize=65_536)
def _person(name: str, party: str | None) -> Person:
    """One Person per name and party, shared by the summaries that name them (members ask hundreds of sets)."""
    person = object.__new__(Person)
    person.__dict__.update(name=name, party=party)
    return person


@lru_cache(maxsize=65_536)
def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def dossier_words(record: dict[str, Any]) -> tuple[set[str], list[set[str]]]:
    """The words every question of a dossier is found by (its id, title and askers: the filter looks there too; and
    one word for each set it names, anywhere: see facts/mentions.py), and each question's own (its text's, its
    answer's, a later answer's): the texts of a question joined by line ends and split at once (the words of the
    whole are the words of its texts; a month has tens of thousands)."""
    own = []
    for question in record["questions"]:
        answer, further = question["answer"], question.get("further")
        if answer is None and further is None:
            own.append(words_of(question["text"]))
            continue
        texts = [question["text"]]
        texts += [found["text"] for found in (answer, further) if found is not None]  # further: a nader antwoord
        own.append(words_of("\n".join(texts)))
    return words_of(dossier_haystack_of(record)) | mention_words(record), own


def strings_of(texts: Iterable[str], opening: str = "", between: str = "", closing: str = "") -> tuple[bytes, bytes]:
    """Strings laid end to end (UTF-8), read back one by one by `Strings`: the blob and the offsets (32-bit), item
    i being blob[offsets[i]:offsets[i + 1] - len(between)] (`between` lies between items, so JSON items make one
    JSON array)."""
    gap, head = between.encode(), opening.encode()
    items = list(map(str.encode, texts))
    # item i starts after the opening, the items before it and a gap after each (loops in C: a month has many)
    offsets = array("I", accumulate(map(len(gap).__add__, map(len, items)), initial=len(head)))
    if not items:
        offsets[0] += len(gap)
    return head + gap.join(items) + closing.encode(), offsets.tobytes()


FENCE = 32  # every 32nd key of a month's index is kept decoded once looked up: a lookup then decodes ~5 keys, not ~14


class Strings(Sequence[str]):
    """A `strings_of` section, decoded item by item (bisect works on it: the keys of the word index)."""

    def __init__(self, blob: memoryview, offsets: memoryview, between: str = "") -> None:
        self.blob = blob
        self.offsets = offsets
        self.gap = len(between.encode())  # what `strings_of` laid between the items
        self._fences: list[str] | None = None

    def build_fences(self) -> None:
        """Decode every FENCE-th string once (the reader does it in the background after opening: it reads the
        whole section, which a single command's few lookups would not)."""
        self._fences = [self[i] for i in range(0, len(self), FENCE)]

    def bisect(self, key: str, lo: int = 0) -> int:
        """`bisect.bisect_left(self, key, lo)` for sorted strings: with fences, first among every FENCE-th string (a
        C bisection), then within the one stretch between two of them."""
        wanted = key.encode()
        if self._fences is None:
            return self._bisect_bytes(wanted, lo, len(self))
        fence = bisect_left(self._fences, key)
        low = (fence - 1) * FENCE + 1 if fence else 0
        return max(lo, self._bisect_bytes(wanted, low, min(fence * FENCE, len(self))))

    def _bisect_bytes(self, key: bytes, lo: int, hi: int) -> int:
        """bisect_left on the items' bytes, none decoded (UTF-8 keeps the order of the code points)."""
        blob, offsets, gap = self.blob, self.offsets, self.gap
        while lo < hi:
            mid = (lo + hi) // 2
            if blob[offsets[mid] : offsets[mid + 1] - gap].tobytes() < key:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def starting(self, prefix: str, start: int) -> Iterator[tuple[int, bytes]]:
        """From place `start` on, each item that starts with `prefix` (as bytes, not decoded), until one does not."""
        wanted = prefix.encode()
        blob, offsets, gap = self.blob, self.offsets, self.gap
        for at in range(start, len(self)):
            item = blob[offsets[at] : offsets[at + 1] - gap].tobytes()
            if not item.startswith(wanted):
                return
            yield at, item

    def __len__(self) -> int:
        return len(self.offsets) - 1

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        return str(self.blob[self.offsets[index] : self.offsets[index + 1] - self.gap], "utf-8")

    def raw(self, index: int) -> memoryview:
        return self.blob[self.offsets[index] : self.offsets[index + 1] - self.gap]


class _LongBitmaps:
    """The ready bitmaps of a month's long prefixes, found by bisection and decoded when asked for."""

    def __init__(self, keys: Strings, bitmaps: memoryview, width: int) -> None:
        self.keys = keys
        self.bitmaps = bitmaps
        self.width = width

    def get(self, prefix: str) -> int | None:
        index = bisect_left(self.keys, prefix)
        if index < len(self.keys) and self.keys[index] == prefix:
            start = index * self.width
            return int.from_bytes(self.bitmaps[start : start + self.width], "little")
        return None


Source = tuple[int, int]  # (size, mtime ns) of the dossiers file a reader file was made from


class MonthFacts(NamedTuple):
    """What the promise queue needs of a month without reading every summary: each promise its answers make (with
    the set's place in the month), and the sets its answers name with the day they were given."""

    promised: tuple[Promised, ...] = ()
    named: tuple[tuple[str, str], ...] = ()


def month_facts(items: Sequence[list[Any]], facts: Sequence[list[Any]]) -> dict[str, list[Any]]:
    """A month's facts (see MonthFacts) from its summaries and their answer_facts, as built."""
    promised = [[place, *promise] for place, fact in enumerate(facts) for promise in fact[1]]
    named = [[ident, item[6]] for item in items if item[6] for ident in item[11][4]]
    return {"promised": promised, "named": named}


def source_of(path: Path) -> Source:
    status = path.stat()
    return status.st_size, status.st_mtime_ns


def build(rows: Sequence[tuple[dict[str, Any], Span]], source: Source) -> bytes:
    """The reader file of a month: `rows` are its dossier records with their spans in the dossiers file it was
    made from (`source`: a file edited since is not matched); the file lists them in the list's order."""
    rows = sorted(rows, key=lambda row: list_order(row[0]))
    counts = array("I", (len(record["questions"]) for record, _ in rows))
    spans = array("Q", (value for _, span in rows for value in span))
    numbers = array("I", (q["number"] for record, _ in rows for q in record["questions"]))
    facts = [answer_facts(record) for record, _ in rows]
    items = [summary_record(record, fact) for (record, _), fact in zip(rows, facts, strict=True)]
    summaries = strings_of((orjson.dumps(item).decode("utf-8") for item in items), "[", SUMMARIES_BETWEEN, "]")
    snippets = strings_of(
        " ".join(q["text"][: SNIPPET_CHARACTERS * 2].split())[:SNIPPET_CHARACTERS]
        for record, _ in rows for q in record["questions"]
    )  # fmt: skip
    blocks = (dossier_words(record) for record, _ in rows)
    index = WordIndex.build(blocks, SHARD_LONG_SLICE, _posting_type(len(numbers)))
    keys = strings_of(index.words)
    bitmaps = cast(dict[str, int], index.long)  # as built: a dict (a reader file's are read in place)
    long_keys = sorted(bitmaps)
    long = strings_of(long_keys)
    width = (index.questions + 7) // 8
    sections = {
        "counts": counts.tobytes(), "spans": spans.tobytes(), "numbers": numbers.tobytes(),
        "summary_offsets": summaries[1], "snippet_offsets": snippets[1], "long_keys": long[0],
        "long_key_offsets": long[1], "facts": orjson.dumps(month_facts(items, facts)),
        "summaries": summaries[0],  # the small sections first, then the blobs
        "snippets": snippets[0], "keys": keys[0], "key_offsets": keys[1],
        "posting_offsets": index.offsets.tobytes(), "postings": index.numbers.tobytes(),
        "long_bitmaps": b"".join(bitmaps[key].to_bytes(width, "little") for key in long_keys),
    }  # fmt: skip
    places: dict[str, list[int]] = {}
    position = 0
    for name, data in sections.items():
        places[name] = [position, len(data)]
        position += len(data)
    body = b"".join(sections.values())
    header = {
        "format": FORMAT, "byteorder": sys.byteorder, "source": list(source), "dossiers": len(counts),
        "questions": len(numbers), "size": len(body), "sections": places,
        "counts_digest": digest([sections["counts"]]),
        "digest": digest(data for name, data in sections.items() if name not in BLOBS),
        "blobs_digest": digest(sections[name] for name in BLOBS),
    }  # fmt: skip
    return b"".join([_MAGIC, orjson.dumps(header), b"\n", body])


def digest(pieces: Iterable[bytes | memoryview]) -> str:
    hashed = hashlib.blake2b(digest_size=16)
    for piece in pieces:
        hashed.update(piece)  # hashlib lets other threads run while it hashes
    return hashed.hexdigest()


def _posting_type(questions: int) -> Literal["H", "I"]:
    """A month's question numbers in 16 bits when they fit (they do but in a month of over 65,536 questions):
    the postings are the largest part of a reader file."""
    return "H" if questions <= 0x10000 else "I"


class Month(NamedTuple):
    """The opened reader file of one month.

    Opening checks its structure (the digest of everything but the large blobs, and that every section adds up);
    `whole` checks the blobs too, which costs a read of the file: commands do it before they answer, the
    reader in the background once the list is on screen."""

    counts: array[int] | memoryview
    spans: memoryview
    numbers: memoryview
    summaries: Strings
    snippets: Strings
    words: WordIndex  # (not `index`: a tuple's own method)
    dossiers_path: Path | None  # where the records lie (None: a catalog made in memory)
    blobs: tuple[str, Path | None, tuple[tuple[int, int], ...]]  # their digest, and where they lie in which file
    facts: MonthFacts = MonthFacts()

    def whole(self) -> bool:
        """The blobs match their digest (read with read(), not through the map: reading the whole file through
        the map would count it all in the reader's memory)."""
        expected, path, places = self.blobs
        if path is None:
            return True  # made in memory
        try:
            with open(path, "rb") as file:
                pieces = []
                for start, length in places:
                    file.seek(start)
                    pieces.append(file.read(length))
        except OSError:
            return False
        return digest(pieces) == expected

    @property
    def questions(self) -> int:
        return len(self.numbers)

    def summary(self, dossier: int) -> Summary:
        return _summary(orjson.loads(self.summaries.raw(dossier)))

    def all_summaries(self) -> list[Summary]:
        return [_summary(item) for item in orjson.loads(self.summaries.blob)]

    def span(self, dossier: int) -> Span:
        return self.spans[2 * dossier], self.spans[2 * dossier + 1]


def read(
    head: bytes, whole: bytes | mmap.mmap, source: Source | None, dossiers_path: Path | None, path: Path | None = None
) -> Month | None:
    """The month in a reader file when it is whole and made from the dossiers file as it is now (`source`), else
    None. `head` is the file's start, read: the header and the small sections, checked by their digest; the
    blobs are taken from `whole` (the file mapped) and only looked at where used."""
    if not head.startswith(_MAGIC):
        return None
    end = head.find(b"\n", len(_MAGIC))
    try:
        header = orjson.loads(head[len(_MAGIC) : end])
        current = header["format"] == FORMAT and header["byteorder"] == sys.byteorder
        current = current and (source is None or tuple(header["source"]) == tuple(source))
        base = end + 1
        if end < 0 or not current or len(whole) != base + header["size"]:
            return None
        places = {name: (base + start, length) for name, (start, length) in header["sections"].items()}
        small = {name: memoryview(head)[start : start + length] for name, (start, length) in places.items()
                 if name not in BLOBS}  # fmt: skip
        if any(len(small[name]) != places[name][1] for name in small):
            return None
        if header["digest"] != digest(small.values()):
            return None
        mapped = memoryview(whole)
        section = {**small, **{name: mapped[start : start + length] for name, (start, length) in places.items()
                               if name in BLOBS}}  # fmt: skip
        return _month(section, header, dossiers_path, (header["blobs_digest"], path, tuple(places[n] for n in BLOBS)))
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        return None


def small_end(head: bytes) -> int | None:
    """Where the small sections of a reader file end (all of them come before the blobs), from its start."""
    end = head.find(b"\n", len(_MAGIC))
    try:
        header = orjson.loads(head[len(_MAGIC) : end])
        return end + 1 + max(start + length for name, (start, length) in header["sections"].items()
                             if name not in BLOBS)  # fmt: skip
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError):
        return None


def _month(
    section: dict[str, memoryview],
    header: dict[str, Any],
    dossiers_path: Path | None,
    blobs: tuple[str, Path | None, tuple[tuple[int, int], ...]],
) -> Month | None:
    counts = section["counts"].cast("I")
    numbers = section["numbers"].cast("I")
    questions = header["questions"]
    posting_type = _posting_type(questions)
    if len(counts) != header["dossiers"] or len(numbers) != questions or sum(counts) != questions:
        return None
    keys = Strings(section["keys"], section["key_offsets"].cast("I"))
    offsets, postings = section["posting_offsets"].cast("I"), section["postings"].cast(posting_type)
    if len(offsets) != len(keys) + 1:
        return None
    long_keys = Strings(section["long_keys"], section["long_key_offsets"].cast("I"))
    width = (questions + 7) // 8
    if len(section["long_bitmaps"]) != width * len(long_keys):
        return None
    long = _LongBitmaps(long_keys, section["long_bitmaps"], width)
    index = WordIndex(Table(keys, offsets, postings), long, questions)
    summaries = Strings(section["summaries"], section["summary_offsets"].cast("I"), SUMMARIES_BETWEEN)
    snippets = Strings(section["snippets"], section["snippet_offsets"].cast("I"))
    if len(summaries) != len(counts) or len(snippets) != questions:
        return None
    if not all(_adds_up(strings) for strings in (long_keys, summaries, snippets)):  # keys: a blob (see whole())
        return None
    facts = orjson.loads(section["facts"])
    promised = tuple(Promised(local, tuple(covers), due, basis, text) for local, covers, due, basis, text
                     in facts["promised"])  # fmt: skip
    named = tuple((ident, day) for ident, day in facts["named"])
    return Month(counts, section["spans"].cast("Q"), numbers, summaries, snippets,
                 index, dossiers_path, blobs, MonthFacts(promised, named))  # fmt: skip


def _adds_up(strings: Strings) -> bool:
    """Offsets rising inside the blob (checked where cheap: that there is an end, and the last one)."""
    offsets = strings.offsets
    return len(offsets) >= 1 and offsets[-1] - strings.gap <= len(strings.blob)


class Shelf(NamedTuple):
    """A month whose reader file matched at open by its header and its counts (all the list's shape needs): the
    rest is read and checked when the month is first used, so opening an archive reads a few kilobytes a month.
    A shelf from the list's shape file (see list_shape.py) is not even mapped yet: `mapped()` does that, when the
    month is first used or once the reader shows the list (a later import may remove the file's name while the
    reader still lists it; a mapping keeps it readable)."""

    counts: array[int]
    source: Source
    path: Path
    dossiers_path: Path
    head: bytes = b""  # the file's start as read: the header and the counts at least
    data: mmap.mmap | None = None

    @property
    def questions(self) -> int:
        return sum(self.counts)

    def mapped(self) -> Shelf | None:
        """This shelf with its file mapped; None when the file no longer matches what the list was laid out with."""
        if self.data is not None:
            return self
        found = shelve_month(self.path, self.dossiers_path)
        return found if found is not None and found.source == self.source and found.counts == self.counts else None

    def open(self) -> Month | None:
        """The month, its small sections checked by their digest; None when it does not match (or no longer has
        the counts the list was laid out with)."""
        shelf = self.mapped()
        if shelf is None or shelf.data is None:
            return None
        wanted = small_end(shelf.head)
        if wanted is None:
            return None
        head = shelf.head + shelf.data[len(shelf.head) : wanted]
        month = read(head, shelf.data, shelf.source, shelf.dossiers_path, shelf.path)
        return month if month is not None and bytes(month.counts) == shelf.counts.tobytes() else None


def shelve_month(path: Path, dossiers_path: Path) -> Shelf | None:
    """The reader file at `path` mapped and shelved (see Shelf) if its header and counts match the dossiers file
    beside it; None otherwise."""
    try:
        source = source_of(dossiers_path)
        with open(path, "rb") as file:
            head = file.read(FIRST_READ)
            end = head.find(b"\n", len(_MAGIC))
            header = orjson.loads(head[len(_MAGIC) : end]) if head.startswith(_MAGIC) and end > 0 else None
            if not isinstance(header, dict) or header.get("format") != FORMAT or header["byteorder"] != sys.byteorder:
                return None
            start, length = header["sections"]["counts"]
            head += file.read(max(0, end + 1 + start + length - len(head)))
            data = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        data.madvise(mmap.MADV_RANDOM)  # only the pages looked at: no read-ahead into the reader's memory
        piece = head[end + 1 + start : end + 1 + start + length]
        if tuple(header["source"]) != source or len(data) != end + 1 + header["size"] or len(piece) != length:
            return None
        counts = array("I", piece)
        if digest([piece]) != header["counts_digest"] or len(counts) != header["dossiers"]:
            return None
        return Shelf(counts, source, path, dossiers_path, head, data) if sum(counts) == header["questions"] else None
    except (OSError, orjson.JSONDecodeError, KeyError, TypeError, ValueError):  # mmap refuses an empty file
        return None


def records_with_spans(dossiers_file: bytes, spans: Iterable[Span]) -> list[tuple[dict[str, Any], Span]]:
    """The dossier records of a dossiers file at the given row spans."""
    return [(orjson.loads(dossiers_file[start : start + length])["record"], (start, length)) for start, length in spans]


def build_from(dossiers_file: bytes, spans: list[Span], source: Source) -> bytes:
    """The reader file of a month from its dossiers file as written (in a worker process, during an import)."""
    return build(records_with_spans(dossiers_file, spans), source)


def dossier_spans(dossiers_file: bytes) -> list[Span]:
    """Where each dossier row lies in a dossiers file written by kqreader (found again from the parsed file)."""
    tables = orjson.loads(dossiers_file)
    payload, spans = encode({"dossiers": list(tables.get("dossiers", {}).values())}, spans_of="dossiers")
    if payload != dossiers_file:
        return []
    return spans
