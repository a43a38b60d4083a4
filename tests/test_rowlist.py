"""The lazily decoded rows equal the rows written out one by one, for any dossiers, matches and block size."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kqreader.index.list_rows import Layout, Permutation, PermutedRows, Row, RowList, bitmap_of, set_bits


def written_out(counts: list[int], matched: set[int], empty: set[int], newest_first: bool = False) -> list[Row]:
    """The list as the reader shows it: each dossier with a match (or listed without questions), then its matches;
    the dossiers from the last when the newest come first."""
    groups: list[list[Row]] = []
    number = 0
    for dossier, count in enumerate(counts):
        mine = [q for q in range(count) if number + q in matched]
        if mine or dossier in empty:
            groups.append([Row(dossier), *(Row(dossier, q) for q in mine)])
        number += count
    return [row for group in (reversed(groups) if newest_first else groups) for row in group]


@st.composite
def listings(draw):
    counts = draw(st.lists(st.integers(0, 9), max_size=40))
    total = sum(counts)
    matched = draw(st.sets(st.integers(0, max(0, total - 1)), max_size=total)) if total else set()
    empty = draw(st.sets(st.sampled_from([d for d, c in enumerate(counts) if c == 0]))) if 0 in counts else set()
    return counts, matched, empty, draw(st.integers(1, 20))


@given(listings(), st.booleans())
def test_rows_equal_the_written_out_list(listing, newest_first: bool) -> None:
    counts, matched, empty, block = listing
    layout = Layout(counts, block)
    rows = RowList(layout, bitmap_of(matched, layout.size), empty, newest_first)
    expected = written_out(counts, matched, empty, newest_first)
    assert len(rows) == len(expected) and rows.matched == len(matched)
    assert [rows[i] for i in range(len(rows))] == expected == list(rows)
    assert rows.dossiers() == [row.dossier for row in expected if row.question is None]
    for index, row in enumerate(expected):
        assert rows.position(row) == index
        start = max(i for i in range(index + 1) if expected[i].question is None)
        stop = next((i for i in range(index + 1, len(expected)) if expected[i].question is None), len(expected))
        assert rows.dossier_bounds(index) == (start, stop)
    assert rows.position(Row(len(counts))) is None
    everything = {Row(d, q) for d, count in enumerate(counts) for q in [None, *range(count)]}
    assert all(rows.position(row) is None for row in everything - set(expected))


@given(listings(), st.booleans())
def test_the_list_as_it_opens_every_question_listed_equals_the_written_out_list(listing, newest_first: bool) -> None:
    """Every question matching (the list as the reader opens it) is counted from the layout alone: the same rows."""
    counts, _matched, empty, block = listing
    layout = Layout(counts, block)
    every = set(range(layout.size))
    rows = RowList(layout, layout.everything, empty, newest_first)
    expected = written_out(counts, every, empty, newest_first)
    assert len(rows) == len(expected) and rows.matched == layout.size
    assert [rows[i] for i in range(len(rows))] == expected == list(rows)
    assert rows.dossiers() == [row.dossier for row in expected if row.question is None]


@given(st.sets(st.integers(0, 300)))
def test_bitmaps_round_trip(numbers: set[int]) -> None:
    assert set_bits(bitmap_of(numbers, 301)) == sorted(numbers)


@given(listings(), st.randoms(use_true_random=False))
def test_rows_in_any_order_equal_the_written_out_list_in_that_order(listing, random) -> None:
    counts, matched, empty, block = listing
    layout = Layout(counts, block)
    order = list(range(len(counts)))
    random.shuffle(order)
    rows = PermutedRows(Permutation(layout, order, block), bitmap_of(matched, layout.size), empty)
    groups = {row.dossier: [] for row in written_out(counts, matched, empty)}
    for row in written_out(counts, matched, empty):
        groups[row.dossier].append(row)
    expected = [row for dossier in order if dossier in groups for row in groups[dossier]]
    assert len(rows) == len(expected) and rows.matched == len(matched)
    assert [rows[i] for i in range(len(rows))] == expected == list(rows)
    assert rows.dossiers() == [row.dossier for row in expected if row.question is None]
    for index, row in enumerate(expected):
        fresh = PermutedRows(Permutation(layout, order, block), bitmap_of(matched, layout.size), empty)
        assert fresh.position(row) == index  # counted only as far as the row's block
        start = max(i for i in range(index + 1) if expected[i].question is None)
        stop = next((i for i in range(index + 1, len(expected)) if expected[i].question is None), len(expected))
        assert rows.dossier_bounds(index) == (start, stop)
    assert rows.position(Row(len(counts))) is None


@given(st.integers(0, 400).flatmap(lambda size: st.tuples(st.just(size), st.lists(st.integers(0, max(size - 1, 0)),
                                                                                   max_size=2 * size if size else 0))))
def test_a_bitmap_made_densely_or_sparsely_is_the_same(case: tuple[int, list[int]]) -> None:
    """Many numbers are set a byte each in C, few one by one; either way the bits of the numbers, repeats once."""
    size, numbers = case
    expected = sum(1 << n for n in set(numbers))
    assert bitmap_of(numbers, size) == bitmap_of(iter(numbers), size) == expected


def test_warming_makes_the_last_question_bitmaps_the_first_filter_needs() -> None:
    """Not made when the layout is (the first frame does without them); made by warm(), in the background."""
    layout = Layout([2, 0, 3], 2)
    assert "_tops" not in vars(layout)
    layout.warm()
    assert vars(layout)["_tops"] == 0b10010 and vars(layout)["_below_tops"] == 0b01101
