"""The word index: lookups equal a scan of the texts; each month's reader file is made by the import, read in place,
and made again from the store when it does not match."""

from __future__ import annotations

import hashlib
from pathlib import Path

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kqreader.cli import import_paths
from kqreader.facts.mentions import mention_words
from kqreader.index.list_rows import set_bits
from kqreader.index.wordindex import WordIndex
from kqreader.index.words import WORD, dossier_haystack, question_haystack, words_of
from kqreader.query.catalog import Catalog, open_catalog
from kqreader.query.language import parse_query
from kqreader.store import reader_files
from kqreader.store.database import Store
from kqreader.store.records import to_record
from kqreader.text.folding import fold
from tests.conftest import ROOT
from tests.reader_factory import TODAY, sample_dossiers

SAMPLES = ROOT / "sample_data"
words = st.text(alphabet="abcdeé1_", min_size=1, max_size=5)
texts = st.lists(st.lists(words, max_size=8).map(" ".join), max_size=12)


@given(texts, words, st.sampled_from([1, 3, 50_000]))
def test_lookups_equal_a_scan_of_the_texts(corpus: list[str], probe: str, long_slice: int) -> None:
    tokens = [set(WORD.findall(text)) for text in corpus]
    index = WordIndex.build([(set(), tokens)], long_slice)
    prefixed = [n for n, found in enumerate(tokens) if any(w.startswith(probe) for w in found)]
    assert set(index.prefixed(probe)) == set(prefixed)
    assert set_bits(index.prefix_bits(probe)) == prefixed
    assert list(index.exact(probe)) == [n for n, found in enumerate(tokens) if probe in found]
    if long_slice == 1 and len(prefixed) > 1:
        assert probe[:1] in index.long  # the ready bitmaps are exercised too


blocks = st.lists(st.tuples(st.sets(words, max_size=4), st.lists(st.sets(words, max_size=6), max_size=4)), max_size=6)


@given(blocks)
def test_words_shared_by_a_block_index_as_if_each_question_held_them(made: list) -> None:
    """A dossier's id, title and askers are added to its questions as one run; the index is the one of the flat
    word sets (numbers ascending, each once)."""
    index = WordIndex.build(made, 1)
    flat = WordIndex.build([(set(), [shared | own for shared, owns in made for own in owns])], 1)
    assert (list(index.words), index.offsets, index.numbers) == (list(flat.words), flat.offsets, flat.numbers)
    assert index.long == flat.long and index.questions == flat.questions


@given(st.text())
def test_words_of_a_text_are_its_folded_words(text: str) -> None:
    assert words_of(text) == set(WORD.findall(fold(text)))


def _filtered(catalog: Catalog, text: str) -> list:
    return list(catalog.filter(parse_query(text)).rows)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "db.json")
    import_paths(store, [SAMPLES])
    return store


def _rows_files(store: Store) -> list[Path]:
    manifest = store.manifest()
    return [store.layout.rows(name, shard.generation) for name, shard in sorted(manifest.shards.items())]


def test_the_import_makes_each_months_reader_file_and_the_reader_reads_it_in_place(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert all(path.exists() for path in _rows_files(store)) and len(_rows_files(store)) == 7
    monkeypatch.setattr(reader_files, "build", lambda *args: pytest.fail("made at open"))
    catalog = open_catalog(store, TODAY)
    assert (catalog.dossier_count, catalog.question_count) == (8, 43)
    found = _filtered(catalog, "azie")
    monkeypatch.undo()
    assert len(found) == 3 and found == _filtered(Catalog(store.dossiers(), TODAY), "azie")


def test_a_damaged_or_foreign_reader_file_is_made_again(store: Store) -> None:
    path = _rows_files(store)[0]
    whole = path.read_bytes()
    for broken in (whole[: len(whole) // 2], whole + b"\0", b"", b"kqreader reader file\n{not json\n", b"\x89PNG"):
        path.write_bytes(broken)
        again = open_catalog(store, TODAY)
        month = next(again.month(m) for m in range(again.month_count)
                     if again.month(m).dossiers_path.name.startswith("2024-04"))  # fmt: skip
        first_word = month.words.words[0]  # whose numbers hold the wrong one
        assert _filtered(again, first_word) == _filtered(Catalog(store.dossiers(), TODAY), first_word)
        assert len(_filtered(again, "azie")) == 3
        assert path.read_bytes() == whole  # written again, whole


def test_opening_reads_each_month_only_when_it_is_first_used_and_checks_it_then(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = next(p for p in _rows_files(store) if p.name.startswith("2024-04"))  # the month of the one "azie" set
    whole = path.read_bytes()
    magic = b"kqreader reader file\n"
    end = whole.index(b"\n", len(magic))
    header = orjson.loads(whole[len(magic) : end])
    start, length = header["sections"]["summaries"]
    damaged = bytearray(whole)
    damaged[end + 1 + start + length // 2] ^= 0x20  # a summary's letter changed: its digest no longer matches
    path.write_bytes(bytes(damaged))
    opened: list[str] = []
    real_open = reader_files.Shelf.open
    monkeypatch.setattr(reader_files.Shelf, "open", lambda shelf: (opened.append(shelf.path.name), real_open(shelf))[1])
    catalog = open_catalog(store, TODAY)
    assert opened == [] and path.read_bytes() == bytes(damaged)  # opening read only headers and counts
    truth = Catalog(store.dossiers(), TODAY)
    assert [catalog.summary(d).title for d in range(catalog.dossier_count)] == [
        truth.summary(d).title for d in range(truth.dossier_count)
    ]
    assert len(opened) == 7 and path.read_bytes() == whole  # each month opened once; the damaged one made again
    assert len(_filtered(catalog, "azie")) == 3


def test_a_reader_file_that_cannot_be_written_costs_only_time(store: Store) -> None:
    path = _rows_files(store)[0]
    path.unlink()
    path.mkdir()  # nothing can replace a folder
    assert len(_filtered(open_catalog(store, TODAY), "azie")) == 3


def test_a_reader_file_with_wrong_numbers_or_scrambled_offsets_is_not_trusted(store: Store) -> None:
    path = next(p for p in _rows_files(store) if p.name.startswith("2024-04"))  # the month of the one "azie" set
    whole = path.read_bytes()
    magic = b"kqreader reader file\n"
    end = whole.index(b"\n", len(magic))
    header = orjson.loads(whole[len(magic) : end])
    body = bytearray(whole[end + 1 :])
    start, _ = header["sections"]["posting_offsets"]
    scrambled = bytearray(body)  # two offsets swapped: lookups would silently return other questions
    scrambled[start + 4 : start + 12] = body[start + 8 : start + 12] + body[start + 4 : start + 8]
    wrong = bytearray(body)  # a question number the month lacks
    postings = header["sections"]["postings"][0]
    wrong[postings : postings + 2] = (0xFFFF).to_bytes(2, "little")  # postings are 16-bit in a month this small
    digest = header["blobs_digest"]
    for attack, fitting in ((scrambled, False), (wrong, True)):
        blobs = [bytes(attack[s : s + n]) for s, n in (header["sections"][name] for name in reader_files.BLOBS)]
        header["blobs_digest"] = hashlib.blake2b(b"".join(blobs), digest_size=16).hexdigest() if fitting else digest
        path.write_bytes(magic + orjson.dumps(header) + b"\n" + bytes(attack))
        again = open_catalog(store, TODAY)
        assert again.verify() == (0 if fitting else 1)  # a digest made to fit passes; the lookup then catches it
        month = next(again.month(m) for m in range(again.month_count)
                     if again.month(m).dossiers_path.name.startswith("2024-04"))  # fmt: skip
        first_word = month.words.words[0]  # whose numbers hold the wrong one
        assert _filtered(again, first_word) == _filtered(Catalog(store.dossiers(), TODAY), first_word)
        assert len(_filtered(again, "azie")) == 3
        assert path.read_bytes() == whole


def test_each_question_is_indexed_with_every_word_a_filter_looks_in() -> None:
    """The index reads each dossier's and each shared answer's text once; the words must be those of the
    question's whole haystack (question, answer, dossier id, title, askers) that phrases are checked on."""
    haystacks = [
        set(WORD.findall(f"{question_haystack(q)}\n{dossier_haystack(d)}"))
        for d in sample_dossiers()
        for q in d.questions
    ]
    made = []
    for dossier in sample_dossiers():
        record = to_record(dossier)
        shared, own = reader_files.dossier_words(record)
        made += [(shared - mention_words(record)) | words for words in own]  # and a word for each set it names
    assert made == haystacks
    assert sum(map(len, haystacks)) > 1000


def test_damaged_blobs_pass_the_opening_check_and_are_caught_by_verify(store: Store) -> None:
    """Opening checks the small sections only (so the list is on screen at once); the blobs are checked by
    verify(), which commands run before they answer and the reader once the list is shown."""
    path = _rows_files(store)[3]
    whole = path.read_bytes()
    damaged = bytearray(whole)
    damaged[-40:-20] = b"\xff" * 20  # inside the last blob
    path.write_bytes(bytes(damaged))
    catalog = open_catalog(store, TODAY)
    assert catalog.verify() == 1
    assert path.read_bytes() == whole
    assert catalog.verify() == 0 and len(_filtered(catalog, "azie")) == 3


@given(st.lists(words, max_size=200).map(lambda found: sorted(set(found))), words, st.integers(0, 210))
def test_a_reader_files_keys_bisect_as_a_list_does(keys: list[str], probe: str, lo: int) -> None:
    """The fenced bisection of a month's keys finds what bisect_left finds on the plain list."""
    from bisect import bisect_left

    blob, offsets = reader_files.strings_of(keys)
    strings = reader_files.Strings(memoryview(blob), memoryview(offsets).cast("I"))
    strings.build_fences()
    lo = min(lo, len(keys))
    for key in (probe, probe + "\U0010ffff", *keys[:3]):
        assert strings.bisect(key, lo) == bisect_left(keys, key, lo)
