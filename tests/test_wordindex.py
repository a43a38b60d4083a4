"""The word index: lookups equal a scan of the texts; the index file beside the database is used only when current."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from kqreader.browse import Catalog, open_catalog
from kqreader.cli import import_paths
from kqreader.rowlist import set_bits
from kqreader.search import WORD, parse_query
from kqreader.store import Store
from kqreader.wordindex import IndexCache, WordIndex
from tests.conftest import ROOT
from tests.reader_factory import TODAY

SAMPLES = ROOT / "sample_data"
words = st.text(alphabet="abcdeé1_", min_size=1, max_size=5)
texts = st.lists(st.lists(words, max_size=8).map(" ".join), max_size=12)


@given(texts, words, st.sampled_from([1, 3, 50_000]))
def test_lookups_equal_a_scan_of_the_texts(corpus: list[str], probe: str, long_slice: int) -> None:
    tokens = [set(WORD.findall(text)) for text in corpus]
    index = WordIndex.build(tokens, long_slice)
    prefixed = [n for n, found in enumerate(tokens) if any(w.startswith(probe) for w in found)]
    assert set(index.prefixed(probe)) == set(prefixed)
    assert set_bits(index.prefix_bits(probe)) == prefixed
    assert list(index.exact(probe)) == [n for n, found in enumerate(tokens) if probe in found]
    again = WordIndex.from_bytes(index.to_bytes((1, 2, 3)), (1, 2, 3), len(corpus))
    assert again is not None
    assert (again.table, again.long) == (index.table, index.long)
    if long_slice == 1 and len(prefixed) > 1:
        assert probe[:1] in index.long  # the ready bitmaps are exercised too


def _filtered(catalog, text: str) -> list:
    return list(catalog.filter(parse_query(text)).rows)


def test_the_index_is_kept_beside_the_database_and_used_while_current(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.json")
    import_paths(store, [SAMPLES])
    first = open_catalog(store, TODAY)
    assert not first.indexed and not (tmp_path / "db.index").exists()
    expected = _filtered(first, "azie")  # builds the index, and keeps it
    assert (tmp_path / "db.index").exists()
    second = open_catalog(store, TODAY)
    assert second.indexed  # ready without building
    assert _filtered(second, "azie") == expected and len(expected) == 3
    import_paths(store, [SAMPLES / "2019Z12806-vragen.md"], rebuild=True)  # a different database now
    third = open_catalog(store, TODAY)
    assert not third.indexed


def test_a_damaged_or_foreign_index_file_is_built_again(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.json")
    import_paths(store, [SAMPLES])
    catalog = open_catalog(store, TODAY)
    catalog.build_index()
    whole = store.index_path.read_bytes()
    for broken in (whole[: len(whole) // 2], whole + b"\0", b"", b"kqreader word index\n{not json\n", b"\x89PNG"):
        store.index_path.write_bytes(broken)
        again = open_catalog(store, TODAY)
        assert not again.indexed
        assert len(_filtered(again, "azie")) == 3
        assert store.index_path.read_bytes() == whole  # written again, whole


def test_an_index_that_cannot_be_written_costs_only_time(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.json")
    import_paths(store, [SAMPLES])
    store.index_path.mkdir()  # nothing can replace a folder
    catalog = open_catalog(store, TODAY)
    assert len(_filtered(catalog, "azie")) == 3
    assert IndexCache(store.index_path, (0, 0, 0)).load(catalog.question_count) is None


def test_each_question_is_indexed_with_every_word_a_filter_looks_in() -> None:
    """The index reads each dossier's and each shared answer's text once; the words must be those of the
    question's whole haystack (question, answer, dossier id, title, askers) that phrases are checked on."""
    from tests.reader_factory import sample_dossiers

    catalog = Catalog(sample_dossiers(), TODAY, index=False)
    haystacks = [set(WORD.findall(catalog._text(n))) for n in range(catalog.question_count)]
    assert list(catalog._word_sets()) == haystacks
    assert sum(map(len, haystacks)) > 1000


def test_an_index_file_with_wrong_numbers_or_scrambled_offsets_is_not_trusted(tmp_path: Path) -> None:
    import hashlib

    import orjson

    magic = b"kqreader word index\n"
    store = Store(tmp_path / "db.json")
    import_paths(store, [SAMPLES])
    open_catalog(store, TODAY).build_index()
    whole = store.index_path.read_bytes()
    end = whole.index(b"\n", len(magic))
    header = orjson.loads(whole[len(magic) : end])
    offsets_at = end + 1 + header["lengths"][0]
    numbers_at = offsets_at + 4 * header["lengths"][1]
    scrambled = bytearray(whole)  # two offsets swapped: lookups would silently return other questions
    scrambled[offsets_at + 4 : offsets_at + 12] = (
        whole[offsets_at + 8 : offsets_at + 12] + whole[offsets_at + 4 : offsets_at + 8]
    )
    body = bytearray(whole[end + 1 :])  # a question number the store lacks, in a file whose digest was made to fit
    body[numbers_at - end - 1 : numbers_at - end + 3] = (10**6).to_bytes(4, "little")
    header["digest"] = hashlib.blake2b(bytes(body), digest_size=16).hexdigest()
    crafted = magic + orjson.dumps(header) + b"\n" + bytes(body)
    for attack in (bytes(scrambled), crafted):
        store.index_path.write_bytes(attack)
        again = open_catalog(store, TODAY)
        assert not again.indexed  # built again instead of trusted
        assert len(_filtered(again, "azie")) == 3
